"""Rules the generic extractor learnt for bodies from the fifty-fourth holdout set's weather,
disaster and emergency coverage (a storm's toll updated through the day)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/thoi-su/thien-tai/thiet-hai-do-bao.html"
TITLE = "Cập nhật thiệt hại do bão: hàng trăm nhà tốc mái ở các xã ven biển"
ARTICLE = InventedArticle(URL, TITLE, NOW)
INTRO = "Báo cập nhật liên tục tình hình thiệt hại và công tác khắc phục hậu quả bão trong ngày."
ENTRIES = (
    ("15:20", "Đến 15 giờ, bão làm 2 người bị thương và 640 nhà bị tốc mái ở các xã ven biển."),
    ("12:05", "Lượng mưa từ đêm qua đến trưa nay tại trạm Sơn Hà đạt 240 mm, sông dâng nhanh."),
    ("09:40", "Điện lực tỉnh cho biết 52.000 khách hàng bị mất điện do nhiều cột điện bị gãy."),
)


def test_a_live_page_s_intro_paragraph_over_a_titled_box_opens_its_text() -> None:
    """A running toll's page prints an intro paragraph, then a box its heading titles with a
    table of figures and its own update hour, then the live entries: the entries' feed wins the
    vote, and the intro paragraph over the box still opens the text; the box is none of it."""
    entries = "".join(
        f"<div class='live-item'><span class='live-time'>{clock}</span><p>{text}</p></div>"
        for clock, text in ENTRIES
    )
    page = (
        f"<div id='content'><h1>{TITLE}</h1><div class='body'><p>{INTRO}</p>"
        "<div class='toll-box'><h3>Thiệt hại tổng hợp (cập nhật đến 15 giờ)</h3><table>"
        "<tr><td>Người bị thương</td><td>2</td></tr><tr><td>Nhà tốc mái</td><td>640</td></tr>"
        f"</table></div><div class='live-feed'>{entries}</div></div></div>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(
        [INTRO, *(f"{clock} {text}" for clock, text in ENTRIES)]
    )
