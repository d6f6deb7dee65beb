"""Induce a site profile's layout from sample pages and their confirmed records.

For each field, the induced selector is the shortest stable CSS selector that gives the
confirmed value on every sample and nothing on samples where the value is null. Candidates are
built from the elements that hold the value. They are ranked so that class names come before
bare tags and stable ids, and positions (`:nth-of-type`) come last. The body is a container plus
a `drop` list. The container is the smallest element holding every confirmed paragraph; the drop
list holds the classed blocks inside it that put other text in the body. A field no selector
can give is left to the generic extractor.

Values are compared the way the pipeline will store them (parsers/record.py keys): a selector
for `published` must print `published_raw` exactly, one for `byline` must read as `byline` and
`authors`, and so on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from lxml.etree import _Element

from parsers import patterns
from parsers.body import read_body
from parsers.page import Page, text_of
from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.dates import format_iso, match_datetime
from parsers.vietnamese.names import clean_byline
from parsers.vietnamese.text import clean_text, strip_dateline

MAX_ANCESTORS = 4  # how far up a qualifying ancestor is looked for
UNSTABLE = patterns.compile(r"\d{3,}|[0-9a-f]{8,}")  # generated ids and classes


@dataclass
class Sample:
    """One sample page and the record a reader confirmed for it."""

    page: Page
    expected: dict
    fetched_at: datetime


@dataclass
class Induced:
    fields: dict[str, str] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    left_generic: list[str] = field(default_factory=list)  # fields no selector could give


def induce(samples: list[Sample]) -> Induced:
    """Selectors for every field the samples confirm, and the body's drop list."""
    result = Induced()
    for name, (want, read) in TEXT_FIELDS.items():
        wanted = [want(s.expected) for s in samples]
        if all(w in (None, []) for w in wanted):
            continue
        css = _best(samples, wanted, read)
        if css:
            result.fields[name] = css
        else:
            result.left_generic.append(name)
    body = _induce_body(samples)
    if body:
        result.fields["body"], result.drop = body
        if all(_byline_in_body(s, *body) for s in samples):  # as hand-made profiles do
            result.fields.pop("byline", None)
            if "byline" in result.left_generic:
                result.left_generic.remove("byline")
    elif any(s.expected.get("body") for s in samples):
        result.left_generic.append("body")
    return result


def _byline_in_body(sample: Sample, css: str, drop: tuple[str, ...]) -> bool:
    """The body container's own byline (its right-aligned last line) is the confirmed one."""
    found = sample.page.select(css)
    raw = read_body(sample.page, found[0], drop).byline if found else None
    byline = clean_byline(clean_text(raw)) if raw else None
    got = (byline.display, list(byline.people)) if byline else None
    return got == TEXT_FIELDS["byline"][0](sample.expected)


# --- text fields -----------------------------------------------------------------------------


def _first(els: list[_Element]) -> str | None:
    return next((t for el in els if (t := text_of(el))), None)


def _texts(els: list[_Element]) -> list[str]:
    return [t for el in els if (t := clean_text(text_of(el)))]


def _summary(els: list[_Element], _: datetime) -> str | None:
    text = clean_text(_first(els))
    return strip_dateline(text)  # as the normalizer strips it from the lead


def _instant(els: list[_Element], fetched_at: datetime) -> str | None:
    """The instant an element prints, read against its sample's fetch time as the extractor
    read it: against the machine's clock, a relative line (`2 giờ trước`, `hôm qua 14:30`)
    named another instant on every run, and no selector gave the confirmed one."""
    found = match_datetime(clean_text(_first(els)) or "", now=fetched_at)
    return format_iso(found.value) if found else None


def _byline(els: list[_Element], _: datetime) -> tuple[str | None, list[str]] | None:
    text = clean_text(_first(els))
    if not text:
        return None
    byline = clean_byline(text)
    return byline.display, list(byline.people)


def _views(els: list[_Element], _: datetime) -> tuple[str, int | None] | None:
    text = clean_text(_first(els))
    return (text, parse_count(text)) if text else None


def _last(els: list[_Element], _: datetime) -> str | None:
    texts = _texts(els)
    return texts[-1] if texts else None


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# A selector's matches on a sample, and the sample's fetch time → the value they give.
Reader = Callable[[list[_Element], datetime], object]
# field → (the confirmed value from a record, what a selector's matches give)
TEXT_FIELDS: dict[str, tuple[Callable[[dict], object], Reader]] = {
    "headline": (lambda e: e["headline"], lambda els, _: clean_text(_first(els))),
    "summary": (lambda e: e["summary"], _summary),
    "published": (lambda e: e["published_raw"], lambda els, _: clean_text(_first(els))),
    "modified": (lambda e: e["modified_at"], _instant),
    "views": (
        lambda e: (e["views_raw"], e["views"]) if e["views_raw"] else None,
        _views,
    ),
    "byline": (
        lambda e: (e["byline"], list(e["authors"])) if e["byline"] else None,
        _byline,
    ),
    "category": (lambda e: e["category"], _last),
    "tags": (lambda e: list(e["tags"]), lambda els, _: _unique(_texts(els))),
}


