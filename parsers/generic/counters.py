"""View counts of the article itself: a labelled count or an eye icon beside a bare number.

Only counts outside the page furniture and near the headline are read: most-read lists and
sidebars print their own counts. A page that shows no count gives None, never a guess.
"""

from __future__ import annotations

import itertools
import re
from urllib.parse import urlsplit

from lxml.etree import _Element

from parsers import patterns
from parsers.generic.container import body_container, in_text_footer_row
from parsers.generic.dates import MAX_FACTS_LINE, facts_column, line_facts, links_own_day
from parsers.generic.zones import (
    CRUMB_LINKS,
    article_fact,
    classes,
    distance,
    headline_element,
    in_zone,
    is_zone,
    menu_sections,
    own_texts_with,
    position,
    text_scan,
)
from parsers.page import Page, short_text, text_of
from parsers.vietnamese.counts import OTHER_VIEW_WORDS
from parsers.vietnamese.text import ZERO_WIDTH, fold

# An eye drawn as a character instead of an icon (`👁 12.504`; `👁️` with its emoji selector).
EYE_GLYPH = "(?:\U0001f441\ufe0f?|\U0001f440)"
# Label first (`Lượt xem: 128`) is tried before number first (`9,330 lượt xem`), so a date
# before the label (`14-09-2016 Lượt xem: 128`) is not read as the count.
# A count's digits: groups of thousands split by `.`, `,` or a space (`2 345`).
DIGITS = r"\d(?:[\d.,]|\s(?=\d{3}(?!\d)))*"
# A count before its label: its thousands split by `.` or `,`, or by a space after a first group
# of one to three digits (`1 248`; not a year before a count, `2026 248`).
COUNT_BEFORE_LABEL = r"(?:\d{1,3}(?:\s\d{3})+(?![\d.,])|\d[\d.,]*)"
# A minus sign before a count (`-5 lượt xem`, a counter gone wrong): read with it, so the count is
# kept as printed and refused as a count, not lost.
SIGN = r"[-−](?=\d)"
# What a label may say is viewed when it is the page itself: the article (`Lượt xem bài viết`),
# a journal article's abstract on its abstract page (OJS's `Lượt xem tóm tắt`). A count of an
# e-paper issue (`Lượt xem số báo`) or of downloads is another thing's.
OWN_PAGE = r"(?:\s*(?:bài\s*viết|bài|tóm\s*tắt)(?!\w))?"
# A rounded count's unit (`1,2K`, `2,3N` for nghìn, `1,5 nghìn`, `2 ngàn`, `1,1 triệu`, `3,4 tr`,
# `1.2M`).
UNIT = r"(?:\s*(?:k|n|nghìn|ngàn|triệu|tr|m)(?!\w))?"
LABELLED = (
    patterns.compile(
        # `Lượt xem: 128`, `Đã xem: 1.204`, the readers counted (`Số người đã xem: 2.406`,
        # `Số người đọc: 987`), the total's label whole (`Tổng lượt xem: 1.580`; a site's `Tổng
        # lượt truy cập` counts visits)
        r"(?:(?:số\s*)?lượt\s*(?:xem|đọc|truy\s*cập)|tổng\s*lượt\s*(?:xem|đọc)"
        r"|số\s*người\s*(?:đã\s*)?(?:xem|đọc)|(?:người\s*)?đã\s*(?:xem|đọc)"
        r"|số\s*lần\s*(?:xem|đọc))"
        # the count in brackets after the label (`Đã xem (1.017)`), bracket and all
        rf"{OWN_PAGE}\s*(?::?\s*(?:{SIGN})?{DIGITS}{UNIT}|\({DIGITS}\))"
        r"(?:\s*(?:lần|lượt)\b)?",  # `Đã xem: 3.015 lần`, whole
        re.I,
    ),
    # An English edition's label and its colon (`Views: 1,204`), also as a plugin prints it on a
    # Vietnamese page, untranslated (`Post Views: 1,902`), or as Joomla counts them (`Hits: 2345`);
    # an intranet's readers of the post (Happeo's `Seen by 318`), no name after the count.
    patterns.compile(
        rf"(?<!\w)(?:(?:(?:post|page)\s+)?views?|hits)\s*:\s*(?:{SIGN})?{DIGITS}{UNIT}"
        rf"|(?<!\w)seen\s+by\s+{DIGITS}(?![\d.,]|\s*\w)",
        re.I,
    ),
    # `9,330 lượt xem`, `845 lần đọc`, `642 lượt truy cập`, Drupal's `1,502 reads`, a floor
    # (`10K+ lượt xem`), the times readers viewed it (`1.502 lượt người xem`); the readers of the
    # article (`Đã có 2.518 người xem bài viết này`, `1.284 người đã đọc` or `Đã có 734 người đọc`
    # closing its line; not the crowd a sentence counts); not a time's minutes
    # before a label whose number a script fills in (`08:15 Lượt xem: <span></span>`)
    patterns.compile(
        rf"(?:(?<![\w/.,-]){SIGN}|(?<![\d/.:-])){COUNT_BEFORE_LABEL}{UNIT}\+?"
        r"\s*(?:(?:lượt|lần)\s*(?:người\s*)?(?:xem|đọc)|lượt\s*truy\s*cập|views?|reads"
        r"|người\s*(?:đã\s*)?(?:xem|đọc)(?:(?=\s*(?:bài|tin)\b)|(?!\s*\w)))\b",
        re.I,
    ),
    # The readers a post was seen by (`Đã xem bởi 1.126 người`, an intranet's seen-by count).
    patterns.compile(rf"(?<!\w)(?:đã\s*)?xem\s*bởi\s*{DIGITS}\s*người\b", re.I),
    # The verb before the number and `lần` after it (`Đọc 1.482 lần`, Joomla K2's hits; a wiki's
    # hit counter, `Trang này đã được truy cập 1.532 lần`).
    patterns.compile(rf"(?<!\w)(?<!tổng\s)(?:đọc|xem|truy\s*cập)\s*:?\s*{DIGITS}\s*lần\b", re.I),
    # The verb as a label, its colon, the number (`Đọc: 1.547`, `Truy cập: 1.207` for the times
    # the page was opened): not a date, a time or the reading time (`Đọc: 6 phút`); not a site's
    # total (`Tổng truy cập: 412.096`).
    patterns.compile(
        rf"(?<!\w)(?<!tổng\s)(?:đọc|xem|truy\s*cập)\s*:\s*{DIGITS}"
        r"(?![\d/:-]|\s*(?:phút|giây|min))",
        re.I,
    ),
    patterns.compile(f"{EYE_GLYPH}\\s*\\d[\\d.,]*{UNIT}", re.I),
    # The label of an edition in another language, its colon and the times it was read
    # (Russian `Просмотров: 1218`, Spanish `Visitas: 3.076`, Chinese `浏览：2346次`, Korean `조회
    # 1,234회`, Lao `ເບິ່ງ 856 ຄັ້ງ`), and French `Lu 2 418 fois` (read … times).
    patterns.compile(
        rf"(?<!\w)(?:просмотр(?:ов|ы)|visitas|lecturas|浏览|瀏覽|阅读|閱讀|조회수?|ເບິ່ງ)\s*[:：]?\s*{DIGITS}"
        r"(?:\s*(?:次|회|ຄັ້ງ))?|(?<!\w)lu\s+\d(?:\d|\s(?=\d{3}(?!\d)))*\s+fois(?!\w)",
        re.I,
    ),
)
# The address of a tag's page (`/tags/58-thanh_toan_khong_tien_mat`): a tag's name, no title.
TAG_PAGE = patterns.compile(r"/tags?/[^/?#]+/?(?:$|[?#])")
EYE_BEFORE = patterns.compile(f"{EYE_GLYPH}\\s*$")  # the glyph right before a labelled count
# An eye icon, also in an icon set's filled, outlined or open variant (`bi-eye-fill`, `fa-eye-o`,
# Remix's `ri-eye-line`, Bootstrap 3's `glyphicon-eye-open`), Boxicons' eye (`bx-show`,
# `bxs-show`), or a theme's class naming views (`td-icon-views`, `post-views`, in Vietnamese
# `luot-xem`).
EYE_ICON = patterns.compile(
    r"(?:^|[\s_-])(?:fa-eye|icon-eye|ic-eye|eye(?:-(?:fill|o|open|outline|solid|regular|line))?"
    r"|icon-views?|ic-views?|views?|luot-?(?:xem|doc)|bxs?-show)(?:$|\s)"
)
# An SVG sprite's eye symbol (`<svg><use href="#icon-eye"/></svg>`): the icon named by the
# symbol it draws, not by a class (hashed CSS-module classes name nothing).
EYE_SYMBOL = patterns.compile(r"#(?:[\w-]*[_-])?(?:eye|views?)(?:[_-](?:fill|outline|solid))?$")
# An SVG's own title naming the views (`<svg><title>Lượt xem</title><path …/></svg>`), folded.
EYE_TITLE = patterns.compile(r"(?:so\s*)?(?:luot|lan)\s*(?:xem|doc)|views?")
# An icon image's file named for an eye or the views (`/images/icon_view.gif`, `eye-16.png`),
# in the page's `src` values joined by NULs: one scan of them all.
EYE_IMAGE = patterns.compile(
    r"(?i)(?<![^/_\x00-])(?:eye|views?|luot-?xem)(?:[_-]?(?:icon|ic|\d+|fill|o))?"
    r"\.(?:gif|png|svg|webp)(?=[?#\x00]|$)"
)
# An icon font drawing its glyph from a ligature (Material's `<span class="material-icons">
# visibility</span>`): the word names the glyph, and these draw an eye.
# An icon a script draws from the name in a data attribute (Feather's `<i data-feather="eye">`,
# Lucide's `data-lucide`, `data-icon`).
NAMED_ICON = ("data-feather", "data-lucide", "data-icon")
# An icon element drawing the icon its `name` or `icon` names (Ionicons' `<ion-icon
# name="eye-outline">`, `<sl-icon name="eye">`, `<iconify-icon icon="mdi:eye">`): a custom
# element whose tag says it is an icon (a form's `name` names a field, never on such a tag).
ICON_ELEMENT_NAMES = ("name", "icon")
ICON_ELEMENT = patterns.compile(r"[a-z][\w.]*-icon")
EYE_NAME = patterns.compile(r"(?:[\w-]*[:_-])?eye(?:[_-](?:fill|outline|line|solid))?")
LIGATURE_FONT = patterns.compile(r"(?:^|\s)material-(?:icons|symbols)")
EYE_LIGATURE = patterns.compile(r"visibility|remove_red_eye")
# `Đang xem: 12`: the readers on the page now, not the page's views.
PRESENT_NOW = patterns.compile(r"(?i)đang\s*$")
# `Bản tin … đã gửi lúc 06:00 tới 18.512 người đọc`: the readers a newsletter was sent to, its
# audience, not the page's views.
SENT_TO = patterns.compile(r"(?i)\bgửi\b.*(?:tới|đến|cho)\s*$")
# What a count's label goes on to name when it counts another thing than the article: an issue
# of the paper (`1.204 lượt đọc số báo này`), a publication, the site, a video on its player
# (`12,5K lượt xem video`: the plays, beside the article's own count).
OTHER_THING_READ = patterns.compile(
    r"(?i)\s*(?:của\s*)?(?:số\s*báo|kỳ\s*báo|ấn\s*phẩm|tờ\s*báo|website|trang\s*web|video|clip)\b"
)
# A number alone, or with `lượt` or `lần` (times) after it where the element's class or the
# cell's label already says views (`<span class="post__views">3.187 lượt</span>`, a gallery's
# `<td>Lượt xem:</td><td>586 lần</td>`), or in brackets after an icon (`(2.031)`).
BARE_NUMBER = patterns.compile(
    rf"^\s*({DIGITS}\s*[kK]?(?:\s*(?:lượt|lần))?|\({DIGITS}\s*[kK]?\))\s*$"
)
MAX_DISTANCE = 400  # elements between the headline and the count
TEASER_LEVELS = 2  # levels above a count's line where another article's title shows it is theirs
MAX_TEASER_ITEM = 300  # characters of a listed article's item: title, stats, date
MIN_TEASER_WORDS = 5  # words of a link that titles another article (names and sections are fewer)
# A writer's or member's page, or a video host's channel page (`/c/<channel>`, `/channel/…`: the
# channel's name and its followers linked beside the video's count, no other video's title).
AUTHOR_PAGE = patterns.compile(
    r"/(?:tac-gia|author|authors|members?|user|profile|c|channel)/", re.I
)
# The mirror prefix of a host (`www.`), the same site.
MIRROR_PREFIX = patterns.compile(r"^www\.")
MAX_LINE = 79  # characters of a view-count line
# A sentence naming this page as what was viewed (`Trang này đã được xem 1.234 lần`) or visited
# (PhpWiki's `Trang này đã được truy cập 1.532 lần`): the page's own count wherever it sits, a
# footer's too (a site's counter counts visits to the site).
THIS_PAGE = patterns.compile(
    r"(?i)(?:trang|bài(?:\s*viết)?|tin(?:\s*bài)?)\s*này\s*đã\s*được\s*(?:xem|đọc|truy\s*cập)"
)
# A count rounded to a unit (`12K`, `1,2 nghìn`): a `title` may hold the exact one.
ROUNDED = patterns.compile(r"(?i)\d\s*(?:k|n|nghìn|ngàn|triệu|tr|m)(?!\w)")
# Who is on the site now (`Đang trực tuyến: 27`, `Online: 12`, `27 người đang trực tuyến`),
# folded, the word beside its count: a box counting them counts the site's visits, not the
# article's views; the word alone is a service's (a tag `nộp phạt trực tuyến` by the count).
ONLINE_WORD = r"(?:truc\s*tuyen|online|dang\s*truy\s*cap)"
ONLINE_NOW = patterns.compile(
    rf"{ONLINE_WORD}\s*:?\s*\d|\d\s*(?:nguoi\s*|khach\s*)?(?:dang\s*)?{ONLINE_WORD}"
)
# `Đăng trực tuyến: 20:45, 03/12/2026`, a journal's `Xuất bản trực tuyến: 04/12/2026`: when the
# article was posted online, a publish label (before folding, which makes `đăng` the `đang` of
# who is online now).
POSTED_ONLINE = patterns.compile(r"(?i)(?:đăng|xuất\s*bản)\s*trực\s*tuyến")
MAX_COUNTER_BOX = 200  # characters of a site's statistics box
COUNTER_LEVELS = 3  # levels above a count's line looked at for the online count
DIGIT = patterns.compile(r"\d")
FOOTER_CLASS = patterns.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.I)  # a box's footer word
# A fact's label and the element holding its value: a description list's, a table row's cells.
FACT_TERMS = {"dt": "dd", "td": "td", "th": "td"}
# … and a field's label and value each in an element classed so (a no-code builder's `<div
# class="field-label">Lượt xem</div><div class="field-value">642</div>`); a label classed as a
# title or a key names one too where both are blocks, a row of a details box (a help desk's
# `<div class="title">Lượt xem:</div><div class="value">1284</div>`), not spans in a line.
LABEL_CLASS = patterns.compile(r"(?:^|[\s_-])label(?:$|\s)")
TITLE_LABEL_CLASS = patterns.compile(r"(?:^|[\s_-])(?:title|key)(?:$|\s)")
VALUE_CLASS = patterns.compile(r"(?:^|[\s_-])value(?:$|\s)")
# A fact's label naming the views, folded (`Lượt xem`, `Số lượt đọc`, `Số lần truy cập`, `Views`).
VIEWS_TERM = patterns.compile(r"(?:so\s*)?(?:luot|lan)\s*(?:xem|doc|truy\s*cap)\s*:?|views?\s*:?")
LABEL_WORD = patterns.compile(
    f"(?i)xem|đọc|truy\\s*cập|view|hits|reads|seen\\s+by|{EYE_GLYPH}|{OTHER_VIEW_WORDS}"
)
# The same words for the scan of a whole page's text, in every case re.I matches (`İ` and `ı`
# are an `i`), so `re` can skip to the characters that start them; the glyph is a scan of its own.
LABEL_WORDS = (
    text_scan(
        "[xX][eE][mM]",
        ("[đĐ]", "[ọỌ][cC]"),
        ("[vV][iIİı][eE]", "[wW]"),
        ("[tT][rR][uU]", "[yY]\\s+[cC][ậẬ][pP]"),
        ("[hH][iI][tT]", "[sS]"),
        ("[rR][eE][aA][dD]", "[sS]"),
        ("[sS][eE][eE][nN]\\s", "[bB][yY]"),
        # … and the labels of the editions in other languages (`LABELLED`'s last)
        ("[пП]", "[рР][оО][сС][мМ][оО][тТ][рР]"),
        ("[vV][iI]", "[sS][iI][tT][aA][sS]"),
        ("[lL][eE][cC][tT][uU][rR][aA]", "[sS]"),
        "[fF][oO][iI][sS]",
        "[浏瀏](?:览|覽)",
        "[阅閱](?:读|讀)",
        "[조]회",
        "[ເ]ບິ່ງ",
    ),
    patterns.compile(EYE_GLYPH),
)


