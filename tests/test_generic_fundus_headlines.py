"""The headline on pages in other languages, written from the families of fundus's publishers:
which of the titles a page prints and files is the article's own. Each on invented pages, read
as a page without a profile is."""

from __future__ import annotations

import json

from pipelines.normalize import extract_record
from tests.test_generic_fundus_bodies import HAFEN, HAFEN_URL, HARBOUR, HARBOUR_URL, NOW

FILED = "Nachtfähre: So will der Hafen den Winterfahrplan retten"
CARD = "Statt Winterpause: Die Nachtfähre fährt künftig das ganze Jahr"


def page(crumb: str, header: str) -> str:
    """A page whose breadcrumb trail ends in an `<h1>` with the title it is filed under (also
    the `<title>`'s and JSON-LD's), the social card saying `CARD`, and `header` over the text."""
    ld = {"@type": "NewsArticle", "headline": FILED}
    text = "".join(f"<p>{t}</p>" for t in HAFEN)
    return (
        f"<html lang='de'><head><title>{FILED} | Hafenblatt</title>"
        f"<meta property='og:title' content='{CARD}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        "<main><article><ul class='breadcrumb'><li class='breadcrumb__item'>"
        "<a href='/'>Start</a></li><li class='breadcrumb__item'><a href='/hafen'>Hafen</a></li>"
        f"<li class='breadcrumb__item'><h1 class='breadcrumb__headline'>{crumb}</h1></li></ul>"
        f"<header>{header}</header><div class='article__body'>{text}</div>"
        "</article></main></body></html>"
    )


def test_the_article_header_s_headline_wins_over_an_h1_in_the_breadcrumb() -> None:
    header = (
        "<h2 class='title__heading'><span class='title__kicker'>Hafenverwaltung</span>"
        f" <span class='title__headline'>{CARD}</span></h2>"
    )
    assert extract_record(page(FILED, header), HAFEN_URL, NOW)["headline"] == CARD


def test_an_h1_in_the_breadcrumb_is_the_headline_when_nothing_else_prints_a_title() -> None:
    header = "<p class='title__kicker'>Hafenverwaltung</p>"
    assert extract_record(page(FILED, header), HAFEN_URL, NOW)["headline"] == FILED


def test_without_a_visible_headline_the_wording_three_titles_agree_on_wins_over_the_card() -> None:
    filed = "Night ferry to run all year after winter trial doubles passenger numbers"
    ld = {"@type": "NewsArticle", "headline": filed}
    text = "".join(f"<p>{t}</p>" for t in HARBOUR)
    html = (
        f"<html lang='en'><head><title>{filed} | Harbour News</title>"
        "<meta property='og:title' content='The night ferry is here to stay'>"
        f"<meta name='twitter:title' content='{filed}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        f"<main><article><div class='story'>{text}</div></article></main></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["headline"] == filed


def article(head: str, header: str, text: list[str] = HAFEN) -> str:
    """A page with `head`'s metadata, `header` over the text and `text` as its paragraphs."""
    body = "".join(f"<p>{t}</p>" for t in text)
    return (
        f"<html lang='de'><head>{head}</head><body><main><article><header>{header}</header>"
        f"<div class='article__body'>{body}</div></article></main></body></html>"
    )


def titles(card: str, filed: str) -> str:
    """The social card saying `card`; JSON-LD, the `<title>` and twitter:title saying `filed`."""
    ld = json.dumps({"@type": "NewsArticle", "headline": filed})
    return (
        f"<title>{filed} | Hafenblatt</title><meta property='og:title' content='{card}'>"
        f"<meta name='twitter:title' content='{filed}'>"
        f"<script type='application/ld+json'>{ld}</script>"
    )


def test_an_overline_over_the_title_is_no_part_of_it_when_the_titles_print_another() -> None:
    quote = "«Wir hatten Glück mit dem Wetter»"
    filed = f"Nachtfähre im Winter: {quote}"
    header = (
        "<h1 class='article-title'><span class='article-title__overline'>Hafenverwaltung</span>"
        f"<span class='visually-hidden'> - </span><span class='article-title__text'>{quote}</span>"
        "</h1>"
    )
    html = article(titles(filed, filed), header)
    assert extract_record(html, HAFEN_URL, NOW)["headline"] == quote
    # the titles print the same overline: it is the headline's kicker, and stays
    same = f"Hafenverwaltung: {quote}"
    html = article(titles(same, same), header)
    assert extract_record(html, HAFEN_URL, NOW)["headline"] == same


def test_under_a_live_flag_the_headline_is_the_publisher_s_standing_title() -> None:
    latest = "Fähre fällt wegen Sturm aus +++ Hafen sperrt die Mole"
    standing = "Sturm an der Küste: Alle Entwicklungen im Überblick"
    header = f"<div class='flag flag--live'><span>Live</span></div><h1>{latest}</h1>"
    html = article(titles("Sturm an der Küste: aktuelle Entwicklungen", standing), header)
    assert extract_record(html, HAFEN_URL, NOW)["headline"] == standing
    # a flag that says something else leaves the printed headline
    header = f"<div class='flag'><span>Exklusiv</span></div><h1>{latest}</h1>"
    html = article(titles("Sturm an der Küste: aktuelle Entwicklungen", standing), header)
    assert extract_record(html, HAFEN_URL, NOW)["headline"] == latest
