"""A parsed article page: the lxml tree, its meta tags and JSON-LD, read once.

Every extractor (profile selectors and generic heuristics) reads from one `Page`, so a page is
parsed a single time however many fields are asked of it.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import itertools
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime
from functools import cached_property
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit
from weakref import finalize

from lxml.etree import HTMLParser, ParserError, XPath, _Element, fromstring, tostring

from parsers import patterns
from parsers.vietnamese.encoding import (
    from_tcvn3,
    legacy_encoding,
    reads_as_vietnamese,
    vietnamese_letters,
)
from parsers.vietnamese.text import collapse, compose_decoded, fold
from parsers.xpaths import XPATHS

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "blogposting",
        "analysisnewsarticle",
        "discussionforumposting",
    }
)
# `//<![CDATA[` … `//]]>` around a script's JSON, as XHTML-minded templates write it.
APP_DATA_ID = "__NEXT_DATA__"
APP_DATA = f'script#{APP_DATA_ID}[type="application/json"]'
# React on Rails renders each component's props into a JSON script of this class (Gumroad).
APP_PROPS_CLASS = "js-react-on-rails-component"
APP_PROPS = f'script.{APP_PROPS_CLASS}[type="application/json"]'
APP_TITLES = ("title", "headline", "name")  # an app data object's title keys
MIRROR_PREFIX = patterns.compile(r"^(?:www|m|mobile|amp)\.")  # a site's copies' hosts
# A stylesheet rule painting a picture behind an element its id names (a page builder's
# `#IMAGE20 > .ladi-image > .ladi-image-background{background-image:url("…")}`). The id and the
# selector after it are taken whole (`++`, `*+`), never given back: a shorter id leaves its
# letters to the selector, which ends where it did, and a shorter selector ends before a
# character that is not `{`, so no match is lost; each `#` of a stylesheet (a colour's, an id's)
# now fails at once where it tried every length first, most of the scan's time on inline CSS.
PAINTED_BY_ID = patterns.compile(
    r"#([\w-]++)[^{}#,;]*+\{[^{}]*?background(?:-image)?\s*:[^;{}]*?url\(\s*['\"]?([^'\")]+)"
)
# The selector of a rule of the page's own style sheet for one class alone (`.c4{font-weight:700}`,
# `p.c14{text-align:right}`), as a word processor's web export sets bold, italics and alignment
# (Google Docs, LibreOffice): the whole text between the `}` closing the rule before (or the
# sheet's start) and the rule's `{`, so a descendant's or a group's selector is never read as
# the class's own, nor a rule nested in an `@media` block.
CLASS_SELECTOR = patterns.compile(r"\s*+([a-zA-Z]\w*+)?\.([\w-]++)\s*+")
# The property names a class's bold, italics or alignment is read from, lower-cased: CSS matches
# property names in ASCII letters without regard to case, as the marks below do (`re.A`).
CLASS_MARK_WORDS = (b"font-weight", b"font-style", b"text-align")
CLASS_BOLD = patterns.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I | re.A)
CLASS_ITALIC = patterns.compile(r"font-style\s*:\s*italic", re.I | re.A)
CLASS_ALIGN = patterns.compile(r"text-align\s*:\s*(right|center)", re.I | re.A)
# Inline elements a class makes bold or italic get a `<b>` or `<i>` inside: what every rule
# reading emphasis counts.
STYLED_INLINE = frozenset({"span", "font", "a"})
CDATA_WRAPPER = patterns.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "td",
        "th",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "pre",
        "hr",
    }
)
_SELECTORS: dict[str, XPath] = {}
# lxml's HTML parser with plain elements: `lxml.html`'s element classes are looked up in Python
# for every element touched, and nothing here uses their extra methods. It reads UTF-8 bytes
# (see `Page`), whatever charset the page names: the text is decoded already. The table of
# `id` values serves lxml's `getElementById`, which nothing here calls. Comments and processing
# instructions are never shown: left out, they are no nodes to walk past and no distance
# between elements (a template's `<!-- ad slot -->` markers).
_HTML = HTMLParser(encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True)
# libxml2 stops nesting at 256 elements and drops the rest of the page; page builders nest an
# article 300 deep, which a browser shows. Such a page is parsed again with its limit raised
# (2048), and read when no element is deeper than `MAX_DEPTH` (the extractors walk the tree
# recursively; past that it is no page a person made).
_DEEP_HTML = HTMLParser(
    encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True, huge_tree=True
)
MAX_DEPTH = 400
MAX_FEED_HEAD = 1000  # bytes: an RSS document opens with its `<rss>` after the XML prolog
# The custom elements of a time a script keeps up to date, its `datetime` the machine form.
TIME_ELEMENTS = ("relative-time", "local-time", "time-ago")
# The headings and captions a documentation site closes with a link to themselves, and its
# mark: a pilcrow, a section sign, a hash, a link symbol.
PERMALINK_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
PERMALINK_HOLDERS = (*PERMALINK_HEADINGS, "figcaption", "caption")
PERMALINK_MARK = patterns.compile(r"[¶§#🔗]")
# A wiki's link to edit one section of the page (MediaWiki's `?title=…&action=edit&section=2`,
# JAMWiki's edit page `Special:Edit?topic=…&section=1`).
EDIT_SECTION_LINK = patterns.compile(
    r"[?&](?:action=edit&(?:.*&)?section=|section=[^&#]*&(?:.*&)?action=edit)"
    r"|[:/][Ee]dit\?(?:[^#]*&)?section=\d"
)
# … printed between brackets (`[sửa]`, `[edit | edit source]`): nothing else beside the links.
EDIT_SECTION_FRAME = patterns.compile(r"[\[\]|\s]*")
MAX_EDIT_SECTION_WORDS = 3  # `sửa`, `sửa mã nguồn`
# How the files a server may send under an HTML label begin (an edition's PDF, a Word file,
# an image), in the characters any single-byte or UTF-8 reading gives: no page is in them.
FILE_SIGNATURES = (
    ("%PDF-", "a PDF document"),
    ("PK\x03\x04", "a ZIP archive (an Office document)"),
    ("GIF87a", "a GIF image"),
    ("GIF89a", "a GIF image"),
)
_XML_SPACE = patterns.compile("[ \t\r\n]+")  # what XPath's normalize-space splits a class list on
# A space `str.split` splits at and XPath does not (a form feed, a no-break space): values without
# one are split by `str.split`, several times as fast as the pattern, into the same words (less
# the empty ones a leading or trailing space gives, which no selector asks for).
_OTHER_SPACE = patterns.compile(r"[^\S \t\r\n]")


class UnreadablePage(ValueError):
    """The input is not an HTML document (or not one a reader could read)."""


FALLBACK_ENCODINGS = ("utf-8", "windows-1258")
# How a page was read when a few of its bytes were not UTF-8 (a footer pasted from an old
# Windows file) and became U+FFFD: at most one per `MAX_REPLACED_PER_LETTER` Vietnamese letters.
UTF8_REPLACED = "utf-8, bytes replaced"
# Byte order marks, longest first (UTF-32's little-endian mark begins with UTF-16's).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAX_REPLACED_PER_LETTER = 0.01
# C0 controls but tab, line feed, form feed and carriage return (HTML's white space), and DEL:
# pasted from word processors and terminals, shown by no browser.
CONTROL_CHARACTERS = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]) | {0x0B: " "}
# Any of them. `str.translate` with a table looks up each character of a page's text, and each
# one missing from the table (all of a page without controls, most pages) raises and catches a
# `KeyError`: on a news page, about half the instructions of its whole extraction. A search
# skips to the controls.
_CONTROL_CHARACTER = patterns.compile(f"[{re.escape(''.join(map(chr, CONTROL_CHARACTERS)))}]")


def without_controls(text: str) -> str:
    """`text` without the control characters a browser never shows (`CONTROL_CHARACTERS`);
    a text holding none is returned as it is."""
    return text.translate(CONTROL_CHARACTERS) if _CONTROL_CHARACTER.search(text) else text


def codec_name(label: str | None) -> str | None:
    """Python's name for a charset label (`windows-1258` → `cp1258`), None if unknown."""
    try:
        return codecs.lookup(label).name if label else None
    except LookupError:
        return None