def views(page: Page) -> str | None:
    candidates: list[tuple[int, str]] = []
    entries = own_texts_with(page, LABEL_WORDS, EYE_ICON)
    sprites = _drawn_eyes(page, entries)
    entries += [(svg, "") for svg in sprites]
    for el, own in entries:
        away = distance(page, el)
        if THIS_PAGE.search(own) and (count := _labelled(short_text(el, MAX_LINE) or "")):
            candidates.append((away, count))
            continue
        if away > MAX_DISTANCE:  # too far to be the article's count: not read at all
            continue
        term = _fact_term(el)
        zoned = (
            in_zone(page, el)
            and not _in_article_footer(page, el)
            and not in_text_footer_row(page, el)
            and not _in_facts_column(page, el)
        )
        # The furniture's counts (most-read lists, footers) are not read at all; a term of the
        # facts' list may still give the article's.
        if zoned and (term is None or term.tag != "dt"):
            continue
        icon = el in sprites or EYE_ICON.search(classes(el))
        number = _number_beside_icon(el) if icon else None
        if number:
            if not zoned:
                candidates.append((away, _exact_in_title(el) or number))
        elif term is not None and (fact := _fact_count(term)) is not None:
            if (not zoned or article_fact(fact)) and not _in_teaser(page, el):
                candidates.append((away, text_of(fact)))
        elif not zoned and LABEL_WORD.search(own):  # also `<span class="views">356 lượt xem`
            # A line of 80 characters or more is prose, and so is its parent's text.
            text = short_text(el, MAX_LINE)
            m = _labelled(text) if text is not None else _labelled_fact(el)
            parent = el.getparent()
            if m is None and text is not None and parent is not None and not DIGIT.search(text):
                text = short_text(parent, MAX_LINE)  # the label and the number in sibling spans
                m = _labelled(text) if text is not None else None
            if m and ROUNDED.search(m):
                m = _exact_in_title(el) or m  # `<abbr title="12.480 lượt xem">12K lượt xem`
            if (
                m
                and not _in_teaser(page, el)
                and not _site_counter(page, el)
                and not _beside(page, el)
                and not _in_media_box(page, el)
                and not _in_player_over_headline(page, el)
                and not _script_placeholder(page, el, m)
                and not _reaction_button(el)
            ):
                candidates.append((away, m))
    for el, count in _tooltip_counts(page):
        away = distance(page, el)
        if away <= MAX_DISTANCE and not in_zone(page, el) and not _in_teaser(page, el):
            candidates.append((away, count))
    return min(candidates)[1] if candidates else None


