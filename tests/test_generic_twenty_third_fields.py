"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-third holdout set's families (a literature and arts association on Typecho, an employment
service centre on Frappe, a monitoring centre on VitePress, a study promotion association on
Nikola, an association of the blind on Dotclear, a military command on e107, a land office on
Spring with Thymeleaf, a zoo on Nuxt with Sanity, a seed company's blog on PrestaShop, a union of
friendship organizations on Serendipity, a martyrs' cemetery board on ApostropheCMS and a
journalists' association on Halo)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/nong-nghiep/gieo-ma-vu-xuan-a7310.html"
TITLE = "Hợp tác xã hướng dẫn xã viên gieo mạ khay cho vụ xuân"
FIRST = "Sáng nay, hơn bốn mươi xã viên đã tập trung tại sân kho để học cách trộn giá thể."
SECOND = "Mỗi khay mạ được gieo đều tay rồi xếp thành luống dài dưới mái che bằng lưới đen."
THIRD = "Cán bộ hợp tác xã sẽ đến từng thôn kiểm tra mạ sau mười ngày và ghi sổ theo dõi."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
TEXT = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))


def test_a_labelled_writer_sharing_the_meta_line_with_the_date_is_read_whole() -> None:
    """`Đăng bởi: …` opening the post's meta line, which also prints the publish day and the
    section, is no credit line typed into the text: the author box reads the name whole, where
    the line read as one byline kept its first word (`KS. Đặng`)."""
    meta = (
        "<div class='info'><span class='by'>Đăng bởi: <a href='/tac-gia/dang-huu-phuoc'>"
        "KS. Đặng Hữu Phước</a></span> <span>Ngày đăng: 2026-12-02 07:15</span>"
        " <span>Đăng trong: <a href='/ky-thuat'>Kỹ thuật</a></span></div>"
        "<div class='bar'><span>215 views</span> <span>9 thích</span></div>"
    )
    lead = "<div class='lead'><p>Vụ xuân sớm cần mạ khỏe, xã viên học gieo mạ khay.</p></div>"
    page = (
        f"<div class='post'><div class='post-img'><img src='/anh/mạ-khay.jpg' alt='{TITLE}'>"
        f"</div><div class='post-content'><h1>{TITLE}</h1><div class='details'>"
        f"<div class='extra'>{meta}</div>{lead}<div class='text'>{TEXT}</div></div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("KS. Đặng Hữu Phước", ["Đặng Hữu Phước"])


def test_a_stamp_in_capitals_opening_the_text_gives_way_to_the_author_box() -> None:
    """A motto in capitals over the lead (`CHUNG SỨC - CHUNG LÒNG`) is no pair of writers when
    the header's author box and the author meta tag name other people."""
    names = "ThS. Trịnh Thu Hằng và Lương Văn Tấn"
    page = (
        f"<article><header><h1>{TITLE}</h1><p class='byline'><span class='author'>{names}"
        f"</span></p></header><div class='entry-content'>"
        f"<p class='stamp'><span>CHUNG SỨC - CHUNG LÒNG</span></p>{TEXT}</div></article>"
    )
    record = ARTICLE.record(page, head=f"<meta name='author' content='{names}'>")
    assert (record["byline"], record["authors"]) == (names, ["Trịnh Thu Hằng", "Lương Văn Tấn"])


def signed(signature: str) -> dict:
    """The record of the article signed with `signature`, right-aligned after its text."""
    sign = f"<p style='text-align:right'><b>{signature}</b></p>"
    return ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{TEXT}{sign}</div></article>")


def test_a_committee_members_function_after_a_comma_is_no_second_writer() -> None:
    """`Ủy viên …` (a member of a board or committee) after the name is the writer's function,
    as `Chủ tịch …` is."""
    record = signed("Nhà báo Trương Minh Quý, Ủy viên Ban Thường vụ Hội Văn học nghệ thuật")
    assert (record["byline"], record["authors"]) == ("Nhà báo Trương Minh Quý", ["Trương Minh Quý"])


def test_a_branch_after_the_name_is_the_writers_workplace() -> None:
    """A `Chi nhánh …` (an office's branch) after a dash is where the writer works, no person."""
    record = signed("Đỗ Thị Ngọc Hân - Chi nhánh VPĐKĐĐ Cái Nước")
    assert (record["byline"], record["authors"]) == ("Đỗ Thị Ngọc Hân", ["Đỗ Thị Ngọc Hân"])


def test_an_army_units_board_in_brackets_leaves_the_display() -> None:
    """Two ranked writers and their unit's `(Ban Tuyên huấn)` (the propaganda board): the board
    is where they work, as a Party body's `(Ban Tuyên giáo)` is, no part of the byline."""
    record = signed("Thiếu tá Vi Văn Sơn - Thượng úy Hà Thị Nhàn (Ban Tuyên huấn)")
    assert (record["byline"], record["authors"]) == (
        "Thiếu tá Vi Văn Sơn - Thượng úy Hà Thị Nhàn",
        ["Vi Văn Sơn", "Hà Thị Nhàn"],
    )


def test_a_team_signing_alone_keeps_its_name_past_a_dash() -> None:
    """`Tổ …` (a team of an office) signing the text names nobody, and its name goes on after a
    dash in words in lower case, as an office's does."""
    record = signed("Tổ Văn thư - Lưu trữ")
    assert (record["byline"], record["authors"]) == ("Tổ Văn thư - Lưu trữ", [])


def test_a_category_routed_in_the_query_beside_the_publish_line_is_the_section() -> None:
    """Dotclear routes its pages in the query (`index.php?category/…`): the one link to a
    category's page among the post's details around its publish line files the post there."""
    meta = (
        "<div class='post-info'><span>Bởi <a href='/index.php?author/qtv'>qtv</a></span> - "
        "<time datetime='2026-12-01T16:40:00+07:00'>16:40 - Thứ Ba, 01/12/2026</time> - "
        "<a class='post-link' href='/index.php?category/Khuyen-nong'>Khuyến nông</a></div>"
    )
    assert ARTICLE.under_headline(meta)["category"] == "Khuyến nông"


def test_a_row_of_tag_chips_lists_the_tags() -> None:
    """A list classed as tag chips (`tag-chips`) under the text, its links to tag pages named
    in Vietnamese (`/the/…`, thẻ), lists the article's tags."""
    chips = (
        "<ul class='tag-chips'><li><a href='/tin-tuc/the/ma-khay'>Mạ khay</a></li>"
        "<li><a href='/tin-tuc/the/vu-xuan'>Vụ xuân</a></li></ul>"
    )
    assert ARTICLE.under_headline("", after_text=chips)["tags"] == ["Mạ khay", "Vụ xuân"]


def test_the_update_line_in_the_texts_own_footer_is_the_modified_time() -> None:
    """A documentation theme closes the doc with a `<footer>` of its own right after the block
    holding the text (its last update, its pager), inside the layout: its `Cập nhật lần cuối`
    is the article's update, where the site's footer closing the page is no part of it."""
    page = (
        f"<div class='layout'><div class='content'><main><div class='doc'><h1>{TITLE}</h1>"
        f"<p class='meta'>Đăng ngày 2-12-2026 lúc 08h30</p>{TEXT}</div></main>"
        "<footer class='doc-footer'><p>Cập nhật lần cuối: <time datetime='2026-12-03T02:15:20Z'>"
        "09:15:20 3/12/2026</time></p><nav><a href='/truoc.html'>Trang trước</a></nav></footer>"
        "</div></div><footer><p>Trung tâm Khuyến nông tỉnh</p></footer>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T08:30:00+07:00",
        "2026-12-03T09:15:20+07:00",
    )


SITE = "Vườn chữ miền Tây"
TIME = "<time datetime='2026-11-30T08:15:00+07:00'>Thứ Hai, 30 tháng Mười Một, 2026 - 08:15</time>"


def test_a_heading_linked_to_the_home_page_is_the_sites_name() -> None:
    """The site's name as an `<h1>` linked home, the entry's title an `<h2>`: the `<title>`'s
    part that prints that name is left out of the headline, and the publish line under the
    `<h2>` is read as printed."""
    article = InventedArticle(URL, f"{TITLE} - {SITE}", NOW)
    page = (
        f"<header id='banner'><a href='https://baotinh.example.vn/'><h1>{SITE}</h1></a></header>"
        f"<main><article><header><h2><a href='{URL}'>{TITLE}</a></h2><p class='by'>Đăng bởi"
        f" <a href='/tac-gia/2-bbt'>bbt</a> vào {TIME}</p></header>"
        f"<div class='post_content'>{TEXT}</div></article></main>"
    )
    record = article.record(page)
    assert (record["headline"], record["published_raw"]) == (
        TITLE,
        "Thứ Hai, 30 tháng Mười Một, 2026 - 08:15",
    )
