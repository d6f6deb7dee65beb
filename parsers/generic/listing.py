"""A category (listing) page answered where an article was asked for: its "text" is the teasers
of other articles.

A listing repeats one block per article, side by side: a link that names another article by
its headline, often with a picture, a teaser line and a date beside it. An article's own text
stands apart from such blocks (a box of related stories sits beside the text, never is it). So
a body read mostly from repeated teaser blocks is a listing's, whatever its sidebar holds.

A body read from one teaser alone looks like a short article by its structure; what tells it is
the page's heading, which names no article of its own: a day of the archive (`Tin ngày
03/06/2024`), or the words of a link to another address (the section's name in the menu, or
another teaser's title read as the headline).
"""

from __future__ import annotations

from unicodedata import normalize

from lxml.etree import XPath, _Element

from parsers import patterns
from parsers.generic.zones import own_texts_holding
from parsers.page import Page, short_text, text_of
from parsers.vietnamese.text import fold

MIN_ITEMS = 2  # teaser blocks of one kind side by side, and teasers a listing's body reads
MAX_ITEM = 600  # characters of one teaser block: a title, a date, a teaser line or two
MIN_TITLE_WORDS = 5  # words of a link that names another article (sections, tags say fewer)
MIN_SHARE = 0.8  # share of the body's characters printed inside teaser blocks
SPACE = patterns.compile(r"\s+")
PRINTED = XPath(".//text()[contains(., $time)]")  # the text nodes that print a time
# A day archive's heading (folded): `Tin ngày 03/06/2024`, `Tin tức ngày 3-6-2024`, `Xem tin
# theo ngày 03.06.2024`, `Bài viết ngày …`: the day, with nothing of an article after it.
DAY_HEADING = patterns.compile(
    r"^(?:(?:xem\s*)?tin(?:\s*tuc)?|bai\s*viet)\s*(?:theo\s*)?ngay\s*"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$"
)


def reads_teasers(
    page: Page, paragraphs: list[str], published: str | None, headline: str | None = None
) -> bool:
    """Whether the body `paragraphs` are the teasers of other articles: most of their text is
    printed inside the page's teaser blocks, `MIN_ITEMS` of them or more, or it is one teaser
    under a `headline` that names no article of the page's own; and the page prints no publish
    time of its own (a time inside a teaser is that article's)."""
    if not paragraphs or (published and _own_time(page, published)):
        return False
    texts = [bare for text in paragraphs if (bare := _bare(text))]
    total = sum(map(len, texts))
    if not total:
        return False
    if total <= MAX_ITEM and headline and _one_teaser(page, "".join(texts), headline):
        return True
    items = [bare for item in _teaser_blocks(page) if (bare := _bare(text_of(item)))]
    if len(items) < MIN_ITEMS or (published and not any(_bare(published) in i for i in items)):
        return False
    read: set[int] = set()
    inside = 0
    for text in texts:
        holder = next((n for n, item in enumerate(items) if text in item), None)
        if holder is not None:  # a line of one teaser: its title, its date, its teaser text
            read.add(holder)
            inside += len(text)
            continue
        held = [n for n, item in enumerate(items) if item in text]  # teasers run together
        read.update(held)
        inside += min(len(text), sum(len(items[n]) for n in held))
    return len(read) >= MIN_ITEMS and inside >= MIN_SHARE * total


def _one_teaser(page: Page, text: str, headline: str) -> bool:
    """Whether the bare body `text` lies in one short block holding a link that names another
    article, under a `headline` that names no article of the page's own. The heading is asked
    first: it costs the page's links, where the blocks cost their ancestors too."""
    if not _heading_elsewhere(page, headline):
        return False
    for link in page.root.iter("a"):
        if not titles_article(link, page):
            continue
        block = link.getparent()
        while block is not None and (words := short_text(block, MAX_ITEM)) is not None:
            if text in _bare(words):
                return True
            block = block.getparent()
    return False