def _drawn_eyes(page: Page, entries: list[tuple[_Element, str]]) -> list[_Element]:
    """The icons that draw an eye with no class saying so: an `<svg>` using a sprite's eye
    symbol (`<use href="#icon-eye">`) or titled as the views (`<title>Lượt xem</title>`, one
    of the `entries` whose own text has a view word), an image whose file is named for it
    (`icon_view.gif`), an icon font's eye ligature (`visibility`), an icon a script draws
    from its name (`<i data-feather="eye">`) and an icon element so named (`<ion-icon
    name="eye-outline">`)."""
    sprites = [
        svg
        for use in page.index.tagged("use")
        if EYE_SYMBOL.search(use.get("href") or use.get("xlink:href") or "")
        and (svg := use.getparent()) is not None
        and svg.tag == "svg"
    ]
    titled = [
        svg
        for title, own in entries
        if title.tag == "title"
        and (svg := title.getparent()) is not None
        and svg.tag == "svg"
        and EYE_TITLE.fullmatch(fold(own.strip()))
    ]
    joined = "\x00".join(page.attribute_values("src"))
    images = [
        img
        for src in {_value_at(joined, m) for m in EYE_IMAGE.finditer(joined)}
        for img in page.bearing("src", src)
        if img.tag == "img"
    ]
    ligatures = [
        el
        for el, own in own_texts_with(page, (EYE_LIGATURE,))
        if LIGATURE_FONT.search(el.get("class") or "") and EYE_LIGATURE.fullmatch(own.strip())
    ]
    named = [
        el
        for name in NAMED_ICON
        for value in page.attribute_values(name)
        if EYE_NAME.fullmatch(value.strip())
        for el in page.bearing(name, value)
    ]
    elements = [
        el
        for name in ICON_ELEMENT_NAMES
        for value in page.attribute_values(name)
        if EYE_NAME.fullmatch(value.strip())
        for el in page.bearing(name, value)
        if isinstance(el.tag, str) and ICON_ELEMENT.fullmatch(el.tag)
    ]
    return sprites + titled + images + ligatures + named + elements