def _best(samples: list[Sample], wanted: list, read: Reader) -> str:
    """The best-ranked selector giving `wanted[i]` on sample i, or '' if none does."""
    candidates: dict[str, tuple] = {}
    for sample, want in zip(samples, wanted, strict=True):
        if want in (None, []):
            continue
        for el in sample.page.root.iter():
            if not isinstance(el.tag, str) or el.tag in ("html", "head", "body", "script"):
                continue
            got = read([el], sample.fetched_at)
            if got == want or (isinstance(want, list) and _starts(got, want)):
                for css, rank in _selectors(el, samples):
                    candidates.setdefault(css, rank)
    for css in sorted(candidates, key=lambda c: candidates[c]):
        if all(
            _gives(read(s.page.select(css), s.fetched_at), want)
            for s, want in zip(samples, wanted, strict=True)
        ):
            return css
    return ""


def _gives(got: object, want: object) -> bool:
    """A selector gives the confirmed value, or nothing where the value is null."""
    if want in (None, []):
        return got in (None, [])
    return got == want


def _starts(got: object, want: list) -> bool:
    """For list fields: one element giving the first value (a tag link among the tags)."""
    return isinstance(got, list) and got[:1] == want[:1]


# --- selectors for an element ----------------------------------------------------------------


def _simple(el: _Element, samples: list[Sample]) -> list[tuple[str, int]]:
    """One-element selectors for `el`, with their kind: 0 class, 1 stable id, 2 bare tag."""
    forms = []
    for name in (el.get("class") or "").split():
        if not UNSTABLE.search(name) and re.fullmatch(r"[A-Za-z_][\w-]*", name):
            forms += [(f".{name}", 0), (f"{el.tag}.{name}", 0)]
    ident = el.get("id")
    if (
        ident
        and re.fullmatch(r"[A-Za-z_][\w-]*", ident)
        and not UNSTABLE.search(ident)
        and samples
        and all(s.page.select(f"#{ident}") for s in samples)
    ):
        forms.append((f"#{ident}", 1))
    forms.append((el.tag, 2))
    return forms


def _selectors(el: _Element, samples: list[Sample]) -> Iterable[tuple[str, tuple]]:
    """Candidate selectors for `el` with their rank (lower is better)."""
    own = _simple(el, samples)
    for css, kind in own:
        yield css, _rank(css, [kind])
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= MAX_ANCESTORS or ancestor.tag in ("html", "body"):
            break
        for outer, outer_kind in _simple(ancestor, samples):
            if outer_kind == 2:
                continue
            for inner, inner_kind in own:
                css = f"{outer} {inner}"
                yield css, _rank(css, [outer_kind, inner_kind])
    parent = el.getparent()
    if parent is not None:
        same = [c for c in parent if c.tag == el.tag]
        index = same.index(el) + 1
        for outer, outer_kind in _simple(parent, samples):
            if outer_kind != 2:
                css = f"{outer} > {el.tag}:nth-of-type({index})"
                yield css, _rank(css, [outer_kind, 2], position=True)


def _rank(css: str, kinds: list[int], position: bool = False) -> tuple:
    """Lower is better: no position, anchored on a class, no id, fewer parts, shorter."""
    return (position, 0 not in kinds, 1 in kinds, len(kinds), len(css))


# --- the body ----------------------------------------------------------------------------------


def _body_of(sample: Sample, container: _Element, drop: tuple[str, ...]) -> tuple[str, list]:
    body = read_body(sample.page, container, drop)
    paragraphs = [t for p in body.paragraphs if (t := clean_text(p))]
    summary = sample.expected.get("summary")
    if paragraphs and summary and strip_dateline(paragraphs[0]) == summary:
        paragraphs = paragraphs[1:]
    images = [{"url": i.url, "caption": clean_text(i.caption)} for i in body.images]
    return "\n\n".join(paragraphs), images


def _body_matches(sample: Sample, css: str, drop: tuple[str, ...]) -> bool:
    found = sample.page.select(css)
    if not found:
        return False
    text, images = _body_of(sample, found[0], drop)
    return text == sample.expected["body"] and images == sample.expected["images"]


