"""Traits any site's article page may have, found where the generic extractor missed on pages
in other languages: what the page prints inside its text that is not the article. Each on
invented pages, read as a page without a profile is."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-04-02T00:00:00+07:00")
ORCHARD_URL = "https://news.example.org/2026/04/orchard-frost"
ORCHARD = [
    "Growers in the upper valley lost most of their cherry blossom on Tuesday night, when the"
    " temperature fell to four degrees below freezing for almost five hours.",
    "The cooperative said its members had lit fires between the rows until the early morning,"
    " but that the wind had carried the warm air away from the lower terraces.",
    "An insurer's assessor is due to visit the worst hit farms next week, and the regional"
    " council has promised to decide on emergency help before the end of the month.",
    "Older growers said they could not remember a frost so late in the spring, and several"
    " asked whether the valley should plant later kinds of cherry in the years to come.",
]


def body(inside: str, url: str = ORCHARD_URL, lang: str = "en") -> list[str]:
    html = (
        f"<html lang='{lang}'><head><title>Late frost</title></head><body>"
        "<div class='page'><article><h1>Late frost hits valley orchards</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )
    return extract_record(html, url, NOW)["body"].split("\n\n")


def test_the_last_block_of_a_split_text_marked_as_a_variant_is_read() -> None:
    """A text split into blocks around a box of other articles, its last block marked as a
    variant of the others by a BEM modifier (`rich-text--last`), goes on in that block."""
    related = (
        "<section class='more'><span>More on this</span><ul>"
        + "".join(
            f"<li><a href='https://news.example.org/2026/03/story-{i}'><span>Another story"
            f" from the valley, number {i}</span></a></li>"
            for i in range(1, 5)
        )
        + "</ul></section>"
    )

    def block(text: str, modifier: str = "") -> str:
        return f"<div class='slot'><div class='rich-text{modifier} wide'><p>{text}</p></div></div>"

    inside = "".join(map(block, ORCHARD[:3])) + related + block(ORCHARD[3], " rich-text--last")
    assert body(inside) == ORCHARD


def authors(line: str) -> list[str]:
    """The authors of an article whose `line` stands between its headline and its text."""
    html = (
        "<html lang='en'><head><title>Late frost</title></head><body><div class='page'>"
        f"<article><h1>Late frost hits valley orchards</h1>{line}<div class='story'>"
        + "".join(f"<p>{t}</p>" for t in ORCHARD)
        + "</div></article></div></body></html>"
    )
    return extract_record(html, ORCHARD_URL, NOW)["authors"]


INDENT = "\n" + "\t" * 150  # a template's indentation, longer than any labelled line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the word before the names may take a colon, as `Author:` does
        ("<p class='meta'>By: Jane Roe</p>", ["Jane Roe"]),
        # each name in a link of its own, joined by a comma: every one, not the first alone
        (
            "<ul><li class='info'>By: <span><a href='/people/jane-roe'>Jane Roe</a>, </span>"
            "<span><a href='/people/tom-poe'>Tom Poe</a></span></li></ul>",
            ["Jane Roe", "Tom Poe"],
        ),
        # the label's own text padded with the markup's indentation is still a short line
        (
            f"<ul><li class='info'>By:{INDENT}<span><a href='/people/jane-roe'>Jane ROE</a>,"
            f" </span>{INDENT}<span><a href='/people/tom-poe'>Tom POE</a></span></li></ul>",
            ["Jane ROE", "Tom POE"],
        ),
    ],
)
def test_a_labelled_line_names_every_writer(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


def test_the_display_title_printed_over_the_text_is_not_body() -> None:
    """A page that reads one title to search engines (its `<h1>`, its JSON-LD `headline`) and
    prints another over the text, its JSON-LD `alternativeHeadline` (a kicker and a title), has
    that title printed again, not a paragraph of the text."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Frost destroys cherry blossom in the upper valley",'
        ' "alternativeHeadline": "Night of fires - Growers lose their cherry blossom"}'
    )
    html = (
        "<html lang='en'><head><title>Late frost</title>"
        f"<script type='application/ld+json'>{ld}</script></head><body><div class='page'>"
        "<h1 class='seo'>Frost destroys cherry blossom in the upper valley</h1><article>"
        "<div class='story'><h2><span>Night of fires</span> <span>Growers lose their cherry"
        " blossom</span></h2>" + "".join(f"<p>{t}</p>" for t in ORCHARD) + "</div></article>"
        "</div></body></html>"
    )
    assert extract_record(html, ORCHARD_URL, NOW)["body"].split("\n\n") == ORCHARD


def test_a_slide_whose_anchor_is_its_headings_words_is_read() -> None:
    """A text in slides, each in a block whose id is its heading's words made an anchor: an id
    holding `promoted` (as a promotion's box is named) is prose, and its slide is text."""
    slides = [
        ("Growers lit fires between the rows", ORCHARD[:2]),
        ("The cooperative promoted its night watch among the younger farmers", ORCHARD[2:3]),
        ("Older growers asked for later kinds of cherry", ORCHARD[3:]),
    ]

    def slide(number: int, heading: str, texts: list[str]) -> str:
        anchor = "-".join(heading.lower().split()) + f"-{number}"
        return (
            f"<div class='slide' id='{anchor}'><h2>{heading}</h2>"
            + "".join(f"<p>{t}</p>" for t in texts)
            + "</div>"
        )

    inside = "".join(slide(i, h, t) for i, (h, t) in enumerate(slides, 1))
    # (the first slide's heading, over the whole text, is read as no part of it)
    assert body(inside) == [*ORCHARD[:2], slides[1][0], ORCHARD[2], slides[2][0], ORCHARD[3]]


def test_a_name_ending_in_the_letters_of_a_compilation_credit_is_whole() -> None:
    """`ST` after the names credits a compilation (`Minh Hà - ST`); a surname ending in those
    letters (`Holst`, `West`) is no such credit."""
    assert authors("<p class='meta'>By Ernst Holst and Tom West</p>") == ["Ernst Holst", "Tom West"]


def test_a_caption_typed_in_italics_under_its_picture_is_not_body() -> None:
    """A picture's caption typed in its paragraph, in italics after a line break (`<p><img>
    <br><em>…</em></p>`), is the picture's, not a line of the text."""
    picture = (
        "<p><img src='https://news.example.org/img/terraces.jpg' alt='' width='800'"
        " height='450'><br> <em>The lower terraces on Wednesday morning</em></p>"
    )
    texts = [f"<p>{t}</p>" for t in ORCHARD]
    assert body("".join([*texts[:2], picture, *texts[2:]])) == ORCHARD