def _tooltip_counts(page: Page) -> list[tuple[_Element, str]]:
    """The elements showing no count or only a bare, rounded one whose `title` or `aria-label`
    is a labelled count (`<span class="icon-eye" title="Lượt xem: 745"></span>`, `<span
    aria-label="1.936 lượt xem"><svg …/></span>`): the count the page shows for it on hover or
    reads to a screen reader, with its label; and the bare numbers of elements labelled so. An
    element printing the same count its `title` gives (`<span class="reads" title="3.126 lượt
    đọc"> 3.126</span>`) gives it as printed."""
    found = []
    for name in ("title", "aria-label"):
        joined = "\x00".join(page.attribute_values(name))  # one scan of them all
        worded = {_value_at(joined, m) for scan in LABEL_WORDS for m in scan.finditer(joined)}
        for value in sorted(worded):
            count = _labelled(value) if len(value) <= MAX_LINE else None  # a count, not prose
            if count is None:
                if EYE_TITLE.fullmatch(fold(value.strip())):
                    found += _titled_numbers(page, name, value)
                continue
            for el in page.bearing(name, value):
                shown = text_of(el)
                bare = BARE_NUMBER.match(shown)
                if bare and _digits(bare.group(1)) == _digits(count):
                    found.append((el, bare.group(1)))
                elif not shown or bare:
                    found.append((el, count))
    return found