def _container(sample: Sample) -> _Element | None:
    """The smallest element whose text holds every confirmed paragraph."""
    paragraphs = (sample.expected.get("body") or "").split("\n\n")
    if not paragraphs or not paragraphs[0]:
        return None
    best = None
    for el in sample.page.root.iter():
        if not isinstance(el.tag, str):
            continue
        text = clean_text(text_of(el)) or ""
        if all(p in text for p in (paragraphs[0], paragraphs[-1])) and (
            best is None or len(text) <= len(clean_text(text_of(best)) or "")
        ):
            best = el
    return best


def _drops(sample: Sample, container: _Element) -> list[str]:
    """Selectors of the classed blocks in `container` that neither hold nor are part of any
    confirmed text (paragraphs, lead, captions, byline)."""
    expected = sample.expected
    pieces = (expected.get("body") or "").split("\n\n") + [
        expected.get("summary") or "",
        expected.get("byline") or "",
        *(i.get("caption") or "" for i in expected.get("images") or []),
    ]
    pieces = [p for p in pieces if p]
    found: list[str] = []
    for el in container.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        text = clean_text(text_of(el))
        if not text or any(text in p or p in text for p in pieces):
            continue
        forms = [css for css, kind in _simple(el, [sample]) if kind < 2]
        if forms and not any(a in found for a in _ancestor_forms(el, container, sample)):
            found.append(forms[0])
    # Images no confirmed record has (ads, icons): their nearest classed block.
    keep = {i["url"] for i in expected.get("images") or []}
    for img in container.iter("img"):
        urls = {sample.page.absolute(v) for v in img.attrib.values()}
        if urls & keep:
            continue
        for el in (img, *img.iterancestors()):
            if el is container:
                break
            forms = [css for css, kind in _simple(el, [sample]) if kind < 2]
            if forms:
                if forms[0] not in found:
                    found.append(forms[0])
                break
    return found


def _ancestor_forms(el: _Element, container: _Element, sample: Sample) -> list[str]:
    forms = []
    for ancestor in el.iterancestors():
        if ancestor is container:
            break
        forms += [css for css, kind in _simple(ancestor, [sample]) if kind < 2]
    return forms


def _induce_body(samples: list[Sample]) -> tuple[str, tuple[str, ...]] | None:
    usable = [s for s in samples if s.expected.get("body")]
    if not usable:
        return None
    drop: list[str] = []
    candidates: dict[str, tuple] = {}
    containers: list[tuple[Sample, _Element]] = []
    for sample in usable:
        container = _container(sample)
        if container is None:
            return None
        containers.append((sample, container))
        for css in _drops(sample, container):
            if css not in drop:
                drop.append(css)
        for css, rank in _selectors(container, usable):
            candidates.setdefault(css, rank)

    def selects_container(css: str) -> bool:
        """The selector's first match is the text's own block on every sample, not a block
        around it (which may read the same text, and more on another page)."""
        return all(s.page.select(css)[:1] == [c] for s, c in containers)

    # Keep only the drop selectors needed: each must remove text no confirmed body has.
    for css in sorted(candidates, key=lambda c: (not selects_container(c), candidates[c])):
        if all(_body_matches(s, css, tuple(drop)) for s in usable):
            needed = [
                d
                for d in drop
                if not all(_body_matches(s, css, tuple(x for x in drop if x != d)) for s in usable)
            ]
            return css, tuple(needed)
    return None


# --- listing pages -----------------------------------------------------------------------------

NEXT_WORDS = ("sau", "trang sau", "tiếp", "tiếp theo", "xem tiếp", "next", "›", "»", ">", ">>")


def induce_listing(page: Page, is_article: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """(listing_item, next_page) selectors of a listing page: the repeated classed block holding
    one article link each, and the link to the next page."""
    links = [a for a in page.root.iter("a") if is_article(page.absolute(a.get("href")) or "")]
    counts: dict[str, int] = {}
    for link in links:
        for ancestor in link.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            forms = [css for css, kind in _simple(ancestor, []) if kind == 0 and "." in css]
            if forms:
                counts[forms[-1]] = counts.get(forms[-1], 0) + 1
                break
    item = None
    for css, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        blocks = page.select(css)
        if count >= 2 and len(blocks) == count:
            item = css
            break
    return item, _next_page(page)


def _next_page(page: Page) -> str | None:
    if page.select("a[rel~=next]"):
        return "a[rel~=next]"
    for a in page.root.iter("a"):
        text = (clean_text(text_of(a)) or "").lower()
        names = (a.get("class") or "").split()
        if "next" in " ".join(names).lower() or text in NEXT_WORDS:
            for css, _ in sorted(_selectors(a, []), key=lambda pair: pair[1]):
                if page.select(css) and page.select(css)[0] is a:
                    return css
    return None
