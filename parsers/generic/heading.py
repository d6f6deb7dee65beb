"""Headline: the visible headline element, else metadata titles without the site name.

The visible `<h1>` wins over og:title when they differ: editors retitle the social-media card
(nld.com.vn's og:title is a shorter variant), and the reader sees the `<h1>`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsers.generic.zones import headline_element, meta_titles
from parsers.page import Page, text_of
from parsers.vietnamese.names import is_organisation
from parsers.vietnamese.text import fold

SEPARATOR = re.compile(r"(\s+[|\-–—:»]\s+|\s*\|\s*)")


def headline(page: Page) -> str | None:
    el = headline_element(page)
    if el is not None:
        return text_of(el)
    for title in meta_titles(page):
        stripped = strip_site_name(page, title)
        if stripped:
            return stripped
    return None


def strip_site_name(page: Page, title: str) -> str:
    """Drop a trailing (or leading) ` - Báo Thái Bình`, ` | VnExpress` that names the site."""
    pieces = SEPARATOR.split(title.strip())  # part, separator, part, …
    while len(pieces) > 1 and _is_site_name(page, pieces[-1]):
        del pieces[-2:]
    while len(pieces) > 1 and _is_site_name(page, pieces[0]):
        del pieces[:2]
    return "".join(pieces).strip()


def _is_site_name(page: Page, part: str) -> bool:
    key = fold(part).replace(" ", "")
    site = fold(page.meta.get("og:site_name", "")).replace(" ", "")
    host = (urlsplit(page.canonical_url).hostname or "").removeprefix("www.").split(".")[0]
    if not key:
        return True
    if site and (key == site or key in site or site in key):
        return True
    if host and len(host) > 3 and (host in key or key.removeprefix("bao") in host):
        return True
    return is_organisation(part)