def _digits(count: str) -> str:
    """The digits of a count, its separators and label left out (`3.126 lượt đọc`: `3126`)."""
    return "".join(ch for ch in count if ch.isdigit())


def _titled_numbers(page: Page, name: str, value: str) -> list[tuple[_Element, str]]:
    """The bare numbers printed in elements whose `title` or `aria-label` is the views' label
    alone (`<span title="Lượt xem"><i class="…"></i>1.876</span>`, beside `<span
    title="Bình luận">` over the comments): the label names the number the element shows."""
    return [
        (el, m.group(1))
        for el in page.bearing(name, value)
        if (m := BARE_NUMBER.match(text_of(el)))
    ]


def _value_at(joined: str, m: re.Match[str]) -> str:
    """The value of the NUL-joined `joined` in which `m` found something."""
    end = joined.find("\x00", m.end())
    return joined[joined.rfind("\x00", 0, m.start()) + 1 : end if end >= 0 else len(joined)]


def _fact_term(el: _Element) -> _Element | None:
    """The fact's label `el` is (`<dt>`, a table cell) or alone fills (`<td><font>Lượt
    xem:</font></td>`, an old table layout's styled label), if any."""
    if el.tag in FACT_TERMS or _classed_field(el):
        return el
    parent = el.getparent()
    alone = (
        parent is not None
        and parent.tag in FACT_TERMS
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (el.tail or "").strip()
    )
    return parent if alone else None


