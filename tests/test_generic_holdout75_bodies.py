"""Rules the generic extractor learnt for bodies from the seventy-fifth holdout set's energy,
electricity and fuel pages on shops' blogs and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://gasdonganh.example.vn/blog/gia-gas-thang-12"
TITLE = "Giá gas bán lẻ tháng 12 giảm 9.000 đồng mỗi bình 12 kg"
FIRST = "Từ 0 giờ ngày 01/12/2026, giá gas bán lẻ tại cửa hàng giảm 9.000 đồng mỗi bình 12 kg."
SECOND = "Cửa hàng vẫn giao miễn phí trong bán kính 4 km, trung bình 30 phút sau khi đặt."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def test_a_line_naming_the_table_s_unit_under_it_is_no_text() -> None:
    """`<p><em>Giá đã gồm VAT, đơn vị: đồng/bình.</em></p>` right under a price table says what
    its figures count: the table's note, no paragraph of the text."""
    table = (
        "<table><tr><th>Loại bình</th><th>Tháng 11</th><th>Tháng 12</th></tr>"
        "<tr><td>Bình 12 kg</td><td>455.000</td><td>446.000</td></tr>"
        "<tr><td>Bình 45 kg</td><td>1.745.000</td><td>1.711.000</td></tr></table>"
        "<p><em>Giá đã gồm VAT, đơn vị: đồng/bình.</em></p>"
    )
    body = ARTICLE.record(ARTICLE.between(table))["body"]
    assert body == "\n\n".join(
        (
            FIRST,
            "Loại bình | Tháng 11 | Tháng 12",
            "Bình 12 kg | 455.000 | 446.000",
            "Bình 45 kg | 1.745.000 | 1.711.000",
            SECOND,
        )
    )


def test_a_closing_line_asking_views_for_the_programme_is_no_text() -> None:
    """A station's episode on a podcast host closes with `Gửi ý kiến cho chương trình qua email
    …@… hoặc gọi …`: the programme's contact line, though its mailbox is at the station's
    domain, not the host's, and mid-sentence; the credits over it sign the episode."""
    episode = InventedArticle(
        "https://creators.podhost.com/show/dai-dong-nai/tap-12", TITLE, NOW, (FIRST, SECOND)
    )
    closing = (
        "<p>Thực hiện: Lâm Thu Trang. Kỹ thuật: Hồ Văn Sang.</p>"
        "<p>Gửi ý kiến cho chương trình qua email podcast@daidongnai.vn hoặc gọi "
        "0251 3 822 000 (từ 8:00 đến 17:00 các ngày trong tuần).</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND))
    page = (
        f"<article><h1>{TITLE}</h1><div class='episode-description'>{text}{closing}</div></article>"
    )
    record = episode.record(page)
    assert (record["body"], record["byline"]) == (f"{FIRST}\n\n{SECOND}", "Lâm Thu Trang")
