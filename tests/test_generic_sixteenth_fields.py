"""Rules the generic extractor learnt for dates, views, bylines and tags from the sixteenth
holdout set's families (a museum on Craft CMS, a foreign broadcaster's Vietnamese service, a
property portal, an insurer's newsroom on Sitecore, a technology site, a film magazine, a
university on Drupal 10, a journalist's blog on Publii, an NGO on Contao, a theory journal, the
veterans' paper)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T10:00:00+07:00")
URL = "https://tinmientay.example.vn/nong-nghiep/mua-nuoc-noi-tren-dong-lua-3318.html"
TITLE = "Mùa nước nổi về sớm, nông dân chuyển sang nuôi cá đồng"
HEADLINE = f"<h1>{TITLE}</h1>"
META = "<div class='meta'><span class='date'>08:20 - 02/12/2025</span></div>"
FIRST = "Nước lũ đầu nguồn về sớm hơn mọi năm gần hai tuần, phủ kín những cánh đồng vừa gặt."
SECOND = "Nhiều hộ dân đóng đăng, giăng lưới bắt cá linh, cá chốt để bán cho thương lái."
THIRD = "Hợp tác xã địa phương hướng dẫn bà con giữ lại một phần ruộng để nuôi cá kết hợp."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def tags_of(after_text: str) -> list[str]:
    page = html(f"<article>{HEADLINE}{META}{TEXT}{after_text}</article>")
    return extract_record(page, URL, NOW)["tags"]


def test_a_label_before_a_run_of_plain_spans_gives_each_span_as_a_tag() -> None:
    box = (
        "<div class='topics'><span class='topics-label'>Từ khóa</span> "
        "<span class='topic'>cá linh</span> <span class='topic'>mùa nước nổi</span> "
        "<span class='topic'>An Giang</span></div>"
    )
    assert tags_of(box) == ["cá linh", "mùa nước nổi", "An Giang"]


def test_a_label_before_button_chips_gives_each_chip_as_a_tag() -> None:
    box = (
        "<div class='chips'><span>Chủ đề:</span><button type='button' class='chip'>Lũ đầu nguồn"
        "</button><button type='button' class='chip'>Nuôi cá</button></div>"
    )
    assert tags_of(box) == ["Lũ đầu nguồn", "Nuôi cá"]


def test_a_keyword_list_in_the_labelled_lines_own_text_is_split_into_tags() -> None:
    line = "<p><b>Từ khóa:</b> mùa nước nổi, cá đồng; Đồng Tháp</p>"
    assert tags_of(line) == ["mùa nước nổi", "cá đồng", "Đồng Tháp"]


def test_one_theme_after_its_label_is_no_tag_list() -> None:
    line = "<p><b>Chủ đề:</b> Nông nghiệp thích ứng với biến đổi khí hậu</p>"
    assert tags_of(line) == []


def test_a_list_of_one_tag_link_an_item_gives_every_item() -> None:
    box = (
        "<div class='topics-related'><h3>Chủ đề liên quan</h3><ul>"
        "<li><a href='/tag/nuoc-noi/'>Mùa nước nổi</a></li>"
        "<li><a href='/tag/ca-dong/'>Cá đồng</a></li></ul></div>"
    )
    assert tags_of(box) == ["Mùa nước nổi", "Cá đồng"]


def test_a_tag_links_article_count_is_no_part_of_the_tag() -> None:
    box = (
        "<div class='post-tags'><a href='/the/ca-linh'>cá linh<sup>12</sup></a> "
        "<a href='/the/lua-thu-dong'>lúa thu đông <span>(7)</span></a></div>"
    )
    assert tags_of(box) == ["cá linh", "lúa thu đông"]


def views_of(meta: str, after_text: str = "") -> tuple[int | None, str | None]:
    page = html(f"<article>{HEADLINE}{meta}{TEXT}{after_text}</article>")
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_the_exact_count_a_rounded_one_reads_to_screen_readers_is_the_count() -> None:
    meta = (
        "<div class='meta'><span class='date'>08:20 - 02/12/2025</span> "
        "<span class='post-views' aria-label='3.907 lượt xem'><svg aria-hidden='true'></svg>"
        " 3,9K</span></div>"
    )
    assert views_of(meta) == (3907, "3.907 lượt xem")


def test_a_count_printed_as_its_floor_with_a_plus_is_that_floor() -> None:
    meta = (
        "<div class='meta'><span class='date'>08:20 - 02/12/2025</span> "
        "<span class='hits'>20K+ lượt xem</span></div>"
    )
    assert views_of(meta) == (20000, "20K+ lượt xem")


def test_the_readers_of_the_article_counted_under_the_text_are_its_views() -> None:
    foot = "<div class='foot'><span>Đã có 1.375 người đọc bài viết này</span></div>"
    assert views_of(META, foot) == (1375, "1.375 người đọc")


def test_a_crowd_a_short_line_counts_is_no_view_count() -> None:
    caption = "<p class='note'>Hơn 3.000 người xem đua ghe trên sông</p>"
    assert views_of(META, caption) == (None, None)


def record_of(meta: str, after_text: str = "", head: str = "", url: str = URL) -> dict:
    page = html(f"<article>{HEADLINE}{meta}{TEXT}{after_text}</article>", head)
    return extract_record(page, url, NOW)


def test_a_post_after_a_comma_leaves_the_byline_and_names_nobody() -> None:
    meta = (
        "<div class='meta'><span class='author'>Thượng tá LÊ VĂN HÙNG, Phó Chủ tịch Hội CCB "
        "phường</span> <span class='date'>08:20 - 02/12/2025</span></div>"
    )
    record = record_of(meta)
    assert (record["byline"], record["authors"]) == ("Thượng tá LÊ VĂN HÙNG", ["LÊ VĂN HÙNG"])


def test_titles_listed_with_a_comma_before_the_name_are_no_person() -> None:
    meta = (
        "<div class='meta'><span class='date'>08:20 - 02/12/2025</span></div>"
        "<div class='detail-author'><p><b>GS, TS TRẦN QUỐC BẢO</b></p></div>"
    )
    record = record_of(meta)
    assert (record["byline"], record["authors"]) == ("GS, TS TRẦN QUỐC BẢO", ["TRẦN QUỐC BẢO"])


def test_an_author_boxs_institute_on_the_next_line_is_no_part_of_the_byline() -> None:
    meta = (
        "<div class='meta'><span class='date'>08:20 - 02/12/2025</span></div>"
        "<div class='detail-author'><p><b>TS Đỗ Minh Châu</b></p>"
        "<p><i>Viện Kinh tế nông nghiệp</i></p></div>"
    )
    record = record_of(meta)
    assert (record["byline"], record["authors"]) == ("TS Đỗ Minh Châu", ["Đỗ Minh Châu"])


TIME_ELEMENT = "<time datetime='2025-12-02T08:20:00+07:00'>02.12.2025 08:20</time>"


def test_the_name_after_by_closing_the_publish_line_is_the_byline() -> None:
    meta = f"<p class='info'>{TIME_ELEMENT} bởi Hồ Thị Ngọc Hân</p>"
    record = record_of(meta)
    assert (record["byline"], record["authors"]) == ("Hồ Thị Ngọc Hân", ["Hồ Thị Ngọc Hân"])


def test_an_account_after_by_closing_the_publish_line_is_no_byline() -> None:
    meta = f"<p class='info'>{TIME_ELEMENT} bởi quantri</p>"
    assert record_of(meta)["byline"] is None


def test_a_writers_own_site_named_after_her_keeps_her_as_the_author() -> None:
    url = "https://kimoanh.example.vn/mua-nuoc-noi/"
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"Article", "headline": "{TITLE}", "author": {{"@type": "Person", "name": "Kim Oanh"}}}}'
        "</script>"
    )
    meta = (
        "<div class='post-meta'><a href='../authors/kim-oanh/'>Kim Oanh</a> "
        "<span class='date'>08:20 - 02/12/2025</span></div>"
    )
    record = record_of(meta, head=head, url=url)
    assert (record["byline"], record["authors"]) == ("Kim Oanh", ["Kim Oanh"])


def test_a_paragraph_an_editor_aligns_right_by_its_class_signs_the_text() -> None:
    signed = "<p class='has-text-align-right'>ThS. Phan Thanh Tùng - Khoa Thủy sản</p>"
    text = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{signed}</div>"
    record = extract_record(html(f"<article>{HEADLINE}{META}{text}</article>"), URL, NOW)
    assert (record["byline"], record["authors"]) == ("ThS. Phan Thanh Tùng", ["Phan Thanh Tùng"])


FACTS = (
    "<aside class='facts'><h2>Thông tin bài viết</h2><dl>"
    "<dt>Ngày đăng</dt><dd><time datetime='2025-12-02T08:20:00+07:00'>02.12.2025</time></dd>"
    "<dt>Lượt xem</dt><dd>1.093</dd></dl></aside>"
)


def test_the_articles_facts_in_its_aside_give_its_publish_time_and_views() -> None:
    page = html(f"<article>{HEADLINE}{TEXT}{FACTS}</article>")
    record = extract_record(page, URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-12-02T08:20:00+07:00",
        "2025-12-02T08:20:00+07:00",
    )
    assert (record["views"], record["views_raw"]) == (1093, "1.093")


def test_facts_in_an_aside_outside_the_article_are_the_sites() -> None:
    page = html(f"<article>{HEADLINE}{TEXT}</article>{FACTS}")
    record = extract_record(page, URL, NOW)
    assert (record["published_at"], record["views"]) == (None, None)


def test_a_time_printed_in_a_country_keeping_one_offset_is_converted() -> None:
    meta = "<p class='date'>Ngày 2 tháng 12 năm 2025, 21 giờ 15 phút (giờ Hàn Quốc)</p>"
    record = record_of(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-12-02T19:15:00+07:00",
        "Ngày 2 tháng 12 năm 2025, 21 giờ 15 phút (giờ Hàn Quốc)",
    )
