"""Byline outside the body: author boxes, author-page links, `Tác giả:` lines, then metadata.

(The right-aligned last paragraph and `Bài và ảnh:` lines inside the body are read by
`parsers.body`, and win over these.) Outlets are never authors: `meta author` is often the site
(`TUOI TRE ONLINE`, `Dân Trí`, `VCCorp.vn`) and is skipped through `is_organisation`. The people
JSON-LD or the author meta tags name check the visible byline: they complete a box that shows
the first of several authors and replace a box or link that names none of them.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from parsers.body import ROLE_LINE
from parsers.generic.zones import classes, distance, in_zone, is_vietnamese
from parsers.page import Page, short_text, text_of, text_start
from parsers.vietnamese.names import clean_byline, is_organisation, is_photo_credit
from parsers.vietnamese.text import fold

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
NOT_A_NAME = re.compile(
    r"xem (?:các|tất cả)|bài viết|theo dõi|follow|\d{3,}|@|https?:|^\W*(?:author|autor|auteur)\W*$",
    re.I,
)
MAX_CHARS = 60
MAX_NAME_WORDS = 5  # `Fouzia Van Der Fort`; longer is a description (`…, university professor`)
# Names listed in one metadata string: `A, B and C`, `A; B`, `A und B`.
NAME_LIST = re.compile(r"\s*[;,]\s*|\s+(?:and|und|et|og|och|&)\s+")


# Author boxes whose class only contains the word: `article-author`, `post-author-name`.
AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|tacgia|tac-gia)(?:$|[\s_-])", re.I)
MAX_AUTHOR_DISTANCE = 150  # elements from the headline
ROLE_LABEL = 20  # characters: the longest role label (`Bài và ảnh:`) with room to spare


def byline(page: Page) -> str | None:
    """The visible byline, checked against the people the page's metadata names (see
    `_agreeing`), else those people."""
    listed = _metadata_people(page)
    for find in (_from_boxes, _from_links, _from_author_classes, _from_role_lines):
        found = find(page)
        if found:
            return _agreeing(found, listed, gathered=find is _from_links)
    return " - ".join(listed) or None


def _agreeing(visible: str, listed: list[str], *, gathered: bool) -> str:
    """The visible byline, unless the metadata's people say it is incomplete or not a byline:
    they include every name it gives and more (a box showing the first of several authors);
    they are fewer and it was gathered from author links across the page (links of related
    articles' authors); it shares no name with them while they are full names, and it was
    gathered from links (initials on an avatar link) or the box glues a job title to the name.
    A box naming someone else (a pen name where the metadata has the account's name) stands."""
    if not listed:
        return visible
    shown = {fold(name) for name in clean_byline(visible).people}
    known = {fold(name) for name in listed}
    if not shown or shown == known:  # a source credit (`Theo TTXVN`) stands as printed
        return visible
    if shown < known or (gathered and known < shown):
        return " - ".join(listed)
    glued = all(fold(name) in fold(visible) for name in listed)  # `Lena RothNews Reporter`
    if not shown & known and (gathered or glued) and all(len(n.split()) >= 2 for n in listed):
        return " - ".join(listed)
    return visible


def _from_author_classes(page: Page) -> str | None:
    """Vietnamese pages only: elsewhere such boxes hold bios, roles and `Listen to this`."""
    if not is_vietnamese(page):
        return None
    body = page.root.find("body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or not AUTHOR_CLASS.search(classes(el)):
            continue
        text = short_text(el, MAX_CHARS)
        if (
            text is not None
            and _acceptable(text)
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
        and not is_photo_credit(text)
    )


def _once(text: str) -> str:
    """A box that prints its name twice (`Lê Minh Lê Minh`: a visually hidden
    copy for screen readers) gives it once."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _collapsed_box(el: _Element) -> bool:
    """Inside an author box that shows a shortened list (`… và 1 tác giả khác`)."""
    node = el.getparent()
    while node is not None:
        text = short_text(node, 2 * MAX_CHARS)
        if text is None:
            return False
        if COLLAPSED.search(text):
            return True
        node = node.getparent()
    return False


def _from_boxes(page: Page) -> str | None:
    for css in AUTHOR_SELECTORS:
        for el in page.select(css):
            text = _once(text_of(el))
            if _acceptable(text) and not in_zone(page, el) and not _collapsed_box(el):
                return text
    return None


def _from_links(page: Page) -> str | None:
    names: list[str] = []
    for el in page.select(AUTHOR_LINKS):
        text = _once(text_of(el))
        fresh = text not in names and _acceptable(text)
        if fresh and not in_zone(page, el) and not _collapsed_box(el):
            names.append(text)
    return " - ".join(names) or None


def _from_role_lines(page: Page) -> str | None:
    """`Tác giả: X  Nguồn tin: Y` printed under the text (NukeViet), `Bài và ảnh: X`."""
    body = page.root.find("body")
    for el in body.iter("p", "div", "span") if body is not None else ():
        if not ROLE_LINE.match(text_start(el, ROLE_LABEL)):
            continue
        text = short_text(el, 2 * MAX_CHARS)
        if text is not None and ROLE_LINE.match(text) and not in_zone(page, el):
            return text
    return None


def _metadata_people(page: Page) -> list[str]:
    """Names in JSON-LD's `author` (`givenName familyName` when there is no `name`), else in the
    author meta tags; one string listing several people (`A, B and C`) is split."""
    names: list[str] = []
    author = page.article_ld.get("author")
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict):
            given = " ".join(str(item.get(k) or "") for k in ("givenName", "familyName"))
            name = item.get("name") or given.strip()
        else:
            name = item
        if isinstance(name, str):
            names += [n for n in NAME_LIST.split(name.strip()) if _person(n)]
    if not names:
        for key in ("article:author", "dable:author", "author"):
            names = [n for n in NAME_LIST.split(page.meta.get(key, "")) if _person(n)]
            if names:
                break
    return list(dict.fromkeys(n for n in names if _person(n)))


def _person(name: str) -> bool:
    """A name: not an outlet, a few words (not a description)."""
    return _acceptable(name) and len(name.split()) <= MAX_NAME_WORDS
