"""The generic extractor's section (category) and keyword tags, wherever the page shows them."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers import generic
from parsers.extract import extract
from parsers.page import Page

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
TEXT = "<p>" + "Nông dân tất bật thu hoạch vải, giá bán tại vườn cao hơn năm trước. " * 4 + "</p>"


def page(body: str, head: str = "") -> Page:
    html = f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"
    return Page(html, URL, NOW)


@pytest.mark.parametrize(
    "trail",
    [
        '<div class="path"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a></div>',
        '<div class="duongdan"><a href="/">Trang chủ</a> / <a href="/kinh-te">Kinh tế</a></div>',
        '<div class="entry-crumbs"><span><a class="entry-crumb" href="/">Trang chủ</a></span>'
        ' <span><a class="entry-crumb" href="/kinh-te">Kinh tế</a></span></div>',
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li>'
        f'<li><a href="{URL}">Nông dân thu hoạch vải sớm được giá</a></li></ol>',
    ],
)
def test_a_breadcrumb_trail_by_any_name_gives_the_section(trail: str) -> None:
    """Its last section, without the front page and without the article itself."""
    assert generic.category(page(trail + HEADLINE + TEXT)) == "Kinh tế"


def test_the_category_link_of_a_wordpress_post() -> None:
    body = (
        '<article><header><span class="cat-links"><a href="/category/tinh-nguyen/" '
        'rel="category tag">Tình nguyện</a></span>'
        f"{HEADLINE}</header><div class='entry-content'>{TEXT}</div></article>"
    )
    assert generic.category(page(body)) == "Tình nguyện"


def test_a_section_labelled_chuyen_muc() -> None:
    body = (
        f"{HEADLINE}<ul class='post-info'><li>05/06/2025 lúc 10:25</li><li><span>Chuyên mục: "
        "</span><span><a href='/chuyen-muc/giao-duc/'>Giáo dục</a></span></li></ul>" + TEXT
    )
    assert generic.category(page(body)) == "Giáo dục"


@pytest.mark.parametrize(
    "above",
    [
        '<div class="news-detail-cat"><a href="/van-hoa">Văn hóa - Du lịch</a></div>',
        '<a class="detail__cate" href="/van-hoa">Văn hóa - Du lịch</a>',
        # a badge without a link between the section and the headline
        '<div class="cate"><a href="/van-hoa">Văn hóa - Du lịch</a></div>'
        '<div class="live-badge">TRỰC TIẾP</div>',
    ],
)
def test_a_lone_section_link_above_the_headline(above: str) -> None:
    assert generic.category(page(f"<div class='detail'>{above}{HEADLINE}{TEXT}</div>")) == (
        "Văn hóa - Du lịch"
    )


def test_a_section_classed_as_the_category_in_a_list_of_tags() -> None:
    """django CMS's blog lists the section with the tags, in an item classed `category`: it
    is the category, not a tag."""
    listed = (
        "<ul class='post-detail-tags'><li class='category'><a href='/tin/category/kinh-te/'>"
        "Kinh tế</a></li><li><a href='/tin/tag/vai/'>vải thiều</a></li></ul>"
    )
    p = page(f"<article><header>{HEADLINE}{listed}</header><div>{TEXT}</div></article>")
    assert (generic.category(p), generic.tags(p)) == ("Kinh tế", ["vải thiều"])


def test_a_section_link_above_the_headline_on_the_sites_mobile_host() -> None:
    """The mobile copy (`m.`) links its sections on its own host, the canonical URL names the
    desktop host: the same site."""
    html = (
        f"<html lang='vi'><head><link rel='canonical' href='{URL}'></head><body>"
        f"<div class='m-cat'><a href='/kinh-te'>Kinh tế</a></div>{HEADLINE}{TEXT}</body></html>"
    )
    mobile = URL.replace("https://tin.", "https://m.tin.")
    assert generic.category(Page(html, mobile, NOW)) == "Kinh tế"


@pytest.mark.parametrize(
    "above",
    [
        # a menu: more than one link
        '<div class="links"><a href="/thoi-su">Thời sự</a> <a href="/van-hoa">Văn hóa</a></div>',
        '<div class="back"><a href="/">Trang chủ</a></div>',  # the front page
        '<div class="back"><a href="/van-hoa">« Quay lại</a></div>',
        '<div class="kicker">Longform</div>',  # a label, no link
        '<div class="note"><a href="/van-hoa">Văn hóa</a> 12/05/2025</div>',  # more than a link
        '<div class="src"><a href="https://other.example.com/van-hoa">Văn hóa</a></div>',
    ],
)
def test_no_section_from_what_is_not_a_lone_section_link(above: str) -> None:
    assert generic.category(page(f"<div class='detail'>{above}{HEADLINE}{TEXT}</div>")) is None


@pytest.mark.parametrize(
    "box",
    [
        '<div class="news-detail-keyword"><b>Từ khóa:</b> <a href="/k/a">vải thiều</a>, '
        '<a href="/k/b">Thanh Hà</a></div>',
        '<div class="detail-tags">Tags: <a href="/tag/a">vải thiều</a>, '
        '<a href="/tag/b">Thanh Hà</a></div>',
        '<div class="field field--name-field-chu-de"><div class="field__label">Chủ đề</div>'
        '<div class="field__items"><div class="field__item"><a href="/chu-de/a">vải thiều</a>'
        '</div><div class="field__item"><a href="/chu-de/b">Thanh Hà</a></div></div></div>',
        '<span class="post-labels"><span class="byline-label">Nhãn:</span> '
        '<a href="/label/a" rel="tag">vải thiều</a>, <a href="/label/b" rel="tag">Thanh Hà</a>'
        "</span>",
        '<div class="amp-tags"><a href="/tag/a">vải thiều</a> <a href="/tag/b">Thanh Hà</a></div>',
        '<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>'
        '<li><a href="/tag/a">vải thiều</a></li><li><a href="/tag/b">Thanh Hà</a></li></ul></div>',
    ],
)
def test_tags_in_a_labelled_box_whatever_its_class(box: str) -> None:
    assert generic.tags(page(f"<article>{HEADLINE}{TEXT}{box}</article>")) == [
        "vải thiều",
        "Thanh Hà",
    ]


def test_tags_in_the_articles_own_footer() -> None:
    """An article's `<footer>` is furniture elsewhere on the page, not around the article."""
    body = (
        f"<article><header>{HEADLINE}</header><section class='gh-content'>{TEXT}</section>"
        "<footer class='article-footer'><div class='article-topics'><span>Chủ đề:</span> "
        "<a href='/tag/can-gio/'>Cần Giờ</a> <a href='/tag/rung/'>rừng ngập mặn</a></div>"
        "</footer></article><footer class='site-footer'><div><b>Chủ đề:</b> "
        "<a href='/tag/x/'>Thời sự</a></div></footer>"
    )
    assert generic.tags(page(body)) == ["Cần Giờ", "rừng ngập mặn"]


