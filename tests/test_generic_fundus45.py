"""Where the article's text starts and ends on pages in other languages, written from the
families of fundus's second half of publishers: what a page embeds into the text besides the
article. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
HARBOUR_URL = "https://news.example.com/2026/03/harbour-ferry"
HARBOUR = [
    "The harbour board agreed on Monday to run the night ferry all year round, after a winter"
    " trial carried almost twice as many passengers as the operator had hoped for.",
    "Tickets will keep their price until the autumn, a spokesman for the board said, and the"
    " last boat will leave the old pier at half past midnight on every day of the week.",
    "Dock workers welcomed the decision but asked for a second crew, saying that the boat"
    " had been running late on most Friday nights since the trial began in December.",
    "The board will look at the figures again in October, when the first winter timetable"
    " is due to be printed and the operator has to order fuel for the cold months.",
]
HAFEN_URL = "https://nachrichten.example.de/2026/03/nachtfaehre"
HAFEN = [
    "Die Hafenverwaltung hat am Montag beschlossen, die Nachtfähre das ganze Jahr über fahren"
    " zu lassen, nachdem im Winter fast doppelt so viele Fahrgäste mitfuhren wie erwartet.",
    "Die Fahrkarten sollen bis zum Herbst nicht teurer werden, sagte ein Sprecher, und das"
    " letzte Boot verlässt den alten Anleger an jedem Tag der Woche um halb eins.",
    "Die Hafenarbeiter begrüßten den Beschluss, verlangten aber eine zweite Besatzung, weil"
    " das Boot seit Dezember an den meisten Freitagabenden verspätet gewesen sei.",
    "Im Oktober will die Verwaltung die Zahlen erneut prüfen, wenn der erste Winterfahrplan"
    " gedruckt wird und der Betreiber den Treibstoff für die kalten Monate bestellen muss.",
]


def body(inside: str, url: str = HARBOUR_URL, lang: str = "en") -> list[str]:
    html = (
        f"<html lang='{lang}'><head><title>Night ferry</title></head><body>"
        "<div class='page'><article><h1>Night ferry to run all year</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )
    return extract_record(html, url, NOW)["body"].split("\n\n")


def paragraphs(texts: list[str], after: int, line: str) -> str:
    """The texts as paragraphs, with `line` after the one at index `after`."""
    return "".join(f"<p>{t}</p>" + (line if i == after else "") for i, t in enumerate(texts))


POST = (
    "<p>Night ferry leaves the old pier on time for the first time this week! Well done crew"
    " <a href='https://twitter.com/hashtag/ferry'>#ferry</a></p>"
)


@pytest.mark.parametrize(
    "embed",
    [
        f"<blockquote>{POST}&mdash; Pier Watch (@pierwatch) <a"
        " href='https://twitter.com/pierwatch/status/1783610777993138196'>March 2, 2026</a>"
        "</blockquote>",
        f"<blockquote>{POST}<p>— Pier Watch (@pierwatch) <a"
        " href='https://x.com/pierwatch/status/2078426619958501377?ref_src=twsrc'>March 2,"
        " 2026</a></p></blockquote>",
    ],
)
def test_a_microblog_post_embedded_without_its_class_is_not_body(embed: str) -> None:
    """A post's embed code printed bare (no `twitter-tweet` class to tell it by): its text
    and the line signing it with a dash and linking the post are someone else's words."""
    assert body(paragraphs(HARBOUR, 1, embed)) == HARBOUR


@pytest.mark.parametrize("classed", [" class='twitter-tweet'", ""])
def test_the_line_naming_a_recording_over_an_embedded_post_is_not_body(classed: str) -> None:
    """`Watch: …` right over a post that shows a recording is the embed's title, gone with
    it."""
    embed = (
        "<p><strong>Watch: Passengers queue for the last boat at midnight.</strong></p>"
        f"<blockquote{classed}>{POST}<p>— Pier Watch (@pierwatch) <a"
        " href='https://twitter.com/pierwatch/status/1783610777993138196'>March 2, 2026</a>"
        "</p></blockquote>"
    )
    assert body(paragraphs(HARBOUR, 1, embed)) == HARBOUR


def test_a_quote_linking_a_post_unsigned_stays_body() -> None:
    """A quote in the text that links a post but is not signed as its embed is the
    article's."""
    quote = (
        "<blockquote><p>“We run the boat every night,” the operator <a"
        " href='https://twitter.com/ferryco/status/1783610777993138196'>wrote</a>.</p>"
        "</blockquote>"
    )
    assert body(paragraphs(HARBOUR, 1, quote)) == [
        *HARBOUR[:2],
        "“We run the boat every night,” the operator wrote.",
        *HARBOUR[2:],
    ]


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


RETOLD = (
    "„Das Boot war an den meisten Freitagabenden verspätet, und eine zweite Besatzung würde"
    " das ändern“, sagte die Betriebsrätin Anna Berg am Montag."
)


@pytest.mark.parametrize(
    "quote",
    [
        # the text's words with one dropped (`würde`) and one changed (`ändert`)
        "Das Boot war an den meisten Freitagabenden verspätet, und eine zweite Besatzung"
        " ändert das.",
        # word for word
        "Das Boot war an den meisten Freitagabenden verspätet.",
    ],
)
def test_a_pull_quote_and_its_speaker_are_not_body(quote: str) -> None:
    """A quote set apart between paragraphs that the text tells again, word for word or
    nearly, is a pull quote: it and the line under it naming the speaker go."""
    line = f"<blockquote>{quote}</blockquote><p>Anna Berg, Betriebsrätin der Fährgesellschaft</p>"
    texts = [*HAFEN[:2], RETOLD, *HAFEN[2:]]
    assert body(paragraphs(texts, 1, line), HAFEN_URL, "de") == texts


def test_a_quote_the_text_does_not_tell_again_keeps_its_speaker() -> None:
    """A quote in the text that the text does not repeat is a passage it quotes, credited."""
    quote = "Wir fahren jede Nacht, bei jedem Wetter und an jedem Tag des ganzen Jahres."
    line = f"<blockquote>{quote}</blockquote><p>Anna Berg, Betriebsrätin der Fährgesellschaft</p>"
    texts = [*HAFEN[:2], RETOLD, *HAFEN[2:]]
    assert body(paragraphs(texts, 1, line), HAFEN_URL, "de") == [
        *texts[:2],
        quote,
        "Anna Berg, Betriebsrätin der Fährgesellschaft",
        *texts[2:],
    ]


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