def decode_page(body: bytes, declared: list[str | None]) -> tuple[str, str]:
    """Bytes of a page → (text, how it was read), checked to read as Vietnamese.

    Charset labels are often wrong (UTF-8 served as `iso-8859-1`, windows-1258 as `utf-8`), so
    each candidate — the declared encodings (HTTP header, then `<meta charset>`), then UTF-8
    and windows-1258 — is tried in turn and the first whose text reads as Vietnamese is kept
    (its codec name is returned). A page wholly in the legacy TCVN3 font encoding is converted
    (`TCVN3` is returned); anything else raises `UnreadablePage` with the reason rather than
    yield mojibake. A byte order mark goes before every label. NUL bytes are removed: they are
    never text, and lxml makes each a U+FFFD.
    """
    if read := _by_byte_order_mark(body):
        return read
    candidates = [
        name for name in dict.fromkeys(map(codec_name, (*declared, *FALLBACK_ENCODINGS))) if name
    ]
    first: str | None = None
    for encoding in candidates:
        try:
            text = _decoded(body, encoding)
        except UnicodeDecodeError:
            continue
        if reads_as_vietnamese(text):
            return text, encoding
        first = text if first is None else first
    legacy = legacy_encoding(first) if first is not None else None
    if legacy == "TCVN3":
        text = from_tcvn3(first)
        if reads_as_vietnamese(text):
            return text, "TCVN3"
    if legacy:
        raise UnreadablePage(f"legacy {legacy} font encoding, not converted")
    if not body.strip(b"\x00 \t\r\n"):
        raise UnreadablePage("empty body")
    if (text := utf8_with_few_replaced(body)) is not None:
        return text, UTF8_REPLACED
    raise UnreadablePage(f"no decoding reads as Vietnamese text (tried {', '.join(candidates)})")


def _decoded(body: bytes, encoding: str, *, start: int = 0, errors: str = "strict") -> str:
    """`body` from `start` decoded as `encoding`, without NUL bytes and the other control
    characters a browser never shows (a vertical tab is a space), tones composed (some
    encodings write them as combining characters)."""
    text = without_controls(body[start:].decode(encoding, errors))
    return compose_decoded(text, body, encoding)


