"""View counts as Vietnamese news sites print them (`9,330 lượt xem`, `Đã xem: 1.204`, `1,2K`,
`👁 12.504`).

Both `.` and `,` group thousands (body text uses `.`, baothaibinh's counter uses `,`); a
separator followed by one or two digits is a decimal only before a multiplier (`1,2 nghìn`).
Anything else in the string besides a known label makes the result None rather than a guess,
except other counts or a date in their own part of the line (`1.203 lượt xem · 15 bình luận`):
the part the view label names is read. A count above ten billion is a misread, not a count.
"""

from __future__ import annotations

import re

from parsers import patterns
from parsers.vietnamese.text import BLANK_LOOKALIKES, TAG_CHARS, clean_text, fold

# A plus sign before a count opening a part (`Lượt xem: +1.234`, `+99 lượt xem`) is its sign.
# Chinese `万` and Korean `만` are ten thousand, as `vạn` is; `chục` is ten, as `trăm` is a hundred;
# the other editions' words of thousands (Russian `тыс.`, German `Tsd.`) are `nghìn`, and India's
# `lakh` and `crore` a hundred thousand and ten million.
_NUMBER = patterns.compile(
    r"(?:(?<![\w.,+\-−])|(?<=(?<![\w.,])\+))(?P<num>\d[\d.,]*)"
    r"(?:\s*(?P<mult>k|n|chuc|tram|nghin|ngan|van|万|만|tr|trieu|ty|ti|m|b|тыс|tsd|lakh|crore)"
    r"(?![a-zа-я]))?\+?"
)
_GROUPED = patterns.compile(r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*")
_DECIMAL = patterns.compile(r"(?P<int>\d+)(?:[.,](?P<frac>\d{1,2}))?")
# A multiplier with the next digit after it, as social pages print it (`1k2`, `2tr5`): `1,2k`.
_DIGIT_AFTER_MULTIPLIER = patterns.compile(r"(?<![\w.,])(\d{1,3})(k|tr)(\d)(?![\w.,])")
# The same in words (`1 triệu 2`, `2 nghìn 5`, `2 vạn 3`, `1 tỷ 2`): one digit after the word is
# its next place, two its next two (`2 triệu 35`, 2.35 million), three its next three after a
# word of thousands (`1 nghìn 204`, 1,204).
_DIGIT_AFTER_WORD = patterns.compile(
    r"(?<![\w.,])(\d{1,3})\s*(trieu|nghin|ngan|van|ty|ti)\s+(\d{1,3})(?![\w.,])"
)
# … and a smaller word's count after a larger one's (`3 vạn 5 nghìn`, 35,000; `1 triệu 2 trăm
# nghìn`, 1,200,000; `1 tỷ 2 trăm triệu`, 1,200,000,000; `1 triệu 204 nghìn`, 1,204,000): the two
# amounts added.
_SMALLER_WORD_AFTER = patterns.compile(
    r"(?<![\w.,])(\d{1,3})\s*(ty|ti|trieu|van)\s+(\d{1,3})\s*(tram\s*)?(trieu|nghin|ngan)(?![a-z])"
)
# … and `lẻ` or `linh` (and no tens) after the word, then a count of units or of a smaller word
# (`1 nghìn lẻ 4`, 1,004; `1 triệu lẻ 5 nghìn`, 1,005,000): the two amounts added.
_ODD_AFTER_WORD = patterns.compile(
    r"(?<![\w.,])(\d{1,3})\s*(ty|ti|trieu|nghin|ngan)\s+(?:le|linh)\s+(\d{1,3})"
    r"(?:\s*(tram|trieu|nghin|ngan)(?![a-z]))?(?![\w.,])"
)
# Tens of thousands in words (`3 chục nghìn`, 30,000) are `vạn`s.
_TENS_OF_THOUSANDS = patterns.compile(r"(?<=\d)\s*chuc\s*(?:nghin|ngan)(?![a-z])")
# … and the hundreds after a thousand's word (`3 ngàn 4 trăm`, 3,400): its next place, and two
# digits after them its last two (`4 nghìn 3 trăm 21`, 4,321). (After a million's word they are
# no next place: `2 triệu 3 trăm` is 2,000,300.)
_HUNDREDS_AFTER_THOUSAND = patterns.compile(
    r"(?<![\w.,])(\d{1,3})\s*(?:nghin|ngan)\s+(\d)\s*tram(?:\s+(\d{2}))?(?![\w.,])"
)
# … and a half after the word (`2 triệu rưỡi`, `1 nghìn rưỡi`, `1 tỷ rưỡi`): five in its next
# place.
_HALF_AFTER_WORD = patterns.compile(
    r"(?<![\w.,])(\d{1,3})\s*(trieu|nghin|ngan|van|ty|ti)\s+ruoi(?![a-z])"
)
# A footnote's mark after the count (`1.204*`, `1.204 ⁽¹⁾`, a wiki's `1.204 [1]`), its note under
# the counter: no digit of the count.
_FOOTNOTE_MARK = patterns.compile(
    r"(?<=\d)\s?(?:\*{1,3}|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾|\[\d{1,2}\])(?![\d\w])"
)
# The platforms the views are summed over after the count (`1.204 trên 3 nền tảng`): another
# number, not the views.
_PLATFORMS = patterns.compile(r"(?<=\d)\s+tren\s+\d{1,2}\s*(?:nen\s*tang|kenh)(?![a-z])")
# An apostrophe between groups of three (`12'345`, as Swiss and some CMS locales print them; the
# modifier letter's too, `1ʼ204`), and a middle dot there (`1·204`, the Catalan and old British
# grouping), unspaced: a middle dot with spaces ends a part of the line.
_APOSTROPHE_GROUP = patterns.compile(r"(?<=\d)['’ʼ·∙⋅](?=\d{3}(?![\d.,]))")
# Arabic's thousands and decimal separators (`١٬٢٣٤`) and the raised comma (`1⸴204`), as the
# ASCII ones.
_ARABIC_SEPARATORS = str.maketrans("\u066c\u066b\u2e34", ".,,")
# Thousands split by spaces (`2 345`, a no-break space already made a space): one number.
_SPACED = patterns.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,])")
# What the label says is viewed, the page itself: the article (`Lượt xem bài viết`), a journal
# article's abstract on its abstract page (`Lượt xem tóm tắt`), a video page's video, a podcast
# page's episode (`Lượt nghe podcast`), the page (`Lượt xem trang`).
_OWN_PAGE = r"(?:\s*(?:bai\s*viet|bai|tom\s*tat|video|podcast|trang)(?![a-z]))?"
_LABELS = patterns.compile(
    r"(?:da\s*)?xem\s*boi|"  # the readers a post was seen by (`Đã xem bởi 1.126 người`)
    r"(?:so\s*)?luot\s*(?:xem|doc|nghe|phat|truy\s*cap|tai(?:\s*ve)?|tiep\s*can|hien\s*thi)"
    rf"{_OWN_PAGE}|(?:(?:so\s*)?(?:nguoi|ban\s*doc)\s*)?da\s*(?:xem|doc)"
    # `Bài viết đã được xem 1.234 lần`, `Tin đã được đọc 1.234 lần`
    r"|(?:(?:bai\s*(?:viet\s*)?|tin\s*))?(?:da\s*)?duoc\s*(?:xem|doc)"
    # a total's label (`Tổng lượt xem:`, `Tổng số lần xem:`; not a site's visits)
    r"|tong\s*(?:so\s*)?(?:luot|lan)\s*(?:xem|doc)"
    r"|tong(?=\s*:)"  # … and the total beside a period's views (`Lượt xem hôm nay: 12 | Tổng: …`)
    r"|(?:so\s*)?nguoi\s*(?:xem|doc)|(?:so\s*)?lan\s*(?:xem|doc)"
    r"|luot\s*nguoi\s*(?:xem|doc)"  # the times readers viewed it (`1.502 lượt người xem`)
    r"|hon|tren|>|≥"  # a floor: `Hơn 1.000 lượt xem`, `>1.000`, as `1.000+`
    r"|khoang|xap\s*xi|~|≈"  # about: `Khoảng 1.500 lượt xem`, `~1.000`, the number printed
    r"|^\s*(?:(?:bai\s*(?:viet)?|tin)\s*)?co(?=\s)"  # `Có 456 người đọc`, `Bài viết có …`
    r"|da\s*co(?=\s)"  # `Đã có 1.234 lượt xem` (has had)
    r"|(?:(?:bai\s*(?:viet)?|tin)\s*)?(?:da\s*)?thu\s*hut"  # `Bài viết đã thu hút 1.234 lượt xem`
    # this article or video: `… người đã xem bài viết này`, `… video này`
    r"|(?:bai\s*(?:viet\s*)?|tin\s*|video\s*)nay(?![a-z])"
    r"|(?:(?:post|page)\s*)?views?|hits?|reads"  # `Hits: 2345`, Drupal's `1,502 reads`
    r"|seen\s*by"  # an intranet's readers of the post: `Seen by 318`
    r"|lan|luot(?!\s*[a-z])"  # `3.187 lượt`, not `… lượt thích`
    r"|nguoi(?!\s*[a-z])"  # the count's unit after a views label: `Lượt xem: 4.321 người`
    r"|doc|xem|truy\s*cap"  # `Đọc 1.482 lần`, `Truy cập: 1.207`
    # the labels of the editions in other languages and their words of times (`Просмотров:
    # 1218`, `Visitas: 3.076`, `Lu 2 418 fois`, `Vues : 1 204`, `Aufrufe: 1.204`, `浏览：2346次`,
    # `閲覧数: 1,204`, `조회 1,234회`, `ເບິ່ງ 856 ຄັ້ງ`)
    r"|просмотр(?:ов|ы)|visitas|lecturas|lu|fois|vues|aufrufe|浏览|瀏覽|阅读|閱讀|閲覧数?|조회수?"
    r"|ເບິ່ງ|次|회|ຄັ້ງ"
    # … Portuguese, Spanish, Italian, Polish, Turkish, Indonesian with its `kali` (times) and Thai
    # (`Visualizações: 1.204`, `Wyświetlenia: 1 204`, `Dilihat 1.204 kali`, `ยอดวิว 1,204`)
    r"|visualiza(?:coes|ciones)|visualizzazioni|wyswietlenia|goruntulenme|dilihat|kali|ยอดวิว"
    # … Dutch, Swedish, Czech, Hungarian, Greek and Ukrainian, and Japanese's `回` (times)
    # (`Weergaven: 1.204`, `Visningar: 1 204`, `Zobrazení: 1 204`, `Megtekintések: 1 204`,
    # `Προβολές: 1.204`, `Переглядів: 1 204`, `閲覧 1,204 回`)
    r"|weergaven|visningar|zobrazeni|megtekintesek|προβολ[εέ]ς|переглядів|回"
    # an eye glyph labels a count too, and a guillemet points at it (`Lượt xem » 2.468`)
    r"|[\s:|.,()\[\]·•»\U0001f440\U0001f441\ufe0f+-]"
)
# The parts of a line holding several counts or a date, and the words that name the views.
# A spaced dash of any length (`Lượt xem 1.204 — cập nhật …`), a closing bracket (`Bình luận (3)
# Lượt xem (1.204)`) and a comma before a space end a part too,
# as do a date's edges with a space (`1.204 lượt xem 05/12/2025`), another count's label glued
# to the views (`Lượt xem:3.210Bình luận:12`), a spaced solidus before another label or count
# (`Lượt xem: 1.234 / Lượt nghe: 567`, `… / 12 bình luận`) and a rating's star (`Lượt xem: 3.210
# ⭐ 4,5`).
_PARTS = patterns.compile(
    r"\s*[|·•;\n]\s*|\s+[-–—]\s+|(?<=\))\s+|,\s+|\s+/\s+(?=[a-z]|\d[\d.,]*\s*[a-z])"
    r"|\s*(?=[\u2b50\u2605\u2606])"
    r"|\s+(?=\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d))|(?<=[/\-]\d{4})\s+"
    r"|(?<=\d)(?=(?:binh\s*luan|thich|chia\s*se|comments?|likes?|shares?)(?![a-z]))"
    # … and another count's label after a space (`Lượt xem 4.321 Lượt thích 56`)
    r"|(?<=\d)\s+(?=luot\s*(?:thich|chia\s*se|binh\s*luan)(?![a-z]))"
)
# The marks between a line's parts a range cannot cross.
_PART_MARKS = patterns.compile(r"[|·•;\n]")
# The views' words of the editions in other languages (Russian, Spanish, French, German,
# Chinese, Japanese, Korean, Lao, Portuguese, Italian, Polish, Turkish, Indonesian, Thai, Dutch,
# Swedish, Czech, Hungarian, Greek, Ukrainian), as printed and folded alike.
OTHER_VIEW_WORDS = (
    "просмотр|visitas|lecturas|fois|vues|aufrufe|浏览|瀏覽|阅读|閱讀|閲覧|조회|ເບິ່ງ"
    "|visualiza|wy[sś]wietlen|g[oö]r[uü]nt[uü]len|dilihat|ยอดวิว"
    "|weergaven|visningar|zobrazen[ií]|megtekint[ée]s|προβολ[εέ]ς|переглядів"
)
_VIEW_WORDS = patterns.compile(
    r"xem|doc|views?|hits?|reads|seen\s*by|truy\s*cap|luot\s*phat|\U0001f441|\U0001f440|"
    + OTHER_VIEW_WORDS
)
# A radio item's listens (`Lượt nghe: 345 | Lượt tải: 12`): its views where no part names those.
_LISTENS = patterns.compile(r"luot\s*nghe")
# A period's views beside the total (`Lượt xem hôm nay: 12`, `Lượt xem trong tuần: 210`, `Lượt xem
# trong 24 giờ: 56`): not the page's count.
_PERIOD = patterns.compile(
    r"hom\s*(?:nay|qua)|(?:tuan|thang|nam)\s*(?:nay|qua|truoc)|trong\s*(?:ngay|tuan|thang|nam)"
    r"|trong\s*\d+\s*(?:gio|ngay|tuan|thang)"
)
# A total's part (`Tổng: 4.321`, `Tổng lượt xem: 4.321`): the count beside a period's.
_TOTAL = patterns.compile(r"\s*tong(?![a-z])")
# Those on the page now (`Đang xem: 5`, `Đang truy cập: 12`, `Đang có 12 người xem`): no part
# naming the views.
_NOW_VIEWING = patterns.compile(r"dang\s*(?:co\s*[\d.,]+\s*nguoi\s*)?(?:xem|doc|truy\s*cap|online)")
# A reading time (`5 phút đọc`, `Thời gian đọc: 5 phút`): how long the text takes, no count of
# readers.
_READING_TIME = patterns.compile(r"\d+\s*(?:phut|giay)\s*doc|thoi\s*gian\s*doc")
# An aside in brackets with its own words (`(hôm nay: 12)`), a share (`(12%)`) or a gain since
# the last visit (`(+12)`, `(▲12)`, `(↑12)`): another number, not the views.
_ASIDE = patterns.compile(
    r"\s*\((?:[^()]*[a-z][^()]*|[^()]*%\s*|\s*[+\u2191\u25b2]\s*\d[\d.,]*\s*)\)"
)
# A trend after the count (`4.321 ↑12%`, `▲ 3%`): another number, not the views.
_TREND = patterns.compile(r"\s*[\u2191\u2193\u2197\u2198\u25b2\u25bc]\s*[+\-]?\d[\d.,]*\s*%")
# A title or aria-label attribute pasted whole (`aria-label="Đã xem 1234 lần"`): its text.
_ATTRIBUTE = patterns.compile(r"\s*(?:title|aria-label)\s*=\s*([\"'])(?P<text>[^\"']*)\1\s*")
# A pictograph beside a count its words name as views (`🔥 1,5K lượt đọc`) is decoration; alone
# (`❤️ 45`) it names likes or another count, not the views.
# (Arrows, technical signs, shapes, dingbats and emoji, and a tooltip's information sign `ⓘ`,
# `ℹ`; not the mathematical operators: `−` is a minus.)
_PICTOGRAPHS = patterns.compile(
    r"[\u2139\u24d8\u2190-\u21ff\u2300-\u23ff\u2500-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
)
# Two amounts joined by a dash or a tilde, each with its multiplier, the second closing the line
# or its part or before the views' word (`1.2K - 1.5K`, `1.000 ~ 2.000 lượt xem`): a range, no
# single count (folded; `1.204 - 2 phút đọc` names a reading time after the views, and
# `05/03/2025 - 1.877` a date's year before them).
_AMOUNT = r"\d[\d.,]*\s*(?:k|n|tram|nghin|ngan|van|tr|trieu|m|b)?"
_RANGE = patterns.compile(
    rf"(?<![\w.,/:\-]){_AMOUNT}\s*[-–—~]\s*{_AMOUNT}(?=\s*(?:$|[|·•;,)]|luot|views?(?![a-z])))"
)
# More views than any page has had: a misread number (an id, a phone number), not a count.
_MOST_VIEWS = 10_000_000_000
_MULTIPLIERS = {
    "k": 1_000,
    "n": 1_000,
    "chuc": 10,
    "tram": 100,
    "nghin": 1_000,
    "ngan": 1_000,
    "van": 10_000,
    "万": 10_000,
    "만": 10_000,
    "tr": 1_000_000,
    "trieu": 1_000_000,
    "m": 1_000_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
    "b": 1_000_000_000,
    "тыс": 1_000,
    "tsd": 1_000,
    "lakh": 100_000,
    "crore": 10_000_000,
}


