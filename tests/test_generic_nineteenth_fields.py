"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
nineteenth holdout set's families (a tax office on Silverstripe, a Red Cross society on
WPBakery, a women's union on Phoenix LiveView, a forest protection office on MODX, a business
association on October CMS, a fisheries magazine on Statamic, a hydropower company's notice on
Deno Fresh, an archive.today snapshot, a TV news item on Qwik, a village-history blog on Hexo, a
price site on Soledad and a coach station on Bricks)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinongdan.example.vn/tin-tuc/tap-huan-ghep-cai-tao-vuon-sau-rieng"
TITLE = "Tập huấn ghép cải tạo vườn sầu riêng cho hội viên vùng đồi"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Hơn bốn mươi hội viên ở ba thôn đã dự buổi tập huấn do hội nông dân xã tổ chức sáng qua."
SECOND = "Kỹ sư khuyến nông hướng dẫn cách chọn mắt ghép, bó dây và chăm cây sau khi ghép xong."
THIRD = "Mỗi hộ được nhận hai mươi mắt ghép giống mới để làm thử ngay trên vườn nhà mình."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
html, record_of = ARTICLE.html, ARTICLE.under_headline


def test_a_bracketed_publish_line_before_the_count_is_read_without_its_brackets() -> None:
    meta = "<div style='color:#888'>[04/12/2026 - 08:30] &nbsp; (Đã xem 215 lần)</div>"
    record = record_of(meta)
    assert record["published_raw"] == "04/12/2026 - 08:30"
    assert record["published_at"] == "2026-12-04T08:30:00+07:00"


def views_of(meta: str, after_text: str = "") -> tuple[int | None, str | None]:
    record = record_of(meta, after_text)
    return record["views"], record["views_raw"]


def test_the_visits_counted_after_the_number_are_the_articles_views() -> None:
    meta = (
        "<p class='meta'><span>03/12/2026 09:40</span> "
        "<span class='hits'><i class='icon-chart'></i> 1.305 lượt truy cập</span></p>"
    )
    assert views_of(meta) == (1305, "1.305 lượt truy cập")


def test_the_readers_who_have_read_it_closing_the_line_are_its_views() -> None:
    meta = "<p class='meta'><span>03/12/2026 09:40</span> <span>3.072 người đã đọc</span></p>"
    assert views_of(meta) == (3072, "3.072 người đã đọc")


def test_readers_of_something_else_in_a_sentence_are_no_count() -> None:
    meta = "<p class='meta'><span>03/12/2026 09:40</span></p>"
    line = "<p class='note'>Đã có 120 người đã đọc tài liệu này trước buổi học.</p>"
    assert views_of(meta, line) == (None, None)


def test_a_view_counter_plugins_english_label_is_kept_whole() -> None:
    counter = (
        "<div class='views-box'><span class='label'>Post Views:</span> "
        "<span class='count'>2,614</span></div>"
    )
    meta = "<p class='meta'>03/12/2026 09:40</p>"
    assert views_of(meta, counter) == (2614, "Post Views: 2,614")


def test_a_like_count_and_share_buttons_in_a_box_classed_as_tags_are_no_tags() -> None:
    boxes = (
        "<div class='entry-tags'><a href='/tag/sau-rieng/' rel='tag'>sầu riêng</a>"
        "<a href='/tag/khuyen-nong/' rel='tag'>khuyến nông</a></div>"
        "<div class='tags-and-share'><a class='like' href='#'>27</a>"
        "<a class='share-zalo' href='https://sp.zalo.example.me/share?u=x'>Zalo</a></div>"
    )
    record = record_of("<p class='meta'>03/12/2026 09:40</p>", boxes)
    assert record["tags"] == ["sầu riêng", "khuyến nông"]


def signed(line: str) -> tuple[str | None, list[str]]:
    record = record_of("<p class='meta'>03/12/2026 09:40</p>", line)
    return record["byline"], record["authors"]


def test_a_forest_rangers_district_in_brackets_after_the_writer_leaves_the_byline() -> None:
    line = "<p style='text-align:right'><b>Tin, ảnh: Y Blô Mlô (Hạt Kiểm lâm Krông Bông)</b></p>"
    assert signed(line) == ("Y Blô Mlô", ["Y Blô Mlô"])


def test_an_office_whose_name_goes_on_after_a_dash_signs_alone() -> None:
    line = "<p style='text-align:right'><strong>Phòng Tài chính - Kế toán</strong></p>"
    assert signed(line) == ("Phòng Tài chính - Kế toán", [])


def test_a_person_after_an_offices_name_and_a_dash_is_its_writer() -> None:
    line = "<p style='text-align:right'><strong>Phòng Tài chính - Đinh Thị Lan</strong></p>"
    assert signed(line) == ("Phòng Tài chính - Đinh Thị Lan", ["Đinh Thị Lan"])


def blog_post(details: str) -> dict:
    page = html(
        f"<main><article class='post'><header class='post-header'>{HEADLINE}"
        f"<div class='post-meta'>{details}</div></header>"
        f"<div class='post-body'>{TEXT}</div></article></main>"
        "<aside><a href='/categories/ghi-chep/'>Ghi chép</a> "
        "<a href='/categories/nong-nghiep/'>Nông nghiệp</a></aside>"
    )
    return extract_record(page, URL, NOW)


def test_the_category_link_among_the_posts_details_is_its_section() -> None:
    details = (
        "<span>Đăng vào <time datetime='2026-12-03T09:40:00+07:00'>03/12/2026 09:40</time>"
        "</span> <span>Trong <a href='/categories/nong-nghiep/'>Nông nghiệp</a></span>"
    )
    assert blog_post(details)["category"] == "Nông nghiệp"


def test_two_category_links_among_the_posts_details_name_no_one_section() -> None:
    details = (
        "<span>Đăng vào <time datetime='2026-12-03T09:40:00+07:00'>03/12/2026 09:40</time>"
        "</span> <span>Trong <a href='/categories/nong-nghiep/'>Nông nghiệp</a>, "
        "<a href='/categories/ghi-chep/'>Ghi chép</a></span>"
    )
    assert blog_post(details)["category"] is None
