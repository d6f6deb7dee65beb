"""Rules the generic extractor learnt from the second blind table of publish-time placements
(`tests/fixtures/placements/published2.json`): which line holds the article's publish and update
times, and how much of it is the printed time, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://baodongthap.example.vn/nong-nghiep/vuon-xoai-moi-c5120.html"
TITLE = "Nông dân Cao Lãnh cải tạo vườn xoài già bằng giống mới"
TEXT = (
    "<p>Nhiều nhà vườn đã đốn bỏ cây xoài trên hai mươi năm tuổi để ghép giống cho trái to.</p>"
    "<p>Cán bộ khuyến nông hướng dẫn bà con cách bao trái và tỉa cành sau thu hoạch.</p>"
    "<p>Hợp tác xã nhận bao tiêu sản phẩm với giá ổn định trong ba năm đầu.</p>"
)
FIELDS = ("published_at", "published_raw", "modified_at")


def times(after: str = "", inside: str = "", lead: str = "", foot: str = "") -> dict:
    """The record's times for an article printing `after` under its headline, `lead` as its
    first paragraph and `inside` after its text, on a page whose footer is `foot`."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Báo Đồng Tháp</a><nav><a href='/nong-nghiep'>Nông nghiệp</a></nav>"
        f"</header><main><article><h1>{TITLE}</h1>{after}<div class='content'>{lead}{TEXT}"
        f"</div>{inside}</article></main>{foot or '<footer>© 2025 Báo Đồng Tháp</footer>'}"
        "</body></html>"
    )
    record = extract_record(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


def test_sua_lan_cuoi_is_an_update_time() -> None:
    """`Sửa lần cuối:` (last edited) under the text says when the article was changed, as
    `Sửa cuối:` does: the update time, not a second publish line."""
    got = times(
        after="<p class='ngay'>Ngày đăng: 02/12/2025 09:20</p>",
        inside="<p>Sửa lần cuối: 03/12/2025 14:05</p>",
    )
    assert got == {
        "published_at": "2025-12-02T09:20:00+07:00",
        "published_raw": "Ngày đăng: 02/12/2025 09:20",
        "modified_at": "2025-12-03T14:05:00+07:00",
    }


def test_an_update_day_alone_by_the_publish_day_is_no_update() -> None:
    """An update line printing its day alone, the publish day (`Sửa lần cuối: 02/12/2025`
    under `02/12/2025 09:20`), would be midnight, before the article was posted: no update
    time. A later day alone is one."""
    after = "<p class='ngay'>Ngày đăng: 02/12/2025 09:20</p>"
    got = times(after=after, inside="<p>Sửa lần cuối: 02/12/2025</p>")
    assert got["modified_at"] is None
    got = times(after=after, inside="<p>Sửa lần cuối: 04/12/2025</p>")
    assert got["modified_at"] == "2025-12-04T00:00:00+07:00"


def test_items_before_a_separator_are_not_the_printed_time() -> None:
    """A name or a section opening the line and set apart by `·` or `|` is another item of the
    line, not the date's label: `published_raw` opens at the date. A label and a weekday
    before the separator stay."""
    for line, raw in (
        ("Thanh Tâm · 01/12/2025 06:00", "01/12/2025 06:00"),
        ("Thời sự | 01/12/2025 06:00", "01/12/2025 06:00"),
        ("Thứ Hai | 01/12/2025 06:00", "Thứ Hai | 01/12/2025 06:00"),
    ):
        got = times(after=f"<p class='meta'>{line}</p>")
        assert got["published_at"] == "2025-12-01T06:00:00+07:00", line
        assert got["published_raw"] == raw


def test_a_footer_classed_in_vietnamese_is_the_sites() -> None:
    """`chan-trang` (the page's foot) is the site's footer, as `footer` is: its update stamp
    is the site's, and an article printing no time has none."""
    foot = "<div class='chan-trang'><p>Cập nhật website: 05/12/2025 08:45</p></div>"
    assert times(foot=foot) == dict.fromkeys(FIELDS)


def test_a_date_opening_a_sentence_is_no_date_line() -> None:
    """`Ngày 28/11/2025, hơn 300 hộ dân …` opening the lead says when something happened: not a
    date line, so the page's only time under the text is its publish time."""
    got = times(
        lead="<p><b>Ngày 28/11/2025, hơn 300 hộ dân đã nhận tiền hỗ trợ sau bão.</b></p>",
        inside="<p><i>Cập nhật ngày: 29/11/2025 08:12</i></p>",
    )
    assert got == {
        "published_at": "2025-11-29T08:12:00+07:00",
        "published_raw": "Cập nhật ngày: 29/11/2025 08:12",
        "modified_at": None,
    }


def test_yesterday_under_a_title_stating_the_time() -> None:
    """`Hôm qua` alone names no time, but the `title` it shows on hover states it: that is the
    publish time and line. Without the title there is none."""
    line = "<div class='meta'><span title='04/12/2025 22:30'>Hôm qua</span></div>"
    assert times(after=line) == {
        "published_at": "2025-12-04T22:30:00+07:00",
        "published_raw": "04/12/2025 22:30",
        "modified_at": None,
    }
    assert times(after="<div class='meta'><span>Hôm qua</span></div>") == dict.fromkeys(FIELDS)