def _by_byte_order_mark(body: bytes) -> tuple[str, str] | None:
    """The page read in the encoding its byte order mark names, which outweighs every label
    (a UTF-16 page saved by an old Windows editor is served as `utf-8`), or None."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if body.startswith(mark):
            try:
                text = _decoded(body, encoding, start=len(mark))
            except UnicodeDecodeError:
                return None
            return (text, encoding) if reads_as_vietnamese(text) else None
    return None


def utf8_with_few_replaced(body: bytes) -> str | None:
    """`body` as UTF-8 with its stray bytes replaced, when they are so few beside the text's
    Vietnamese letters that they cannot be the article (else None: no guess at its letters)."""
    text = _decoded(body, "utf-8", errors="replace")
    if text.count("\ufffd") > vietnamese_letters(text) * MAX_REPLACED_PER_LETTER:
        return None
    return text if reads_as_vietnamese(text) else None


def select(root: _Element, css: str) -> list[_Element]:
    """CSS selection with compiled selectors cached across pages."""
    selector = _SELECTORS.get(css)
    if selector is None:
        from lxml.cssselect import CSSSelector

        selector = _SELECTORS[css] = CSSSelector(css)
    return selector(root)


def attribute_names(root: _Element) -> frozenset[str]:
    """The names of the attributes set on `root` or an element below it."""
    return frozenset(value.attrname for value in root.xpath("descendant-or-self::*/@*"))


def select_among(root: _Element, css: str, names: Collection[str]) -> list[_Element]:
    """`select(root, css)` on a tree holding only the attributes `names`: a list none of
    whose selectors can match without an attribute the tree lacks (most of the page's drop
    list on trafilatura's text, which keeps no class) is answered without a walk."""
    selector = _PAGE_SELECTORS.get(css)
    if selector is None:
        selector = _PAGE_SELECTORS[css] = _Selector(css)
    if all(any(need.attribute not in names for need in needs) for _, needs in selector.parts):
        return []
    return select(root, css)


def text_of(el: _Element) -> str:
    """Visible text of an element in reading order, whitespace collapsed; `<br>` and block
    elements (paragraphs, cells, list items) separate words, inline ones do not; elements
    with the `hidden` attribute are not shown. Read once an element of a page's tree (see
    `_texts_read`)."""
    texts = _texts_read(el)
    if texts is not None and (text := texts.get(el)) is not None:
        return text
    parts: list[str] = []
    _collect(el, parts.append, texts is None or texts.hidden)
    text = collapse("".join(parts))
    if texts is not None:
        texts[el] = text
    return text


def texts_before(el: _Element) -> list[str] | None:
    """The texts standing before `el` inside its parent (the parent's own text, then each earlier
    child's text and tail), to read the label a line prints ahead of an element; None for the
    root."""
    parent = el.getparent()
    if parent is None:
        return None
    before = [parent.text or ""]
    for child in parent:
        if child is el:
            break
        before += [text_of(child), child.tail or ""]
    return before


class _Texts(dict[_Element, str]):
    """The texts read in a page's tree, and whether any element there carries `hidden`: on a
    page with none (most pages) text is read without asking each element for it (a fifth of
    the reading). The page's index lists the names of all its attributes (`Page.index`), and
    tells it once built; a text read before that asks the tree."""

    __slots__ = ("root", "_hidden")

    def __init__(self, root: _Element) -> None:
        super().__init__()
        self.root = root
        self._hidden: bool | None = None

    @property
    def hidden(self) -> bool:
        """Whether an element of the tree carries `hidden`."""
        if self._hidden is None:
            self._hidden = bool(_HIDDEN(self.root))
        return self._hidden

    def indexed(self, index: _TreeIndex) -> None:
        """Learn from the tree's index whether an element carries `hidden`, sparing a walk."""
        if self._hidden is None:
            self._hidden = "hidden" in index.values


# Any `hidden` attribute of a tree: one walk in lxml, a third of a millisecond on a news page.
_HIDDEN = XPath("//@hidden")

# The texts read in the tree of each page alive, by its root element (see `_texts_read`).
_TEXTS: dict[_Element, _Texts] = {}


def _texts_read(el: _Element) -> _Texts | None:
    """The texts already read in `el`'s tree when that is a page's (`Page`), else None. A page's
    tree is never changed once parsed (readers cut copies: `TreeCopy`), and the readers ask for
    the same blocks' texts again and again (a date line's blocks, the headline's candidates);
    copies and fragments are read each time, as they may be cut."""
    return _TEXTS.get(el.getroottree().getroot())


def element_before(el: _Element) -> _Element | None:
    """The element right before `el` among its siblings, past comments: what a reader sees
    printed above it in the same block."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def element_after(el: _Element) -> _Element | None:
    """The element right after `el` among its siblings, past comments."""
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def self_and_ancestors(el: _Element, levels: int) -> Iterator[_Element]:
    """`el`, then its ancestors, `levels` elements in all: where a rule looks for the block
    around a line (its list item, its card, the cell and row holding the text)."""
    return itertools.islice(itertools.chain([el], el.iterancestors()), levels)


def broken_text(node: _Element) -> list[str]:
    """The text of `node` and what it holds, a new line for each `<br>`."""
    if node.tag == "br":
        return ["\n"]
    parts = [node.text or ""] if isinstance(node.tag, str) else []
    for child in node:
        parts += [*broken_text(child), child.tail or ""]
    return parts


def short_text(el: _Element, limit: int) -> str | None:
    """`text_of(el)` when it is at most `limit` characters, else None: reading stops once the
    text is known to be longer, so asking whether a container is a short line costs little."""
    texts = _texts_read(el)
    if texts is not None and (text := texts.get(el)) is not None:
        return text if len(text) <= limit else None
    reader = _ShortReader(limit)
    try:
        _collect(el, reader.add, texts is None or texts.hidden)
    except _TooLong:
        return None
    text = collapse("".join(reader.parts))
    if len(text) > limit:
        return None
    if texts is not None:
        texts[el] = text
    return text


def values_beside(label: _Element, limit: int) -> list[str]:
    """The values a field's label stands beside, in the element right after it (a properties
    table's row: `<div>Thẻ</div><div><span>A</span><span>B</span></div>`): each child's text,
    or the element's whole text when it prints text of its own. None when text runs between
    the two, when the values are links (a box of links is read as one; an `<a>` with no address,
    an outliner's page reference, links nowhere) or longer than `limit`."""
    cell = label.getnext()
    if cell is None or (label.tail or "").strip() or cell.find(".//a[@href]") is not None:
        return []
    children = [child for child in cell if isinstance(child.tag, str)]
    if (cell.text or "").strip() or not children:
        whole = short_text(cell, limit)
        return [whole] if whole else []
    values = [short_text(child, limit) for child in children]
    return [value for value in values if value] if None not in values else []


def text_start(el: _Element, length: int) -> str:
    """The first `length` characters of `text_of(el)`, reading no further than they need."""
    texts = _texts_read(el)
    if texts is not None and (text := texts.get(el)) is not None:
        return text[:length]
    reader = _ShortReader(length)
    with contextlib.suppress(_TooLong):
        _collect(el, reader.add, texts is None or texts.hidden)
    return _collapsed_start("".join(reader.parts), length)


def _collapsed_start(text: str, length: int) -> str:
    """`collapse(text)[:length]`, from the text's start alone when that gives `length`
    characters: the collapsed start of a text is the start of the collapsed text, and the last
    part read may be a long paragraph."""
    if len(text) > _WINDOW * length:
        start = collapse(text[: _WINDOW * length])
        if len(start) >= length:
            return start[:length]
    return collapse(text)[:length]


# How much of a long text is collapsed first to read its start: a line's text with its
# indentation rarely takes three times its collapsed length.
_WINDOW = 3


class _TooLong(Exception):
    pass


class _ShortReader:
    """Collects text parts until their collapsed text exceeds `limit`. Collapsing never makes
    text longer than its parts, so nothing is measured until the parts pass the limit; from
    then on the collapsed length is counted part by part (each part's words, a space between
    words, a word split between two parts counted once) instead of collapsing all the parts
    again at every check: a container's indentation kept the length just below the limit and
    had every part collapse all the text before it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.read = 0  # characters in the parts, until the collapsed length is counted
        self.length = -1  # the collapsed length, once counted
        self.in_word = False  # whether the parts end inside a word (no space after it)

    def add(self, part: str) -> None:
        self.parts.append(part)
        if self.length < 0:
            self.read += len(part)
            if self.read <= self.limit:
                return
            text = "".join(self.parts)
            if (
                len(text) > _WINDOW * (self.limit + 1)
                and len(_collapsed_start(text, self.limit + 1)) > self.limit
            ):
                raise _TooLong  # known from the text's start (see `_collapsed_start`)
            self.length = len(collapse(text))
        elif words := part.split():
            added = sum(map(len, words)) + len(words) - 1
            if self.length and not (self.in_word and not part[0].isspace()):
                added += 1  # the space before the part's first word
            self.length += added
        self.in_word = not part[-1].isspace()
        if self.length > self.limit:
            raise _TooLong


def _collect(el: _Element, add: Callable[[str], None], hidden: bool = True) -> None:
    """Adds the text of `el` and of what it holds, in reading order. Children are read by
    `getnext` (lxml's child iterator costs three times as much a child), and each text once
    (lxml decodes it again at every read). `hidden`: the tree may hold elements with the
    `hidden` attribute; a page with none is read without asking each element for it."""
    if text := el.text:
        add(text)
    child = el[0] if len(el) else None
    while child is not None:
        tag = child.tag
        # `hidden` is never rendered (a heading's `#` anchor link in Hugo themes)
        if (
            isinstance(tag, str)
            and tag not in _INVISIBLE
            and not (hidden and child.get("hidden") is not None)
        ):
            if tag == "br":
                add(" ")
            elif tag in _BLOCKS:
                add(" ")
                _collect(child, add, hidden)
                add(" ")
            else:
                _collect(child, add, hidden)
        if tail := child.tail:
            add(tail)
        child = child.getnext()


class _Need(NamedTuple):
    """An attribute condition one selector cannot match without: `[attribute operator value]`
    (`.x` is `[class~=x]`, `#x` is `[id=x]`)."""

    attribute: str
    operator: str  # exists, =, ~=, *=
    value: str


class _Selector:
    """A selector list split into its selectors, each with its XPath and the attribute values
    it needs on the page, so a page runs only the selectors its attributes allow.

    The selectors `parsers/xpaths.py` lists are read from there; others are translated by
    `parsers.css` (loading cssselect and translating took 6% of each `tinbao extract`)."""

    def __init__(self, css: str) -> None:
        parts = XPATHS.get(css)
        if parts is None:
            from parsers.css import translate

            parts = translate(css)
        self.parts = [(xpath, tuple(_Need(*need) for need in needs)) for xpath, needs in parts]
        self._compiled: dict[tuple[int, ...], XPath] = {}
        chains = [_chain(one) for one in css.split(",")]
        # Each selector's chain of compounds, when the whole list splits into as many selectors
        # as it has XPaths (a comma inside a value would not) and `_chain` reads each of them.
        self.chains = chains if len(chains) == len(self.parts) else [None] * len(self.parts)

    def xpath(self, kept: tuple[int, ...]) -> XPath:
        """The XPath of the kept selectors (the union of their matches, in document order)."""
        found = self._compiled.get(kept)
        if found is None:
            found = self._compiled[kept] = XPath(" | ".join(self.parts[i][0] for i in kept))
        return found


_PAGE_SELECTORS: dict[str, _Selector] = {}


class _Step(NamedTuple):
    """One compound selector of a chain (`div.news`), with the combinator before it."""

    combinator: str  # " " descendant, ">" child, "" for the first compound
    tag: str | None  # None for any
    first: _Need | None  # the condition that lists the candidates; None: the tag does
    rest: tuple[_Need, ...]  # the other conditions


_IDENT = r"-?[A-Za-z_][A-Za-z0-9_-]*"
_SIMPLE = patterns.compile(
    rf"\.(?P<cls>{_IDENT})|\#(?P<id>{_IDENT})"
    rf"|\[(?P<attr>{_IDENT})(?:(?P<op>[~*^]?=)"
    rf"""(?:(?P<word>{_IDENT})|"(?P<dq>[^"\\]+)"|'(?P<sq>[^'\\]+)'))?\]"""
)
_TAG = patterns.compile(rf"\*|{_IDENT}")
_COMBINATOR = patterns.compile(r"\s*>\s*|\s+")
_OPERATORS = {"=": "=", "~=": "~=", "*=": "*=", "^=": "^=", None: "exists"}
# How narrow an attribute condition is: the narrowest lists a compound's candidates, unless
# a substring or a bare attribute is all there is beside a tag.
_NARROWNESS = {"=": 0, "~=": 1, "*=": 3, "^=": 3, "exists": 4}


def _chain(css: str) -> tuple[_Step, ...] | None:
    """One selector as its compounds from left to right, when it is made only of tags,
    classes, ids and `[attribute]`, `=`, `~=`, `*=`, `^=` conditions joined by descendant and
    child combinators; else None (its XPath is run instead)."""
    chain: list[_Step] = []
    css = css.strip()
    at, combinator = 0, ""
    while True:
        tag_match = _TAG.match(css, at)
        tag = None
        if tag_match:
            tag = None if tag_match.group() == "*" else tag_match.group()
            at = tag_match.end()
        conditions: list[_Need] = []
        while (simple := _SIMPLE.match(css, at)) is not None:
            at = simple.end()
            if simple["cls"]:
                conditions.append(_Need("class", "~=", simple["cls"]))
            elif simple["id"]:
                conditions.append(_Need("id", "=", simple["id"]))
            else:
                value = simple["word"] or simple["dq"] or simple["sq"] or ""
                if simple["op"] == "~=" and _XML_SPACE.search(value):
                    return None  # a word holding a space matches nothing: left to cssselect
                conditions.append(_Need(simple["attr"], _OPERATORS[simple["op"]], value))
        if tag_match is None and not conditions:
            return None
        first = min(conditions, key=lambda need: _NARROWNESS[need.operator], default=None)
        if first is not None and tag is not None and _NARROWNESS[first.operator] > 1:
            first = None
        rest = tuple(need for need in conditions if need is not first)
        chain.append(_Step(combinator, tag, first, rest))
        if at == len(css):
            return tuple(chain)
        between = _COMBINATOR.match(css, at)
        if between is None or between.end() == len(css):
            return None
        combinator = between.group().strip() or " "
        at = between.end()


def _meets(el: _Element, tag: str | None, conditions: tuple[_Need, ...]) -> bool:
    """Whether `el` has the tag (unless None) and meets the attribute conditions, as
    cssselect's XPath for them decides."""
    if tag is not None and el.tag != tag:
        return False
    for need in conditions:
        value = el.get(need.attribute)
        if value is None:
            return False
        operator = need.operator
        if operator == "=":
            if value != need.value:
                return False
        elif operator == "~=":
            if need.value not in _XML_SPACE.split(value):
                return False
        elif operator == "*=":
            if need.value not in value:
                return False
        elif operator == "^=" and not value.startswith(need.value):
            return False
    return True


class _TreeIndex:
    """One walk of a page's tree: each node's document-order index and the elements bearing
    each value of each attribute (the elements of a tag are listed when asked). Selectors made
    of tags, classes, ids and attribute conditions are answered from it, instead of each
    walking the whole tree."""

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.order: dict[_Element, int] = dict(zip(root.iter(), itertools.count()))
        self._tags: dict[str, list[_Element]] = {}
        # attribute name → value → the elements bearing it, in document order
        self.values: dict[str, dict[str, list[_Element]]] = {}
        self._words: dict[str, dict[str, list[str]]] = {}
        values = self.values
        for el in self.order:
            for name, value in el.items():
                by_value = values.get(name)
                if by_value is None:
                    values[name] = {value: [el]}
                elif (bearing := by_value.get(value)) is None:
                    by_value[value] = [el]
                else:
                    bearing.append(el)

    def tagged(self, tag: str) -> list[_Element]:
        """The elements named `tag`, in document order: lxml lists them without a Python step
        per node, and a page is asked for few tags."""
        found = self._tags.get(tag)
        if found is None:
            found = self._tags[tag] = list(self.root.iter(tag))
        return found

    def words(self, name: str) -> dict[str, list[str]]:
        """Each word of the values of attribute `name` (split where XPath's normalize-space
        splits) → the distinct values holding it. Pages repeat their class lists: each distinct
        one is split once."""
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = {}
            values = self.values.get(name, {})
            split = _XML_SPACE.split if _OTHER_SPACE.search("\x00".join(values)) else str.split
            for value in values:
                for word in set(split(value)):
                    holding = found.get(word)
                    if holding is None:
                        found[word] = [value]
                    else:
                        holding.append(value)
        return found

    def bearing(self, need: _Need) -> list[_Element]:
        """The elements that meet one attribute condition (in no particular order)."""
        by_value = self.values.get(need.attribute)
        if not by_value:
            return []
        operator, wanted = need.operator, need.value
        if operator == "=":
            return by_value.get(wanted, [])
        if operator == "~=":
            keep = self.words(need.attribute).get(wanted, ())
        elif operator == "*=":
            keep = [v for v in by_value if wanted in v]
        elif operator == "^=":
            keep = [v for v in by_value if v.startswith(wanted)]
        else:
            keep = by_value
        return [el for v in keep for el in by_value[v]]

    def select(self, chain: tuple[_Step, ...], within: _Element | None = None) -> list[_Element]:
        """The elements matching `chain` (in no particular order), as if the tree held only
        `within` and what it holds, when given. Compounds are matched from the left: each one's
        matches are looked for below the matches of the one before."""
        above: list[_Element] = []
        for k, step in enumerate(chain):
            if k and not above:
                return []
            tag = step.tag
            if step.first is None and k:
                # By tag below few elements: their subtrees are read (`.tags a`, `#main > p`).
                found: dict[_Element, None] = {}
                for top in above:
                    below = top.iterchildren(tag) if step.combinator == ">" else top.iter(tag)
                    for el in below:
                        if el is not top and isinstance(el.tag, str):
                            found[el] = None
                candidates: Iterable[_Element] = found
                tag = None
            elif step.first is None:
                if tag is None:
                    candidates = [el for el in self.order if isinstance(el.tag, str)]
                else:
                    candidates = self.tagged(tag)
                    tag = None
            else:
                candidates = self.bearing(step.first)
                if k:
                    if step.combinator == ">":
                        allowed = set(above)
                        candidates = [el for el in candidates if el.getparent() in allowed]
                    else:
                        candidates = self.below(above, candidates)
            if tag is None and not step.rest:
                above = list(candidates)
            else:
                above = [el for el in candidates if _meets(el, tag, step.rest)]
            if not k and within is not None:
                above = self.inside(within, above)
        return above

    def inside(self, top: _Element, elements: Iterable[_Element]) -> list[_Element]:
        """The `elements` that are `top` or below it: their document-order indexes lie from
        `top`'s up to that of the first node after `top`'s subtree."""
        order = self.order
        start, end = order[top], self._end(top)
        return [el for el in elements if start <= order[el] < end]

    def below(self, tops: Iterable[_Element], elements: Iterable[_Element]) -> list[_Element]:
        """The `elements` inside one of `tops` (not a top itself): each is looked up by its
        document-order index among the outermost tops' spans, instead of climbing its
        ancestors, most of which no top is."""
        order = self.order
        starts: list[int] = []
        ends: list[int] = []
        for top in sorted(tops, key=order.__getitem__):
            start = order[top]
            if not ends or start >= ends[-1]:  # not inside the span before it
                starts.append(start)
                ends.append(self._end(top))
        found = []
        for el in elements:
            at = order[el]
            i = bisect_right(starts, at) - 1
            if i >= 0 and starts[i] < at < ends[i]:
                found.append(el)
        return found

    def _end(self, top: _Element) -> int:
        """The document-order index of the first node after `top`'s subtree."""
        order = self.order
        for node in (top, *top.iterancestors()):
            following = node.getnext()
            if following is not None:
                return order[following]
        return len(order)


def _parsed(markup: bytes) -> _Element:
    """The document's tree (see `_nested_tree`), a frameset's `<noframes>` content as its body
    (see `_without_frames`), an inline frame's own document in its place (see
    `_with_inline_frames`)."""
    root = _without_frames(_nested_tree(_feed_markup(markup)))
    if b"srcdoc" in markup:
        _with_inline_frames(root)
    if b"-time" in markup:
        _with_time_elements(root)
    return root


def _with_time_elements(root: _Element | None) -> None:
    """Each custom element printing a time over its `datetime` (GitHub's `<relative-time>` and
    `<local-time>`, as Castopod and Forgejo print them) renamed `<time>`: the script only
    rewrites the text of the time it holds, which is read as a `<time>`'s."""
    for el in list(root.iter(*TIME_ELEMENTS)) if root is not None else ():
        if el.get("datetime"):
            el.tag = "time"


def _feed_markup(markup: bytes) -> bytes:
    """An RSS document's markup with its CDATA sections opened: a feed wraps an item's
    `<description>` and `content:encoded` in them (text and HTML as is), which an HTML parser
    drops as bogus comments, up to the first `>` of the HTML inside."""
    if b"<rss" not in markup[:MAX_FEED_HEAD] or b"<![CDATA[" not in markup:
        return markup
    return markup.replace(b"<![CDATA[", b"").replace(b"]]>", b"")


def _nested_tree(markup: bytes) -> _Element:
    """The document's tree, nested as deep as the page is (up to `MAX_DEPTH`). The parser's
    log is read before any other parse (a frame's document) replaces it."""
    root = fromstring(markup, _HTML)
    if not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in _HTML.error_log):
        return root
    root = fromstring(markup, _DEEP_HTML)
    depth: dict[_Element | None, int] = {None: -1}  # the root's parent is None
    for el in root.iter():
        level = depth[el] = depth[el.getparent()] + 1
        if level > MAX_DEPTH:
            raise UnreadablePage(f"elements nested more than {MAX_DEPTH} deep")
    return root


