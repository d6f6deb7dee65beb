"""Rules the generic extractor learnt from fields the tuned holdout sets still read wrong (their
`NOT_YET` entries in `tests/test_parsers.py`): a shop signing its own post, a category link
classed only by a styled component's camel-cased name, an event's picture over its page named
as its title before the dash, a gallery's picture over its name and description, a grey contact
note closing a blog's text, a forum post's signature under a rule and its poster's long card,
an album's photos titled over their thumbnails, a handbook's description in the metas, a help
centre's guide to its title, a show's logo at another size over its episode."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://gomsubatrang.example.vn/blog/mua-gom-tet-xuong-nhan-don-den-ram-thang-chap"
TITLE = "Mùa gốm Tết: xưởng nhận đơn bình hút lộc đến rằm tháng Chạp"
TEXT = (
    "Từ đầu tháng 11, xưởng của chúng tôi nung mỗi ngày hai lò, khoảng 1.400 sản phẩm mỗi lò.",
    "Đến ngày 30/11/2026, xưởng đã nhận 186 đơn bình hút lộc, gấp rưỡi cùng kỳ năm trước.",
    "Đơn đặt sau rằm tháng Chạp sẽ giao sau Tết, giá giữ như bảng giá tháng 10.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
LOGO = "<div class='header-logo'><a href='/'><img alt='Gốm Bát Tràng Minh Hải Gia Lâm' src='/logo.png'></a></div>"  # noqa: E501


def _signed_post(signature: str) -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    closing = f"<p style='text-align: right;'>{signature}</p>"
    post = f"<div class='blogpost-page'><h1>{TITLE}</h1><div class='post-body'>{text}{closing}</div></div>"  # noqa: E501
    return ARTICLE.record(f"{LOGO}{post}")


def test_a_shop_signing_with_its_logo_s_words_in_another_order_is_no_byline() -> None:
    """The right-aligned `Xưởng gốm Minh Hải – Bát Tràng Gia Lâm` closing a shop's post holds
    every word of its logo's `Gốm Bát Tràng Minh Hải Gia Lâm`, in another order and with the
    kind of place before them: the shop signing, no person."""
    record = _signed_post("Xưởng gốm Minh Hải – Bát Tràng Gia Lâm")
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_person_signing_a_shop_s_post_is_its_byline() -> None:
    """A person's name closing the same post is its writer."""
    record = _signed_post("Nguyễn Minh Hải")
    assert (record["byline"], record["authors"]) == ("Nguyễn Minh Hải", ["Nguyễn Minh Hải"])


def test_a_link_classed_by_a_styled_component_as_the_category_link_is_the_section() -> None:
    """A community app prints the post's category beside its time in a link classed only
    `styled__CategoryLink-sc-…` (a styled component's camel-cased name): the section."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    post = (
        "<div class='styled__PostWrapper-sc-9k2m1x-0'><div class='styled__PostHeader-sc-9k2m1x-1'>"
        "<a class='styled__UserName-sc-9k2m1x-2' href='/@tranminhhai'>Trần Minh Hải</a>"
        "<div class='styled__PostTime-sc-9k2m1x-3'><span>2d</span> • "
        "<a class='styled__CategoryLink-sc-9k2m1x-4' href='/cong-dong-gom?c=3a7e'>Đơn hàng Tết</a>"
        f"</div></div><h1 class='styled__PostTitle-sc-9k2m1x-5'>{TITLE}</h1>"
        f"<div class='styled__PostContent-sc-9k2m1x-6'>{text}</div></div>"
    )
    assert ARTICLE.record(post)["category"] == "Đơn hàng Tết"


def test_a_picture_named_as_the_headline_s_title_before_its_dash_is_the_cover() -> None:
    """An event page opens with a block holding one picture, its `alt` the headline's title
    before the dash (`Hội chợ gốm Bát Tràng 2026` over `Hội chợ gốm Bát Tràng 2026 – ba ngày
    ở bến Đông Hà`), then the block of the headline and the text: the event's own picture."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    src = "https://img.example.net/https%3A%2F%2Fcdn.example.net%2Fimages%2F4411%2Foriginal?w=940"
    page = (
        f"<main><div class='event-hero'><picture><img src='{src}' alt='Hội chợ gốm Bát Tràng"
        " 2026'></picture></div><div class='event-details'><div class='event-details__main'>"
        "<h1>Hội chợ gốm Bát Tràng 2026 – ba ngày ở bến Đông Hà</h1><section class='about'>"
        f"<h2>Giới thiệu</h2><div class='description'>{text}</div></section></div></div></main>"
    )
    record = ARTICLE.record(page)
    assert record["images"] == [{"url": src, "caption": None}]


GALLERY_URL = "https://anh.gomsubatrang.example.vn/picture.php?/512/category/9"


