"""Where the article's text starts and ends on pages in other languages, written from the
families of fundus's second half of publishers: what a page sets into the text besides the
article. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

import pytest

from tests.test_generic_fundus_bodies import HAFEN, HAFEN_URL, body, paragraphs


def test_a_list_of_other_articles_with_a_link_cut_short_is_not_body() -> None:
    """A list of other articles, each a kicker and a link, is no part of the text even when
    an editor's link stops short of its last word's last letter (`… neuen Kra</a>n`)."""
    teasers = (
        "<div><ul><li><strong>Newsblog</strong>: <a href='/nachrichten/hafen/id_1071190/"
        "alle-nachrichten.html'>Alle aktuellen Nachrichten zum Hafen und zur Fähre</a></li>"
        "<li><strong>Neuer Kran im Hafen</strong>: <a href='/nachrichten/id_1068618/kran.html'>"
        "Der Containerhafen bekommt einen neuen Kra</a>n</li></ul></div>"
    )
    assert body(paragraphs(HAFEN, 1, teasers), HAFEN_URL, "de") == HAFEN


@pytest.mark.parametrize(
    "title",
    ["<div>Verwendete Quellen</div>", ""],
)
def test_a_closing_list_of_sources_is_not_body(title: str) -> None:
    """The lists under the text naming its sources, each a site's host and the title read
    there (`faehre.example.com: …`), and their title are the newsroom's reference list."""
    sources = (
        f"{title}<ul><li>Eigene Recherchen</li><li>hafen.example.de: Der Winterfahrplan der"
        " Nachtfähre</li></ul><ul><li>ferry.example.com: Night ferry figures for the winter"
        " (Englisch)</li></ul>"
    )
    assert body(paragraphs(HAFEN, 3, sources), HAFEN_URL, "de") == HAFEN


def test_a_closing_list_naming_sites_among_others_stays_body() -> None:
    """A closing list of the text's own points, one of which names a site, is the text's."""
    points = [
        "Die Fahrpläne für den Winter liegen ab Oktober im Hafenbüro am alten Anleger aus.",
        "fahrplan.example.de: Dort stehen alle Abfahrtszeiten der Nachtfähre für das Jahr.",
        "Die Fahrkarten gibt es an Bord und in den Automaten an beiden Anlegern der Fähre.",
    ]
    items = "".join(f"<li>{point}</li>" for point in points)
    assert body(paragraphs(HAFEN, 3, f"<ul>{items}</ul>"), HAFEN_URL, "de") == [*HAFEN, *points]


@pytest.mark.parametrize("ellipsis", ["...", "…"])
def test_a_profile_folded_under_a_name_is_not_body(ellipsis: str) -> None:
    """A name closed by an ellipsis over a line carrying on from it (`Anna Berg ...` /
    `... ist Betriebsrätin …`) is who someone quoted is, folded under her name: no text."""
    profile = (
        f"<h3><button aria-expanded='true'><span>Anna Berg {ellipsis}</span></button></h3>"
        f"<p>{ellipsis} ist Betriebsrätin der Fährgesellschaft. Sie fährt seit 1998 zur See und"
        " war zehn Jahre lang Kapitänin auf der Linie nach Helgoland.</p>"
    )
    assert body(paragraphs(HAFEN, 1, profile), HAFEN_URL, "de") == HAFEN