def _classed_field(el: _Element) -> bool:
    """`el` is a field's label classed so, the next element its value classed so."""
    value = el.getnext()
    if value is None or not VALUE_CLASS.search(value.get("class") or ""):
        return False
    names = el.get("class") or ""
    blocks = el.tag == value.tag == "div"
    return bool(LABEL_CLASS.search(names) or (blocks and TITLE_LABEL_CLASS.search(names)))


def _fact_count(term: _Element) -> _Element | None:
    """The `<dd>` printing the number a `<dt>` labels as the views (`<dt>Lượt xem</dt><dd>846
    </dd>`), or the next cell of an info table's row (`<td>Lượt xem:</td><td>867</td>`): the
    count the article's facts give, as printed without the label in its own element."""
    value = term.getnext()
    if value is None or (value.tag != FACT_TERMS.get(term.tag) and not _classed_field(term)):
        return None
    if not VIEWS_TERM.fullmatch(fold(text_of(term))):
        return None
    return value if BARE_NUMBER.match(text_of(value)) else None


def _in_teaser(page: Page, el) -> bool:
    """The count of another article or thread listed on the page (`<div class="structItem">
    <a>Khởi công cầu Cửa Sót mới</a> … <dl><dt>Lượt xem</dt><dd>5.112</dd></dl>`): a block
    around it, a few levels up and short as a list item, holds a link titled as an article
    (words, not a name or a section) to a page that is not an author's nor on another site (`Theo
    dõi … trên Google News` beside the article's count follows the paper elsewhere). A block
    holding the headline is the article's own (its breadcrumb's links are sections). A link in
    a list item not holding the count is another item's (a Q&A page's sidebar: `Đã xem: 356
    lần` in the question's facts box, the related questions listed in the box after it)."""
    headline = headline_element(page)
    for node in list(el.iterancestors())[:TEASER_LEVELS]:
        if short_text(node, MAX_TEASER_ITEM) is None:
            return False  # the article's own block, not a list item
        if headline is not None and (node is headline or node in headline.iterancestors()):
            return False
        for link in node.iter("a"):
            href = (link.get("href") or "").strip()
            words = text_of(link).split()
            if (
                len(words) >= MIN_TEASER_WORDS
                and not _in_other_item(link, el, node)
                and href
                and not href.startswith(("#", "javascript:"))
                and not AUTHOR_PAGE.search(href)
                and not _off_site(page, href)
                and not page.names_itself(href)  # the article's own date, linked to it
                and not page.names_version(href)  # the article in another language
                and not _crumb(page, href)
                and not links_own_day(page, link)  # a gallery's posted day, linked to its list
                and not TAG_PAGE.search(href)  # a tag of the article's, to its tag's page
                and page.absolute(href) not in menu_sections(page)  # the article's section
            ):
                return True
    return False


def _in_other_item(link: _Element, el: _Element, box: _Element) -> bool:
    """`link` is in a list item inside `box` that does not hold `el`."""
    for item in link.iterancestors():
        if item is box:
            return False
        if item.tag == "li" and not any(a is item for a in el.iterancestors()):
            return True
    return False


