"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-third holdout set's copies and re-presentations of articles (an aggregator's import, an
exchange reprint, an AMP cache copy, a social network's post, an app's share page, a
newsstand's text view, language editions, a photo service, a PDF landing page, a channel's copy
and a research institute's translation)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/tieng-jrai/kophe-pla-phrao-318402.html"
TITLE = "Ană plei hrưn đĭ hơdip hăng kơphê pla phrâo"
FIRST = "Mơ\u0306ng thun 2024, să pơtô brơi ană plei pla phrâo kơphê hăng hơdră phrâo, yua ia."
SECOND = "Amai H'Lơn, amăng plei Dơ\u0306ng, brơi thâo: sang anŏ ñu pla phrâo 2 ha kơphê."
THIRD = "Amăng thun 2027, să či djru pla phrâo dơ\u0306ng 300 ha kơphê kơ ană plei."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_breve_no_letter_precomposes_stays_on_its_letter() -> None:
    """Jrai (as Ê Đê and Bahnar) writes `ơ̆` as ơ and a combining breve: no precomposed form
    exists, so NFC leaves the breve apart; it is the letter's mark, not stray junk."""
    assert ARTICLE.record(ARTICLE.between(""))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_line_linking_to_a_recording_s_file_is_no_text() -> None:
    """`<div class="listen-box"><p>🎧 Hmư: <a href="….mp3">Ƀuh tơlơi pơhiăp 04/12/2026</a>
    (6 phút)</p></div>` between paragraphs: the box offering the news read aloud, its label,
    the recording's title and length, is no line of the text."""
    box = (
        "<div class='listen-box'><p>🎧 Hmư bơni hăng tơlơi Jrai: <a href='/podcast/jrai-04-12-"
        "2026.mp3'>Ƀuh tơlơi pơhiăp 04/12/2026</a> (6 phút)</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))
