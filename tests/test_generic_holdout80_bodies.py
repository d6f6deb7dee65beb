"""Rules the generic extractor learnt for bodies from the eightieth holdout set's seaport,
airport and logistics pages on wikis, podcast directories and mailings."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://wiki.cangvu.example.vn/index.php/Luong_Soai_Rap/Mon_nuoc_thang_1"
TITLE = "Mớn nước cho tàu vào luồng Soài Rạp tháng 1/2027"
FIRST = "Tàu có mớn nước đến 9,5 m đi luồng Soài Rạp không phụ thuộc thủy triều trong tháng 1/2027."
SECOND = "Tàu từ 9,5 m đến 11 m chỉ được vào khi mực nước tại trạm Vàm Láng đạt từ +2,6 m trở lên."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def test_a_wiki_heading_s_edit_section_link_is_no_text() -> None:
    """A MediaWiki heading closing with `[sửa]`, a link to edit that section
    (`?title=…&action=edit&section=1`) between brackets: a tool for the page's editors, so the
    sub-heading is its own words alone."""
    heading = (
        "<h2><span class='mw-headline' id='Thu_tuc'>Thủ tục</span>"
        "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
        "<a href='/index.php?title=Luong_Soai_Rap&amp;action=edit&amp;section=1'>sửa</a>"
        "<span class='mw-editsection-bracket'>]</span></span></h2>"
    )
    body = ARTICLE.record(ARTICLE.between(heading))["body"]
    assert body == "\n\n".join((FIRST, "Thủ tục", SECOND))


def test_an_episode_s_chapters_typed_between_line_breaks_are_no_text() -> None:
    """A show's notes: a paragraph of chapters each on a line of its own after a `<br>`, the
    first at `00:00` (`00:00 Mở đầu<br>02:15 Luồng mới sâu bao nhiêu?<br>…`): the recording's
    index, no part of its text, as when middle dots part them."""
    chapters = (
        "<p>00:00 Mở đầu<br>02:15 Luồng mới sâu bao nhiêu?<br>08:40 Doanh nghiệp được gì"
        "<br>14:05 Bến số 4 và năm 2027</p>"
    )
    body = ARTICLE.record(ARTICLE.between(chapters))["body"]
    assert body == "\n\n".join((FIRST, SECOND))


def test_a_programme_s_air_time_under_its_credits_is_no_text() -> None:
    """An episode's notes closing with its credits (`Phóng viên: …<br>Kỹ thuật âm thanh: …`)
    and a plain line of when the programme goes on air (`Chương trình phát lúc 17:30 thứ Năm
    hằng tuần …`): the station's note under the credits, no text, as in italics."""
    episode = InventedArticle("https://podcast.example.fm/episode/luong-soai-rap", TITLE, NOW)
    closing = (
        f"<p>{FIRST}</p><p>{SECOND}</p><p>Phóng viên: Hồ Văn Sơn<br>Kỹ thuật âm thanh: Nguyễn"
        " Đình Khoa</p><p>Chương trình phát lúc 17:30 thứ Năm hằng tuần trên sóng FM 102,7"
        " MHz.</p>"
    )
    page = f"<article><h1>{TITLE}</h1><div class='ep-desc-content'>{closing}</div></article>"
    record = episode.record(page)
    assert (record["body"], record["byline"]) == ("\n\n".join((FIRST, SECOND)), "Hồ Văn Sơn")