def _with_inline_frames(root: _Element | None) -> None:
    """Each `<iframe srcdoc>` of the body replaced by the body of the document it holds, as a
    `<div>`: the page shows that document where the frame is (an e-magazine laid out apart from
    the site's template), and it is no other page, unlike a frame's `src`."""
    for frame in list(root.iter("iframe")) if root is not None else ():
        markup = (frame.get("srcdoc") or "").strip()
        if not markup:
            continue
        try:
            shown = fromstring(markup.encode("utf-8", "surrogatepass"), _HTML).find("body")
        except (ParserError, ValueError):
            continue
        if shown is None:
            continue
        shown.tag = "div"
        for name in list(shown.attrib):
            del shown.attrib[name]
        shown.tail = frame.tail
        frame.getparent().replace(frame, shown)


def _without_frames(root: _Element | None) -> _Element | None:
    """A frameset page (`<frameset>` in place of `<body>`) with the markup of its `<noframes>`
    as the body: what a reader without the frames is shown, and the only text the page itself
    holds (the frames are other pages). The parser keeps that markup as one text node."""
    frameset = root.find("frameset") if root is not None else None
    if frameset is None or root.find("body") is not None:
        return root
    shown = frameset.find(".//noframes")
    markup = (shown.text or "").strip() if shown is not None else ""
    if not markup:
        return root
    body = fromstring(markup.encode("utf-8", "surrogatepass"), _HTML).find("body")
    if body is not None:
        root.replace(frameset, body)
    return root


