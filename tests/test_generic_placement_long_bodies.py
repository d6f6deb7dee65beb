"""Rules the generic extractor learnt from the blind table of long bodies
(`tests/fixtures/placements/long_bodies.json`): which of the boxes mixed into a long text are
furniture and which are text, and where text typed without `<p>` is, on invented pages of their
own."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinhuyen.example.vn/xa-hoi/ben-do-ngang-song-a7712.html"
TITLE = "Bến đò ngang cuối cùng trên sông Trà Khúc"
LEAD = "Sau hơn bốn mươi năm chở khách qua sông, ông Tư chuẩn bị gác mái chèo khi cầu mới thông xe."
TEXT = [
    "Mỗi sáng, chiếc đò nhỏ của ông Tư chở khoảng ba chục lượt khách, phần lớn là người đi chợ.",
    "Giá mỗi lượt qua sông vẫn là năm nghìn đồng, học sinh được miễn tiền, xe máy thêm hai nghìn.",
    "Ông kể mùa lũ năm 1999, nước lên đến mái nhà, ông chèo đò cứu hơn hai chục người trong xóm.",
    "Cây cầu bê tông cách bến chừng trăm mét dự kiến thông xe trước Tết, bến đò sẽ thôi hoạt động.",
]


def record(text: str, lead: str = f"<p class='sapo'>{LEAD}</p>") -> dict:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1>{lead}<div class='detail'>{text}</div></article>"
        "<footer><p>Báo Sông Trà điện tử, cơ quan của Hội Nhà báo tỉnh Quảng Ngãi.</p>"
        "<p>Địa chỉ: 12 đường Hùng Vương, phường Trần Phú. Điện thoại: 0255 3822 111.</p>"
        "<p>Giấy phép số 88/GP-BTTTT cấp ngày 12/3/2021, ghi rõ nguồn khi phát hành lại.</p>"
        "</footer></body></html>"
    )
    return extract_record(page, URL, NOW)


def paragraphs(tag: str = "p") -> str:
    return "".join(f"<{tag}>{line}</{tag}>" for line in TEXT)


def test_an_editors_note_opening_the_text_is_text() -> None:
    """The editors' note in a box of its own over the text (`LTS:`, `Lời tòa soạn:`, `Ghi chú
    của tòa soạn:`) tells of the article: a paragraph of the text, its label kept."""
    note = "Bài viết mở đầu loạt bài về những nghề cũ bên sông đang dần mất đi."
    for label in ("LTS:", "Lời tòa soạn:", "Ghi chú của tòa soạn:", "Lưu ý của BBT:"):
        box = f"<div class='box-note'><p><strong>{label}</strong> {note}</p></div>"
        got = record(box + paragraphs())
        assert got["body"] == "\n\n".join([f"{label} {note}", *TEXT]), label


def test_text_typed_in_divs_outvotes_a_footer_of_paragraphs() -> None:
    """A text typed without a `<p>` (a `<div>` a paragraph, `<div><br></div>` between them, or
    paragraphs between `<br><br>`) is the body, though the footer's lines are `<p>`s."""
    spaced = "".join(f"<div>{line}</div><div><br></div>" for line in TEXT)
    typed = "<br><br>".join(TEXT)
    for text in (spaced, paragraphs("div"), typed):
        got = record(text, lead="")
        assert got["body"] == "\n\n".join(TEXT), text[:40]


def test_a_players_length_beside_its_title_is_no_text() -> None:
    """A video player's box holding its title and its length (`<p class="video-title">Clip: …
    </p><span>03:42</span>`) holds no paragraph of the text."""
    player = (
        "<div class='video-player'><video controls src='/video/ben-do.mp4'></video>"
        "<p class='video-title'>Clip: Chuyến đò sớm qua sông Trà Khúc</p>"
        "<span class='duration'>03:42</span></div>"
    )
    got = record(f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p>{player}<p>{TEXT[2]}</p><p>{TEXT[3]}</p>")
    assert got["body"] == "\n\n".join(TEXT)


@pytest.mark.parametrize("title", ["Tin đọc nhiều", "Đọc nhiều", "Xem nhiều nhất"])
def test_a_most_read_box_of_links_and_teasers_is_no_text(title: str) -> None:
    """A box inside the text's container titled `Tin đọc nhiều`, or `Đọc nhiều` alone, each
    item a link to another article and its teaser typed as the text's paragraphs, is no text;
    the signature closing the text before it is no text either."""
    items = [
        (
            "Khánh thành trường mầm non mới tại xã Nghĩa Hà",
            "Ngôi trường mười phòng học được xây bằng vốn ngân sách.",
        ),
        (
            "Giá xăng giảm nhẹ từ chiều nay",
            "Mỗi lít xăng RON95 giảm 280 đồng theo kỳ điều hành mới.",
        ),
        (
            "Hội chợ nông sản an toàn mở cửa",
            "Hơn trăm gian hàng giới thiệu sản phẩm OCOP của các huyện.",
        ),
    ]
    box = f"<div class='most-read'><h3>{title}</h3>" + "".join(
        f"<p><a href='/tin/{n}.html'>{title}</a></p><p>{teaser}</p>"
        for n, (title, teaser) in enumerate(items)
    )
    sign = "<p style='text-align: right;'><strong>Minh Khang</strong></p>"
    got = record(paragraphs() + sign + box + "</div>")
    assert got["body"] == "\n\n".join(TEXT)


def test_a_titled_box_in_text_typed_with_line_breaks_is_no_text() -> None:
    """A short box opening with a line classed as a label (`Nội dung tài trợ`) inside a text
    typed with `<br><br>` is set apart from the text as it is among `<p>`s."""
    box = (
        "<div class='sponsored'><p class='sponsored-label'>Nội dung tài trợ</p>"
        "<p>Mở tài khoản trực tuyến trong năm phút, miễn phí chuyển tiền đến hết tháng.</p>"
        "<a href='https://nganhang.example/mo-tai-khoan'>Tìm hiểu thêm</a></div>"
    )
    text = f"{TEXT[0]}<br><br>{TEXT[1]}<br><br>{box}{TEXT[2]}<br><br>{TEXT[3]}"
    got = record(text)
    assert got["body"] == "\n\n".join(TEXT)
