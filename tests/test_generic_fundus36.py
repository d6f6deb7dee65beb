"""Body boundaries found where the generic extractor missed on fundus pages (the publishers of
its first half): subheadings that open a section of the text rather than stand between two of
its paragraphs. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_fundus32 import NOW, TEXT, URL

PICTURE = (
    "<div class='widget-image'><img src='https://news.example.org/img/channel.jpg' alt=''>"
    "</div><span class='caption'></span>"
)


def section(
    heading: str, texts: list[str], picture: bool = False, style: str = "widget-title bold"
) -> str:
    """A section of the text in a block of its own, opened by its title (`<h2>` classed
    `style`), then its picture when it has one, then its paragraphs."""
    paragraphs = "".join(f"<p>{t}</p>" for t in texts)
    return (
        f"<div class='page-break'><h2 class='{style}'>{heading}</h2>"
        f"{PICTURE if picture else ''}{paragraphs}</div>"
    )


def page(sections: list[str]) -> str:
    return (
        "<html lang='en'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1>"
        f"<div class='story'>{''.join(sections)}</div></article></main></body></html>"
    )


def body(html: str) -> list[str]:
    return extract_record(html, URL, NOW)["body"].split("\n\n")


def test_a_title_opening_a_section_of_the_text_is_its_subheading() -> None:
    """A title opening a block of the text, the block before closing with a paragraph of the
    text and its own paragraphs following it (under its picture, or at once), is a subheading
    of the text where it stands, as one right between two paragraphs is."""
    html = page(
        [
            section("CHANNEL REOPENS", TEXT[:2], picture=True),
            section("NORTH QUAY", TEXT[2:3]),
            section("PILOTS WAIT AT SEA", TEXT[3:], picture=True),
        ]
    )
    assert body(html) == [*TEXT[:2], "NORTH QUAY", TEXT[2], "PILOTS WAIT AT SEA", *TEXT[3:]]


def test_a_box_title_opening_a_block_among_the_sections_stays_out() -> None:
    """A box set between two blocks of the text, its title opening it, stays out: what follows
    the title is a link elsewhere, no paragraph of the text."""
    box = (
        "<div class='page-break'><h2 class='widget-title bold'>Read more</h2><p><a"
        " href='https://news.example.org/2026/03/ferry-timetable'>Ferry timetable changes for"
        " the spring season</a></p></div>"
    )
    rest = "<div class='page-break'>" + "".join(f"<p>{t}</p>" for t in TEXT[2:]) + "</div>"
    html = page([section("CHANNEL REOPENS", TEXT[:2]), box, rest])
    assert body(html) == TEXT


def test_a_title_classed_as_other_articles_opening_a_block_stays_out() -> None:
    """A title whose own class names a box of other articles (`relatedpoststitle`), not how
    the theme draws it, stays out though paragraphs kept as text stand on either side."""
    html = page(
        [
            section("CHANNEL REOPENS", TEXT[:2]),
            section("You may like", TEXT[2:], style="relatedpoststitle"),
        ]
    )
    assert body(html) == TEXT