class TreeCopy:
    """A copy of an element of a page's tree (`root`), to be cut: elements are removed from it,
    none added or moved. The n-th node of `original`'s subtree in document order has its copy
    n-th in `nodes()`, listed as the copy is made: the body's reader cuts boxes of many kinds
    (an embedded post, a poll, a player's lines) before any selector is answered from the
    index, and a list taken after such a cut would pair the page's elements with the wrong
    copies, or with none."""

    def __init__(self, original: _Element) -> None:
        self.original = original
        self.root: _Element = copy.deepcopy(original)
        self._nodes = list(self.root.iter())

    def nodes(self) -> list[_Element]:
        """The copy's nodes in document order, as listed before any cut."""
        return self._nodes

    def holds(self, node: _Element) -> bool:
        """Whether `node` of the copy is still in it (not cut, nor inside a cut element)."""
        return node is self.root or any(above is self.root for above in node.iterancestors())


class Page:
    """One HTML document and the metadata every extractor needs."""

    def __init__(self, html: str, url: str, fetched_at: datetime) -> None:
        if not html or not html.strip():
            raise UnreadablePage("empty document")
        opening = html[:16].lstrip()
        for signature, kind in FILE_SIGNATURES:
            if opening.startswith(signature):
                raise UnreadablePage(f"{kind}, not HTML")
        try:
            # As UTF-8 bytes: lxml would convert a str from its internal form first (an eighth of
            # the parse), refuses a str opening with an XML declaration naming its encoding (an
            # XHTML page), and ends the document at a lone surrogate, where the bytes it is
            # written as become U+FFFD.
            root = _parsed(html.encode("utf-8", "surrogatepass"))
        except (ParserError, ValueError) as exc:
            raise UnreadablePage(str(exc)) from exc
        if root is None:
            raise UnreadablePage("Document is empty")
        self.root: _Element = root
        if self.root.find(".//body") is None and self.root.find(".//title") is None:
            raise UnreadablePage("no <html> body or title")
        _show_class_styles(root)
        # One walk of the tree lists its attribute values (`_TreeIndex`): the toggled blocks are
        # found among them instead of by an XPath testing every element's class, and the
        # readers keep the index when the fix-ups after it changed nothing (most pages).
        index = _TreeIndex(root)
        changed = drop_permalink_marks(root)
        changed = show_opened_dialog_article(root, index) or changed
        changed = show_toggled_text(root, index) or changed
        self.url = url
        # Set by the extraction when the page's canonical names another page of the site (a
        # template pointing every article at its section or the home page): see `own_url`.
        self.claims_another_page = False
        # "Now" for every date read from this page: relative dates, two-digit years and the
        # future-date check are anchored on the fetch, never on the machine clock.
        self.fetched_at = fetched_at
        self.html = html  # the source, for libraries that parse it their own way (trafilatura)
        # Per-page results the generic extractor reuses across fields (headline element, zones).
        self.memo: dict[str, object] = {}
        _TEXTS[self.root] = _Texts(self.root)
        finalize(self, _TEXTS.pop, self.root, None)
        self._index: _TreeIndex | None = None
        if not changed:
            self._index = index
            _TEXTS[self.root].indexed(index)
        self._attribute_text: dict[str, str] = {}
        self._absolute: dict[str, str] = {}
        self._selected: dict[str, list[_Element]] = {}
        # Whether the page meets each attribute condition asked (`_has`): the generic selector
        # lists share their conditions (`[class~=detail]` in the headline's, the lead's and the
        # body's), and a page asks a few thousand of them.
        self._met: dict[_Need, bool] = {}

    def select(self, css: str) -> list[_Element]:
        """`select(self.root, css)`, running only the selectors of the list whose class, id and
        attribute values occur on the page: most selectors of the generic extractor match
        nothing on a given page, and each run walks the whole tree. Selectors the index reads
        are answered from it; the others run their XPath, and the union is put in document
        order, as XPath gives it. The tree is never changed, so a selector asked again (a
        layout's anchors, then its fields) is not run again."""
        found = self._selected.get(css)
        if found is None:
            found = self._selected[css] = self._select_page(css)
        return list(found)

    def _select_page(self, css: str) -> list[_Element]:
        selector, kept = self._kept(css)
        if not kept:
            return []
        unread = tuple(i for i in kept if selector.chains[i] is None)
        found = selector.xpath(unread)(self.root) if unread else []
        if len(unread) == len(kept):
            return found
        index = self.index
        for i in kept:
            if selector.chains[i] is not None:
                found.extend(index.select(selector.chains[i]))
        return sorted(set(found), key=self.order.__getitem__)

    def select_in_copy(self, cut: TreeCopy, css: str) -> list[_Element]:
        """`select(cut.root, css)` for a copy of part of this page's tree being cut (a body
        container cleaned before reading). Only the selectors of the list whose attribute
        values occur on the page run; when the index reads them all, they are answered from it
        below the copied element instead of walking the copy once a selector: a cut only takes
        elements away, so what matches in the copy is what matched in the page, less what was
        cut."""
        selector, kept = self._kept(css)
        if not kept:
            return []
        if any(selector.chains[i] is None for i in kept):
            return selector.xpath(kept)(cut.root)
        index = self.index
        found = {el for i in kept for el in index.select(selector.chains[i], cut.original)}
        if not found:
            return []
        order = self.order
        start = order[cut.original]
        nodes = cut.nodes()
        copies = (nodes[order[el] - start] for el in sorted(found, key=order.__getitem__))
        return [el for el in copies if cut.holds(el)]

    def _kept(self, css: str) -> tuple[_Selector, tuple[int, ...]]:
        """The selector list of `css`, and which of its selectors need only attribute values
        the page has."""
        selector = _PAGE_SELECTORS.get(css)
        if selector is None:
            selector = _PAGE_SELECTORS[css] = _Selector(css)
        met = self._met
        kept = []
        for i, (_, needs) in enumerate(selector.parts):
            for need in needs:  # in order, up to the first one the page does not meet
                found = met.get(need)
                if found is None:
                    found = met[need] = self._has(need)
                if not found:
                    break
            else:
                kept.append(i)
        return selector, tuple(kept)

    def _has(self, need: _Need) -> bool:
        """Whether some element of the page meets `need`. The words and the joined text of an
        attribute's values are built only for the operators that read them: a page's links
        hold hundreds of `href` values that only `*=` asks about."""
        name = need.attribute
        if need.operator == "exists":
            return bool(self.attribute_values(name))
        if need.operator == "=":
            return need.value in self.attribute_values(name)
        if need.operator == "~=":
            return need.value in self.index.words(name)
        return need.value in self.attribute_text(name)  # *=

    @property
    def index(self) -> _TreeIndex:
        """The page's tree index: the one the page was parsed with, or, when a fix-up changed
        the tree, one built on first use."""
        if self._index is None:
            self._index = _TreeIndex(self.root)
            if (texts := _TEXTS.get(self.root)) is not None:
                texts.indexed(self._index)
        return self._index

    @property
    def order(self) -> dict[_Element, int]:
        """Each node of the page's tree → its index in document order."""
        return self.index.order

    def attribute_values(self, name: str) -> Collection[str]:
        """The distinct values of attribute `name` on the page."""
        return self.index.values.get(name, {}).keys()

    def attribute_text(self, name: str) -> str:
        """The distinct values of attribute `name` on the page joined by NULs (never in a
        value), built once: one search of it tells whether any value holds a string, where a
        search of each element's value costs a step a link, and a page has hundreds."""
        text = self._attribute_text.get(name)
        if text is None:
            text = self._attribute_text[name] = "\x00".join(self.attribute_values(name))
        return text

    def bearing(self, name: str, value: str) -> list[_Element]:
        """The elements whose attribute `name` is `value`, in document order."""
        return self.index.values.get(name, {}).get(value, [])

    def first_text(self, css: str) -> str | None:
        for el in self.select(css):
            text = text_of(el)
            if text:
                return text
        return None

    def absolute(self, href: str | None) -> str | None:
        """A link, image or other address of the page, as a browser reads it: against the
        page's `<base href>` when it names one. Each address is joined once: the fields ask for
        the same links again (a trail's, the section's, the tags'), and a join costs a parse
        of both addresses."""
        if not href or href.startswith(("data:", "javascript:")):
            return None
        found = self._absolute.get(href)
        if found is None:
            found = self._absolute[href] = urljoin(self.base_url, href.strip())
        return found

    @cached_property
    def base_url(self) -> str:
        """What the page's relative addresses are relative to: its first `<base href>`
        (itself relative to the page), else the page's URL."""
        for el in self.root.iter("base"):
            if href := (el.get("href") or "").strip():
                return urljoin(self.url, href)
        return self.url

    @cached_property
    def meta(self) -> dict[str, str]:
        """`<meta>` contents keyed by lowercased name/property/itemprop (first wins)."""
        return {key: values[0] for key, values in self._meta_lists.items()}

    def meta_values(self, key: str) -> list[str]:
        """Every `<meta>` content under `key` (lowercased), in page order: a page may repeat a
        tag (`author`: the outlet first, then the writer)."""
        return [value for value in self._meta_lists.get(key, ()) if value]

    @cached_property
    def _meta_lists(self) -> dict[str, list[str]]:
        """Every `<meta>` content (stripped) under its lowercased name, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            key = el.get("property") or el.get("name") or el.get("itemprop")
            content = el.get("content")
            if key and content:
                found.setdefault(key.lower(), []).append(content.strip())
        return found

    @cached_property
    def canonical_url(self) -> str:
        """The URL the page claims to be (canonical link, else `og:url`): a claim, unchecked."""
        for el in self.root.iter("link"):
            if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
                return urljoin(self.url, el.get("href").strip())
        og = self.meta.get("og:url")
        return urljoin(self.url, og) if og else self.url

    @property
    def own_url(self) -> str:
        """The page's own address: the canonical URL it claims, unless that names another page
        of the site, when a link to the claimed page is a link away (the section's crumb of a
        trail whose section the canonical names)."""
        return self.url if self.claims_another_page else self.canonical_url

    def names_itself(self, href: str | None) -> bool:
        """`href` is the page's own address (its URL or the canonical one it claims; `www.`, the
        scheme, a fragment and a closing `/` aside): a theme links the publish date to the post's
        permalink, and what such a link holds is the article's own, not another article's."""
        address = self.absolute(href)
        return address is not None and _address(address) in self._own_addresses

    def names_version(self, href: str | None) -> bool:
        """`href` is one of the addresses the head names as this article in another language
        (`<link rel="alternate" hreflang="vi" href="…">`): an edition's `Xem bản tiếng Việt`
        link beside its date line is the article's own, not another article's teaser."""
        address = self.absolute(href)
        return address is not None and _address(address) in self._version_addresses

    @cached_property
    def _version_addresses(self) -> frozenset[tuple[str, str, str]]:
        return frozenset(
            _address(address)
            for link in self.root.iter("link")
            if link.get("hreflang") and (address := self.absolute(link.get("href")))
        )

    def leads_off_site(self, href: str | None) -> bool:
        """`href` leads to another site than the page's (its mobile, AMP or `www` copy is
        the same site)."""
        host = urlsplit(self.absolute(href) or "").hostname
        return host is not None and site_host(host) != site_host(
            urlsplit(self.canonical_url).hostname
        )

    @cached_property
    def _own_addresses(self) -> frozenset[tuple[str, str, str]]:
        return frozenset({_address(self.url), _address(self.canonical_url)})

    def painted(self, name: str | None) -> str | None:
        """The picture the page's stylesheet paints behind the element of id `name` (see
        `painted_by_id`). The stylesheets are parsed only once they name `#name`: a news
        site's inline CSS runs to hundreds of kilobytes, and most pages paint nothing by id."""
        if not name or f"#{name}" not in self._stylesheets:
            return None
        return self.painted_by_id.get(name)

    @cached_property
    def _stylesheets(self) -> str:
        """The text of the page's `<style>` elements."""
        return "\n".join(style.text or "" for style in self.root.iter("style"))

    @cached_property
    def painted_by_id(self) -> dict[str, str]:
        """The picture the page's stylesheet paints behind an element, by the element's id: a
        page builder places each picture so, with no `<img>` (LadiPage's `#IMAGE20`)."""
        painted: dict[str, str] = {}
        for style in self.root.iter("style"):
            for name, url in PAINTED_BY_ID.findall(style.text or ""):
                if (address := self.absolute(url)) is not None:
                    painted.setdefault(name, address)
        return painted

    @cached_property
    def json_ld(self) -> list[dict]:
        """Every JSON-LD object on the page, flattened out of lists, `@graph` and a page's
        `mainEntity`."""
        objects: list[dict] = []
        for el in self.root.iter("script"):
            if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
                continue
            text = el.text
            if "<![CDATA[" in text or "]]>" in text:  # else the wrapper cannot match
                text = CDATA_WRAPPER.sub("", text)
            text = text.strip().rstrip(";")
            try:
                data = json.loads(text, strict=False)
            except ValueError:
                continue
            objects.extend(_flatten_ld(data))
        return objects

    @cached_property
    def app_data(self) -> list[dict]:
        """Every object in the server data of a JavaScript app (Next.js `__NEXT_DATA__`, React
        on Rails' component props): pages built so print their exact times only there, the
        DOM showing `2 giờ trước` or a day without its hour."""
        objects: list[dict] = []
        selectors = [APP_DATA] if APP_DATA_ID in self.attribute_values("id") else []
        if APP_PROPS_CLASS in self.attribute_text("class"):
            selectors.append(APP_PROPS)
        for el in (el for selector in selectors for el in self.select(selector)):
            with contextlib.suppress(ValueError):
                objects.extend(_objects(json.loads(el.text or "", strict=False)))
        return objects

    @cached_property
    def app_article(self) -> dict:
        """The article's object in the app data, whose title is the page's `<h1>` or og:title
        (the data also holds related articles, each with its own title and time), or `{}`."""
        if not self.app_data:
            return {}
        titles = {fold(text_of(h1)) for h1 in self.root.iter("h1")}
        titles.add(fold(self.meta.get("og:title", "")))
        titles.discard("")
        for obj in self.app_data:
            title = next((obj[k] for k in APP_TITLES if isinstance(obj.get(k), str)), None)
            if title is not None and fold(" ".join(title.split())) in titles:
                return obj
        return {}

    @cached_property
    def article_ld(self) -> dict:
        """The page's Article/NewsArticle JSON-LD object, or `{}`."""
        for obj in self.json_ld:
            types = obj.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in names):
                return obj
        return {}


