"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
nineteenth holdout set's families (a tax office on Silverstripe, a Red Cross society on
WPBakery, a women's union on Phoenix LiveView, a forest protection office on MODX, a business
association on October CMS, a fisheries magazine on Statamic, a hydropower company's notice on
Deno Fresh, an archive.today snapshot, a TV news item on Qwik, a village-history blog on Hexo, a
price site on Soledad and a coach station on Bricks)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinongdan.example.vn/tin-tuc/tap-huan-ghep-cai-tao-vuon-sau-rieng"
TITLE = "Tập huấn ghép cải tạo vườn sầu riêng cho hội viên vùng đồi"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Hơn bốn mươi hội viên ở ba thôn đã dự buổi tập huấn do hội nông dân xã tổ chức sáng qua."
SECOND = "Kỹ sư khuyến nông hướng dẫn cách chọn mắt ghép, bó dây và chăm cây sau khi ghép xong."
THIRD = "Mỗi hộ được nhận hai mươi mắt ghép giống mới để làm thử ngay trên vườn nhà mình."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>"


def record_of(meta: str, after_text: str = "", head: str = "") -> dict:
    page = html(
        f"<article><header>{HEADLINE}{meta}</header>"
        f"<div class='entry-content'>{TEXT}{after_text}</div></article>",
        head,
    )
    return extract_record(page, URL, NOW)


def test_a_bracketed_publish_line_before_the_count_is_read_without_its_brackets() -> None:
    meta = "<div style='color:#888'>[04/12/2026 - 08:30] &nbsp; (Đã xem 215 lần)</div>"
    record = record_of(meta)
    assert record["published_raw"] == "04/12/2026 - 08:30"
    assert record["published_at"] == "2026-12-04T08:30:00+07:00"

