"""The generic extractor: how Vietnamese news pages are built, without a site profile.

Each function takes a `Page` and returns one raw field, or None. Profiles fall back to these for
any field they give no selector for, and unknown hosts use them for everything. The modules
beside this one hold one field each, with the order of their sources in their docstrings:
`heading`, `dates` (published and modified), `counters` (views), `authors` (byline),
`container` (the body); `zones` says where the article is and which parts of the page never are.
"""

from __future__ import annotations

from parsers.generic.authors import byline
from parsers.generic.container import BOILERPLATE, body_container
from parsers.generic.counters import views
from parsers.generic.dates import modified, published
from parsers.generic.heading import headline
from parsers.generic.zones import in_zone
from parsers.page import Page, text_of

__all__ = [
    "BOILERPLATE",
    "body_container",
    "byline",
    "category",
    "headline",
    "modified",
    "published",
    "summary",
    "tags",
    "views",
]

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


def summary(page: Page) -> str | None:
    """The lead (sapo) in the article, else the page description."""
    for css in SUMMARY_SELECTORS:
        for el in page.select(css):
            text = text_of(el)
            if text and not in_zone(page, el):
                return text
    return page.meta.get("og:description") or page.meta.get("description")


def category(page: Page) -> str | None:
    crumbs = [text_of(a) for a in page.select("[class*=breadcrumb] a, [class*=bread-crumb] a")]
    crumbs = [c for c in crumbs if c and c.lower() not in ("trang chủ", "home")]
    if crumbs:
        return crumbs[-1]
    return page.meta.get("article:section")


def tags(page: Page) -> list[str]:
    return [text for el in page.select(".tags a, .tag a, a.tag_item") if (text := text_of(el))]