def site_host(host: str | None) -> str | None:
    """The host without the prefix of a site's mobile, AMP or `www` copy."""
    return MIRROR_PREFIX.sub("", host) if host else host


def _address(url: str) -> tuple[str, str, str]:
    """The host (without `www.`), path (without a closing `/`) and query of an address."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query


def _objects(data: object) -> Iterator[dict]:
    """Every object in a JSON value, outermost first."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _objects(value)


def _flatten_ld(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])
        if isinstance(data.get("mainEntity"), dict):  # a WebPage holding its NewsArticle
            yield from _flatten_ld(data["mainEntity"])


def _class_styles(root: _Element) -> dict[tuple[str, str], tuple[str, ...]]:
    """Bold, italics and alignment the page's own style sheets set by a class alone, by the
    element the rule names (`""` for any) and the class: `{("", "c4"): ("font-weight:bold",)}`;
    `h1.western{font-weight:bold}` is for `<h1>`s only. Later rules add to earlier ones."""
    styles: dict[tuple[str, str], tuple[str, ...]] = {}
    for sheet in root.iter("style"):
        # The sheet's text as the tree holds it, UTF-8: read as a `str` it is decoded, only to
        # be encoded again for the search below.
        text = tostring(sheet, method="text", encoding="utf-8", with_tail=False)
        for tag, name, body in _marked_class_rules(text):
            if "font-" not in body and "text-align" not in body:
                continue  # most rules: colours, sizes, boxes
            marks = []
            if CLASS_BOLD.search(body):
                marks.append("font-weight:bold")
            if CLASS_ITALIC.search(body):
                marks.append("font-style:italic")
            if aligned := CLASS_ALIGN.search(body):
                marks.append(f"text-align:{aligned.group(1).lower()}")
            if marks:
                key = (tag.lower(), name)
                styles[key] = styles.get(key, ()) + tuple(marks)
    return styles


