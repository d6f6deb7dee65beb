"""Rules the generic extractor learnt for bodies, pictures and captions from the sixty-eighth
holdout set's pages on elections, voters' meetings, councils' sessions and citizens' petitions,
on fediverse servers, documentation generators, note hosts, forums and help centres."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://ghichep.example.vn/@doanphuong/hop-chi-doan-thang-12"
TITLE = "Họp chi đoàn tháng 12: thống nhất ngày chủ nhật xanh"
FIRST = "Buổi họp diễn ra tối thứ Năm tại nhà văn hóa khu phố 2, có 20 trên 24 đoàn viên dự."
SECOND = "Chi đoàn thống nhất tổ chức ngày chủ nhật xanh vào sáng 13/12 để dọn các tuyến hẻm."
THIRD = "Kinh phí dự kiến 3,5 triệu đồng, do đoàn viên và các hộ kinh doanh trong khu phố góp."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
PARAGRAPHS = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


def test_a_tags_heading_is_no_part_of_the_text() -> None:
    """A note's `<h6><span>tags: </span><code>…</code><span> </span><code>…</code></h6>` under
    its headline lists the tags: no line of the text, not even its last items."""
    tags = (
        "<h6><span>tags: </span><code>họp</code><span> </span><code>chi đoàn</code>"
        "<span> </span><code>khu phố 2</code></h6>"
    )
    page = f"<div id='doc' class='markdown-body'><h1>{TITLE}</h1>{tags}{PARAGRAPHS}</div>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_picture_s_loaded_size_of_its_original_is_its_address() -> None:
    """A portfolio builder's picture keeps its original in `data-src` and loads a size of it in
    `src`, the same server, folder and file under another sizing path
    (`/t/original/i/<id>/a.jpg` beside `/w/1200/q/75/i/<id>/a.jpg`): the address loaded."""
    folder = (
        "https://anh.trangcanhan.example/{}/i/5b0e9c7d3a1f48e2b6d4c8a0f2e1d3c5/hop-chi-doan.jpg"
    )
    picture = (
        f"<figure><img width='3000' height='2000' data-src='{folder.format('t/original')}'"
        f" src='{folder.format('w/1200/q/75')}'><figcaption>Đoàn viên biểu quyết.</figcaption>"
        "</figure>"
    )
    record = ARTICLE.record(ARTICLE.between(picture))
    assert record["images"] == [
        {"url": folder.format("w/1200/q/75"), "caption": "Đoàn viên biểu quyết."}
    ]


def test_a_line_naming_an_attached_file_without_its_link_is_no_part_of_the_text() -> None:
    """A team tool's message closes with `<div><em>Tải về: Ke-hoach-so-42.pdf (248 KB)</em>
    </div>`, the file behind a button of its own: the attachment, not a line of the text."""
    message = (
        f"<article><h1>{TITLE}</h1><div class='formatted_content trix-content'>"
        f"<div>{FIRST}</div><div><br></div><div>{SECOND}</div><div><br></div><div>{THIRD}</div>"
        "<div><em>Tải về: Ke-hoach-so-42-KH-CD.pdf (248 KB)</em></div></div></article>"
    )
    assert ARTICLE.record(message)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_bold_line_introducing_product_cards_goes_with_them() -> None:
    """A shop's blog types `<p><strong>Sách nên đọc trước buổi họp:</strong></p>` over a box of
    product cards, each a picture, a name, a price and a basket button: the line introduces
    the cards and is no more the text than they are."""
    card = (
        "<div class='product-block'><a href='https://nhasach.example.vn/{0}.html'>"
        "<img src='https://nhasach.example.vn/anh/{0}.jpg' alt=''></a>"
        "<a href='https://nhasach.example.vn/{0}.html'>Sổ tay đoàn viên {0}</a>"
        "<div class='price'>45.000đ</div><a href='#' class='btn'>Thêm vào giỏ</a></div>"
    )
    cards = "".join(card.format(name) for name in ("tap-1", "tap-2"))
    page = (
        f"<article><h1>{TITLE}</h1><div class='article-content'><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p><strong>Sách nên đọc trước buổi họp:</strong></p>"
        f"<div class='products-in-article'>{cards}</div><p>{THIRD}</p></div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_documentation_generator_s_admonition_is_no_part_of_the_text() -> None:
    """Asciidoctor's `<div class="admonitionblock note"><table><tr><td class="icon"><div
    class="title">Ghi chú</div></td><td class="content">…</td></tr></table></div>` after the
    text: a note titled for the reader, set apart from the paragraphs."""
    note = (
        "<div class='admonitionblock note'><table><tr><td class='icon'><div class='title'>"
        "Ghi chú</div></td><td class='content'>Đoàn viên vắng mặt báo cho Bí thư trước 17 giờ"
        " ngày 10/12.</td></tr></table></div>"
    )
    page = (
        f"<article class='doc'><h1 class='page'>{TITLE}</h1><div class='paragraph'><p>{FIRST}"
        f"</p></div><div class='paragraph'><p>{SECOND}</p></div><div class='paragraph'><p>{THIRD}"
        f"</p></div>{note}</article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


REPLY = "Cảm ơn chị đã thông tin. Hẻm nhà tôi mỗi lần mưa lớn lại ngập, mong chi đoàn dọn giúp."


def _status(poster: str, stamp: str, text: str, after: str = "") -> str:
    """A fediverse server's status: the poster's account card and time, its text, `after`."""
    return (
        "<div class='status-container'><div class='avatar'><img src='/media/a.png' alt=''>"
        f"</div><div class='activity-heading'><a href='/users/x' class='account-link h-card'>"
        f"<bdi class='p-name'>{poster}</bdi></a><time datetime='{stamp}'>{stamp}</time></div>"
        f"<div class='text'><div class='status-content e-content'>{text}</div>{after}</div>"
        "</div>"
    )


def test_a_status_and_its_replies_each_signed_are_a_thread_not_a_live_feed() -> None:
    """A status and the replies under it, each with its poster's card, its time and its text
    in blocks classed alike, no `<h1>` over them: a thread, whose text is the status's, not a
    live page's feed of entries; the picture attached after its text, linked to its file, is
    its own."""
    attached = (
        "<div class='attachments'><a href='https://mangxa.example.vn/media/3f9a.jpg'>"
        "<img src='https://mangxa.example.vn/media/3f9a.jpg' alt='Đoàn viên dọn hẻm'></a></div>"
    )
    thread = (
        _status("Lê Thị Hoa", "2026-12-03T02:15:00Z", PARAGRAPHS, attached)
        + _status("Trần Văn Bình", "2026-12-03T03:02:00Z", f"<p>{REPLY}</p>")
        + _status("Ngô Thu", "2026-12-03T04:40:00Z", f"<p>Tôi đăng ký tham gia. {REPLY}</p>")
    )
    record = ARTICLE.record(f"<div class='activity-stream'>{thread}</div>")
    assert (record["body"], record["images"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        [{"url": "https://mangxa.example.vn/media/3f9a.jpg", "caption": None}],
    )


def _forum_post(poster: str, text: str) -> str:
    """A forum plugin's post: its poster's box, then its text."""
    return (
        f"<li><div class='post'><div class='bbp-reply-author'><a href='/thanh-vien/x/'>{poster}"
        f"</a></div><div class='bbp-reply-content'>{text}</div></div></li>"
    )


def test_a_forum_thread_inside_a_page_s_text_box_is_read_from_its_first_post() -> None:
    """A forum plugin prints the thread inside a WordPress page's `entry-content`, the topic's
    first post and each reply in a `bbp-reply-content` block: the text is the first post's."""
    forum = (
        f"<article><h1 class='entry-title'>{TITLE}</h1><div class='entry-content'>"
        "<div id='bbpress-forums'><ul class='bbp-replies'>"
        + _forum_post("Lê Thị Hoa", PARAGRAPHS)
        + _forum_post("Trần Văn Bình", f"<p>{REPLY}</p>")
        + _forum_post("Ngô Thu", f"<p>Tôi đăng ký tham gia. {REPLY}</p>")
        + "</ul></div></div></article>"
    )
    assert ARTICLE.record(forum)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_wiki_s_text_set_beside_its_sidebar_is_the_text_and_a_desk_signing_it_the_byline() -> (
    None
):
    """A code forge's wiki page prints its pages' list in `wiki-content-sidebar`, its text in
    `wiki-content-main with-sidebar` (set beside the sidebar, not one) and its licence in
    `wiki-content-footer`; the text closes with `— <em>Nhóm Công dân số Phú Mỹ</em>`: the
    group signs it, the byline with nobody named; the owner's login in the author meta
    (`doanphu-my`) names nobody either."""
    wiki = (
        f"<div class='wiki'><div class='header'>{TITLE}</div><div class='wiki-content-parts'>"
        "<div class='render-content markup wiki-content-sidebar'><ul><li><a href='/w/Home'>"
        "Trang chủ</a></li><li><a href='/w/thang-11'>Tháng 11/2026</a> (cập nhật 03/12)</li>"
        "</ul></div><div class='render-content markup wiki-content-main with-sidebar'>"
        f"{PARAGRAPHS}<p>— <em>Nhóm Công dân số Phú Mỹ</em></p></div>"
        "<div class='render-content markup wiki-content-footer'><p>Dữ liệu theo giấy phép "
        "<a href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a>.</p></div>"
        "</div></div>"
    )
    record = ARTICLE.record(wiki, head="<meta name='author' content='doanphu-my'>")
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        "Nhóm Công dân số Phú Mỹ",
        [],
    )
