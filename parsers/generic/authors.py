"""Byline outside the body: author boxes, author-page links, `Tác giả:` lines, then metadata.

(The right-aligned last paragraph and `Bài và ảnh:` lines inside the body are read by
`parsers.body`, and win over these.) Outlets are never authors: `meta author` is often the site
(`TUOI TRE ONLINE`, `Dân Trí`, `VCCorp.vn`) and is skipped through `is_organisation`.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from parsers.body import ROLE_LINE
from parsers.generic.zones import classes, distance, in_zone, is_vietnamese
from parsers.page import Page, text_of
from parsers.vietnamese.names import is_organisation

AUTHOR_SELECTORS = (
    "[data-role=author]",
    ".detail-author-bot",
    ".author-info",
    ".pAuthor",
    ".author-name",
    ".author",
    ".detail-author",
    ".article__author",
    ".post-author",
    ".byline",
    ".tacgia",
    ".tac-gia",
    "[itemprop=author]",
)
AUTHOR_LINKS = "a[href*='/tac-gia/'], a[href*='/author/'], a[rel=author]"
# "NHẬT XUÂN và 1 tác giả khác": a collapsed author list, the full one is elsewhere.
COLLAPSED = re.compile(r"tác giả khác|và \d+ (?:người|tác giả)", re.I)
NOT_A_NAME = re.compile(r"xem (?:các|tất cả)|bài viết|theo dõi|follow|\d{3,}|@|https?:", re.I)
MAX_CHARS = 60


# Author boxes whose class only contains the word: `article-author`, `post-author-name`.
AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|tacgia|tac-gia)(?:$|[\s_-])", re.I)
MAX_AUTHOR_DISTANCE = 150  # elements from the headline


def byline(page: Page) -> str | None:
    return (
        _from_boxes(page)
        or _from_links(page)
        or _from_author_classes(page)
        or _from_role_lines(page)
        or _from_metadata(page)
    )


def _from_author_classes(page: Page) -> str | None:
    """Vietnamese pages only: elsewhere such boxes hold bios, roles and `Listen to this`."""
    if not is_vietnamese(page):
        return None
    body = page.root.find("body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or not AUTHOR_CLASS.search(classes(el)):
            continue
        text = text_of(el)
        if (
            _acceptable(text)
            and distance(page, el) <= MAX_AUTHOR_DISTANCE
            and not in_zone(page, el)
            and not _collapsed_box(el)
        ):
            return text
    return None


def _acceptable(text: str) -> bool:
    return (
        0 < len(text) <= MAX_CHARS
        and not COLLAPSED.search(text)
        and not NOT_A_NAME.search(text)
        and not is_organisation(text)
    )


def _collapsed_box(el: _Element) -> bool:
    """Inside an author box that shows a shortened list (`… và 1 tác giả khác`)."""
    node = el.getparent()
    while node is not None:
        text = text_of(node)
        if len(text) > 2 * MAX_CHARS:
            return False
        if COLLAPSED.search(text):
            return True
        node = node.getparent()
    return False


def _from_boxes(page: Page) -> str | None:
    for css in AUTHOR_SELECTORS:
        for el in page.select(css):
            text = text_of(el)
            if _acceptable(text) and not in_zone(page, el) and not _collapsed_box(el):
                return text
    return None


def _from_links(page: Page) -> str | None:
    names: list[str] = []
    for el in page.select(AUTHOR_LINKS):
        text = text_of(el)
        fresh = text not in names and _acceptable(text)
        if fresh and not in_zone(page, el) and not _collapsed_box(el):
            names.append(text)
    return " - ".join(names) or None


def _from_role_lines(page: Page) -> str | None:
    """`Tác giả: X  Nguồn tin: Y` printed under the text (NukeViet), `Bài và ảnh: X`."""
    body = page.root.find("body")
    for el in body.iter("p", "div", "span") if body is not None else ():
        text = text_of(el)
        if len(text) <= 2 * MAX_CHARS and ROLE_LINE.match(text) and not in_zone(page, el):
            return text
    return None


def _from_metadata(page: Page) -> str | None:
    names: list[str] = []
    author = page.article_ld.get("author")
    for item in author if isinstance(author, list) else [author]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str):
            names.append(name.strip())
    if not names:
        for key in ("article:author", "dable:author", "author"):
            names = [n.strip() for n in re.split(r"[;,]", page.meta.get(key, ""))]
            names = [n for n in names if _acceptable(n)]
            if names:
                break
    names = [n for n in names if _acceptable(n)]
    return " - ".join(dict.fromkeys(names)) or None
