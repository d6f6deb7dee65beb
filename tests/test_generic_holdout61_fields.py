"""Rules the generic extractor learnt for headlines, dates, bylines, categories and tags from the
sixty-first holdout set's transport, traffic and public works pages on participation platforms,
an intranet, a shop's blog, community, school and podcast sites, newsletters and a changelog."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://giaothong.example.vn/tin/cam-bien-tai-trong-cau-yeu"
TITLE = "Cắm biển hạn chế tải trọng 9 cầu yếu trên tuyến huyện"
TEXT = (
    "Sở Xây dựng vừa hoàn thành kiểm định 52 cầu trên các tuyến đường huyện của tỉnh.",
    "Chín cầu xuống cấp phải cắm biển hạn chế tải trọng từ 8 đến 13 tấn trước ngày 15/12/2026.",
    "Kinh phí sửa chữa các cầu yếu ước tính 64 tỷ đồng, bố trí trong kế hoạch vốn năm 2027.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_by_before_a_login_in_an_author_box_names_nobody() -> None:
    """A shop's blog prints the posting account under the day (`<div class="blog__author">bởi
    admin</div>`): `bởi` before one word in lower case is a login, nobody."""
    meta = "<div class='blog__date'>04/12/2026</div><div class='blog__author'>bởi quantri</div>"
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_posted_by_line_leaves_the_division_on_its_next_line() -> None:
    """`Đăng bởi <a>Lê Văn Khải</a><br><span>Phòng Quản lý chất lượng công trình</span>` in an
    intranet's news info: the division under the name is no part of the byline."""
    meta = (
        "<div class='news-info'><div class='news-poster'>Đăng bởi <a href='/people/view.php?id=7'>"
        "Lê Văn Khải</a><br><span class='dept'>Phòng Quản lý chất lượng công trình</span></div>"
        "<div class='news-meta'><span class='news-date'>04/12/2026 10:20</span></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Lê Văn Khải", ["Lê Văn Khải"])


PODCAST_URL = "https://congtrinh.example.vn/31"
PODCAST_TITLE = "Tiếng nói công trình - Tập 31: Làm lại cầu treo bản Mờ"
HEADING = "Làm lại cầu treo bản Mờ: vì sao phải chờ mùa khô"


def _episode(meta: str) -> dict:
    """A podcast host's episode page: the show's `<h1>` in the site's `<header>`, the episode's
    own `<header>` with its number, its title in an `<h2>` and `meta`, then its notes."""
    page = (
        "<header class='site-header'><h1 class='site-title'><a href='/'>Tiếng nói công trình"
        "</a></h1></header><div class='episode'><header class='episode-header'>"
        f"<p class='episode-number'>Tập 31</p><h2 class='episode-title'>{HEADING}</h2>{meta}"
        f"</header><div class='episode-description'>{PARAGRAPHS}</div></div>"
    )
    article = InventedArticle(PODCAST_URL, PODCAST_TITLE, NOW, TEXT)
    return article.record(page)


def test_an_episode_s_heading_the_title_cuts_at_its_colon_is_the_headline() -> None:
    """The `<title>` files the episode under its number and cuts its title at its colon (`Show
    - Tập 31: Làm lại cầu treo bản Mờ`); the episode's header prints it whole in an `<h2>`
    classed as its title, under the show's `<h1>`: the headline."""
    assert _episode("")["headline"] == HEADING


def test_an_episode_s_header_holds_its_date() -> None:
    """The episode's own `<header>` (`episode-header`) heads the article, not the site: the day
    in it (an English one with an ordinal, `December 3rd, 2026`, no hour) is the episode's."""
    meta = (
        "<div class='episode-meta'><span class='episode-date'>December 3rd, 2026</span> | "
        "<span class='episode-duration'>28 mins 40 secs</span></div>"
    )
    record = _episode(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "December 3rd, 2026",
    )


def test_a_machine_midnight_in_a_template_s_zone_is_the_printed_day() -> None:
    """`<time datetime="2026-12-02T00:00:00-05:00">Thứ Tư, 02/12/2026</time>`: a school
    platform stores the day as midnight in its template's zone; the day printed without an hour
    is midnight in Việt Nam, not noon."""
    meta = (
        "<div class='date'><time datetime='2026-12-02T00:00:00-05:00'>Thứ Tư, 02/12/2026</time>"
        "</div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Thứ Tư, 02/12/2026",
    )


def test_a_summary_classed_after_a_product_s_prefix_is_the_lead() -> None:
    """`<div class="fsSummary">` under the headline: the lead, its class word `Summary` in camel
    case after the product's short prefix."""
    lead = "Sáng 2/12, chín cầu yếu trên tuyến huyện đã được cắm biển hạn chế tải trọng mới."
    record = ARTICLE.under_headline(f"<div class='fsSummary'>{lead}</div>")
    assert record["summary"] == lead


def test_a_poster_s_credit_and_its_comma_are_no_part_of_the_date_line() -> None:
    """`<span>Đăng bởi Trần Văn Lộc</span>, <span>03 Th12 2026</span>` in a post's byline line:
    who posted, then the day; the raw is the day."""
    meta = (
        "<div class='post-byline'><span class='author'>Đăng bởi Trần Văn Lộc</span>, "
        "<span class='date'>03 Th12 2026</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "03 Th12 2026",
    )


def test_links_classed_as_tags_after_a_category_label_are_the_tags() -> None:
    """`Danh mục: <a class="tag">Cầu yếu</a>, <a class="tag">Tải trọng</a>` under the text: a
    label over several links each classed as a tag names the tags, not one section."""
    after = (
        "<div class='post-categories'>Danh mục: <a href='/tin?category=cau-yeu' class='tag'>"
        "Cầu yếu</a>, <a href='/tin?category=tai-trong' class='tag'>Tải trọng</a></div>"
    )
    assert ARTICLE.under_headline("", after_text=after)["tags"] == ["Cầu yếu", "Tải trọng"]