def _marked_class_rules(data: bytes) -> Iterator[tuple[str, str, str]]:
    """The rules of a style sheet (its UTF-8 `data`) for one class alone (see `CLASS_SELECTOR`)
    whose declarations name a weight, a style or an alignment, as (tag, class, declarations), in
    the sheet's order. A news site's sheets run to thousands of rules and a few hundred
    kilobytes, of which a few rules say so: each property name is found first in the sheet with
    ASCII letters lower-cased (a scan at memory speed, where a pattern read every rule), then
    only the rule around it is read. A brace is one byte of UTF-8, never part of another
    character, so the rule's parts are whole characters."""
    lowered = data.lower()
    starts = sorted(start for word in CLASS_MARK_WORDS for start in _found_at(lowered, word))
    done = 0
    for start in starts:
        if start < done:
            continue  # another name in the declarations just read
        opening = data.rfind(b"{", 0, start)
        if opening < 0 or data.rfind(b"}", opening, start) >= 0:
            continue  # in a selector (`.text-align-right`), not in declarations
        closing = data.find(b"}", start)
        if closing < 0 or data.find(b"{", start, closing) >= 0:
            continue  # declarations never closed, or a block opened inside them
        done = closing
        before = data.rfind(b"}", 0, opening)
        selector = data[before + 1 : opening].decode("utf-8", "surrogatepass")
        if named := CLASS_SELECTOR.fullmatch(selector):
            body = data[opening + 1 : closing].decode("utf-8", "surrogatepass")
            yield named.group(1) or "", named.group(2), body


def _found_at(data: bytes, word: bytes) -> Iterator[int]:
    """Where `word` starts in `data`, each place."""
    start = data.find(word)
    while start >= 0:
        yield start
        start = data.find(word, start + len(word))


TOGGLE_WORD = "hidden"  # a block's class word a `Show more` toggle removes (Bootstrap's)
TOGGLED = _Need("class", "~=", TOGGLE_WORD)
ELLIPSIS = ("…", "...")  # closing a teaser cut short
MIN_TEASER = 40  # characters of a teaser's words: a sentence's start, not a `Xem…` button


def show_toggled_text(root: _Element, index: _TreeIndex) -> bool:
    """Show the whole text a teaser stands for (a video host's description: `<div
    class="teaser"><p>Giải … thu hút 6.420 vận động viên …</p></div><div class="full hidden">
    <p>Giải … thu hút 6.420 vận động viên đến từ …</p>…</div>`): the hidden block opening with
    the teaser's words, cut short before an ellipsis, is what the reader opens, and the teaser
    a copy of its start. The teaser goes and the block is shown. Whether the tree changed.
    The blocks are found among the class values of `index` (`root`'s, perhaps from before
    another fix-up removed some of them), not by walking the tree again."""
    changed = False
    for block in _toggled_blocks(root, index):
        teaser = block.getprevious()
        if teaser is None:
            continue
        cut = collapse("".join(teaser.itertext()))
        if not cut.endswith(ELLIPSIS):
            continue
        opening = cut.rstrip(".…").rstrip()
        if len(opening) >= MIN_TEASER and collapse("".join(block.itertext())).startswith(opening):
            teaser.getparent().remove(teaser)
            shown = [word for word in block.get("class", "").split() if word != TOGGLE_WORD]
            block.set("class", " ".join(shown))
            changed = True
    return changed


def _toggled_blocks(root: _Element, index: _TreeIndex) -> list[_Element]:
    """The elements of `root`'s tree with the class word `hidden` (`.hidden`), in document
    order; the class words listed here are the ones the readers' selectors ask for later."""
    found = [
        el
        for el in index.bearing(TOGGLED)
        if el is root or any(above is root for above in el.iterancestors())
    ]
    return sorted(found, key=index.order.__getitem__)


MIN_DIALOG_ARTICLE = 300  # characters of paragraphs: an article's text, not a card's lines
ARTICLE_HEADINGS = ("h1", "h2", "h3")  # an article's title


