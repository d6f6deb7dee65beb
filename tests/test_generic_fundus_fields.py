"""Publish times and bylines on pages in other languages, written from the families of fundus's
publishers: where the byline is typed into the text, and which offset a time written without
one is in. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://news.example.com/2026/03/harbour-ferry"
TEXT = [
    "The harbour board agreed on Monday to run the night ferry all year round, after a winter"
    " trial carried almost twice as many passengers as the operator had hoped for.",
    "Tickets will keep their price until the autumn, a spokesman for the board said, and the"
    " last boat will leave the old pier at half past midnight on every day of the week.",
    "Dock workers welcomed the decision but asked for a second crew, saying that the boat"
    " had been running late on most Friday nights since the trial began in December.",
]


def page(inside: str, head: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Night ferry</title>{head}</head><body>"
        "<div class='page'><article><h1>Night ferry to run all year</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )


def text(opening: str) -> str:
    return opening + "".join(f"<p>{t}</p>" for t in TEXT)


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("<p><strong>Amelia Cartwright</strong></p>", ["Amelia Cartwright"]),
        (
            "<p>&nbsp;</p><p><b>Amelia Cartwright/Thabo Molefe</b></p>",
            ["Amelia Cartwright", "Thabo Molefe"],
        ),
    ],
)
def test_full_names_in_bold_opening_the_text_are_the_byline(
    opening: str, authors: list[str]
) -> None:
    record = extract_record(page(text(opening)), URL, NOW)
    assert record["authors"] == authors
    assert record["body"] == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "opening",
    [
        "<p><strong>Update</strong></p>",  # one word: a label, not a name
        "<p><strong>J. Cartwright</strong></p>",  # initials
        "<p><strong>Harbour news, in brief and in full</strong></p>",
    ],
)
def test_a_bold_opening_line_that_is_not_full_names_stays_in_the_text(opening: str) -> None:
    record = extract_record(page(text(opening)), URL, NOW)
    assert record["authors"] == []


@pytest.mark.parametrize(
    ("head", "published_at"),
    [
        ("<meta name='date' content='2026-03-05T18:11:01+02:00'>", "2026-03-05T18:11:01+02:00"),
        ("<meta name='DC.Date' content='2026-03-05T18:11+01:00'>", "2026-03-05T18:11:01+01:00"),
        ("", "2026-03-05T18:11:01"),  # no offset stated anywhere: none invented
    ],
)
def test_a_machine_time_without_offset_takes_the_one_a_dated_meta_tag_states(
    head: str, published_at: str
) -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle",'
        ' "datePublished": "2026-03-05 18:11:01.0"}</script>'
    )
    record = extract_record(page(text(""), head + ld, lang="de"), URL, NOW)
    assert record["published_at"] == published_at


@pytest.mark.parametrize(
    ("line", "lang", "authors"),
    [
        (
            "<ul class='credits'><li><span>von</span> <span>Marta Beispiel</span></li></ul>",
            "de",
            ["Marta Beispiel"],
        ),
        (
            "<p class='info'><span>By</span> <a>Amelia Cartwright</a></p>",
            "en",
            ["Amelia Cartwright"],
        ),
        ("<p class='info'><b>Ferry</b> <span>by</span> <b>Night</b></p>", "en", []),
    ],
)
def test_a_by_word_in_an_element_of_its_own_opens_the_byline_beside_it(
    line: str, lang: str, authors: list[str]
) -> None:
    html = (
        f"<html lang='{lang}'><head><title>Night ferry</title></head><body>"
        f"<div class='page'><article><h1>Night ferry to run all year</h1>{line}"
        f"<div class='story'>{text('')}</div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["authors"] == authors


CARDS = (
    "<section class='popular'><h2>Popular</h2><ol>"
    "<li><div class='card'><h3><a href='/article/tram-fares/'>Tram fares to fall</a></h3>"
    "<p><a href='/authors/joan-walker/'>Joan Walker</a></p></div></li>"
    "<li><div class='card'><h3><a href='/article/bridge-works/'>Bridge works end</a></h3>"
    "<p><a href='/authors/omar-haddad/'>Omar Haddad</a></p></div></li></ol></section>"
)


def test_author_links_in_other_articles_cards_are_not_the_byline() -> None:
    byline = (
        "<div class='article-title__authors'>"
        "<a href='/authors/amelia-cartwright/'>Amelia Cartwright</a></div>"
    )
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'><article>"
        f"<header><h1>Night ferry to run all year</h1>{byline}</header>"
        f"<div class='story'>{text('')}{CARDS}</div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["authors"] == ["Amelia Cartwright"]


def test_an_author_link_under_a_heading_of_its_own_article_is_the_byline() -> None:
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'><article>"
        "<div class='head'><h1>Night ferry to run all year</h1>"
        "<h2><a href='#comments'>12 comments</a></h2>"
        "<p><a href='/authors/amelia-cartwright/'>Amelia Cartwright</a></p></div>"
        f"<div class='story'>{text('')}</div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["authors"] == ["Amelia Cartwright"]


@pytest.mark.parametrize(
    ("line", "published_at"),
    [
        ("erstellt: <strong>01. April 2025, 15:25</strong>", "2025-04-01T15:25:00"),
        ("Publisert 3. March 2025", "2025-03-03T00:00:00"),
    ],
)
def test_a_day_with_an_ordinal_dot_before_a_month_name_is_read(
    line: str, published_at: str
) -> None:
    html = (
        "<html lang='de'><head><title>Night ferry</title></head><body><div class='page'><article>"
        f"<h1>Night ferry to run all year</h1><span class='meta_date'>{line}</span>"
        f"<div class='story'>{text('')}</div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["published_at"] == published_at


def test_a_line_beside_a_picture_repeating_its_alt_text_is_its_caption_not_a_date_line() -> None:
    picture = (
        "<div class='picBox'>"
        "<img src='/img/pier.jpg' alt='The old pier at dawn, 24. February 2026'>"
        "<p>The old pier at dawn, 24. February 2026</p></div>"
    )
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'><article>"
        f"<h1>Night ferry to run all year</h1>{picture}<div class='story'>{text('')}</div>"
        "<p class='date'>Date 02.03.2026</p></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["published_at"] == "2026-03-02T00:00:00"


@pytest.mark.parametrize(
    ("head_line", "authors"),
    [
        ("<p class='byline'>Amelia Cartwright</p>", ["Amelia Cartwright"]),
        ("", []),
    ],
)
def test_an_author_link_an_editors_label_opens_is_not_the_byline(
    head_line: str, authors: list[str]
) -> None:
    """The editor's credit under the text, linking the editor's page with the author's class
    (`Editor : <a class="author">…</a>`), where the metadata names the editor as the author:
    the editor edited the text, and the writer is the one the page prints elsewhere, or no
    one."""
    credit = (
        "<div class='info-author'>Editor : <a class='author'"
        " href='/author/12/thabo-molefe'>Thabo Molefe</a></div>"
    )
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle",'
        ' "headline": "Night ferry to run all year",'
        ' "author": {"@type": "Person", "name": "Thabo Molefe"}}</script>'
    )
    record = extract_record(page(head_line + text("") + credit, ld), URL, NOW)
    assert record["authors"] == authors


def test_a_writer_the_metadata_names_who_also_took_the_pictures_is_the_byline() -> None:
    """The metadata's author, printed by the headline and again under each picture as its
    photographer (`Image: …`): the writer who took the pictures too, not someone credited
    only in another role."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle",'
        ' "headline": "Night ferry to run all year",'
        ' "author": {"@type": "Person", "name": "Thabo Molefe"}}</script>'
    )
    html = (
        f"<html lang='en'><head><title>Night ferry</title>{ld}</head><body><div class='page'>"
        "<article><div class='titles'><h1>Night ferry to run all year</h1><div class='attr'>"
        "Thabo Molefe<span>|</span><span>Published <time>2 days ago</time></span></div></div>"
        f"<div class='story'><p>{TEXT[0]}</p><div class='pic'><img src='/img/ferry.jpg'"
        " alt=''><p>Image: Thabo Molefe</p></div>"
        f"<p>{TEXT[1]}</p><p>{TEXT[2]}</p></div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["authors"] == ["Thabo Molefe"]


def test_bold_names_under_a_deck_of_italic_lines_are_the_byline() -> None:
    """Full names in bold under the deck's short lines in italics that open the text (`…as the
    trial runs past its winter`): the byline, as when they open the text themselves."""
    opening = (
        "<p><em>…as the ferry trial runs </em><em>past its winter</em></p>"
        "<p><em>…dock workers ask for a second crew</em></p>"
        "<p><strong>Amelia Cartwright/Thabo Molefe</strong></p>"
    )
    record = extract_record(page(text(opening)), URL, NOW)
    assert record["authors"] == ["Amelia Cartwright", "Thabo Molefe"]
    assert record["body"] == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    ("line", "menu", "authors"),
    [
        (
            "<span>Amelia Cartwright &nbsp;|</span><span>05.03.2026 - Updated 06.03.2026</span>",
            "",
            ["Amelia Cartwright"],
        ),
        ("<span>Amelia Cartwright</span> | <span>05.03.2026</span>", "", ["Amelia Cartwright"]),
        ("<span>New York - </span><span>05.03.2026</span>", "", []),  # a place before a dash
        (  # a section the menu links to
            "<span>Local Politics |</span><span>05.03.2026</span>",
            "<nav><a href='/local-politics/'>Local Politics</a></nav>",
            [],
        ),
    ],
)
def test_a_name_before_a_bar_and_the_publish_date_is_the_byline(
    line: str, menu: str, authors: list[str]
) -> None:
    """A name opening the publish line under the headline, a bar between it and the date
    (`<span>Jane Doe |</span><span>05.04.2025</span>`), on a page in another language than
    Vietnamese."""
    html = (
        f"<html lang='tr'><head><title>Night ferry</title></head><body>{menu}<div class='page'>"
        "<article><div class='head'><h1>Night ferry to run all year</h1>"
        f"<h4>The board says the night ferry runs all year.</h4><div class='row'>{line}</div>"
        f"</div><div class='story'>{text('')}</div></article></div></body></html>"
    )
    assert extract_record(html, URL, NOW)["authors"] == authors


def _writer_box(name: str) -> str:
    slug = name.lower().replace(" ", "-")
    return f"<div class='author'><a href='/authors/{slug}/'>{name}</a></div>"


def test_linked_author_boxes_side_by_side_are_all_the_writers() -> None:
    """A byline printing one box for each writer side by side, each linking to its writer's
    page: every writer, though the JSON-LD names the first one alone."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Night'
        ' ferry to run all year", "author": {"@type": "Person", "name": "Amelia'
        ' Cartwright"}}</script>'
    )
    byline = (
        "<div class='byline'><span class='label'>By</span>"
        + _writer_box("Amelia Cartwright")
        + _writer_box("Thabo Molefe")
        + _writer_box("Ines Okafor")
        + "</div>"
    )
    record = extract_record(page(text(""), ld).replace("</h1>", "</h1>" + byline), URL, NOW)
    assert record["authors"] == ["Amelia Cartwright", "Thabo Molefe", "Ines Okafor"]