def _heading_elsewhere(page: Page, headline: str) -> bool:
    """Whether `headline` is a day of an archive, or the words of a link to another address
    outside the page's `<h1>` (a section in the menu, another article's teaser): an article's
    headline is its own, no other page's name."""
    if DAY_HEADING.match(fold(headline).strip()):
        return True
    key = _bare(headline).casefold()
    for link in page.root.iter("a"):
        if _bare(text_of(link)).casefold() != key or not _elsewhere(link, page):
            continue
        if all(up.tag != "h1" for up in link.iterancestors()):
            return True
    return False


def _address(link: _Element, page: Page) -> str:
    """The address a link goes to, as `_key` compares it ("" for none, a fragment, a script)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return ""
    return _key(page.absolute(href) or "")


def _key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


def _own_time(page: Page, published: str) -> bool:
    """Whether the publish time is the page's own: printed nowhere in its text (a machine
    time), or somewhere outside a short block with a link that names another article. Asked
    first, as it costs little where the teaser blocks cost more."""
    printing = _printing(page, published)
    for el in printing:
        if not _in_teaser(el, page):
            return True
    return not printing


def _printing(page: Page, published: str) -> list[_Element]:
    """The elements holding a text node that prints `published` (a tail's is its parent's).
    In the body, the own texts the date lines were looked for in are searched (`own_texts_holding`)
    and the scripts and styles they leave out; outside it, the head and the rest, each text
    node: a search of every text node of the page walked the whole tree again."""
    root = page.root
    body = root.find("body")
    found: list[_Element] = []
    if body is not None:
        found += [el for el, _ in own_texts_holding(page, published)]
        found += [el for el in body.iter("script", "style") if published in (el.text or "")]
    if published in (root.text or ""):
        found.append(root)
    for child in root:
        if child is not body:
            found += [_holder(node) for node in PRINTED(child, time=published)]
        if published in (child.tail or ""):
            found.append(root)
    return found


def _holder(node: str) -> _Element:
    """The element a text node of `PRINTED` is the text of, or the tail of a child of."""
    el = node.getparent()
    return el.getparent() if node.is_tail else el


def _in_teaser(el: _Element | None, page: Page) -> bool:
    """Whether `el` lies in a short block holding a link that names another article."""
    while el is not None and short_text(el, MAX_ITEM) is not None:
        if any(titles_article(link, page) for link in el.iter("a")):
            return True
        el = el.getparent()
    return False


def _teaser_blocks(page: Page) -> list[_Element]:
    """The innermost of the blocks of one kind (tag and class) side by side, `MIN_ITEMS` or
    more of them teasers: a column of teasers may repeat as the teasers in it do. Read from
    the links that name other articles up, so a page's other elements cost nothing."""
    kinds: dict[tuple[_Element, str, str], dict[_Element, None]] = {}
    seen: set[_Element] = set()  # blocks read already: short ones, and the first long one above
    for link in page.root.iter("a"):
        if not titles_article(link, page):
            continue
        block = link
        while block not in seen and (parent := block.getparent()) is not None:
            seen.add(block)
            if short_text(block, MAX_ITEM) is None:
                break
            kinds.setdefault((parent, block.tag, block.get("class") or ""), {})[block] = None
            block = parent
    found = [block for blocks in kinds.values() if len(blocks) >= MIN_ITEMS for block in blocks]
    outer = {ancestor for block in found for ancestor in block.iterancestors()}
    return [block for block in found if block not in outer]


def titles_article(link: _Element, page: Page) -> bool:
    """A link to another address whose words name an article by its headline."""
    return len(text_of(link).split()) >= MIN_TITLE_WORDS and _elsewhere(link, page)


def _elsewhere(link: _Element, page: Page) -> bool:
    """A link to another address than the page's own."""
    return _address(link, page) not in ("", _key(page.url))


def _bare(text: str) -> str:
    """The text without its spaces, composed: a body paragraph joins a block's parts (a title
    and its date) with a space where the page's markup may have none."""
    return SPACE.sub("", normalize("NFC", text))
