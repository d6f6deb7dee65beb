"""Text boundaries the generic extractor learnt from the eighty-third holdout set's labour export
and remittance pages: a wiki's edit control printed beside its heading."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://langxa.example.org/wiki/Lao_dong_nuoc_ngoai_2026"
TITLE = "Lao động ở nước ngoài của làng năm 2026"
FIRST = "Tính đến cuối tháng 11, làng có 812 người đang làm việc ở nước ngoài."
SECOND = "Lượng tiền gửi về qua các ngân hàng trong 11 tháng ước đạt 265 tỷ đồng."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def test_a_wiki_s_edit_control_beside_its_heading_is_no_text() -> None:
    """MediaWiki 1.43's heading markup: the `<h2>` in a `mw-heading` block with the control to
    edit its section after it, outside the heading (`<span class="mw-editsection">[<a
    href="…&action=edit&section=1">sửa mã nguồn</a>]</span>`): a tool for the page's editors,
    so the sub-heading is its own words alone."""
    heading = (
        "<div class='mw-heading mw-heading2'><h2 id='Thi_truong'>Thị trường</h2>"
        "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
        "<a href='/w/index.php?title=Lao_dong_nuoc_ngoai_2026&amp;action=edit&amp;section=1'>"
        "<span>sửa mã nguồn</span></a><span class='mw-editsection-bracket'>]</span></span></div>"
    )
    body = ARTICLE.record(ARTICLE.between(heading))["body"]
    assert body == "\n\n".join((FIRST, "Thị trường", SECOND))
