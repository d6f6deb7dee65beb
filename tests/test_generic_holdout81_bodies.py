"""Text boundaries the generic extractor learnt from the eighty-first holdout set's forestry
pages: a newsletter's table note in small print."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
TITLE = "Gỗ keo FSC được trả cao hơn sau kỳ đánh giá"
TEXT = (
    "Đoàn đánh giá đã kiểm tra ngẫu nhiên 46 lô rừng của 38 hộ trong ba xã của nhóm.",
    "Tổng diện tích rừng trồng có chứng chỉ của nhóm hiện là 2.847 ha, tăng 214 ha.",
    "Mỗi chuyến xe phải có phiếu xuất kho ghi mã chứng chỉ của nhóm để được trả giá FSC.",
)
LETTER = InventedArticle("https://nhom.example.vn/newsletter/ban-tin-so-23/", TITLE, NOW, TEXT)


def _row(cell: str, style: str = "font-size:15px;color:#333333") -> str:
    return f"<tr><td style='{style}'>{cell}</td></tr>"


def newsletter(under_table: str, closing: str = "") -> dict:
    """A newsletter's web version, each block in a layout row of its own: the headline, two
    paragraphs, a price table, `under_table`, the last paragraph and `closing`."""
    table = (
        "<table width='100%'><tr><td><b>Khách hàng</b></td><td><b>Gỗ FSC (đồng/tấn)</b></td></tr>"
        "<tr><td>Nhà máy dăm Cam Lộ</td><td>1.500.000</td></tr>"
        "<tr><td>Công ty ván ghép Đông Hà</td><td>1.870.000</td></tr></table>"
    )
    rows = (
        _row(f"<h1>{TITLE}</h1>")
        + _row(f"<p style='margin:0'>{TEXT[0]}</p>")
        + _row(f"<p style='margin:0'>{TEXT[1]}</p>")
        + _row(table)
        + under_table
        + _row(f"<p style='margin:0'>{TEXT[2]}</p>")
        + closing
    )
    return LETTER.record(f"<table class='wrap' width='600'>{rows}</table>")


def test_a_note_in_small_print_under_a_newsletter_s_table_is_no_text() -> None:
    """The grey line at 12 px right under the price table, the text at 15 px: the table's
    terms and day, no paragraph of the text."""
    note = _row("Giá mua tại cổng nhà máy, áp dụng từ 01/12/2026.", "font-size:12px;color:#888888")
    body = newsletter(note)["body"]
    assert "Giá mua tại cổng" not in body
    assert body.endswith(TEXT[2])


def test_a_builder_s_text_box_under_its_image_box_is_the_caption_and_the_signature_closes() -> None:
    """A landing page builder sets the text in a text box, the picture in an image box after it
    and a one-line text box of the same class under the picture: that line is the picture's
    caption, not the text carried on, so the right-aligned bold desk closing the text box is
    its last line and signs it."""
    page = InventedArticle("https://quy.example.org/gop-cay-dat-mui/", TITLE, NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    caption = "Trồng đước trên bãi bồi sau kè mềm, tháng 8/2026."
    record = page.record(
        f"<div class='lp-pom-root'><div class='lp-element lp-pom-text'><h1>{TITLE}</h1></div>"
        "<div class='lp-element lp-pom-block'><div class='lp-element lp-pom-text nlh'>"
        f"{text}<p style='text-align:right;'><strong>Ban điều phối Quỹ Rừng Mũi</strong></p></div>"
        "<div class='lp-element lp-pom-image'><div class='lp-pom-image-container'>"
        "<img src='//quy.example.org/anh/trong-duoc.jpg' alt='Trồng đước'></div></div>"
        "<div class='lp-element lp-pom-text nlh'><p><span style='font-size:13px'>"
        f"{caption}</span></p></div></div></div>"
    )
    assert record["body"] == "\n\n".join(TEXT)
    assert record["images"] == [
        {"url": "https://quy.example.org/anh/trong-duoc.jpg", "caption": caption}
    ]
    assert record["byline"] == "Ban điều phối Quỹ Rừng Mũi"