def test_a_headline_labelled_chu_de_is_no_tag() -> None:
    """A forum prints `Chủ đề:` (topic) in front of the thread's title."""
    body = (
        "<h1>Chủ đề: <span class='threadtitle'><a href='showthread.php?t=1'>Lễ hội đua thuyền "
        "trên sông Kiến Giang</a></span></h1>" + TEXT
    )
    head = "<title>Lễ hội đua thuyền trên sông Kiến Giang</title>"
    assert generic.tags(page(body, head)) == []


def test_a_sidebar_box_of_long_titles_is_no_tag_box() -> None:
    body = (
        f"<article>{HEADLINE}{TEXT}</article><aside class='sidebar'><div><b>Chủ đề:</b> "
        "<a href='/a'>Nông dân Thanh Hà thu hoạch vải sớm được giá cao hơn năm trước</a></div>"
        "</aside>"
    )
    assert generic.tags(page(body)) == []


def test_elementor_widgets_around_the_article_are_not_furniture() -> None:
    """The page builder wraps every block in `elementor-widget-…`: its headline, date, section
    and tags are read as on any page."""
    widget = (
        '<div class="elementor-widget elementor-widget-{}">'
        '<div class="elementor-widget-container">{}</div></div>'
    )
    body = (
        '<div class="elementor-widget-wrap">'
        + widget.format("theme-post-title", HEADLINE)
        + widget.format(
            "post-info",
            "<span>Chuyên mục: </span><a href='/chuyen-muc/giao-duc/'>Giáo dục</a>",
        )
        + widget.format("theme-post-content", TEXT)
        + widget.format("post-info", "<span>Từ khóa: </span><a href='/tu-khoa/a/'>thư viện</a>")
        + "</div>"
    )
    found = page(body, "<meta property='og:title' content='Nông dân thu hoạch vải sớm được giá'>")
    assert generic.headline(found) == "Nông dân thu hoạch vải sớm được giá"
    assert generic.category(found) == "Giáo dục"
    assert generic.tags(found) == ["thư viện"]


def test_a_crumb_without_an_address_is_read_like_any() -> None:
    trail = (
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a>Kinh tế</a> › '
        '<a href="/kinh-te/nong-nghiep">Nông nghiệp</a></nav>'
    )
    assert generic.category(page(trail + HEADLINE + TEXT)) == "Nông nghiệp"


def test_a_canonical_naming_the_section_leaves_the_trail_its_section() -> None:
    """A template pointing every article's canonical at its section: the trail's link to the
    section is still the section, not the article closing the trail."""
    trail = '<div class="path"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a></div>'
    html = (
        "<html lang='vi'><head><link rel='canonical' href='https://tin.example.vn/kinh-te'>"
        f"</head><body>{trail}{HEADLINE}{TEXT}</body></html>"
    )
    record = extract(html, URL, fetched_at=NOW, use_profile=False)
    assert record.url == URL
    assert record.category == "Kinh tế"
