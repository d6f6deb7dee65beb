"""Headline: the visible headline element, else metadata titles without the site name.

The visible `<h1>` wins over og:title when they differ: editors retitle the social-media card
(nld.com.vn's og:title is a shorter variant), and the reader sees the `<h1>`. An `<h1>` that
only names the site (table layouts print the logo text in it) is never the headline: then the
element that prints the page's title is (`zones.headline_element`).
"""

from __future__ import annotations

from parsers.generic.zones import headline_element, meta_titles, strip_site_name
from parsers.page import Page, text_of

__all__ = ["headline", "strip_site_name"]


def headline(page: Page) -> str | None:
    el = headline_element(page)
    if el is not None:
        return text_of(el)
    for title in meta_titles(page):
        stripped = strip_site_name(page, title)
        if stripped:
            return stripped
    return None
