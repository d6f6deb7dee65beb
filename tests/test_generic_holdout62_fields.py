"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the sixty-second holdout set's tourism, heritage and culture pages on intranets, community
platforms, link aggregators, higher-education CMSs and site builders."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://noibo.dulichbien.example.vn/a/dulichbien/noibo/ls/content/7710/mua-le-hoi-bien"
TITLE = "Mùa lễ hội biển 2027: công ty bố trí thêm 60 hướng dẫn viên"
TEXT = (
    "Mùa lễ hội biển năm 2027 bắt đầu từ ngày 15/4/2027, kéo dài đến hết tháng 8/2027.",
    "Công ty dự kiến đón khoảng 52.000 lượt khách, tăng 18% so với mùa lễ hội năm trước.",
    "Các phòng nghiệp vụ gửi danh sách nhân sự tham gia về Văn phòng công ty trước cuối tháng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _sections(meta: str, after: str = "") -> str:
    """An intranet's page built of widget sections side by side: the headline's, the details',
    the text's and `after`."""
    return (
        "<main><div class='content-layout'>"
        f"<div class='widget widget-title'><div class='widget-content'><h1>{TITLE}</h1></div></div>"
        f"<div class='widget widget-meta'><div class='widget-content'>{meta}</div></div>"
        "<div class='widget widget-html'><div class='widget-content'>"
        f"<div class='widget-html__content'>{PARAGRAPHS}</div></div></div>{after}"
        "</div></main>"
    )


def test_a_builder_s_sections_beside_the_headline_s_are_the_article_s() -> None:
    """An intranet places the headline, the details and the text each in a widget section of
    its own (`<div class="widget widget-meta"><div class="widget-content">…`): the sections
    beside the one holding the `<h1>` are the article's, their dates and text read."""
    meta = "<span class='widget-meta__published'>3 tháng 12, 2026 lúc 10:20</span>"
    record = ARTICLE.record(_sections(meta))
    assert (record["published_raw"], record["body"]) == (
        "3 tháng 12, 2026 lúc 10:20",
        "\n\n".join(TEXT),
    )


def test_a_count_whose_thousands_a_space_splits_is_the_views() -> None:
    """`1 248 lượt xem` (a space between the thousands) is 1248 views, not 248."""
    after = (
        "<div class='widget widget-social'><div class='widget-content'><span>1 248 lượt xem"
        "</span> · <button>👍 56</button></div></div>"
    )
    record = ARTICLE.record(_sections("<span>3 tháng 12, 2026 lúc 10:20</span>", after))
    assert (record["views"], record["views_raw"]) == (1248, "1 248 lượt xem")


def test_a_year_before_a_count_is_no_part_of_it() -> None:
    """`… 2026 248 lượt xem`: four digits before the space are a year, the count is 248."""
    meta = "<p class='meta'>Ngày 3 tháng 12 năm 2026 248 lượt xem</p>"
    assert ARTICLE.under_headline(meta)["views"] == 248


def test_a_row_of_chips_under_the_headline_is_the_tags() -> None:
    """An intranet prints its content's metadata as chips under the headline, none a link
    (`<span class="lumx-chip"><span class="lumx-chip__label">Lễ hội</span></span>`): the tags."""
    chips = "".join(
        f"<span class='lumx-chip lumx-chip--size-s'><span class='lumx-chip__label'>{tag}</span>"
        "</span>"
        for tag in ("Lễ hội", "Hướng dẫn viên")
    )
    meta = (
        f"<span>3 tháng 12, 2026 lúc 10:20</span><div class='widget-meta__metadata'>{chips}</div>"
    )
    assert ARTICLE.record(_sections(meta))["tags"] == ["Lễ hội", "Hướng dẫn viên"]


def test_a_user_block_by_the_headline_names_the_author_not_her_job() -> None:
    """A design system's user block (`lumx-user-block`: the avatar, the name, the job and
    office in a field under it) by the headline: the name is the byline, the job no part of
    it."""
    meta = (
        "<div class='lumx-user-block'><div class='lumx-avatar'><img src='/anh/avatar.png' alt="
        "''></div><div class='lumx-user-block__wrapper'><span class='lumx-user-block__name'>"
        "Phan Thị Thu Trang</span><span class='lumx-user-block__fields'><span class="
        "'lumx-user-block__field'>Chuyên viên Truyền thông · Văn phòng công ty</span></span>"
        "</div></div><span>3 tháng 12, 2026 lúc 10:20</span>"
    )
    record = ARTICLE.record(_sections(meta))
    assert (record["byline"], record["authors"]) == ("Phan Thị Thu Trang", ["Phan Thị Thu Trang"])


def test_an_office_in_the_author_box_is_the_byline_with_no_person() -> None:
    """`<span class="post__author">Ban điều hành HTX</span>` beside the day, no writer anywhere:
    the office signs the post, the byline with nobody named."""
    meta = (
        "<div class='post__meta'><span class='post__date'>Đăng vào: 02.12.2026</span> "
        "<span class='post__author'>Ban điều hành HTX</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Ban điều hành HTX", [])


def test_the_site_s_update_line_is_not_the_article_s() -> None:
    """`Trang web cập nhật lần cuối: 05.12.2026` in the footer right after the text dates the
    site, not the post: no modified time."""
    page = (
        "<div class='layout'><div class='content'><article><h1>"
        f"{TITLE}</h1><p>Đăng vào: 02.12.2026</p>{PARAGRAPHS}</article></div>"
        "<footer class='layout-footer'><p>© 2026 HTX Du lịch · Trang web cập nhật lần cuối: "
        "05.12.2026</p></footer></div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["modified_at"]) == ("2026-12-02T00:00:00+07:00", None)


POST_HEAD = (
    "<div class='post-listing'><div class='d-none d-sm-block'><div class='post-title'><h1>"
    f"<a href='/post/5120'>{TITLE}</a></h1></div><div class='small'>"
    "<a class='person-listing' title='vanbinh_phuot' href='/u/vanbinh_phuot'><span>Văn Bình"
    "</span></a><span> tới </span><a class='community-link' href='/c/phuot'><span>Phượt"
    "</span></a> • <span class='moment-time' data-tippy-content='thứ bảy, 5 tháng 12 năm 2026"
    " 21:10'>15 giờ trước</span> • <span class='moment-time' data-tippy-content='Đã sửa: chủ "
    "nhật, 6 tháng 12 năm 2026 07:40'><svg class='icon'></svg></span></div></div>"
    f"<article id='postContent'><div class='md-div'>{PARAGRAPHS}</div></article></div>"
)


def test_a_relative_line_s_tooltip_gives_the_publish_time() -> None:
    """A link aggregator prints `15 giờ trước` and holds the day and hour only in its tooltip
    (`data-tippy-content="thứ bảy, 5 tháng 12 năm 2026 21:10"`), in a head Bootstrap hides on
    phones alone (`d-none d-sm-block`): the tooltip is the publish line."""
    record = ARTICLE.record(f"<main>{POST_HEAD}</main>")
    assert (record["published_raw"], record["published_at"]) == (
        "thứ bảy, 5 tháng 12 năm 2026 21:10",
        "2026-12-05T21:10:00+07:00",
    )


def test_an_edit_icon_s_tooltip_is_the_update() -> None:
    """An edit icon printing nothing, its tooltip `Đã sửa: chủ nhật, 6 tháng 12 năm 2026 07:40`
    in the post's head: the post's update."""
    assert ARTICLE.record(f"<main>{POST_HEAD}</main>")["modified_at"] == (
        "2026-12-06T07:40:00+07:00"
    )


def test_the_poster_beside_the_tooltip_time_is_the_author() -> None:
    """The display name linking to the member's page (`/u/vanbinh_phuot`) beside the time whose
    tooltip is the publish time: the poster, a person; the handle in its title names nobody."""
    record = ARTICLE.record(f"<main>{POST_HEAD}</main>")
    assert (record["byline"], record["authors"]) == ("Văn Bình", ["Văn Bình"])


def test_a_link_aggregator_s_community_is_the_category() -> None:
    """The community link in the post's head (`<a href="/c/phuot">Phượt</a>`): the board the
    post is filed under."""
    assert ARTICLE.record(f"<main>{POST_HEAD}</main>")["category"] == "Phượt"


def test_a_widget_holding_the_h1_is_the_article() -> None:
    """A CMS draws its every module a widget, the article's details too (LiveWhale's `<div
    class="lw_widget lw_news_details_widget">` around the headline, date and text): the block
    holding the `<h1>` is the article, not a widget of the sidebar."""
    page = (
        "<div id='content'><div class='lw_widget lw_news_details_widget'><div class='lw_news'>"
        f"<h1 class='lw_news_headline'>{TITLE}</h1><div class='lw_news_meta'><span class="
        "'lw_news_date'>Thứ Tư, 2/12/2026 - 3:45 CH</span></div><div class='lw_news_body'>"
        f"{PARAGRAPHS}</div></div></div></div>"
    )
    record = ARTICLE.record(page, head=f"<meta property='og:title' content='{TITLE} / Tin tức'>")
    assert (record["headline"], record["published_at"]) == (TITLE, "2026-12-02T15:45:00+07:00")


def test_a_poster_line_stops_at_the_next_field_s_label() -> None:
    """`Đăng bởi: <a>Hoàng Văn Lâm</a> ngày: 05/12/2026 06:40 trong: …`, each label a span of
    its own: the poster's name ends where the next label begins."""
    meta = (
        "<div class='blog_info'><span class='info'>Đăng bởi:</span> <span class='info_c'><a "
        "href='/vanlam'>Hoàng Văn Lâm</a></span> <span class='info'>ngày:</span> <span class="
        "'info_c'>05/12/2026 06:40</span> <span class='info'>trong:</span> <span class='info_c'>"
        "<a href='/blog/category/ky-su'>Ký sự</a></span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Hoàng Văn Lâm", ["Hoàng Văn Lâm"])


def test_a_trail_of_the_poster_s_pages_is_no_section() -> None:
    """A community's trail opens with the poster's own page (`Hoàng Văn Lâm » Blog » …`), which
    the publish line links as who posted: the member's pages, not sections; the category is the
    link to a category's page among the post's details (`trong: <a>Ký sự</a>`), and a `Chia
    sẻ` button over the headline is no section."""
    page = (
        "<div class='block'><div class='title'><div class='block_config'><a class='form_button' "
        "href='/blog/share/31'>Chia sẻ</a></div>"
        f"<h1>{TITLE}</h1><div class='breadcrumbs'><a href='/vanlam'>Hoàng Văn Lâm</a> » <a "
        "href='/vanlam/blog'>Blog</a> » Mùa lễ hội…</div></div><div class='block_content'>"
        "<div class='blog_info'><span class='info'>Đăng bởi:</span> <span class='info_c'><a "
        "href='/vanlam'>Hoàng Văn Lâm</a></span> <span class='info'>ngày:</span> <span class="
        "'info_c'>05/12/2026 06:40</span> <span class='info'>trong:</span> <span class='info_c'>"
        f"<a href='/blog/category/ky-su'>Ký sự</a></span></div><div class='blog_text'>{PARAGRAPHS}"
        "</div></div></div>"
    )
    assert ARTICLE.record(page)["category"] == "Ký sự"


def test_a_wiki_footer_naming_the_page_s_revision_is_the_update() -> None:
    """A Java wiki's footer `Trang này (phiên bản 7) được sửa lần cuối vào 05-thg 12-2026 10:32
    bởi <a>account</a> <a>RSS</a>`, too long a line for a date's: the page's last change, its
    revision in brackets, the month as Java's short `thg 12` between dashes."""
    page = (
        f"<div class='page'><div class='page-content'><h1>{TITLE}</h1><p><i>Ngày đăng: 02/12/2026"
        f"</i></p>{PARAGRAPHS}</div><div class='page-footer'>Trang này (phiên bản 7) được sửa "
        "lần cuối vào 05-thg 12-2026 10:32 bởi <a class='wikipage' href='/Wiki.jsp?page=LeVanAn'>"
        "LeVanAn</a> <a class='feed' href='/rss.jsp?page=MuaLeHoiBien&amp;mode=wiki'>RSS</a> "
        "<a href='/Wiki.jsp?page=MuaLeHoiBien&amp;version=6'>Phiên bản trước</a></div></div>"
    )
    assert ARTICLE.record(page)["modified_at"] == "2026-12-05T10:32:00+07:00"


def test_a_trail_folded_in_a_dropdown_menu_is_the_reader_s_history() -> None:
    """JSPWiki's `Đường dẫn` button opens a `<ul class="dropdown-menu breadcrumb">` of the pages
    the reader visited: no section the page is filed under."""
    trail = (
        "<div class='navigation'><ul><li id='trail'><a href='#'>Đường dẫn</a><ul class="
        "'dropdown-menu breadcrumb'><li><a href='/Wiki.jsp?page=LeHoiBien'>LeHoiBien</a></li>"
        "<li><a href='/Wiki.jsp?page=HuongDanVien'>HuongDanVien</a></li></ul></li></ul></div>"
    )
    page = (
        f"{trail}<div class='page'><h1>{TITLE}</h1><p>Ngày đăng: 02/12/2026</p>{PARAGRAPHS}</div>"
    )
    assert ARTICLE.record(page)["category"] is None


def test_a_tag_label_over_the_headline_repeating_a_tag_is_no_section() -> None:
    """A blog's label over the headline links to a tag's page (`/tags/le-hoi`) and repeats one
    of the tags under the text: a tag shown twice, not the section."""
    page = (
        "<article class='post'><header><div class='post-tags-top'><a href='/tags/le-hoi' "
        f"class='tag'>Lễ hội</a></div><h1>{TITLE}</h1><time datetime='2026-12-03'>3 thg 12, "
        f"2026</time></header><div class='post-content'>{PARAGRAPHS}</div><div class='post-tags'>"
        "<a href='/tags/le-hoi'>Lễ hội</a><a href='/tags/bien'>Biển</a></div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["category"], record["tags"]) == (None, ["Lễ hội", "Biển"])


def test_author_links_joined_by_a_separator_element_are_all_the_authors() -> None:
    """Two author links, an avatar and a name in each, a `<span class="sep">, </span>` between
    them: both are the authors, as printed."""
    meta = (
        "<div class='authors'><a href='/authors/tran-thu-ha' class='author'><img src='/anh/a1.jpg'"
        " alt=''><span class='author-name'>Trần Thu Hà</span></a><span class='sep'>, </span><a "
        "href='/authors/ngo-quang-vinh' class='author'><img src='/anh/a2.jpg' alt=''><span class="
        "'author-name'>Ngô Quang Vinh</span></a></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (
        "Trần Thu Hà, Ngô Quang Vinh",
        ["Trần Thu Hà", "Ngô Quang Vinh"],
    )


def test_a_written_by_line_in_an_author_card_stops_at_its_own_line() -> None:
    """A help centre's author card: an avatar, then `Được viết bởi <span>…</span>` on a line of
    its own over `Đã cập nhật hơn một tuần trước`: the writer, the label and the line under it
    no part of the byline."""
    meta = (
        "<div class='avatar'><div class='avatar__photo'><img src='/anh/a1.jpg' alt=''></div><div "
        "class='avatar__info'><span><div>Được viết bởi <span>Đinh Thị Mai</span></div> <div>Đã "
        "cập nhật hơn một tuần trước</div></span></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Đinh Thị Mai", ["Đinh Thị Mai"])
