"""The article body container, found without a site profile.

Fallback order, measured on the real national pages and on AEB (bench/README.md):
1. the body classes of the Vietnamese CMS families (vn-formats.md §5), when the match holds
   real paragraphs: exact and fast on every family we know;
2. paragraph scoring: every paragraph of prose votes for its parent (and half for its
   grandparent), link-heavy paragraphs do not vote; the best-voted element is the body.
Boilerplate inside the container (related boxes, share bars, ads, hidden blocks) is listed in
`BOILERPLATE` and dropped by `parsers.body.read_body`.
"""

from __future__ import annotations

from collections import defaultdict

from lxml.etree import _Element

from parsers.generic.zones import MIN_PARAGRAPH, in_zone, known_body
from parsers.page import Page, text_of

BOILERPLATE = (
    ".related",
    ".related-news",
    ".detail-related",
    ".tinlienquan",
    ".relate-news",
    ".kbwscwl-relatedbox",
    "[type=RelatedNewsBox]",
    "[type=RelatedOneNews]",
    ".readmore-body-box",
    ".share",
    ".social",
    ".tags",
    ".tag",
    ".block_tag",
    ".comment",
    "#comment",
    ".ads",
    ".advertisement",
    ".banner",
    "[id^=adsWeb_]",
    ".box-adv",
    ".d-none",
    ".hidden",
    "[style*='display:none']",
    "[style*='display: none']",
    "#listNewsInContent",
    ".link-source-wrapper",
    ".box-taitro",
)


def body_container(page: Page) -> _Element | None:
    if "container" not in page.memo:
        found = known_body(page)
        if found is None:
            found = _scored(page)
        page.memo["container"] = found if found is not None else page.root.find(".//body")
    return page.memo["container"]


def _scored(page: Page) -> _Element | None:
    votes: dict[_Element, float] = defaultdict(float)
    body = page.root.find("body")
    if body is None:
        return None
    for p in body.iter("p", "pre", "blockquote"):
        text = text_of(p)
        if len(text) < MIN_PARAGRAPH:
            continue
        links = sum(len(text_of(a)) for a in p.iter("a"))
        if links > len(text) / 2:
            continue
        points = 1 + min(len(text) / 100, 3) + text.count(",") / 2
        parent = p.getparent()
        if parent is None:
            continue
        votes[parent] += points
        grand = parent.getparent()
        if grand is not None:
            votes[grand] += points / 2
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    for el, _ in ranked:
        if not in_zone(page, el):
            return el
    return None
