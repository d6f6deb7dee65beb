"""The article body container, found without a site profile.

Fallback order (chosen by measurement, see bench/README.md):
1. the body element of a known Vietnamese CMS family (`zones.known_body`), when it holds real
   paragraphs: exact on every family we know, and fast;
2. on Vietnamese pages, paragraph scoring: every paragraph of prose votes for its parent (and
   half for its grandparent), link-heavy paragraphs do not vote; the best-voted element outside
   the page furniture is the body. It keeps the page's own markup (caption tables, right-aligned
   bylines, `<br>`-typed text) that trafilatura flattens, and table layouts (ASP.NET) where
   trafilatura returns the whole page;
3. trafilatura's main-content extraction, as an HTML fragment: the best body F1 on pages of
   unknown layout in other languages (AEB 0.955 here, against 0.898 for paragraph scoring).
   It reads the page without the furniture its markup names (`FURNITURE_WORD`: ads, related
   and recommended boxes, newsletter and subscription prompts, share bars, author bios, fact
   and summary boxes, pop-ups…), which trafilatura would otherwise keep as text, without the
   words of its figures (captions, a video's title) and without scripts and
   styles, which it never reads but spends most of its time parsing (fundus half A: boilerplate
   kept out 48% → 64%, first and last paragraph 55% → 67%, body F1 0.958 → 0.969; AEB F1 kept).
   Its links are kept, so that a paragraph that is one link to another article is seen as such.
   It reads first in its precision mode (no `<header>`, bordered or page-bottom boxes, link-dense
   headings and quotes: boilerplate kept out 64% → 69%, AEB F1 0.961 → 0.964), and again in its
   default mode when that leaves less than half the prose of the best-voted paragraph block.
   Paragraphs it leaves out at either end of the text come back when the page builds them
   as it builds the ones it kept (`_restore_edges`), and so do those it left out between two
   it kept (`_restore_gaps`: a short paragraph with a link, in a block of its own) and the rest
   of a text the page splits into blocks built alike around an ad or a box of links
   (`_restore_split_off`);
4. paragraph scoring on other pages;
5. when none of these holds prose (a page its scripts build in the browser): the article's HTML
   in the data the scripts start from, then the whole `<body>`.
Boilerplate inside the container (related boxes, share bars, ads, hidden blocks) is listed in
`BOILERPLATE` and dropped by `parsers.body.read_body`.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from functools import cache, lru_cache
from itertools import islice

from lxml.etree import (
    Element,
    ParserError,
    _Element,
    iterwalk,
    strip_elements,
    strip_tags,
    tostring,
)

from parsers import patterns
from parsers.body import (
    BLOCK_TAGS,
    FULL_STOP,
    MAX_BOX_TITLE,
    MAX_CAPTION_CHARS,
    MAX_DISPLAYED_QUOTE,
    MAX_FACT_LINE,
    MAX_NOTICE,
    MAX_SIGNATURE_LINE,
    SENTENCE_END,
    VISUALLY_HIDDEN,
    all_bold,
    cites_in_sentence,
    double_br,
    drop_article_label,
    drop_polls,
    drop_widgets,
    entry_stamp,
    is_box_title,
    link_share,
    only_a_date,
    quoted_post,
    remove_element,
    without_credit,
)
from parsers.generic.zones import (
    HIDDEN_STYLE,
    MIN_PARAGRAPH,
    headline_element,
    holds_prose,
    in_zone,
    is_vietnamese,
    is_zone,
    known_body,
    paragraph_prose,
    position,
    prose,
)
from parsers.page import Page, element_after, element_before, short_text, text_of
from parsers.urls import TAG_PATH

BOILERPLATE = (
    # class words, as substrings: `box-tinlienquan`, `related-news`, `kbwscwl-relatedbox`
    "[class*=related]",
    "[class*=relate-]",
    "[class*=tinlienquan]",
    "[class*=lien-quan]",
    "[class*=lienquan]",
    "[class*=readmore]",
    "[class*=share]",
    "[class*=social]",
    "[class*=comment]",
    "[class*=advert]",
    "[class*=banner]",
    "[class*=taitro]",
    "[class*=quangcao]",  # Vietnamese for an advert: `quangcao-giua`, `box-quangcao`
    "[class*=quang-cao]",
    "[class*=-cta]",  # call-to-action cards: `kg-cta-card`, `box-cta` (subscribe, follow)
    "[class*=cta-]",
    "[class*=subscribe]",
    "[class*=newsletter]",
    "[id*=comment]",
    "[id^=adsWeb_]",
    "[id^=ads]",
    "[class^=ads]",
    "[class*=ads_]",
    "[class*=ads-]",
    "[class*=AMN_]",
    "[type=RelatedNewsBox]",
    "[type=RelatedOneNews]",
    ".tags",
    ".tag",
    ".block_tag",
    ".ads",
    ".box-adv",
    # Bootstrap's `d-none`, unless a breakpoint's class shows it on wider screens (`d-none
    # d-md-block`: a slide's caption hidden on phones only)
    ".d-none:not([class*=d-sm-]):not([class*=d-md-]):not([class*=d-lg-]):not([class*=d-xl-])",
    ".hidden",
    ".not-prose",  # Tailwind: a block inside the text (`prose`) that is not the text
    "[style*='display:none']",
    "[style*='display: none']",
    "#listNewsInContent",
    ".link-source-wrapper",
)


# Words of an element's class, id, role, label or component name (`c-related-articles`,
# `AdSlot`, `newsletter-signup`, `author-bio`, `infobox`, `popular-articles`, ARIA's
# `complementary`, an `<aside>` by its role) that mark page furniture: whole words, or words
# opening with a stem (`recommendations`, `authorline`);
# `paywalled` article text, a `header` and a `relative` position are not furniture. Only pages
# outside Vietnam need this and `ATTRIBUTE_WORDS`: `re` compiles them on first use (and keeps
# them in its cache).
FURNITURE_WORD = (
    r"(?:ad|ads|adv|adslot|adunit|anzeige|banners?|teasers?|bio|tags|toolbar|comments?"
    r"|outbrain|taboola|embed|aside|nav|navigation|breadcrumbs?|widget|sidebar|readmore|print"
    r"|byline|dateline|timestamp|rating|survey|poll|consent|cookies?|signup|login|hidden|hide"
    r"|offscreen|pullquote|carousel|popular|whatsapp|location|toast|popup|modal|tooltip|snackbar"
    r"|captions?|complementary)$"
    r"|(?:advert|promo|related|recommend|newsletter|subscri|sponsor|social|shar|author|donat"
    r"|infobox|factbox|disclaimer|summary)"
)
# A class word naming what a block holds, other articles (`relatedpoststitle`, `recommended`,
# `readmore`), not how the theme draws it (`widget-title`).
OTHER_ARTICLES_CLASS = patterns.compile(r"related|recommend|readmore|popular|teaser", re.I)
FURNITURE_TAGS = frozenset({"aside", "nav", "form", "button", "template", "footer", "figcaption"})
FURNITURE_ATTRS = frozenset(
    {
        "class",
        "id",
        "role",
        "aria-label",
        "data-testid",
        "data-component",
        "data-module",
        "data-module-id",
    }
)
# Tailwind's class for a block inside the text that is not the text (a gallery, a teaser).
NOT_PROSE = "not-prose"
# What of a `<figure>` is its picture (or player); the rest is its caption, credit or title.
PICTURE_TAGS = ("img", "picture", "video", "iframe", "table", "blockquote")
ATTRIBUTE_WORDS = r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+"
UNREAD_TAGS = ("script", "style", "noscript", "svg", "link", "meta")
MIN_KEPT = 2  # paragraphs of trafilatura's text found on the page: enough to know their shape
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")  # a text's own headings (its title is the `<h1>`)
MAX_EDGE_LINKS = 0.5  # share of a left-out paragraph in links: more is a pointer elsewhere
# The class of a box a paywall shows the text's opening in (`teaser-content`, `article_teaser`).
TEASER_BOX = patterns.compile(r"(?:^|[\s_-])teaser(?:$|[\s_-])", re.I)
QUOTE_BOXES = ("div", "section", "aside", "figure")  # boxes a quote is displayed in
MAX_PORTRAIT_SPEAKER = 120  # characters of a displayed quote's speaker line: a name, a title
KNOWN_OPENING = 20  # characters opening a paragraph that tell trafilatura kept it already
MIN_USUAL_SHARE = 0.5  # of the text's paragraphs built alike: how the page builds its text
MIN_SLUG_WORDS = 8  # words of an id that is a heading's slug; a component's name has fewer
MIN_ANCHOR_WORDS = (
    2  # words of a heading's text its id repeats: one may name a box (`related-news`)
)
MIN_ANCHOR_WORD = 3  # letters of such a word (not `up` of `sign-up`)
ID_WORD = patterns.compile(r"[A-Za-z]+")
FOOTER_CELL = patterns.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.I)  # `news-footer`
# An id naming a page region of the kind `<aside>` and `<nav>` hold (Sitevision's `svid10_aside`
# beside `svid10_main`, each a `sv-layout`): a column of its own, not the text carried on.
REGION_ID = patterns.compile(r"(?:^|[\s_-])(?:aside|nav)(?:$|[\s_-])", re.I)
MAX_WRAPPERS = 8  # elements around a block's text that hold nothing else (a builder's layers:
# Google Sites wraps each section's text in seven)
MAX_BOLD_CAPTION = 200  # characters of a caption typed as a bold line under its picture
MAX_TAIL_SHARE = 0.5  # of the text's characters in a box under it: more is the text's own
MIN_ENTRIES = 3  # timed entries with prose that make a live page's feed
# A class naming a post's poster or his card, in each post of a thread.
POSTER_MARK = patterns.compile(r"(?:^|[\s_-])(?:author|h-card)(?:$|[\s_-])", re.I)
MIN_POSTERS = 2  # people posting a thread's entries; a live page's are its desk's
MAX_ENTRY_DEPTH = 3  # levels from the elected block up to the live entry holding it
BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # titling a box set apart in the text
# A figure a line of a box of figures opens with, in bold (`1997`, `41%`, `6th`, `2,5`), and
# the colon after it.
FIGURE_LABEL = patterns.compile(r"\d[\d.,]*(?:%|st|nd|rd|th)?")
FIGURE_OPENING = patterns.compile(r"\d[\d.,]*(?:%|st|nd|rd|th)?\s*:\s*\S")
MIN_FIGURE_LINES = 3  # lines of figures under a box's title: fewer may be the text's
# Where a site's channels are: its app in the stores, its accounts on social networks, its
# newsletter's page.
CHANNEL_ADDRESSES = {
    "app": patterns.compile(
        r"^(?:https?:)?//(?:play\.google\.com|(?:apps|itunes)\.apple\.com|appgallery\.huawei\.com)/",
        re.I,
    ),
    "social": patterns.compile(
        r"^(?:https?:)?//(?:[\w-]+\.)*(?:facebook\.com|instagram\.com|whatsapp\.com|wa\.me|t\.me"
        r"|telegram\.me|twitter\.com|x\.com|youtube\.com|tiktok\.com|linkedin\.com|threads\.net"
        r"|bsky\.app|pinterest\.com|zalo\.me|news\.google\.com)(?:[/?#]|$)",
        re.I,
    ),
    "newsletter": patterns.compile(r"^[^?#]*newsletter", re.I),
}
MIN_CHANNEL_ITEMS = 2  # items of a list of the site's channels
MIN_CHANNEL_KINDS = 2  # kinds of channel such a list names (apps alone may be the text's)
# What follows an article's text: the next article, the footer, a share bar, the comments.
TEXT_CLOSERS = frozenset({"article", "h1", "footer"})
END_OF_TEXT = patterns.compile(r"shar(?:e|ing)|social|comments?", re.I)
MIN_ALT_CAPTION = 20  # characters of a picture's alt text that may be its caption's words
MAX_CAPTION_BOX = 3  # levels from a caption's paragraph up to the box holding its picture
MAX_SPLIT_DEPTH = 5  # levels above the text's block that may hold the rest of a text split up
MAX_TYPED_AROUND = 2  # blocks above the elected one that may hold the text typed around it
TYPED_OUTVOTES = 2  # times the votes of the `<p>`s' block that text typed without them needs
# A string literal of a script's data, and an HTML paragraph in it (escaped or not).
JSON_STRING = patterns.compile(r'"((?:[^"\\]|\\.){200,})"')
HTML_PARAGRAPH = patterns.compile(r"(?:<|\\u003[cC])p[\s>]")
PARAGRAPH_CLASS = patterns.compile(r"(?:^|[\s_-])paragraph(?:$|\s)")  # `ladi-paragraph`
SLOT = patterns.compile(r"(\$\$|%%)[A-Z][A-Z0-9_]*\1|\{\{\s*[\w.]+\s*\}\}")


def body_container(page: Page) -> _Element | None:
    if "container" not in page.memo:
        found = _text_of_column(page, known_body(page))
        if found is None and is_vietnamese(page):
            found = _scored(page)
        if found is None:
            found = _trafilatura(page)
        if found is None:
            found = _scored(page)
        if found is None or not holds_prose(found, MIN_PARAGRAPH):
            hydrated = _hydration_text(page)
            found = hydrated if hydrated is not None else found
        page.memo["container"] = found if found is not None else page.root.find(".//body")
    return page.memo["container"]


def in_text_footer_row(page: Page, el: _Element) -> bool:
    """`el` is in a cell its class calls a footer, in the row right under the row of the
    text's cell (an old CMS's `<tr><td class="news-footer">` with the poster, the time and the
    count under the text): the text's own footer, not the site's."""
    cell = next((a for a in (el, *el.iterancestors()) if a.tag in ("td", "th")), None)
    if cell is None or not FOOTER_CELL.search(cell.get("class") or ""):
        return False
    row, text = cell.getparent(), body_container(page)
    above = element_before(row) if row is not None else None
    return above is not None and above.tag == "tr" and text is not None and _contains(above, text)


def _text_of_column(page: Page, known: _Element | None) -> _Element | None:
    """The known body element, unless it holds the headline: then it is the page's main column
    (a shop's `main#maincontent` around the post's title, date line and poster), and the text
    is the block in it that the paragraphs elect; or unless it holds a thread whose first
    post's text the paragraphs elect (`_first_post_text`: a forum plugin inside a WordPress
    page's `entry-content`): the text is that post's."""
    anchor = headline_element(page)
    if known is None:
        return None
    holds_headline = anchor is not None and _contains(known, anchor)
    if not holds_headline and not _texts_classed_alike(known):
        return known
    elected = _scored(page)
    if elected is None or not _contains(known, elected):
        return known
    if holds_headline or (elected is not known and _first_post_text(elected, known)):
        return elected
    return known


def _texts_classed_alike(box: _Element) -> bool:
    """Two blocks of paragraphs in `box` share their class (a thread's posts)."""
    seen = Counter(el.get("class") for el in box.iter("div") if el.find("p") is not None)
    return any(count >= 2 for classes, count in seen.items() if classes)


def _first_post_text(block: _Element, around: _Element) -> bool:
    """`block` is the text of the first of the posts `around` holds, the others' texts classed
    alike after it (a column's header printing no paragraph aside), each post carrying its
    poster's card and two people or more posting them (`_thread`): a thread's first post (a
    forum plugin's `bbp-reply-content` blocks, each beside its `bbp-reply-author`). Blocks
    classed alike in one post carry its text on (OpenCms's `<div class="text">` paragraphs)."""
    classes = block.get("class")
    texts = [
        el
        for el in around.iter(block.tag)
        if classes and el.get("class") == classes and el.find(".//p") is not None
    ]
    if len(texts) < MIN_POSTERS or texts[0] is not block:
        return False
    posts = [_post_of(text, around) for text in texts]
    return None not in posts and _thread(posts)


def _post_of(text: _Element, around: _Element) -> _Element | None:
    """The nearest block around `text`, inside `around`, that holds a poster's card."""
    for node in text.iterancestors():
        if node is around:
            return None
        if any(POSTER_MARK.search(el.get("class") or "") for el in node.iter()):
            return node
    return None


def data_article(page: Page) -> dict:
    """The article's object in an app's data (`Page.app_article`) on a page that prints no
    text, whose text is the HTML string of its scripts' data (`_hydration_text`): that data is
    what the reader is shown, so its fields are the page's. `{}` on every other page: a page
    printing its text prints its fields too."""
    article = page.app_article
    if not article:  # most pages: no data to read, and no container to find for it
        return {}
    found = body_container(page)
    built = found is not None and found.getroottree().getroot() is not page.root
    return article if built else {}


def _hydration_text(page: Page) -> _Element | None:
    """The text of a page that prints none: a page its scripts build in the browser carries
    the article's HTML as a string in the data they start from (a JSON string holding
    `<p>…</p>`). The string with the most prose, read as a fragment of its own."""
    from lxml.html import fragment_fromstring  # a module of 13 M instructions, for few pages

    best, most = None, 0
    for script in page.root.iter("script"):
        for literal in JSON_STRING.findall(script.text or ""):
            if not HTML_PARAGRAPH.search(literal):
                continue
            try:
                # without the slots the scripts fill in (`$$ARTICLEAD$$`: an ad, a player)
                markup = SLOT.sub("", json.loads(f'"{literal}"'))
                fragment = fragment_fromstring(markup, create_parent="div")
            except (ValueError, ParserError):
                continue
            if (found := prose(fragment)) > most:
                best, most = fragment, found
    return best if most >= MIN_PARAGRAPH else None


# trafilatura's TEI-like tags → the HTML tags `read_body` understands.
_TEI_TO_HTML = {
    "head": "h2",
    "list": "ul",
    "item": "li",
    "quote": "blockquote",
    "graphic": "img",
    "hi": "span",
    "ref": "a",
    "lb": "br",
    "row": "tr",
    "cell": "td",
    "del": "s",
}


def _trafilatura(page: Page) -> _Element | None:
    """trafilatura's body as an HTML fragment (imported here: it is slow to import)."""
    from trafilatura import bare_extraction

    html = _without_furniture(page)  # its own parse: from our tree it drops text after links

    def read(precise: bool):
        return bare_extraction(
            html,
            url=page.url,
            output_format="python",
            with_metadata=False,
            # Comments are never body: without their search the body is as good or better (body
            # F1 on AEB 0.956 against 0.953, on fundus 0.951 against 0.950).
            include_comments=False,
            include_links=True,
            favor_precision=precise,
        )

    doc = read(precise=True)
    if doc is None or cut_short(page, doc.text or ""):
        doc = read(precise=False)
    if doc is None or doc.body is None or not len(doc.body):
        return None
    body = doc.body
    for el in body.iter():
        if el.tag in _TEI_TO_HTML:
            el.tag = _TEI_TO_HTML[el.tag]
        if el.tag == "img" and el.get("title") and el.get("src"):
            el.attrib.pop("title")
    block_text = cache(text_of)  # each block of the text read once, for the three steps
    _restore_edges(page, body, block_text)
    _restore_gaps(page, body, block_text)
    _restore_figures(page, body, block_text)
    _without_other_tail(page, body, block_text)
    _restore_split_off(page, body, block_text)
    _rejoin_loose_links(body)
    return body


def _rejoin_loose_links(body: _Element) -> None:
    """A line of text typed between `<br>`s in a block that holds other blocks too (an ad's
    slot), with a link inside it (`NEW YORK: <a>Harbour board</a>'s ferry …`): trafilatura
    gives the words before the link, the link and the words after it as three blocks. A link
    standing loose between two paragraphs, the one after it going on with its sentence, is
    read back into one paragraph, with the one before it too unless that one ends a sentence."""
    for link in list(body.iter("a")):
        before, after = link.getprevious(), link.getnext()
        if (
            before is None
            or after is None
            or before.tag != "p"
            or after.tag != "p"
            or (before.tail or "").strip()
            or (link.tail or "").strip()
            or not _continues_sentence(after.text or "")
        ):
            continue
        link.tail = after.text
        after.text = None
        after.insert(0, link)
        if not FULL_STOP.search(text_of(before)):
            _append_children(before, after)
            remove_element(after)


def _continues_sentence(text: str) -> bool:
    """`text` goes on with a sentence begun before it: it opens with a small letter, a
    possessive (`'s`) or a mark closing a clause."""
    text = text.lstrip()
    if not text:
        return False
    return text[0].islower() or text[0] in ",.;:!?)]" or (text[0] in "'’" and text[1:2].islower())


def _append_children(into: _Element, donor: _Element) -> None:
    """`donor`'s text and children moved to the end of `into`."""
    if donor.text:
        last = into[-1] if len(into) else None
        if last is None:
            into.text = (into.text or "") + donor.text
        else:
            last.tail = (last.tail or "") + donor.text
    for child in list(donor):
        into.append(child)


def _restore_figures(page: Page, body: _Element, block_text: Callable[[_Element], str]) -> None:
    """Put back the captioned pictures of the text, which trafilatura is run without (with its
    pictures it keeps less of the text: body F1 on AEB 0.964 against 0.970): each `<figure>`
    with a picture and a `<figcaption>` standing between two paragraphs it kept comes back
    after the first of them, read with its caption as a caption, not as text."""
    figures = [
        (figure, caption)
        for figure in page.root.iter("figure")
        if figure.find(".//img") is not None and (caption := _figure_caption(figure))
    ]
    if not figures:
        return
    by_text = _page_paragraphs(page)
    kept = sorted(
        (
            (position(page, by_text[text]), block)
            for block in body
            if block.tag == "p" and (text := block_text(block)) in by_text
        ),
        key=lambda kept: kept[0],
    )
    for figure, caption in figures:
        at = position(page, figure)
        before = [block for where, block in kept if where < at]
        if not before or len(before) == len(kept):
            continue  # not inside the text
        restored = Element("figure")
        for img in figure.iter("img"):
            picture = copy.deepcopy(img)
            picture.tail = None
            restored.append(picture)
        restored.append(Element("figcaption"))
        restored[-1].text = caption
        before[-1].addnext(restored)


def _figure_caption(figure: _Element) -> str:
    """The words of a figure's `<figcaption>`, or else of the bold line set under it."""
    caption = figure.find(".//figcaption")
    if caption is not None:
        return text_of(caption)
    line = _caption_under(figure)
    return text_of(line) if line is not None else ""


def _caption_under(figure: _Element) -> _Element | None:
    """The paragraph right under a picture's figure without a `<figcaption>`, when it is all in
    bold and closed by a full stop (`<p><strong>Jane Roe, the head teacher.</strong></p>`): the
    picture's caption, typed as a line of the text. A subheading there has no full stop."""
    if figure.find(".//figcaption") is not None or next(figure.iter("img"), None) is None:
        return None
    if (figure.tail or "").strip():
        return None
    line = figure.getnext()
    if line is None or line.tag != "p":
        return None
    text = text_of(line)
    bold = sum(len(text_of(b)) for b in line.iter("strong", "b"))
    if not text or len(text) > MAX_BOLD_CAPTION or bold < len(text) - 2 or text[-1] != ".":
        return None
    return line


def _is_caption_under(p: _Element) -> bool:
    """`p` is the bold caption line under a picture's figure (`_caption_under`)."""
    figure = p.getprevious()
    return figure is not None and figure.tag == "figure" and _caption_under(figure) is p


def _page_paragraphs(page: Page) -> dict[str, _Element]:
    """The page's paragraphs by their text (the first of each text): read once a page, for the
    edges, the figures and the tail of trafilatura's text alike (not to be changed)."""
    if "paragraphs" not in page.memo:
        by_text: dict[str, _Element] = {}
        for p, text in _paragraph_texts(page).items():
            if text:
                by_text.setdefault(text, p)
        page.memo["paragraphs"] = by_text
    return page.memo["paragraphs"]


def _paragraph_texts(page: Page) -> dict[_Element, str]:
    """Each `p` of the page → its text, read once a page: for the page's prose that tells
    whether trafilatura's text was cut short, and for its paragraphs by text."""
    if "paragraph_texts" not in page.memo:
        page.memo["paragraph_texts"] = {p: text_of(p) for p in page.root.iter("p")}
    return page.memo["paragraph_texts"]


def _without_other_tail(page: Page, body: _Element, block_text: Callable[[_Element], str]) -> None:
    """Without the paragraphs after the text's last one that the page builds otherwise. A page
    builds most of its text's paragraphs alike (the same tags and classes up to the element
    around them all); paragraphs under the text built another way are a box of their own (a
    pitch for a newsletter, a note on the series, an offer), unless they make half the text or
    more (its second part, built anew). Headings among them are left to the body's reader, which
    drops a heading that closes the text."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    by_text = _page_paragraphs(page)
    on_page = {b: by_text[t] for b in blocks if b.tag == "p" and (t := block_text(b)) in by_text}
    if len(on_page) < MIN_KEPT:
        return
    region = _around(list(on_page.values()))
    shapes = Counter(_shape(p, region) for p in on_page.values())
    usual, count = shapes.most_common(1)[0]
    if count < len(on_page) * MIN_USUAL_SHARE:
        return
    tail: list[_Element] = []
    for block in reversed(blocks):
        if block in on_page and _shape(on_page[block], region) != usual:
            tail.append(block)
        elif block.tag not in HEADINGS:
            break
    if sum(map(len, map(block_text, tail))) <= MAX_TAIL_SHARE * sum(
        map(len, map(block_text, blocks))
    ):
        for block in tail:
            body.remove(block)


def _kept_paragraphs(
    page: Page, blocks: list[_Element], block_text: Callable[[_Element], str]
) -> list[_Element] | None:
    """The page's paragraphs that trafilatura's blocks kept, in its order, or None when too few
    are kept to tell how the page builds its text."""
    by_text = _page_paragraphs(page)
    kept = [by_text[text] for b in blocks if b.tag == "p" and (text := block_text(b)) in by_text]
    return kept if len(kept) >= MIN_KEPT else None


def _restore_edges(page: Page, body: _Element, block_text: Callable[[_Element], str]) -> None:
    """Put back the paragraphs trafilatura left out before the first and after the last one it
    kept, when the page builds them as it builds the kept ones: the same tags and classes from
    the paragraph up to the element around all the kept ones. Its precision mode drops a short
    paragraph holding a link, and with it a section's heading left last (an opening sentence
    that names a club, a closing one that links a source). A heading between such paragraphs
    comes back with them; what the page's markup names as furniture does not, nor a paragraph
    that is mostly a link (`Mehr über X lesen Sie hier.`)."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    by_text = _page_paragraphs(page)
    if (kept := _kept_paragraphs(page, blocks, block_text)) is None:
        return
    region = _around(kept)
    edge = _Edge(region, {_shape(p, region) for p in kept}, {block_text(b) for b in blocks})
    order = list(region.iter())
    index = {el: i for i, el in enumerate(order)}
    # the first paragraph, under the headline or a kicker at most; the last block
    opening = next(i for i, b in enumerate(blocks) if b.tag == "p")
    first = by_text.get(block_text(blocks[opening]))
    if first in index and all(b.tag in HEADINGS for b in blocks[:opening]):
        opening_lines = edge.walk(reversed(order[: index[first]]), opening=True)
        for el in sorted(opening_lines, key=index.__getitem__):
            body.insert(body.index(blocks[opening]), _copy(el))
    last = by_text.get(block_text(blocks[-1])) if blocks[-1].tag == "p" else None
    if last in index:
        for el in sorted(edge.walk(order[index[last] + 1 :]), key=index.__getitem__):
            body.append(_copy(el))
    # trafilatura reads `<br><br>` as one line break: the end paragraphs as the page types them
    # (`…last sentence.<br><br><em>The author is …</em>`: a paragraph and a note)
    for block, el in {blocks[opening]: first, blocks[-1]: last}.items():
        if el is not None and double_br(el):
            body.replace(block, _copy(el))


