"""Where on a page the article is: the headline element, and the zones that are never it.

Dates, view counts and bylines repeat all over a news page: the header prints today's date,
related and most-read lists print their own dates and counts, sidebars carry other authors.
Fields are therefore read near the headline and outside these zones. A zone that contains the
headline itself is never excluded (article `<header>`s and `.detail-top` boxes hold the date).
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from parsers.page import Page, text_of
from parsers.vietnamese.text import fold

HEADLINE_SELECTORS = (
    "h1.title-detail",
    "h1.detail-title",
    "h1.article__title",
    "h1.content-detail-title",
    "h1",
    ".title-detail",
    ".detail-title",
    ".article-title",
    ".post-title",
)
BODY_SELECTORS = (
    "[itemprop=articleBody]",
    "[data-role=content]",
    "#desktop-in-article",
    ".singular-content",
    "article.fck_detail",
    ".fck_detail",
    "#maincontent",
    ".maincontent",
    "#content_detail_news",
    ".detail-content",
    ".news_content",
    "#newscontents .content-fck",
    ".content-fck",
    ".article__body",
    ".cms-body",
    "#content-detail",
    ".content-detail",
    "#main-detail",
    "#dcontent",
    ".b-maincontent .entry",
    ".detail__content",
    ".news-content",
    ".post-content",
    ".entry-content",
    ".fck",
    "#news-bodyhtml",
    ".bodytext",
)
VIETNAMESE_LETTERS = re.compile(r"[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
MIN_PARAGRAPH = 25  # characters of prose that make a paragraph count
MIN_BODY = 200  # characters of prose a known body class must hold to be trusted
ZONE_TAGS = frozenset({"header", "footer", "nav", "aside"})
# Class or id words of zones that are not the article.
ZONE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:today|current-?date|top-?bar|topbar|footer|sidebar|"
    r"side-?bar|col-?right|right-?col|colright|related|relate|relates|relation|tinlienquan|"
    r"lien-?quan|same|samecat|cung-?chuyen-?muc|most|mostread|mostview|most-?read|doc-?nhieu|"
    r"docnhieu|xem-?nhieu|xemnhieu|trending|hot-?news|menu|navigation|comments?|binh-?luan|"
    r"widget|box-?news|list-?news|news-?list|other-?news|tin-?khac|readmore|"
    r"read-?more|more-?news|box-?category|newsletter|popup|modal)(?:$|[\s_-])",
    re.I,
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# The site header as a whole token only: `header-content` holds VnExpress's date line.
HEADER_CLASS = re.compile(r"(?:^|\s)(?:header|site-header|top-header|main-header)(?:$|\s)", re.I)
HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|d-none|hide|sr-only)(?:$|\s)")


def classes(el: _Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def is_zone(el: _Element) -> bool:
    """An element that is page furniture rather than the article (by tag, class or style)."""
    names = classes(el)
    return (
        el.tag in ZONE_TAGS
        or _hidden(el)
        or bool(ZONE_WORDS.search(names) or HEADER_CLASS.search(names))
    )


def _hidden(el: _Element) -> bool:
    return bool(
        HIDDEN_STYLE.search(el.get("style") or "") or HIDDEN_CLASS.search(el.get("class") or "")
    )


def headline_element(page: Page) -> _Element | None:
    """The visible headline: the candidate matching the page's title, else the first one."""
    if "headline_el" not in page.memo:
        candidates = [
            el
            for css in HEADLINE_SELECTORS
            for el in page.select(css)
            if text_of(el) and not _in_zone(el, frozenset())
        ]
        titles = [" ".join(fold(t).split()) for t in meta_titles(page)]
        matching = [el for el in candidates if any(fold(text_of(el)) in t for t in titles)]
        page.memo["headline_el"] = (matching or candidates or [None])[0]
    return page.memo["headline_el"]


def meta_titles(page: Page) -> list[str]:
    """The headline as the page's metadata gives it (og:title, JSON-LD, `<title>`)."""
    ld_headline = page.article_ld.get("headline")
    found = [
        page.meta.get("og:title"),
        ld_headline if isinstance(ld_headline, str) else None,
        page.meta.get("twitter:title"),
        page.first_text("title"),
    ]
    return [t for t in found if t]


def _in_zone(el: _Element, keep: frozenset) -> bool:
    node = el
    while node is not None and node.tag not in ("body", "html"):
        if node not in keep and is_zone(node):
            return True
        node = node.getparent()
    return False


def _article_ancestors(page: Page) -> frozenset:
    """Elements around the headline and the known body: never furniture, whatever their class
    (VnExpress calls its main column `sidebar-1`)."""
    if "article_ancestors" not in page.memo:
        found: set[_Element] = set()
        for el in (headline_element(page), known_body(page)):
            if el is not None:
                found.update(el.iterancestors())
        page.memo["article_ancestors"] = frozenset(found)
    return page.memo["article_ancestors"]


def in_zone(page: Page, el: _Element) -> bool:
    """True when `el` sits in a non-article zone (one around neither headline nor body)."""
    return _in_zone(el, _article_ancestors(page))


def known_body(page: Page) -> _Element | None:
    """The body element of a known CMS family, when it holds real paragraphs."""
    if "known_body" not in page.memo:
        page.memo["known_body"] = None
        for css in BODY_SELECTORS if is_vietnamese(page) else ():
            found = [el for el in page.select(css) if not _hidden(el)]
            if found:
                best = max(found, key=lambda el: len(text_of(el)))
                if prose(best) >= MIN_BODY:
                    page.memo["known_body"] = best
                    break
    return page.memo["known_body"]


def is_vietnamese(page: Page) -> bool:
    """The page declares Vietnamese, or its title is written in it (the CMS classes above are
    Vietnamese families; on other pages the same class names mean other layouts)."""
    lang = (page.root.get("lang") or page.meta.get("og:locale") or "").lower()
    if lang:
        return lang.startswith("vi")
    return bool(VIETNAMESE_LETTERS.search(" ".join(meta_titles(page))))


def prose(el: _Element) -> int:
    """Characters of paragraph text in `el` (`p` elements not made of links)."""
    total = 0
    for p in el.iter("p"):
        text = text_of(p)
        links = sum(len(text_of(a)) for a in p.iter("a"))
        if len(text) >= MIN_PARAGRAPH and links < len(text) / 2:
            total += len(text)
    return total


def position(page: Page, el: _Element) -> int:
    """Document-order index of `el`."""
    if "order" not in page.memo:
        page.memo["order"] = {node: i for i, node in enumerate(page.root.iter())}
    return page.memo["order"].get(el, 0)


def distance(page: Page, el: _Element) -> int:
    """How far `el` is from the headline in document order (0 without a headline)."""
    anchor = headline_element(page)
    return abs(position(page, el) - position(page, anchor)) if anchor is not None else 0
