"""Headline: the visible headline element, spelled as the page's metadata spells it.

The visible `<h1>` wins over og:title when they differ: editors retitle the social-media card
(nld.com.vn's og:title is a shorter variant), and the reader sees the `<h1>`. An `<h1>` that
only names the site (table layouts print the logo text in it) is never the headline: then the
element that prints the page's title is (`zones.headline_element`).

When a metadata title (og:title, JSON-LD, twitter:title, `<title>`, without the site name) says
the same words as the visible element, it gives the spelling: the element's spans glue words
(`Lễ hội Đền Hùng` + `Hàng vạn du khách…` → `Lễ hội Đền HùngHàng vạn…`), drop the colon after a
kicker, or print a kicker the title leaves out (`Thể thao` over the headline); a title
that puts the kicker in front (`Mùa lũ: Nước sông Hồng lên nhanh`, under an `<h1>`
reading only `Nước sông Hồng lên nhanh`) is the whole headline when a second metadata title agrees.
"""

from __future__ import annotations

import re

from parsers.generic.zones import headline_element, meta_titles, strip_site_name
from parsers.page import Page, text_of

__all__ = ["headline", "strip_site_name"]

_NOT_WORDS = re.compile(r"[\W_]+")
PLAIN_QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")
KICKER_END = re.compile(r"[:|–—-]\s*$")  # `Mùa lũ: `, `Thể thao | `


def headline(page: Page) -> str | None:
    titles = [t for title in meta_titles(page) if (t := strip_site_name(page, title))]
    el = headline_element(page)
    if el is not None:
        return _spelled_as_titles(text_of(el), titles)
    return _without_affix(titles)


def _plain_quotes(text: str) -> str:
    return " ".join(text.translate(PLAIN_QUOTES).split())


def _words(text: str) -> str:
    """The letters and digits of a title: spacing, punctuation and quotes left out."""
    return _NOT_WORDS.sub("", text)


def _spelled_as_titles(visible: str, titles: list[str]) -> str:
    words = _words(visible)
    keys = [_words(title) for title in titles]
    if not words:
        return visible
    for title, key in zip(titles, keys, strict=True):  # the same words: the title's spelling
        if key == words:  # (but the page's own quotes: `’` where the card types `'`)
            return visible if _plain_quotes(title) == _plain_quotes(visible) else title
    for title, key in zip(titles, keys, strict=True):  # a kicker the title leaves out
        if key and words.endswith(key) and 2 * len(key) >= len(words):
            return title
    for title, key in zip(titles, keys, strict=True):  # the kicker in front, in two titles
        if key.endswith(words) and keys.count(key) >= 2:
            kicker = _opening(title, len(key) - len(words))
            if kicker and KICKER_END.search(kicker):
                return title
    return visible


def _opening(title: str, letters: int) -> str:
    """The start of `title` holding its first `letters` letters and digits, with the
    punctuation and spaces after them."""
    seen = 0
    for i, char in enumerate(title):
        if seen == letters and (char.isalnum() and char != "_"):
            return title[:i]
        seen += char.isalnum() and char != "_"
    return ""


def _continues(rest: str) -> bool:
    """`rest` goes on with the headline's words (`␣và đón khách`), not with a separator and a
    site name (`␣| tin.example.vn`)."""
    after = rest.lstrip()[:1]
    return rest[:1].isspace() and (after.isalnum() or after in "\"'“‘„«(")


def _without_affix(titles: list[str]) -> str | None:
    """The first title, unless another is the same title less a trailing affix the site name
    check did not know (`Giá lúa tăng mạnh-Kinh tếㅣBáo Mẫu` beside JSON-LD's `Giá lúa tăng
    mạnh`), or the same title in full where the first was cut after a word (`… mở cửa và`)."""
    if not titles:
        return None
    first = titles[0]
    for other in titles[1:]:
        rest = first[len(other) :]
        if first.startswith(other) and rest and not rest[0].isalnum() and not rest[0].isspace():
            return other
        if other.startswith(first) and _continues(other[len(first) :]):
            return other
    return first
