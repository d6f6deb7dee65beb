"""Rules the generic extractor learnt for dates, categories and tags from the fifty-fourth
holdout set's weather, disaster and emergency coverage (bulletins, flood and drought notices,
a board's topic, a school's blog entry, a wiki's notice)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://thoitietmientrung.example.vn/mua-lon-dien-rong-cuoi-tuan"
TITLE = "Mưa lớn diện rộng ở các tỉnh ven biển cuối tuần này"
TEXT = (
    "Từ đêm 06/12, khu vực ven biển có mưa to đến rất to, lượng mưa phổ biến 100-200 mm.",
    "Người dân vùng trũng thấp cần theo dõi bản tin và chuẩn bị phương án di dời tài sản.",
    "Các hồ chứa thủy lợi được yêu cầu vận hành điều tiết, bảo đảm an toàn cho hạ du.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_an_h_entry_s_dt_published_time_after_the_post_is_its_publish_line() -> None:
    """A blog printing its post's day only in a footer after the post (`<time
    class="dt-published" datetime="…Z">December 3, 2026</time>`, the meta tag at the same
    instant), the previous post's day after it: the microformats class names the entry's own
    publish time, whose minute is the machine string's; the previous post's day is another
    post's."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article class='h-entry'><h2 id='title' class='p-name'>{TITLE}</h2>"
        f"<div class='e-content'>{text}</div></article>"
        "<footer><p>published with a blog engine</p><p class='post-date'>"
        "<time class='dt-published' datetime='2026-12-03T10:15:00Z'>December 3, 2026</time>"
        "</p></footer><div class='prev-next'><a href='/bai-truoc'>&larr; Mùa khô năm nay</a> "
        "<span>November 27, 2026</span></div>"
    )
    head = "<meta property='article:published_time' content='2026-12-03T10:15:00Z'>"
    record = ARTICLE.record(page, head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T17:15:00+07:00",
        "2026-12-03T10:15:00Z",
    )


def _wiki_page(trail: str, info: str = "") -> dict:
    """A wiki's notice under `trail`, with its document info `info` after the text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return ARTICLE.record(
        f"<div class='breadcrumbs'>{trail}</div><div class='page'>"
        f"<h1 class='sectionedit1'>{TITLE}</h1><p><em>Ngày đăng: 03/12/2026 14:00</em></p>"
        f"{text}</div>{info}"
    )


def test_a_trace_of_visited_pages_in_the_trail_s_box_is_no_section() -> None:
    """A wiki's box holds the `Bạn đang ở đây:` trail ending with the page after its section,
    and a `Dấu vết:` trace of the pages the reader visited: the trace is the reader's history,
    and the section is the trail's last crumb before the page."""
    here = "<a href='/doku.php?id=tin:thong_bao:mua_lon'>" + TITLE + "</a>"
    trail = (
        "<div class='youarehere'>Bạn đang ở đây: <a href='/doku.php?id=start'>Trang chủ</a> » "
        "<a href='/doku.php?id=tin:thong_bao:start'>Thông báo</a> » "
        f"<span class='curid'>{here}</span></div>"
        "<div class='trace'>Dấu vết: • <a href='/doku.php?id=tin:lich_cat_nuoc'>Lịch cắt nước "
        f"tuần này</a> • <span class='curid'>{here}</span></div>"
    )
    assert _wiki_page(trail)["category"] == "Thông báo"


def test_a_wiki_s_document_info_gives_the_last_edit_as_the_update() -> None:
    """The wiki's document info after the text opens with the page's file name and closes with
    the editing account (`ns/page.txt · Sửa đổi lần cuối: 2026/12/04 09:12 bởi account`): its
    last-edit fact is the article's update."""
    info = (
        "<div class='docInfo'><bdi>tin_tuc/thong_bao/mua_lon_dien_rong_cuoi_tuan.txt</bdi> · "
        "Sửa đổi lần cuối: 2026/12/04 09:12 bởi <bdi>bientap_01</bdi></div>"
    )
    record = _wiki_page("", info)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-03T14:00:00+07:00",
        "2026-12-04T09:12:00+07:00",
    )


def test_an_icon_link_at_the_end_of_the_trail_s_bar_is_no_section() -> None:
    """A board's trail bar closes with a search button whose only words are for screen readers
    (`<i class="icon fa-search"></i><span class="sr-only">Tìm kiếm</span>`): no section; the
    section is the trail's last forum."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<ul class='nav-breadcrumbs'><li class='breadcrumbs'>"
        "<span class='crumb'><a href='./index.php'>Diễn đàn</a></span> "
        "<span class='crumb'><a href='./viewforum.php?f=7'>Thời tiết</a></span></li>"
        "<li class='rightside'><a href='./search.php'><i class='icon fa-search'></i>"
        "<span class='sr-only'>Tìm kiếm</span></a></li></ul>"
        f"<h2>{TITLE}</h2><div class='content'>{text}</div>"
    )
    assert ARTICLE.record(page)["category"] == "Thời tiết"


def test_a_rel_tag_link_the_section_label_names_is_no_tag() -> None:
    """A blog entry's date line closes with ` | Chuyên mục: <a rel="tag">Thông báo</a>`: the
    link the label names is the entry's category, not a keyword tag."""
    line = (
        "<div class='blog-entry-date'>Thứ Sáu, 04/12/2026 20:10 <span> | Chuyên mục: "
        "<a href='../files/category-thong-bao.html' rel='tag'>Thông báo</a></span></div>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["category"], record["tags"]) == ("Thông báo", [])