def _picture_page() -> str:
    """A gallery's picture page: the picture, titled as its name, in a row of its own; its name
    and description four levels down in the next row; a carousel of the album's thumbnails,
    this picture's among them, after them."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    thumbs = "".join(
        f"<div class='text-center'><a href='picture.php?/{n}/category/9'>"
        f"<img src='_data/i/upload/{n}-sq.jpg' alt='Ảnh {n}'></a></div>"
        for n in (511, 512, 513)
    )
    return (
        "<div id='main-picture-container' class='container-fluid'><div class='row'>"
        "<div id='theImage'><img id='theMainImage' src='_data/i/upload/512-me.jpg'"
        " alt='lo-nung-gom.jpg' title='Lò gốm Minh Hải nung mẻ hàng Tết'></div></div>"
        "<div class='row'><div class='col-lg-10'><section id='important-info'>"
        "<h4 class='imageName'>Lò gốm Minh Hải nung mẻ hàng Tết</h4>"
        f"<div class='imageComment'>{text}</div></section></div></div>"
        f"<div id='carousel-container'><div class='slick-carousel'>{thumbs}</div></div></div>"
    )


def test_a_gallery_s_picture_titled_as_its_name_four_levels_up_is_the_article_s() -> None:
    """The picture a gallery's page shows over the picture's name and description, titled as
    the name, is the page's picture, though the name is printed four levels down from the
    row holding it; the carousel of the album's thumbnails after the description, one of them
    linking this very page, is the way between the album's pages: no picture of this one."""
    article = InventedArticle(GALLERY_URL, "Lò gốm Minh Hải nung mẻ hàng Tết", NOW, TEXT)
    record = article.record(_picture_page())
    assert record["images"] == [
        {"url": "https://anh.gomsubatrang.example.vn/_data/i/upload/512-me.jpg", "caption": None}
    ]


def _lines_closed_by(closing: str) -> str:
    """A blog post typed as `<div>` lines with `<div><br/></div>` spacers, `closing` its last."""
    lines = "<div><br/></div>".join(f"<div>{p}</div>" for p in TEXT)
    return f"<article><h1>{TITLE}</h1><div class='post-body'>{lines}{closing}</div></article>"


NOTE = "Bài này viết cho khách của xưởng, ai cần bảng giá cứ nhắn Zalo 0912 448 265 giờ hành chính."


def test_a_grey_closing_line_giving_a_number_to_call_is_no_text() -> None:
    """`<div><font color="#888888">… nhắn Zalo 0912 448 265 …</font></div>` closing a text typed
    as `<div>` lines: a contact note printed fainter than the text, set apart by its colour as
    small print is by its size."""
    page = _lines_closed_by(f"<div><br/></div><div><font color='#888888'>{NOTE}</font></div>")
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_closing_line_in_the_text_s_colour_is_text() -> None:
    """The same line in black is the text's last."""
    page = _lines_closed_by(f"<div><br/></div><div><font color='#000000'>{NOTE}</font></div>")
    assert ARTICLE.record(page)["body"] == "\n\n".join((*TEXT, NOTE))


FORUM_URL = "https://diendangom.example.vn/forum/ubbthreads.php/topics/8812/don-hang-tet"


def _forum_topic(signature: str) -> dict:
    """A forum topic laid out in tables: the first post's poster card (his link, rank, join
    month and post count) beside its text and `signature`, then a reply with a short card."""
    lines = "<br><br>".join(TEXT)
    first = (
        "<div class='post'><table><tr><td class='author-content' rowspan='2'>"
        "<a href='/forum/ubbthreads.php/users/5120/tran-minh-hai'><span class='username'>"
        "Trần Minh Hải</span></a><br><span class='small usertitle'>Thành viên tích cực</span><br>"
        "<span class='small'>Đăng ký: 05/2018<br>Bài viết: 2,314<br>Bát Tràng, Gia Lâm</span>"
        f"</td><td class='subjecttable'><span class='post-subject'>{TITLE}</span></td></tr>"
        f"<tr><td class='post-content'><div class='post_inner'>{lines}</div>{signature}"
        "</td></tr></table></div>"
    )
    reply = (
        "<div class='post'><table><tr><td class='author-content'><a href='/forum/ubbthreads.php"
        "/users/7781/gomxanh'><span class='username'>gomxanh</span></a><br><span class='small"
        " usertitle'>Thành viên</span></td><td class='subjecttable'><span class='post-subject'>"
        f"Re: {TITLE}</span></td></tr><tr><td class='post-content'><div class='post_inner'>"
        "Xưởng mình cũng kín đơn đến 20 tháng Chạp.</div></td></tr></table></div>"
    )
    article = InventedArticle(FORUM_URL, TITLE, NOW, TEXT)
    return article.record(f"<h1>{TITLE}</h1>{first}{reply}")


def test_a_signature_block_under_a_rule_of_dashes_signs_no_post() -> None:
    """`<div class="signature">-----<br><i>Chậm mà chắc. Hải - Bát Tràng.</i></div>` under the
    first post: the member's signature, set off by the forum's rule; the poster is the name
    opening his card, though the card, with his join month and post count, is long."""
    signature = "<div class='signature'>-----<br><i>Chậm mà chắc. Hải - Bát Tràng.</i></div>"
    record = _forum_topic(signature)
    assert (record["byline"], record["authors"]) == ("Trần Minh Hải", ["Trần Minh Hải"])


