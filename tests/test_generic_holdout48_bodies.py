"""Rules the generic extractor learnt for the text and the pictures from the forty-eighth
holdout set's carried, syndicated, serial and sponsored pieces."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T09:00:00+07:00")
URL = "https://baomau.example.vn/nong-nghiep/mua-ca-phe-2026.html"
TITLE = "Nông dân phấn khởi vào mùa thu hoạch cà phê"
TEXT = (
    "Những ngày này, trên các rẫy cà phê ở xã Ea Mẫu, không khí thu hoạch diễn ra tất bật.",
    "Nhiều gia đình phải thuê thêm nhân công nhưng vẫn khó tìm người hái, ông Ba cho hay.",
    "Ngành nông nghiệp khuyến cáo nông dân chỉ thu hái quả chín để nâng cao chất lượng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_table_classed_as_a_box_with_its_caption_is_no_text() -> None:
    """A price table classed as a box (`price-box`) opening with its own `<caption>` (the day
    and hour the prices are of) is a box set apart among the paragraphs, not the text."""
    box = (
        "<table class='price-box'><caption>Giá cà phê nhân ngày 05/12/2026 (cập nhật lúc 06:00)"
        "</caption><tr><th>Địa phương</th><th>Giá (đồng/kg)</th></tr>"
        "<tr><td>Đắk Mẫu</td><td>130.800</td></tr><tr><td>Gia Mẫu</td><td>130.500</td></tr>"
        "</table>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join(TEXT)


def test_a_short_quote_classed_as_a_pull_quote_is_no_text() -> None:
    """A `<blockquote class="pull-quote">` repeating a short line of the text (`“Quen rồi cũng
    vui.”`) is a pull quote, however short: the reader meets it once, in its paragraph."""
    text = (*TEXT[:2], "“Quen rồi cũng vui”, ông Ba cười.")
    article = InventedArticle(URL, TITLE, NOW, text)
    quote = "<blockquote class='pull-quote'>“Quen rồi cũng vui.”</blockquote>"
    assert article.record(article.between(quote))["body"] == "\n\n".join(text)
