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
