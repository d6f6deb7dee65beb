"""Rules the generic extractor learnt for dates, views, bylines and tags from the fourteenth
holdout set's families (a Drupal 7 sector paper, a literary weekly's book review, a journal on
Open Journal Systems, a broadcaster's news page, a Joomla 4 portal, a military region's paper,
a Wagtail news page)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T10:00:00+07:00")
URL = "https://tinmiennui.example.vn/xa-hoi/mua-ca-phe-tren-cao-nguyen-7731.html"
TITLE = "Nông dân cao nguyên thu hoạch cà phê sớm nửa tháng vì nắng hạn"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ giữa tháng, các rẫy cà phê trên cao nguyên đã chín đỏ, sớm hơn mọi năm."
SECOND = "Nhiều hộ thuê thêm người hái để kịp phơi trong những ngày nắng ráo."
THIRD = "Thương lái cho biết giá thu mua quả tươi nhích lên so với cuối vụ trước."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_release_day_in_a_book_box_gives_way_to_the_post_line_under_the_text() -> None:
    box = (
        "<div class='book'><table><tr><td>Nhà xuất bản:</td><td>NXB Văn học</td></tr>"
        "<tr><td>Ngày phát hành:</td><td>10/11/2025</td></tr></table></div>"
    )
    foot = "<div class='foot'>Ngày đăng: 28/11/2025 - 19:30 | Lượt đọc: 214</div>"
    record = extract_record(html(HEADLINE + box + TEXT + foot), URL, NOW)
    assert record["published_at"] == "2025-11-28T19:30:00+07:00"
    assert record["published_raw"] == "Ngày đăng: 28/11/2025 - 19:30"


UPDATED_ONLY = (
    "<div class='meta'><span class='time'><span>Cập nhật lúc</span> "
    "<time datetime='2025-12-03T08:40:00+07:00'>1 giờ trước</time></span></div>"
)


def test_a_bulletin_s_time_in_a_video_caption_is_no_publish_line() -> None:
    video = (
        "<div class='video-box'><video controls><source src='/v/ban-tin-sang.mp4'></video>"
        "<p class='video-caption'>Bản tin Chào buổi sáng 6h ngày 03/12/2025</p></div>"
    )
    record = extract_record(html(HEADLINE + UPDATED_ONLY + video + TEXT), URL, NOW)
    assert record["published_at"] == "2025-12-03T08:40:00+07:00"
    assert record["published_raw"] == "2025-12-03T08:40:00+07:00"


def test_the_clock_in_the_strip_over_the_site_header_is_no_publish_line() -> None:
    strip = "<div class='header-top'><span class='clock'>Thứ Tư, 03/12/2025 | 09:58</span></div>"
    meta = "<div class='meta'><time datetime='2025-12-03T07:15:00+07:00'>3 giờ trước</time></div>"
    record = extract_record(html(strip + HEADLINE + meta + TEXT), URL, NOW)
    assert record["published_at"] == "2025-12-03T07:15:00+07:00"


def test_an_only_time_labelled_as_an_update_is_the_publish_time_and_no_modified_time() -> None:
    record = extract_record(html(HEADLINE + UPDATED_ONLY + TEXT), URL, NOW)
    assert record["published_at"] == "2025-12-03T08:40:00+07:00"
    assert record["modified_at"] is None


def test_an_update_line_printing_its_day_alone_takes_the_minute_of_its_machine_time() -> None:
    info = (
        "<dl class='article-info'><dd class='published'>"
        "<time datetime='2025-11-28T07:45:00+07:00' itemprop='datePublished'>"
        "Ngày đăng: 28 Tháng 11 2025</time></dd><dd class='modified'>"
        "<time datetime='2025-11-29T16:20:00+07:00' itemprop='dateModified'>"
        "Cập nhật lần cuối: 29 Tháng 11 2025</time></dd></dl>"
    )
    record = extract_record(html(HEADLINE + info + TEXT), URL, NOW)
    assert record["published_at"] == "2025-11-28T07:45:00+07:00"
    assert record["modified_at"] == "2025-11-29T16:20:00+07:00"


def test_a_counter_image_s_alt_after_an_eye_icon_is_the_views() -> None:
    meta = (
        "<div class='meta'><span class='date'>07:10, 02-12-2025</span> "
        "<span class='views'><i class='fa fa-eye'></i> "
        "<img class='counter' src='/counter.php?id=77' alt='1.384'></span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (1384, "1.384")


def test_a_journal_s_abstract_views_are_the_page_s_and_its_downloads_are_not() -> None:
    stats = "<div class='item stats'><p>Lượt xem tóm tắt: 275</p><p>PDF tải xuống: 41</p></div>"
    record = extract_record(html(HEADLINE + TEXT + stats), URL, NOW)
    assert (record["views"], record["views_raw"]) == (275, "Lượt xem tóm tắt: 275")


def test_a_journal_s_citation_authors_are_the_authors_printed_one_by_one() -> None:
    head = (
        "<meta name='citation_author' content='Hoàng Thị Mai'>"
        "<meta name='citation_author_institution' content='Viện Cây ăn quả miền Nam'>"
        "<meta name='citation_author' content='Đỗ Văn Long'>"
    )
    authors = (
        "<ul class='authors'><li><span class='name'>Hoàng Thị Mai</span>"
        "<span class='affiliation'>Viện Cây ăn quả miền Nam</span></li>"
        "<li><span class='name'>Đỗ Văn Long</span>"
        "<span class='affiliation'>Khoa Nông học, Trường Đại học Cần Thơ</span></li></ul>"
    )
    record = extract_record(html(HEADLINE + authors + TEXT, head), URL, NOW)
    assert record["byline"] == "Hoàng Thị Mai, Đỗ Văn Long"
    assert record["authors"] == ["Hoàng Thị Mai", "Đỗ Văn Long"]


def test_a_keyword_field_printed_as_one_comma_list_gives_each_keyword() -> None:
    keywords = (
        "<section class='item keywords'><h2 class='label'>Từ khóa:</h2>"
        "<span class='value'>sâu đục quả, bưởi da xanh, bẫy pheromone</span></section>"
    )
    record = extract_record(html(HEADLINE + keywords + TEXT), URL, NOW)
    assert record["tags"] == ["sâu đục quả", "bưởi da xanh", "bẫy pheromone"]


def test_a_job_title_after_the_author_s_name_and_a_dash_is_no_author() -> None:
    author = "<p class='author'>Tác giả: Đinh Thu Hà – Trợ lý truyền thông của dự án</p>"
    record = extract_record(html(HEADLINE + TEXT + author), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Đinh Thu Hà", ["Đinh Thu Hà"])
