"""Notes around the text that a reader skips, in the wordings of pages outside Vietnam: a call
to comment, an invitation to a messaging channel, a newsletter's promise of the inbox and a note
that software helped write or translate the text. Each on invented pages, read as a page
without a profile is."""

from __future__ import annotations

import pytest

from pipelines.normalize import extract_record
from tests.test_generic_fundus32 import NOW, TEXT, URL


def page(lines: list[str], lang: str = "en") -> str:
    """An article page whose text is `lines`, each a paragraph of its own."""
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html lang='{lang}'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1>"
        f"<div class='story'>{paragraphs}</div></article></main></body></html>"
    )


def body(html: str) -> list[str]:
    return extract_record(html, URL, NOW)["body"].split("\n\n")


@pytest.mark.parametrize(
    "note",
    [
        "What do you think? Tell us in the comments under this story.",
        "Have your say on the dredging plans in the comments section below.",
        "Join our WhatsApp channel for the harbour's news as it happens.",
        "Join us on Telegram: every sailing notice, as soon as it is out.",
        "Get the morning's shipping headlines delivered straight to your inbox.",
    ],
)
def test_an_appeal_closing_the_text_stays_out(note: str) -> None:
    """A call to comment, to join the newsroom's messaging channel or to take its newsletter,
    closing the text, is the site's appeal, not the text's last paragraph."""
    assert body(page([*TEXT, note])) == TEXT


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("This article was translated with the help of AI and checked by an editor.", "en"),
        ("This summary was written using artificial intelligence.", "en"),
        ("Dieser Artikel wurde mit Hilfe von künstlicher Intelligenz übersetzt.", "de"),
        ("Dieser Text wurde mithilfe von KI erstellt und von der Redaktion geprüft.", "de"),
        ("Cet article a été traduit à l'aide de l'intelligence artificielle.", "fr"),
        ("Este artículo ha sido traducido con ayuda de inteligencia artificial.", "es"),
    ],
)
def test_a_note_that_software_wrote_the_text_stays_out(note: str, lang: str) -> None:
    """A note closing the text that it was written or translated with artificial intelligence
    speaks about the text, as a note that it first appeared elsewhere does: no paragraph of
    it."""
    assert body(page([*TEXT, note], lang)) == TEXT


def test_a_paragraph_of_the_text_asking_the_reader_stays_in() -> None:
    """A question to the reader inside the text, with paragraphs of it after, is the text's:
    the calls are dropped only where such notes stand, at its end."""
    asked = "What do you think? The harbour master asked the fishermen that very question."
    lines = [*TEXT[:2], asked, *TEXT[2:]]
    assert body(page(lines)) == lines


FIGURES = (
    "<div class='panel'><div class='panel-head'><p>The channel by numbers</p><span"
    " aria-label='Arrow'></span></div><div class='panel-body'>"
    "<p><strong>1962</strong>: the eastern channel is first dredged</p>"
    "<p><strong>9</strong>: metres a ship may draw at high tide</p>"
    "<p><strong>41%</strong>: of the port's traffic uses the channel</p>"
    "<p><b>2nd:</b> busiest ferry route on the coast</p></div></div>"
)


def test_a_box_of_figures_among_the_text_stays_out() -> None:
    """A box set among the text's paragraphs holding a short title and lines that each open
    with a figure in bold and a colon, none ending a sentence (`… by numbers`), is the figures
    shown apart from the text, not paragraphs of it."""
    html = page([*TEXT[:3], FIGURES, *TEXT[3:]]).replace(f"<p>{FIGURES}</p>", FIGURES)
    assert body(html) == TEXT


def test_lines_of_the_text_opening_with_a_figure_stay_in() -> None:
    """A block of the text under a title of its own whose lines open with a year in bold and
    end their sentences is a chronology the text tells, not a box of figures."""
    told = [
        "1962: the eastern channel was first dredged by the old harbour board.",
        "1987: a storm filled it in again, and the ferries moved west.",
        "2011: the board asked the state for money to dredge it once more.",
    ]
    block = "".join(f"<p><strong>{line[:4]}</strong>{line[4:]}</p>" for line in told)
    html = page([*TEXT[:3], "CUT", *TEXT[3:]]).replace(
        "<p>CUT</p>", f"<div class='part'><p>How the channel silted up</p>{block}</div>"
    )
    assert body(html) == [*TEXT[:3], "How the channel silted up", *told, *TEXT[3:]]
