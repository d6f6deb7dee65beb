"""Headline: the visible headline element, spelled as the page's metadata spells it.

The visible `<h1>` wins over og:title when they differ: editors retitle the social-media card
(nld.com.vn's og:title is a shorter variant), and the reader sees the `<h1>`. An `<h1>` that
only names the site (table layouts print the logo text in it) is never the headline: then the
element that prints the page's title is (`zones.headline_element`).

When a metadata title (og:title, JSON-LD, twitter:title, `<title>`, without the site name) says
the same words as the visible element, it gives the spelling: the element's spans glue words
(`Lễ hội Đền Hùng` + `Hàng vạn du khách…` → `Lễ hội Đền HùngHàng vạn…`), drop the colon after a
kicker, or print a kicker the title leaves out (`Thể thao` over the headline), unless on a
Vietnamese page another title spells it as printed (quotes og:title leaves out); a title
that puts the kicker in front (`Mùa lũ: Nước sông Hồng lên nhanh`, under an `<h1>`
reading only `Nước sông Hồng lên nhanh`) is the whole headline when a second metadata title agrees.

A metadata title that files the headline under the page's own section (`Thời sự - …`,
`… | Thời sự | Báo Mẫu`, the section the page's breadcrumb or `article:section` names) says the
headline without it: a section is where the site keeps the article, not a kicker the editor wrote.

Outside Vietnamese pages the publisher's own title for the article wins over a display variant
printed above it: a social title (og:title) that is the visible headline with words left out
(`Police to investigate leaks` under `Police to investigate reports of information leaks to
gangs`), or the one wording that three or more metadata titles agree on while the element
differs (a local spelling, a shortened suffix). An overline the element prints in front of its
title, where the metadata titles put another kicker, is no part of the headline. On a live page
(`Nahost-Ticker: …`, `… LIVE: …`, or a `Live` flag printed right over the element) the visible
headline is the latest entry's: the standing title is the first metadata title without the live
label, the publisher's own before the social card. Vietnamese papers do the opposite: the `<h1>`
is the edited headline and the card a cut or reworded variant, so there the visible element
stands. A page that prints no headline element (or prints it only inside page furniture) is
read by its metadata titles: the wording three of them agree on, else the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from lxml.etree import _Element

from parsers import patterns
from parsers.generic.zones import (
    MIN_TITLE,
    headline_element,
    headline_info_line,
    is_vietnamese,
    meta_titles,
    strip_site_name,
)
from parsers.page import Page, element_before, text_of

__all__ = ["headline", "strip_site_name"]

_NOT_WORDS = patterns.compile(r"[\W_]+")
PLAIN_QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")
KICKER_END = r"[:|–—-]\s*$"  # `Mùa lũ: `, `Thể thao | `; rare: left to `re`'s cache
WORD_EDGES = ".,:;!?\"'“”‘’„«»()–—"
OPENING_QUOTES = " \"'“‘„«‹"  # a title's quote opening after its kicker (`Storm: «We …»`)
# A poster's name, a colon and the words of the post in quotes opening a status's title.
POSTER_QUOTED = patterns.compile(r"[^:\"“”]{2,80}:\s*[\"“](?P<said>[^\"“”]+)[\"”]")
MIN_CARD_WORDS = 3  # a shorter social title is a label (`Ukraine`, `Live`), not a headline
MIN_AGREEING = 3  # metadata titles that must say the same to outweigh the visible element
SECTION_SEPARATOR = r"\s*[:|/»–—-]\s*"  # between a section name and the headline
# A live page's label before a colon: `Nahost-Ticker:`, `Liveticker:`, `Liveblog:`, `… LIVE:`.
LABEL_CLASS = patterns.compile(r"(?:^|[\s_-])(?:label|badge|prefix)(?:$|[\s_-])", re.I)
# A mailing list's tag opening a message's subject (`[tdp7-thanhxuan] Thông báo …`): the list's
# name, lower-case, with a dash, dot or digit, which the list's software puts before every
# subject; no word of the headline (a kicker such as `[Video]` is capitalised and stays).
LIST_TAG = patterns.compile(r"^\[(?=[a-z]*[\d._-])[a-z0-9]+(?:[._-][a-z0-9]+)*\]\s+(?=\S)")
# A wiki's or site's name in a span of its own opening the heading (Instiki's `<h1
# id="pageName"><span class="webName">Giáo viên</span> <span class="pageName">…</span></h1>`).
SITE_NAME_CLASS = patterns.compile(r"(?i)(?:^|[\s_-])(?:web|site|wiki)[_-]?name(?:$|[\s_-])")
LIVE_LABEL = patterns.compile(r"(?i)(?:^|\s)(?:[\w-]*ticker|live(?:-?blog)?|newsblog)\s*[:|]")
# A live page's flag printed on its own right above the headline (`<div class="flag">Live</div>`).
LIVE_FLAG = patterns.compile(r"(?i)[\w-]*ticker|live(?:[\s-]?(?:blog|ticker))?|newsblog")


def headline(page: Page, sections: Callable[[], Collection[str]] = tuple) -> str | None:
    """The headline; `sections` gives the names of the page's own section, asked for only
    when a metadata title may carry one. A section the visible element prints stays."""
    el = headline_element(page)
    label = _opening_label(el) if el is not None else None
    printed = text_of(el) if el is not None else ""
    if label:  # a forum thread's prefix (`Tin địa phương`), in the metadata titles too
        printed = printed[len(label) :].strip()
    printed = LIST_TAG.sub("", printed)
    shown = _words(printed).casefold()
    sub = _sub_title(el, printed) if el is not None else None

    def unshown() -> list[str]:
        names = [name for name in sections() if name and _words(name)]
        return [name for name in names if not shown.startswith(_words(name).casefold())]

    titles = [t for title in meta_titles(page) if (t := _title(page, title, unshown))]
    if sub and not any(_words(sub) in _words(title) for title in titles):
        printed = printed[: -len(sub)].rstrip()
    if label:
        opening = rf"(?i)^{re.escape(label)}{SECTION_SEPARATOR}"
        titles = [re.sub(opening, "", title) for title in titles]
    if el is None:
        return _status_subject(page, titles) or _agreed(titles) or _without_affix(titles)
    vietnamese = is_vietnamese(page)
    visible = _spelled_as_titles(printed, titles, as_printed=vietnamese)
    if vietnamese:  # (a German `Dachzeile` over the headline is the titles' kicker, and stays)
        return printed if _kicker_printed_above(el, visible, printed) else visible
    card = _title(page, page.meta.get("og:title") or "", unshown)
    return _title_under_overline(el, printed, titles) or _publisher_title(
        visible, titles, card, live=_flagged_live(el)
    )


def _kicker_printed_above(el: _Element, titled: str, printed: str) -> bool:
    """The titles' kicker in front of the printed headline (`Bộ ảnh: ` before `Diêm dân …`) is
    printed apart in the line right above the element, as a label of the page's kind
    (`<p class="label">BỘ ẢNH · 8 ảnh</p>`): on a Vietnamese page, the label, not words of the
    headline."""
    words, shown = _words(titled).casefold(), _words(printed).casefold()
    if not shown or words == shown or not words.endswith(shown):
        return False
    before = element_before(el)
    above = _words(text_of(before)).casefold() if before is not None else ""
    return bool(above) and above.startswith(words[: -len(shown)])


def _opening_label(el: _Element) -> str | None:
    """The text of a label opening the headline element (`<h1><span class="label">Tin địa
    phương</span>Cầu …</h1>`, a forum thread's prefix): a badge over the headline, not its
    words; so is an element of its own printing no letter or digit (a wiki page's emoji, `<span
    class="page-emoji">🧪</span>`, its icon), and a span classed as the wiki's or site's
    name (Instiki's `<span class="webName">`), which the `<title>` prints before the page's."""
    first = el[0] if len(el) and not (el.text or "").strip() else None
    if first is None or not isinstance(first.tag, str):
        return None
    label = text_of(first)
    classes = first.get("class") or ""
    badge = LABEL_CLASS.search(classes) or SITE_NAME_CLASS.search(classes) or not _words(label)
    if label and badge and len(label) < len(text_of(el)):
        return label
    return None


def _sub_title(el: _Element, printed: str) -> str | None:
    """The sub-title the headline element closes with in a `<small>` (`<h1>Hồ Lắk vào mùa
    nước<br><small>Du khách về bến thuyền</small></h1>`): a second line set smaller under the
    headline, no part of it unless a metadata title says its words too; so is an info line
    closing it (`headline_info_line`)."""
    last = el[-1] if len(el) else None
    info = headline_info_line(el)
    if info is None and (last is None or last.tag != "small" or (last.tail or "").strip()):
        return None
    sub = text_of(info if info is not None else last)
    return sub if sub and len(sub) < len(printed) and printed.endswith(sub) else None


def _title(page: Page, title: str, sections: Callable[[], Collection[str]]) -> str:
    """A metadata title without the site's name and without the page's section name in front
    of it or after it (`Thời sự - …`, `… | Thời sự`)."""
    title = strip_site_name(page, title)
    if not re.search(SECTION_SEPARATOR, title):
        return title
    for section in sections():
        name = re.escape(section.strip())
        rest = re.sub(rf"(?i)^{name}{SECTION_SEPARATOR}(?=\w)|\s*[|/»–—-]\s*{name}$", "", title)
        if rest != title and len(rest) >= MIN_TITLE:
            return rest.strip()
    return title


def _publisher_title(visible: str, titles: list[str], card: str, *, live: bool = False) -> str:
    """The title the publisher files the article under, when the visible element is a display
    variant of it (see the module docstring); else the visible element. `live`: a live flag is
    printed over the element. On a live page the publisher's own title (JSON-LD, `<title>`)
    comes before the social card, which follows the coverage as the `<h1>` does."""
    if live or LIVE_LABEL.search(visible):
        standing = [title for title in titles if not LIVE_LABEL.search(title)]
        standing = [title for title in standing if _words(title) != _words(card)] or standing
        if standing and _words(standing[0]) != _words(visible):
            return standing[0]
    keys = {_words(title) for title in titles}
    if len(titles) >= MIN_AGREEING and len(keys) == 1 and _words(visible) not in keys:
        return titles[0]
    return card if _left_out_of(card, visible) else visible


def _flagged_live(el: _Element) -> bool:
    """A live flag (`Live`, `Liveticker`) is printed on its own right above the headline
    element: the `<h1>` under it names the coverage's latest news (`… +++ …`)."""
    before = element_before(el)
    return before is not None and bool(LIVE_FLAG.fullmatch(text_of(before)))


def _title_under_overline(el: _Element, printed: str, titles: list[str]) -> str | None:
    """The title the headline element prints after an overline of its own (`<h1><span
    class="overline">Storm season</span><span>“We were lucky”</span></h1>`) when the metadata
    titles put another kicker in front of the same words (`Coastal floods: “We were
    lucky”`): each kicker is a label over the title, and the title is the words both share."""
    last = el[-1] if len(el) else None
    if last is None or not isinstance(last.tag, str) or (last.tail or "").strip():
        return None
    title = text_of(last)
    words, shown = _words(title), _words(printed)
    if not words or title == printed or not printed.endswith(title):
        return None
    overline = shown[: -len(words)]
    kickers = [
        _opening(meta, len(key) - len(words))
        for meta in titles
        if (key := _words(meta)).endswith(words) and key != words
    ]
    if not kickers or shown in {_words(meta) for meta in titles}:
        return None
    for kicker in kickers:
        if _words(kicker) == overline or not re.search(KICKER_END, kicker.rstrip(OPENING_QUOTES)):
            return None
    return title


def _status_subject(page: Page, titles: list[str]) -> str | None:
    """The words a title quotes after the poster's name (a fediverse status's `Nguyễn Thị Lan:
    "Tiếp xúc cử tri …"`), on a page with no headline element that prints them as a block of
    their own (the status's subject over its text): the post's title, where its social card
    names the account (`Nguyễn Thị Lan (@lan)`)."""
    for title in titles:
        quoted = POSTER_QUOTED.match(title)
        said = quoted.group("said").strip() if quoted else ""
        if said and any(text_of(el) == said for el in page.root.iter("p", "div", "strong")):
            return said
    return None


def _agreed(titles: list[str]) -> str | None:
    """The wording that three or more of the metadata titles give, when the first differs."""
    keys = [_words(title) for title in titles]
    for title, key in zip(titles, keys, strict=True):
        if key != keys[0] and keys.count(key) >= MIN_AGREEING:
            return title
    return None


def _title_words(text: str) -> list[str]:
    """Words split at spaces and hyphens (`MSV-Trainer` holds `Trainer`), case-folded, without
    the punctuation around them; `Israel’s` stays one word."""
    words = (word.strip(WORD_EDGES).casefold() for word in re.split(r"[\s-]+", text))
    return [word for word in words if word]


def _left_out_of(short: str, long: str) -> bool:
    """`short` is `long` with some of its words left out, the others in the same order."""
    shorter, longer = _title_words(short), _title_words(long)
    if not MIN_CARD_WORDS <= len(shorter) < len(longer):
        return False
    rest = iter(longer)
    return all(word in rest for word in shorter)


def _plain_quotes(text: str) -> str:
    return " ".join(text.translate(PLAIN_QUOTES).split())


def _words(text: str) -> str:
    """The letters and digits of a title: spacing, punctuation and quotes left out."""
    return _NOT_WORDS.sub("", text)


def _spelled_as_titles(visible: str, titles: list[str], as_printed: bool = False) -> str:
    """`visible` as a metadata title saying its words spells it; `as_printed`: a Vietnamese
    page's own spelling stands when one of those titles agrees with it (see the module
    docstring), where elsewhere the first such title's spelling is the publisher's."""
    words = _words(visible)
    keys = [_words(title) for title in titles]
    if not words:
        return visible
    same = [title for title, key in zip(titles, keys, strict=True) if key == words]
    if same:  # the same words: the title's spelling (but the page's own quotes: `’` where the
        # card types `'`); on a Vietnamese page another title may spell them as the element
        # does (`<title>` keeps the quotes around a film's name that og:title leaves out)
        agreeing = same if as_printed else same[:1]
        printed = _plain_quotes(visible)
        return visible if any(_plain_quotes(title) == printed for title in agreeing) else same[0]
    for title, key in zip(titles, keys, strict=True):  # a kicker the title leaves out
        if key and words.endswith(key) and 2 * len(key) >= len(words):
            return title
    for title, key in zip(titles, keys, strict=True):  # the kicker in front, in two titles
        if key.endswith(words) and keys.count(key) >= 2:
            kicker = _opening(title, len(key) - len(words))
            if kicker and re.search(KICKER_END, kicker):
                return title
    return visible


def _opening(title: str, letters: int) -> str:
    """The start of `title` holding its first `letters` letters and digits, with the
    punctuation and spaces after them."""
    seen = 0
    for i, char in enumerate(title):
        if seen == letters and (char.isalnum() and char != "_"):
            return title[:i]
        seen += char.isalnum() and char != "_"
    return ""


def _continues(rest: str) -> bool:
    """`rest` goes on with the headline's words (`␣và đón khách`), not with a separator and a
    site name (`␣| tin.example.vn`)."""
    after = rest.lstrip()[:1]
    return rest[:1].isspace() and (after.isalnum() or after in "\"'“‘„«(")


def _without_affix(titles: list[str]) -> str | None:
    """The first title, unless another is the same title less a trailing affix the site name
    check did not know (`Giá lúa tăng mạnh-Kinh tếㅣBáo Mẫu` or `… - Kinh tế` beside JSON-LD's
    `Giá lúa tăng mạnh`), or the same title in full where the first was cut after a word
    (`… mở cửa và`)."""
    if not titles:
        return None
    first = titles[0]
    for other in titles[1:]:
        rest = first[len(other) :]
        if first.startswith(other) and rest and not rest[0].isalnum() and not _continues(rest):
            return other
        if other.startswith(first) and _continues(other[len(first) :]):
            return other
    return first
