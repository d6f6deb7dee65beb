"""Publish and update times: the visible publish line, cross-checked with machine dates.

Order: the visible publish line nearest the headline, when it is close to it, has a time and the
page is Vietnamese (day-first is then certain); else the page's machine date (JSON-LD, meta
tags, the `datetime` of a `<time>` element by the headline); else any visible date line; else a
line relative to the fetch time by the headline (`2 giờ trước`: the fetch time is known, as
extraction is given it, so the record's time is the fetch time less two hours). What
the reader sees wins: machine dates carry wrong offsets (`+08:00` on a Vietnamese WordPress),
UTC digits labelled `+07:00`, or an edit time, and when they disagree with the visible line by
a minute or more the disagreement is reported (`published_conflict`) and counted by the crawl.
A machine date without a time gives way to a visible line with a time on the same day; a
visible line without a time stands in only for a machine date without one. `published_raw` is
the line as printed, weekday and label included.

Traps handled here (docs: vn-formats.md §1):
- header "today" widgets, related and most-read lists carry dates: only article zones count;
- NukeViet prints its `itemprop=datePublished` with the *edit* time and a broken
  `article:published_time` (`2024-04-04+0704:18:00`): on NukeViet only the latter counts;
- article ids in URLs (Tuổi Trẻ, Dân trí, baotintuc `yyyymmddHHMMSS…`, VCCorp `NNNyymmdd…`)
  give the creation time: a date more than a day before it is not this article's;
- `Cập nhật` (updated) lines are the modified time, never the publish time.

Times on Vietnamese pages are Vietnam time. A page in another language states its own zone or
none: `page_offset` gives the offset its machine dates state, for the times it prints without
one, and a page that states none keeps them without an offset (never +07:00 invented for it).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from itertools import islice, takewhile
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element

from parsers import patterns
from parsers.body import (
    APPARATUS_TITLE,
    COMMENTS_TITLE,
    FIELD_KEY_CLASS,
    FIELD_VALUE_CLASS,
    footer_line,
    row_caption,
)
from parsers.generic.container import body_container, in_text_footer_row
from parsers.generic.listing import titles_article
from parsers.generic.zones import (
    ARTICLE_TYPE,
    BANNER_CLASS,
    FOOTER_WORD,
    MAX_BANNER_DEPTH,
    MIN_TEASER_WORDS,
    article_fact,
    classes,
    distance,
    headline_element,
    headline_info_line,
    imported,
    in_zone,
    is_vietnamese,
    is_zone,
    links_home,
    named,
    on_vietnamese_host,
    own_texts_with,
    position,
    post_column,
    text_scan,
)
from parsers.page import (
    Page,
    broken_text,
    element_after,
    element_before,
    self_and_ancestors,
    short_text,
    text_of,
    text_start,
    texts_before,
)
from parsers.vietnamese.dates import (
    LOCAL_TZ,
    DateMatch,
    match_datetime,
    names_event,
    search_datetime,
    stated_offset,
)
from parsers.vietnamese.names import is_account
from parsers.vietnamese.text import fold

MACHINE_PUBLISHED = (
    "article:published_time",
    "article:published:time",
    "pubdate",
    "datepublished",
    "og:published_time",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "cms-date",
)
VIETNAM_OFFSET = "+07:00"  # Vietnam's time, kept without daylight saving since 1975
MACHINE_MODIFIED = ("article:modified_time", "datemodified", "og:updated_time")
# Meta tags giving a date without saying which (`<meta name="date">`, Dublin Core's): read only
# for the offset the page states, never as its publish time.
MACHINE_DATED = ("date", "dc.date", "dcterms.date", "dcterms.created", "dcterms.modified")
# The publish time's keys in a JavaScript app's server data (`Page.app_data`).
APP_PUBLISHED = ("datePublished", "publishedAt", "publishDate", "publishedDate", "published_at")
# Something that looks like a date in a text node: 7/3/2026, 07-03-2026, 21/XI/2025 (a month in
# Roman numerals, as magazines print it), 2026-03-07, a day and a year around a month name
# (`3 February 2026`, `1. April 2026`, `March 3, 2026`, `3 thg 2, 2026`), "tháng" in any case
# or its short forms `thg 2`, `Th02`. Patterns that each open with one character class, which
# lets `re` skip to the characters that can start a match: one alternation under re.I tries
# every branch at every position of the page's text, five times as long.
_DATE_IN_DIGITS = (
    r"\d?\s*[/.\-]\s*(?:\d{1,2}|[IVXivx]{1,4})\s*[/.\-]\s*\d{2,4}|\d{3}-\d{1,2}-\d{1,2}"
    r"|\d?(?:st|nd|rd|th|\.)?(?:,\s*\d{4}|\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
    r"|\d?(?:st|nd|rd|th)\s+\d{4}"  # an ordinal day before its year (Cornerstone's `Dec 4th 2026`)
    r"|\d?\s\d{4}\s\d{1,2}:\d{2}"  # JavaScript's `Date.toString()`: `Nov 21 2025 08:05:00`
    r"|\d?\s\d{4},\s\d{1,2}:\d{2}"  # Invision 1.3's `Dec 1 2026, 07:45 PM`
    r"|\d?\s+[\u1780-\u17ff]{2,12}\s+\d{4}"  # a Khmer month's name (`05 ធ្នូ 2026`)
    r"|\d?\s+[\u0e00-\u0e7f]{2,12}\s+\d{4}"  # a Thai one's (`4 ธันวาคม 2026`)
    # … and a month's name in lower case, as French, Spanish and Russian print it (`5 décembre
    # 2026`, `5 de diciembre de 2026`, `4 декабря 2026`)
    r"|\d?(?:er)?\.?\s+(?:de\s+)?[^\W\d_A-Z]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
)
DATE_DIGITS = patterns.compile(rf"\d(?:{_DATE_IN_DIGITS})")
# A day in numbers alone whose order the numbers leave open (`12/04/2026`).
NUMERIC_DAY = patterns.compile(r"\d{1,2}/\d{1,2}/\d{4}")
# … with any of the separators a product prints it with (`11-28-2026`, `28.11.2026`).
NUMERIC_DATE = patterns.compile(
    r"(?<!\d)(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)\d{4}(?!\d)"
)
# A publish line relative to the fetch time (aggregators, forums, live pages): `2 giờ trước`,
# `15p trước`, `3 hours ago`, `Hôm qua lúc 08:30`, `vừa xong`. A day word without a clock
# (`Hôm nay`) names no time, and header widgets print it: not a hint. Its count opens on a
# digit as a date's digits do: both are one scan.
_AGO = (
    r"\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|h|p|min(?:ute)?s?|hours?|hrs?|days?"
    r"|weeks?)\s+(?:trước|ago)"
)
DATE_HINTS = (
    patterns.compile(rf"\d(?:{_DATE_IN_DIGITS}|{_AGO})"),
    patterns.compile(r"[tT][hH](?:[áÁaA][nN][gG]|[gG]\s?\d|\d)"),
    # `Hôm qua`, `vừa xong` found from their toned vowel: one in fourteen of a Vietnamese
    # page's characters is an `h` or a `v`, under one in a hundred an `ô` or an `ừ`.
    text_scan(("[Hh]", "[ô]m\\s+(?:qua|kia|nay)\\s*(?:,|lúc)?\\s*\\d"), ("[Vv]", "[ừ]a\\s+xong")),
)
# A year and month marked with 年/년 and 月/월 (`时间：2026年12月05日 09:15`): a date line on the
# Chinese, Japanese and Korean editions of Vietnamese papers (under `.vn`), read with their
# publish lines. (Elsewhere the pages' own metadata are kept to: fundus's People's Daily pages
# record the day of their `publishdate` meta, not the minute their line prints.)
MARKED_YEAR_MONTH = patterns.compile(r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]")
# A day named relative to today, with no time (`Hôm qua`, `Hôm kia`).
RELATIVE_DAY = patterns.compile(r"(?i)hôm\s+(?:qua|kia|nay)")
# … opening an element whose child prints its clock (`Hôm qua, <span class="time">21:40</span>`),
# and the two together.
RELATIVE_DAY_OWN = patterns.compile(r"(?i)hôm\s+(?:qua|kia|nay)\s*(?:,|lúc)?")
RELATIVE_DAY_CLOCK = patterns.compile(r"(?i)hôm\s+(?:qua|kia|nay)\s*(?:,|lúc)?\s*\d{1,2}:\d{2}")
# A community app's short age (`3d`, `12h`, `5m`, `2w`): a count and a unit's letter, no word;
# or its unit's word in Vietnamese, still without `trước` (a forum's tiny `2 ngày`, `20 giờ`).
SHORT_AGE = patterns.compile(r"\d{1,3}\s?(?:[mhdw]|phút|giờ|ngày|tuần|tháng|năm)")
# The attributes whose text a page shows on hover over a line: a `title`, a tooltip library's
# (Tippy.js's `data-tippy-content`, as Lemmy's relative `2 ngày trước` holds the full date).
TOOLTIPS = ("title", "data-tippy-content")
NUKEVIET_STAMP = patterns.compile(r"\d{4}-\d{2}-\d{2}[+-]\d{4}\d{1,2}:\d{2}")
DATE_ONLY = patterns.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")
# An update's label, folded; a correction's (`Đính chính (15:20 ngày 21/11/2025)`) says when the
# article was changed too, and so does an edit's day (`Ngày sửa:`, `Sửa ngày`, `Sửa lúc`), the
# `ngày` read with a day in words (`Sửa ngày 02 tháng 12 năm 2026` leaves `Sửa ` before it), and
# an edit's label (`Đã sửa: …`, edited, and `Đã sửa bởi …` naming who; a note app's `Sửa: …`
# under its `Tạo: …`), a note's `Last edited` (HackMD), and a publication's
# latest release beside its first (PubPub's `Last released` under `Published on`), and a
# note's last change (HedgeDoc's `Thay đổi lần cuối`).
MODIFIED_LABEL = patterns.compile(
    r"cap\s*nhat|chinh\s*sua|sua\s*doi|sua(?:\s*lan)?\s*cuoi|dinh\s*chinh|updated?|modified"
    r"|thay\s*doi\s*lan\s*cuoi"
    r"|last\s*(?:edited|released)"
    # a wiki's `Topic revision: r4 - …` (TWiki, Foswiki): the page's last edit
    r"|(?:topic\s*)?revision\s*:\s*r\d"
    r"|ngay\s*sua|sua\s*(?:ngay|luc|vao)|(?<![a-z])sua\s*:?\s*$|(?<![a-z])da\s*sua\s*(?::|boi\s)"
    # … and in the languages of a paper's foreign editions (`Mis à jour le`, `Actualizado:`,
    # `Atualizado`, `Aktualisiert`, `Обновлено`, `更新时间：`, `更新日：`, `수정`)
    r"|mis\s*a\s*jour|actuali[sz]ad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|обновлен"
    r"|更新|수정"
)
# An update's label, `bởi` and the editor's name closing what stands before the update time.
UPDATED_BY = patterns.compile(rf"(?:{MODIFIED_LABEL.pattern})\s+(?:boi|by)\s+\D{{2,60}}")
MIN_MASTHEAD_LINES = 2  # licence, editor or copyright lines that make a block the masthead
# The page naming itself as last changed: `Trang này (được) sửa đổi / cập nhật lần cuối`, its
# revision in brackets after it (JSPWiki's `Trang này (phiên bản 7) được sửa lần cuối vào …`).
PAGE_REVISION = patterns.compile(
    r"^trang\s*nay\s*(?:\([^()]{1,30}\)\s*)?(?:duoc\s*|da\s*duoc\s*)?"
    r"(?:sua\s*doi|sua|cap\s*nhat|chinh\s*sua)\s*lan\s*cuoi"
    r"|^(?:topic\s*)?revision\s*:\s*r\d"  # a wiki's `Topic revision: r4 - 04 Dec 2026 - …`
    r"|^last\s*edited\s*by\s"  # a wiki's `Last edited by <account>, 2026-12-04 10:12:33 +0700`
    # Oddmuse's `Sửa lần cuối 2026-12-02 01:14 UTC bởi <account>`, WackoWiki's `Sửa lần cuối:
    # 03.12.2026 10:22` before `bởi <account>`: a day with its clock (a forum's `Sửa lần cuối:
    # 22/8/25` edit prints no clock); PhpWiki's `Sửa lần cuối vào 3 tháng 12, 2026 21:12.`
    # before its version, a worded day after `vào` with its clock
    r"|^sua\s*lan\s*cuoi\s*(?:\d|:\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\d{1,2}:\d{2})"
    r"|^sua\s*lan\s*cuoi\s*vao\s*\d{1,2}\s*thang\s*\d{1,2},?\s*\d{4},?\s+\d{1,2}:\d{2}"
)
MAX_PAGE_REVISION = 120  # characters of such a line
# The site naming itself as updated (`Trang web cập nhật lần cuối: …`, `Website được cập nhật`),
# folded: the site's last change, however near the text its footer is, not the article's.
SITE_UPDATE = patterns.compile(
    r"(?:trang\s*web|website|web\s*site)\s*(?:duoc\s*|da\s*duoc\s*|da\s*)?cap\s*nhat"
)
# A wiki's document info naming the page's last edit, one fact of its line, folded; or its
# card crediting the last edit (Wiki.js's `Chỉnh sửa lần cuối bởi` over the account and day).
REVISION_FACT = patterns.compile(r"^(?:sua\s*doi|chinh\s*sua)\s*lan\s*cuoi\s*(?::|boi\s)")
# An update label closing a line with a clock and no day (`Cập nhật lúc 11:46`, on twelve
# hours `Cập nhật lúc 9:15 SA`), folded.
UPDATE_CLOCK = patterns.compile(
    r"[\s|·(,-]*(?:cap\s*nhat|sua\s*luc)\s*(?:luc|vao)?\s*:?\s*\d{1,2}\s*[:h]\s*\d{2}"
    r"(?:\s*(?:sa|ch|am|pm)(?![a-z]))?\s*\)?\s*"
)
# A release's label and a post's, folded: a page printing a release day (`Ngày phát hành: …` in a
# reviewed book's box) and a line labelled as the post's (`Ngày đăng: …`) releases a print thing
# and posts about it; elsewhere a release is the publish time (a podcast's `Phát hành lúc …`).
RELEASE_LABEL = patterns.compile(r"phat\s*hanh")
POST_LABEL = patterns.compile(r"(?<![a-z])dang(?:\s*(?:luc|ngay|tai|vao))?\s*:?\s*$")
# A post's label without a colon before the weekday (`Được gửi vào Thứ hai, …` in PHP-Nuke,
# `Đăng lúc Thứ Ba, …`), folded: part of the line, unlike a name before it.
POSTED_BEFORE = patterns.compile(
    r"(?:^|[|·•]\s*)(?:duoc\s*)?(?:dang|gui)(?:\s*(?:luc|ngay|tai|vao))?\s*$"
)
# … and an update's label before the weekday, no colon (K2's `Sửa lần cuối vào Thứ tư, …`).
UPDATED_BEFORE = patterns.compile(
    r"(?:^|[|·•]\s*)(?:sua(?:\s*doi)?\s*lan\s*cuoi|(?:da\s*)?cap\s*nhat(?:\s*lan\s*cuoi)?)"
    r"(?:\s*(?:luc|ngay|vao))?\s*$"
)
# A fact's label naming the publish day, folded (`Ngày đăng`, `Ngày xuất bản`, `Đăng lúc`).
POST_FACT = patterns.compile(r"(?:ngay\s*)?(?:dang|xuat\s*ban)(?:\s*(?:luc|ngay|vao))?\s*:?")
# … opening a line, its day or weekday next (`Đăng ngày 01/12/2026`; not `Đăng ký trước …`).
POST_LINE = patterns.compile(rf"{POST_FACT.pattern}\s*(?=\d|thu\s|chu\s*nhat)")
CAPTION_CLASS = patterns.compile(r"caption", re.I)
# A type scale's step as a utility class (Quasar's and Vuetify's `text-caption`): small print,
# a caption only beside a picture.
TYPE_SCALE_CAPTION = patterns.compile(r"(?:^|\s)text-caption(?:$|\s)")
CAPTION_LEVELS = 2  # levels above a date's element where a caption around it is looked for
# A dropdown menu's box by its class (Bootstrap's and Flarum's `dropdown-menu`).
DROPDOWN_MENU = patterns.compile(r"(?:^|\s)dropdown-menu(?:$|\s)", re.I)
PICTURE_TEXT = ("alt", "title")  # a picture's attributes saying what it shows
MODIFIED_CLASS = patterns.compile(r"updated?|modified|edited", re.I)
# A line classed as the page's last update (`_classed_page_update`).
PAGE_UPDATE_CLASS = patterns.compile(r"(?:^|[\s_-])last-?(?:updated|modified)(?:$|[\s_-])", re.I)
# A post's edit indicator by its class or component (`edit-icon`, `post/edit-indicator`).
EDIT_INDICATOR = patterns.compile(r"edit(?:ed|[/_-]?(?:indicator|icon))", re.I)
ISO_STAMP = patterns.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# A `data-` attribute named for a time (`data-published`, `data-time`, `data-post-date`), not
# one an app keeps for itself (`data-framer-…`, a countdown's `data-target`).
STAMP_NAME = patterns.compile(r"publish|post|creat|date|time|stamp", re.I)
MAX_STAMPED_LINE = 40  # characters of a printed line a `data-` time stands behind
HATOM_PUBLISHED = patterns.compile(r"(?:^|\s)(?:dt-)?published(?:$|\s)")  # hAtom's, h-entry's
HATOM_ENTRY = patterns.compile(r"(?:^|\s)h-?entry(?:$|\s)")
ENTRY_DATE_CLASS = patterns.compile(r"entry-date|published", re.I)
# A line's own class naming it the publish date (`date-published`, `published-date`, the
# microformats `dt-published` of an `h-entry`).
PUBLISHED_LINE_CLASS = patterns.compile(
    r"(?:^|\s)(?:date-published|published-date|dt-published)(?:$|\s)"
)
# … or classed as the page's creation, its words saying so (a knowledge base's entity meta,
# BookStack's `<span class="created">Tạo lúc 03/12/2026 10:15</span>`), folded.
CREATED_LINE_CLASS = patterns.compile(r"(?:^|\s)created(?:$|\s)")
CREATED_LINE = patterns.compile(r"(?:tao\s*(?:luc|ngay|vao)|ngay\s*tao|created)\b")
# … and a field labelled as the post's day, beside the creation's (`Ngày đăng`, `Posted`), folded.
POSTED_FIELD = patterns.compile(r"(?:ngay\s*dang|posted)\b")
APPARATUS_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # over notes and references
# An activity feed's entry saying someone added or made the very item the page shows (a board's
# `Hoàng Văn Dũng đã thêm thẻ này vào danh sách Đang làm`, a wiki's `… đã tạo trang này`, `…
# created this card`): the item's creation, its actor's name before the verb; found by its verb,
# read folded.
CREATION_VERB = text_scan(
    ("[đĐ]", "[ãÃ]\\s+(?:thêm|tạo)\\s"), "[cC]reated\\s+this\\s", "[aA]dded\\s+this\\s"
)
CREATION_ENTRY = patterns.compile(
    r"(?P<who>[^\W\d_][^\d:|·•]{1,58}?)\s+"
    r"(?:da\s+(?:them|tao)\s+\w+(?:\s+\w+)?\s+nay|(?:created|added)\s+this\s+\w+)(?:\s|$)"
)
MAX_ENTRY = 200  # characters of such an entry: its actor, its sentence and its time
ENTRY_LEVELS = 2  # levels above the sentence's element up to the entry holding its time
URL_STAMP = patterns.compile(
    r"(?<!\d)(?:(?P<y4>20\d{2})|\d{3}(?P<y2>\d{2}))(?P<mo>\d{2})(?P<d>\d{2})(?P<h>\d{2})"
    r"(?P<mi>\d{2})(?P<s>\d{2})\d{3}(?=\.\w+$|$)"
)
URL_PATH_DATE = patterns.compile(r"/(?P<y4>20\d{2})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})/")
MONTH_FIRST_SOFTWARE = patterns.compile(r"vbulletin|mybb", re.I)
# Software that writes its machine times without an offset in UTC, its stored time: Odoo's
# `article:published_time` is `2025-08-21 02:30:00` for 09:30 in Hà Nội.
MACHINE_UTC_SOFTWARE = patterns.compile(r"^odoo\b", re.I)
WEEKDAY = patterns.compile(r"thu\s*[2-8]|\bt[2-7]\b")
# A weekday, spelled or numbered, in Vietnamese or English, right before the date (folded): where
# the printed date opens when what comes before it is no label (an author's name, the line's
# other items: a podcast's `S2 E48 · Thursday, December 3, 2026`), phpBB's short `T.Tư` too.
WEEKDAY_BEFORE = patterns.compile(
    r"(?<![a-z])(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-8])|t\.\s*(?:hai|ba|tu|nam|sau|bay)|chu\s*nhat"
    r"|cn|t[2-7]"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z\d])"
    r"[\s,.\-–—|·(]*$"
)
# … or alone before it, an English one abbreviated too (`Thu, `), or nothing at all (folded).
WEEKDAY_ALONE = patterns.compile(
    rf"(?:(?:{WEEKDAY_BEFORE.pattern}|(?:mon|tue|wed|thu|fri|sat|sun)(?![a-z]))[\s,.]*)?"
)
COMMENT_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "p", "div", "span", "strong"})
MAX_COMMENTS_TITLE = 40  # characters: `Ý kiến bạn đọc (12)` and its like, never a block of text
MAX_OVERRIDE_DISTANCE = 150  # elements from the headline: a publish line, not a list's date
MAX_FIELD_LABEL = 30  # characters of a field's label in a cell of its own
# A field label's own element by its class (`label`, BEM's `doc-page-meta__label`).
LABEL_CLASS = patterns.compile(r"(?:^|[\s_-])label(?:$|[\s_-])", re.I)  # `Label` too
# A block's class word calling it a field's heading or label, printed over the value's block.
FIELD_HEADING_CLASS = patterns.compile(r"(?:^|[\s_-])(?:heading|label)(?:$|\s)")
MAX_LINE = 80  # longer text is prose that mentions a date, not a date line
MONTHS = 12  # the highest month number: a larger one is a day
BRACKETED = patterns.compile(r"\([^()]+\)")  # a text in brackets, whole
MAX_DAY = 31
MAX_POST_LEVELS = 2  # blocks from the text's box up to the post holding its head
# A note at the end of the text opening with its update's or correction's label, hour and day,
# closed by a colon (`Cập nhật lúc 21:40 ngày 05/12/2026: …`, `Đính chính lúc 16:30 ngày
# 04/12/2026: …`): its opening is a date line, however long the note.
NOTE_STAMP = patterns.compile(
    r"(?i)(?:cập\s*nhật|đính\s*chính)\s+lúc\s+\d{1,2}[:h]\d{2},?\s+ngày\s+\d{1,2}/\d{1,2}/\d{4}(?=\s*:)"
)
# A line of short facts set apart by a middle dot, a bar or a bullet (`Người gửi: … · 03/12/2025
# · Trả lời: 24 · Lượt xem: 5.678`): each fact a line of its own, however long the whole. A
# bar may be glued to the facts (Discuz's `<span class="pipe">|</span>` between them).
# An issue's number closing what stands before its day, folded (`Thư Gió Bấc · Số 47 · `,
# `Issue 12 | `).
ISSUE_BEFORE = patterns.compile(r"(?:^|[\s·•|])(?:so|issue|no\.)\s*\d{1,4}\s*[·•|]\s*$")
FACT_SEPARATOR = patterns.compile(r"\s[·•]\s|\s*\|\s*")
MAX_FACTS_LINE = 240  # characters of such a line
MIN_FACTS = 3  # facts of such a line: two parts are a date and its label or its time
ITEM_LEVELS = 4  # a date's element and the levels above it where a list item is looked for
MIN_ITEMS = 3  # siblings of one tag and class that make a list without a list's tags
MAX_LISTED_ITEM = 300  # characters of such an item: a picture, a title, its date
MAX_LABEL_BEFORE = 30  # characters of an update's label before its date's element
DATE_LABEL = patterns.compile(r"(?:^|\s)[^\W\d_][^\d:|]{1,28}:\s*$")  # `Ngày xuất bản: `
# An update's label without its colon, folded: `Đã cập nhật`, `Cập nhật lần cuối lúc`.
UPDATE_LABEL_ALONE = patterns.compile(
    r"(?:da\s+)?cap\s*nhat(?:\s+lan\s+cuoi)?(?:\s+(?:luc|vao|ngay))?"
)
# The date's label after the line's other items and their separator (`Số 45 (tháng 10/2025) |
# Ngày đăng: `): where the printed date opens.
LABEL_AFTER_ITEMS = patterns.compile(r"(?:^|[|·•])\s*([^\W\d_][^\d:|·•]{1,28}:\s*)$")
# … and a post's label printed without its colon (`Số 6/2025 · Đăng ngày `), folded.
POST_LABEL_AFTER_ITEMS = patterns.compile(r"[|·•]\s*((?:ngay\s*)?dang(?:\s*(?:luc|ngay|vao))?\s+)$")
EDGE = " -–—|,:;·•"
# A clause after the date, to the sentence's end (`Ngày 28/11/2025, hơn 300 hộ dân đã nhận …
# .`): the date opens a sentence of the text, the day something happened, not a date line.
CLAUSE_AFTER = patterns.compile(r"\s*,\s*[^\W\d_]\w*(?:\s+\w+){3,}.*[.!?…]\s*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# An English date's month (`1 Dec 2026`), and the short weekday before such a date, as printed
# (`Tue 1 Dec 2026 - 21:14`; folded, `Tue` would be a Vietnamese name's `Tuệ`).
ENGLISH_MONTH = patterns.compile(rf"(?i)(?<![^\W\d_]){_MONTH}(?![^\W\d_])")
SHORT_WEEKDAY_BEFORE = patterns.compile(r"(?<![^\W\d_])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?[\s,]*$")
# Two month names in a row (`NOV DEC JAN 06 2007`): a calendar strip's previous, current and
# next month over its day and years (a web archive's capture calendar), no date line.
MONTH_STRIP = patterns.compile(rf"(?i)(?<![^\W\d_]){_MONTH}\s+{_MONTH}(?![^\W\d_])")
# A line's items before the date, the last set apart by a separator (folded): `thanh tam · `.
ITEMS_BEFORE = patterns.compile(r"^\s*([^|·•:]*[^\W\d_][^|·•:]*?)\s*[|·•]\s*$")
# a labelled field set apart from the date by a dash or a bar: `Tác giả: Hồng Nhung - `,
# `Tác giả: Ngô Thị Minh | `
LABELLED_ITEM_BEFORE = patterns.compile(
    r"^\s*([^\W\d_][^\d:|·•]{1,28}:\s*[^\W\d_][^\d:|·•]*?)\s+[-–—|·•]\s*$"
)
# A writer's label before a linked name, folded: `By`, `bởi`, `Đăng bởi`, `Viết bởi`.
WRITER_LABEL = patterns.compile(r"(?:(?:dang|viet|gui|posted|written)\s+)?(?:boi|by)")
# … or the poster's credit closed by a comma: `Đăng bởi Trần Quốc Bảo, ` (folded)
POSTER_BEFORE = patterns.compile(r"^\s*(?:(?:dang|viet|gui)\s+)?boi\s+[^\W\d_][^\d,:|·•]*,\s*$")
CLOSERS = {"(": ")", "[": "]"}  # a bracket opening a date line, and the one closing it
# Việt Nam's zone closing a line, in brackets or not (`(GMT+7)`, `UTC+07:00`, an offset alone as
# a wiki prints it, `10:02:47 AM +07`), or its name in
# brackets after the offset JavaScript's `Date.toString()` prints (`GMT+0700 (Indochina Time)`,
# `(Giờ Đông Dương)` in a Vietnamese browser).
LOCAL_ZONE = r"\s*[(\[]?\s*(?:(?:gmt|utc)\s*)?\+\s*0?7(?::?00)?\s*[)\]]?\s*"
LOCAL_ZONE_NAME = r"\s*\(\s*(?:indochina\s+time|giờ\s+đông\s+dương|ict)\s*\)\s*"
LOCAL_ZONE_AFTER = patterns.compile(f"{LOCAL_ZONE}|{LOCAL_ZONE_NAME}", re.I)


class Visible(NamedTuple):
    raw: str  # the date as printed, trimmed to its decorations
    match: DateMatch
    distance: int
    modified: bool
    line: _Element  # the element printing it
    month_first: bool = False  # read month-first: the page's software prints dates so
    release: bool = False  # labelled as a release (`RELEASE_LABEL`)
    post: bool = False  # labelled as the post's (`POST_LABEL`)


def published(page: Page) -> str | None:
    """The publish time as printed: the visible publish line when there is one near the
    headline, else the machine date (see the module docstring for the order). Read once a
    page: the conflict, the exact time and the modified time ask for it again."""
    if "published" not in page.memo:
        page.memo["published"] = _published(page)
    return page.memo["published"]


def _published(page: Page) -> str | None:
    machine = _machine(page, MACHINE_PUBLISHED)
    printed = _publish_lines(page)
    lines = _posted_under_headline(page, _not_after_update(page, printed))
    lines = _own_post_first(page, _posted_over_created(lines))
    now = page.fetched_at
    not_before = url_date(page.canonical_url, now) or url_date(page.url, now)
    if not_before:
        lines = [v for v in lines if v.match.value.date() >= not_before - timedelta(days=1)]
        if machine and machine[1].value.date() < not_before - timedelta(days=1):
            machine = None
    if (original := _original_line(page, lines, machine)) is not None:
        return original.raw
    if machine:
        raw, when = machine = _as_printed_element(page, machine)
        if lines and not _has_time(lines[0].match):  # a print issue's day over the headline
            timed = _with_its_time(page, lines)
            lines = [timed, *(v for v in lines if v is not timed)]
        if DATE_ONLY.match(raw):  # JSON-LD without a time: take the visible line's time
            for line in lines:
                if line.match.value.date() == when.value.date() and _has_time(line.match):
                    return line.raw
        if lines and _midnight_of_printed_day(lines[0], raw, when):
            return lines[0].raw
        if lines and _same_instant(lines[0], when, page.fetched_at):
            return lines[0].raw  # what the reader sees, and it says the same
        if lines and (agreed := _confirmed_line(page, lines, when)) is not None:
            return agreed.raw
        if lines and (update := _update_confirmed(page, lines[0], when)) is not None:
            page.memo["published_from_update"] = update.raw
            return update.raw
        if lines and _printed_in_utc(page, lines[0], raw, when):
            return raw
        if lines and _overrides(page, lines[0], _day_apart(raw, lines[0], when)):
            if _same_minute(lines[0], when, page.fetched_at):
                page.memo["published_exact"] = raw  # the seconds the line does not print
            else:
                page.memo["published_conflict"] = f"machine {raw!r}, visible {lines[0].raw!r}"
            return lines[0].raw
        return raw
    if lines:
        only = _only_time(page, lines)
        if only is not None:
            page.memo["published_from_update"] = only.raw
        chosen = only or _with_its_time(page, lines)
        if not _has_time(chosen.match):
            page.memo["published_clock"] = _post_clock(page)
        return _timed_original(page, chosen) or chosen.raw
    updated = [v for v in visible_dates(page) if v.modified]
    if updated:  # the only time the page prints (a header's today left out): not an update
        page.memo["published_from_update"] = updated[0].raw
        return (
            _own_stamp(page, updated[0]) or _machine_update_on(page, updated[0]) or updated[0].raw
        )
    return None


def _machine_update_on(page: Page, line: Visible) -> str | None:
    """The machine update time (`article:modified_time`), with its hour, on the day the page's
    only date line prints alone as an update (Docsy's `Last modified December 2, 2026:` with
    its commit's message): the same update, which gives the day its hour, as a machine
    publish time gives a publish line printing its day alone."""
    machine = _machine(page, MACHINE_MODIFIED, ld_key="dateModified")
    if (
        machine is None
        or _has_time(line.match)
        or not _has_time(machine[1])
        or not _same_day(line.match, machine[1])
    ):
        return None
    return machine[0]


def _own_stamp(page: Page, line: Visible) -> str | None:
    """The `datetime` of the `<time>` element printing the day `line` prints alone, when it
    falls on that day (a documentation site's footer `Cập nhật lần cuối vào <time
    datetime="2026-12-03T02:41:00.000Z">3 tháng 12, 2026</time>`): the element's own machine
    form, which gives the day its hour, though the footer keeps it from the machine dates."""
    if _has_time(line.match):
        return None
    for el in line.line.iter("time"):
        raw = _attribute(el, "datetime")
        found = match_datetime(raw, now=page.fetched_at) if ISO_STAMP.match(raw) else None
        if found is not None and _machine_form_of(line, raw) and _same_day(line.match, found):
            return raw
    return None


def _midnight_of_printed_day(line: Visible, raw: str, machine: DateMatch) -> bool:
    """The machine time `raw` is midnight to the second in the offset it states, on the day
    the nearest line prints without an hour (a school platform's `<time datetime="2026-12-02T
    00:00:00-05:00">Thứ Tư, 02/12/2026</time>`, its template's zone): a day stored as a time,
    no hour of its own; the printed day stands, at midnight in Việt Nam."""
    zone = stated_offset(raw)
    when = machine.value.astimezone(zone) if zone is not None else None
    return (
        when is not None
        and not _has_time(line.match)
        and when.time() == datetime.min.time()
        and when.date() == line.match.value.date()
    )


def _original_line(
    page: Page, lines: list[Visible], machine: tuple[str, DateMatch] | None
) -> Visible | None:
    """On a page imported from an absorbed paper's old site (an import notice, `IMPORT_NOTICE`),
    the old site's publish line the import kept inside the text's box (`Thứ Năm, 10/04/2025 -
    06:00` under the new `Xuất bản: 01/07/2025 00:08`), when the new site's nearest line and its
    machine date fall on a later day: those are the import's time, and the article was
    published when its own line says."""
    text = body_container(page)
    if text is None or not lines:
        return None
    inside = [v for v in lines if v.line is text or text in v.line.iterancestors()]
    if not inside or inside[0].distance > MAX_OVERRIDE_DISTANCE:
        return None
    day = inside[0].match.value.date()
    outside = next((v for v in lines if v not in inside), None)
    later = [v.match for v in (outside,) if v is not None] + ([machine[1]] if machine else [])
    if not later or any(found.value.date() <= day for found in later):
        return None
    return inside[0] if imported(page) else None


def _confirmed_line(page: Page, lines: list[Visible], machine: DateMatch) -> Visible | None:
    """A publish line under the headline, with its time, saying the machine date's instant when
    the nearest line, unlabelled over the headline, does not (a match report's kick-off `15:30 ·
    04/12/2026` on its scoreboard, the article's `18:20, 04/12/2026` under the headline with the
    `article:published_time` of 18:20): the page's two records agree on the article's time,
    and the line over the headline is another event's. A line over the headline labelled as a
    post's gives way only to one labelled likewise (a thread's earlier post over the one shown,
    each with its `Đăng lúc` field)."""
    headline = headline_element(page)
    if headline is None:
        return None
    under = position(page, headline)
    if position(page, lines[0].line) > under:
        return None
    return next(
        (
            v
            for v in lines[1:]
            if v.distance <= MAX_OVERRIDE_DISTANCE
            and (v.post or not lines[0].post)
            and _has_time(v.match)
            and position(page, v.line) > under
            and _same_instant(v, machine, page.fetched_at)
        ),
        None,
    )


def _update_confirmed(page: Page, nearest: Visible, machine: DateMatch) -> Visible | None:
    """An update line by the headline, nearer it than the nearest publish line, saying the
    machine date's instant where that line, unlabelled, says another (Quintype's `Cập nhật:
    18:50, 04/12/2026` under the byline, the JSON-LD `datePublished` at 18:50, over a player's
    `Bản tin Thời sự 18h30 ngày 04/12/2026`): the article's only time, its publish time, and
    the other line another event's."""
    if nearest.post:
        return None
    return next(
        (
            v
            for v in visible_dates(page)
            if v.modified
            and _has_time(v.match)
            and v.distance < nearest.distance
            and _same_instant(v, machine, page.fetched_at)
        ),
        None,
    )


def _posted_under_headline(page: Page, lines: list[Visible]) -> list[Visible]:
    """The publish lines, a line labelled as the post's with its time under the headline
    (`Đăng ngày: 04/12/2026 lúc 05:30`) first when the nearest is an unlabelled line above the
    headline (a bulletin's `Bản tin phát lúc 04 giờ 30 ngày 04/12/2026` in a badge over it):
    the label says which time is the article's."""
    headline = headline_element(page)
    if not lines or lines[0].post or headline is None:
        return lines
    under = position(page, headline)
    if position(page, lines[0].line) > under:
        return lines
    posted = next(
        (
            v
            for v in lines
            if v.post
            and _has_time(v.match)
            and v.distance <= MAX_OVERRIDE_DISTANCE
            and position(page, v.line) > under
        ),
        None,
    )
    return lines if posted is None else [posted, *(v for v in lines if v is not posted)]


def _posted_over_created(lines: list[Visible]) -> list[Visible]:
    """The publish lines, a field labelled as the post's (`Ngày đăng`) first when the nearest is
    the item's creation field beside it (a gallery's `<dt>Ngày tạo</dt><dd>…</dd>` then
    `<dt>Ngày đăng</dt><dd>…</dd>`: when the photo was taken, then when it was posted): the
    label says which day is the article's."""
    if not lines or not CREATED_LINE.match(_line_words(lines[0])):
        return lines
    posted = next(
        (
            v
            for v in lines[1:]
            if v.distance <= MAX_OVERRIDE_DISTANCE and POSTED_FIELD.match(_line_words(v))
        ),
        None,
    )
    return lines if posted is None else [posted, *(v for v in lines if v is not posted)]


def _line_words(line: Visible) -> str:
    """The words of `line`'s element, folded (empty when it is no short line)."""
    return fold(short_text(line.line, MAX_LINE) or "")


def _own_post_first(page: Page, lines: list[Visible]) -> list[Visible]:
    """The publish lines, the line in the head of the post holding the text first when the
    nearest, outside it, says the same minute (a forum thread's `vào lúc: 04 Tháng 12, 2026,
    08:47:13 SA` over its first post, under the topic head's `Tác giả chủ đề: …, 04 Tháng 12,
    2026, 08:47:13 SA`): the post's own line, the other a summary of the thread."""
    if not lines or _in_post_head(page, lines[0].line):
        return lines
    own = next((v for v in lines[1:] if _in_post_head(page, v.line)), None)
    if own is None or abs((own.match.value - lines[0].match.value).total_seconds()) >= 60:
        return lines
    return [own, *(v for v in lines if v is not own)]


def _dated_here(page: Page, link: _Element) -> bool:
    """`link`'s date is this page's: the link leads to this page, is its edit line
    (`_edit_link`), an anchor of the post it sits in (`_own_anchor`) or the link to the post
    holding the text (`_post_link`), or an `<a>` with no address (an outliner's page reference,
    `<a class="page-ref">Dec 3rd, 2026</a>`, which its script follows): it leads to no other
    page. Any other link's date is another page's."""
    return (
        link.get("href") is None
        or page.names_itself(link.get("href"))
        or _edit_link(link)
        or _own_anchor(link)
        or _post_link(page, link)
        or links_own_day(page, link)
    )


# The day an address lists the posts of, year first (a gallery's `posted-monthly-list-2026-12-02`,
# a blog's `/2026/12/02/` archive).
LISTED_DAY = patterns.compile(r"(?<!\d)(20\d\d)[-/](\d{1,2})[-/](\d{1,2})(?!\d)")


def links_own_day(page: Page, link: _Element) -> bool:
    """`link` prints a day and leads to the list of what was posted that day (a gallery's `<dd><a
    href="index.php?/posted-monthly-list-2026-12-02">Thứ tư 2 Tháng mười hai 2026</a></dd>`): the
    page's own day, linked to its neighbours, not another page's date."""
    listed = LISTED_DAY.search(link.get("href") or "")
    if listed is None:
        return False
    found = search_datetime(text_of(link), now=page.fetched_at, month_first=month_first(page))
    return found is not None and found.value.timetuple()[:3] == tuple(map(int, listed.groups()))


def _dates_link_before(page: Page, el: _Element) -> bool:
    """`el` prints a date alone in brackets right after a link titling another page (an old
    site's `- <a href="noidung.asp?id=2219">Thơ lục bát và giọng Nam Bộ</a> <font>(11/10/2025)
    </font>` under `Các bài khác:`): the linked article's date, as the link's own would be. A
    name's link before a date (the writer's) titles nothing."""
    link = el.getprevious()
    if link is None or link.tag != "a" or (link.tail or "").strip() or _dated_here(page, link):
        return False
    printed = text_of(el)
    if not BRACKETED.fullmatch(printed) or len(text_of(link).split()) < MIN_TEASER_WORDS:
        return False
    text = printed[1:-1].strip()
    found = search_datetime(text, now=page.fetched_at, month_first=month_first(page))
    return found is not None and found.start == 0 and found.end == len(text)


def _post_link(page: Page, link: _Element) -> bool:
    """`link` leads to the page's own script with another query (a forum's `index.php?msg=48213`
    beside the topic's `index.php?topic=18734.0`), in the head of the post holding the text: a
    link to that post, on this page."""
    own = urlsplit(page.url)
    to = urlsplit(page.absolute(link.get("href")) or "")
    return (to.netloc, to.path) == (own.netloc, own.path) and _in_post_head(page, link)


def _in_post_head(page: Page, el: _Element) -> bool:
    """`el` prints a short line before the text's box, in the post that holds that box a level
    or two up (a forum post's `<div class="postarea"><div class="keyinfo">…<a
    href="index.php?msg=48213">vào lúc: …</a></div><div class="post"><div class="inner">`): the
    post's own head, a link there to the post itself."""
    text = body_container(page)
    if (
        text is None
        or short_text(el, MAX_LINE) is None
        or position(page, el) > position(page, text)
    ):
        return False
    ancestors = set(el.iterancestors())
    return any(block in ancestors for block in islice(text.iterancestors(), MAX_POST_LEVELS))


def _in_post_header(page: Page, el: _Element) -> bool:
    """`el` is in a `<header>` after the headline, heading the post that holds the text's box (a
    forum's `<header class="Post-header">` with the poster and the post's `<time>`, the text
    under it): the post's own head, not the site's header that the tag names elsewhere."""
    header = next(el.iterancestors("header"), None) if el.tag != "header" else el
    headline = headline_element(page)
    if header is None or headline is None or position(page, header) < position(page, headline):
        return False
    parent = header.getparent()
    return parent is not None and parent.tag not in ("body", "html") and _in_post_head(page, header)


def _not_after_update(page: Page, lines: list[Visible]) -> list[Visible]:
    """The publish lines, without days printed alone after the day of an update time by the
    headline (a header's today, `Thứ Năm, 04/12/2025`, over a 2009 page's `Ngày cập nhật:
    12/06/2009 2:15:40 CH`): no article is updated before it is posted. The update line is
    then the only time the page prints, its publish time (see `_only_time`)."""
    update = next(
        (
            v
            for v in visible_dates(page)
            if v.modified and _has_time(v.match) and v.distance <= MAX_OVERRIDE_DISTANCE
        ),
        None,
    )
    if update is None:
        return lines
    day = update.match.value.date()
    return [v for v in lines if _has_time(v.match) or v.match.value.date() <= day]


def _with_its_time(page: Page, lines: list[Visible]) -> Visible:
    """The nearest publish line, or, when it prints the day alone (Blogger's date header
    `Thứ Sáu, 21 tháng 11, 2025`), a publish line by the headline printing that day with its
    time (the post's `21.11.2025 08:05`): the same date, to the minute. Else a line labelled
    as the post's with its time (`Đăng lúc 22:10 | 03/12/2025` under a print edition's `Báo in
    số 280, thứ Năm, 04/12/2025`, the evening before): when the article went online. A line of
    the text itself, where the day is printed outside it (a bulletin's `Bản tin phát lúc 17h00
    ngày 04/12/2025` opening its text), says when something else happened; a `<time>` element
    in the text's box is the software's stamp (a digital edition's dateline component under a
    print issue's day), no line of the text."""
    nearest = lines[0]
    if _has_time(nearest.match):
        return nearest
    day = nearest.match.value.date()
    text = body_container(page)
    if text is not None and (text is nearest.line or text in nearest.line.iterancestors()):
        text = None
    timed = [
        v
        for v in lines[1:]
        if _has_time(v.match)
        and v.distance <= MAX_OVERRIDE_DISTANCE
        and (text is None or text not in v.line.iterancestors() or _holds_time(v.line))
    ]
    same_day = next((v for v in timed if v.match.value.date() == day), None)
    posted = next((v for v in timed if v.post and not nearest.post), None)
    return same_day or posted or nearest


def _holds_time(line: _Element) -> bool:
    """`line` is, or holds, a `<time>` element: a stamp the software prints."""
    return line.tag == "time" or next(line.iter("time"), None) is not None


def _only_time(page: Page, lines: list[Visible]) -> Visible | None:
    """An update line by the headline (`Cập nhật: 29/08/2025 05:00`) that is the only time
    the page prints, on the day of the nearest publish line, which has none (a print edition's
    `Ra ngày 29/08/2025`): the minute the article went online, its publish time. Not when
    that line is labelled as the post's (`Ngày đăng: 04/12/2026` beside `Cập nhật: 04/12/2026
    16:12`): the label says the day it was posted, the update a later edit."""
    if lines[0].post or any(_has_time(line.match) for line in lines):
        return None
    day = lines[0].match.value.date()
    return next(
        (
            v
            for v in visible_dates(page)
            if v.modified
            and _has_time(v.match)
            and v.match.value.date() == day
            and v.distance <= MAX_OVERRIDE_DISTANCE
        ),
        None,
    )


def _as_printed_element(page: Page, machine: tuple[str, DateMatch]) -> tuple[str, DateMatch]:
    """The machine date as the `datetime` of the `<time>` element the reader sees, when that
    says the same instant as a meta tag or JSON-LD (`03/12/2025` printed over `07:20:11+07:00`
    while the meta tag spells it `00:20:11+00:00`)."""
    for raw in _time_elements(page):
        found = match_datetime(raw, now=page.fetched_at)
        if found is not None and found.value == machine[1].value:
            return raw, found
    return machine


class Creation(NamedTuple):
    who: str  # the actor's name as the entry prints it
    when: Visible  # the entry's time


def creation_entry(page: Page) -> Creation | None:
    """The activity feed's entry saying someone added or made the item the page shows
    (`CREATION_ENTRY`), with the time the entry prints after its sentence (a board's card:
    `<div>Hoàng Văn Dũng đã thêm thẻ này vào danh sách Đang làm</div><p><a>29 thg 11, 2026,
    16:40</a></p>` at the bottom of its activity): when the item was created, by whom. Read
    once a page."""
    if "creation_entry" not in page.memo:
        page.memo["creation_entry"] = _creation_entry(page)
    return page.memo["creation_entry"]


def _creation_entry(page: Page) -> Creation | None:
    for el, _ in own_texts_with(page, (CREATION_VERB,)):
        sentence = text_of(el)
        said = CREATION_ENTRY.match(fold(sentence))
        if said is None or len(sentence) > MAX_ENTRY:
            continue
        for entry in islice(el.iterancestors(), ENTRY_LEVELS):
            text = text_of(entry)
            at = text.find(sentence)
            if len(text) > MAX_ENTRY or at < 0:
                break
            read = _read(page, entry, text[at + len(sentence) :])
            if read and not read[0].modified:
                return Creation(sentence[: said.end("who")], read[0]._replace(post=True))
    return None


def _publish_lines(page: Page) -> list[Visible]:
    """The visible publish lines, nearest the headline first, after an activity feed's entry
    saying when the item was created (`creation_entry`), wherever it is. A release (`Ngày phát
    hành:`) counts only where no line is labelled as the post's (`RELEASE_LABEL`). A line
    relative to the fetch time (`2 giờ trước`) counts only where no line prints the date, and
    only by the headline: it is no more exact than its unit, and reader comments print such
    times too."""
    lines = [v for v in visible_dates(page) if not v.modified]
    creation = creation_entry(page)
    if creation is not None:  # the item's own record of when it was made
        lines = [creation.when, *lines]
    if any(v.post for v in lines):
        lines = [v for v in lines if not v.release]
    absolute = [v for v in lines if v.match.rule != "relative"]
    return absolute or [v for v in lines if v.distance <= MAX_OVERRIDE_DISTANCE]


def published_conflict(page: Page) -> str | None:
    """Why the visible publish line was preferred to a machine date that says otherwise."""
    published(page)
    return page.memo.get("published_conflict")


def published_clock(page: Page) -> str | None:
    """The clock alone of a line labelled as the post's, for a publish line printing the day
    alone (`_post_clock`)."""
    published(page)
    return page.memo.get("published_clock")


def published_exact(page: Page) -> str | None:
    """The machine date that gives the visible publish line's minute to the second."""
    published(page)
    return page.memo.get("published_exact")


def month_first(page: Page) -> bool:
    """Software known to print numeric dates month-first in its English locale (the default
    `m-d-Y` of vBulletin and MyBB), left in that locale: named by the generator meta or by its
    `Powered by` credit link (the links are looked at only when one address of the page names
    the software); or an English page whose publish line by the headline says its machine
    publish time month-first (`_prints_machine_month_first`); or any page whose publish line
    only month-first can read (`_prints_month_first_only`). Never guessed from dates that read
    either way."""
    if "month_first" not in page.memo:
        lang = (page.root.get("lang") or page.meta.get("og:locale") or "").lower()
        page.memo["month_first"] = (
            lang.startswith("en")
            and (
                bool(MONTH_FIRST_SOFTWARE.search(page.meta.get("generator", "")))
                or (
                    MONTH_FIRST_SOFTWARE.search(page.attribute_text("href")) is not None
                    and any(
                        MONTH_FIRST_SOFTWARE.search(a.get("href") or "")
                        for a in page.root.iter("a")
                    )
                )
                or _prints_machine_month_first(page)
            )
            or _prints_month_first_only(page)
        )
    return page.memo["month_first"]


def _prints_month_first_only(page: Page) -> bool:
    """A line by the headline printing a numeric date that names no month read day-first and a
    day read month-first (Higher Logic's US default `11-28-2026 14:35` under a Vietnamese
    page): the one reading the page allows, not a guess."""
    for el, _ in own_texts_with(page, (NUMERIC_DATE,)):
        text = short_text(el, MAX_LINE)
        if not text or distance(page, el) > MAX_OVERRIDE_DISTANCE:
            continue
        dates = [(int(m["first"]), int(m["second"])) for m in NUMERIC_DATE.finditer(text)]
        if (
            dates
            and all(0 < first <= MONTHS < second <= MAX_DAY for first, second in dates)
            and search_datetime(text, now=page.fetched_at, month_first=True) is not None
        ):
            return True
    return False


def _prints_machine_month_first(page: Page) -> bool:
    """A line by the headline printing numbers alone (`12/04/2026 5:40 PM`) that, read
    month-first, says the page's machine publish time to the minute (Brightspot's JSON-LD
    `2026-12-04T17:40:00+07:00`), and read day-first another day: the page's own records say
    its order."""
    machine = _machine(page, MACHINE_PUBLISHED)
    if machine is None or not _has_time(machine[1]):
        return False
    for el, _ in own_texts_with(page, (NUMERIC_DAY,)):
        text = short_text(el, MAX_LINE)
        if not text or distance(page, el) > MAX_OVERRIDE_DISTANCE:
            continue
        read = search_datetime(text, now=page.fetched_at, month_first=True)
        other = search_datetime(text, now=page.fetched_at)
        if (
            read is not None
            and abs((read.value - machine[1].value).total_seconds()) < 60
            and (other is None or other.value.date() != read.value.date())
        ):
            return True
    return False


def machine_utc(page: Page) -> bool:
    """The page's software, named by the generator meta, writes machine times without an
    offset in UTC (Odoo). Never guessed from the times themselves."""
    return bool(MACHINE_UTC_SOFTWARE.search(page.meta.get("generator", "")))


def _overrides(page: Page, line: Visible, day_only: bool = False) -> bool:
    """A visible publish line that wins over a machine date it disagrees with: next to the
    headline, with a time (or without, where the machine date is a day alone too: `Ngày 02
    tháng 12 năm 2026` over a `pubdate` meta of the day before; or falls on another day: a
    newsstand's issue day over its upload the evening before), absolute, and on a Vietnamese
    page (where day-first is certain)."""
    return (
        line.distance <= MAX_OVERRIDE_DISTANCE
        and (day_only or _has_time(line.match))
        and line.match.rule != "relative"
        and is_vietnamese(page)
    )


def _day_apart(raw: str, line: Visible, machine: DateMatch) -> bool:
    """The machine date is a day alone, or falls on another day than the line prints: a day
    printed without its time may then win over it."""
    return DATE_ONLY.match(raw) is not None or not _same_day(line.match, machine)


def _printed_in_utc(page: Page, line: Visible, raw: str, machine: DateMatch) -> bool:
    """The line prints, with no zone, the UTC time of the `<time>` element it is the text of
    (`<time datetime="2025-10-29T01:40:12Z">29 Tháng mười, 2025 01:40</time>`, a forum's
    crawler view): the software prints its stored UTC time, so the machine string is the time
    shown, in the zone it states; read as local time the line would be seven hours off."""
    zone = stated_offset(raw)
    if zone is None or zone.utcoffset(None) != timedelta(0):
        return False
    again = match_datetime(line.raw, now=page.fetched_at, month_first=line.month_first)
    if again is None:
        return False
    apart = again.value.replace(tzinfo=None) - machine.value.astimezone(zone).replace(tzinfo=None)
    return abs(apart.total_seconds()) < 60 and any(
        _attribute(el, "datetime") == raw and line.raw in " ".join(text_of(el).split())
        for el in page.root.iter("time")
    )


def _same_minute(line: Visible, machine: DateMatch, now: datetime) -> bool:
    again = match_datetime(line.raw, now=now, month_first=line.month_first)
    return again is not None and abs((again.value - machine.value).total_seconds()) < 60


def modified(page: Page) -> str | None:
    """A visible `Cập nhật` line near the headline, else the machine modified time. A line
    outside the block holding the headline and the body is another box's (a sidebar price
    table's `Cập nhật: 05/11/2025`), but for the text's own footer (`_text_footer`), and so is
    a line of a box among the text's paragraphs (`_in_box_among_text`). An update line whose
    `<time>` gives the publish time (`Cập nhật lúc <time datetime="…12:10:00+07:00">2 giờ
    trước</time>`, the page's only time) was the publish line: no modified time. An update
    line printing its day alone (Joomla's `Cập nhật lần cuối: 02 Tháng 12 2025`) takes the
    minute of a machine modified time on that day (its `<time itemprop="dateModified">`), as a
    publish line does. A line naming the site as updated (`Trang web cập nhật lần cuối: …`,
    `SITE_UPDATE`) dates the site, not the article."""
    updated = [v for v in visible_dates(page) if v.modified] or _hover_updates(page)
    block = _article_block(page) if updated else None
    updated = [
        v
        for v in updated
        if (
            block is None
            or block in v.line.iterancestors()
            or _text_footer(page, v.line)
            or _page_revision(v.line)
            or _classed_update_among_facts(page, v.line)
            or _classed_page_update(v.line)
            or _beside_publish_line(page, v.line)
        )
        and not _in_box_among_text(page, v.line)
        and not SITE_UPDATE.search(fold(v.raw))
    ]
    publish = published(page)
    updated = [v for v in updated if not _before_publish(page, v.match, publish)]
    machine = _machine(page, MACHINE_MODIFIED, ld_key="dateModified")
    if machine and machine[0] == publish and page.memo.get("published_from_update"):
        return None  # the only date, an update line, gave the publish time this hour
    if (
        updated
        and updated[0].raw != page.memo.get("published_from_update")  # see `_only_time`
        and not _machine_form_of(updated[0], publish)
    ):
        line = updated[0]
        day_alone = not _has_time(line.match)
        if day_alone and machine and _has_time(machine[1]) and _same_day(line.match, machine[1]):
            return machine[0]
        if not (day_alone and _by_publish_day(page, line.match, publish)):
            return _unix_stamped(line) or line.raw
    if machine and not _prints_publish(page, machine[0], publish):
        return machine[0]
    return None if machine or updated else _revisions_link(page, publish)


REVISIONS_LISTS = ("/revisions", "/history")


def _revisions_link(page: Page, publish: str | None) -> str | None:
    """A link to the page's own revisions list printing a date and time alone (WikkaWiki's
    footer `<a class="datetime" href="…?wakka=Page/revisions">2026-12-03 10:15:22</a>`, with no
    label): the time of the page's latest revision, its update, when nothing else dates one."""
    own = page.url.rstrip("/")
    lists = {own + tail for tail in REVISIONS_LISTS}
    order = month_first(page)
    for link in page.root.iter("a"):
        if urljoin(page.url, link.get("href") or "").rstrip("/") not in lists:
            continue
        text = " ".join(text_of(link).split())
        found = match_datetime(text, now=page.fetched_at, month_first=order)
        if found and _has_time(found) and not _before_publish(page, found, publish):
            return text
    return None


FOOT_BAR_CLASSES = {"fixed", "bottom-0"}
FOOT_BAR_STYLE = patterns.compile(r"position:\s*fixed.*\bbottom:\s*0", re.S)
EPOCH_MS = patterns.compile(r"\d{13}")


def _timed_original(page: Page, line: Visible) -> str | None:
    """The text of the `<time>` a line in a bar fixed to the window's foot repeats (an event
    page's action bar `Saturday, November 28, 2026 · 3:00 PM GMT+7` over the `<time
    datetime="1795852800000">` of its details column, furniture beside the text): the bar
    repeats the page's facts, and the `<time>` whose machine time and printed text give the
    same minute is where the page states it."""
    if not any(_foot_bar(el) for el in (line.line, *line.line.iterancestors())):
        return None
    for el in page.root.iter("time"):
        instant = _machine_instant(el.get("datetime") or "", page.fetched_at)
        if instant is None or abs((instant - line.match.value).total_seconds()) >= 60:
            continue
        text = " ".join(text_of(el).split())
        printed = match_datetime(text, now=page.fetched_at, month_first=line.month_first)
        if printed is not None and abs((printed.value - instant).total_seconds()) < 60:
            return text
    return None


def _foot_bar(el: _Element) -> bool:
    classes = set((el.get("class") or "").split())
    return classes >= FOOT_BAR_CLASSES or bool(FOOT_BAR_STYLE.search(el.get("style") or ""))


def _machine_instant(raw: str, now: datetime) -> datetime | None:
    """The instant a `datetime` attribute names, as ISO text or milliseconds since 1970."""
    if EPOCH_MS.fullmatch(raw):
        return datetime.fromtimestamp(int(raw) / 1000, UTC)
    found = match_datetime(raw, now=now) if raw else None
    return found.value if found is not None else None


def _beside_publish_line(page: Page, line: _Element) -> bool:
    """`line` stands in the same block as the publish line read (a page's footer `Tạo lúc: …`
    over `Cập nhật lúc: …`, outside the block holding the headline and the text): the same
    article's update, wherever its facts are printed."""
    publish = published(page)
    parent = line.getparent()
    return parent is not None and any(
        v.raw == publish and not v.modified and v.line.getparent() is parent
        for v in visible_dates(page)
    )


def _unix_stamped(line: Visible) -> str | None:
    """The instant a Unix time in the class of the line's time gives (Wikidot's `<span
    class="odate time_1796351400 …">04 Dec 2026 02:30</span>`), when the printed time is that
    instant's in UTC, as the server renders it before a script shows the reader's own clock:
    the printed time is UTC's, not Việt Nam's."""
    for el in line.line.iter("*"):
        stamp = UNIX_CLASS.search(el.get("class") or "")
        if stamp is None:
            continue
        instant = datetime.fromtimestamp(int(stamp.group(1)), tz=UTC)
        printed = line.match.value.replace(tzinfo=None)
        if instant.replace(tzinfo=None) == printed.replace(second=instant.second):
            return instant.strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


def _hover_updates(page: Page) -> list[Visible]:
    """The update an icon shows on hover, printing nothing itself (Lemmy's pencil `<span
    data-tippy-content="Đã sửa: thứ sáu, 4 tháng 12 năm 2026 07:15"><svg/></span>` in the post's
    head): the tooltip labelled as an update, read as a line of its own; a comment's is its
    own."""
    found = []
    for name in TOOLTIPS:
        for tip in page.attribute_values(name):
            if len(tip) > MAX_LINE or not MODIFIED_LABEL.match(fold(tip)):
                continue
            text = unicodedata.normalize("NFC", " ".join(tip.split()))
            match = search_datetime(text, now=page.fetched_at, month_first=month_first(page))
            if match is None or match.rule == "relative":
                continue
            for el in page.bearing(name, tip):
                if text_of(el) or _among_comments(page, el) or in_zone(page, el):
                    continue
                shown = _visible(text, 0, match, distance(page, el), month_first(page), el)
                if shown.modified:
                    found.append(shown)
    return sorted(found, key=lambda v: v.distance)


def _prints_publish(page: Page, stamp: str, publish: str | None) -> bool:
    """The update stamp `stamp`, which no metadata declares, is the `datetime` of the `<time>`
    printing the publish line (Hatena's only `<time class="updated" datetime="…">2026-12-05
    10:30</time>`, hAtom's `updated` on the entry's time): the publish time, no update. A
    modified time the metadata declares is recorded, whatever it equals."""
    declared = [page.article_ld.get("dateModified"), *(page.meta.get(k) for k in MACHINE_MODIFIED)]
    return (
        publish is not None
        and stamp not in declared
        and any(
            el.tag == "time" and text_of(el) == publish for el in page.bearing("datetime", stamp)
        )
    )


def _before_publish(page: Page, printed: DateMatch, publish: str | None) -> bool:
    """An update line says a time before the publish time (an epidemic bulletin's `cập nhật
    17:00 ngày 03/12/2026` beside the headline of an article posted the next morning): no
    article is updated before it is posted, so it tells of something else. A day alone is
    before when its day is."""
    order = month_first(page)
    posted = match_datetime(publish, now=page.fetched_at, month_first=order) if publish else None
    if posted is None:
        return False
    if not _has_time(printed):
        return printed.value.date() < posted.value.date()
    return printed.value < posted.value


def _in_box_among_text(page: Page, line: _Element) -> bool:
    """`line` is one line of a block set among the text's paragraphs, with paragraphs of the
    text before and after it and no publish line (a price card's `Cập nhật lúc 09:00 ngày
    05/12/2026` under its prices): the box's update, not the article's, which is printed with
    the publish line or under the text."""
    container = body_container(page)
    if container is None:
        return False
    box = next((el for el in line.iterancestors() if el.getparent() is container), None)
    return (
        box is not None
        and any(el.tag == "p" and text_of(el) for el in box.itersiblings())
        and any(el.tag == "p" and text_of(el) for el in box.itersiblings(preceding=True))
        and not any(
            not v.modified and (v.line is box or box in v.line.iterancestors())
            for v in visible_dates(page)
        )
    )


def update_beside(line: str, now: datetime) -> str | None:
    """The update a publish line prints after its publish time (`18/05/2024 21:04 | Cập nhật:
    19/05/2024 07:30`), from its label on, both read against `now` (the fetch time); None when
    it prints none. A layout that selects the publish line reads no other element for an
    update (its pages were made without one), but the line is the design's own: an update it
    prints is the page's."""
    folded = fold(line)
    label = MODIFIED_LABEL.search(folded) if len(folded) == len(line) else None
    if label is None or match_datetime(line[: label.start()], now=now) is None:
        return None
    update = line[label.start() :]
    return update if match_datetime(update, now=now) is not None else None


def _by_publish_day(page: Page, printed: DateMatch, publish: str | None) -> bool:
    """An update's day printed alone (XenForo's `Sửa lần cuối: 22/8/25`) is not after the
    publish day: its midnight is before the article was posted, and the day names no time
    after it."""
    order = month_first(page)
    posted = match_datetime(publish, now=page.fetched_at, month_first=order) if publish else None
    return posted is not None and printed.value.date() <= posted.value.date()


def _same_day(printed: DateMatch, machine: DateMatch) -> bool:
    """The machine time falls on the printed day, in the printed day's zone (a UTC machine
    time of 19:00 is the next day in Việt Nam)."""
    when = machine.value
    if when.tzinfo is not None and printed.value.tzinfo is not None:
        when = when.astimezone(printed.value.tzinfo)
    return printed.value.date() == when.date()


def _machine_form_of(line: Visible, raw: str | None) -> bool:
    """The date `line` prints is the text of a `<time>` whose `datetime` is `raw`, or that
    `datetime` itself (a relative line read by its machine time, `_hover_date`)."""
    return raw is not None and any(
        _attribute(el, "datetime") == raw
        and (line.raw == raw or ((text := text_of(el)) and text in line.raw))
        for el in line.line.iter("time")
    )


def _article_block(page: Page) -> _Element | None:
    """The innermost element holding both the headline and the body (a known CMS's, else the
    one the generic finder reads), when both are found and the headline is not the text's own
    first line (a post's bold opening line in its content says nothing of where its box ends)."""
    headline, body = headline_element(page), body_container(page)
    if headline is None or body is None or body in headline.iterancestors():
        return None
    around_body = set(body.iterancestors())
    return next((a for a in headline.iterancestors() if a in around_body), None)


def _is_nukeviet(page: Page) -> bool:
    generator = page.meta.get("generator", "").lower()
    stamp = page.meta.get("article:published_time", "")
    return "nukeviet" in generator or bool(NUKEVIET_STAMP.search(stamp))


def _machine(
    page: Page, keys: tuple[str, ...], ld_key: str = "datePublished"
) -> tuple[str, DateMatch] | None:
    """The first readable machine date: JSON-LD, then meta tags (NukeViet: meta tag only)."""
    nukeviet = _is_nukeviet(page)
    values: list[str] = []
    if not nukeviet:
        value = page.article_ld.get(ld_key)
        if isinstance(value, str):
            values.append(value)
    for key in keys:
        if nukeviet and key in ("datepublished", "datemodified"):
            continue
        if key in page.meta:
            values.append(page.meta[key])
    if ld_key == "datePublished":
        values += _time_elements(page)
    else:
        values += _typed_update_times(page)
    for raw in values:
        found = match_datetime(raw.strip(), now=page.fetched_at)
        if found is not None:
            return raw.strip(), found
    if ld_key == "datePublished":
        for raw in _app_published(page):
            found = match_datetime(raw.strip(), now=page.fetched_at)
            if found is not None:
                return raw.strip(), found
    return None


def _app_published(page: Page) -> list[str]:
    """The publish time in a JavaScript app's server data, from the article's object."""
    article = page.app_article
    return [article[k] for k in APP_PUBLISHED if isinstance(article.get(k), str)]


def _time_elements(page: Page) -> list[str]:
    """The `datetime` of `<time>` elements by the headline and outside the page furniture (or
    in the article's facts, labelled its publish day: `article_fact`), nearest first: the
    machine form of a publish line (`<time datetime="2026-01-27T12:13:17+01:00">27. Januar
    2026</time>`), and its other spellings (`_stamps`). Update stamps (a class saying
    so, `_update_stamp`) are not publish times."""
    if "time_elements" not in page.memo:  # read for the publish time and for the page's offset
        found = [
            (away, page.order[el], value)
            for el, value in _stamps(page)
            if not _update_stamp(el.get("class") or "")
            and (away := distance(page, el)) <= MAX_OVERRIDE_DISTANCE
            and (not in_zone(page, el) or _post_fact(el) or _entry_published(page, el))
            and not _among_comments(page, el)  # a reader's comment's time
        ]
        page.memo["time_elements"] = [value for *_, value in sorted(found)]
    return page.memo["time_elements"]


def _entry_published(page: Page, el: _Element) -> bool:
    """`el` is the hAtom publish stamp (`<abbr class="published" title="…">`) of the entry
    holding the headline (`<div class="post hentry">`), wherever in it the template prints it
    (Blogger's `post-footer`, furniture by its class, under a date header printing the day
    alone): the entry's own time."""
    if not HATOM_PUBLISHED.search(el.get("class") or ""):
        return False
    headline = headline_element(page)
    entry = next((a for a in el.iterancestors() if HATOM_ENTRY.search(a.get("class") or "")), None)
    return headline is not None and entry is not None and entry in headline.iterancestors()


def _stamps(page: Page) -> list[tuple[_Element, str]]:
    """The elements holding a machine time, and the time: a `<time>`'s `datetime`, and an ISO
    time in an `<abbr>`'s `title` (hAtom's `<abbr class="published" title="2025-12-02T16:05:00
    +07:00">`) or in a `data-` attribute named for a time, not an update, on an element
    printing a short line (`<span data-published="…">Hôm qua</span>`, the script's source for
    a relative line): an app's own attributes on a container or an empty widget (a site's
    build time, a countdown's target) are not the article's. The `data-` values are read from
    the page's attribute index: a page has many, and each element's attributes cost a call."""
    found = [(el, value) for el in page.root.iter("time") if (value := _attribute(el, "datetime"))]
    found += [
        (el, value)
        for el in page.root.iter("abbr")
        if ISO_STAMP.match(value := _attribute(el, "title"))
    ]
    for name, by_value in page.index.values.items():
        if name.startswith("data-") and STAMP_NAME.search(name) and not MODIFIED_CLASS.search(name):
            found += [
                (el, value.strip())
                for value, bearing in by_value.items()
                if ISO_STAMP.match(value.strip())
                for el in bearing
                if short_text(el, MAX_STAMPED_LINE)
            ]
    return found


def _attribute(el: _Element, name: str) -> str:
    return (el.get(name) or "").strip()


def _typed_update_times(page: Page) -> list[str]:
    """The `datetime` of a `<time itemprop="dateModified">`: the machine form of a printed
    update line, wherever the page prints it (Docusaurus's `Cập nhật lần cuối vào <time
    datetime="…T02:05:00.000Z">21 tháng 11, 2025</time>` under the text gives the minute), and
    of an update stamp by the headline (`_stamp_by_headline`)."""
    typed = [
        value
        for el in page.root.iter("time")
        if (value := _attribute(el, "datetime"))
        and (el.get("itemprop") == "dateModified" or _stamp_by_headline(page, el))
    ]
    return typed + _edit_indicator_times(page)


def _edit_indicator_times(page: Page) -> list[str]:
    """The ISO time in the `title` of an empty element of a post's edit indicator (a forum's
    `<span component="post/edit-indicator" class="edit-icon"><i class="fa-pencil"></i> <span
    class="timeago" title="2026-04-15T03:05:00.000Z"></span></span>`, a script printing it
    relative): the post's last edit, by the headline, not a reply's."""
    return [
        title
        for title in page.attribute_values("title")
        if ISO_STAMP.match(title)
        for el in page.bearing("title", title)
        if not text_of(el)
        and any(EDIT_INDICATOR.search(_indicator_names(up)) for up in (el, el.getparent()))
        and distance(page, el) <= MAX_OVERRIDE_DISTANCE
        and not _among_comments(page, el)
    ]


def _indicator_names(el: _Element | None) -> str:
    """The words naming what an element is: its class and its `component` (NodeBB's)."""
    return "" if el is None else f"{el.get('class') or ''} {el.get('component') or ''}"


def _stamp_by_headline(page: Page, el: _Element) -> bool:
    """A `<time>` classed as an update stamp by the headline, outside the page furniture
    (WordPress's `<time class="updated">` after its `entry-date published`): the article's
    update time, printed or not."""
    return (
        _update_stamp(el.get("class") or "")
        and distance(page, el) <= MAX_OVERRIDE_DISTANCE
        and not in_zone(page, el)
    )


def _update_stamp(names: str) -> bool:
    """A `<time>` classed as an update stamp, unless also as the entry's date: WordPress themes
    mark the publish time `entry-date updated` (hAtom's `updated` is required of every entry)."""
    return bool(MODIFIED_CLASS.search(names)) and not ENTRY_DATE_CLASS.search(names)


def page_offset(page: Page) -> str | None:
    """The UTC offset (`+02:00`) a page in another language states in its machine dates, for
    the times it prints without one; None on Vietnamese pages (Vietnam time) and on pages that
    state no offset. A foreign-language edition under Vietnam's country domain (a provincial
    paper's Russian edition on `ru.<paper>.vn`) stating none prints Vietnam time, as its paper
    does."""
    if is_vietnamese(page):
        return None
    ld = [page.article_ld.get(key) for key in ("datePublished", "dateModified")]
    meta = [page.meta.get(key) for key in MACHINE_PUBLISHED + MACHINE_MODIFIED + MACHINE_DATED]
    for raw in [*ld, *meta, *_time_elements(page)]:
        zone = stated_offset(raw) if isinstance(raw, str) else None
        if zone is not None:
            return datetime(2000, 1, 1, tzinfo=zone).isoformat()[-6:]
    return VIETNAM_OFFSET if on_vietnamese_host(page) else None


def visible_dates(page: Page) -> list[Visible]:
    """Date lines outside the page furniture and the headline, nearest the headline first
    (parsed once)."""
    if "visible_dates" in page.memo:
        return page.memo["visible_dates"]
    seen: set[_Element] = set()
    found: list[Visible] = []
    headline = headline_element(page)
    around_headline = set(headline.iterancestors()) if headline is not None else set()
    hints = (*DATE_HINTS, MARKED_YEAR_MONTH) if on_vietnamese_host(page) else DATE_HINTS
    split_days = _split_relative_days(page)
    for el in [el for el, _ in own_texts_with(page, hints)] + _titled_days(page) + split_days:
        if el.tag == "noscript" or (el.tag == "a" and not _dated_here(page, el)):
            continue  # a link's date is another page's, unless the link is to this one
        if _dates_link_before(page, el):
            continue
        if _in_dropdown(el):
            continue
        if headline is not None and (el is headline or headline in el.iterancestors()):
            info = headline_info_line(headline)
            if info is None or not (el is info or info in el.iterancestors()):
                continue  # the headline's date names what it reports on (`10 tháng năm 2025`)
        # the one `<time>` of a post's column of facts is the line, not the column's title
        column = el.tag == "time" and in_zone(page, el) and post_column(page, el)
        # … and so is a line of the furniture classed as the publish date
        classed = _classed_published(el) and in_zone(page, el)
        line = el if column or classed else _date_line(el, around_headline)
        text = None
        if line is None:  # a date opening a long element: `12-03-2025, 08:15 PM (This post was
            line, text = el, _opening_line(el)  # last modified: … by …)`
            if text is None:
                continue
        if line in seen:
            continue
        seen.add(line)
        if (
            in_zone(page, line)
            and not _in_post_header(page, line)
            and not in_text_footer_row(page, line)
            and not _typed_publish_date(el)
            and not _post_fact(el)
            and not column
            and not classed
        ):
            if _closing_aside(line) and (labelled := _icon_labelled_facts(page, line)):
                found += labelled
            elif _created_beside_update(line) or _creation_row(line):
                found += [v for v in _read(page, line, text) if not v.modified]
            elif (
                _closing_aside(line)
                or _text_footer(page, line)
                or _page_revision(line)
                or _classed_update_among_facts(page, line)
                or _classed_page_update(line)
            ):
                found += [v for v in _read(page, line, text) if v.modified]
            continue
        if _in_caption(el) or _among_comments(page, line) or _in_listed_item(page, el):
            continue
        if _in_apparatus(line):
            continue
        if names_event(_field_label(line)):  # a photo set's `<dt>Ngày chụp</dt><dd>…</dd>`
            continue
        if names_event(fold(el.get("title") or "")):  # a photo's `<span title="Ngày chụp">`
            continue
        if _in_masthead(page, line, around_headline):
            continue
        if _in_site_header(page, line, around_headline) or _in_banner(page, line, around_headline):
            continue
        if _in_side_cell(page, line):
            continue
        found += _read(page, line, text)
    found.sort(key=lambda v: v.distance)
    page.memo["visible_dates"] = found
    return found


def _own_anchor(link: _Element) -> bool:
    """`link` points at the element it sits in (a forum post's permalink `viewtopic.php?pid=
    18841#p18841` inside `<div id="p18841">`, its time the link's words): the post's own time,
    shown on this page, whatever the address before the anchor."""
    fragment = urlsplit(link.get("href") or "").fragment
    return bool(fragment) and any(a.get("id") == fragment for a in link.iterancestors())


def _in_dropdown(el: _Element) -> bool:
    """`el` is in a dropdown menu (`<div class="Dropdown-menu dropdown-menu">`), shown only when
    the reader opens it: a post's menu restating its time in full under the time the page
    prints (Flarum's `2 Thg 11` over its `datetime`) is no line the page shows."""
    return any(DROPDOWN_MENU.search(a.get("class") or "") for a in el.iterancestors())


def _beside_dropdown(line: _Element) -> bool:
    """`line` is the toggle of a dropdown menu beside it (`_in_dropdown`): the line ends there,
    the menu's words no part of it."""
    return any(
        DROPDOWN_MENU.search(sibling.get("class") or "")
        for sibling in (*line.itersiblings(), *line.itersiblings(preceding=True))
        if isinstance(sibling.tag, str)
    )


def _in_masthead(page: Page, line: _Element, around_headline: set[_Element]) -> bool:
    """`line` is one of the lines of the site's masthead, whatever its tag or class: its block
    (not the headline's) prints the paper's licence, editor or copyright on two lines or more
    (`Tổng Biên tập: …`, `Giấy phép số …/GP-…`, `© 2025 …`), and a date there is the site's
    stamp (`Cập nhật lúc 09:30 05/12/2025`), not the article's. Each block is weighed once a
    page: a date line's siblings are often date lines too."""
    block = line.getparent()
    if block is None or block in around_headline or block.tag in ("body", "html"):
        return False
    weighed: dict[_Element, bool] = page.memo.setdefault("masthead_blocks", {})  # type: ignore[assignment]
    found = weighed.get(block)
    if found is None:
        texts = (text_of(child) for child in block if isinstance(child.tag, str))
        signed = sum(1 for text in texts if text and footer_line(fold(text)))
        found = weighed[block] = signed >= MIN_MASTHEAD_LINES
    return found


def _in_site_header(page: Page, line: _Element, around_headline: set[_Element]) -> bool:
    """`line` is over the site's logo linked home, in a block before the headline (a top
    line's `Thứ Sáu, 05/12/2025` over the logo and the menu, in a `<div>` or a table cell no
    tag or class marks as the header, or in a table row of its own over the logo's row, the
    row holding the article under them): today's date, not the article's. A line after the logo
    (a breadcrumb's publish time) is not judged so."""
    if not around_headline or position(page, line) > position(page, headline_element(page)):
        return False
    block = None
    for el in (line, *line.iterancestors()):
        if el.tag in ("body", "html") or el in around_headline:
            break
        block = el
    if block is None:
        return False
    blocks = [block, *takewhile(lambda el: el not in around_headline, block.itersiblings())]
    return any(
        links_home(page, a.get("href"))
        and a.find(".//img") is not None
        and position(page, a) > position(page, line)
        for node in blocks
        for a in node.iter("a")
    )


def _in_banner(page: Page, line: _Element, around_headline: set[_Element]) -> bool:
    """`line` is before the headline in a block classed as the site's banner that draws a picture
    (a portal's `<div id="banner" class="portlet-banner">` with its emblem, its name and `Thứ
    Sáu, ngày 05/12/2025`, the emblem linked nowhere): today's date, not the article's."""
    headline = headline_element(page)
    if headline is None or position(page, line) > position(page, headline):
        return False
    return any(
        el.tag not in ("body", "html")
        and el not in around_headline
        and BANNER_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
        and next(el.iter("img", "svg"), None) is not None
        for el in islice((line, *line.iterancestors()), MAX_BANNER_DEPTH)
    )


def _in_side_cell(page: Page, line: _Element) -> bool:
    """`line` is in a table cell beside the cell holding both the headline and the text (an old
    layout's left or right column of new documents, past issues or most-read items, `Ban hành:
    25/11/2025` under a link to another page): the column's, not the article's."""
    headline, text = headline_element(page), body_container(page)
    cell = next((el for el in (line, *line.iterancestors()) if el.tag == "td"), None)
    if headline is None or text is None or cell is None or cell.getparent() is None:
        return False
    return any(
        other is not cell
        and other in headline.iterancestors()
        and (other is text or other in text.iterancestors())
        for other in cell.getparent().iterchildren("td")
    )


def _closing_aside(line: _Element) -> bool:
    """`line` is in an `<aside>` closing the `<article>` with no link (MkDocs' `<aside
    class="md-source-file">`): the article's own facts, where its update line is printed."""
    aside = next(line.iterancestors("aside"), None) if line.tag != "aside" else line
    if aside is None or aside.getnext() is not None or aside.find(".//a") is not None:
        return False
    section = next(aside.iterancestors("article", "section", "aside", "nav"), None)
    return section is not None and section.tag == "article"


def _icon_labelled_facts(page: Page, line: _Element) -> list[Visible]:
    """The dates of `line`'s facts when each is labelled only by an icon's title before it
    (Zensical's `<span class="md-source-file__fact"><span class="md-icon" title="Ngày tạo">
    <svg/></span><span>20 tháng 11, 2026</span></span>`): each read alone, an update where its
    icon's title says so, else the page's creation; none when some fact has no such label."""
    read: list[Visible] = []
    for fact in line.iterchildren():
        if not isinstance(fact.tag, str):
            continue
        icon = fact[0] if len(fact) else None
        title = fold(icon.get("title") or "") if icon is not None else ""
        if not title or text_of(icon) or (fact.text or "").strip():
            return []
        dates = _read(page, fact)
        if len(dates) != 1:
            return []
        modified = MODIFIED_LABEL.match(title) is not None
        if not modified and CREATED_LINE.match(title) is None:
            return []
        read.append(dates[0]._replace(modified=modified))
    return read


def _classed_update_among_facts(page: Page, line: _Element) -> bool:
    """`line` is classed as an update (`<span class="updated">Cập nhật lúc …</span>`) in the
    column of the article's facts (`facts_column`, beside its creation line): the article's
    update, though the column is furniture; the column's other days (recent activity) are not."""
    column = facts_column(page)
    return (
        column is not None
        and column in line.iterancestors()
        and MODIFIED_CLASS.search(line.get("class") or "") is not None
    )


def _creation_row(line: _Element) -> bool:
    """`line` is the value cell of a facts table's row labelled as the page's creation (a
    gallery's info sidebar, `<tr><td>Ngày tạo</td><td><span>02/12/2026 15:20</span></td></tr>`):
    when the album or the page was made, its publish time, though the table is furniture."""
    cell = next((a for a in (line, *line.iterancestors()) if a.tag in ("td", "th")), None)
    before = element_before(cell) if cell is not None else None
    return (
        before is not None
        and before.tag in ("td", "th")
        and CREATED_LINE.fullmatch(fold(text_of(before)).strip(" :")) is not None
    )


def _created_beside_update(line: _Element) -> bool:
    """`line` says when the page was created (`Tạo lúc …`, `Ngày tạo …`, `Created …`) beside a
    line of its kind saying when it was last changed (a wiki's footer `<div class="pagedate">
    Sửa lần cuối …</div><div class="pagedate">Tạo lúc …</div>`): the page's own pair of dates,
    wherever the site prints them, its creation the publish time. A `<time>` read as its own
    line is looked at in the line holding it and its label."""
    holder = line.getparent() if line.tag == "time" else line
    if holder is None or CREATED_LINE.match(fold(short_text(holder, MAX_LINE) or "")) is None:
        return False
    kind = (holder.tag, holder.get("class"))
    return any(
        (other.tag, other.get("class")) == kind
        and MODIFIED_LABEL.match(fold(short_text(other, MAX_LINE) or "")) is not None
        for other in (element_before(holder), element_after(holder))
        if other is not None
    )


def _classed_page_update(line: _Element) -> bool:
    """`line` is classed as the page's last update (Antora's `<p class="page-last-updated">
    Cập nhật lần cuối: …</p>` in the site's footer): the article's update, wherever the site
    prints it."""
    return PAGE_UPDATE_CLASS.search(line.get("class") or "") is not None


def _page_revision(line: _Element) -> bool:
    """`line` says when the page itself was last changed (a wiki's footer `Trang này được sửa
    đổi lần cuối vào …`, FrontPage's `Trang này cập nhật lần cuối: …`), alone or as one of its
    `<br>` lines: the article's update, wherever the site prints it. Another box's update names
    its box, not the page."""
    return bool(PAGE_REVISION.search(fold(short_text(line, MAX_PAGE_REVISION) or ""))) or (
        _revision_fact(line) is not None or _revision_break_line(line) is not None
    )


def _revision_break_line(el: _Element) -> str | None:
    """The `<br>` line of `el` naming the page as last changed, with its date (a site footer's
    `<font>` of the office's address, its phone and `Trang này cập nhật lần cuối: 22/04/2003`
    lines): that line, the others being the site's."""
    if el.find("br") is None:
        return None
    for text in "".join(broken_text(el)).split("\n"):
        line = " ".join(text.split())
        if (
            len(line) <= MAX_PAGE_REVISION
            and PAGE_REVISION.search(fold(line))
            and DATE_DIGITS.search(line)
        ):
            return line
    return None


def _revision_fact(el: _Element) -> str | None:
    """The fact of a wiki's document info line naming the page's last edit (`<bdi>ns/page.txt
    </bdi> · Sửa đổi lần cuối: 2026/12/04 09:12 bởi <bdi>account</bdi>`): the page's update
    line; the file's name before it and the account after are other facts."""
    text = short_text(el, MAX_FACTS_LINE)
    if text is None:
        return None
    return next(
        (
            fact
            for fact in FACT_SEPARATOR.split(text)
            if REVISION_FACT.match(fold(fact)) and DATE_DIGITS.search(fact)
        ),
        None,
    )


def _text_footer(page: Page, line: _Element) -> bool:
    """`line` is in a `<footer>` right after the block holding the text, inside the page's
    layout (VitePress's `VPDocFooter` under the doc, its `Cập nhật lần cuối: …`): the text's
    own footer, where its update line is printed, not the site's footer closing the page; so is
    a block its class calls a footer right after the text's own block (WebsiteBaker's `<div
    class="post-footer">` under `post-long`, its `Sửa lần cuối: …`). A rule (`<hr>`) between
    the text and the footer sets it apart, no more (a documentation theme's `</main><hr>
    <footer>… Cập nhật lần cuối: …`)."""
    footer = next(line.iterancestors("footer"), None) if line.tag != "footer" else line
    text = body_container(page)
    if text is not None and _classed_footer_after(line, text):
        return True
    if footer is None or text is None or footer.getparent() is None:
        return False
    if footer.getparent().tag == "body":
        return False
    before = element_before(footer)
    if before is not None and before.tag == "hr":
        before = element_before(before)
    return before is not None and (before is text or any(n is before for n in text.iterancestors()))


def _classed_footer_after(line: _Element, text: _Element) -> bool:
    """`line` is in a block classed as a footer whose previous element is the text's block."""
    for block in (line, *line.iterancestors()):
        if FOOTER_WORD.search(block.get("class") or ""):
            return element_before(block) is text
    return False


def _among_comments(page: Page, line: _Element) -> bool:
    """`line` is in a block the readers' comments title (`Ý kiến bạn đọc`, `Bình luận`): a
    reader's time, though on the article's day and by its text."""
    return any(
        title is not None and title is not line
        for box in line.iterancestors("div", "section")
        for title in [_comments_title(page, box)]
    )


def _in_apparatus(line: _Element) -> bool:
    """`line` is one of the text's notes or references, in a box its heading titles so (a
    journal's `<div><h4>Chú thích</h4><ol><li>Phỏng vấn …, ngày 14/7/2026.</li>`, `Tài liệu
    tham khảo`, `References`): the day of a source the text cites, not the article's."""
    for box in self_and_ancestors(line, ITEM_LEVELS):
        title = next((node for node in box if isinstance(node.tag, str)), None)
        if (
            title is not None
            and title.tag in APPARATUS_HEADINGS
            and APPARATUS_TITLE.fullmatch(fold(text_of(title)).strip(" :"))
        ):
            return True
    return False


def _classed_published(line: _Element) -> bool:
    """`line` is classed as the article's publish date by itself (`<p class="date-published">
    Xuất bản trực tuyến: 04/12/2026</p>` among a journal's facts in its sidebar): the article's
    own line, wherever the box around it sits, and the whole line (the box's other days are
    not part of it). So is microformats' `dt-published` `<time>` of an `h-entry` (WriteFreely
    prints it in the footer after the post, beside the previous post's day), and a line
    classed as the page's creation that says so (`CREATED_LINE`)."""
    names = line.get("class") or ""
    if PUBLISHED_LINE_CLASS.search(names):
        return True
    if not CREATED_LINE_CLASS.search(names):
        return False
    return CREATED_LINE.match(fold(short_text(line, MAX_LINE) or "")) is not None


def facts_column(page: Page) -> _Element | None:
    """The outermost box of the page's furniture around a line classed as the article's
    publish date or creation (`_classed_published`: a journal's sidebar with `Xuất bản trực
    tuyến: 04/12/2026`, a knowledge base's entity meta) or around a facts table's creation row
    (`_creation_row`: a help centre's info panel, `<td>Ngày tạo:</td><td>28/11/2026 09:40</td>`):
    the column of the article's facts, whose view count, section and tags (`Lượt xem: 238`, a
    `Chuyên mục` box) are the article's too, though the column is furniture."""
    if "facts_column" not in page.memo:
        column = None
        created = [el for el in named(page, CREATED_LINE_CLASS) if _classed_published(el)]
        rows = [cell for cell in page.root.iter("td") if _creation_row(cell)]
        for el in [*named(page, PUBLISHED_LINE_CLASS), *created, *rows]:
            if in_zone(page, el) and search_datetime(text_of(el), now=page.fetched_at) is not None:
                column = next(reversed([a for a in el.iterancestors() if is_zone(a)]), None)
                break
        page.memo["facts_column"] = column
    return page.memo["facts_column"]


def _comments_title(page: Page, box: _Element) -> _Element | None:
    """The first child with text of `box` when it titles the readers' comments. The date lines
    of a page share most of their blocks, which hold most of the page: each block is asked once
    a page, its first child with text found by its first character and the title read only up
    to a title's length (reading whole blocks at every date line took half of a Vietnamese
    page's extraction)."""
    known = page.memo.setdefault("comments_titles", {})
    if box not in known:
        first = next(
            (node for node in box if isinstance(node.tag, str) and text_start(node, 1)), None
        )
        titled = first is not None and first.tag in COMMENT_TITLE_TAGS
        title = short_text(first, MAX_COMMENTS_TITLE) if titled else None
        known[box] = first if title is not None and COMMENTS_TITLE.match(fold(title)) else None
    return known[box]


def _in_listed_item(page: Page, el: _Element) -> bool:
    """`el` prints the date of an item of a list of other articles (`<li><a href="/tin/…">Giá
    lúa tăng mạnh, nông dân phấn khởi vào vụ mới</a> <span>04/12/2025 07:00</span></li>` in a
    `Đọc nhiều` box no class marks as furniture): a short list item, or a short table row (an
    old layout's `TIN MỚI` box, a row a link and its day `(01/01/2009)`), or one of a run of
    like siblings (`_repeated_item`), `el` or a few levels above it, holds a link titling
    another article, and not the headline. That article's time, not this one's. A link to the
    page's history of edits (`_edit_link`) or to the posts of the page's own day
    (`links_own_day`: a gallery's facts, `<dd>` after `<dd>`) titles no article."""
    nodes = list(self_and_ancestors(el, ITEM_LEVELS))
    listed = next((node for node in nodes if node.tag in ("li", "tr")), None)
    items = [listed] if listed is not None else []
    return any(_titles_another(page, item) for item in items + list(filter(_repeated_item, nodes)))


def _titles_another(page: Page, item: _Element) -> bool:
    """The list item `item` is short, not the headline's block, and links another article by
    its title. A link printing the headline's own words (a forum message's subject linking
    its permalink, `…&goto=21904#msg_21904`) titles this article, not another."""
    if short_text(item, MAX_LISTED_ITEM) is None:
        return False
    headline = headline_element(page)
    if headline is not None and (item is headline or item in headline.iterancestors()):
        return False
    printed = fold(text_of(headline)) if headline is not None else None
    return any(
        titles_article(link, page)
        and not (_edit_link(link) or links_own_day(page, link))
        and fold(text_of(link)) != printed
        for link in item.iter("a")
    )


def _repeated_item(node: _Element) -> bool:
    """`node` is one of several siblings of its tag and class (an old table layout's `Tin đọc
    nhiều` column of `<div class="hot-item">`, each a picture, a title and its day): an item of
    a list, though no `<li>` or `<tr>` says so."""
    parent, kind = node.getparent(), node.get("class")
    if parent is None or not kind:
        return False
    return sum(1 for n in parent if n.tag == node.tag and n.get("class") == kind) >= MIN_ITEMS


def _edit_link(link: _Element) -> bool:
    """A link whose words open with an update's label (Confluence's `sửa đổi lần cuối bởi …
    vào 05/12/2026 09:10` linking the page's history of versions): the page's own edit line,
    whose date is this page's, not another article's."""
    return MODIFIED_LABEL.match(fold(text_of(link))) is not None


def _titled_days(page: Page) -> list[_Element]:
    """The elements printing only a day relative to today (`Hôm qua`, `2 ngày trước`, a short
    age `3d`, no date hint: alone it names no time) under a `title` or a tooltip (`TOOLTIPS`)
    stating the date (`<span title="04/12/2025 22:30">Hôm qua</span>`): the publish line the
    page shows on hover (see `_hover_date`). A link holding only the count and its unit, the
    `trước` after it (a tracker's `Thêm bởi X <a title="04/12/2026 14:25" href="…/activity">2
    ngày</a> trước`), gives the line holding both: the link goes to a list of the day's
    activity, its date no other page's."""
    found = []
    for name in TOOLTIPS:
        for title in page.attribute_values(name):
            if len(title) > MAX_LINE or not DATE_DIGITS.search(title):
                continue
            for el in page.bearing(name, title):
                shown = " ".join(text_of(el).split())
                if el.getparent() is not None and _counts_back(page, shown, el.tail or ""):
                    found.append(el.getparent())
                elif (
                    RELATIVE_DAY.fullmatch(shown)
                    or SHORT_AGE.fullmatch(shown)
                    or _counts_back(page, *_count_and_rest(shown))
                ):
                    found.append(el)
    return found


def _split_relative_days(page: Page) -> list[_Element]:
    """The elements printing a day relative to today with its clock in a child of their own
    (a forum post's `<span class="date">Hôm qua, <span class="time">21:40</span></span>`): a
    whole instant, though no one text of the page prints both, as `Hôm qua, 21:40` would."""
    return [
        el
        for el, own in own_texts_with(page, (RELATIVE_DAY,))
        if len(el)
        and RELATIVE_DAY_OWN.fullmatch(" ".join(own.split()))
        and RELATIVE_DAY_CLOCK.fullmatch(" ".join(text_of(el).split()))
    ]


def _count_and_rest(shown: str) -> tuple[str, str]:
    """A relative line split after its unit (`2 ngày` and `trước` of `2 ngày trước`), as
    `_counts_back` weighs a count and the text after it."""
    count, _, rest = shown.rpartition(" ")
    return count, rest


def _counts_back(page: Page, shown: str, after: str) -> bool:
    """`shown` is a count and its unit (`2 ngày`) the text after it makes a time counted back
    from now, whole (`2 ngày trước`)."""
    if not shown[:1].isdigit() or not after.strip():
        return False
    text = f"{shown} {after.strip()}"
    found = search_datetime(text, now=page.fetched_at)
    return found is not None and found.rule == "relative" and found.end - found.start == len(text)


def _in_caption(el: _Element) -> bool:
    """A date in a picture's or a video's caption (`<figcaption>`, `<p class="video-caption">
    Bản tin Thời sự 12h ngày 03/12/2025</p>`, or a line beside a picture repeating its alt or
    title text): when the picture was taken or the bulletin aired, not when the article was
    posted."""
    return (
        any(
            node.tag in ("figcaption", "caption") or _caption_classed(node) or _captions_row(node)
            for node in self_and_ancestors(el, CAPTION_LEVELS + 1)
        )
        or _repeats_picture_text(el)
        or _italic_under_picture(el)
    )


def _italic_under_picture(el: _Element) -> bool:
    """`el` is in a paragraph set in italics right under a paragraph holding a picture and no
    words (a wiki's `<p><a class="image"><img …></a></p><p><em>Khung dệt …, ngày 29/11/2026.
    </em></p>`), or under the picture itself (a mailing's `<img …><p><em>…</em></p>`): the
    picture's caption, as the body reads it."""
    para = next((n for n in self_and_ancestors(el, CAPTION_LEVELS + 1) if n.tag == "p"), None)
    before = para.getprevious() if para is not None else None
    if before is None or not _picture_alone(before):
        return False
    text = text_of(para)
    italic = sum(len(text_of(part)) for part in para.iter("em", "i"))
    return bool(text) and italic >= len(text) - 2


def _picture_alone(el: _Element) -> bool:
    """`el` is a picture, or a paragraph holding one and no words."""
    if el.tag == "img":
        return True
    return el.tag == "p" and el.find(".//img") is not None and not text_of(el)


def _captions_row(node: _Element) -> bool:
    """`node` is the italic cell under a picture's own row (`row_caption`): its caption."""
    row = node.getparent() if node.tag == "td" else None
    above = row.getprevious() if row is not None else None
    picture = above.find(".//img") if above is not None and above.tag == "tr" else None
    return picture is not None and row_caption(picture) is node


def _caption_classed(node: _Element) -> bool:
    """`node`'s class names a caption: a caption word (over words, `_has_words`), or a type
    scale's small print (`text-caption`, which a Quasar or Vuetify page sets on its date line
    and its counts as on its captions) in a box beside a picture."""
    names = node.get("class") or ""
    if not CAPTION_CLASS.search(names):
        return False
    if CAPTION_CLASS.search(TYPE_SCALE_CAPTION.sub(" ", names)) and _has_words(node):
        return True
    box = node.getparent()
    return box is not None and next(box.iter("img", "picture", "video"), None) is not None


def _has_words(node: _Element) -> bool:
    """`node` prints a letter: a day alone in small print classed `caption` (a Vuetify card's
    `<div class="caption">04/12/2026</div>` under `Chỉnh sửa lần cuối bởi`) captions nothing
    unless a picture is beside it."""
    return any(char.isalpha() for char in text_of(node))


def _repeats_picture_text(el: _Element) -> bool:
    """`el` says what a picture in its box says in its alt or title (`<div><img alt="Uman,
    28. April 2023"><p>Uman, 28. April 2023</p></div>`): the picture's caption, classed or not."""
    box = el.getparent()
    text = " ".join(text_of(el).split())
    if not text or box is None:
        return False
    said = {
        " ".join((img.get(key) or "").split()) for img in box.iter("img") for key in PICTURE_TEXT
    }
    return text in said


def _post_fact(el: _Element) -> bool:
    """`el` is the value of the article's fact labelled its publish day (`<dt>Ngày đăng</dt>
    <dd>02/12/2025 10:10</dd>` in a facts box inside the `<article>`, furniture by its tag)."""
    return bool(POST_FACT.fullmatch(article_fact(el)))


def _typed_publish_date(el: _Element) -> bool:
    """The article's own publish date by its microdata (`<time itemprop="datePublished">` in
    the element typed `schema.org/Article`), whatever the class of the box around it (TYPO3
    prints it in a `<div class="footer">` under the headline)."""
    for node in (el, *el.iterancestors()):
        if node.get("itemprop") == "datePublished":
            scope = next((a for a in node.iterancestors() if a.get("itemscope") is not None), None)
            return scope is not None and bool(ARTICLE_TYPE.search(scope.get("itemtype") or ""))
    return False


# A document's place-date line, folded: the place, its comma and the day (`Gia Lai, ngày 02
# tháng 12 năm 2026`).
PLACE_DATE = patterns.compile(r"\s*[a-z][^\d,:|]{1,30},\s*ngay\s+\d")


def _date_line(el: _Element, around_headline: set[_Element]) -> _Element | None:
    """The element holding the whole date line: climb while the text stays short (a time in a
    sibling span, an icon between date and time), never into the block holding the headline
    (whose own date, `Bản tin ngày 04/12/2025`, names what it reports on). A document's
    place-date line (`Gia Lai, ngày 02 tháng 12 năm 2026`) is whole: not into the row of the
    header table beside its number's cell (`Số: 47/BT-TA`)."""
    text = short_text(el, MAX_LINE)
    if text is None:
        return None
    line = el
    parent = el.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if (
            parent in around_headline
            or _labelled_cell(line)
            or _beside_dropdown(line)
            or _labelled_time_beside_another(line, parent)
            or _labelled_among_fields(line, parent)
        ):
            break
        parent_text = short_text(parent, MAX_LINE)
        if parent_text == text:
            line, parent = parent, parent.getparent()
            continue
        if parent_text is None or PLACE_DATE.match(fold(text)) or _labelled_own_line(line, text):
            break
        if re.search(r"\d{1,2}\s*[:hg]\s*\d{2}", text):
            # the line already has its time, and its label when one is printed before its
            # element (`Ngày xuất bản: <span>30/08/2025 4:45:10 CH</span>`)
            return parent if _labelled_before(line) else line
        line, text, parent = parent, parent_text, parent.getparent()
    return line


def _labelled_time_beside_another(line: _Element, parent: _Element) -> bool:
    """`line` is a label and the one `<time>` it holds, beside another `<time>` in `parent` (a
    page's footer `<div>Tạo lúc: <time title="…">2 ngày trước</time></div><div>Cập nhật lúc:
    <time title="…">1 ngày trước</time></div>`): a line of its own, each label with its time."""
    times = list(line.iter("time"))
    if len(times) != 1 or times[0] is line or not (shown := text_of(times[0])):
        return False
    before = "".join(line.itertext()).partition(shown)[0]
    return bool(DATE_LABEL.search(before)) and any(
        other is not times[0] for other in parent.iter("time")
    )


def _label_before(line: _Element) -> _Element | None:
    """The element right before `line` classed as a field's label (`<span class="…__label">
    Created</span>`), holding a short label and no digit: `line` is that field's value."""
    label = line.getprevious()
    if label is None or (label.tail or "").strip() or not LABEL_CLASS.search(classes(label)):
        return None
    text = text_of(label)
    return (
        label if 0 < len(text) <= MAX_FIELD_LABEL and not any(c.isdigit() for c in text) else None
    )


def _labelled_among_fields(line: _Element, parent: _Element) -> bool:
    """`line` is a date field's value after its label's own element, in a line of other fields
    (ClickUp's `<span>Vũ Thị Mai Anh</span> <span class="…__label">Created</span> <span>Nov 30,
    2026</span> · <span>Last updated …</span>`): the value is the printed line, the label
    another element's and the creator before them another field. Where the label and the value
    are all their parent holds (PubPub's `Published on Dec 01, 2026`), the parent is the line."""
    label = _label_before(line)
    together = f"{text_of(label)} {text_of(line)}" if label is not None else ""
    return label is not None and " ".join(text_of(parent).split()) != " ".join(together.split())


def _labelled_own_line(line: _Element, text: str) -> bool:
    """`line` is a block opening with the post's label (`<div>Đăng ngày 01/12/2026</div>`
    under a builder's `<div>Ảnh và bài: …</div>` in one text module): a whole line of its own,
    its label its start; the block around it holds other lines, not more of this one."""
    return line.tag in ("div", "p") and bool(POST_LINE.match(fold(text)))


def _labelled_cell(el: _Element) -> bool:
    """`el` is a table cell whose label stands alone in the cell before it (`<td>Ngày
    đăng:</td><td>05/12/2006</td>`), or a block under a block its class calls the field's
    heading or label (Quarto's title block, `<div class="quarto-title-meta-heading">Ngày xuất
    bản</div><div class="quarto-title-meta-contents"><p class="date">03/12/2026</p></div>`,
    a heading over its value with no colon): the date is the field's value, its line the cell;
    the label is another cell's, no part of the line as printed."""
    before = el.getprevious()
    if before is None:
        return False
    if _keyed_value(el, before):
        return True
    label = text_of(before)
    if el.tag in ("td", "th") and before.tag in ("td", "th"):
        return len(label) <= MAX_FIELD_LABEL and bool(DATE_LABEL.search(label))
    return (
        el.tag == "div"
        and before.tag == "div"
        and not (before.tail or "").strip()
        and bool(FIELD_HEADING_CLASS.search(before.get("class") or ""))
        and 0 < len(label) <= MAX_FIELD_LABEL
        and not any(char.isdigit() for char in label)
    )


def _keyed_value(el: _Element, before: _Element) -> bool:
    """`el` is classed as a field's value after its key's own element, a colon alone between
    them or none (a properties block's `<span class="page-property-key">date</span><span>:
    </span><div class="page-property-value">Dec 3rd, 2026</div>`): the value is the line, the
    key another element's."""
    if text_of(before) == ":" and not (before.tail or "").strip():
        before = before.getprevious()
    if before is None or (before.tail or "").strip():
        return False
    key = text_of(before)
    return (
        bool(FIELD_VALUE_CLASS.search(el.get("class") or ""))
        and bool(FIELD_KEY_CLASS.search(before.get("class") or ""))
        and 0 < len(key) <= MAX_FIELD_LABEL
        and not any(char.isdigit() for char in key)
    )


def _labelled_before(el: _Element) -> bool:
    """The text just before `el` in its parent is a label (`Ngày xuất bản:`), or an update's
    label, colon or none (Jive's `Sửa đổi lần cuối vào <span>05/12/2026 08:12:44</span>`, a
    help centre's `Đã cập nhật <time>…</time>`)."""
    before = el.getprevious()
    text = (before.tail if before is not None else el.getparent().text) or ""
    label = fold(text)
    if len(text) <= MAX_LABEL_BEFORE and MODIFIED_LABEL.search(label):
        return True
    return bool(DATE_LABEL.search(text) or UPDATE_LABEL_ALONE.fullmatch(label.strip()))


def _opening_line(el: _Element) -> str | None:
    """The text an element opens with, before its first child, when that alone is a short
    line holding a date; when it is a line of short facts (`Ngày đăng: 05/12/2026 07:30 |
    Nguồn: … | Tác giả: … | Lượt xem: 962`, too long for one date line), its facts up to the
    last holding a date: those say when, the facts after them other things; when it is an
    update's or correction's note (`NOTE_STAMP`), its stamp; when it is the page naming itself
    as last changed (`PAGE_REVISION`, a wiki's footer before the editor's link, or one `<br>`
    line of a footer's), that line; when it opens with a child, the fact of a wiki's document
    info naming the last edit (`_revision_fact`)."""
    text = " ".join((el.text or "").split())
    if (revision := _revision_break_line(el)) is not None:
        return revision
    if not text:
        return _revision_fact(el)
    if len(text) <= MAX_PAGE_REVISION and PAGE_REVISION.search(fold(text)):
        return text  # `Trang này … được sửa lần cuối vào 05-thg 12-2026 10:32 bởi <a>…</a>`
    if len(text) <= MAX_LINE:
        return text if DATE_DIGITS.search(text) else None
    if stamp := NOTE_STAMP.match(text):
        return stamp.group()
    dated = [fact for fact in line_facts(text, MAX_LINE) if DATE_DIGITS.search(fact)]
    return text[: text.rindex(dated[-1]) + len(dated[-1])] if dated else None


def line_facts(text: str | None, max_fact: int) -> list[str]:
    """The facts of a line of short facts (`FACT_SEPARATOR`), each at most `max_fact`
    characters; none when `text` is prose, a single fact or too long for such a line."""
    if text is None or len(text) > MAX_FACTS_LINE:
        return []
    facts = FACT_SEPARATOR.split(text)
    return facts if len(facts) >= MIN_FACTS and all(len(f) <= max_fact for f in facts) else []


def _read(page: Page, line: _Element, text: str | None = None) -> list[Visible]:
    """The line's publish or update time (`text`: the line's text, when not all of the
    element's), and an update time printed before or after the publish time on the same line
    (`Cập nhật: 01/12/2026 08:00 | Đăng: 30/11/2026 06:15`: the date search skips a labelled
    update time for a labelled publish time after it)."""
    if text is None:
        text = _without_length(line, machine_lengths(page))
    text = unicodedata.normalize("NFC", text)
    order = month_first(page)
    found = search_datetime(text, now=page.fetched_at, month_first=order)
    if found is None and _short_age(line):
        stated = _hover_date(page, line, distance(page, line))
        return [stated] if stated is not None else []
    if found is None or CLAUSE_AFTER.match(text, found.end) or MONTH_STRIP.search(text):
        return []
    away = distance(page, line)
    if found.rule == "relative" or not _has_time(found):
        relative = found.rule == "relative"
        stated = _hover_date(page, line, away) if relative else _hover_hour(page, line, found, away)
        if stated is not None:  # labelled as the line is (`Cập nhật 2 giờ trước`)
            shown = _visible(text, 0, found, away, order, line)
            first = stated._replace(modified=shown.modified, post=shown.post)
            return [first, *_hover_update_after(page, line, text[found.end :], first, away)]
    earlier = search_datetime(text[: found.start], now=page.fetched_at, month_first=order)
    lead = earlier.end if earlier else 0
    read = [_visible(text[: found.start], 0, earlier, away, order, line)] if earlier else []
    read.append(_visible(text, lead, found, away, order, line))
    updated = read[-1].modified  # the date the search took is an update time
    later = search_datetime(text[found.end :], now=page.fetched_at, month_first=order)
    later = later or _update_clock(text[found.end :], page.fetched_at)
    if later:
        shifted = later._replace(start=later.start + found.end, end=later.end + found.end)
        read.append(_visible(text, found.end, shifted, away, order, line))
    elif (after := _next_line(line)) and (clock := _update_clock(after, page.fetched_at)):
        read.append(_visible(after, 0, clock, away, order, line))
    # a day labelled as the post's before the update time the search took (`Ngày đăng:
    # 04/12/2026 · Cập nhật: 04/12/2026 16:12`) is the line's publish day
    read = [v for v in read if v.match is found or v.modified or (v.post and updated)]
    if ISO_STAMP.match(text.strip()) and _update_stamp(line.get("class") or ""):
        # hAtom's `updated` stamp in machine form (Avada's hidden `<span class="updated">`)
        return [v._replace(modified=True) for v in read]
    return read


# A part of a date line classed as a length (a podcast's `episode-duration` `14:32`, a blog's
# `reading-time` `2 phút đọc`, a CSS module's camel-cased `styles__episodeDuration___2xK3R`):
# how long the episode or the reading takes, no part of the date.
LENGTH_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:duration|reading-time|read-time|runtime)(?:$|\s)"
    r"|(?<=[a-z])(?:Duration|ReadingTime|ReadTime|Runtime)(?=$|[\s_])"
)
# … or printed as a reading time with no class (a notes generator's `<span>5 phút đọc</span>`
# after the `<time>`).
READING_TIME = patterns.compile(r"(?i)\d+\s*(?:phút\s+đọc|min(?:ute)?s?\s+read)")


def _without_length(line: _Element, lengths: frozenset[str] = frozenset()) -> str:
    """The line's text without a part classed as a length, reading as a reading time or
    printing the length the page's JSON-LD gives (`lengths`), at its end or between the day
    and the line's other facts (Audioboom's `Dec 4, 2026 · 21:48 · 2.4K plays`): `14:32`
    beside the day is no hour, and `2 phút đọc` printed flush after `03/12/2026` no part of
    its year."""
    text = text_of(line)
    for part in line.iterdescendants("*"):
        length = text_of(part)
        classed = (
            LENGTH_CLASS.search(part.get("class") or "")
            or READING_TIME.fullmatch(length)
            or length in lengths
        )
        if length and classed and (at := text.rfind(length)) >= 0:
            before, after = text[:at].rstrip(" ·•|-"), text[at + len(length) :].lstrip(" ·•|-")
            return f"{before} · {after}" if after else before
    return text


def machine_lengths(page: Page) -> frozenset[str]:
    """The recording's length as a clock prints it (`18:42`, `1:05:09`), from the `duration`
    or `timeRequired` its JSON-LD gives in ISO 8601 (`PT18M42S`): a clock printing it beside
    the day is the length, no hour (Castbox's `<span class="item icon time">18:42</span>`)."""
    if "machine_lengths" not in page.memo:
        found: set[str] = set()
        for item in page.json_ld:
            for key in ("duration", "timeRequired"):
                value = item.get(key)
                m = ISO_LENGTH.fullmatch(value.strip()) if isinstance(value, str) else None
                if m is None or not any(m.groups()):
                    continue
                hours, minutes, seconds = (int(part or 0) for part in m.groups())
                if hours:
                    found.add(f"{hours}:{minutes:02}:{seconds:02}")
                    found.add(f"{hours:02}:{minutes:02}:{seconds:02}")
                else:
                    found.add(f"{minutes}:{seconds:02}")
                    found.add(f"{minutes:02}:{seconds:02}")
        page.memo["machine_lengths"] = frozenset(found)
    return page.memo["machine_lengths"]


# A length in ISO 8601 (`PT18M42S`, `PT1H5M9S`).
ISO_LENGTH = patterns.compile(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", re.I)


def _next_line(line: _Element) -> str:
    """The text of the element right after `line`, nothing but spaces between (`<span>02/12/2025
    06:45</span> <span>Cập nhật lúc 9:15 SA</span>`): the rest of the line the reader sees,
    though the date's element ends before it."""
    after = line.getnext()
    if after is None or not isinstance(after.tag, str) or (line.tail or "").strip():
        return ""
    return " ".join(text_of(after).split())


def _update_clock(rest: str, now: datetime) -> DateMatch | None:
    """The clock alone of an update label closing the publish line (`02/12/2025 07:45
    <span>Cập nhật lúc 11:46</span>`): the update time, its day the line's (see `normalize`)."""
    clock = UPDATE_CLOCK.fullmatch(fold(rest))
    found = match_datetime(rest, now=now) if clock else None
    return found if found is not None and found.rule == "time" else None


# A post's label and its clock with no day (`Đăng lúc 09:15 SA`, `Xuất bản vào 21h05`, an
# English `posted at 6:00am +07`, a blog footer's poster between, `Publié par <a>…</a> à
# 07:45`, `Posted by <a>…</a> at 7:45 AM`), as printed, with the UTC offset it may state: a
# hint for `own_texts_with`, so no anchor.
POST_CLOCK = patterns.compile(
    r"(?:(?:[ĐđDd]ăng|[Xx]uất\s+bản)\s+(?:lúc|vào)|[Pp](?:osted|ublished)\s+at"
    r"|(?:[Pp]osted\s+by|[Pp]ublié\s+par)\s[^\x00|·•]{0,40}?\s(?:at|à))\s*:?\s*"
    r"(?P<clock>\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:SA|CH|AM|PM|am|pm))?)"
    r"(?:\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?))?"
)
CLOCK_IN_VIETNAM = patterns.compile(r"\+0?7(?::?00)?")  # a clock's offset that is Việt Nam's


def _post_clock(page: Page) -> str | None:
    """The clock of the line labelled as the post's nearest the headline after it, printing no
    day (a blog's entry footer `Đăng lúc 09:15 SA trong Thư bạn đọc` under its date header `03
    tháng 12, 2026`, a podcast item's `posted at 6:00am +07` under its release day): the hour of
    the day the publish line prints, which prints none. Not a reader's under the comments
    title, nor one from a line that prints a day too, nor one stated in another zone."""
    headline = headline_element(page)
    if headline is None:
        return None
    under = position(page, headline)
    for el, own in own_texts_with(page, (POST_CLOCK,)):
        if position(page, el) <= under or distance(page, el) > MAX_OVERRIDE_DISTANCE:
            continue
        line = short_text(el, MAX_LINE)
        printed = search_datetime(line, now=page.fetched_at) if line is not None else None
        if line is None or (printed is not None and printed.rule != "time"):
            continue
        if _among_comments(page, el) or _in_caption(el):
            continue
        label = POST_CLOCK.search(own)
        if label is None or not CLOCK_IN_VIETNAM.fullmatch(label.group("offset") or "+07"):
            continue  # another zone's clock is not the hour of the day printed in Việt Nam's
        found = match_datetime(label.group("clock"), now=page.fetched_at)
        if found is not None and found.rule == "time":
            return label.group("clock")
    return None


def _short_age(line: _Element) -> bool:
    """`line` prints a community app's short age (`<span title="Friday, December 4, 2026 at 7:52
    AM">3d</span>`) under a tooltip: no date the search reads, its title the time."""
    return any(
        SHORT_AGE.fullmatch(" ".join(text_of(el).split())) and any(el.get(n) for n in TOOLTIPS)
        for el in (line, *line.iterdescendants("*"))
    )


def _hover_date(page: Page, line: _Element, away: int) -> Visible | None:
    """The date a relative line shows on hover (`<span title="04/12/2025 07:40">1 giờ
    trước</span>`): the time the page states, where the line's own is no more exact than its
    unit and moves with the clock. A `<time>` stating it in `datetime` is read by that, the
    machine date, as printed there (GitBook's `Cập nhật lần cuối <time datetime="…Z">2 ngày
    trước</time>` under the text, too far from the headline for the page's machine date)."""
    for el in (line, *line.iterdescendants()):
        if stamp := (el.get("datetime") or "").strip():
            found = match_datetime(stamp, now=page.fetched_at)
            return _visible(stamp, 0, found, away, False, line) if found is not None else None
        if (titled := _tooltip_date(page, el, line, away)) is not None:
            return titled
    return None


def _hover_update_after(
    page: Page, line: _Element, rest: str, first: Visible, away: int
) -> list[Visible]:
    """The update a relative line prints after its relative publish time, labelled and under
    a title of its own (a Q&A page's `Đã hỏi <span title="…">3 ngày trước</span> Đã sửa <span
    title="…">2 ngày trước</span>`): the second of the line's two titled dates, as its first
    is the publish time."""
    later = search_datetime(rest, now=page.fetched_at)
    if first.modified or later is None or later.rule != "relative":
        return []
    if not MODIFIED_LABEL.search(fold(rest[: later.start])):
        return []
    titled = [v for el in line.iterdescendants() if (v := _tooltip_date(page, el, line, away))]
    return [titled[1]._replace(modified=True)] if len(titled) == 2 else []


def _hover_hour(page: Page, line: _Element, printed: DateMatch, away: int) -> Visible | None:
    """The date a line printing a day without an hour shows on hover, where it names an hour of
    that day (Q&A software's `hỏi <abbr class="timeago" title="2026-12-02 08:47:13 +0700">2 Thg
    12 '26</abbr>`): the time the page states, the printed short form only its day. A line
    holding a machine time in `datetime` (a forum's `<time datetime="…" title="22/8/25 lúc
    10:12">22/8/25</time>`) is weighed against that machine time instead."""
    for el in (line, *line.iterdescendants()):
        if el.get("datetime"):
            return None
        titled = _tooltip_date(page, el, line, away)
        if titled is not None:
            return titled if _has_time(titled.match) and _same_day(printed, titled.match) else None
    return None


def _tooltip_date(page: Page, el: _Element, line: _Element, away: int) -> Visible | None:
    """The date `el`'s title or tooltip (`TOOLTIPS`) states, not counted back from now."""
    for name in TOOLTIPS:
        title = unicodedata.normalize("NFC", " ".join((el.get(name) or "").split()))
        found = search_datetime(title, now=page.fetched_at) if title else None
        if found is not None and found.rule != "relative":
            return _visible(title, 0, found, away, month_first(page), line)
    return None


def _visible(
    text: str, lead: int, found: DateMatch, away: int, order: bool, line: _Element
) -> Visible:
    """A date of a line as printed: with its label and weekday when they open the line (or
    follow the date before it, from `lead`), and with what follows when it is decoration or
    restates Việt Nam's zone after a clock printed first (`16:30 - 24/11/2025 (GMT+7)`)."""
    prefix, suffix = text[lead : found.start], text[found.end :]
    folded_prefix = fold(prefix)
    unlabelled = _unlabelled(folded_prefix)
    is_modified = bool(MODIFIED_LABEL.search(folded_prefix)) or (
        unlabelled and (bool(MODIFIED_LABEL.search(_field_label(line))) or _after_editor(line))
    )
    label = WEEKDAY.sub("", folded_prefix)  # `Thứ 6, ` is part of the line, its digit too
    numbered = re.search(r"\d", label) and not ISSUE_BEFORE.search(folded_prefix)
    # a wiki footer's whole sentence naming the page as last changed is its label, however long
    # (`Trang này được sửa đổi lần cuối vào 16:42, ngày 3 tháng 12 năm 2026`)
    revision = PAGE_REVISION.match(folded_prefix.strip()) is not None
    start = lead if (len(prefix) <= 30 or revision) and not numbered else found.start
    labelled = (
        LABEL_AFTER_ITEMS.search(prefix) or POST_LABEL_AFTER_ITEMS.search(folded_prefix)
        if start == found.start
        else None
    )
    own = _own_label(line, prefix, text[found.start : found.end]) if start == found.start else ""
    if labelled:
        start = lead + labelled.start(1)
    elif own:
        start = found.start - len(own)  # `<span>Desk</span><span>Cập nhật lần cuối: 27/11/…`
    elif start == lead and (
        _items_before(folded_prefix)
        or _account_before(prefix)
        or _link_before(line, prefix)
        or _list_items_before(line, prefix)
    ):
        start = found.start  # `Thanh Tâm · 01/12/2025 06:00`: the line's items, not the date's
    field = MAIL_FIELD.match(prefix)
    if start == lead and field and mail_header(line):
        start = lead + field.end()  # an e-mail's `Date:` header: the field's name, no label
    weekday = WEEKDAY_BEFORE.search(folded_prefix)
    if (
        weekday
        and not DATE_LABEL.search(prefix[: weekday.start()])
        and not POSTED_BEFORE.search(folded_prefix[: weekday.start()])
        and not UPDATED_BEFORE.search(folded_prefix[: weekday.start()])
    ):
        start = lead + weekday.start()  # `bởi Trần Thị Hoa - Thứ Hai, …`: the name is no label
    # a closing bracket or the full stop of a line written as a sentence is the line's
    end = len(text) if not suffix.strip(" )].") or LOCAL_ZONE_AFTER.fullmatch(suffix) else found.end
    raw = _unenclosed(_unbracketed(text[start:end].strip(EDGE)))
    released = bool(RELEASE_LABEL.search(folded_prefix))
    posted = bool(POST_LABEL.search(folded_prefix)) or (
        unlabelled and bool(POST_LABEL.search(_field_label(line)))
    )
    return Visible(raw, found, away, is_modified, line, order, released, posted)


def _own_label(line: _Element, prefix: str, printed: str) -> str:
    """The label opening the date's own element inside `line`, before the date `printed` (a
    help article's `<span>Phòng Phục vụ bạn đọc</span><span>Cập nhật lần cuối: 27/11/2026
    </span>`, a help centre's `<span>Viết bởi …</span> <span>Cập nhật vào 3 tháng 12, 2026
    </span>`, an update's label typed without its colon): the date's, though the line's other
    items stand before it; else ``."""
    for el in line.iterdescendants():
        own = text_of(el) if isinstance(el.tag, str) else ""
        label = own[: own.find(printed)] if printed in own else ""
        typed = DATE_LABEL.fullmatch(" " + label) or UPDATE_LABEL_ALONE.fullmatch(
            fold(label).strip()
        )
        if label and typed and prefix.endswith(label):
            return label
    return ""


def _unlabelled(folded_prefix: str) -> bool:
    """Nothing but a weekday stands before the date in its element (HackMD's `Thu, Dec 3, 2026
    9:42 AM` after its `Last edited` span): the field's label, if any, is the element's own."""
    return WEEKDAY_ALONE.fullmatch(folded_prefix.strip(" ([")) is not None


def _account_before(prefix: str) -> bool:
    """The poster's login closes what stands before the date (a wiki's subtitle `vp_cds 04
    tháng 12 năm 2026 lúc 15:42`, a forum's `Tác giả chủ đề: canhbao_antt, 04 Tháng 12, …`):
    who posted, no label of the date."""
    words = prefix.strip(EDGE).split()
    return bool(words) and is_account(words[-1])


# A field of an e-mail's header as a mail archive prints it, one a line (`From: …`, `Date: …`).
MAIL_FIELD = patterns.compile(r"\s*(from|date|subject|to|cc)\s*:", re.I)
MAIL_HEADER_LEVELS = 2  # a field's element and its parent, where the header's list is looked for


# A Unix time in a class (`time_1796351400`): the instant a script prints the element's text from.
UNIX_CLASS = patterns.compile(r"(?:^|\s)time_(\d{9,11})(?:\s|$)")


def mail_header(field: _Element) -> bool:
    """`field` (or its parent) is a line of an e-mail's header, listed beside a `From:` and a
    `Date:` line (MHonArc's `<ul><li>From: …</li><li>Date: …</li></ul>`)."""
    for el in islice((field, *field.iterancestors()), MAIL_HEADER_LEVELS):
        parent = el.getparent()
        if parent is None:
            return False
        names = {m.group(1).lower() for line in parent if (m := MAIL_FIELD.match(text_of(line)))}
        if {"from", "date"} <= names:
            return True
    return False


def _link_before(line: _Element, prefix: str) -> bool:
    """What opens the line before the date is all a link's text (a category link over the
    headline beside the day, Weblium's `<a>Cáo phó</a> 03/12/2026`), or a writer's label and a
    link's text (a site builder's `By <a>Phan Gia Hưng</a> Dec 1, 2026`): another item, no
    label."""
    before = prefix.strip(EDGE)
    for link in line.iter("a"):
        name = text_of(link)
        if name and before.endswith(name):
            label = fold(before[: -len(name)]).strip()
            if not label or WRITER_LABEL.fullmatch(label):
                return True
    return False


def _list_items_before(line: _Element, prefix: str) -> bool:
    """What opens the line before the date is the text of the list's first items, no digit in
    them (a page builder's `<ul class="…post-info">` of a writer's `<li>`, then the day's and
    the clock's): other items, no label."""
    if line.tag not in ("ul", "ol"):
        return False
    before, texts = " ".join(prefix.split()), []
    for item in line.iterchildren("li"):
        texts.append(" ".join(text_of(item).split()))
        joined = " ".join(texts)
        if joined == before:
            return not re.search(r"\d", joined)
        if not before.startswith(joined):
            return False
    return False


def _items_before(folded_prefix: str) -> bool:
    """What opens the line before the date is another item set apart by a separator (a name,
    a section, `Thời sự | `, a labelled writer `Tác giả: Hồng Nhung - `, a poster's credit
    and its comma `Đăng bởi Trần Quốc Bảo, `), not the date's label
    or weekday (`Đăng lúc | `, `Thứ Hai · `, `Ngày đăng: Thứ Ba - `), nor a newsletter's name
    and issue number right before it (`Thư Gió Bấc · Số 47 · `: the issue line, whole)."""
    if ISSUE_BEFORE.search(folded_prefix):
        return False
    if POSTER_BEFORE.match(folded_prefix):
        return True  # `Đăng bởi Trần Quốc Bảo, 03 Th12 2026`: who posted, then the day
    items = ITEMS_BEFORE.match(folded_prefix) or LABELLED_ITEM_BEFORE.match(folded_prefix)
    return bool(
        items
        and not WEEKDAY_BEFORE.search(folded_prefix)
        and not MODIFIED_LABEL.search(items.group(1))
        and not POST_FACT.search(items.group(1))
    )


def _unbracketed(raw: str) -> str:
    """The date without the bracket it opens with when the bracket closes after the part read
    (`[17/03/2010 - 07:45] (Đã xem 987 lần)`, read up to the time): the pair is decoration,
    and one half of it alone is no part of the date."""
    closer = CLOSERS.get(raw[:1])
    return raw[1:].strip(EDGE) if closer and closer not in raw else raw


def _unenclosed(raw: str) -> str:
    """A date line without the one bracket pair enclosing it whole (`(Cập nhật 08:15 ngày
    03/12/2025)` after the publish line or opening the text, `(Tin đăng ngày 30/11/2026, lúc 15
    giờ 20)` under the headline): the pair sets the note apart and says nothing of the time."""
    closer = CLOSERS.get(raw[:1])
    if closer and raw.endswith(closer) and closer not in raw[1:-1]:
        return raw[1:-1].strip(EDGE)
    return raw


def _after_editor(line: _Element) -> bool:
    """`line` follows an update's label and the editor's name in the element holding it
    (`<div>Sửa lần cuối bởi Trần Văn Long · <span>05/12/2026 16:20</span></div>`, an intranet's
    `Last edited by`): the update time, as a label right before it would say."""
    before = texts_before(line)
    return before is not None and UPDATED_BY.fullmatch(fold("".join(before)).strip()) is not None


def _field_label(line: _Element) -> str:
    """The label of the field whose value `line` is, standing alone in the element before it
    (a properties table's `Chỉnh sửa lần cuối` cell beside the date), folded; else empty. A
    link is no label (an intranet's author link `Lê Thị Thu Hà` before its `<time>`, which
    folds to the words of an exam's day)."""
    before = line.getprevious()
    if before is None or len(before) or (before.tail or "").strip() or before.tag == "a":
        return ""
    label = (before.text or "").strip()
    return fold(label) if len(label) <= MAX_FIELD_LABEL and not re.search(r"\d", label) else ""


def _same_instant(line: Visible, machine: DateMatch, now: datetime) -> bool:
    """The visible line, read on its own as the publish time will be, gives the machine instant
    to the second (relative lines such as `2 giờ trước` depend on the clock: never)."""
    if line.match.rule == "relative":
        return False
    again = match_datetime(line.raw, now=now, month_first=line.month_first)
    return again is not None and _seconds(again.value) == _seconds(machine.value)


def _seconds(value: datetime) -> datetime:
    return value.replace(microsecond=0)


def _has_time(found: DateMatch) -> bool:
    return (
        found.rule in ("dmy_time", "time_dmy", "mdy_time", "time_mdy")
        or found.value.time() != datetime.min.time()
    )


def url_date(url: str, now: datetime) -> date | None:
    """The creation day encoded in an article URL (`…-20260307075519174.htm`), if any: a day
    after the fetch (`now`) is a number that only looks like a date."""
    tail = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
    m = URL_STAMP.search(tail.rsplit("-", 1)[-1]) or URL_PATH_DATE.search(url)
    if m is None:
        return None
    year = int(m.group("y4")) if m.group("y4") else 2000 + int(m.group("y2"))
    try:
        made = date(year, int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    today = now.astimezone(LOCAL_TZ).date() if now.tzinfo else now.date()
    return made if date(2000, 1, 1) <= made <= today + timedelta(days=1) else None
