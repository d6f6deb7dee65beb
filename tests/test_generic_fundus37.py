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
