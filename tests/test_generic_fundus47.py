"""Where the article's text starts and ends on pages in other languages, written from the
families of fundus's second half of publishers (a later round): quotes displayed among the
paragraphs with their speakers. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_fundus_bodies import HAFEN, HAFEN_URL, NOW


def text(inside: str) -> list[str]:
    """The body read from a page without metadata around `inside`."""
    html = (
        "<html lang='de'><head><title>Nachtfähre</title></head><body><main><article>"
        f"<h1>Nachtfähre fährt das ganze Jahr</h1>{inside}</article></main></body></html>"
    )
    return extract_record(html, HAFEN_URL, NOW)["body"].split("\n\n")


def lines(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


QUOTE = "„Ohne die Nachtfähre wäre der Hafen nach Mitternacht tot.“"


def quote_box(portrait: str, speaker: str) -> str:
    return f"<div class='box'><blockquote>{QUOTE}</blockquote>{portrait}<p>{speaker}</p></div>"


PORTRAIT = "<div class='pic'><figure><img src='/bilder/berg.jpg' alt=''></figure></div>"
SPEAKER = "<strong>Anna Berg</strong>, Sprecherin der Hafenverwaltung Nordstadt"


def test_a_quote_shown_with_its_speakers_portrait_and_name_is_not_body() -> None:
    """A quote in a box of its own between the paragraphs, with the speaker's portrait and a
    line naming her (`Anna Berg, Sprecherin …`), shows one line of the article again."""
    inside = lines(HAFEN[:2]) + quote_box(PORTRAIT, SPEAKER) + lines(HAFEN[2:])
    assert text(f"<div class='story'>{inside}</div>") == HAFEN


def test_a_quote_credited_without_a_portrait_stays_body() -> None:
    """Without a portrait, a quote and its credit in a box are a passage the text quotes."""
    inside = lines(HAFEN[:2]) + quote_box("", SPEAKER) + lines(HAFEN[2:])
    assert text(f"<div class='story'>{inside}</div>") == [
        *HAFEN[:2],
        QUOTE,
        "Anna Berg, Sprecherin der Hafenverwaltung Nordstadt",
        *HAFEN[2:],
    ]


def footed_quote(footer: str) -> str:
    return (
        f"<div class='zitat'><blockquote><p>{QUOTE}</p><footer>{footer}</footer></blockquote></div>"
    )


def test_a_quote_with_its_speaker_in_its_footer_is_not_body() -> None:
    """A short quote whose own footer names its speaker (`<footer><cite>Anna Berg</cite>
    </footer>`) is displayed between the paragraphs, one line of the article shown again."""
    inside = lines(HAFEN[:2]) + footed_quote("<cite>Anna Berg</cite>") + lines(HAFEN[2:])
    assert text(f"<div class='story'>{inside}</div>") == HAFEN


def test_a_quote_whose_footer_says_where_it_comes_from_stays_body() -> None:
    """A footer that is a sentence (where the words were said) credits a quoted passage: the
    quote is the text's."""
    source = "Das sagte Anna Berg am Montag vor dem Stadtrat."
    inside = lines(HAFEN[:2]) + footed_quote(source) + lines(HAFEN[2:])
    assert text(f"<div class='story'>{inside}</div>") == [*HAFEN[:2], QUOTE, *HAFEN[2:]]
