"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twentieth holdout set's families (a paper on Payload CMS, a department on Drupal 11, a live blog
on Directus, a commune on Joomla 5, a FrontPage archive page, a theatre on Kirby, an institute on
Pimcore, a water company on Kadence, an enforcement office on Yii, an airport on Optimizely, a
ward's Jimdo page and a cooperative alliance on Strapi)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/kinh-te/mua-cam-sanh-vao-vu-a5120.html"
TITLE = "Cam sành vùng đồi vào vụ thu hoạch sớm hơn mọi năm"
FIRST = "Các vườn cam sành ở ba xã vùng đồi đã bắt đầu cắt lứa quả đầu tiên từ tuần trước."
SECOND = "Thương lái đến tận vườn thu mua, giá cao hơn cùng kỳ năm ngoái khoảng một phần năm."
THIRD = "Hợp tác xã khuyên các hộ để quả chín đều trên cây trước khi cắt bán ra thị trường."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record_of = ARTICLE.under_headline


def views_of(meta: str, after_text: str = "") -> tuple[int | None, str | None]:
    record = record_of(meta, after_text)
    return record["views"], record["views_raw"]


def test_a_line_saying_when_it_was_posted_online_is_no_count_of_who_is_online() -> None:
    """`Đăng trực tuyến` (posted online) is a publish label: the block holding it and the count
    is the article's, not the site's box of who is online now."""
    meta = (
        "<div class='meta'><p>Đăng trực tuyến: 19:30, 02/12/2026</p>"
        "<span class='stat'>2.418 lượt xem</span></div>"
    )
    assert views_of(meta) == (2418, "2.418 lượt xem")


def test_a_zero_width_space_inside_a_count_is_no_part_of_it() -> None:
    meta = "<p class='meta'><span>02/12/2026 15:40</span> <span>Lượt xem: 3.&#8203;517</span></p>"
    assert views_of(meta) == (3517, "Lượt xem: 3.517")


def test_a_closing_crumb_opening_with_the_last_links_words_is_kept_whole() -> None:
    crumbs = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/thong-bao'>Thông báo</a></li>"
        "<li class='active'>Thông báo tuyển dụng viên chức</li></ul>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(f"{crumbs}<article><h1>{TITLE}</h1><div>{text}</div></article>")
    assert record["category"] == "Thông báo tuyển dụng viên chức"


def test_a_credit_line_in_the_articles_own_footer_classed_so_is_its_byline() -> None:
    """A `<footer>` of the `<article>` classed `post-footer` holds the article's credits, as the
    tag alone already says: the class's `footer` is not the site's."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    footer = "<footer class='post-footer'><p>Bài: Đinh Thị Mơ · Ảnh: Lục Văn Sáng</p></footer>"
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{text}</div>{footer}</article>")
    assert (record["byline"], record["authors"]) == ("Đinh Thị Mơ", ["Đinh Thị Mơ"])


def table_page(title: str, crumbs: str) -> dict:
    """An old table layout: a menu column, then the trail, a headline in a large bold font and
    the text in the article's cell; `title` is the page's `<title>`."""
    menu = (
        "<td><a href='/index.htm'>Trang chủ</a><br><a href='/gioithieu.htm'>Giới thiệu</a><br>"
        "<a href='/tin/tintuc.htm'>Tin tức sự kiện</a></td>"
    )
    text = "".join(f"<p><font size='2'>{p}</font></p>" for p in (FIRST, SECOND, THIRD))
    cell = f"<td>{crumbs}<p><font size='4'><b>{TITLE}</b></font></p>{text}</td>"
    page = f"<html lang='vi'><head><title>{title}</title></head><body><table><tr>{menu}{cell}"
    return extract_record(f"{page}</tr></table></body></html>", URL, NOW)


def test_a_menu_link_printing_the_titles_section_is_no_headline() -> None:
    """`<title>` names the site and the section, the menu links to the section: the headline is
    the line printed large, not the menu's link."""
    record = table_page("Hội Nông dân tỉnh - Tin tức sự kiện", "")
    assert record["headline"] == TITLE


def test_a_double_arrow_between_links_makes_a_trail() -> None:
    crumbs = (
        "<p><a href='/index.htm'>Trang chủ</a> &gt;&gt; "
        "<a href='/tin/tintuc.htm'>Tin tức sự kiện</a></p>"
    )
    record = table_page(f"{TITLE} - Hội Nông dân tỉnh", crumbs)
    assert record["category"] == "Tin tức sự kiện"


def test_a_footer_s_page_revision_line_among_its_br_lines_is_the_update() -> None:
    """A site footer's `<font>` prints the office's address, its phone and `Trang này cập nhật
    lần cuối: 09/05/2004`, each after a `<br>`, in a row of its own under the article's: the
    page names its own last change there, so that line is the update; the address and the
    phone are the site's."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    footer = (
        "<tr><td><font size='1'>HỘI NÔNG DÂN HUYỆN - Số 12 đường Trần Phú<br>Điện thoại: "
        "0270.3822xxx<br>Trang này cập nhật lần cuối: 09/05/2004</font></td></tr>"
    )
    page = (
        f"<table><tr><td><p><b>{TITLE}</b></p><p>Ngày đăng: 02/05/2004</p>{text}</td></tr>"
        f"{footer}</table>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["modified_at"]) == (
        "2004-05-02T00:00:00+07:00",
        "2004-05-09T00:00:00+07:00",
    )