def _value(num: str, mult: str | None) -> int | None:
    """The integer a printed number denotes, or None when its grouping is malformed."""
    if _GROUPED.fullmatch(num):
        value = int(num.replace(".", "").replace(",", ""))
        return value * _MULTIPLIERS[mult] if mult else value
    if mult is None:
        return int(num) if num.isdigit() else None
    m = _DECIMAL.fullmatch(num)
    if m is None:
        return None
    frac = m.group("frac") or ""
    scale = 10 ** len(frac)
    return (int(m.group("int")) * scale + int(frac or 0)) * _MULTIPLIERS[mult] // scale


def parse_count(text: str | None) -> int | None:
    """The count in a short label such as `Lượt xem: 128` or `9,330 lượt xem`, or None."""
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    cleaned = TAG_CHARS.sub("", cleaned).translate(BLANK_LOOKALIKES)
    folded = fold(cleaned.translate(_ARABIC_SEPARATORS))
    attribute = _ATTRIBUTE.fullmatch(folded)
    folded = attribute.group("text") if attribute else folded
    folded = _DIGIT_AFTER_MULTIPLIER.sub(r"\1,\3\2", folded)
    folded = _HUNDREDS_AFTER_THOUSAND.sub(_thousands_and_hundreds, folded)
    folded = _TENS_OF_THOUSANDS.sub(" van", folded)
    folded = _SMALLER_WORD_AFTER.sub(_smaller_word_added, folded)
    folded = _ODD_AFTER_WORD.sub(_odd_added, folded)
    folded = _DIGIT_AFTER_WORD.sub(_places_after_word, folded)
    folded = _HALF_AFTER_WORD.sub(r"\1,5 \2", folded)
    folded = _APOSTROPHE_GROUP.sub(".", folded)
    folded = _SPACED.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), folded)
    folded = _PLATFORMS.sub("", _FOOTNOTE_MARK.sub("", folded))
    if "%" in folded:
        folded = _TREND.sub("", folded)
    if _views_range(folded):
        return None
    folded = _views_part(folded)
    matches = list(_NUMBER.finditer(folded))
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = folded[: m.start()] + " " + folded[m.end() :]
    if _VIEW_WORDS.search(rest):
        rest = _PICTOGRAPHS.sub("", rest)
    if _LABELS.sub("", rest):
        return None  # other words or a second number: not a view-count label
    value = _value(m.group("num").rstrip(".,"), m.group("mult"))
    return None if value is None or value > _MOST_VIEWS else value


