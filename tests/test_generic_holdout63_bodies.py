"""Rules the generic extractor learnt for bodies and pictures from the sixty-third holdout set's
environment and disaster pages on intranets, e-mail campaigns, site builders, membership
platforms and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://biensach.example.vn/tin-tuc/lam-sach-bai-bien-cua-dai"
TITLE = "Làm sạch bãi biển Cửa Đại: thu gom 2,4 tấn rác trong một buổi sáng"
FIRST = "Sáng 29/11, khoảng 400 tình nguyện viên đã thu gom 2,4 tấn rác dọc 3 km bãi biển Cửa Đại."
SECOND = "Rác nhựa chiếm 62% khối lượng, phần lớn là chai, túi ni lông và lưới đánh cá cũ."
THIRD = "Ban tổ chức kiến nghị phường đặt thêm 15 thùng rác phân loại dọc tuyến đường ven biển."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _text_widget(*paragraphs: str) -> str:
    return (
        "<div class='widget widget_text'><div class='text'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></div>"
    )


def test_an_intranet_s_text_widgets_around_a_picture_widget_are_the_text() -> None:
    """An intranet splits the text over two `widget widget_text` blocks around a picture's
    `widget widget_image`: each short block classed a widget is the text's, not a box set apart
    from it."""
    page = (
        f"<div id='page_content'><div class='widget widget_heading'><h1>{TITLE}</h1></div>"
        "<p class='page-info'>04/12/2026 09:40</p>"
        + _text_widget(FIRST)
        + "<div class='widget widget_image'><img src='/anh/cua-dai.jpg' alt=''><div class="
        "'caption'>Tình nguyện viên phân loại rác trên bãi biển.</div></div>"
        + _text_widget(SECOND, THIRD)
        + "</div>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_italic_note_under_the_editor_s_credit_is_no_part_of_the_text() -> None:
    """A programme's show notes close with `Biên tập: …` and, in italics under it, the hours it
    is broadcast: a note the site sets under every episode's text, however it ends."""
    closing = (
        "<p>Biên tập: Phan Thị Lan</p><p><em>Chương trình phát sóng lúc 17 giờ 30 thứ Sáu hằng "
        "tuần, phát lại lúc 6 giờ 15 sáng Chủ Nhật.</em></p>"
    )
    page = (
        f"<article><h2>{TITLE}</h2><p class='e-date'>Friday Dec 04, 2026</p><div class="
        f"'e-description'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{closing}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_comments_after_a_classless_text_block_are_not_carried_on() -> None:
    """The post's text in a `<div>` with no class, its comments after it in rows each holding a
    `<div>` with no class either: the comments are built as any classless block is, not as the
    text carried on."""
    page = (
        f"<main><div data-tag='post-card'><h1>{TITLE}</h1><span>4 thg 12, 2026 lúc 21:10</span>"
        f"<div class='sc-b20d-0 fnSnAg'><div><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
        "</div><div class='sc-fub-0'><button>86</button></div><div data-tag='comments-section'>"
        "<div data-tag='comment-row'><a href='/user?u=612'>Minh Khuê</a><span>5 thg 12, 2026"
        "</span><div>Ảnh các em phơi sách làm mình nhớ năm 2020. Mình gửi thêm 20 bộ sách nhé "
        "anh.</div></div><div data-tag='comment-row'><a href='/lehoang'>Lê Hoàng</a><span>5 thg "
        "12, 2026</span><div>Cảm ơn Khuê, mình sẽ chuyển sách cho trường vào thứ Hai 7/12."
        "</div></div></div></div></main>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_titled_box_of_briefs_under_the_writer_s_credit_is_no_part_of_the_text() -> None:
    """A newsletter's rows, a paragraph each: the text, the writer's `Tin, ảnh: …` credit, then
    `ĐIỂM TIN` in bold capitals over brief items: a box the credit closes the text above."""
    rows = "".join(
        f"<tr><td class='mlContentContainer'>{cell}</td></tr>"
        for cell in (
            f"<h1>{TITLE}</h1>",
            "Thứ Sáu, 04/12/2026",
            f"<p>{FIRST}</p>",
            f"<p>{SECOND}</p>",
            f"<p>{THIRD}</p>",
            "<p style='text-align:right'><em>Tin, ảnh: Lê Hoàng Vy</em></p>",
        )
    )
    briefs = (
        "<tr><td style='font-weight:bold'>ĐIỂM TIN</td></tr><tr><td>• Từ ngày 1/1/2027, các chợ "
        "không phát túi ni lông miễn phí. <em>Theo Báo Quảng Nam</em></td></tr><tr><td>• Tọa đàm "
        "về rác nhựa lúc 14 giờ ngày 10/12/2026 tại nhà văn hóa phường.</td></tr>"
    )
    page = f"<table class='mlContentTable'>{rows}{briefs}</table>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_framed_closing_offer_with_a_phone_number_is_no_part_of_the_text() -> None:
    """The text's last paragraph framed and shaded by its own style, an offer with a number to
    call (`<p style="border:1px solid …;background:#f2f8f0">… gọi 0235 …</p>`): the site's
    notice under the text."""
    offer = (
        "<p style='border:1px solid #c9dcc4;background:#f2f8f0;padding:10px;'>Khách đặt tour lặn "
        "từ nay đến 31/12/2026 được giảm 10%, gọi 0235 3861 902 (7:00–17:30).</p>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><p>04.12.2026</p><div class='mz_wysiwyg'><p>{FIRST}</p>"
        f"<p>{SECOND}</p><p>{THIRD}</p>{offer}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