def test_the_first_poster_s_long_card_names_him_before_a_reply_s_short_one() -> None:
    """With no signature, the first post's card, too long for a name, names its poster by the
    link opening it, on a line of its own; the reply's short card after it is another poster's."""
    record = _forum_topic("")
    assert (record["byline"], record["authors"]) == ("Trần Minh Hải", ["Trần Minh Hải"])


ALBUM_URL = "https://anh.gomsubatrang.example.vn/gallery/hoicho/k3Qm8Zp2"


def _album(links: tuple[str, ...]) -> dict:
    """An album's page: its name and description, a `divider` heading, then its photos, each a
    link to `links`' address holding the thumbnail and an overlay of its title and day."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    photos = "".join(
        f"<a class='photo' href='{href}'><span class='thumbimg'><img src='/uploads/thumb/{n}.jpeg'"
        f" alt='Photo thumbnail'></span><div class='overlay'><h1>Gian hàng số {n}</h1>"
        f"<a><span title='Ngày chụp'>{n} Th11 2026</span></a></div></a>"
        for n, href in enumerate(links, start=1)
    )
    page = (
        f"<div class='content'><div class='album-header'><div class='album-header__details'>"
        f"<h1 class='album-header__title'>{TITLE}</h1><div class='album-header__description'>"
        f"{text}</div></div></div><div class='divider'><h1>Ảnh</h1></div>"
        f"<div class='photos justified-layout'>{photos}</div></div>"
    )
    return InventedArticle(ALBUM_URL, TITLE, NOW, TEXT).record(page)


def test_an_album_s_photos_linked_under_its_address_are_its_pictures() -> None:
    """Under the album's description and a `Ảnh` heading, each photo is a link to its own page
    under the album's address holding the thumbnail and an overlay of the photo's title in a
    heading and the day it was taken: the album's pictures, their titles the captions."""
    record = _album(tuple(f"/gallery/hoicho/k3Qm8Zp2/{n}" for n in range(3)))
    assert record["images"] == [
        {
            "url": f"https://anh.gomsubatrang.example.vn/uploads/thumb/{n}.jpeg",
            "caption": f"Gian hàng số {n}",
        }
        for n in (1, 2, 3)
    ]


def test_cards_linking_other_pages_are_no_album_photos() -> None:
    """The same cards linking pages outside the album's address are teasers of other pages."""
    record = _album(tuple(f"/bai-viet/hoi-cho-{n}" for n in range(3)))
    assert record["images"] == []


def test_a_description_closing_with_the_author_office_s_name_is_no_lead() -> None:
    """A handbook's page whose metas describe the book, `Sổ tay nghiệp vụ của Phòng Kiểm tra
    chất lượng`, no sentence, closing with the office its `author` meta names: the office's
    work the site is, described so on every page, no lead of this one."""
    url = "https://sotay.gomsubatrang.example.vn/Don_hang/Kiem_tra_don_Tet.html"
    article = InventedArticle(url, "Kiểm tra đơn hàng Tết trước khi giao", NOW, TEXT)
    head = (
        "<meta name='description' content='Sổ tay nghiệp vụ của Phòng Kiểm tra chất lượng'>"
        "<meta name='author' content='Phòng Kiểm tra chất lượng'>"
    )
    record = article.under_headline("", head=head)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_a_guide_to_the_headline_in_the_metas_is_no_lead() -> None:
    """A help centre's description `Hướng dẫn đặt hàng gốm Tết qua ứng dụng trên điện thoại và
    máy tính.` under the headline `Đặt hàng gốm Tết qua ứng dụng`: the article's title restated
    as a guide to it, printed nowhere, no lead."""
    url = "https://hotro.gomsubatrang.example.vn/vi/article/dat-hang-gom-tet-qua-ung-dung"
    article = InventedArticle(url, "Đặt hàng gốm Tết qua ứng dụng", NOW, TEXT)
    described = "Hướng dẫn đặt hàng gốm Tết qua ứng dụng trên điện thoại và máy tính."
    record = article.under_headline("", head=f"<meta name='description' content='{described}'>")
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_the_logo_s_file_at_another_size_over_the_headline_is_the_site_s_art() -> None:
    """An audio host's episode page prints the show's art in its header, `…/gomtet_400x400.jpeg`,
    the file its logo in the site's header shows at `_200x200`: the show's art on its every
    page, no picture of the episode."""
    art = "https://image.podhost.example.net/gomtet"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<header><a class='show-logo' href='/gom-tet'><img src='{art}_200x200.jpeg' alt='Gốm"
        f" Tết'></a></header><main><section class='episode-header'><img class='episode-cover'"
        f" src='{art}_400x400.jpeg' alt=''><div class='episode-heading'><h1>{TITLE}</h1></div>"
        f"</section><section class='episode-description'>{text}</section></main>"
    )
    assert ARTICLE.record(page)["images"] == []