def _places_after_word(m: re.Match[str]) -> str:
    """`2 triệu 35` as `2,35 triệu`; `1 nghìn 204` as `1204`, three places after a word of
    thousands; three after `vạn` (ten thousand) name no place and are left unread."""
    whole, word, after = m.groups()
    if len(after) < 3:
        return f"{whole},{after} {word}"
    if word == "van":
        return m.group()
    return str(int(whole) * _MULTIPLIERS[word] + int(after) * _MULTIPLIERS[word] // 1000)


def _smaller_word_added(m: re.Match[str]) -> str:
    """`3 vạn 5 nghìn` as `35000`, `1 triệu 2 trăm nghìn` as `1200000`; a smaller amount as large
    as the first word's unit (`1 vạn 12 nghìn`) is no such sum and is left unread."""
    whole, word, count, hundreds, smaller = m.groups()
    unit = _MULTIPLIERS[smaller] * (100 if hundreds else 1)
    if int(count) * unit >= _MULTIPLIERS[word]:
        return m.group()
    return str(int(whole) * _MULTIPLIERS[word] + int(count) * unit)


def _odd_added(m: re.Match[str]) -> str:
    """`1 nghìn lẻ 4` as `1004`, `1 triệu lẻ 5 nghìn` as `1005000`; an amount after `lẻ` as large
    as a tenth of the word's unit (`1 nghìn lẻ 400`) has tens, which `lẻ` says it lacks, and is
    left unread."""
    whole, word, count, smaller = m.groups()
    added = int(count) * (_MULTIPLIERS[smaller] if smaller else 1)
    if added * 10 >= _MULTIPLIERS[word]:
        return m.group()
    return str(int(whole) * _MULTIPLIERS[word] + added)


def _thousands_and_hundreds(m: re.Match[str]) -> str:
    """`4 nghìn 3 trăm 21` as the number it spells in digits, `4321`."""
    return str(int(m.group(1)) * 1000 + int(m.group(2)) * 100 + int(m.group(3) or 0))


def _views_range(folded: str) -> bool:
    """A range (`_RANGE`) where the views are printed: after the views' label in its part of the
    line, or unlabelled (`Lượt xem: 1.2K - 1.5K`, `1.000 ~ 2.000 lượt xem`); one in another
    count's part (`… | Bình luận: 3 - 4`) leaves the views readable."""
    m = _RANGE.search(folded)
    if m is None:
        return False
    before = _PART_MARKS.split(folded[: m.start()])[-1]
    return bool(_VIEW_WORDS.search(before)) or not any(c.isalpha() for c in before)


def _views_part(folded: str) -> str:
    """The part of a line of counts that the view label names (`Lượt xem: 1.204 | Bình luận:
    5`), without asides in brackets; the line itself when no one part is named."""
    unbracketed = _ASIDE.sub("", folded) if _NUMBER.search(_ASIDE.sub("", folded)) else folded
    parts = [part for part in _PARTS.split(unbracketed) if any(c.isdigit() for c in part)]
    named = [
        part
        for part in parts
        if _VIEW_WORDS.search(part)
        and not _NOW_VIEWING.search(part)
        and not _READING_TIME.search(part)
    ]
    if len(parts) < 2:
        # the views' part beside words with no number (`Lượt xem: 4.321 – cập nhật hằng giờ`)
        return named[0] if named else unbracketed
    if any(_PERIOD.search(part) for part in named):  # a period's views: the total beside them
        named = [part for part in named if not _PERIOD.search(part)] or [
            part for part in parts if _TOTAL.match(part)
        ]
    elif not named:  # no part names the views: a radio item's listens
        named = [part for part in parts if _LISTENS.search(part)]
    return named[0] if len(named) == 1 else unbracketed