def _crumb(page: Page, href: str) -> bool:
    """The page's breadcrumb trail links to `href` too: a section's name beside the count (`<a
    href="/posts?muc=2">Bộ sưu tập thực vật</a>` in the line under the headline), however many
    words, titles no other article."""
    if "crumb_addresses" not in page.memo:
        links = page.select(CRUMB_LINKS)
        page.memo["crumb_addresses"] = {page.absolute(a.get("href")) for a in links}
    return page.absolute(href) in page.memo["crumb_addresses"]


def _off_site(page: Page, href: str) -> bool:
    """A link to another host than the page's (`www.` aside)."""
    host = urlsplit(href).hostname
    return host is not None and MIRROR_PREFIX.sub("", host) != MIRROR_PREFIX.sub(
        "", urlsplit(page.url).hostname or ""
    )


def _site_counter(page: Page, el: _Element) -> bool:
    """The site's visit counter (`Đang trực tuyến: 27`, `Lượt truy cập: 1.245.678` in a
    portlet): a short block a few levels up, not the one holding the headline, also counts who
    is online now."""
    headline = headline_element(page)
    for node in list(el.iterancestors())[:COUNTER_LEVELS]:
        text = short_text(node, MAX_COUNTER_BOX)
        if (
            text is None
            or node is headline
            or (headline is not None and node in headline.iterancestors())
        ):
            return False  # the article's own block: its headline may say `trực tuyến`
        if ONLINE_NOW.search(fold(POSTED_ONLINE.sub("", text))):
            return True
    return False


def _reaction_button(el: _Element) -> bool:
    """`el` is one of a row of buttons each with its count (a changelog's `<button>👍 23</button>
    <button>👀 6</button>`): reactions a reader adds by clicking, the eyes one among them, not the
    readers the page had."""
    button = el if el.tag == "button" else next(el.iterancestors("button"), None)
    row = button.getparent() if button is not None else None
    counted = (
        [node for node in row if node.tag == "button" and DIGIT.search(text_of(node))]
        if row is not None
        else []
    )
    return len(counted) > 1


def _in_article_footer(page: Page, el: _Element) -> bool:
    """`el` is in the footer of the article's own box (`<div class="card-footer">` under the
    card holding the headline, `<div class="article-footer-stats">` closing the `<article>`):
    the one zone around it is a block its class calls a footer, whose parent holds the headline
    or the text (a community's post box of the details, the text and `qa-topic-footer`, the
    headline in a header beside the box) and no other zone before it (no menu, sidebar or
    related box): the article's box, not the page. A list of the section's other items after
    the footer (a portlet's `Các thông báo khác` under its item) follows the box's own
    footer."""
    headline = headline_element(page)
    box = next((node for node in (el, *el.iterancestors()) if is_zone(node)), None)
    parent = box.getparent() if box is not None else None
    text = body_container(page)
    if (
        headline is None
        or parent is None
        or box.tag == "footer"
        or not FOOTER_CLASS.search(classes(box))
        or not any(
            a is parent
            for node in (headline, text)
            if node is not None
            for a in node.iterancestors()
        )
        or in_zone(page, parent)
    ):
        return False
    before = itertools.takewhile(lambda node: node is not box, parent.iterdescendants())
    return not any(is_zone(node) for node in before)


def _in_facts_column(page: Page, el: _Element) -> bool:
    """`el` is in the column of the article's facts beside it (`facts_column`: a journal's
    sidebar printing its publish day): its count is the article's."""
    column = facts_column(page)
    return column is not None and any(a is column for a in el.iterancestors())


def _in_media_box(page: Page, el: _Element) -> bool:
    """`el` is a clip's or an album's counter inside the text (`<div><video …></video><p>Video:
    … - 15.678 lượt xem</p></div>`, a `<figure>`'s caption): a box between it and the text's
    container is a figure or holds a player; the count is the clip's or the album's, not the
    article's. A count right in the container (under a video page's player)
    is the page's."""
    text = body_container(page)
    if text is None or not any(a is text for a in el.iterancestors()):
        return False
    for node in (el, *el.iterancestors()):
        if node is text:
            return False
        if node.tag == "figure" or next(node.iter("video", "iframe", "audio"), None) is not None:
            return True
    return False


def _in_player_over_headline(page: Page, el: _Element) -> bool:
    """`el` is in a box holding a player that comes before the headline and does not hold it
    (a docked video player over the article, its clip's title, length and `3,4K lượt xem`):
    the clip's plays, not the article's views."""
    anchor = headline_element(page)
    if anchor is None or position(page, el) > position(page, anchor):
        return False
    for node in (el, *el.iterancestors()):
        if any(up is node for up in anchor.iterancestors()):
            return False
        if next(node.iter("video", "iframe", "audio"), None) is not None:
            return True
    return False