def show_opened_dialog_article(root: _Element, index: _TreeIndex) -> bool:
    """Make the article opened in a modal window over the page the page's only content (a
    wall's post opened over the wall's cards: `<div role="dialog" aria-modal="true"><article>
    <h2>…</h2><time>…</time><p>…</p>…</article></div>`): its address is the post's, and the
    page behind, whose paragraphs hold less text than the post's, is the list it was opened
    from. A modal window without an article, with its heading and text, is a consent wall or a
    sign-up box, left to the readers (`zones.is_zone`). Whether the tree changed."""
    body = root.find("body")
    opened = [
        article
        for window in _modal_windows(root, index)
        for article in window.iter("article")
        if not any(above.tag == "article" for above in article.iterancestors())
    ]
    if body is None or len(opened) != 1:
        return False
    article = opened[0]
    text = _paragraph_text(article.iter("p"))
    behind = (p for p in root.iter("p") if article not in p.iterancestors())
    if (
        next(article.iter(*ARTICLE_HEADINGS), None) is None
        or text < MIN_DIALOG_ARTICLE
        or _paragraph_text(behind) >= text
    ):
        return False
    article.getparent().remove(article)
    article.tail = None
    for child in list(body):
        if child.tag != "script":
            body.remove(child)
    body.insert(0, article)
    _drop_titles_of_page_behind(root, article)
    return True


def _drop_titles_of_page_behind(root: _Element, article: _Element) -> None:
    """Remove the `<title>` and the title and description `<meta>`s when the title does not
    hold the opened article's heading: they name the page behind it (a wall and its
    description), not the article."""
    heading = collapse("".join(next(article.iter(*ARTICLE_HEADINGS)).itertext()))
    title = root.find(".//title")
    if title is not None and heading in collapse("".join(title.itertext())):
        return
    for el in list(root.iter("title", "meta")):
        key = (el.get("property") or el.get("name") or "").lower()
        if el.tag == "title" or key.rpartition(":")[2] in ("title", "description"):
            el.getparent().remove(el)


def _modal_windows(root: _Element, index: _TreeIndex) -> list[_Element]:
    """The modal windows open on the page: `aria-modal="true"`, or an open `<dialog>`. They are
    found among the attribute values the tree's index lists (built before the permalink marks
    went, so each is asked whether it is still in the tree) instead of by a walk asking every
    element for its attributes: nearly every page has none."""
    marked = index.values.get("aria-modal", {}).get("true", [])
    opened = [el for bearing in index.values.get("open", {}).values() for el in bearing]
    found = {
        el
        for el in (*marked, *(el for el in opened if el.tag == "dialog"))
        if el.get("hidden") is None
        and el.get("aria-hidden") != "true"
        and (el is root or any(above is root for above in el.iterancestors()))
    }
    return sorted(found, key=index.order.__getitem__)


def _paragraph_text(paragraphs: Iterable[_Element]) -> int:
    """How many characters the paragraphs hold, spaces collapsed."""
    return sum(len(collapse("".join(p.itertext()))) for p in paragraphs)


def drop_permalink_marks(root: _Element) -> bool:
    """Remove the mark a documentation site closes each heading and caption with (`<h2
    id="a">Lịch dừng<a href="#a">¶</a></h2>`, Sphinx's `<figcaption><p><span>…</span><a
    href="#id1">¶</a></p></figcaption>`), or opens a heading with (`<h2 id="a"><a
    href="#a">#</a> Lịch dừng</h2>`): a link to the place itself, a symbol and no words, no
    part of the headline's, a heading's or a caption's text; and a wiki's control to edit a
    section printed after its heading (`_edit_section_beside`). Whether any was removed."""
    changed = False
    for holder in list(root.iter(*PERMALINK_HOLDERS)):
        if not len(holder):
            continue
        last, first = _closing_child(holder), holder[0]
        if last is not None:
            last.getparent().remove(last)
            changed = True
        elif _opening_permalink(holder, first):
            holder.text = (first.tail or "").lstrip()
            holder.remove(first)
            changed = True
    for heading in list(root.iter(*PERMALINK_HEADINGS)):
        if (control := _edit_section_beside(heading)) is not None:
            control.getparent().remove(control)
            changed = True
    return changed


def _edit_section_beside(heading: _Element) -> _Element | None:
    """The edit control a wiki prints after a heading rather than inside it (MediaWiki 1.43's
    `<div class="mw-heading"><h2>…</h2><span class="mw-editsection">[sửa mã nguồn]</span>
    </div>`): the heading's next sibling, nothing printed between them or after it in their
    block, so the block's words are the heading's alone."""
    control = heading.getnext()
    if control is None or (heading.tail or "").strip() or (control.tail or "").strip():
        return None
    if control.getnext() is not None or not _edit_section(control):
        return None
    return control


def _opening_permalink(holder: _Element, first: _Element) -> bool:
    """A heading opens with its permalink, or with a wiki's control to edit its section
    (JAMWiki's `<span class="editsection">[<a …>sửa</a>]</span>` before the heading's words),
    no words before it."""
    opens = holder.tag in PERMALINK_HEADINGS and not (holder.text or "").strip()
    return opens and (_permalink(first) or _edit_section(first))


def _closing_child(holder: _Element) -> _Element | None:
    """The permalink closing `holder`: its last child, or the last child of its last child
    (a caption's paragraph), with nothing printed after it."""
    el = holder
    while len(el) and not (el[-1].tail or "").strip():
        el = el[-1]
        if _permalink(el) or _edit_section(el):
            return el
    return None


def _permalink(el: _Element) -> bool:
    """`el` links to a place on the page with a symbol and no words (`<a href="#a">¶</a>`), or
    with an icon alone (`<a href="#a"><i class="fa fa-link"></i></a>`, HonKit's anchor)."""
    if el.tag != "a" or not (href := el.get("href") or "").startswith("#"):
        return False
    text = text_of(el)
    if not text:
        return len(href) > 1 and len(el) > 0 and el.find(".//img") is None
    return bool(PERMALINK_MARK.fullmatch(text))


def _edit_section(el: _Element) -> bool:
    """`el` is a wiki's control closing a heading (`<span class="mw-editsection">[<a
    href="…&action=edit&section=1">sửa</a>]</span>`): links to edit that section, bracketed, a
    tool for the page's editors that no reader reads as the heading's words."""
    links = [el] if el.tag == "a" else list(el.iter("a"))
    if not links or not all(EDIT_SECTION_LINK.search(a.get("href") or "") for a in links):
        return False
    if any(len(text_of(a).split()) > MAX_EDIT_SECTION_WORDS for a in links):
        return False
    rest = text_of(el)
    for a in links:
        rest = rest.replace(text_of(a), "", 1)
    return bool(EDIT_SECTION_FRAME.fullmatch(rest))


def _show_class_styles(root: _Element) -> None:
    """Write the bold, italics and alignment the page's style sheets give a class onto the
    elements of that class, as if typed inline: a word processor's export sets a lead bold or
    a caption italic only so (`<p class="c1"><span class="c4">`), and the rules for a lead, a
    caption and a signature read `<b>`, `<i>` and `style`. An inline element gets a `<b>` or
    `<i>` around its content, a block the declarations in its `style`."""
    styles = _class_styles(root)
    if not styles:
        return
    styled = {name for _, name in styles}
    for el in root.iter():
        names = el.get("class")
        if not names or styled.isdisjoint(names.split()) or not isinstance(el.tag, str):
            continue  # most elements: no class a rule names
        marks = {
            mark
            for name in names.split()
            for key in (("", name), (el.tag, name))
            for mark in styles.get(key, ())
        }
        if not marks:
            continue
        if el.tag in STYLED_INLINE:
            for mark, tag in (("font-style:italic", "i"), ("font-weight:bold", "b")):
                if mark in marks:
                    _wrap_content(el, tag)
        else:
            own = (el.get("style") or "").rstrip().rstrip(";")
            el.set("style", ";".join(filter(None, (own, *sorted(marks)))))


def _wrap_content(el: _Element, tag: str) -> None:
    """Put all of `el`'s content (its text and children) into a new `<tag>` inside it."""
    inner = el.makeelement(tag, {})
    inner.text, el.text = el.text, None
    for child in list(el):
        inner.append(child)
    el.append(inner)