def _restore_gaps(page: Page, body: _Element, block_text: Callable[[_Element], str]) -> None:
    """Put back the paragraphs trafilatura left out between two it kept, when the page builds
    them as it builds the kept ones and they are not mostly a link. A page that wraps each
    paragraph in blocks of its own loses, in trafilatura's precision mode, every short one
    holding a link (it takes a block of little text with a link for a box of links). So do the
    subheadings set right between two paragraphs of the text, which trafilatura leaves out of
    some blocks it reads (a `longText` in a `bodyContent`), or which their own class put among
    the furniture (`<h2 class="widget-title">`, `_subheading_block`). A paragraph whose links
    carry on its sentence is no pointer elsewhere (`_pointer`); each goes back under the
    block before it, a heading trafilatura kept included, in place of trafilatura's copy of
    its opening words alone (`_cut_copy`)."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    if (kept := _kept_paragraphs(page, blocks, block_text)) is None:
        return
    by_text = _page_paragraphs(page)
    block_of = {
        by_text[text]: b for b in blocks if b.tag == "p" and (text := block_text(b)) in by_text
    }
    region = _around(kept)
    shapes = {_shape(p, region) for p in kept}
    put_back: set[_Element] = set()
    read = " ".join(block_text(b) for b in blocks)
    headings = {block_text(b): b for b in blocks if b.tag in HEADINGS}
    after, last = None, kept[-1]
    for p in region.iter("p", *SUBHEADINGS):
        if p is last:
            return
        if p in block_of:
            after = block_of[p]
            continue
        text = text_of(p)
        if after is not None and p.tag != "p" and text in headings:  # a heading it kept: what
            after = headings[text]  # is put back under it goes under it
            continue
        if after is None or not text:
            continue
        cut = _cut_copy(after, text, block_text)
        if (
            (text[:KNOWN_OPENING] in read and cut is None)  # kept, less its hidden words
            or (
                _shape(p, region) not in shapes
                if p.tag == "p"
                else not _between(p, block_of.keys() | put_back, region)
            )
            or _pointer(p)
            or _furnished(p if p.tag == "p" else _subheading_block(p), region)
            or _is_caption_under(p)
        ):
            continue
        put_back.add(p)
        restored = _copy(p)
        if p.tag != "p":  # (a subheading's class names its style, not furniture: see above)
            restored.attrib.pop("class", None)
        if cut is not None:
            body.replace(cut, restored)
        else:
            after.addnext(restored)
        after = restored


def _cut_copy(after: _Element, text: str, block_text: Callable[[_Element], str]) -> _Element | None:
    """The block of trafilatura's text right after `after` (past empty ones) when it holds only
    the opening words of `text`: its copy of that paragraph, cut where the page breaks it with
    an empty element (`<p><b>1925-40:</b> <b></b>“Howard Jones …</p>` read as `1925-40:`)."""
    block = element_after(after)
    while block is not None and block.tag == "p" and not block_text(block):
        block = element_after(block)
    if block is None or block.tag != "p":
        return None
    opening = block_text(block)
    return block if opening and opening != text and text.startswith(opening) else None


def _pointer(p: _Element) -> bool:
    """`p` is mostly a link, a pointer elsewhere (`<a>Mehr über X lesen Sie hier</a>.`), unless
    its links carry on a sentence its own words open (`cites_in_sentence`): a source cited in
    the text, which trafilatura's precision mode leaves out of a page that wraps each
    paragraph in blocks of its own (`It also <a>co-ordinates military plans</a>.`); or unless
    its links are keywords (`_keyword_links`)."""
    return link_share(p) >= MAX_EDGE_LINKS and not cites_in_sentence(p) and not _keyword_links(p)


def _keyword_links(p: _Element) -> bool:
    """Each of `p`'s links leads to a tag's page, or is classed as one that does (`North shore:
    <a class="kw" href="/topics/word/eastport">Eastport</a>, <a class="kw" href="/area/north/">
    …</a>`): words the site links to their pages wherever the text prints them, a list of
    places or names in the text, not of other articles."""
    links = list(p.iter("a"))
    tagged = [a for a in links if TAG_PATH.search(a.get("href") or "")]
    classes = {a.get("class") for a in tagged} - {None}
    return bool(tagged) and all(a in tagged or a.get("class") in classes for a in links)


def _subheading_block(heading: _Element) -> _Element | None:
    """Where the furniture test of a heading right between two paragraphs of the text starts:
    its block, not its own class, which names how the theme styles it (`<h2 class="widget-title
    …">` between two paragraphs); a box's title (`Read more`, `Tin liên quan`), or a heading
    whose class names a box of other articles (`<h3 class="relatedpoststitle">`), stays
    furniture."""
    if is_box_title(heading) or OTHER_ARTICLES_CLASS.search(heading.get("class") or ""):
        return heading
    return heading.getparent()


def _between(heading: _Element, paragraphs: set[_Element], region: _Element) -> bool:
    """`heading` stands right between two of `paragraphs` in the same block, or between two
    blocks of them (`<div class="group"><p>…</p></div><h2>…</h2><div class="group"><p>…`), the
    one above closing with one and the one below opening with one: a subheading of the text,
    which trafilatura sometimes leaves out while keeping the paragraphs around it. Elements
    that print nothing (the text's picture, an empty caption, an ad's slot) stand between
    nothing, and a heading opening a block of the text (a section a page starts with its title
    and picture, `<div class="page-break"><h2>…</h2><div><img></div><p>…`) stands where the
    block does."""
    before = _printed_neighbour(heading, element_before, region)
    after = _printed_neighbour(heading, element_after, region)
    if before is None or after is None:
        return False
    above = [before] if before.tag == "p" else before.findall(".//p")
    below = [after] if after.tag == "p" else after.findall(".//p")
    return bool(above and below) and above[-1] in paragraphs and below[0] in paragraphs


def _printed_neighbour(
    el: _Element, step: Callable[[_Element], _Element | None], region: _Element
) -> _Element | None:
    """The nearest element that prints text on `step`'s side of `el` (`element_before`,
    `element_after`), out of the blocks `el` opens or closes up to `region`."""
    node: _Element | None = el
    while node is not None and node is not region:
        sibling = step(node)
        while sibling is not None and not text_of(sibling):
            sibling = step(sibling)
        if sibling is not None:
            return sibling
        node = node.getparent()
    return None


def _restore_split_off(page: Page, body: _Element, block_text: Callable[[_Element], str]) -> None:
    """Put back the rest of a text the page splits into blocks built alike (`_split_off`):
    their paragraphs built as the kept ones, after the text's last paragraph, and before its
    first one (a paywall's teaser holding the opening paragraphs in a block of their own)."""
    blocks = [el for el in body if isinstance(el.tag, str)]
    if (kept := _kept_paragraphs(page, blocks, block_text)) is None:
        return
    region = _around(kept)
    texts = {block_text(b) for b in blocks}
    shapes = {_shape(p, region) for p in kept}
    opening = next(b for b in blocks if b.tag == "p")
    if all(b.tag in HEADINGS for b in blocks[: blocks.index(opening)]):  # under the headline
        for block in _split_off(region, before=True):
            order = {el: i for i, el in enumerate(block.iter())}
            found = _Edge(block, shapes, texts).walk(reversed(order))
            for el in sorted(found, key=order.__getitem__, reverse=True):
                body.insert(body.index(opening), _copy(el))
                opening = body[body.index(opening) - 1]
            texts |= set(map(text_of, found))
    if blocks[-1].tag == "p":
        for block in _split_off(region):
            found = _Edge(block, shapes, texts).walk(block.iter())
            body.extend(map(_copy, found))
            texts |= set(map(text_of, found))


def _split_off(region: _Element, before: bool = False) -> list[_Element]:
    """The blocks after the text's block (or before it) that the page builds as it (the same
    tag, the same first word of its class) within a few levels around it, nearest first: a page
    that splits its text around an ad or a box of links (`Mehr zum Thema`) goes on in such a
    block, which trafilatura, reading the first block its rules name, leaves out. None that its
    markup names as furniture (unless it so names the text's block), and none past what closes
    the text (`_closes_text`): the headline and the share bar over it, the footer and the
    comments under it."""
    word = (region.get("class") or "").split()[:1]
    if not word:
        return []
    found = []
    node = region
    for _ in range(MAX_SPLIT_DEPTH):
        top = node.getparent()
        if top is None:
            break
        furnished = _furnished(region, top)  # (a builder that names every block a widget)
        for sibling in node.itersiblings(preceding=before):
            elements = list(sibling.iter(Element))
            for el in reversed(elements) if before else elements:
                if _closes_text(el):
                    return found
                if (
                    el.tag == region.tag
                    and (el.get("class") or "").split()[:1] == word
                    and (furnished or not _furnished(el, top))
                ):
                    found.append(el)
        node = top
    return found


def _closes_text(el: _Element) -> bool:
    """`el` is no break inside an article's text but stands at its edge: another article (an
    `<article>`), a headline, the page's footer, a share bar or the comments."""
    return el.tag in TEXT_CLOSERS or bool(END_OF_TEXT.search(f"{el.get('class')} {el.get('id')}"))


class _Edge:
    """Paragraphs of the kept text's shapes beyond its first or last paragraph."""

    def __init__(self, region: _Element, shapes: set[tuple], blocks: set[str]) -> None:
        self.region = region
        self.shapes = shapes
        self.blocks = blocks  # the texts of the text's blocks
        self.read = " ".join(self.blocks)

    def walk(self, elements, opening: bool = False) -> list[_Element]:
        """The paragraphs among `elements` (walked away from the kept text, up to a block it
        holds) and the headings between them and the kept text; none it already holds. Walking
        back from its first paragraph (`opening`), those of a paywall's teaser too
        (`_in_teaser_box`)."""
        found: list[_Element] = []
        headings: list[_Element] = []
        for el in elements:
            if not isinstance(el.tag, str) or (el.tag != "p" and el.tag not in HEADINGS):
                continue
            text = text_of(el)
            if text in self.blocks:
                break
            if not text or text in self.read:
                continue
            furnished = _furnished(el, self.region)
            teaser = furnished and opening and self._in_teaser_box(el)
            if furnished and not teaser:
                continue
            built_as_text = teaser or _shape(el, self.region) in self.shapes
            if el.tag in HEADINGS:
                headings.append(el)
            elif built_as_text and link_share(el) < MAX_EDGE_LINKS:
                found += headings + [el]
                headings = []
        return found

    def _in_teaser_box(self, el: _Element) -> bool:
        """`el` is in a box of the text's region that its class names a teaser and that holds
        nothing but headings and paragraphs built as the kept ones inside it (the same tags and
        classes up to the box): a paywall's preview of the text's opening (`<div
        class="metered"><div class="teaser-content"><div class="body"><p>…</p></div></div><div
        class="body"><p>…</p></div>`), no teaser of another article."""
        box = el
        while (parent := box.getparent()) is not None and parent is not self.region:
            box = parent
        if parent is None or not TEASER_BOX.search(box.get("class") or ""):
            return False
        return all(
            p.tag in HEADINGS or (not _furnished(p, box) and _shape(p, box) in self.shapes)
            for p in box.iter("p", *HEADINGS)
            if text_of(p)
        )


def _around(elements: list[_Element]) -> _Element:
    """The smallest element holding all of `elements`."""
    region = elements[0]
    for el in elements[1:]:
        ancestors = {*el.iterancestors(), el}
        while region not in ancestors:
            region = region.getparent()
    return region


def _shape(el: _Element, region: _Element) -> tuple[tuple[str, str], ...]:
    """The tags and classes from `el` up to `region`."""
    shape = []
    node = el
    while node is not None and node is not region:
        shape.append((node.tag, _block_classes(node.get("class") or "")))
        node = node.getparent()
    return tuple(shape)


@lru_cache(maxsize=4096)
def _block_classes(value: str) -> str:
    """A class list without its BEM modifiers (`RichText--last`): a variant of the same
    block, as the page marks its first or last paragraph's block."""
    return " ".join(word for word in value.split() if "--" not in word)


def _furnished(el: _Element, region: _Element) -> bool:
    """`el` or an element around it inside `region` is furniture by its markup or is hidden."""
    node = el
    while node is not None and node is not region:
        if is_furniture(node) or HIDDEN_STYLE.search(node.get("style") or ""):
            return True
        node = node.getparent()
    return False


def _copy(el: _Element) -> _Element:
    copied = copy.deepcopy(el)
    copied.tail = None
    return copied


def cut_short(page: Page, text: str) -> bool:
    """`text` holds less than half the prose of the page's best-voted paragraph block (of the
    whole page when every block sits in what looks like furniture). The block is part of the
    page, so a page holding no more than twice `text`'s length of prose is answered without
    voting: most pages, where trafilatura's text is most of the page's paragraphs."""
    if not holds_prose(page.root, 2 * len(text) + 1, read=_paragraph_texts(page).__getitem__):
        return False
    scored = _scored(page)
    block = scored if scored is not None else page.root.find("body")
    return block is not None and len(text) < prose(block) / 2


def _without_furniture(page: Page) -> str:
    """The page as HTML without its scripts and styles, without the widgets its scripts draw
    (`parsers.body.drop_widgets`), without its reader polls (`drop_polls`: trafilatura drops
    the choices and keeps the question as a line), without the article's label
    (`drop_article_label`) and without the elements its markup names as furniture, unless one
    holds half the page's prose (an ASP.NET page inside one `<form>`, an article marked
    `share-container`) or all of them together do (a site that names its article's paragraphs
    or columns with such words: then its words say nothing)."""
    root = copy.deepcopy(page.root)
    strip_elements(root, *UNREAD_TAGS, with_tail=False)  # in lxml, not one call an element
    _drop_consent_boxes(root)  # (before the widgets: their buttons go with them)
    drop_widgets(root)  # (their roles, which tell them apart, do not reach trafilatura's tree)
    drop_polls(root)
    drop_article_label(root, page)
    for figure in list(root.iter("figure")):
        if (caption := _caption_under(figure)) is not None:
            remove_element(caption)
        _keep_pictures(figure)
    _drop_alt_captions(root)
    _drop_typed_captions(root)
    _drop_figure_boxes(root)
    _drop_portrait_quotes(root)
    _drop_channel_lists(root)
    _print_readings(root)
    counted = paragraph_prose(root)  # each paragraph read once, for the page and each element
    half = sum(counted.values()) / 2
    furniture, removed = [], 0
    walk = iterwalk(root, events=("start",))  # top down, not into what is removed
    next(walk)  # (the page itself)
    for _, el in walk:
        if is_furniture(el) and ((share := sum(counted.get(p, 0) for p in el.iter("p"))) < half):
            furniture.append(el)
            removed += share
            walk.skip_subtree()
    # all of them together against the page's prose with the text it types in `<div>`s too,
    # where its `<p>`s may be only its widgets' (a tooltip's line under each topic); that text
    # is counted only when they hold half of the `<p>`s' (each `<div>` read: a tenth of the copy)
    if furniture and (removed < half or removed < half + prose(root, "div") / 2):
        for el in furniture:
            remove_element(el)
    return tostring(root, encoding="unicode", method="html")


# Words of a notice asking the reader's consent before someone else's content is loaded.
CONSENT_NOTICE = patterns.compile(
    r"datenschutz|privacy|consent|einverstanden|zustimmung|einwilligung|cookie", re.I
)
MIN_NOTICE = 40  # characters of a box's own text besides its control: a notice's sentence
MAX_CONSENT_BOX = 1200  # characters of a notice box: more is a text the control sits in
CONTROLS = ".//button | .//input[@type='checkbox']"


def _drop_consent_boxes(root: _Element) -> None:
    """Without the boxes in the text standing for another site's content (a chart, a podcast)
    until the reader agrees to load it: the box around a button or checkbox whose notice asks
    for consent or names the privacy settings (`Loading it sends your address to that site;
    we keep your choice in your privacy settings`). trafilatura drops the control and keeps
    the notice."""
    read: dict[_Element, str | None] = {}  # the blocks read, until a box goes
    for control in root.xpath(CONTROLS):
        if not _attached(control, root):
            continue
        least = len(text_of(control)) + MIN_NOTICE
        box = next(
            (b for b in control.iterancestors() if _box_text(read, b, least - 1) is None), None
        )
        if box is None or box is root or (notice := _box_text(read, box, MAX_CONSENT_BOX)) is None:
            continue
        if CONSENT_NOTICE.search(notice):
            remove_element(box)
            read.clear()


def _box_text(read: dict[_Element, str | None], block: _Element, limit: int) -> str | None:
    """`short_text(block, limit)`, each block read once for all the controls in it (a share bar's
    buttons climb the same blocks) and only as far as a notice box's length (the copy's texts
    are not kept, and the first block with a notice's words is often the page's body)."""
    if limit > MAX_CONSENT_BOX:
        return short_text(block, limit)
    if block not in read:
        read[block] = short_text(block, MAX_CONSENT_BOX)
    text = read[block]
    return text if text is not None and len(text) <= limit else None


def _attached(el: _Element, root: _Element) -> bool:
    """`el` is still in `root`'s tree (not inside a box removed before it)."""
    return any(a is root for a in el.iterancestors())


def _drop_alt_captions(root: _Element) -> None:
    """Without the captions printed as paragraphs outside a `<figure>`: a paragraph that says
    what the alt text of a picture beside it says, the two alone in a box of their own
    (`<div><div><img alt="X"></div><div><p>X</p></div></div>`), which trafilatura reads as a
    line of the text."""
    alts: dict[str, list[_Element]] = defaultdict(list)
    for img in root.iter("img"):
        if len(alt := " ".join((img.get("alt") or "").split())) >= MIN_ALT_CAPTION:
            alts[alt].append(img)
    if not alts:  # most pages: no picture says enough to be its caption's words
        return
    for p in [p for p in root.iter("p") if text_of(p) in alts]:
        box = p
        for _ in range(MAX_CAPTION_BOX):
            box = box.getparent()
            if box is None or next(islice(box.iter("p"), 1, None), None) is not None:
                break
            if any(_contains(box, img) for img in alts[text_of(p)]):
                remove_element(p)
                break


def _drop_typed_captions(root: _Element) -> None:
    """Without the captions typed under a picture in its paragraph (`<p><img><br><em>Caption
    </em></p>`, as a classic editor does): the line in italics after the picture and a line
    break, nothing else in the paragraph, which trafilatura reads as a line of the text (its
    italics and its break lost)."""
    for br in list(root.iter("br")):
        p = br.getparent()
        if p is None or p.tag != "p" or len(p) != 3 or p[1] is not br:
            continue
        picture, line = p[0], p[2]
        if (
            line.tag in ("em", "i")
            and _bare_picture(picture)
            and not (p.text or "").strip()
            and not any((el.tail or "").strip() for el in p)
            and 0 < len(text_of(line)) <= MAX_CAPTION_CHARS
        ):
            remove_element(line)


def _drop_figure_boxes(root: _Element) -> None:
    """Without a box of figures set among the text (`… by numbers`, then `<p><strong>1962
    </strong>: the channel first dredged</p>`, `<p><b>41%</b>: of the port's traffic</p>`): a
    short title, then `MIN_FIGURE_LINES` lines or more each opening with a figure in bold and
    a colon and ending no sentence, nothing else. The figures shown apart from the text, which
    trafilatura reads as its paragraphs.
    A box is told by the shape of its lines (`_shaped_as_figures`) before any of their texts
    is read, or whether it is still on the page (a walk up to the page's root for each box)."""
    for box in list(root.iter("div", "section", "aside")):
        lines = _shaped_as_figures(box)
        if lines is None or len(lines) <= MIN_FIGURE_LINES or not _attached(box, root):
            continue
        texts = [short_text(line, MAX_FACT_LINE) for line in lines]
        if (
            None in texts
            or len(texts[0]) > MAX_BOX_TITLE
            or FULL_STOP.search(texts[0])
            or any(FULL_STOP.search(text) for text in texts[1:])
            or short_text(box, sum(len(text) + 1 for text in texts)) is None
        ):
            continue
        remove_element(box)


def _drop_portrait_quotes(root: _Element) -> None:
    """Without a quote displayed among the text with its speaker's portrait and name, in a box
    of their own (`_portrait_quote`), or with the speaker's name in the quote's own footer
    (`_footed_quote`): one line of the article shown again, which trafilatura, flattening the
    box or leaving out the footer, reads as a passage the text quotes."""
    for box in {quote.getparent() for quote in root.iter("blockquote")} - {None, root}:
        if _portrait_quote(box):
            remove_element(box)
    for quote in list(root.iter("blockquote")):
        if _footed_quote(quote):
            remove_element(quote)


def _portrait_quote(box: _Element) -> bool:
    """`box` holds a short quote, a picture alone and a short line ending no sentence, nothing
    else (`<div><blockquote>…</blockquote><figure><img></figure><p><b>Jane Roe</b>, harbour
    master</p></div>`): a quote displayed with its speaker's portrait and name. A quote
    credited without a portrait, or a box holding anything else, is the text's."""
    parts = [el for el in box if isinstance(el.tag, str)]
    if box.tag not in QUOTE_BOXES or len(parts) != 3 or parts[0].tag != "blockquote":
        return False
    quote, portrait, speaker = parts
    name = text_of(speaker)
    return (
        len(text_of(quote)) <= MAX_DISPLAYED_QUOTE
        and next(portrait.iter("img"), None) is not None
        and not text_of(portrait)
        and 0 < len(name) <= MAX_PORTRAIT_SPEAKER
        and not SENTENCE_END.search(name)
        and not any((el.tail or "").strip() for el in parts)
    )


def _footed_quote(quote: _Element) -> bool:
    """`quote` holds a short quote and, in its own footer, a short line ending no sentence
    (`<blockquote><p>…</p><footer><cite>Jane Roe</cite></footer></blockquote>`): a quote
    displayed with its speaker's name, which trafilatura reads without the footer, as a
    passage of the text."""
    parts = [el for el in quote if isinstance(el.tag, str)]
    if len(parts) < 2 or parts[-1].tag != "footer" or (quote.text or "").strip():
        return False
    name = text_of(parts[-1])
    return (
        len(text_of(quote)) <= MAX_DISPLAYED_QUOTE
        and 0 < len(name) <= MAX_PORTRAIT_SPEAKER
        and not SENTENCE_END.search(name)
    )


def _drop_channel_lists(root: _Element) -> None:
    """Without a list among the text whose every item links only to the site's channels, of
    two kinds or more (`Our news on your phone: the app for <a>Android</a> and <a>iOS</a>`,
    `Find us on <a>Instagram</a>`, `The day in one mail: <a>our newsletter</a>`): the site's
    promotion of its app, accounts and newsletter, in whatever words. A list of apps, or of
    someone's accounts, links to one kind only and is the text's."""
    for items in list(root.iter("ul", "ol")):
        entries = [li for li in items if isinstance(li.tag, str)]
        if len(entries) < MIN_CHANNEL_ITEMS or any(li.tag != "li" for li in entries):
            continue
        kinds = set()
        for li in entries:
            links = [_channel(a.get("href") or "") for a in li.iter("a")]
            if not links or None in links or short_text(li, MAX_NOTICE) is None:
                break
            kinds.update(links)
        else:
            if len(kinds) >= MIN_CHANNEL_KINDS:
                remove_element(items)


def _print_readings(root: _Element) -> None:
    """A word's reading printed over it, with the brackets the page gives for printing it beside
    the word where ruby is not shown (`<ruby><rb>浚渫</rb><rp>（</rp><rt>しゅんせつ</rt><rp>）
    </rp></ruby>`), as plain text: `浚渫（しゅんせつ）`. trafilatura drops the reading and the
    brackets, and the sentence the page prints with them."""
    for ruby in list(root.iter("ruby")):
        if ruby.find(".//rp") is not None:
            strip_tags(ruby, "rb", "rt", "rp")
            ruby.tag = "span"


def _channel(href: str) -> str | None:
    """The kind of channel of the site's that `href` leads to (`app`, `social`, `newsletter`),
    or None."""
    for kind, address in CHANNEL_ADDRESSES.items():
        if address.search(href):
            return kind
    return None


def _shaped_as_figures(box: _Element) -> list[_Element] | None:
    """The lines of `box` (`<p>`, `<li>`, subheadings) when each one after the first opens with
    a figure in bold (`_figure_line`), else None, read only up to the first that does not. A
    box's lines are also those of every box around it: reading them all, and their texts, for
    each box read a page's paragraphs again for each block they are nested in, where nearly
    every box is ruled out at its second line."""
    lines = box.iter("p", "li", *SUBHEADINGS)
    title = next(lines, None)
    if title is None:
        return None
    shaped = [title]
    for line in lines:
        if not _figure_line(line):
            return None
        shaped.append(line)
    return shaped


def _figure_line(line: _Element) -> bool:
    """`line` opens with a figure in bold and a colon after it, in the bold or not (`<strong>
    1962</strong>: …`, `<b>2nd:</b> …`)."""
    if (line.text or "").strip() or not len(line) or line[0].tag not in ("strong", "b"):
        return False
    figure = text_of(line[0])
    opened = f"{figure}{line[0].tail or ''}".lstrip()
    return bool(FIGURE_LABEL.fullmatch(figure.rstrip(": "))) and bool(FIGURE_OPENING.match(opened))


def _bare_picture(el: _Element) -> bool:
    """A picture alone, or alone in a link."""
    if el.tag == "a" and len(el) == 1 and not (el.text or "").strip():
        el = el[0]
    return el.tag == "img"


def _keep_pictures(figure: _Element) -> None:
    """A figure without the text around its pictures: a caption, a credit, a video's title
    (trafilatura reads such text as paragraphs of the article)."""
    for child in list(figure):
        if not isinstance(child.tag, str) or child.tag in PICTURE_TAGS:
            continue
        if next(child.iter(*PICTURE_TAGS), None) is None:
            remove_element(child)
        elif child.tag != "figure":  # a nested figure is reached by the page's walk
            _keep_pictures(child)
    figure.text = None
    for child in figure:
        child.tail = None


def is_furniture(el: _Element) -> bool:
    """Page furniture by its tag or by a word of its class, id, role, label or component."""
    if not isinstance(el.tag, str):
        return False
    if el.tag in FURNITURE_TAGS:
        return True
    for name, value in el.items():  # an element's few attributes are read once
        if (
            value
            and name in FURNITURE_ATTRS
            and (
                (
                    _names_furniture(value)
                    and not (name == "id" and (_slug(value) or _own_anchor(el, value)))
                )
                or (name == "class" and _classed_apart(value))
            )
        ):
            return True
    return False


def _own_anchor(heading: _Element, value: str) -> bool:
    """An id a heading takes from its own words, after a table of contents' prefix
    (`nav_phishing_masche__0` on `Phishing-Masche …`): an anchor to the text's subheading,
    not a component's name. Two of its other words at least, each in the heading's text."""
    if heading.tag not in HEADINGS:
        return False
    words = [w.lower() for w in ID_WORD.findall(value)]
    own = [w for w in words if len(w) >= MIN_ANCHOR_WORD and not re.match(FURNITURE_WORD, w)]
    text = text_of(heading).lower()
    return len(own) >= MIN_ANCHOR_WORDS and all(w in text for w in own)


def _slug(value: str) -> bool:
    """An id that is a heading's words made an anchor, a slide's or a section's
    (`star-promoted-the-film-in-a-plum-suit-1`): prose, whose words (`promoted`) name no
    component."""
    return len(ID_WORD.findall(value)) >= MIN_SLUG_WORDS


@lru_cache(maxsize=4096)
def _names_furniture(value: str) -> bool:
    """Class lists and ids repeat from element to element and page to page: read each once."""
    return any(
        _name_furniture(name)
        for name in value.split()
        if ":" not in name  # a utility class for one medium or size (`print:hidden`)
    )


@lru_cache(maxsize=4096)
def _name_furniture(name: str) -> bool:
    """One class name or id word of `_names_furniture`, read once: the lists of a corpus of
    sites are mostly distinct (a list cached per site misses on the next one) while their
    names repeat (`article__header`, `col-md-8`), and each read splits the name into words and
    matches each one."""
    return any(re.match(FURNITURE_WORD, word.lower()) for word in _name_words(name))


def _name_words(name: str) -> list[str]:
    """The words of a class or id name, and each camel-case compound whole too: `InfoBox` is
    `Info`, `Box` and `InfoBox`, the `infobox` a lower-case class would name."""
    words = []
    for part in re.split(r"[^A-Za-z]+", name):
        found = re.findall(ATTRIBUTE_WORDS, part)
        words += [*found, part] if len(found) > 1 else found
    return words


@lru_cache(maxsize=4096)
def _classed_apart(value: str) -> bool:
    """A class list marking a block apart from the text (`NOT_PROSE`) or hidden from sight
    (`VISUALLY_HIDDEN`): read once per list, as `_names_furniture` is."""
    return NOT_PROSE in value.split() or VISUALLY_HIDDEN.search(value) is not None


def _scored(page: Page) -> _Element | None:
    """The element the most prose votes for: each paragraph for its parent (and half for its
    grandparent); on a page whose paragraphs elect nothing, text typed with `<br><br>` (a
    forum post) votes for the element it is typed in."""
    body = page.root.find("body")
    if body is None:
        return None
    votes: dict[_Element, float] = defaultdict(float)
    for p in body.iter("p", "pre", "blockquote", "div"):
        if p.tag == "div" and not _builder_paragraph(p):
            continue
        if not any(quoted_post(q) for q in (p, *p.iterancestors("blockquote"))):
            _vote(votes, p, text_of(p), sum(len(text_of(a)) for a in p.iter("a")))
    found = _elected(page, votes)
    typed = _typed_votes(body)
    untyped = _elected(page, typed)
    if found is not None and (untyped is None or typed[untyped] <= TYPED_OUTVOTES * votes[found]):
        found = _rows_of_text(_typed_around(found))
        if not is_vietnamese(page):
            return found
        feed = _timed_feed(page, found)
        return feed if feed is not None else _with_sections(page, found)
    return _typed_in_sections(page, untyped, typed) if untyped is not None else None


def _typed_in_sections(page: Page, elected: _Element, typed: dict[_Element, float]) -> _Element:
    """The element around the block holding the text typed with `<br><br>` when a block of the
    same kind beside it holds such text too (a fediverse page's text blocks, `<div class="_block
    _textBlock">`, on either side of its image block): one text in sections, split by its
    pictures. Not where that element holds the headline: then the blocks are posts. A wrapper
    whose other children print nothing (an outliner's block beside its bullet and its fold
    control) is the block's own."""
    block = elected
    while (parent := block.getparent()) is not None and all(
        el is block or not text_of(el) for el in _elements(parent)
    ):
        block = parent
    parent = block.getparent()
    if parent is None or parent.tag == "body" or in_zone(page, parent):
        return elected
    anchor = headline_element(page)
    if anchor is not None and _contains(parent, anchor):
        return elected
    for sibling in _elements(parent):
        if (
            sibling is not block
            and _same_kind(sibling, block)
            and any(typed.get(el) for el in sibling.iter())
        ):
            return parent
    return elected


def _typed_votes(body: _Element) -> dict[_Element, float]:
    """The votes of text typed without a `<p>`: paragraphs between `<br><br>` for the element
    they are typed in, and a `<div>` holding a line of prose and no block (a commune site's
    editor makes one a paragraph, with `<div><br></div>` between) for its parent."""
    votes: dict[_Element, float] = defaultdict(float)
    # (an old table layout types its text in a `<font class="content">` inside the cell)
    for el in body.iter("div", "td", "blockquote", "font"):
        if double_br(el):
            for text, links in _typed_paragraphs(el):
                _vote(votes, el, text, links, voter_is_parent=True)
        elif el.tag == "td" and not any(child.tag in BLOCK_TAGS for child in el):
            rows = _rows_of_paragraphs(el, typed_in_cell=True)
            if rows is not None:
                links = sum(len(text_of(a)) for a in el.iter("a"))
                _vote(votes, rows, text_of(el), links, voter_is_parent=True)
        elif el.tag == "div" and not any(child.tag in BLOCK_TAGS for child in el):
            links = sum(len(text_of(a)) for a in el.iter("a"))
            rows = _rows_of_paragraphs(el)
            if rows is not None:
                _vote(votes, rows, text_of(el), links, voter_is_parent=True)
            else:
                _vote(votes, el, text_of(el), links)
    return votes


def _rows_of_paragraphs(el: _Element, typed_in_cell: bool = False) -> _Element | None:
    """The table body around a `<div>` alone in the one cell of its row: an e-mail's template
    sets each paragraph in a row of its own (MJML's `mj-text`, `<tr><td><div>…</div></td>
    </tr>`), and the rows together are the text, as a `<div>` of `<p>`s is. So it is around
    a cell whose paragraph is typed in it (`typed_in_cell`: a campaign's `<tr><td style=…>
    …</td></tr>`), the one cell of its row."""
    cell = el if typed_in_cell else el.getparent()
    row = cell.getparent() if cell is not None and cell.tag == "td" else None
    if row is None or row.tag != "tr" or len(row) != 1 or (len(cell) != 1 and not typed_in_cell):
        return None
    return row.getparent()


def _rows_of_text(elected: _Element) -> _Element:
    """The table around the elected `<div>` of `<p>`s alone in its row's one cell, when another
    row's `<div>` holds a paragraph of prose too: an e-mail's template sets each text block in
    a row of its own (Constant Contact's `galileo-ap-content-editor` rows, a picture's and a
    table's rows between them), and the rows together are the text."""
    if elected.tag == "td":
        return _rows_of_cells(elected)
    rows = _rows_of_paragraphs(elected)
    if rows is None:
        return elected
    cell = elected.getparent()
    for row in rows:
        inner = row[0] if len(row) == 1 else None
        div = inner[0] if inner is not None and len(inner) == 1 else None
        if div is None or div.tag != "div" or inner is cell:
            continue
        if any(len(text_of(p)) >= MIN_PARAGRAPH for p in div.iter("p")):
            return rows
    return elected


def _rows_of_cells(cell: _Element) -> _Element:
    """The table around the elected cell, alone in its row, when another row's one cell holds
    `<p>`s of prose too: an e-mail's template (a GovDelivery bulletin's presentation table)
    sets the text's paragraphs straight into a row's cell, a picture's, a table's and a
    caption's rows between them, and the rows together are the text. A row whose prose is
    all in bold is the lead the template sets under the headline's row, no part of the text
    (`<tr><td><p><strong>…</strong></p></td></tr>` over the text's cell)."""
    row = cell.getparent()
    rows = row.getparent() if row is not None and row.tag == "tr" and len(row) == 1 else None
    if rows is None or _signed_off(cell):
        return cell
    for other in rows:
        inner = other[0] if len(other) == 1 else None
        if inner is None or inner is cell or inner.tag != "td" or inner.find(".//a") is not None:
            continue  # (a teaser's row links to its article)
        if any(len(text_of(p)) >= MIN_PARAGRAPH and not all_bold(p) for p in inner.findall("p")):
            return rows
    return cell


def _signed_off(cell: _Element) -> bool:
    """The cell's last paragraph is a signature, a short line all in bold (a bulletin's `<p
    style="text-align:right"><strong>Trúc Linh</strong></p>`): the text ends in this cell, and
    the rows after it (a schedule, brief items, tips) are the bulletin's other blocks."""
    last = next((p for p in reversed(cell.findall("p")) if text_of(p)), None)
    return last is not None and len(text_of(last)) <= MAX_SIGNATURE_LINE and all_bold(last)


def _typed_around(elected: _Element) -> _Element:
    """The block around the elected one whose own text, typed with `<br><br>`, holds more prose
    than it: an old editor's text with one box of `<p>`s in it (a note, a quote) is the text,
    not the box its paragraphs elected."""
    for el in islice(elected.iterancestors("div", "td"), MAX_TYPED_AROUND):
        if double_br(el):
            typed = sum(
                len(text)
                for text, links in _typed_paragraphs(el)
                if len(text) >= MIN_PARAGRAPH and links <= len(text) / 2
            )
            return el if typed and not holds_prose(elected, typed + 1) else elected
    return elected


def _builder_paragraph(el: _Element) -> bool:
    """A page builder's paragraph: a `<div>` classed as one (LadiPage's `ladi-paragraph`)
    holding text and inline elements only, where a site's editor would type a `<p>`."""
    return bool(PARAGRAPH_CLASS.search(el.get("class") or "")) and not any(
        child.tag in BLOCK_TAGS for child in el.iterchildren()
    )


def _timed_feed(page: Page, elected: _Element) -> _Element | None:
    """The feed around the elected block when the entry holding it is one of a run of like
    entries, each with its time and prose (a live page's entries, newest or oldest first, each
    a time and a block of text): the text is every entry, not the one whose paragraph won the
    vote. Entries are alike by tag and first class word (`live-item`, `live-item
    live-item--media`) and make most of the feed; an entry holds its time in a `<time>` or
    opens with it (`entry_stamp`: an embed's `<li>` with its time's box over its text's), the
    elected block a level or two inside it."""
    for entry in islice(elected.iterancestors(), MAX_ENTRY_DEPTH):
        feed = entry.getparent()
        kind = (entry.get("class") or "").split()[:1]
        if feed is None or not kind or in_zone(page, feed):
            return None
        alike = [
            el for el in feed if el.tag == entry.tag and (el.get("class") or "").split()[:1] == kind
        ]
        timed = [el for el in alike if _timed(el) and holds_prose(el, MIN_PARAGRAPH)]
        if len(timed) >= MIN_ENTRIES and 2 * len(alike) >= len(_elements(feed)):
            return None if _thread(alike) else feed
    return None


def _thread(entries: list[_Element]) -> bool:
    """Each of `entries` holds its poster's card (a fediverse status's `h-card`, a forum post's
    author box) and two or more people post them: a thread's posts, each signed by whoever
    wrote it, the text the first post's, where a live page's entries are all the desk's or its
    reporters' (Tickaroo's `tik4-meta__author` `Ban biên tập` on each)."""
    posters = [_poster(entry) for entry in entries]
    return all(posters) and len(set(posters)) >= MIN_POSTERS


def _poster(entry: _Element) -> str:
    """The words of the first element of `entry` its class names the poster's card."""
    return next(
        (
            text
            for el in entry.iter()
            if POSTER_MARK.search(el.get("class") or "") and (text := text_of(el))
        ),
        "",
    )


def _timed(entry: _Element) -> bool:
    """A live entry with its time: a `<time>` in it, or a box opening it with the time."""
    return entry.find(".//time") is not None or entry_stamp(entry) is not None


def _with_sections(page: Page, elected: _Element) -> _Element:
    """The element around the elected one when a block before it, below the headline, holds
    paragraphs of prose too: a text in sections (`<div class="qa-question">` over `<div
    class="qa-answer">`; an entry's body over its extended body of the same tag and class,
    when the element around them holds the headline's block too, where a lead or cover block
    over the text has its own class), or when the block after it answers it (`_answers`).
    Other blocks after it are left out: comments, donation calls and the like follow the
    text."""
    parent = elected.getparent()
    if parent is None or parent.tag == "body" or in_zone(page, parent):
        return elected
    anchor = headline_element(page)
    holds_headline = anchor is not None and _contains(parent, anchor)
    for sibling in elected.itersiblings(preceding=True):
        if holds_headline and (sibling is anchor or _contains(sibling, anchor)):
            break
        if not isinstance(sibling.tag, str) or in_zone(page, sibling):
            continue
        if holds_headline and not _same_kind(sibling, elected):
            continue
        if any(_prose_paragraph(p) for p in sibling if isinstance(p.tag, str) and p.tag == "p"):
            return parent
    return parent if not holds_headline and _answers(elected) else elected


def _same_kind(el: _Element, other: _Element) -> bool:
    """Two blocks of the same tag and class, a class named: sections of one text
    (`post_content`), where classless `<p>`s are only paragraphs."""
    return bool(el.get("class")) and (el.tag, el.get("class")) == (other.tag, other.get("class"))


def _answers(elected: _Element) -> bool:
    """The block after `elected`, past its pictures, answers it: its first paragraph opens
    with a bold label closed by a colon and goes on in prose (a reader's letter, then `<b>Ý
    kiến của cơ quan chức năng:</b> …` or `<b>Trả lời:</b> …`), where a box the site puts
    under every text is short (`_before_labelled_box`)."""
    for sibling in elected.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in UNREAD_TAGS:
            continue
        if sibling.find(".//img") is not None and len(text_of(sibling)) <= MAX_CAPTION_CHARS:
            continue  # a picture of the text with its caption
        first = next(sibling.iter("p"), None)
        if first is None or not _prose_paragraph(first):
            return False
        return _bold_label(first) is not None and len(text_of(sibling)) > MAX_NOTICE
    return False


def _bold_label(block: _Element) -> str | None:
    """The bold label closed by a colon that opens `block` (`<b>Trả lời:</b> …`), if any."""
    text = text_of(block)
    label = next((text_of(b) for b in block.iter("strong", "b") if text_of(b)), "")
    if label.endswith(":") and len(label) <= MAX_BOX_TITLE and text.startswith(label):
        return label
    return None


def _contains(el: _Element, inner: _Element) -> bool:
    return any(node is el for node in inner.iterancestors())


def _prose_paragraph(p: _Element) -> bool:
    """A paragraph that votes (see `_vote`): prose, not a line of links; nor all in bold (a lead
    printed apart, over the text)."""
    text = text_of(p)
    links = sum(len(text_of(a)) for a in p.iter("a"))
    return len(text) >= MIN_PARAGRAPH and links <= len(text) / 2 and not all_bold(p)


def _vote(
    votes: dict[_Element, float], el: _Element, text: str, links: int, voter_is_parent=False
) -> None:
    if len(text) < MIN_PARAGRAPH or links > len(text) / 2:
        return
    points = 1 + min(len(text) / 100, 3) + text.count(",") / 2
    parent = el if voter_is_parent else el.getparent()
    if parent is None:
        return
    votes[parent] += points
    grand = parent.getparent()
    if grand is not None:
        votes[grand] += points / 2


def _elected(page: Page, votes: dict[_Element, float]) -> _Element | None:
    for el, _ in sorted(votes.items(), key=lambda kv: kv[1], reverse=True):
        if not in_zone(page, el):
            return el
    return None


def _typed_paragraphs(el: _Element) -> list[tuple[str, int]]:
    """The paragraphs of text typed in `el` between `<br><br>`, each with its characters in
    links; blocks inside it end a paragraph and are not read."""
    found: list[tuple[str, int]] = []
    parts: list[str] = [el.text or ""]
    links = 0
    after_br = False

    def close() -> None:
        nonlocal links
        text = " ".join("".join(parts).split())
        if text:
            found.append((text, links))
        parts.clear()
        links = 0

    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "br":
            if after_br:
                close()
            after_br = True
        elif child.tag in BLOCK_TAGS:
            close()
            after_br = False
        else:
            text = text_of(child)
            parts.append(text)
            links += len(text) if child.tag == "a" else 0
            after_br = after_br and not text.strip()
        if child.tail:
            parts.append(child.tail)
            after_br = after_br and not child.tail.strip()
    close()
    return found


def body_reading(page: Page, container: _Element, lead: str | None) -> _Element:
    """What the body is read from: the container, and the text the page prints outside it.
    A page may carry its text on in a second block of the same kind after a box of other
    articles or an ad (`<div class="detail-content">` twice), or in sections of their own
    (`_sections_around`) or a site builder's blocks (`_blocks_around`), or print its first
    paragraph apart, over a picture or in a block of its own, between the headline and the
    container; those come along, in page order (the lead and the headline never do)."""
    if container.getroottree().getroot() is not page.root:  # trafilatura's own tree
        return container
    before = _carried_on(container, preceding=True) or _opening_apart(page, container, lead)
    after = _carried_on(container)
    sections_before, sections_after = _sections_around(container)
    if not (sections_before or sections_after):
        sections_before, sections_after = _blocks_around(container)
    before, after = sections_before or before, _before_labelled_box(after + sections_after)
    if not before and not after:
        return container
    reading = Element("div")
    for el in (*before, container, *after):
        reading.append(_copy(el))
    return reading


def _before_labelled_box(blocks: list[_Element]) -> list[_Element]:
    """`blocks` up to the first short one that opens with a bold label closed by a colon
    (`<b>Thông tin liên hệ báo chí:</b>`, `<b>Về PNB:</b> Thành lập năm …`): a box the site
    puts under every text (a press contact, the company's profile), where the text ends; or
    that titles a box of other articles (a newsletter's `Các tin khác trong tuần` row over the
    rows of their teasers)."""
    for at, block in enumerate(blocks):
        if len(text_of(block)) <= MAX_NOTICE and (_bold_label(block) or is_box_title(block)):
            return blocks[:at]
    return blocks


def _carried_on(container: _Element, preceding: bool = False) -> list[_Element]:
    """Blocks after the container (before it, with `preceding`) with its tag and class that
    hold paragraphs of prose, in page order: a text split by ad slots into blocks of one kind,
    of which the container elected may be any. A layout classing all its regions alike tells
    its side column by the id (`REGION_ID`): that column is no part of the text."""
    kind = container.get("class")
    if not kind:
        return []
    blocks = [
        el
        for el in container.itersiblings(preceding=preceding)
        if el.tag == container.tag
        and el.get("class") == kind
        and holds_prose(el, MIN_PARAGRAPH)
        and not is_zone(el)
        and not REGION_ID.search(el.get("id") or "")
        and not _line_under_picture(el)
    ]
    return blocks[::-1] if preceding else blocks


def _line_under_picture(block: _Element) -> bool:
    """`block` holds one short line and comes right after a block holding a picture and no
    words (a landing page builder's text box under its image box, `<div class="lp-pom-image">
    <img></div><div class="lp-pom-text"><p>…</p></div>`): the picture's caption, not the text
    carried on."""
    before = block.getprevious()
    return (
        before is not None
        and before.find(".//img") is not None
        and not text_of(before)
        and len(block.findall(".//p")) <= 1
        and 0 < len(text_of(block)) <= MAX_CAPTION_CHARS
    )


def _blocks_around(container: _Element) -> tuple[list[_Element], list[_Element]]:
    """A text a site builder lays out as blocks of one kind (Squarespace's `sqs-block
    html-block`; Tilda's records, classed each with its own spacing, holding the text block at
    the same depth) with picture blocks between them: when the container is all its block holds
    (through wrappers), the sibling blocks from the first to the last of its kind that hold
    prose, the picture blocks between them included, and none after the last (a donation
    button, a newsletter sign-up). Blocks a builder marks by their data attributes rather than
    a class (Magento Page Builder's `data-content-type="text"`, a figure and a products grid
    between them) are its blocks with no wrapper around them."""
    block, depth = container, 0
    for _ in range(MAX_WRAPPERS):
        parent = block.getparent()
        if parent is None or (parent.text or "").strip() or _elements(parent) != [block]:
            break
        block, depth = parent, depth + 1
    kind, around = _kind(block), block.getparent()
    if (block is container and block.get("class")) or not kind or around is None:
        return [], []
    siblings = _elements(around)
    prose_at = [
        i
        for i, el in enumerate(siblings)
        if el is block
        or (el.tag == block.tag and not is_zone(el) and _holds_text(el, kind, container, depth))
    ]
    here = siblings.index(block)
    if len(prose_at) < 2 or here not in prose_at:
        return [], []
    return siblings[prose_at[0] : here], siblings[here + 1 : prose_at[-1] + 1]


def _holds_text(el: _Element, kind: str, container: _Element, depth: int) -> bool:
    """`el` is a block of the kind that holds the text, holding some: classed as the block
    (with paragraphs of prose), or holding `depth` levels inside it a text block with the
    container's tag and class, a class named (a builder's block with its spacing classed apart),
    whose text is prose however it is typed."""
    if _kind(el) == kind:
        return holds_prose(el, MIN_PARAGRAPH)  # (a forum's replies, each block like the post's)
    if not container.get("class"):
        return False  # (a classless block is built as any other: a comment's)
    level = [el]
    for _ in range(depth):
        level = [child for node in level for child in _elements(node)]
    return any(
        node.tag == container.tag
        and node.get("class") == container.get("class")
        and holds_prose(node, MIN_PARAGRAPH, node.tag)
        for node in level
    )


def _kind(el: _Element) -> str | None:
    """A block's kind: its class, else the data attributes a page builder marks it with."""
    marks = sorted((key, value) for key, value in el.attrib.items() if key.startswith("data-"))
    return el.get("class") or (repr(marks) if marks else None)


def _elements(el: _Element) -> list[_Element]:
    return [child for child in el if isinstance(child.tag, str)]


def _sections_around(container: _Element) -> tuple[list[_Element], list[_Element]]:
    """A text split into sections (an e-magazine's full-width `<section>`s, each holding its
    own block of the container's kind): when the container is all its section holds, the
    sibling sections from the first to the last whose block of that kind holds prose, with the
    picture sections between them."""
    kind, section = container.get("class"), container.getparent()
    if not kind or section is None or section.getparent() is None:
        return [], []
    if [el for el in section if isinstance(el.tag, str)] != [container]:
        return [], []
    sections = [el for el in section.getparent() if el.tag == section.tag]
    prose_at = [
        i
        for i, el in enumerate(sections)
        if any(
            block.get("class") == kind and holds_prose(block, MIN_PARAGRAPH)
            for block in el.iter(container.tag)
        )
    ]
    here = sections.index(section)
    if len(prose_at) < 2 or here not in prose_at:
        return [], []
    first, last = prose_at[0], prose_at[-1]
    kept = [el for el in sections[first : last + 1] if not is_zone(el)]
    return [el for el in kept[: kept.index(section)]], [
        el for el in kept[kept.index(section) + 1 :]
    ]


def _opening_apart(page: Page, container: _Element, lead: str | None) -> list[_Element]:
    """Paragraphs of prose just before the container, alone or in a block of paragraphs only,
    up to the headline, the lead or anything else; pictures and titled boxes of figures
    between are passed over (`_titled_box`)."""
    anchor = headline_element(page)
    skip = {" ".join(lead.split())} if lead else set()
    found: list[_Element] = []
    for el in container.itersiblings(preceding=True):
        if not isinstance(el.tag, str) or el.tag in UNREAD_TAGS:
            continue
        if anchor is not None and (el is anchor or anchor in el.iterdescendants()):
            break
        if el.tag in ("figure", "picture") or (
            el.find(".//img") is not None and len(text_of(el)) <= MAX_CAPTION_CHARS
        ):
            continue
        if _titled_box(el):
            continue
        paragraphs = [el] if el.tag == "p" else [c for c in el if isinstance(c.tag, str)]
        if (
            not paragraphs
            or is_zone(el)
            or not all(
                p.tag == "p" and _opening_prose(p, skip, page.fetched_at) for p in paragraphs
            )
        ):
            break
        found[:0] = paragraphs
    return found


def _titled_box(el: _Element) -> bool:
    """A box its own heading titles, holding no prose (a running toll's `<div><h3>Thiệt hại
    tổng hợp (cập nhật đến 16 giờ ngày 05/12)</h3><table>…</table></div>` between a live
    page's intro paragraph and its entries): set apart from the text, as a picture is, so the
    paragraph before it still opens the text, and the box itself is no part of it."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return (
        el.tag in ("div", "aside", "section")
        and first is not None
        and first.tag in BOX_HEADINGS
        and not holds_prose(el, MIN_PARAGRAPH)
    )


def _opening_prose(p: _Element, lead: set[str], now: datetime) -> bool:
    """A paragraph of prose that may be the text's first, printed apart; one opened by a bold
    label (`<b>Ghi chú của tòa soạn:</b> Bài viết nằm trong loạt bài …`) is a note set over
    the text, not its first paragraph; nor is one holding an element that prints only a date
    (`<p class="date">Tác giả: admin <span>Đăng lúc 2026-12-5 8:30</span> … Lượt đọc (1532)</p>`):
    the article's info line (the date read against `now`, the page's fetch time)."""
    text = text_of(p)
    return (
        len(text) >= MIN_PARAGRAPH
        and without_credit(text) not in lead
        and bool(SENTENCE_END.search(text))
        and link_share(p) < MAX_EDGE_LINKS
        and not is_zone(p)
        and _bold_label(p) is None
        and not any(only_a_date(text_of(el), now) for el in p.iterdescendants() if el.tag != "a")
    )