def _script_placeholder(page: Page, el: _Element, count: str) -> bool:
    """A zero that a script replaces (`<span id="view-count-7712">0</span> lượt xem` and a
    script setting `getElementById("view-count-7712")`): the page's count is not printed, the
    `0` only holds its place."""
    if DIGIT.sub("", count) == count or any(c in "123456789" for c in count):
        return False
    scripts = page.memo.get("script_texts")
    if scripts is None:
        scripts = page.memo["script_texts"] = "\x00".join(
            s.text or "" for s in page.index.tagged("script")
        )
    return any(
        (name := node.get("id"))
        and text_of(node) == "0"
        and (f'"{name}"' in scripts or f"'{name}'" in scripts)
        for node in el.iter()
    )


def _beside(page: Page, el: _Element) -> bool:
    """`el` is in a layout table's cell beside the one holding the headline and the text (an old
    site's left column: its section menu, `Số lượt truy cập: 4.512.337` under it): the site's
    column, not the article's. A count in no table cell is in no such column: the text's
    container is not looked for."""
    if next(el.iterancestors("td"), None) is None:
        return False
    column = _article_column(page)
    row = column.getparent() if column is not None else None
    cell = next((a for a in el.iterancestors("td") if a.getparent() is row), None)
    return cell is not None and cell is not column


def _article_column(page: Page) -> _Element | None:
    """The innermost table cell holding both the headline and the text, when one does."""
    if "article_column" not in page.memo:
        headline, text = headline_element(page), body_container(page)
        around_text = {text, *text.iterancestors("td")} if text is not None else set()
        around = headline.iterancestors("td") if headline is not None else ()
        page.memo["article_column"] = next((td for td in around if td in around_text), None)
    return page.memo["article_column"]


def _labelled(text: str) -> str | None:
    """The labelled count in `text`, with an eye glyph printed before it (`👁 1,7 nghìn lượt
    xem`): the count as printed; not the readers there now (`Đang xem: 12`), nor those a
    newsletter was sent to (`đã gửi tới 18.512 người đọc`), nor the readers of another thing
    the label names (`1.204 lượt đọc số báo này`, an issue's)."""
    text = ZERO_WIDTH.sub("", text)  # an editor's, inside a count (`1.\u200b204`)
    for pattern in LABELLED:
        for m in pattern.finditer(text):
            if (
                PRESENT_NOW.search(text, 0, m.start())
                or SENT_TO.search(text, 0, m.start())
                or OTHER_THING_READ.match(text, m.end())
            ):
                continue
            eye = EYE_BEFORE.search(text, 0, m.start())
            return text[eye.start() if eye else m.start() : m.end()].strip()
    return None


def _labelled_fact(el: _Element) -> str | None:
    """The labelled count among the short facts of a long line (`… · Trả lời: 24 · Lượt thích:
    61 · Lượt xem: 5.678`, a print view's `… · In lúc 10:15 05/12/2025 · Lượt xem: 719`)."""
    facts = line_facts(short_text(el, MAX_FACTS_LINE), MAX_LINE)
    return next((m for fact in facts if (m := _labelled(fact))), None)


def _exact_in_title(icon) -> str | None:
    """The exact count a rounded one shows on hover (`<span class="views" title="4.812 lượt
    xem"><svg class="ic-eye"/> 4,8K</span>`) or reads to a screen reader (`aria-label="5.062
    lượt xem"`): the title or accessible name of the icon's element or its parent, read as a
    labelled count."""
    for node in (icon, icon.getparent()):
        for name in ("title", "aria-label"):
            title = node.get(name) if node is not None else None
            m = _labelled(title) if title else None
            if m:
                return m
    return None


def _number_beside_icon(icon) -> str | None:
    """`<i class="fa fa-eye"></i> 1.204`: the number right after the icon (a counter image's
    `alt` when a script draws the digits: `<img src="/counter.php?id=…" alt="2.356">`), or in its
    parent; `<span class="meta-views"><i class="icon-fire"></i> 1.035</span>`: the number inside
    the element its class names, whatever icon it draws."""
    m = BARE_NUMBER.match(text_of(icon)) or BARE_NUMBER.match(icon.tail or "")
    if m:
        return m.group(1)
    following = icon.getnext()
    if following is not None and not len(following):
        shown = (following.get("alt") or "") if following.tag == "img" else text_of(following)
        m = BARE_NUMBER.match(shown)
        if m:
            return m.group(1)
    parent = icon.getparent()
    if parent is not None:
        m = BARE_NUMBER.match(text_of(parent))
        if m:
            return m.group(1)
    return None
