"""The generic extractor: how Vietnamese news pages are built, without a site profile.

Each function takes a `Page` and returns one raw field, or None. Profiles fall back to these for
any field they give no selector for, and unknown hosts use them for everything. The modules
beside this one hold one field each, with the order of their sources in their docstrings:
`heading`, `dates` (published and modified), `counters` (views), `authors` (byline),
`container` (the body); `zones` says where the article is and which parts of the page never are.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from parsers.generic.authors import byline
from parsers.generic.authors import contradicted as byline_contradicted
from parsers.generic.container import BOILERPLATE, body_container
from parsers.generic.counters import views
from parsers.generic.dates import (
    modified,
    month_first,
    page_offset,
    published,
    published_conflict,
    published_exact,
)
from parsers.generic.heading import headline
from parsers.generic.zones import (
    distance,
    headline_element,
    in_zone,
    is_vietnamese,
    named,
    position,
)
from parsers.page import Page, text_of
from parsers.vietnamese.text import fold

__all__ = [
    "BOILERPLATE",
    "body_container",
    "byline",
    "byline_contradicted",
    "category",
    "headline",
    "is_vietnamese",
    "modified",
    "month_first",
    "page_offset",
    "published",
    "published_conflict",
    "published_exact",
    "summary",
    "tags",
    "views",
]

# Keyword tags: the CMS families' boxes and the `rel=tag` links of WordPress and others.
TAG_LINKS = ".tags a, .tag a, a.tag_item, a[rel~=tag]:not([rel~=category])"
STAMP_TAGS = frozenset({"span", "strong", "b", "em", "i", "a", "font"})
SUMMARY_SELECTORS = (
    ".sapo",
    ".desc",
    ".detail-sapo",
    ".article__sapo",
    "p.description",
    ".chapeau",
    ".lead",
    ".pHead",
    ".sapo_detail",
    ".singular-sapo",
    ".content-detail-sapo",
    "h2.sapo",
    ".summary",
    ".article-summary",
    ".hometext",
    "[itemprop=description]",
)
# One selector list: a single pass over the tree instead of one per selector.
_ANY_SUMMARY = ", ".join(SUMMARY_SELECTORS)


# A lead known by its class word where the selectors above do not name it: `span.Lead`,
# `div.news-sapo`, `field-name-field-tom-tat`.
LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sapo|lead|chapeau|summary|hometext|tom-?tat|excerpt|intro(?:text)?)"
    r"(?:$|[\s_-])",
    re.I,
)
MIN_LEAD = 30  # characters
MAX_STAMP = 30  # characters of a location or outlet stamp in front of the lead


def summary(page: Page) -> str | None:
    """The lead (sapo) after the headline and nearest it, else the page description (unless it
    only repeats the headline). A location or outlet stamp in front of the lead is not part of
    it."""
    anchor = headline_element(page)
    found = [
        (
            anchor is not None and position(page, el) < position(page, anchor),
            distance(page, el),
            text,
        )
        for el in page.select(_ANY_SUMMARY)
        if (text := lead_text(el)) and not in_zone(page, el)
    ]
    if found:  # the lead after the headline, nearest it: teasers carry the same classes
        return min(found, key=lambda found: found[:2])[2]
    for el in named(page, LEAD_CLASS):
        text = lead_text(el)
        if len(text) >= MIN_LEAD and not in_zone(page, el):
            return text
    described = page.meta.get("og:description") or page.meta.get("description")
    title = headline(page)
    if described and title and fold(described) == fold(title):
        return None
    return described


def lead_text(el: _Element) -> str:
    """The lead's text without a stamp in a leading inline element that the text after it does
    not continue as a sentence (`<span>Hà Giang</span>Ngày 5/10…`, `<b>HÀ NỘI</b> - Sáng…`)."""
    text = text_of(el)
    first = el[0] if len(el) and not (el.text or "").strip() else None
    if first is None or not isinstance(first.tag, str) or first.tag not in STAMP_TAGS:
        return text
    stamp, rest = text_of(first), (first.tail or "")
    glued = bool(rest) and not rest[0].isspace()
    separated = bool(re.match(r"\s*[-–—:|]", rest))
    if (
        stamp
        and len(stamp) <= MAX_STAMP
        and not re.search(r"\d", stamp)
        and (glued or separated)
        and len(text) - len(stamp) >= MIN_LEAD
    ):
        return text[len(stamp) :].lstrip(" -–—:|")
    return text


def category(page: Page) -> str | None:
    crumbs = [text_of(a) for a in page.select("[class*=breadcrumb] a, [class*=bread-crumb] a")]
    crumbs = [c for c in crumbs if c and c.lower() not in ("trang chủ", "home")]
    if crumbs:
        return crumbs[-1]
    return page.meta.get("article:section")


def tags(page: Page) -> list[str]:
    return list(dict.fromkeys(text for el in page.select(TAG_LINKS) if (text := text_of(el))))
