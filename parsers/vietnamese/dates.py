"""Publish times as Vietnamese news sites print them, turned into aware datetimes.

The fast path is a handful of compiled regexes run on a folded copy of the text (lowercase, no
diacritics, đ → d, same length as the text, so spans carry over). dateparser is only the last
fallback, imported lazily, always Vietnamese and day-first, and only for what the fast path does
not own (bare durations such as `2 tuần 3 ngày`); a numeric or written date the fast path
rejected is never handed to it. Dates are never read month-first by guessing: only a caller that
knows the page's software prints them so (`month_first=True`, e.g. vBulletin's English-locale
`m-d-Y`) gets numeric dates read month-first, reported as ``mdy``, ``mdy_time``, ``time_mdy``.

Rule names reported in `DateMatch.rule` (the crawl counts them; see `RULES`):

- ``iso``: ISO 8601 and its near relatives (`2022-11-29 11:07`, `2026-01-08`, offsets `Z`,
  `+0700`, `+07`, escaped `&#x2B;`), its basic format with a clock (`20210823T074500+0700`),
  its week date with the day (`2024-W10-2`, `2024W102`, with a `T` and a clock too), a tz database
  name after the clock (`Asia/Shanghai`); other offsets are converted to local time. A wrong-sign
  `-07:00` is taken at its word (7 h behind UTC), not guessed back to +07:00. A field named for
  GMT holds UTC (WordPress's `"date_gmt": "2025-11-21T01:05:00"`); a PDF's date with its offset
  (`D:20251121080500+07'00'`) is read; an interval's start (`…/PT2H`, `…/2025-11-22`) is none.
  An ordinal date with its clock (`2026-037T08:05:33+07:00`, the 37th day) is read too.
- ``nukeviet``: NukeViet's broken `2024-04-04+0704:18:00` (PHP printed the zone between the
  date and the time).
- ``aspnet``: ASP.NET's JSON date `/Date(1580691900000)/`, milliseconds since 1970 UTC (a
  `+0700` inside it names the zone to show, not a shift), its solidi escaped or not
  (`\\/Date(…)\\/`). A bare number is never read.
- ``dmy``, ``dmy_time``, ``time_dmy``: day-first numeric date, alone, followed by a time, or
  preceded by one; the month may be a Roman numeral (`17-V-2019`, `21.XI.2025`).
- ``mdy``, ``mdy_time``, ``time_mdy``: the same shapes read month-first (`month_first=True`).
- ``written``: `ngày 8 tháng 1 năm 2025`, `Tháng Mười Hai 29, 2013, 14:14`, `03 Th02 2020`,
  `3 thg 2, 2020`, `ngày 21 tháng XI năm 2025`, Khmer's `ថ្ងៃទី១៦ ខែកញ្ញា ឆ្នាំ២០២៥`, a CJK
  `2025年11月21日` or Korean `2025년 11월 21일`, a spreadsheet's `12-Thg12-25`, with or without
  time;
  English month names (`Feb 3, 2020 2:20 PM`, `1. April 2025, 15:25`, RSS's `Mon, 03 Feb
  2020 07:20:00 +0000`, `17-May-19`, Java's `Fri May 17 08:05:00 ICT 2019`, PostgreSQL's
  `Fri 06 Feb 08:05:33.120 2026 +07`) only when no Vietnamese form is found; Java's
  Vietnamese `T6 thg 2 06 08:05:33 ICT 2026` too.
- ``relative``: `5 phút trước`, `2h trước`, `hai giờ trước`, `1 tiếng rưỡi trước`,
  `hôm qua lúc 08:30`, `Chiều qua lúc 3:30`, `tuần trước`, `2 hours ago`, `just now`,
  `Yesterday, 10:15 PM`, `cách đây hai mươi phút`, `cách nay 3 giờ`, `cách đây khoảng 2 tiếng`
  (about: the count as printed), … anchored on `now`. A spelled count is read
  whole (`mười lăm`, `hai mươi mốt`, `một trăm hai mươi`) or not at all (`một nghìn hai trăm`);
  `hôm` counts days (`3 hôm trước`); a vague count (`vài phút trước`) or a bound (`hơn 2 giờ
  trước`, `chưa đầy 1 giờ trước`) is no instant; days counted back take the clock printed
  after them (`3 ngày trước lúc 14:00`). A unit without
  a count is one of it: `tuần trước` is `một tuần trước`, seven days before `now`, as `tháng
  trước` is thirty days and `năm ngoái` a year; a day counted back keeps `now`'s clock. A
  date printed whole on the same line is read before any of these (`3 ngày trước (21/11/2025
  08:05)`).
- ``time``: a bare clock time (`20:30 tối`, a bare hour after `lúc`), read as today, or with a
  weekday (forum software's `Thứ hai lúc 14:20`) as the last such day; `parse_datetime` only.
- ``dateparser``: the fallback. Its result counts only when the string prints its day, month
  and year as numbers or is an age alone (`2 tuần 3 ngày`): dateparser fills what a string
  lacks from `now`, so `Thứ Sáu 9 giờ` would come back as a day no field names.

Results are in `LOCAL_TZ`. Anything more than a day after `now` or before 1995 is rejected, and
so is a date without its year (`17/5`, `17/05 08:05`, `17 tháng 5 lúc 08:05`): its year would be
a guess, wrong for last December's article read in January. A weekday with a clock is read (the
last such day), since forum software prints it only for the past week.
A clock may print seconds as words (`14 giờ 20 phút 05 giây`) or dot its minutes (`14.20`), and
count to the hour (`8 giờ kém 15`, 7:45) or by halves (`8 giờ rưỡi`, `8 rưỡi`); a part of the
day after it may follow `vào buổi` (`8:05 vào buổi tối`, Intl's), and marks that contradict
each other or the hour (`8:05 SA CH`, `20:05 SA`) name no time.
A part of the day named before a date (`Chiều 5/11/2023 lúc 3 giờ`) or a day word (`Tối hôm qua,
10 giờ`) sets a clock printed without its own, narrowed parts (`rạng sáng`, `đầu giờ chiều`,
`chập tối`, `tối muộn`) as their plain part does; `1 giờ đêm qua` is the fetch day's small hours.
Without a clock a part of the day adds nothing: `chiều qua` is `hôm qua`, the fetch clock a day
back. A clock after `hơn` (past) or `gần` (nearly) is a bound and is dropped; `khoảng` (about)
keeps it. A line stating a month-first format (`MM/DD/YYYY`, `tháng/ngày/năm`, `en-US`) is read
month-first.
JSON's escapes (`06\\u002F02\\u002F2026`), an address's percent-encoded separators
(`08%3A05`) and a line in the TCVN3 font encoding (`Ngµy 06 th¸ng 02 n¨m 2026`) are read as
the text they encode (VNI, whose codes are also letters, is not converted).
A clock's zone is applied: `GMT+7`, `UTC+07:00`, `+0800`, a tz database name (`Asia/Singapore`,
its offset on the day), and a bare `GMT`, `UTC`, `UT` or `Z`
(offset 0), also printed after a date its clock came before (MediaWiki's `01:05, ngày 21
tháng 11 năm 2025 (UTC)`); `giờ Đông Dương` (Indochina time) is local time; a zone abbreviation
with one meaning is its offset (`JST`, `SGT`, RFC 822's `EST`), as is ICU's Vietnamese name of a
zone (`Giờ chuẩn Thái Bình Dương`, `Giờ Chuẩn Miền Đông Nước Úc`), and North America's named
without its season, in capitals (`ET`, `PT`), the offset it kept on the day; one with several
(`IST`, `CST`, `BST`) refuses the time, as an offset no place keeps (beyond -12:00 and +14:00),
`giờ địa phương` (some unnamed place's time) without its offset after it (`giờ địa phương
(GMT+2)` is read) or a bracketed place's time with no known offset (`(giờ Mỹ)`) does.
`tới` (until) is read as its synonym `đến`, never as `tối` (evening).
Lunar dates are never solar: `tháng Giêng` and `tháng Chạp` are not month names here, and a date
marked `(âm lịch)`, `ÂL` or labelled `Âm lịch:` is skipped. Of an update and a publish time on one
line (`Cập nhật: … | Đăng: …`, `Sửa đổi lần cuối: … - Ngày tạo: …`), the publish time is taken. The
ends of a period (`Từ ngày … đến ngày …`, `ngày … đến ngày …`, `17/05/2019 - 20/05/2019`, `17 -
20/5/2019`, `08:00 - 11:30, 17/05/2019`, `17/05/2019 – nay`, `… đến nay`, `… → …`) are no publish
time, nor is a date after a word of limit (`trước`, `từ`, `kể từ`, `chậm nhất`: one end of a span),
nor one labelled as a deadline, the time of an event, a plan, a schedule, a birth, an opening or an
embargo (`Hạn nộp hồ sơ: …`, `Thời gian tổ chức: …`, `diễn ra vào …`, `Dự kiến …`, `Lịch thi đấu:
…`, `Ngày thi: …`, `Ngày sinh: …`, `chào đời lúc …`, `Khai trương …`, `Embargo: …`), or in pasted
markup an expiry, an end or a countdown, nor the reader's own print, access or download time (`Ngày
in: …`, `Truy cập lúc …`, `Xem lần cuối: …`), nor a dotted version number (`v23.08.21`, `Phiên bản
2.3.2021`), nor a death or a funeral (`mất ngày …`, `Lễ viếng: …`), nor a document's date followed
by its issuer (`… ngày 21/11/2025 của TAND tỉnh …`: cited), nor a date inside a template's code (`{{
… }}`, `{% … %}`), nor a journal's received or accepted date (`Ngày nhận bài`, `Ngày duyệt đăng`), a
production date (`NSX`), a premiere, a flight's take-off or landing, an event's start or end or a
birth in markup (`startDate`, `DTSTART`, `BDAY`), an event's start or end right before its time
(`bắt đầu 08:05 ngày …`), a day called tomorrow (`(ngày mai)`, `Ngày mai, …`, `Ngày mai lúc 08:00`),
an event's start counted ahead (`sẽ bắt đầu sau 3 giờ nữa`), the next issue (`Số báo kế tiếp …`) or
a date widget without its colon (`Hôm nay Thứ Hai, 14/10/2024`); a print edition's own date (`Báo in
ngày …`, `Ấn bản in ngày …`) is the paper's, a livestream that took place (`Đã phát trực tiếp vào
…`) the video's. A draft's creation (`createdAt`, `Ngày tạo`) yields to a publication on the same
line, past an update between them (`firstPublishedAt` is a publication). A document replaced,
amended or repealed (`thay thế`, `sửa đổi`, `bãi bỏ`) is cited, as is a law named without its number
(`Căn cứ Luật Báo chí ngày …`). A letter glued before a day (`l2/12/2025`, `O3/11/2025`) is a digit
misread, and the date is refused. Moment's `thứ tư tuần trước lúc 08:05` is printed for any of the
six days before and is refused; `hôm thứ Sáu lúc 08:05` and ICU's `Th 6 8:05 SA` are the latest
Friday; `bây giờ` (now) alone and `Vừa đăng` (just posted) are the fetch time. A length in a field
of its own before a date (`Podcast · 48:12 · 16/04/2026`) is no clock of it; a spreadsheet row's
clock cell after its date cell (`"16/04/2026","20:05"`) is. A date followed by a clause saying
something happened then (`…, một vụ cháy đã xảy ra`) or after `xảy ra vào` is that event's.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from itertools import chain
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parsers import patterns
from parsers.vietnamese.encoding import (
    from_tcvn3,
    from_utf8_misread,
    from_viqr,
    legacy_encoding,
)
from parsers.vietnamese.text import (
    BLANK_LOOKALIKES,
    JUNK,
    TAG_CHARS,
    ZERO_WIDTH_CHARS,
    fold,
    unescape,
)

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
RULES = (
    "iso",
    "nukeviet",
    "aspnet",
    "dmy",
    "dmy_time",
    "time_dmy",
    "mdy",
    "mdy_time",
    "time_mdy",
    "written",
    "relative",
    "time",
    "dateparser",
)

_EARLIEST = datetime(1995, 1, 1, tzinfo=LOCAL_TZ)
_FUTURE_SLACK = timedelta(days=1)
_LOCAL_OFFSET = timedelta(hours=7)  # Vietnam has kept +07:00 without DST since 1975
_WESTMOST, _EASTMOST = timedelta(hours=-12), timedelta(hours=14)  # the offsets places keep


class DateMatch(NamedTuple):
    """A parsed instant, the rule that produced it and its span in the (normalised) text."""

    value: datetime
    rule: str
    start: int
    end: int


# --- pattern pieces (all run on folded text: lowercase ASCII letters, đ → d) -----------------

# (a hyphen may join the weekday's words: `Thứ-tư`, `Chủ-nhật`); Sunday is also the Catholic
# `Chúa nhật` and the southern `Chủ nhựt`
_SUNDAY = r"chua?[\s\-]*nh[au]t"
_WEEKDAY = (
    rf"(?:thu[\s\-]*(?:hai|ba|tu|nam|sau|bay|[2-8])|{_SUNDAY}|cn|t[2-7]|th\s[2-7])(?![a-z\d])"
)
_EN_WEEKDAY_NAMES = "mon|tues|wednes|thurs|fri|satur|sun"
_EN_WEEKDAY_SHORT = "(?:mon|tue|wed|thu|fri|sat|sun)"


# A part of the day, alone or narrowed (`rạng sáng`, `nửa đêm`, `đầu giờ chiều`, `giữa trưa`,
# `chập tối`, `xế chiều`, `tối muộn`, `sáng sớm`): `_part` names the plain part it falls in.
_DAY_PART = (
    r"(?:rang\s*sang|nua\s*dem|(?:dau|cuoi)\s*gio\s*(?:sang|chieu)|giua\s*trua|xe\s*chieu"
    r"|chap\s*toi|(?:sang|trua|chieu|toi|dem)(?:\s*(?:muon|som)(?![a-z]))?|khuya)"
)
_PLAIN_PARTS = ("chieu", "trua", "toi", "dem", "khuya", "sang")
# The hour each plain part of the day begins, as `_hour` reads the clocks printed with it (`11 giờ
# trưa`, `1 giờ chiều`, `6 giờ tối`, `9 giờ đêm`, `10 giờ khuya`); the night runs on through the
# small hours. A part of today without a clock that has not begun at the fetch is no publish time.
_PART_BEGINS = {"sang": 0, "trua": 11, "chieu": 13, "toi": 18, "dem": 21, "khuya": 22}
_SMALL_HOURS_END = 5  # `1 giờ đêm`, `3 giờ sáng`: the night's hours before the morning's


def _part(words: str) -> str:
    """The plain part of the day a `_DAY_PART` match falls in: `đầu giờ chiều` is `chiều`."""
    if " " not in words and len(words) < 6:
        return words
    return next(part for part in _PLAIN_PARTS if part in words)


def _part_begun(words: str, now: datetime) -> bool:
    """Whether the part of the day `words` names has begun on the fetch's day by the fetch's
    clock: `tối nay` at 09:20 is an evening still to come, so the fetch time is not its time."""
    part = _part(words)
    begun = now.hour >= _PART_BEGINS[part]
    return begun or (part in ("dem", "khuya") and now.hour < _SMALL_HOURS_END)


# A clock's colon, and the ratio sign, the modifier-letter colon, triangular colon and raised
# colon, the small and vertical presentation colons, the Armenian full stop and the two-dot
# punctuation typed for one (`08∶00`, `08꞉30`, `08ː30`, `08˸30`, `08﹕05`, `08︓05`, `08։05`,
# `21⁚15`), and the vertical two-dot leader's presentation form (`23︰10`).
_COLON = "[:∶꞉ː˸﹕︓։⁚︰]"
# Việt Nam's places, whose time is local time: `giờ Hà Nội` (`giờ HN` in short), `giờ VN`,
# `giờ TP.HCM`, and Indochina's (`giờ Đông Dương`, ICU's name of +07:00).
_LOCAL_PLACE = r"(?:ha\s*noi|hn(?![a-z])|viet\s*nam|vn(?![a-z])|tp\.?\s*hcm|sai\s*gon|dong\s*duong)"
# Words that follow `giờ` without naming a place: `08:00 giờ sáng`, `08:00 giờ ngày …`.
_NOT_PLACE = (
    rf"(?:{_DAY_PART}|ngay|thu|hom|luc|vao|chu|cn|t[2-7]|sa|ch|am|pm|a\.m|p\.m|dang|nay|qua)"
    r"(?![a-z])"
)
# Zone abbreviations with one meaning, and their offsets (`10:05 JST`, RFC 822's `EST`, `AEDT`,
# Indonesia's `WIB`, Iran's `IRST`, kept all year since 2022, the Chatham Islands' `CHAST` and
# `CHADT`, Myanmar's `MMT`, Pakistan's `PKT`,
# western Europe's `WET`, Africa's `WAT`, `CAT`, `SAST` and `EAT`, German's `MEZ` and `MESZ` for
# `CET` and `CEST`, `WEZ`, `WESZ`, `OEZ` and `OESZ` for western and eastern Europe's); `IST`
# (India, Israel, Ireland), `CST` (China, the American Central), `BST` (British summer,
# Bangladesh), `AST` (Atlantic, Arabia) and `SST` (Samoa, Singapore) have several: None.
_ZONE_ABBREVIATIONS = {
    "sgt": "+0800",
    "hkt": "+0800",
    "jst": "+0900",
    "kst": "+0900",
    "est": "-0500",
    "edt": "-0400",
    "cdt": "-0500",
    "mst": "-0700",
    "mdt": "-0600",
    "pst": "-0800",
    "pdt": "-0700",
    "msk": "+0300",
    "wib": "+0700",
    "wita": "+0800",
    "pht": "+0800",
    "awst": "+0800",
    "aest": "+1000",
    "aedt": "+1100",
    "nzst": "+1200",
    "nzdt": "+1300",
    "chast": "+1245",
    "chadt": "+1345",
    "hst": "-1000",
    "cet": "+0100",
    "cest": "+0200",
    "mez": "+0100",
    "mesz": "+0200",
    "wez": "+0000",
    "wesz": "+0100",
    "oez": "+0200",
    "oesz": "+0300",
    "eet": "+0200",
    "eest": "+0300",
    "acst": "+0930",
    "acdt": "+1030",
    "myt": "+0800",
    "akst": "-0900",
    "akdt": "-0800",
    "irst": "+0330",
    "npt": "+0545",
    "mmt": "+0630",
    "pkt": "+0500",
    "wet": "+0000",
    "wat": "+0100",
    "cat": "+0200",
    "sast": "+0200",
    "eat": "+0300",
    "ist": None,
    "cst": None,
    "bst": None,
    "ast": None,
    "sst": None,
}
_ZONE_ABBREVIATION = rf"(?:{'|'.join(_ZONE_ABBREVIATIONS)})(?![a-z])"
# North America's zones named without their season (`11:58 AM ET`, `8:58 AM PT`), as tz
# database names: the offset the zone kept on the day is applied. Folded, their letters are as
# often French `et` or a station's `PT-TH`, so they are read only as printed, in capitals right
# after a clock, where `_prepare` keeps their capitals in the folded copy.
_SEASONAL_ZONES = {
    "ET": "america/new_york",
    "CT": "america/chicago",
    "MT": "america/denver",
    "PT": "america/los_angeles",
    "AKT": "america/anchorage",
}
# … and the zones whose abbreviation is an English word too (`22:15 WEST`, western European summer
# time), read the same way with their one offset.
_WORD_ZONES = {"WEST": "+0100"}
_CAPITALS_ZONES = "|".join([*_SEASONAL_ZONES, *_WORD_ZONES])
_SEASONAL_ZONE = rf"(?:{_CAPITALS_ZONES})(?![a-zA-Z])"
_SEASONAL_ZONE_AFTER_CLOCK = patterns.compile(
    rf"\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[(\[]?\s*({_CAPITALS_ZONES})(?![\w\-])"
)
# Zones' names as ICU prints them in Vietnamese (`Giờ chuẩn Thái Bình Dương`, Pacific standard
# time), each with one offset, keyed as `_offset` sees them (spaces and `giờ` dropped).
_ZONE_NAMES = {
    "chuanthaibinhduong": "-0800",
    "muahethaibinhduong": "-0700",
    "chuanmiennui": "-0700",
    "muahemiennui": "-0600",
    "chuanmientrung": "-0600",
    "muahemientrung": "-0500",
    "chuanmiendong": "-0500",
    "muahemiendong": "-0400",
    "chuanmiendongnuocuc": "+1000",
    "muahemiendongnuocuc": "+1100",
    "chuanmientrungnuocuc": "+0930",
    "muahemientrungnuocuc": "+1030",
    "chuanmientaynuocuc": "+0800",
    "chuangreenwich": "+0000",
    "trungbinhgreenwich": "+0000",
    "chuantayau": "+0000",
    "muahetayau": "+0100",
    "chuantrungau": "+0100",
    "muahetrungau": "+0200",
    "chuandongau": "+0200",
    "muahedongau": "+0300",
    "chuantrungquoc": "+0800",
    "chuannhatban": "+0900",
    "chuanhanquoc": "+0900",
    "phoihopquocte": "+0000",
    "quocte": "+0000",  # `giờ quốc tế`: universal time
    # … and a country's time where the country keeps one offset all year, no summer time
    # (`10 giờ 30 phút (giờ Nhật Bản)`): its standard time.
    "trungquoc": "+0800",
    "nhatban": "+0900",
    "hanquoc": "+0900",
}
_ZONE_NAME = (
    r"gio\s*(?:chuan|mua\s*he|trung\s*binh)\s*(?:thai\s*binh\s*duong|mien\s*(?:trung|dong|tay)\s*nuoc\s*uc"
    r"|mien\s*(?:nui|trung|dong)"
    r"|greenwich|(?:tay|trung|dong)\s*au|trung\s*quoc|nhat\s*ban|han\s*quoc)(?![a-z])"
    r"|gio\s*phoi\s*hop\s*quoc\s*te(?![a-z])"
)
# A tz database name (`Asia/Singapore`): the offset the zone kept on the day is applied.
_TZ_REGIONS = ("africa", "america", "asia", "atlantic", "australia", "europe", "indian", "pacific")
_TZ_NAME = rf"(?:{'|'.join(_TZ_REGIONS)})/[a-z_]+(?:/[a-z_]+)?(?![a-z])"
# A local zone's name restating its offset: `ICT (UTC+7)`, `giờ Hà Nội (GMT+07:00)`.
_LOCAL_RESTATED = r"\s*[(\[]?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*[)\]]?"


# Chinese and Korean parts of the day, printed before the clock, as the Vietnamese they stand
# for.
_CHINESE_PERIODS = {
    "上午": "sa",
    "下午": "ch",
    "中午": "trua",
    "晚上": "toi",
    "오전": "sa",
    "오후": "ch",
    "밤": "toi",  # night (`밤 10시 15분`, 22:15), as `tối` after the clock
}
# The twelve-hour clock's marks: AM/PM, SA/CH.
_MARK = r"(?:a\.?m\.?|p\.?m\.?|s\.?a\.?|c\.?h\.?)(?![a-z])"  # `S.A.` and `C.H.` with stops too
_MARKS = ("am", "pm", "sa", "ch")


# A meta line's next field glued after the clock, two elements' texts joined without a space
# (`21:15Lượt xem`, `21:15Bình luận`, `21:15Cập nhật`): the clock ends before it.
_GLUED_FIELD = r"(?:luot\s|binh\s*luan|cap\s*nhat)"


def _time(n: str, after_date: bool = False) -> str:
    """A clock time with optional period word and zone; group names end in `n`.

    The zone is `GMT+7`, `(UTC+07:00)`, a bare `GMT`/`UTC` (offset 0), a numeric `+0700`, or
    a name of local time (`giờ Hà Nội`, `ICT`); `2:20PM` may glue its period to the digits, and
    a clock the `ngày` of the date after it (`lúc10:30ngày05/12/2025`).
    Seconds may be words (`14 giờ 20 phút 05 giây`), marks (`14h20'05"`, `20h05m30s`, primes
    `20h05′30″`) or after a colon (`08h05:30`); a minute after `giờ` may carry its mark and its
    seconds theirs (`8 giờ 05'`, `8 giờ 05' 30"`), an hour in
    words may be sharp (`14 giờ đúng`). A dotted clock (`14.20`) needs a valid minute and no
    digit after it, so `14.75` and `1.234` are no clock; it may dot its seconds too, Oracle's
    `08.05.00.000000000 AM`.
    A semicolon glued to two digits is a colon mistyped (`08;05`); SQL Server's milliseconds
    follow the seconds after a colon (`8:05:33:123PM`). `theo` may come before the zone
    (`20:05 theo giờ GMT`).
    A clock right after a date may follow a bare comma (`03/02/2020,14:20`); elsewhere a digit
    and a comma before it make a number (`9,330`). `8 giờ rưỡi` is 8:30 and `8 giờ kém 15`
    7:45; `08:00 giờ` restates its unit. A local zone's name may restate its offset (`ICT
    (UTC+7)`); `giờ GMT` is GMT and RFC 822's `UT` is UTC; `giờ địa phương` (the local time of a
    place the line does not name) refuses the clock unless its offset follows in brackets
    (`giờ địa phương (GMT+2)`), as does a named place's time other than
    Việt Nam's, bracketed or not (`giờ Bắc Kinh`, `(giờ Mỹ)`): its offset is not known here.
    Chinese names the part of the day before the clock (`下午3:40`, 15:40), as a Vietnamese
    `SA` or `CH` may (`CH 2:35`, 14:35). A bare hour is a clock before `PM` or a dotted `a.m.`
    (`8 PM`); a bare `am` after a number is as often the folded `âm`, `ấm` (`5 âm lịch`)."""
    lead = r"(?<![\d:.])" if after_date else r"(?<![\d:.,/+])"  # `+07:00` is an offset
    minute = r"\d{1,3}" if after_date else r"\d{2}"  # `08:301` after a date is no clock
    return (
        rf"(?:(?P<zh{n}>{'|'.join(_CHINESE_PERIODS)}|(?<![a-z])(?:sa|ch)(?=\s*\d))\s*)?{lead}(?P<h{n}>\d{{1,2}})"
        rf"(?:(?:\s*{_COLON}\s*|;(?=\d\d(?!\d)))(?P<m{n}>{minute})(?:\s*{_COLON}\s*(?P<s{n}>\d{{2}})(?:[.,]\d+|:\d{{3}}(?!\d))?)?['’]?"
        rf"(?:\s*gio(?![a-z])(?!\s*(?:{_LOCAL_PLACE}|gmt|utc|dia))(?!\s+(?!{_NOT_PLACE})[a-z]))?"
        rf"|[.٫](?P<md{n}>[0-5]\d)(?:\.(?P<sd{n}>[0-5]\d)(?:\.\d{{1,9}})?)?(?!\d|[.,]\d)"
        rf"|\s?[hg時点點시](?:\s?{_COLON}(?=\s?\d))?\s?(?P<mh{n}>\d{{1,2}})?"
        rf"(?:\s?(?:phut|ph|p)(?![a-z])|[分분]|(?:['’′m]|{_COLON}(?=\d\d(?!\d)))(?:(?P<sh{n}>\d{{2}})[\"”″s]?)?)?"
        rf"|\s*(?:gio\s*)?(?P<rg{n}>ruoi)(?![a-z])"
        rf"|\s*gio(?:\s*(?P<mg{n}>\d{{1,2}})"
        rf"(?:['’′](?:\s*(?P<sq{n}>\d{{2}})\s*[\"”″])?|\s*phut(?:\s*(?P<sg{n}>\d{{1,2}})\s*giay(?![a-z]))?)?"
        rf"|\s*kem\s*(?P<kg{n}>\d{{1,2}})(?:\s*phut(?![a-z]))?)?(?:\s*dung(?![a-z]))?"
        rf"|(?=\s?(?:p\.?m|a\.m)\.?(?![a-z])))"
        rf"(?:(?![a-z\d])|(?=[ap]\.?m|sa|ch|z(?![a-z\d])|gmt|utc|ngay|{_GLUED_FIELD}))"
        rf"(?:\s*(?:(?:vao\s*)?(?:buoi|ban(?=\s*dem))\s*)?(?P<ap{n}>{_MARK}(?:\s*{_MARK})?|{_DAY_PART})"
        rf"(?![a-z]))?"
        rf"(?:\s*[(\[]?\s*(?:theo\s+)?(?:(?P<tz{n}>(?:gio\s*|etc/)?(?:gmt|utc)(?:\s*/\s*(?:gmt|utc))?(?:\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?)?"
        rf"|[+\-−]\d{{2}}:?\d{{2}}(?![\d/.\-])|z(?![a-z\d])|ut(?![a-z])|{_ZONE_ABBREVIATION}|{_SEASONAL_ZONE}"
        rf"|{_ZONE_NAME}|gio\s*dia\s*phuong(?:\s*[(\[]\s*(?:gmt|utc)\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?(?=\s*[)\]]))?|{_TZ_NAME}"
        rf"|(?<=\()\s*gio\s+(?!{_LOCAL_PLACE}|gmt|utc)[a-z]+(?:\s[a-z]+)?(?=\s*\))"
        rf"|gio\s+(?!{_LOCAL_PLACE}|gmt|utc|dia|{_NOT_PLACE})[a-z]+(?:\s(?!{_NOT_PLACE})[a-z]+)?)"
        rf"|(?:gio\s*{_LOCAL_PLACE}|ict(?![a-z]))(?:{_LOCAL_RESTATED})?)"
        rf"\s*[)\]]?)?"
    )


# Every dash and middle dot a CMS puts between a date and its clock (`‒`, `―`, `⸺`, `‧`, `⋅`,
# the word-separator dot `⸱`, …).
_DASH_CHARS = "\\-‐‑‒–—―⸺⸻"
_DASHES_AND_DOTS = _DASH_CHARS + "·•‧⋅∙⸱"
# … and the other marks a CMS puts between them (`»`, `›`, `;`, a box-drawing bar, the katakana
# middle dot, the Arabic comma, the wave dash and a typed tilde, the broken bar, an asterisk, the
# ornamental vertical bars `❘`, `❙`, `❚`, the double vertical line `‖` and a typed `>>`), the
# geometric shapes a theme uses as bullets (squares, circles and diamonds: `▪`, `◦`, `●`, `◆`; not
# the triangles, `▶` being a player's mark before a length), and clock and calendar icons (`📅
# 05/11/2025 ⏰ 08:30`, with the variation selector that asks for their emoji form: `🕗️`); a
# stopwatch (`⏱ 12:45`) times a duration, not the date. A bar's, a dot's, a dash's and a tilde's
# look-alikes from other blocks stand for them too: the divides sign `∣`, the letter `ǀ` (a click
# consonant's, drawn as a bar), the halfwidth katakana middle dot `･`, the box-drawing line `─`,
# the swung dash `⁓`, and a backslash typed for a solidus; the Z notation's spot (`⦁`) is a
# bullet.
_ICONS = "⏰⏲⌚🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛📅📆🗓\ufe0e\ufe0f"
_BULLET_SHAPES = "\u25a0-\u25b1\u25c6-\u25ff"
_SEP_MARKS = _DASHES_AND_DOTS + "»›;│・،〜~¦*❘❙❚>∣ǀ･─⁓‖⦁\\\\" + _BULLET_SHAPES + _ICONS
# A line break left in the text as markup: `21/11/2025<br>08:05`.
_BREAK = r"(?:<br\s*/?>[\s,|]*)?"
# An icon's alt text or class read as text: `icon-clock`, `ic_time`.
_ICON_WORD = r"(?:ic(?:on)?[-_ ]?(?:clock|time|date|calendar)(?![a-z])\s*)"
# Between a time and the date after it: `17:42 Ngày 04/06/2018`, `08:30, Thứ hai, 12/05/2024`,
# `Đăng lúc 8:30 (5/11/2025)`, `Giờ đăng: 08:30 | Ngày đăng: 05/11/2025`, an English weekday
# (`08:15 AM GMT+7, Tuesday 02 December 2025`).
_SEP_BEFORE = (
    rf"[\s,|{_SEP_MARKS}/()\[\]]*{_ICON_WORD}?"
    rf"(?:(?:ngay\s*)?(?:{_WEEKDAY}|(?:(?:{_EN_WEEKDAY_NAMES})day|{_EN_WEEKDAY_SHORT}\.?)(?![a-z]))"
    rf"[\s,|{_SEP_MARKS}/(]*)?"
    r"(?:ngay(?:\s*dang)?\s*:?\s*|on\s+)?"  # `… 08:30 ngày 03/12`, `00:42 UTC on December 6th`
)
# Between a date and the time after it: `25/09/2020 | 10:13:43`, `9 Tháng 1 2015 lúc 15:08`,
# `Thứ 3 (14/06/2022) 22:05`, `ngày 5/3/2024 (Thứ Ba) 08:00`, `05/03/2024 :: 08:00`,
# `14/06/2022 khoảng 10 giờ sáng` (about: the clock as printed), `… năm 2025 hồi 08 giờ 00` (at),
# `05/11/2025 icon-clock 08:30`, `… | Giờ đăng: 08 giờ 30 phút`, a spreadsheet row's quoted cells
# (`"16/04/2026","20:05"`), a doubled `lúc lúc`, a labelled
# `| Lúc: 08:05`, Khmer's `ម៉ោង` (hour: `២១/១១/២០២៥ ម៉ោង ០៨:០៥`), Lao's `ເວລາ` and Thai's
# `เวลา` (time), a Chinese or Korean weekday (`2025年11月21日 星期五 08:05`).
# A Japanese weekday is one sign in brackets (`2027年3月1日(月) 22時40分`): alone `月` is the month.
_CJK_WEEKDAY = (
    "(?:(?:星期|周|週)[一二三四五六日天]|[월화수목금토일](?:요일)?(?![가-힣])"
    "|(?<=[(（])[月火水木金土日](?=[)）]))"
)
# Turkish prints the weekday after the year (`31 Aralık 2027 Cuma 23:58`), folded.
_TURKISH_WEEKDAY = r"(?:pazartesi|salı|carsamba|persembe|cumartesi|cuma|pazar)(?![a-z])"
# Chinese names the lunar year's eve after the solar date (`2027年2月5日 除夕 22:15`), as a
# weekday stands there.
_CJK_EVE = "除夕"
_SEP_AFTER = (
    r"(?:\.(?=\s))?"  # the full stop some languages print after the year: `11. ožujka 2029. u`
    # an arrow from a date to its clock too (`30/10/2027 → 21:15`); one before a date or after a
    # clock makes a range (`_RANGE_BEFORE`, `_RANGE_AFTER`)
    rf"[\s,|{_SEP_MARKS}/()\[\]@:\"→⟶]*{_BREAK}{_ICON_WORD}?"
    rf"(?:(?:{_WEEKDAY}|{_CJK_WEEKDAY}|{_TURKISH_WEEKDAY}|{_CJK_EVE})[\s,|{_SEP_MARKS}/()\[\]]*)?"
    r"(?:(?:(?:(?:vao\s+)?(?:luc\s+)?(?:luc|hoi)|at|a)(?![a-z])\s*:?|gio\s*(?:dang\s*)?:"
    r"|gio\s*dang(?![a-z])|ម៉ោង|ເວລາ|เวลา|t(?=\d{1,2}:\d\d)"
    # … and the word for `at` of the languages CMS themes print beside Vietnamese (Italian's
    # `ore`, the Scandinavian `kl.`, Russian's `г.` after the year with or without `в`, Dutch
    # `om`, Polish `godz.` after the year's `r.`, Finnish `klo`, Romanian `ora`, Ukrainian `о`,
    # Catalan `a les`, Slovak `o`, Slovenian `ob`, Croatian `u`, Serbian `у`, Estonian `kell`,
    # Latvian `plkst.` and Italian's `h`, the hour's mark printed before the clock; Macedonian
    # `во`, Filipino `nang`, Indonesian and Javanese `jam`, and Kazakh's `ж.` after the year)
    r"|(?:um|a\s+l[ae]s|as|alle|ore|ora|klo|kl\.|pukul|г\.,?(?:\s*в)?|в|о|om|(?:r\.,?\s*)?godz\."
    r"|o|ob|u|у|kell|plkst\.|h|во|nang|jam|ж\.,?)"
    r"(?![a-z])(?=\s*\d))\s*)?"
    r"(?:khoang(?![a-z])\s*)?"
)

# `03/02/2020`, `3.2.20`, an en dash between each field (`01–03–2027`; one en dash between two
# numbers is a range: `7–9/12`), and with a space on either side of a separator, `03 - 02 - 2020`,
# `23 /08/ 2021`, a doubled one before the year (`05/11//2025`); not a document number's part
# (`05/11/2025/QĐ-UBND`). A clock may be glued before it, by a solidus or by nothing, as two
# fields joined without a space (`20h05/05/12/2025`, `21:1508/12/2025`). A letter glued before
# the day that looks like a digit (a Latin l or o, a Cyrillic or Greek letter: `З1/12/2027`) is
# the day's first digit mistyped: no date.
_DMY = (
    r"(?:(?<![\d/.\-–])|(?<=\d[h:]\d\d/)|(?<=\d:\d\d))(?<!\b[lo])(?<![\u0370-\u03ff\u0400-\u04ff])"
    r"(?P<d>\d{1,2}) ?(?P<sep>[/.\-–]) ?(?P<mo>\d{1,2}) ?(?P=sep){1,2} ?(?:['’](?=\d\d(?!\d)))?"
    r"(?P<y>\d{4}|\d{2})"
    r"(?!\d)(?!(?P=sep)[\da-z])"
)
# A Roman-numeral month, as formal writing has it: `17-V-2019`, `2/IX/2019`, `21.XI.2025`
# (tried only when no other date is found: it is rare).
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})(?![a-z])"
_ROMAN_DMY = _DMY.replace(r"(?P<mo>\d{1,2})", rf"(?P<mo>{_ROMAN})")
_ROMAN_HINT = patterns.compile(r"\d ?[/.\-] ?[ivx]")
# Solar month names only: `tháng Giêng` and `tháng Chạp` name lunar months (`_LUNAR_AFTER`);
# a Roman numeral after `tháng` is the month too (`ngày 21 tháng XI năm 2025`).
_MONTH_WORD = (
    r"(?:\d{1,2}(?!\d)|(?:muoi\s+mot|muoi\s+hai|muoi|mot|hai|ba|tu|bon|nam|sau|bay|tam"
    rf"|chin)(?![a-z])|{_ROMAN})"
)
# `tháng`, and its short forms `thg 2`, `Th02`, `Th2` (the last two glued to the number: a spaced
# `Th 2` is Monday). The year's `năm` may be OCR's `nărn`, the letters r and n read for an m.
# Jira's `dd/MMM/yy` puts solidi around the month and a two-digit year after it (`29/Thg 05/26`).
_MONTH_LABEL = r"(?:thang|thg|th(?=\d))\.?\s*"
# A number after `kỳ` is a period's or an issue's (`Kỳ 2 tháng 11/2025`), no day.
# After a day the short form may be spaced or dotted (`08 TH 12 2025`, `08 th.12.2025`), or a
# lone `T` glued to the month before `/` and the year (`08 T12/2025`): a weekday's `Th 2` or `T2`
# stands before a date, never between its day and its year. After `Ngày` a comma may end each
# field (`Ngày 06, tháng 12, năm 2026`). The day's weekday may stand in brackets after it
# (`ngày 06 (Chủ nhật) tháng 12 năm 2026`).
_WRITTEN_DMY = (
    r"(?:(?P<label>ngay)\s*)?(?<!\d)(?<!(?<![a-z])k[iy]\s)(?P<d>\d{1,2})(?:st|nd|rd|th(?!\d))?"
    rf"(?:\s*\(\s*{_WEEKDAY}\s*\))?"
    r"\s*(?:(?P<dsep>[-/.])|(?(label),))?\s*"
    + r"(?:thang|thg|th(?=\.?\s?\d)|(?<=\d\s)t(?=\d{1,2}/\d{4}(?!\d)))\.?\s*"
    + r"(?P<mo>"
    + _MONTH_WORD
    + r")"
    # a two-digit year after a solidus, after an apostrophe (`31 Thg 12 '27`), or after a dot or
    # a hyphen when one set the day apart too (`01.Th03.27`)
    r"(?:\s*(?:,\s*na(?:m|rn)|na(?:m|rn)|,|/|-|\.)\s*|\s+['’]?|['’])"
    r"(?P<y>\d{4}|(?<=[/'’])\d{2}|(?(dsep)(?<=[.\-])\d{2}|(?!)))(?!\d)"
)
# Month first, the year after the day's comma or a space alone (`Th12 08, 2025`, `Th12 08 2025`).
_WRITTEN_MDY = (
    _MONTH_LABEL + r"(?P<mo>" + _MONTH_WORD + r")\s+(?P<d>\d{1,2})(?:\s*,\s*|\s+)(?P<y>\d{4})(?!\d)"
)
_TH_DIGIT = patterns.compile(r"th\.?\s?\d|\d\st\d{1,2}/\d{4}")  # or `08 t12/2025`
# A date in Khmer, as the Khmer-language pages of the Mekong provinces print it: `ថ្ងៃទី១៦
# ខែកញ្ញា ឆ្នាំ២០២៥` (day 16, month September, year 2025), digits in either script; a CMS's
# date field prints the month's name without its `ខែ` (month) word (`05 ធ្នូ 2026`).
_KHMER_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "មករា",
            "កុម្ភៈ",
            "មីនា",
            "មេសា",
            "ឧសភា",
            "មិថុនា",
            "កក្កដា",
            "សីហា",
            "កញ្ញា",
            "តុលា",
            "វិច្ឆិកា",
            "ធ្នូ",
        ),
        1,
    )
}
_KHMER_DMY = (
    r"(?:ថ្ងៃទី\s*)?(?<!\d)(?P<d>\d{1,2})\s*(?:ខែ\s*)?(?P<mo>" + "|".join(_KHMER_MONTHS) + r")"
    r"\s*(?:ឆ្នាំ\s*)?(?P<y>\d{4})(?!\d)"
)
_KHMER_MONTH_HINT = patterns.compile("|".join(_KHMER_MONTHS))
# … and in Thai (`5 ธันวาคม 2025 08:05`) or Lao (`ວັນທີ 31 ທັນວາ 2027`), a month's name read as
# any language's, Thai's abbreviated too (`31 ก.ค. 2029`); the Buddhist-era year Thai pages also
# print (`2568`) is past the reader's years and refused.
_THAI_MONTHS = {
    name: number
    for names in (
        (
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม",
        ),
        (
            "ม.ค.",
            "ก.พ.",
            "มี.ค.",
            "เม.ย.",
            "พ.ค.",
            "มิ.ย.",
            "ก.ค.",
            "ส.ค.",
            "ก.ย.",
            "ต.ค.",
            "พ.ย.",
            "ธ.ค.",
        ),
        (
            "ມັງກອນ",
            "ກຸມພາ",
            "ມີນາ",
            "ເມສາ",
            "ພຶດສະພາ",
            "ມິຖຸນາ",
            "ກໍລະກົດ",
            "ສິງຫາ",
            "ກັນຍາ",
            "ຕຸລາ",
            "ພະຈິກ",
            "ທັນວາ",
        ),
    )
    for number, name in enumerate(names, 1)
}
_THAI_MONTH = "|".join(map(re.escape, _THAI_MONTHS))
_THAI_DMY = r"(?<!\d)(?P<d>\d{1,2})\s*(?P<mo>" + _THAI_MONTH + r")\s*(?P<y>\d{4})(?!\d)"
_THAI_MONTH_HINT = patterns.compile(_THAI_MONTH)
# A date as Chinese, Japanese and Korean print it, its year, month and day marked:
# `2025年11月21日`, `2025년 11월 21일`.
_CJK_YMD = r"(?<!\d)(?P<y>\d{4})\s*[年년]\s*(?P<mo>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
# Korean's numeric date, a stop and a space after the year, the month and a stop closing the day
# (`2025. 12. 8.`): the stops after each part tell it from a sentence ending on a year.
_DOTTED_YMD = patterns.compile(
    r"(?<![\d.])(?P<y>\d{4})\. (?P<mo>\d{1,2})\. (?P<d>\d{1,2})\.(?![\d.])"
)
_DOTTED_YMD_HINT = patterns.compile(r"\d{4}\. \d")
# A spreadsheet's `dd-mmm-yy` in Vietnamese: `12-Thg12-25`.
_HYPHENED_DMY = (
    r"(?<![\d/.\-])(?P<d>\d{1,2})-th(?:g|ang)?\s?(?P<mo>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\d/.\-])"
)
# A day and month after `ngày` with the year given after `năm` (year): `ngày 16/9 năm 2025`,
# `Ngày 16/9, năm 2025`, `ngày 16/9 (năm 2025)` (without `ngày`, `1/3 năm 2024` is a fraction of
# the year).
_DM_YEAR_WORD = (
    r"(?<![a-z])ngay\s+(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<mo>\d{1,2})(?![\d/.\-])\s*[,(]?\s*nam\s+"
    r"(?P<y>\d{4})(?!\d)"
)
# … or before it, after `năm` or alone before a comma: `Năm 2025, ngày 21/11`, `2025, ngày
# 21/11`, `năm 2025, ngày 21 tháng 11`; or before the month and then the day, as a formal
# year-first line has it: `Năm 2025 tháng 11 ngày 21`.
_YEAR_FIRST = r"(?:(?<![a-z])nam\s+|(?<![\d/.\-:])(?=\d{4}\s*,))(?P<y>\d{4})(?!\d)\s*,?\s*"
_YEAR_WORD_DM = (
    _YEAR_FIRST + r"ngay\s+(?P<d>\d{1,2})(?:(?P<sep>[/.\-])|\s*,?\s*thang\s+)(?P<mo>\d{1,2})"
    r"(?![\d/.\-])"
)
_YEAR_WORD_MD = (
    r"(?<![a-z])nam\s+(?P<y>\d{4})\s*,?\s*thang\s+(?P<mo>\d{1,2})\s*,?\s*ngay\s+(?P<d>\d{1,2})"
    r"(?![\d/.\-])"
)
_EN_MONTH = (
    r"(?<![a-z])(?P<mo>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
_EN_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![a-z\d])"
# … and before the month, an ordinal dot (`1. April 2025`, as German and Nordic pages print it).
_EN_DAY_FIRST = r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?(?![a-z\d])"
# English software's written dates name their month, so they are never ambiguous:
# `February 3, 2020`, `Mon Feb 03, 2020`, `3rd February 2020`, RSS's `Mon, 03 Feb 2020`,
# RFC 822's two-digit year before its clock, `Tue, 05 Mar 24 08:00:00 +0700`, and a forum's
# `5 Nov '25` and `Nov 5, '25`.
_WRITTEN_EN_MDY = (
    _EN_MONTH
    + r"\s+(?:the\s+)?"  # `March the 11th, 2029`
    + _EN_DAY
    + r"\s*,?\s*(?:['’](?=\d\d(?!\d)))?(?P<y>\d{4}|(?<=['’])\d\d)(?!\d)"
)
_WRITTEN_EN_DMY = (
    r"(?<![\d])"
    + _EN_DAY_FIRST
    + r"(?:(?<=st|nd|rd|th),)?\s+(?:of\s+)?"  # an ordinal's comma: `Sat the 30th, Oct 2027`
    + _EN_MONTH
    + r"\s*,?\s*(?:['’](?=\d\d(?!\d)))?(?P<y>\d{4}|\d{2}(?=\s+\d{1,2}:\d{2})|(?<=['’])\d\d)(?!\d)"
)
# Oracle's and RFC 850's `17-May-19`, `17-May-2019`, an ordinal's letters kept (`11th-Mar-2029`).
_HYPHENED_EN_DMY = (
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?-" + _EN_MONTH + r"-(?P<y>\d{4}|\d{2})(?!\d)"
)
# The common log format of Apache and nginx: `[21/Nov/2025:08:05:00 +0700]`, the clock glued to
# the year by a colon.
_COMMON_LOG = (
    r"(?<!\d)(?P<d>\d{1,2})/" + _EN_MONTH + r"/(?P<y>\d{4}):(?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})"
    r"(?:\s*(?P<tz>[+-]\d{4}))?(?!\d)"
)
# Java's `Date.toString()` and Unix `date`: the clock between the day and the year; asctime's
# zone may follow the year (`Fri Nov 21 01:05:00 2025 GMT`); Unix `date` prints a numeric zone
# before it (`Fri Nov 21 08:05:00 +07 2025`).
# PostgreSQL's `Postgres` date style prints the day first (`Fri 06 Feb 08:05:33.120 2026 +07`),
# Java's `EEE MMM dd HH:mm:ss zzz yyyy` in Vietnamese the month as `thg 2` (`T6 thg 2 06 08:05:33
# ICT 2026`).
_YEAR_AND_ZONE = (
    r"(?:\s+(?P<zb>[+-]\d{2}(?::?\d{2})?)(?=\s+\d{4}(?!\d)))?"
    r"\s+(?P<y>\d{4})(?!\d)(?:\s+(?P<zy>gmt|utc|ut|[+-]\d{2}(?::?\d{2})?)(?![\da-z:]))?"
)
_CLOCK_INSIDE_EN = (
    _EN_MONTH + r"\s+(?P<d>\d{1,2})\s+" + _time("2", after_date=True) + _YEAR_AND_ZONE
)
_CLOCK_INSIDE_EN_DM = (
    r"(?<!\d)(?P<d>\d{1,2})\s+" + _EN_MONTH + r"\s+" + _time("2", after_date=True) + _YEAR_AND_ZONE
)
_CLOCK_INSIDE_VI = (
    r"(?:thg|thang)\s*(?P<mo>\d{1,2})\s+(?P<d>\d{1,2})\s+"
    + _time("2", after_date=True)
    + _YEAR_AND_ZONE
)
_CLOCK_INSIDE_VI_HINT = patterns.compile(r"(?:thg|thang)\s*\d{1,2}\s+\d{1,2}\s+\d")
_EN_HINT = patterns.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# A date marked lunar (`10/01/2020 (âm lịch)`, `10-01-2020 ÂL`, `Âm lịch: 10/01/2020`) or
# written with a lunar month name is never a publish time; a mark followed by a date of its own
# (`16/09/2025 (ÂL 25/07)`) labels that date, not the one before it. The short mark may be
# dotted (`Â.L`).
_LUNAR_MARK = r"(?:am\s*lich|a\.?l)(?![a-z])"
_LUNAR_AFTER = patterns.compile(rf"\s*[(\[]?\s*{_LUNAR_MARK}(?!\s*[:\d])")
_LUNAR_BEFORE = patterns.compile(r"am\s*lich\s*[:\-]?\s*(?:ngay\s*)?$")
_LUNAR_WINDOW = 16
_DAY_WORD_FORM = (
    r"(?:ngay\s+)?(?P<word>hom\s*qua|hom\s*kia|hom\s*nay|bua\s*qua|yesterday|today(?!\s*\()|今天|昨天|前天"
    r"|(?P<part>{parts})\s*(?:hom\s*)?(?P<rel>nay|qua))(?![a-z])"
)
_DAY_WORD = _DAY_WORD_FORM.format(parts="sang|trua|chieu|toi|dem|khuya")
# The narrowed parts make the pattern a fifth slower on every line it is tried on: it is tried
# only on lines holding one of their words.
_NARROWED_DAY_WORD = _DAY_WORD_FORM.format(parts=_DAY_PART)
_NARROWING_WORDS = ("rang", "nua", "dau gio", "cuoi gio", "giua", "xe chieu", "chap", "muon", "som")
# A date that is part of a path is an address's, not a publish time (`…/2025/11/21/tin.html`).
# The separators may be spaced, each alike (`2026 - 01 - 02`).
_ISO = patterns.compile(
    r"(?<![\d./])(?P<y>\d{4})(?P<sp> ?)(?P<sep>[-/.])(?P=sp)(?P<mo>\d{1,2})(?P=sp)(?P=sep)(?P=sp)"
    r"(?P<d>\d{1,2})(?!\d)"
    r"(?:(?:t|\s+|(?P<abbr>[+-]\d{2}))(?P<h>\d{1,2})(?::(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?|(?<=t\d\d)(?=z|[+-]\d\d))"
    r"(?:\s?(?P<tz>z|[+-]\d{2}(?::?\d{2}){0,2}|(?:etc/)?(?:gmt|utc)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)"
    r"(?![\d:a-z])|\s?\[?(?P<zone>(?:africa|america|asia|atlantic|australia|europe|indian|pacific)"
    r"/[a-z_]+(?:/[a-z_]+)?)(?![a-z]))?)?"
)
# A cheap test before the ISO patterns (a year ending a sentence, `năm 2019.`, is none).
_ISO_HINT = patterns.compile(r"\d{4}(?: ?[-/]|\.\d| \. \d|\d{4}t\d{4})")
# ISO 8601's basic format, `20210823T074500+0700`: only with its `T` and a clock (a bare
# `20260307080054` is an id, not a date).
_ISO_BASIC = patterns.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})t(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?"
    r"(?:[.,](?P<f>\d{1,9}))?(?P<tz>z|[+-]\d{2}(?::?\d{2})?)?(?![\d:a-z])"
)
_ISO_BASIC_HINT = patterns.compile(r"\d{8}t\d{4}")
# ISO 8601's week date with its day, `2024-W10-2` (Tuesday of week 10), its basic form
# `2024W102` and either with a `T` and a clock (`2025W453T083000`): exact, so read; a week
# without its day (`2024-W10`) names no day, and two joined by a slash are a period.
_ISO_WEEK = patterns.compile(
    r"(?<![\d./])(?P<y>\d{4})(?P<dash>-?)w(?P<w>\d{2})(?P=dash)(?P<wd>[1-7])(?![\d\-/])"
)
_ISO_WEEK_HINT = patterns.compile(r"w\d\d")
# … its basic clock may carry its offset (`2027W055T221500+0700`), as a basic date's does.
_BASIC_CLOCK = patterns.compile(
    r"(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?(?P<tz>z|[+-]\d{2}(?::?\d{2})?)?(?![\d:a-z+\-])"
)
# JSON may escape its solidi: `"\/Date(1763687100000)\/"`.
_ASPNET = r"/date\((?P<ms>-?\d{1,15})(?:[+-]\d{4})?\)\\?/"
# `h` and `p` as in `2h trước`, `15p trước`, the minute mark in `15' trước`; `hôm` is a day
# (`3 hôm trước`).
_UNIT = r"(?:(?:giay|phut|gio|tieng|ngay|hom|tuan|thang|nam|h|p)(?![a-z])|['’])"
_EN_UNIT = r"(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?(?![a-z])"
# A count in digits or words, `nửa` (half); `tiếng đồng hồ` is an hour, `1 tiếng rưỡi` one and a
# half. A spelled count up to 999 is read whole: `mười lăm` (15), `hai mươi` (20), `hai mươi mốt`
# (21), `hai mươi tư` (24), `một trăm hai mươi` (120), `hai trăm linh năm` (205); after `mươi`,
# five is `lăm` (`hai mươi năm` is twenty years).
_ONES_AFTER_TEN = r"(?:\s+(?:mot|hai|ba|bon|tu|lam|nham|sau|bay|tam|chin)(?![a-z]))?"
_DIGIT_WORD = r"(?:mot|hai|ba|bon|nam|sau|bay|tam|chin)"
_TENS = rf"\s+muoi{_ONES_AFTER_TEN}"
# The digit words are one alternation, whatever follows them: the pattern is tried at every
# position of a line.
_COUNT_WORD = (
    rf"{_DIGIT_WORD}(?:\s+tram(?:\s+(?:le|linh)\s+(?:{_DIGIT_WORD}|tu)(?![a-z])"
    rf"|\s+(?:{_DIGIT_WORD}{_TENS}|muoi{_ONES_AFTER_TEN}))?|{_TENS})?"
    rf"|muoi{_ONES_AFTER_TEN}|nua"
)
# A count with a decimal comma (`1,5 giờ`, an hour and a half); one digit after it, as
# `1,500` groups thousands.
_NUMBER = r"\d+(?:,\d(?!\d))?"
_AMOUNT = (
    rf"({_NUMBER}|{_COUNT_WORD}|an?|one)\s*({_UNIT}|{_EN_UNIT})(?:\s*dong\s*ho(?![a-z]))?"
    r"(\s*ruoi(?![a-z]))?"
)
# (an abbreviated unit may keep its full stop: Reddit's `3 hr. ago`)
_AGO_EN = rf"(?<![a-z\d.,])(?:(?:\d+|an?|one)\s*{_EN_UNIT}\.?\s*)+ago(?![a-z])"
# A count in words ends its word (`chín giờ trước`): in `Hành chính trước ngày 15/12` the `h`
# after `chín` is the word `chính`'s, no unit of hours.
_AGO = (
    rf"(?P<ahead>sau\s+)?(?<![a-z\d.,\-−])"
    rf"(?:(?:{_NUMBER}|(?:{_COUNT_WORD})(?![a-z]))\s*{_UNIT}(?:\s*dong\s*ho)?(?:\s*ruoi)?\s*(?:,\s*)?)+"
    r"(?(ahead)nua|truoc)"
    rf"|(?<![a-z])cach\s*(?:day|nay)\s+(?:(?:khoang|chung)\s+)?(?:(?:\d+|(?:{_COUNT_WORD})(?![a-z]))\s*{_UNIT}(?:\s*ruoi)?\s*)+"
    r"|(?P<word>vua\s+xong|vua\s+moi|vua\s+dang|vua\s+cap\s+nhat|vai\s+giay\s+truoc|tuan\s+truoc|thang\s+truoc|nam\s+ngoai"
    r"|nam\s+truoc|just\s+now|last\s+(?:week|month|year))(?![a-z])"
)

# Patterns most pages need are compiled here; the ones only some dates need (written months,
# relative dates, a bare time, the fallback's gate) stay text, compiled by `re`'s own cache
# the first time: compiling every pattern at import made up a tenth of `tinbao extract`.
_DMY_RE = patterns.compile(_DMY)
# A time right after a date, or right before one (searched in a short window ending at the
# date): cheaper than wrapping every date pattern in optional time groups.
_TIME_AFTER_RE = patterns.compile(_SEP_AFTER + _time("2", after_date=True))
_TIME_BEFORE_RE = patterns.compile(f"{_time('1')}{_SEP_BEFORE}$")
_BEFORE_WINDOW = 48
_DIGIT = patterns.compile(r"\d")
_TIME_ONLY = _time("1")
# English weekdays, as forum software prints them for the past week: `Wednesday at 8:30 PM`, or
# abbreviated as a feed prints it (`Sun 20:15`, `Wed. 8:30 PM`): the first three letters name it.
_EN_WEEKDAY = rf"(?<![a-z])(?P<en>(?:{_EN_WEEKDAY_NAMES})day|{_EN_WEEKDAY_SHORT}\.?)(?![a-z])"
# Words and punctuation that may surround a date in a whole-string parse (labels, weekdays, a
# bulletin's `Tin phát lúc 04h30`: its issue time).
_DECORATION = (
    rf"(?:[\s,.:;|\-–—()\[\]]|{_WEEKDAY}(?:\s*(?:vua\s*(?:qua|roi)|tuan\s*nay)(?![a-z]))?|hom|cap\s*nhat|dang|ngay|xuat\s*ban|thoi\s*gian|luc|vao"
    r"|(?:ban\s*)?tin\s*phat|phat\s*hanh"
    rf"|gio|gmt|utc|{_EN_WEEKDAY}|(?<![a-z])at(?![a-z]))*"
)

# Shapes the fast path owns: if it rejected them, dateparser must not guess (it would read
# `12/30/2024` month-first, give a year-less `12/05` the current year, or read `9,330` as a
# date, or a day word with an hour past 23, `Hôm qua 24:00`, as that day's fetch time). What is
# left for the fallback needs a number followed by a word or a second number; bare weekday
# names, `năm 2020` or a lone count are not publish times.
_NO_FALLBACK = (
    r"\d\s*[/.,\-]\s*\d|(?:thang|thg)\s*[a-z\d]|th\d|truoc|nua|ngay\s*mai|tomorrow"
    r"|(?<!\d)(?:2[4-9]|[3-9]\d)\s*:\s*\d\d"
)
_FALLBACK_GATE = r"\d\s*[a-z]|\d\D+\d"
# A post's edit mark after its age or clock (`1 giờ • Đã chỉnh sửa`, `3 ngày (đã chỉnh sửa)`, an
# English `· Edited`): the time is the post's, the mark adds nothing.
_EDIT_NOTE = patterns.compile(r"[\s•·|(]*(?:(?:da\s*)?chinh\s*sua|edited)\s*\)?\s*$")
# What the fallback may return, as it resolves whatever it cannot read against the fetch time:
# a date whose day, month and year are numbers of the string (`05‐03‐2024` with look-alike
# hyphens), or an age printed as bare counts of units, as Facebook prints `2 giờ` and dateparser
# reads `2 tuần 3 ngày`. A count after `giờ` is a clock's minutes (`2 giờ 30 phút` is 02:30, a
# clock with no day), and a weekday or `lúc` before a count makes it a clock (`Chủ nhật lúc 8
# giờ`, which dateparser reads as the coming Tuesday): those days come from no field.
_FALLBACK_AGE = patterns.compile(
    r"\s*(?:\d+\s*(?:giay|phut|gio(?!\s*\d)|tieng|ngay|tuan|thang|nam)(?![a-z])\s*)+"
)

_MONTHS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "muoi mot": 11,
    "muoi hai": 12,
}
_ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1
    )
}
_EN_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_UNITS = {
    "giay": timedelta(seconds=1),
    "phut": timedelta(minutes=1),
    "gio": timedelta(hours=1),
    "tieng": timedelta(hours=1),
    "ngay": timedelta(days=1),
    "hom": timedelta(days=1),
    "tuan": timedelta(weeks=1),
    "thang": timedelta(days=30),
    "nam": timedelta(days=365),
    "h": timedelta(hours=1),
    "p": timedelta(minutes=1),
    "'": timedelta(minutes=1),
    "’": timedelta(minutes=1),
    "sec": timedelta(seconds=1),
    "second": timedelta(seconds=1),
    "min": timedelta(minutes=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "month": timedelta(days=30),
    "year": timedelta(days=365),
}
_COUNT_WORDS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "nua": 0.5,
}
_ONES_AFTER_TEN_WORDS = {**_COUNT_WORDS, "tu": 4, "lam": 5, "nham": 5}
_AGO_WORDS = {
    "vua xong": timedelta(0),
    "vua moi": timedelta(0),
    "vua dang": timedelta(0),
    "vua cap nhat": timedelta(0),
    "vai giay truoc": timedelta(0),
    "tuan truoc": timedelta(weeks=1),
    "thang truoc": timedelta(days=30),
    "nam ngoai": timedelta(days=365),
    "nam truoc": timedelta(days=365),
    "just now": timedelta(0),
    # English's words for the same (`last week`), read as the Vietnamese ones are
    "last week": timedelta(weeks=1),
    "last month": timedelta(days=30),
    "last year": timedelta(days=365),
}
# `bữa qua` is the South's `hôm qua`.
# … and Chinese chat apps' (WeChat's `昨天 23:15`): today, yesterday, the day before.
_DAY_WORDS = {
    "hom nay": 0,
    "hom qua": 1,
    "hom kia": 2,
    "bua qua": 1,
    "today": 0,
    "yesterday": 1,
    "今天": 0,
    "昨天": 1,
    "前天": 2,
}
_RELATIVE_HINT = patterns.compile(
    "hom|truoc|vua|nua|ngoai|day|ago|nay|qua|just now|last|天|vor|il y a|hace|ha |once|前|전"
)
_DAY_WORD_HINT = patterns.compile("hom|day|nay|qua|天")
_SPACE_RUN = patterns.compile(r"\s+")


# --- helpers ----------------------------------------------------------------------------------


# Zero-width characters between digits: typed inside a number (`14:\u200b20`, `2\u200b025`)
# they join it, but between numbers no date field could join into (a year and the clock after
# it, `2025\u200b\u200b08:15`) they separate, as the space they stand for does.
_ZERO_WIDTH_IN_DIGITS = patterns.compile(f"(\\d+)[{ZERO_WIDTH_CHARS}]+(?=(\\d+))")
_LONGEST_FIELD = 4  # digits of a year, the longest part of a date or a clock


# A JSON escape, and a separator's percent-encoding between digits (an address's query).
_JSON_ESCAPE = patterns.compile(r"\\u([0-9a-fA-F]{4})")
_URL_ESCAPE = patterns.compile(r"(?<=\d)%(2[0BbCcFf]|3[Aa])(?=\d)")
# The lead bytes of UTF-8's Vietnamese letters as windows-1252 shows them, before a continuation
# byte (`Ã ` of `à`, `Ä‘` of `đ`, `á»` of `ờ`, `Æ°` of `ư`): a cheap test first.
_UTF8_MISREAD_HINT = patterns.compile("[ÃÄÆ][\u0080-\u00bf\u0152-\u203a]|á»")
# VIQR's marks no other text puts after a vowel: a breve on an a, a hat on an a, e or o, a horn
# on an o or u, a grave accent on any (`na(m`, `gio+``, `Nga`y`; a call's `Date(` is none). The
# first pattern is the cheap test every ASCII line gets, the second the exact one.
_VIQR_HINT = patterns.compile(r"[aeiouyAEIOUY](?:[(^+]|`)")
_VIQR_MARK = patterns.compile(r"[aA]\(|[aeoAEO]\^|[ouOU]\+|[aeiouyAEIOUY]`")
# The bidirectional isolates, marks and embeddings a right-to-left page wraps a date and its clock
# in (`\u2067…\u2069`, `\u2068`, `\u200f…\u200f`, `\u202b…\u202c`): invisible, read as the
# space they stand between fields; so is the Mongolian vowel separator, a space until Unicode 6.3
# and still typed as one.
_ISOLATES = patterns.compile("[\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# An emoji keycap's marks after a digit (`2️⃣9️⃣`, as social posts style a date): the digit is
# left.
_KEYCAP = patterns.compile("\ufe0f?\u20e3")
# A Roman numeral typed as one sign (`31.Ⅻ.2027`): its letters, as `_ROMAN` reads a month.
_ROMAN_SIGNS = patterns.compile("[\u2160-\u217f]")
# An English ordinal's letters raised after the day (`31ˢᵗ`, `30ᵗʰ`): the ordinal's `st`, `th`.
_SUPERSCRIPT_ORDINAL = patterns.compile("(?<=\\d)(?:ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)")
# The codes of TCVN3's commonest letters in dates (`à`, `á`, `ă`): a cheap test first.
_TCVN3_HINT = patterns.compile("[µ¸¨]")


# Month names of the languages CMS themes print beside Vietnamese (French, German, Spanish,
# Portuguese, Italian, Dutch, Polish, Czech, Indonesian, Russian, Greek and Turkish, folded
# (Turkish keeps its dotless `ı`); the genitive where the
# language declines a date's month), between a day and a year: each names its month as an
# English name does (`Publié le 8 décembre 2025`, `8. Dezember 2025`, `8 de diciembre de
# 2025`, `8 Desember 2025 pukul 21.15`, `8 декабря 2025 г. в 21:15`, `5. února 2027`, `5
# Φεβρουαρίου 2027`).
_FOREIGN_MONTH_NAMES = (
    "janvier janv januar enero ene janeiro gennaio januari stycznia января ocak ledna ιανουαριου",
    "fevrier fevr fev februar febrero fevereiro febbraio februari lutego февраля subat unora"
    " φεβρουαριου",
    "mars marz marzo marco maart marca maret марта mart brezna μαρτιου",
    "avril avr abril aprile kwietnia апреля nisan dubna απριλιου",
    "mai mayo maio maggio mei maja мая mayıs kvetna μαιου",
    "juin juni junio junho giugno czerwca июня haziran cervna ιουνιου",
    "juillet juil juli julio julho luglio lipca июля temmuz cervence ιουλιου",
    "aout august agosto augustus sierpnia agustus agu ags августа agustos srpna αυγουστου",
    "septembre septiembre setiembre setembro settembre wrzesnia сентября eylul zari σεπτεμβριου",
    "octobre oktober okt octubre outubro ottobre pazdziernika октября ekim rijna οκτωβριου",
    "novembre noviembre novembro listopada ноября kasım listopadu νοεμβριου",
    "decembre dezember dez diciembre dic dezembro dicembre desember des grudnia декабря aralık"
    " prosince δεκεμβριου",
)
# … and the months of two languages that print them elsewhere: Hungarian after the year
# (`2027. február 5.`), Filipino before the day (`Pebrero 5, 2027`), folded.
_HUNGARIAN_MONTHS = (
    "januar",
    "februar",
    "marcius",
    "aprilis",
    "majus",
    "junius",
    "julius",
    "augusztus",
    "szeptember",
    "oktober",
    "november",
    "december",
)
_FILIPINO_MONTHS = (
    "enero",
    "pebrero",
    "marso",
    "abril",
    "mayo",
    "hunyo",
    "hulyo",
    "agosto",
    "setyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
)
_HUNGARIAN_DATE = patterns.compile(
    rf"(?<![\w.])(?P<y>\d{{4}})\.\s+(?P<mo>{'|'.join(_HUNGARIAN_MONTHS)})\s+(?P<d>\d{{1,2}})\."
)
# Lithuanian puts the year first too, with `m.` (year) after it and `d.` (day) after the day, the
# month in the genitive (`2027 m. spalio 30 d.`), folded.
_LITHUANIAN_MONTHS = (
    "sausio",
    "vasario",
    "kovo",
    "balandzio",
    "geguzes",
    "birzelio",
    "liepos",
    "rugpjucio",
    "rugsejo",
    "spalio",
    "lapkricio",
    "gruodzio",
)
_LITHUANIAN_DATE = patterns.compile(
    rf"(?<![\w.])(?P<y>\d{{4}})\s*m\.\s+(?P<mo>{'|'.join(_LITHUANIAN_MONTHS)})\s+(?P<d>\d{{1,2}})\s*d\."
)
# Latvian and Basque put the year first too: Latvian with `gada` (of the year) after it and the
# month in the locative (`2029. gada 11. martā`), Basque with `-ko` on the year and the month in
# the genitive (`2029ko martxoaren 11`), folded.
_LATVIAN_MONTHS = (
    "janvari",
    "februari",
    "marta",
    "aprili",
    "maija",
    "junija",
    "julija",
    "augusta",
    "septembri",
    "oktobri",
    "novembri",
    "decembri",
)
_BASQUE_MONTHS = (
    "urtarrilaren",
    "otsailaren",
    "martxoaren",
    "apirilaren",
    "maiatzaren",
    "ekainaren",
    "uztailaren",
    "abuztuaren",
    "irailaren",
    "urriaren",
    "azaroaren",
    "abenduaren",
)
_LATVIAN_DATE = patterns.compile(
    rf"(?<![\w.])(?P<y>\d{{4}})\.\s*gada\s+(?P<d>\d{{1,2}})\.\s+(?P<mo>{'|'.join(_LATVIAN_MONTHS)})(?![a-z])"
)
_BASQUE_DATE = patterns.compile(
    rf"(?<![\w.])(?P<y>\d{{4}})e?ko\s+(?P<mo>{'|'.join(_BASQUE_MONTHS)})\s+(?P<d>\d{{1,2}})(?!\d)"
)
_YEAR_FIRST_MONTHS = {
    name: number
    for months in (_HUNGARIAN_MONTHS, _LITHUANIAN_MONTHS, _LATVIAN_MONTHS, _BASQUE_MONTHS)
    for number, name in enumerate(months, 1)
}
# Swahili prints the month first as Filipino does (`Oktoba 30, 2027`), folded.
_SWAHILI_MONTHS = (
    "januari",
    "februari",
    "machi",
    "aprili",
    "mei",
    "juni",
    "julai",
    "agosti",
    "septemba",
    "oktoba",
    "novemba",
    "desemba",
)
_MONTH_FIRST_MONTHS = {
    name: number
    for months in (_FILIPINO_MONTHS, _SWAHILI_MONTHS)
    for number, name in enumerate(months, 1)
}
_FILIPINO_DATE = patterns.compile(
    rf"(?<![\w.])(?P<mo>{'|'.join(_MONTH_FIRST_MONTHS)})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"
)
# … and of more languages and scripts, as printed (folded below): Romanian, Ukrainian (genitive),
# Catalan, Arabic, Hindi and Hebrew (`30 octombrie 2027`, `30 жовтня 2027`, `30 d'octubre de
# 2027`, `٣٠ أكتوبر ٢٠٢٧`, `30 अक्टूबर 2027`, `30 באוקטובר 2027`, the Hebrew month after its `ב`).
_MORE_MONTH_NAMES = (
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie"
    " decembrie",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    # Slovenian (as printed and in the genitive), Croatian (genitive; not its October,
    # `listopada`, which is Polish November), Serbian and Bulgarian in Cyrillic, Estonian,
    # Bengali, Tamil, Burmese (with and without `လ`, month), Urdu, Welsh and Irish (`11. marec
    # 2029`, `11. ožujka 2029.`, `11. март 2029.`, `11 märts 2029`, `১১ মার্চ ২০২৯`, `11 மார்ச்
    # 2029`, `၁၁ မတ်လ ၂၀၂၉`, `11 مارچ 2029`, `11 Mawrth 2029`, `11 Márta 2029`).
    "januar februar marec april maj junij julij avgust september oktober november december",
    "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra"
    " decembra",
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca",
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
    "ဇန်နဝါရီလ ဖေဖော်ဝါရီလ မတ်လ ဧပြီလ မေလ ဇွန်လ ဇူလိုင်လ ဩဂုတ်လ စက်တင်ဘာလ အောက်တိုဘာလ နိုဝင်ဘာလ ဒီဇင်ဘာလ",
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa meán_fómhair"
    " deireadh_fómhair samhain nollaig",
    # Albanian, Macedonian, Maltese (after `ta'`), Kazakh, Georgian, Armenian (genitive) and
    # Finnish (partitive): `31 korrik 2029`, `31 јули 2029`, `31 ta' Lulju 2029`, `31 шілде 2029
    # ж.`, `31 ივლისი, 2029`, `31 հուլիսի, 2029`, `31. heinäkuuta 2029`.
    "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru",
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი"
    " დეკემბერი",
    "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի"
    " նոյեմբերի դեկտեմբերի",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
    " syyskuuta lokakuuta marraskuuta joulukuuta",
)
# A name of two words is written with `_` for its space above; `-` holds the place of a month a
# row leaves out.
_FOREIGN_MONTHS = {
    name: number for number, names in enumerate(_FOREIGN_MONTH_NAMES, 1) for name in names.split()
} | {
    fold(name).replace("_", " "): number
    for names in _MORE_MONTH_NAMES
    for number, name in enumerate(names.split(), 1)
    if name != "-"
}
_FOREIGN_DATE = patterns.compile(
    r"(?<![\w.])(?P<d>\d{1,2})(?:er)?\.?\s+(?:de\s+|d['’]|ב|ta['’]\s*)?"
    rf"(?P<mo>{'|'.join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))})\.?,?\s+(?:de\s+)?"
    r"(?P<y>\d{4})(?!\d)"
)


def _as_english(m: re.Match[str]) -> str:
    """A foreign written date as the English one of equal length (`8 dec       2025`), the
    year where it was."""
    month = tuple(_EN_MONTHS)[_FOREIGN_MONTHS[m["mo"]] - 1]
    return f"{m['d']} {month}".ljust(m.start("y") - m.start()) + m["y"]


def _hungarian_as_english(m: re.Match[str]) -> str:
    """A Hungarian, Lithuanian, Latvian or Basque date, year first, as the English one day
    first, of equal length."""
    month = tuple(_EN_MONTHS)[_YEAR_FIRST_MONTHS[m["mo"]] - 1]
    return f"{m['d']} {month} {m['y']}".ljust(m.end() - m.start())


def _filipino_as_english(m: re.Match[str]) -> str:
    """A Filipino or Swahili date, month first, as the English one, of equal length."""
    month = tuple(_EN_MONTHS)[_MONTH_FIRST_MONTHS[m["mo"]] - 1]
    return f"{month} {m['d']}, {m['y']}".ljust(m.end() - m.start())


def _english_months(folded: str) -> str:
    """The folded copy with foreign written dates as English ones, of equal length."""
    if _FOREIGN_DATE.search(folded):
        folded = _FOREIGN_DATE.sub(_as_english, folded)
    if _HUNGARIAN_DATE.search(folded):
        folded = _HUNGARIAN_DATE.sub(_hungarian_as_english, folded)
    if _LITHUANIAN_DATE.search(folded):
        folded = _LITHUANIAN_DATE.sub(_hungarian_as_english, folded)
    if "gada" in folded and _LATVIAN_DATE.search(folded):
        folded = _LATVIAN_DATE.sub(_hungarian_as_english, folded)
    if "ko" in folded and _BASQUE_DATE.search(folded):
        folded = _BASQUE_DATE.sub(_hungarian_as_english, folded)
    if _FILIPINO_DATE.search(folded):
        folded = _FILIPINO_DATE.sub(_filipino_as_english, folded)
    return folded


def _escaped(m: re.Match[str]) -> str:
    return chr(int(m[1], 16))


def _zero_width_in_digits(m: re.Match[str]) -> str:
    return m[1] if len(m[1]) + len(m[2]) <= _LONGEST_FIELD else m[1] + " "


# Any other mark a theme sets alone between spaces (a triangular or hyphen bullet `‣` `⁃`, an
# operator `⋄` `∘`, an integral extension `⎮`, a vertical form `︱`): a separator, read as the
# bullet. Only punctuation and symbols outside ASCII count, and not the marks that mean more: a
# dash or an arrow between two dates makes a range (`_RANGE_MARKS`), a stopwatch times a
# duration, the geometric shapes are sorted above (`_BULLET_SHAPES`: a player's triangle is no
# bullet), and a colon's look-alike or a sign that stands for an ASCII one (`／`, `．`) is that
# sign.
_LONE_MARK = patterns.compile(r"(?<=\s)[^\w\s\x00-\x7f](?=\s)")
_LONE_MARK_CATEGORIES = ("Pd", "Po", "Sm", "So")
_ARROWS = ("\u2190", "\u21ff")
_GEOMETRIC_SHAPES = ("\u25a0", "\u25ff")
_NOT_LONE_SEPARATORS = "⏱"


def _lone_mark_as_bullet(m: re.Match[str]) -> str:
    mark = m[0]
    if (
        unicodedata.category(mark) not in _LONE_MARK_CATEGORIES
        or _ARROWS[0] <= mark <= _ARROWS[1]
        or _GEOMETRIC_SHAPES[0] <= mark <= _GEOMETRIC_SHAPES[1]
        or mark in _RANGE_MARKS
        or mark in _NOT_LONE_SEPARATORS
        or mark in _COLON
        or unicodedata.normalize("NFKC", mark).isascii()
    ):
        return mark
    return "•"


def _prepare(text: str) -> tuple[str, str]:
    """Return (normalised text, folded copy of equal length) for matching."""
    if "\\u" in text:  # JSON's escapes: `06\u002F02\u002F2026`
        text = _JSON_ESCAPE.sub(_escaped, text)
    if "%" in text:  # a date in an address: `2026-02-06T08%3A05%3A33%2B07%3A00`
        text = _URL_ESCAPE.sub(_escaped, text)
    if "&" in text:  # tested here too: most texts hold no entity, and this runs on every one
        text = unescape(text)
        if "&" in text:  # escaped twice: `21/11/2025&amp;nbsp;08:05`
            text = unescape(text)
    if text.isascii():
        if not (_VIQR_HINT.search(text) and _VIQR_MARK.search(text)):
            folded = _malay_parts(_mended(_english_months(text.lower())))
            return text, _seasonal_zones_kept(text, folded) if "T" in text else folded
        text = from_viqr(text)  # `Nga`y 29 tha'ng 5 na(m 2026`: VIQR's marks after the vowels
    if _UTF8_MISREAD_HINT.search(text):  # `NgÃ y 29 thÃ¡ng 5`: UTF-8 shown as windows-1252
        text = from_utf8_misread(text) or text
    if "\u20e3" in text:
        text = _KEYCAP.sub("", text)
    if _ROMAN_SIGNS.search(text):
        text = _ROMAN_SIGNS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    if _ISOLATES.search(text):
        text = _ISOLATES.sub(" ", text)
    text = TAG_CHARS.sub("", text.translate(BLANK_LOOKALIKES))
    if _SUPERSCRIPT_ORDINAL.search(text):
        text = _SUPERSCRIPT_ORDINAL.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    if "\u02bc" in text:  # the modifier letter apostrophe some keyboards type: `16/07/ʼ26`
        text = text.replace("\u02bc", "’")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _LONE_MARK.search(text):
        text = _LONE_MARK.sub(_lone_mark_as_bullet, text)
    if JUNK.search(text):
        text = JUNK.sub("", _ZERO_WIDTH_IN_DIGITS.sub(_zero_width_in_digits, text))
    if _TCVN3_HINT.search(text) and legacy_encoding(text) == "TCVN3":
        text = from_tcvn3(text)  # `Ngµy 06 th¸ng 02 n¨m 2026`: a legacy font's codes
    folded = _mended(_english_months(fold(text)))
    if "phut" in folded and _CLOCK_WORDS.search(folded):
        folded = _CLOCK_WORDS.sub(_clock_digits, folded)
    if "gio" in folded and _HOUR_WORDS_BEFORE_DATE.search(folded):
        folded = _HOUR_WORDS_BEFORE_DATE.sub(_hour_words_digits, folded)
    if "gio" in folded and _HOUR_WORD.search(folded):
        folded = _HOUR_WORD.sub(_hour_digits, folded)
    if "(m" in folded and _DAY_RESTATED.search(folded):
        folded = _DAY_RESTATED.sub(_restated_blanked, folded)
    if "toi" in folded:
        folded = _until_as_den(text, folded)
    folded = _malay_parts(folded)
    return text, _seasonal_zones_kept(text, folded) if "T" in text else folded


# Malay's and Indonesian's parts of the day after a clock (`9:15 malam`, 21:15; `9:15 pagi`), as
# the Vietnamese ones they stand for, of equal length in the folded copy.
_MALAY_PARTS = {"pagi": "sang", "petang": "chieu", "malam": "toi"}
_MALAY_PART = patterns.compile(rf"(?<=\d)\s*({'|'.join(_MALAY_PARTS)})(?![a-z])")


def _malay_parts(folded: str) -> str:
    """The folded copy with Malay's parts of the day after a clock as the Vietnamese ones."""
    if "pagi" in folded or "petang" in folded or "malam" in folded:
        return _MALAY_PART.sub(_malay_part_as_vietnamese, folded)
    return folded


def _malay_part_as_vietnamese(m: re.Match[str]) -> str:
    return m[0].replace(m[1], _MALAY_PARTS[m[1]].ljust(len(m[1])))


# The day restated as an ordinal in brackets before the month (`Ngày 08 (mùng 8) tháng 12`): an
# aside. In the folded copy the brackets become spaces (spans still index the text) when they
# restate the same day.
_DAY_RESTATED = patterns.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<aside>\((?:mung|mong)\s*(?P<again>\d{1,2})\))(?=\s*thang\s)"
)


def _restated_blanked(m: re.Match[str]) -> str:
    if int(m["d"]) != int(m["again"]):
        return m.group()
    return m.group()[: m.start("aside") - m.start()] + " " * len(m["aside"])


# A separator typed twice between digits (`08//12/2025`, `21::15`), or a day and month set apart
# by one separator and the year by the other (`08/12.2025`, `08.12/2025`): typos. In the folded
# copy the second mark becomes a space and the odd one a slash (same length: spans still index
# the text), as the date and clock rules read them.
_SEPARATOR_TYPO = patterns.compile(
    r"(?<=\d)([/:])\1(?=\d)|(?<![\d./])\d{1,2}(?:/\d{1,2}\.|\.\d{1,2}/)\d{4}(?![\d./])"
)


def _mended(folded: str) -> str:
    """The folded copy with its separator typos mended (`_SEPARATOR_TYPO`)."""
    return (
        _SEPARATOR_TYPO.sub(_separator_mended, folded) if "/" in folded or ":" in folded else folded
    )


def _separator_mended(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + " "
    return m.group().replace(".", "/")


# An hour spelled in words before `giờ` and a part of the day (`Mười giờ sáng`, `hai giờ 15
# chiều`, `tám giờ rưỡi tối`): `giờ` and the part settle that the word is a clock's hour, not a
# day or a year. In the folded copy the word becomes its digits, padded to the word's length
# (spans still index the text), so every clock rule reads it.
_HOUR_WORDS = {
    "khong": 0,
    **{word: n for word, n in _COUNT_WORDS.items() if n == int(n)},
    "muoi mot": 11,
    "muoi hai": 12,
}
_HOUR_WORD = patterns.compile(
    r"(?<![a-z\d])(?P<word>muoi\s(?:mot|hai)|khong|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
    rf"(?=\s+gio(?:\s+(?:\d{{1,2}}(?:\s*phut)?|ruoi))?\s+{_DAY_PART}(?![a-z]))"
)


# An hour and a minute both in words before `giờ` and `phút` (`mười giờ năm phút`, `Hai mươi giờ
# mười lăm phút`): the units settle that the words are a clock's, as `giờ` and a part of the
# day settle an hour alone. In the folded copy each count becomes its digits, padded to its
# words' length from its first letter (spans still start where the words do).
_CLOCK_WORDS = patterns.compile(
    rf"(?<![a-z\d])(?P<hour>{_COUNT_WORD})\s+gio\s+(?P<minute>{_COUNT_WORD})\s+phut(?![a-z])"
)


# … or an hour in words before `giờ` and `kém` and a count of minutes, or an hour of two words or
# more before `giờ`, right before a date (`Chín giờ kém mười lăm, ngày 04/12/2025`, `Hai mươi
# hai giờ, 04/12/2025`), as a listen bar's transcript reads a line aloud. One word alone before
# `giờ` stays words: `bay gio` is also `bây giờ` (now) folded.
_HOUR_WORDS_BEFORE_DATE = patterns.compile(
    rf"(?<![a-z\d])(?P<hour>{_COUNT_WORD})\s+gio(?:\s+kem\s+(?P<minute>{_COUNT_WORD})"
    r"(?:\s+phut)?)?(?=\s*,?\s*(?:ngay\s+)?\d{1,2}\s*[/.\-]\s*\d)"
)


def _hour_words_digits(m: re.Match[str]) -> str:
    if not m["minute"] and " " not in m["hour"].strip():
        return m.group()
    return _clock_digits(m)


def _clock_digits(m: re.Match[str]) -> str:
    names = [name for name in ("hour", "minute") if m[name]]
    values = [_count(_SPACE_RUN.sub(" ", m[name])) for name in names]
    if any(value != int(value) for value in values) or values[0] > 23 or values[-1] > 59:
        return m.group()
    text = m.group()
    start = m.start()
    for name, value in zip(names, values, strict=True):
        s, e = m.start(name) - start, m.end(name) - start
        text = text[:s] + str(int(value)).ljust(e - s) + text[e:]
    return text


# A number word before the hour's makes it the tail of a larger number (`hai mươi giờ`, twenty;
# `mười ba giờ`, thirteen), which is left in words.
_NUMBER_WORD_BEFORE = patterns.compile(
    r"(?<![a-z])(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|linh|le|khong)\s+$"
)


def _hour_digits(m: re.Match[str]) -> str:
    word = m["word"]
    if _NUMBER_WORD_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return word
    return str(_HOUR_WORDS[_SPACE_RUN.sub(" ", word)]).rjust(len(word))


# `tới` (until, to) and `tối` (evening) fold alike, to `toi`; in the folded copy `tới` becomes
# `den`, as its synonym `đến` folds (same length: spans still index the text), so every rule
# for `đến` reads it: `Đăng ký tới 21h ngày 5/3/2024` is a limit, `Từ 5/3 tới 7/3/2024` a period.
_UNTIL = patterns.compile(r"(?<!\w)[tT][ớỚ][iI](?!\w)")


def _until_as_den(text: str, folded: str) -> str:
    """`folded` with each `tới` of `text` as `den`."""
    parts, last = [], 0
    for m in _UNTIL.finditer(text):
        parts += (folded[last : m.start()], "den")
        last = m.end()
    return "".join(parts) + folded[last:] if parts else folded


def _year(raw: str, now: datetime) -> int:
    """Four digits as printed; two digits are 20xx unless that is after now's year."""
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if 2000 + year <= now.year else 1900
    return year


# GMT, UTC or both (`UTC/GMT +7`), before an offset.
_UTC_NAMES = patterns.compile(r"^(?:gmt|utc)(?:/(?:gmt|utc))?")


@functools.lru_cache(maxsize=64)
def _offset(raw: str) -> timezone | None:
    """`+7`, `+07`, `+0700`, `+07:00`, `- 7`, `gmt+7`, `utc/gmt +7` as a fixed offset (the tz
    database's `etc/gmt+7` with POSIX's inverted sign, -07:00; a minus sign as a hyphen; its
    local mean time to the second, `+07:06:40`, as pytz prints it, is the offset printed); a bare
    `gmt`, `utc`, `ut`, `giờ GMT` or `z` is UTC; None when it is local time. ValueError for an
    offset no place keeps (beyond -12:00 and +14:00), for `giờ địa phương`, a place's local
    time that names no place (unless its offset follows: `giờ địa phương (GMT+2)`), and for a
    bracketed `(giờ Mỹ)`, a place's time whose offset the reader does not know."""
    raw = raw.replace(" ", "").replace(":", "").replace("−", "-").removeprefix("gio")
    posix = raw.startswith("etc/")  # the tz database's `Etc/GMT+7` is 7 h behind UTC
    raw = raw.removeprefix("etc/")
    if raw.startswith("diaphuong"):  # `giờ địa phương (GMT+2)`: only a stated offset names it
        raw = raw.removeprefix("diaphuong").lstrip("([")
        if not raw:
            raise ValueError("local time of an unnamed place")
    raw = _UTC_NAMES.sub("", raw, count=1)
    raw = _ZONE_NAMES.get(raw, raw)
    if raw in _ZONE_ABBREVIATIONS:
        raw = _ZONE_ABBREVIATIONS[raw] or ""
        if not raw:
            raise ValueError("a zone abbreviation of several zones")
    if raw.isalpha() and raw not in ("z", "ut"):
        raise ValueError("the time of a place the reader does not know")
    if not raw or raw in ("z", "ut"):
        return UTC
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:]
    seconds = 0
    if len(digits) == 6:  # the tz database's local mean time, `+07:06:40`, to the second
        hours, minutes, seconds = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    elif len(digits) > 2:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    else:
        hours, minutes = int(digits), 0
    delta = (-sign if posix else sign) * timedelta(hours=hours, minutes=minutes, seconds=seconds)
    if not _WESTMOST <= delta <= _EASTMOST:
        raise ValueError("no place keeps this offset")
    return None if delta == _LOCAL_OFFSET else timezone(delta)


@functools.lru_cache(maxsize=16)
def _named_zone(folded_name: str) -> ZoneInfo:
    """The zone a tz database name names, whatever its case (`asia/shanghai`): the offset it
    kept on the day is applied. ValueError for a name the database lacks."""
    name = "/".join("_".join(w.capitalize() for w in p.split("_")) for p in folded_name.split("/"))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(folded_name) from error


def _zone(tz: str) -> tzinfo | None:
    """The zone a clock's `tz` group names: a tz database name's or a seasonal zone's (`ET`),
    its offset on the day, or `_offset`'s fixed one."""
    if tz in _SEASONAL_ZONES:
        return _named_zone(_SEASONAL_ZONES[tz])
    if tz in _WORD_ZONES:
        return _offset(_WORD_ZONES[tz])
    return _named_zone(tz) if tz.partition("/")[0] in _TZ_REGIONS else _offset(tz)


def _seasonal_zones_kept(text: str, folded: str) -> str:
    """The folded copy with a seasonal zone's capitals after a clock as printed (`11:58 AM
    ET`), so `_time` tells them from a folded French `et`."""
    for m in _SEASONAL_ZONE_AFTER_CLOCK.finditer(text):
        folded = folded[: m.start(1)] + m[1] + folded[m.end(1) :]
    return folded


def _hour(hour: int, period: str | None) -> int:
    """Apply AM/PM, SA/CH and the Vietnamese parts of the day to a printed hour."""
    if not period:
        return hour
    period = period.replace(".", "")
    if " " in period and period.split()[-1] in _MARKS:
        return _LAST_HOUR  # `8:05 SA CH`: marks that contradict each other name no hour
    period = _part(period)
    if period in ("am", "sa"):
        if hour > 12:
            return _LAST_HOUR  # `20:05 SA`: a morning mark on an afternoon hour
        return 0 if hour == 12 else hour
    if period in ("pm", "ch", "chieu", "toi"):
        return hour + 12 if hour < 12 else hour
    if period == "trua":
        return hour + 12 if hour < 11 else hour
    if period in ("dem", "khuya"):
        if hour == 12:
            return 0
        return hour + 12 if 6 <= hour < 12 else hour
    return hour  # sáng: as printed


_CLOCK_FIELDS = ("h", "m", "md", "mh", "mg", "rg", "kg", "s", "sd", "sh", "sg", "sq", "ap", "tz")
_CLOCK_GROUPS = {n: tuple(g + n for g in (*_CLOCK_FIELDS, "zh")) for n in "12"}
_Clock = tuple[int, int, int, tzinfo | None]
_IMPOSSIBLE_CLOCK: _Clock = (24, 0, 0, None)  # `_build` refuses it, and the date with it
_LAST_HOUR = 24
_MOST_MINUTES_TO = 30  # `8 giờ kém 15` is 7:45; past half an hour one counts from the hour before


def _clock(m: re.Match[str], n: str) -> _Clock | None:
    """(hour, minute, second, offset) from a `_time(n)` group set, or None if absent; a zone
    no place has (`+25:00`) or none named (`giờ địa phương`) makes the clock impossible, and so
    does a `kém` (to) clock that is no time (`0 giờ kém 15`, `8 giờ kém 45`)."""
    hour, minute, minute_d, minute_h, minute_g, half, to, *seconds, period, tz, chinese = m.group(
        *_CLOCK_GROUPS[n]
    )
    if hour is None:
        return None
    try:
        zone = _zone(tz) if tz else None
    except ValueError:
        return _IMPOSSIBLE_CLOCK
    hours, minutes = int(hour), int(minute or minute_d or minute_h or minute_g or 0)
    if half:
        minutes = 30
    elif to:
        if not 0 < int(to) <= _MOST_MINUTES_TO or hours == 0:
            return _IMPOSSIBLE_CLOCK
        hours, minutes = hours - 1, 60 - int(to)
    second = next((int(value) for value in seconds if value), 0)
    return (_hour(hours, period or _CHINESE_PERIODS.get(chinese, chinese)), minutes, second, zone)


def _build(year: int, month: int, day: int, clock: _Clock | None) -> datetime | None:
    """An aware local datetime, or None for an impossible date or time: also a named zone's
    clock that the zone printed twice (the hour before its summer time ends) or never (the hour
    its summer time skips), which is no single instant."""
    hour, minute, second, tz = clock or (0, 0, 0, None)
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=tz or LOCAL_TZ)
    except ValueError:
        return None
    if isinstance(tz, ZoneInfo) and value.replace(fold=1).utcoffset() != value.utcoffset():
        return None
    return value.astimezone(LOCAL_TZ) if tz else value


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(LOCAL_TZ)
    if now.tzinfo is LOCAL_TZ:
        return now
    return now.replace(tzinfo=LOCAL_TZ) if now.tzinfo is None else now.astimezone(LOCAL_TZ)


def _plausible(value: datetime | None, now: datetime) -> bool:
    # `value - slack`, not `now + slack`: a fetch time in the calendar's last day has no later day
    return value is not None and value >= _EARLIEST and value - _FUTURE_SLACK <= now


# --- one generator per family, yielding plausible (start, end, value, rule) left to right ----

_Found = tuple[int, int, datetime, str]


def _iso(folded: str, now: datetime) -> Iterator[_Found]:
    basic = _ISO_BASIC.finditer(folded) if _ISO_BASIC_HINT.search(folded) else ()
    for m in chain(basic, _ISO.finditer(folded)):
        end = m.end()
        if m.group("h") is not None:
            tz = m.group("tz") or (m.group("abbr") if m.re is _ISO else None)
            frac = (m.group("f") or "0")[:6].ljust(6, "0")
            try:
                named = m.group("zone") if m.re is _ISO else None
                zone = UTC if tz == "z" else _offset(tz) if tz else named and _named_zone(named)
                if not zone and "gmt" in folded and _labelled(_GMT_FIELD, folded, m.start()):
                    zone = UTC
                value = datetime(
                    int(m.group("y")),
                    int(m.group("mo")),
                    int(m.group("d")),
                    int(m.group("h")),
                    int(m.group("mi") or 0),
                    int(m.group("s") or 0),
                    int(frac),
                    tzinfo=zone or LOCAL_TZ,
                )
            except ValueError:
                continue
            if tz and folded.startswith("[", end) and not _zone_keeps(folded, end, value):
                continue  # `…+07:00[Asia/Tokyo]`: the offset and the zone contradict each other
            if zone:
                value = value.astimezone(LOCAL_TZ)
            rule = "nukeviet" if m.re is _ISO and m.group("abbr") else "iso"
        else:
            after = _TIME_AFTER_RE.match(folded, end)
            clock = _clock(after, "2") if after else None
            if clock:
                end = after.end()
            value = _build(int(m.group("y")), int(m.group("mo")), int(m.group("d")), clock)
            rule = "iso"
            if m.group("sep") == "." and _version(folded, m.start()):
                continue  # `Phiên bản 2025.11.05`
        if folded.startswith("/", end) and _INTERVAL_AFTER.match(folded, end):
            continue  # `2025-11-21T08:00/PT2H`, `…/2025-11-21T11:30`: an interval's start
        if _plausible(value, now) and not (m.start() and _event(folded, m.start())):
            yield m.start(), end, value, rule


# Java's zoned time names its zone in brackets after the offset: `…+07:00[Asia/Bangkok]`.
_BRACKETED_ZONE = patterns.compile(rf"\[({_TZ_NAME})\]")


def _zone_keeps(folded: str, end: int, value: datetime) -> bool:
    """Whether the zone bracketed at folded[end:] (if any) kept `value`'s offset then."""
    m = _BRACKETED_ZONE.match(folded, end)
    if m is None:
        return True
    try:
        zone = _named_zone(m[1])
    except ValueError:
        return True  # a name the tz database lacks says nothing against the offset
    return value.astimezone(zone).utcoffset() == value.utcoffset()


# A field named for GMT holds UTC without saying so: WordPress's `"date_gmt":
# "2025-11-21T01:05:00"`.
_GMT_FIELD = patterns.compile(r"gmt[\"']?\s*[:=]\s*[\"']?$")
# ISO 8601's interval after its start: another instant or a duration (`/PT2H`, `/P1D`).
_INTERVAL_AFTER = patterns.compile(r"/(?:\d|pt?\d)")
# A PDF's date with its offset, `D:20251121080500+07'00'` (without one its zone is unknown).
_PDF_DATE = patterns.compile(
    r"(?<![a-z\d])d:(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?"
    r"(?P<tz>z|[+-]\d{2}'\d{2}'?)"
)


def _pdf_date(folded: str, now: datetime) -> _Found | None:
    """The first plausible PDF date."""
    for m in _PDF_DATE.finditer(folded):
        tz = m.group("tz").replace("'", "")
        clock = (int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0))
        try:
            value = _build(
                int(m.group("y")),
                int(m.group("mo")),
                int(m.group("d")),
                (*clock, UTC if tz == "z" else _offset(tz)),
            )
        except ValueError:
            continue
        if _plausible(value, now):
            return m.start(), m.end(), value, "iso"
    return None


def _iso_week(folded: str, now: datetime) -> _Found | None:
    """The first plausible ISO week date, with the clock after it."""
    for m in _ISO_WEEK.finditer(folded):
        try:
            day = date.fromisocalendar(int(m.group("y")), int(m.group("w")), int(m.group("wd")))
        except ValueError:
            continue
        end = m.end()
        if folded.startswith("t", end) and (after := _TIME_AFTER_RE.match(folded, end + 1)):
            start, end, clock = m.start(), after.end(), _clock(after, "2")
        elif folded.startswith("t", end) and (basic := _BASIC_CLOCK.match(folded, end + 1)):
            hour, minute, second, tz = basic.group("h", "mi", "s", "tz")
            start, end, clock = (
                m.start(),
                basic.end(),
                (int(hour), int(minute), int(second or 0), _offset(tz) if tz else None),
            )
        else:
            start, end, clock, _ = _clock_around(folded, m.start(), end)
        value = _build(day.year, day.month, day.day, clock)
        if _plausible(value, now):
            return start, end, value, "iso"
    return None


def _clock_around(folded: str, start: int, end: int) -> tuple[int, int, _Clock | None, bool]:
    """Extend a date span over an adjacent time: (start, end, clock, time came first)."""
    if start:
        window = start - _BEFORE_WINDOW if start > _BEFORE_WINDOW else 0
        # No digit before the date, no time: skip the costlier search.
        m = _DIGIT.search(folded, window, start) and _TIME_BEFORE_RE.search(folded, window, start)
        if m and m.start() and _BOUND_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
            return m.start(), end, None, False  # `hơn 8 giờ sáng 16/9/2025`: the date alone
        if m and m.start() and _DATE_BEFORE.search(folded, max(0, m.start() - 16), m.start()):
            m = None  # `Ngày in: 02/12/2026 16:35 | Ngày đăng: …`: the clock is the other date's
        if (
            m
            and int(m.group("h1")) > _LAST_HOUR
            and _FIELD_MARKS.search(folded, m.end("h1"), start)
        ):
            m = None  # `Podcast · 48:12 · 16/04/2026`: a length in a field of its own, no clock
        if m:
            clock = _clock(m, "1")
            zone = _ZONE_AFTER.match(folded, end) if clock and clock[3] is None else None
            if zone:  # `01:05, ngày 21 tháng 11 năm 2025 (UTC)`: the clock's zone follows the date
                try:
                    clock = (*clock[:3], _offset(zone.group("tz")))
                except ValueError:
                    clock = _IMPOSSIBLE_CLOCK
                end = zone.end()
            return m.start(), end, clock, True
    m = _TIME_AFTER_RE.match(folded, end)
    if m and _AGO_AFTER.match(folded, m.end()):
        m = None  # `16/07/2026 (2 giờ trước)`: a count of hours back, no clock of the date
    aside = _ASIDE.match(folded, end) if m is None and "(" in folded[end : end + 2] else None
    if m is None and aside is None and "," in folded[end : end + 64]:
        aside = _LUNAR_CLAUSE.match(folded, end)  # `04/12/2025 tức ngày 15 tháng Mười …, 09:30`
    if m is None and aside is None and "l" in folded[end : end + _LUNAR_FIELD_WINDOW]:
        aside = _LUNAR_FIELD.match(folded, end)  # `16/7/2026 - 3/6 ÂL - 11:05`
    if aside and _LUNAR_WORD.search(aside[0]):  # `21/11/2025 (nhằm mùng 2/10) 08:05`
        m = _TIME_AFTER_RE.match(folded, aside.end())
    if m and int(m.group("h2")) > _LAST_HOUR and _FIELD_MARKS.search(folded, end, m.start("h2")):
        return (
            start,
            end,
            None,
            False,
        )  # `05/11/2025 | 45:20`, `· 25:14`: a field of its own, a length
    if m:
        clock = _clock(m, "2")
        if clock and not m.group("ap2") and start:
            part = _PART_BEFORE.search(folded, max(0, start - _BEFORE_WINDOW), start)
            if part:  # `Chiều 5/11/2023 lúc 3 giờ`: the part of the day named before the date
                clock = (_hour(clock[0], part.group("part")), *clock[1:])
        return start, m.end(), clock, False
    return start, end, None, False


# `trước` (ago) or `nữa` (from now) after what reads as a clock (`2 giờ trước`): a count.
_AGO_AFTER = patterns.compile(r"\s*(?:truoc|nua)(?![a-z])")
# A clock right after a date is that date's, not the next one's; one labelled a duration is
# no clock (`Thời lượng 02:35 | 05/11/2025`, a stopwatch's `⏱ 12:45`).
_DURATION_MARK = r"(?<![a-z])(?:thoi\s*luong|duration|video|audio)\s*:?|⏱"
_DATE_BEFORE = patterns.compile(
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|{_DURATION_MARK})\s*$"
)
_DURATION_BEFORE = patterns.compile(rf"(?:{_DURATION_MARK})\s*$")
# A zone printed after a date whose clock came before it: MediaWiki's `01:05, ngày 21 tháng 11 năm
# 2025 (UTC)`.
# What ends a field of its own between a clock and a date: a bar or a middle dot.
_FIELD_MARKS = patterns.compile("[|·•]")
_ZONE_AFTER = patterns.compile(
    r"\s*[(\[]?\s*(?P<tz>(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)(?![a-z\d])\s*[)\]]?"
)
# The lunar date a solar one restates in brackets, between the date and its clock: `Thứ Sáu,
# 21/11/2025 (nhằm mùng 2/10 Ất Tỵ) 08:05`, `(tức 2/10 âm lịch)`, `(14 tháng Chín âm lịch)`, and
# one named only by its can-chi year (`(21/10 năm Ất Tỵ) - 20:05`).
_ASIDE = patterns.compile(r"\s?\([^()]{1,48}\)")
# … and one restated in a clause of its own up to a comma: `04/12/2025 tức ngày 15 tháng Mười năm
# Ất Tỵ, 09:30`.
_LUNAR_CLAUSE = patterns.compile(r"\s*,?\s*(?:tuc|nham)\s[^,()|]{1,48}(?=,)")
# … and a lunar day and month in a field of its own between the date and its clock: `16/7/2026 -
# 3/6 ÂL - 11:05`, `… | 3/6 âm lịch | …`.
_LUNAR_FIELD = patterns.compile(rf"\s*[-–—|]\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*{_LUNAR_MARK}")
_LUNAR_FIELD_WINDOW = 16
_LUNAR_WORD = patterns.compile(
    rf"(?<![a-z])(?:nham|tuc|{_LUNAR_MARK}"
    r"|(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
    r"(?:ty|suu|dan|mao|meo|thin|ngo|mui|than|dau|tuat|hoi))(?![a-z])"
)
# A clock after `hơn` (past) or `gần` (nearly) is a bound, not the time: `hơn 8 giờ sáng`.
_BOUND_BEFORE = patterns.compile(r"(?<![a-z])(?:hon|gan)\s*$")
_PART_BEFORE = patterns.compile(
    rf"(?<![a-z])(?P<part>{_DAY_PART})[\s,]*(?:{_WEEKDAY}[\s,]*)?(?:ngay\s*)?$"
)


def _calendar(
    pattern: re.Pattern[str], folded: str, now: datetime, written: bool, month_first: bool = False
) -> Iterator[_Found]:
    order = "mdy" if month_first else "dmy"
    # a lunar mark may follow or precede a date
    marked = "al" in folded or "a.l" in folded or "lich" in folded
    bounded = "den" in folded  # `từ … đến …`
    for m in pattern.finditer(folded):
        day, mo, year = m.group("d", "mo", "y")
        if month_first:
            day, mo = mo, day
        if not written and len(year) == 2 and " " in m[0]:
            continue  # `3 - 2 - 20` is a score or a range, not a date
        month = (
            int(mo)
            if mo[0].isdigit()
            else _MONTHS.get(_SPACE_RUN.sub(" ", mo))
            or _ROMAN_MONTHS.get(mo)
            or _KHMER_MONTHS.get(mo)
            or _THAI_MONTHS.get(mo)
            or _EN_MONTHS[mo[:3]]
        )
        start, end, clock, first = _clock_around(folded, m.start(), m.end())
        value = _build(_year(year, now), month, int(day), clock)
        if not _plausible(value, now) or (marked and _lunar(folded, start, end)):
            continue
        if bounded and _period(folded, start, end):
            continue
        restated = _zoned_clock_after(folded, end) if clock else None
        if restated:
            if not _same_instant(value, _clock(restated, "2")):
                continue  # `20:05 UTC+7 / 22:05 UTC+8`: two instants, no one publish time
            end = restated.end()
        if _range(folded, start, end) or _limit(folded, start):
            continue
        if _event(folded, _today_stamp_start(folded, start) if clock else start):
            continue
        if start and _PLACE_NUMBER_BEFORE.search(folded, max(0, start - _DASH_NEAR), start):
            continue  # `Lô 08-12-25 khu B`: a lot's or a flat's number shaped like a date
        if "mai" in folded and (
            _TOMORROW_AFTER.match(folded, end)
            or (start and _TOMORROW_BEFORE.search(folded, max(0, start - _DASH_NEAR), start))
        ):
            continue  # `16/12/2025 (ngày mai)`, `Ngày mai, 11/02/2026`: a day still to come
        if "xay ra" in folded and _HAPPENED_AFTER.match(folded, end):
            continue  # `Khoảng 3h sáng 12/12/2025, một vụ cháy đã xảy ra`: when it happened
        if not written and m.groupdict().get("sep") == "." and _version(folded, m.start()):
            continue
        rule = (
            "written"
            if written
            else f"time_{order}"
            if first
            else f"{order}_time"
            if clock
            else order
        )
        yield start, end, value, rule


# A second clock after a date's clock, stating its zone (`09:30 (giờ Hà Nội) - 02:30 GMT`,
# `20:05 UTC+7 / 13:05 UTC`): the time printed again for readers abroad, no period's end.
_ZONED_CLOCK_AFTER = patterns.compile(rf"\s*[{_DASH_CHARS}/|]\s*" + _time("2", after_date=True))


def _zoned_clock_after(folded: str, end: int) -> re.Match[str] | None:
    """A clock stating its zone right after a dash, a solidus or a bar at `end`, or None."""
    m = _ZONED_CLOCK_AFTER.match(folded, end)
    return m if m and m.group("tz2") else None


def _same_instant(value: datetime, clock: _Clock | None) -> bool:
    """Whether a clock read in its own stated zone shows the instant `value` is."""
    if clock is None or clock[3] is None:
        return False
    there = value.astimezone(clock[3])
    return (there.hour, there.minute) == clock[:2]


# A lot's, a plot's or a flat's label right before a number (`Lô 08-12-25`, `thửa 08.12.25`,
# `căn hộ số 08-12`), folded: the number names the place, whatever its shape. The label opens
# the line or a clause, or follows `số`, `tại`, `ở` (the last word of a name, `Lê Văn Lô`, is
# no label).
_PLACE_NUMBER_BEFORE = patterns.compile(
    r"(?:^|[,;:(|\-–]\s*|(?<![a-z])(?:so|tai|o)\s+)(?:lo|thua(?:\s*dat)?|can\s*ho)"
    r"\s*(?:so\s*)?:?\s*$"
)
# A clause after the date saying something happened then: the date is the event's.
_HAPPENED_AFTER = patterns.compile(r"\s*,[^|.]{0,80}?(?<![a-z])xay\s*ra(?![a-z])")
_TOMORROW_AFTER = patterns.compile(r"\s*[(\[,]?\s*(?:ngay\s*mai|tomorrow)(?![a-z])")
_TOMORROW_BEFORE = patterns.compile(r"(?<![a-z])(?:ngay\s*mai|tomorrow)\s*[,:(]?\s*$")


def _lunar(folded: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] is marked as a lunar date."""
    return bool(
        _LUNAR_AFTER.match(folded, end)
        or _LUNAR_BEFORE.search(folded, max(0, start - _LUNAR_WINDOW), start)
    )


# A date after `đến` (until) ends a period, one after `từ` (from) with `đến` behind it starts
# one: `Từ ngày 03/02/2020 đến ngày 05/02/2020`, `từ 14:20 đến 16:00 ngày 03/02/2020` name an
# event's time, not a publish time.
_PERIOD_END = patterns.compile(r"(?<![a-z])den\s*(?:ngay\s*)?$")
_PERIOD_START = patterns.compile(r"(?<![a-z])(?<!thu[\s\-])tu\s*(?:ngay\s*)?$")
_PERIOD_TO = patterns.compile(r"\s*[-–]?\s*den(?![a-z])")
# `ngày 23/8/2021 đến ngày 25/8/2021`: a date with `đến` and a date after it starts a period, as
# does one with `đến nay` (until now) after it.
_PERIOD_TO_DATE = patterns.compile(
    r"\s*[-–]?\s*den\s*(?:het\s*)?(?:ngay\s*)?(?:\d|(?:hien\s*)?nay(?![a-z]))"
)
_PERIOD_WINDOW = 12


def _period(folded: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] bounds a period (`từ … đến …`)."""
    window = max(0, start - _PERIOD_WINDOW)
    return bool(
        _PERIOD_END.search(folded, window, start)
        or (_PERIOD_START.search(folded, window, start) and _PERIOD_TO.match(folded, end))
        or _PERIOD_TO_DATE.match(folded, end)
    )


# A date governed by a word of limit is one end of a span, not an instant anything happened at:
# `Nhận hồ sơ trước 17h ngày 23/8/2021` (before), `Hiệu lực từ ngày 23/08/2021` (from), `kể từ`,
# `chậm nhất` (at the latest). `Thứ Tư` (`Thứ-tư`) is no `từ`.
_LIMIT_BEFORE = patterns.compile(
    r"(?<![a-z.])(?P<word>truoc|ke\s*tu|tu|cham\s*nhat|muon\s*nhat|den\s*het)\s*(?:ngay\s*)?$"
)
_LIMIT_WINDOW = 20


def _limit(folded: str, start: int) -> bool:
    """Whether the date at folded[start:] follows a word of limit."""
    m = _LIMIT_BEFORE.search(folded, max(0, start - _LIMIT_WINDOW), start) if start else None
    return bool(m) and not (
        m.group("word") == "tu" and folded[: m.start()].rstrip(" -").endswith(("thu", "th", "t"))
    )


# A day, a date or a clock and a dash (a tilde, an arrow) before a date, or a dash and a date or
# a clock after it, make a period: `17 - 20/5/2019`, `17/05/2019 - 20/05/2019`, `8h00–11h30 ngày
# 17/5/2019`, `05/03/2024 → 07/03/2024`. A weekday's number is no day (`Thứ 6 - 17/05/2019`,
# `TH 4 - 18/02/2026`), and a clock right after the date is part of it (`17/05/2019 - 08:05`).
# After a whole date the other end may name its weekday (`Thứ Tư, 05/11/2025 08:30 - Thứ Sáu,
# 07/11/2025 17:00`); after a clock alone a weekday begins the clock's own date (`14:20 - Thứ
# hai, 03/02/2020`).
_RANGE_MARKS = _DASH_CHARS + "~〜→⟶"
# A month named after the day, folded: `Th11`, `thg 11`, `tháng 11`, `Nov`, `November`.
_WORDED_MONTH = (
    r"(?:th(?:g|ang)?\s*\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
)
_RANGE_BEFORE = patterns.compile(
    r"(?<![\w/.:,])(?<!thu\s)(?<!th\s)(?:(?:\d{1,2}(?:[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?|\d{1,2}\s?[:hg]\s?\d{2})"
    rf"\s*[{_RANGE_MARKS}]\s*|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}(?:\s+\d{{1,2}}\s?[:hg]\s?\d{{2}})?"
    rf"\s*[{_RANGE_MARKS}]\s*{_WEEKDAY}[\s,]*"
    rf"|\d{{1,2}}\s*{_WORDED_MONTH}[\s,]+\d{{4}}\s*[{_RANGE_MARKS}]\s*)"
    r"(?:ngay\s*)?$"
)
# … or a dash and `nay` (now): `(23/8/2021 – nay)` is a period still running; the end may name
# its weekday, and its month in words (a gallery's taken range `23 Th11 2026 - 30 Th11 2026`).
_RANGE_AFTER = patterns.compile(
    rf"\s*[{_RANGE_MARKS}]\s*(?:{_WEEKDAY}[\s,]*)?(?:ngay\s*)?"
    r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{1,2}\s?[:hg]\s?\d{2}"
    rf"|\d{{1,2}}\s*{_WORDED_MONTH}[\s,]+\d{{4}}"  # `30 Th11 2026`
    r"|(?:hien\s*)?nay(?![a-z]))(?!\d)"
)
_RANGE_WINDOW = 32
_DASHES = frozenset(_RANGE_MARKS.replace("\\", ""))
_DASH_NEAR = 12  # `17 - 20/5`, `17/5 - ngày 20/5`: the dash is this close to the date


# Days listed before a date with `và` (and) share its month and year: `29, 30 và 31/5/2026`.
_DAY_LIST_BEFORE = patterns.compile(
    r"(?<![\d/.:,a-z])(?<!thu\s)(?<!th\s)\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*va\s*(?:ngay\s*)?$"
)


def _range(folded: str, start: int, end: int) -> bool:
    """Whether the date at folded[start:end] is one end of a dash-joined period or the last of
    listed days (most dates have no dash or `và` next to them: tested first, as this runs for
    every date found)."""
    after = folded[end : end + _DASH_NEAR]
    if not _DASHES.isdisjoint(after) and _RANGE_AFTER.match(folded, end):
        return True
    before = folded[max(0, start - _DASH_NEAR) : start]
    if "va" in before and _DAY_LIST_BEFORE.search(folded, max(0, start - _RANGE_WINDOW), start):
        return True  # `29, 30 và 31/5/2026`: days listed, none of them a publish time
    return not _DASHES.isdisjoint(before) and bool(
        _RANGE_BEFORE.search(folded, max(0, start - _RANGE_WINDOW), start)
    )


# A deadline or the time of an event, not of publishing: `Hạn nộp hồ sơ: 17h00 ngày 20/05/2019`,
# `Thời gian tổ chức: 08:00 ngày …`, `Hội nghị diễn ra vào ngày …`; a plan (`Dự kiến hoàn thành
# vào …`), a schedule's label (`Lịch thi đấu: …`, not `Âm lịch:` or `Du lịch …:`), a birth date, a
# ceremony (`Lễ khai giảng: …`), an exam, a broadcast, a departure, a sale, a trial, a launch, a
# premiere, a kick-off (`Ngày thi: …`, `Giờ bóng lăn: …`), a ground-breaking (`Khởi công: …`), an
# expiry, an end or a countdown in pasted markup (`data-expire="…"`), a broadcast or its rerun
# (`Phát sóng: …`, `Phát lại: …`, `Trực tiếp lúc …`), a validity, production, expiry or issue date
# (`Ngày hiệu lực: …`, `Ngày sản xuất: …`, `HSD: …`, `Ngày cấp: …`), a filing (`Ngày nhận hồ
# sơ: …`), a member's join date (`Tham gia: …`, `Đăng ký:`); nor the reader's own time: a print,
# access, retrieval, archive or download date (`Ngày in: …`, `Truy cập lúc …`, `Ngày truy xuất:
# …`, `Bản lưu lúc …`, `Xem lần cuối: …`, `Tải về lúc …`), a clock widget (`Giờ hiện tại: …`,
# `Bây giờ là …`) or a date picker (`Xem tin theo ngày: …`). A channel's name may stand between
# the label and the date (`Lịch phát sóng VTV1 ngày …`). So are a hearing (`Phiên tòa mở lúc …`),
# an exam's time (`Thời gian thi: …`), what is about to take place (`Sắp diễn ra: …`), a radio
# slot (`Phát thanh lúc …`), the day a forecast covers (`Dự báo thời tiết ngày …`), a kick-off
# (`KO 19:30 …`) and the day a reader sent a question (`Câu hỏi gửi ngày …`, `Bạn đọc hỏi (…)`,
# `Hỏi: …`): the answer's date is the page's. So are a trading session (`Phiên giao dịch ngày …`),
# a departure (`Khởi hành: …`), a fixture list naming its round (`Lịch thi đấu vòng 12: …`), a
# kick-off in English, a night spanning two days (`Đêm 21 rạng sáng 22/11/2025`: when a thing
# happened), a pointer to another part of a series (`Xem Kỳ 1 ngày …`) and a site's current-date
# widget (`Hôm nay: Chủ nhật, 23/11/2025`, `Hôm nay là …`). So are a death and a funeral (`mất
# ngày …`, `từ trần hồi …`, `Lễ viếng: …`, `Lễ an táng …`), a bulletin's next issue (`Bản tin
# tiếp theo phát lúc …`, `Số báo tiếp theo phát hành ngày …`), a sentencing (`Ngày tuyên án:
# …`) and the night a forecast covers (`Dự báo thời tiết đêm 21 ngày 22/11/2025`). So are a
# market session's close or opening (`Chốt phiên 02/12/2025, VN-Index …`), a programme going on
# air (`Lên sóng lúc …`) and, before a day word, an event's start (`bắt đầu lúc 19h30 tối nay`).
# So are a lottery's draw (`Kết quả xổ số … ngày …`), a wedding (`Hôn lễ được cử hành vào …`), a
# delivery, a fixture's round (`Vòng 12: …`), an offence (`Thời gian vi phạm: …`), a hospital
# stay (`Ngày nhập viện: …`), a licence's or a card's issue (`… cấp ngày …`), a ground-breaking
# (`Khởi công ngày …`), a measurement (`Ghi nhận lúc …`), a call, a post still scheduled (`được
# lên lịch đăng vào …`), a D-day (`Giờ G: …`) and a feed's build time (`<lastBuildDate>`). So
# are a due date (`Ngày dự sinh: …`), a bond's maturity (`Ngày đáo hạn: …`), a founding
# (`Ngày thành lập: …`), a filming (`Ghi hình ngày …`, `Ngày quay hình: …`), a photo's shooting
# (`Ngày chụp: …`, a photo service's set) and a match card's full-time score (`FT 2-1 |
# 08/11/2025 19:15`): when the match was played. So is a side box's stamp on its gold, fuel or
# exchange prices (`Giá vàng (cập nhật 04/10/2012 09:00)`, `Tỷ giá ngoại tệ - cập nhật …`): when
# the prices were read, not the article's time. So are a premiere or a broadcast still to come
# (`Sẽ công chiếu vào …`), fireworks (`Bắn pháo hoa lúc 0h ngày …`), a countdown's end
# (`Đếm ngược Giao thừa: …`), Hallowe'en and the clocks going back (`Đồng hồ lùi lại …`), a post
# timed to go up later (`Hẹn giờ đăng: …`) and an English deadline (`Deadline: …`).
# A label's field ends at a bar opening another labelled field (`Tình trạng hiệu lực: Còn hiệu
# lực | Ngày ban hành: …`): the date is that field's; a bar before the value does not end it
# (`Lịch phát sóng | 03/11/2025`).
_EVENT_LABEL = patterns.compile(
    r"(?<![a-z])(?:han\s*(?:chot|nop|cuoi|dang\s*ky)|het\s*han"
    r"|(?:thoi\s*gian|ngay|gio)\s*(?:to\s*chuc|dien\s*ra|khai\s*mac|bat\s*dau|ket\s*thuc)"
    r"|(?:to\s*chuc|dien\s*ra|xay\s*ra|khai\s*mac|bat\s*dau|ket\s*thuc)"
    r"\s*(?:vao|luc|tu|ngay|(?:sang|trua|chieu|toi|dem)(?![a-z]))"
    r"|(?:bat\s*dau|ket\s*thuc)\s*:?\s*$"
    r"|du\s*kien|du\s*dinh|ke\s*hoach|(?<!am\s)(?<!duong\s)(?<!du\s)lich\s+(?!su)[a-z\d ]{1,24}:"
    r"|(?:ngay|nam|noi)\s*(?:du\s*)?sinh|sinh\s*ngay|(?<!hoc\s)(?<!thi\s)(?<![a-z])sinh\s*$|chao\s*doi|khai\s*truong"
    r"|embargo|cam\s*dang|khong\s*(?:dang|dua\s*tin|phat\s*hanh)\s*truoc"
    r"|(?:khai|be)\s*(?:mac|giang)\s*:|be\s*mac|ngay\s*in(?![a-z])|(?<!bao\s)(?<!an\sban\s)in\s*(?:luc|ngay)|truy\s*cap"
    r"|(?:ngay|gio|le)\s*(?:thi|phat\s*song|khoi\s*hanh|mo\s*ban|xet\s*xu|ra\s*mat|cong\s*chieu"
    r"|bong\s*lan)(?![a-z])|khoi\s*(?:cong|hanh|chieu)\s*(?::|ngay|luc|vao)"
    # a premiere right before its time (`Công chiếu sau 2 giờ nữa`), not one past (`Đã công
    # chiếu 28 thg 2, 2028`: when the video went up, as `Đã công chiếu vào …` is)
    r"|(?<!da\s)(?:khoi|cong)\s*chieu\s*$"
    r"|se\s*(?:cong\s*chieu|phat\s*song)|(?:ban|tam)\s*phao\s*hoa|dem\s*nguoc"
    r"|(?<![a-z])(?:hen\s*gio|deadline)(?![a-z])"
    r"|(?<![a-z])tat\s*nien(?![a-z])"  # a year-end party on its date: `Tất niên 05/02/2027 tại …`
    # … Hallowe'en on its date, and the clocks going back or forward when a zone's summer time
    # ends or begins, with the hours they move (`Đồng hồ lùi lại 1 giờ vào …`)
    r"|(?<![a-z])halloween(?![a-z])|dong\s*ho\s*(?:lui|van|chinh)(?:\s*lai)?(?:\s*\d+\s*(?:gio|tieng))?"
    # … a start date at work (`Ngày vào làm: …`, `nhận việc`), a weather reading's time
    # (`Nhiệt độ lúc 21:15 ngày …: 24°C`) and tomorrow's part of the day before its date (`Sáng
    # mai, 13/03/2029`: still to come, as `Sáng mai` alone is)
    r"|vao\s*lam(?:\s*viec)?\s*(?::|ngay|tu)|nhan\s*viec|(?:nhiet\s*do|do\s*am|luong\s*mua)\s*(?:luc|ngay|vao|:)"
    r"|(?<![a-z])(?:ngay|sang|trua|chieu|toi|dem|khuya)\s*mai(?![a-z])"
    r"|xem\s*lan\s*cuoi|tai\s*(?:ve|xuong)(?![a-z])"
    r"|(?:expires?|expiry|expiration|countdown|(?<=[-_\"'])end)(?![a-z])"
    r"|(?:phat|len)\s*song|phat\s*lai|(?<!da\sphat\s)truc\s*tiep\s*(?:luc|vao|ngay)|hieu\s*luc|san\s*xuat|hsd(?![a-z])"
    r"|han\s*su\s*dung|ngay\s*cap(?!\s*nhat)|nhan\s*ho\s*so|tham\s*gia\s*:|joined|(?<![a-z])dang\s*ky\s*:"
    r"|truy\s*xuat|ban\s*luu|luu\s*tru|hien\s*tai|bay\s*gio\s*la|theo\s*ngay"
    r"|phien\s*toa|thoi\s*gian\s*thi(?![a-z])|sap\s*dien\s*ra|phat\s*thanh\s*(?:luc|vao)"
    r"|du\s*bao(?:\s*thoi\s*tiet)?\s*(?:ngay|dem(?:\s*\d{1,2})?)|(?<![a-z])(?:ko|kick\W?off)(?![a-z])"
    r"|phien\s*giao\s*dich|xem\s*(?:ky|bai|phan)\s*\d+|(?<![a-z])dem\s*\d{1,2}\s*,?\s*rang\s*sang"
    r"|hom\s*nay\s*(?:la(?![a-z])|:|,?\s*(?:" + _WEEKDAY + r"[\s,]*)?(?:ngay\s*)?$)"
    r"|nsx(?![a-z])|(?:cat|ha)\s*canh|ngay\s*(?:nhan\s*bai|chap\s*nhan|duyet\s*dang|phan\s*bien)"
    r"|(?:start|end|birth)[_\-]?(?:date|time)|dt(?:start|end)|bday"
    r"|(?:tu\s*tran|qua\s*doi|ta\s*the|(?<![a-z])mat)\s*(?:vao\s*)?(?:luc|hoi|ngay)(?![a-z])"
    r"|le\s*(?:vieng|an\s*tang|truy\s*dieu|nhap\s*quan|di\s*quan|dua\s*tang|hoa\s*tang)"
    r"|(?:tin|so(?:\s*bao)?|ky)\s*(?:tiep\s*theo|ke\s*tiep)|tuyen\s*an(?![a-z])"
    r"|(?:chot|ket\s*thuc|mo\s*cua|dong\s*cua)\s*phien(?![a-z])"
    r"|cau\s*hoi|doc\s*hoi|(?<![a-z])hoi\s*[:(]"
    r"|xo\s*so|hon\s*le|cu\s*hanh|giao\s*hang|(?<![a-z])vong\s*\d+\s*:|vi\s*pham|(?:nhap|xuat)\s*vien"
    r"|cap\s*ngay|ghi\s*nhan|dao\s*han|(?:ngay|nam)\s*thanh\s*lap|thanh\s*lap\s*(?:ngay|nam|vao|:)"
    r"|(?:ghi|quay)\s*hinh\s*(?:ngay|luc|vao|:)|ngay\s*(?:ghi|quay)\s*hinh"
    r"|(?:ngay|gio|thoi\s*gian)\s*chup(?![a-z])|chup\s*(?:luc|ngay|vao)(?![a-z])"
    r"|(?<![a-z])cap\s*ngay|ghi\s*nhan\s*(?:luc|vao|ngay)|cuoc\s*goi|len\s*lich|gio\s*g\s*:"
    r"|lastbuilddate|(?<![a-z])ft\s*\d{1,2}\s*[-:]\s*\d{1,2}(?!\d)"
    r"|(?:gia\s*(?:vang|xang(?:\s*dau)?)|ty\s*gia(?:\s*ngoai\s*te)?)\s*[(:\-]?\s*(?:cap\s*nhat|luc|ngay))"
    r"(?:[^\d|]|\|(?![^|:\d]*:)|(?<=[a-z])\d)*$"
)
_EVENT_WINDOW = 40
_EVENT_WORDS = patterns.compile(
    r"han|chuc|dien|mac|giang|dau|thuc|kien|dinh|hoach|lich|sinh|truy|(?<![a-z])in(?![a-z])"
    r"|ngay\s*thi|gio\s*thi|phat\s*song|khoi|mo\s*ban|xet\s*xu|ra\s*mat|cong\s*chieu|bong\s*lan"
    r"|lan\s*cuoi|tai\s*(?:ve|xuong)|expir|countdown|end|phat|len\s*song|truc\s*tiep"
    r"|hieu\s*luc|xuat|hsd|su\s*dung|ngay\s*cap|ho\s*so|tham\s*gia|joined|dang\s*ky|luu|hien\s*tai"
    r"|bay\s*gio|theo\s*ngay|le\s*thi|phien\s*toa|thoi\s*gian\s*thi|du\s*bao|(?<![a-z])ko(?![a-z])"
    r"|kick|giao\s*dich|xem\s*(?:ky|bai|phan)|rang\s*sang|hom\s*nay|(?<![a-z])ft\s*\d"
    r"|tu\s*tran|qua\s*doi|ta\s*the|mat\s*(?:vao|luc|hoi|ngay)|vieng|an\s*tang|dua\s*tang"
    r"|hoa\s*tang|truy\s*dieu|(?:nhap|di)\s*quan|tiep\s*theo|ke\s*tiep|chao\s*doi|truong"
    r"|embargo|cam\s*dang|khong\s*(?:dang|dua|phat)|halloween|dong\s*ho"
    r"|tuyen\s*an|cau\s*hoi|doc\s*hoi|hoi\s*[:(]|chot\s*phien|cua\s*phien"
    r"|nsx|canh|nhan\s*bai|chap\s*nhan|duyet\s*dang|phan\s*bien|start|birth|bday|xay"
    r"|xo\s*so|hon\s*le|cu\s*hanh|giao\s*hang|vong\s*\d|vi\s*pham|nhap\s*vien|xuat\s*vien"
    r"|cap\s*ngay|ghi\s*nhan|thanh\s*lap|(?:ghi|quay)\s*hinh|chup"
    r"|cuoc\s*goi|len\s*lich|gio\s*g|lastbuild|gia\s*(?:vang|xang)|ty\s*gia|phao\s*hoa|dem\s*nguoc"
    r"|tat\s*nien|vao\s*lam|nhan\s*viec|nhiet\s*do|do\s*am|luong\s*mua|mai|hen\s*gio|deadline"
)


def _event(folded: str, start: int) -> bool:
    """Whether the date at folded[start:] is labelled a deadline or an event's time (the
    label's words are looked for first: this runs for every date found)."""
    window = max(0, start - _EVENT_WINDOW)
    return bool(_EVENT_WORDS.search(folded, window, start)) and bool(
        _EVENT_LABEL.search(folded, window, start)
    )


def names_event(label: str) -> bool:
    """A field's label (folded, standing alone before its value: a `<dt>`, a cell) names an
    event's or a deadline's time (`Ngày chụp`, `Hạn nộp`), not when the page was posted."""
    return bool(label) and bool(_EVENT_LABEL.search(label))


# A dotted number after a version mark is a version: `v23.08.21`, `Phiên bản 2.3.2021`.
_VERSION_BEFORE = patterns.compile(r"(?<![a-z])(?:v|ver|version|phien\s*ban)\.?\s*$")


def _version(folded: str, start: int) -> bool:
    return bool(start) and bool(_VERSION_BEFORE.search(folded, max(0, start - 12), start))


# A day word's day and month restated in brackets, or after a space with a solidus (a dotted pair
# may be a clock): `Chiều qua (21/11)`, `Hôm qua 06/12 lúc 20:15`; not the day and month of a
# date with its year (`Hôm qua 06/12/2026`).
_DAY_MONTH_ASIDE = patterns.compile(
    r"\s*(?:\(\s*(?:ngay\s*)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<mo>\d{1,2})\s*\)"
    r"|(?:ngay\s*)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![/.\-]?\d))"
)
_ASIDE_OPENS = patterns.compile(r"\s*[(\d]")
# A site's current-date widget: `Hôm nay: …`, `Hôm nay là …`.
_TODAY_WIDGET = patterns.compile(
    r"hom\s*nay\s*(?:la(?![a-z])|:|,?\s*(?:" + _WEEKDAY + r"[\s,]*)?(?:ngay\s*)?\d{1,2}[/.\-]\d)"
)
# … but `Hôm nay,` opening a line or a field right before a date that has its clock (`Hôm nay,
# 18/02/2026 08:10`, `Đăng: Hôm nay, …`) is a post's stamp, today's word restated with its date and
# time as `Hôm qua, …` is: a widget names the day alone, by its label (`Hôm nay:`, `Hôm nay là`)
# or its weekday. After other words (`Khai mạc hôm nay, …`) the day is what those words say.
_TODAY_STAMP = patterns.compile(r"(?:^|[|:•·\-–—(\[])\s*(?P<today>hom\s*nay)\s*,?\s*$")


def _today_stamp_start(folded: str, start: int) -> int:
    """Where the text before a dated clock at `start` ends for the event labels: before a post's
    `Hôm nay,` (`_TODAY_STAMP`), which is no widget's label, else at the date."""
    stamp = _TODAY_STAMP.search(folded, max(0, start - 12), start)
    return stamp.start("today") if stamp else start


def _relative(folded: str, now: datetime) -> Iterator[_Found]:
    base = now.replace(microsecond=0)
    day_word = None
    if _DAY_WORD_HINT.search(folded):
        narrowed = any(word in folded for word in _NARROWING_WORDS)
        day_word = _NARROWED_DAY_WORD if narrowed else _DAY_WORD
    for m in re.finditer(day_word, folded) if day_word else ():
        if _TODAY_WIDGET.match(folded, m.start()):
            continue  # `Hôm nay: Chủ nhật, 23/11/2025`: the site's date of the day, not the page's
        part, rel = m.group("part", "rel")
        word = "hom " + rel if rel else _SPACE_RUN.sub(" ", m.group("word"))
        day = base - timedelta(days=_DAY_WORDS[word])
        end = m.end()
        aside = _DAY_MONTH_ASIDE.match(folded, end) if _ASIDE_OPENS.match(folded, end) else None
        if aside:  # `Chiều qua (21/11), lúc 15h30`: the day restated, then its clock
            if (int(aside["d"] or aside["day"]), int(aside["mo"] or aside["month"])) != (
                day.day,
                day.month,
            ):
                continue  # the word and the date disagree: neither is trusted
            end = aside.end()
        start, end, clock, _ = _clock_around(folded, m.start(), end)
        if start and _event(folded, start):
            continue  # `Trận đấu bắt đầu lúc 19h30 tối nay`: a kick-off, not a publish time
        if part and not clock and rel == "nay" and not _part_begun(part, now):
            continue  # `Tối nay` at 09:20: the evening is to come, its time cannot be told
        if part and clock:  # `Sáng nay lúc 7:05`, `Tối hôm qua, 10 giờ`: the part sets the clock
            clock = (_hour(clock[0], part), *clock[1:])
            if _part(part) == "dem" and rel == "qua" and clock[0] < 12:
                day = base  # `1 giờ đêm qua`: last night's small hours are today's
        value = _build(day.year, day.month, day.day, clock) if clock else day
        if _plausible(value, now):
            yield start, end, value, "relative"
    ago = (
        "truoc" in folded
        or "nua" in folded
        or "vua" in folded
        or "ngoai" in folded
        or "just now" in folded
        or "last" in folded
        or "cach day" in folded
        or "cach nay" in folded
    )
    for m in re.finditer(_AGO, folded) if ago else ():
        if m.start() and _NOT_A_COUNT.search(folded, max(0, m.start() - _BOUND_WINDOW), m.start()):
            continue
        word = m.group("word")
        if word == "tuan truoc" and _WEEKDAY_BEFORE.search(
            folded, max(0, m.start() - 12), m.start()
        ):
            continue  # Moment's `thứ tư tuần trước lúc 08:05`: any of the six days before
        if word and _PERIOD_PART_BEFORE.search(folded, max(0, m.start() - 6), m.start()):
            continue  # `cuối tuần trước`, `đầu tháng trước`: a part of the period, no instant
        if not word and _WEEKDAY_WEEK_AGO.search(folded, max(0, m.start() - 4), m.end()):
            continue  # date-fns' `thứ sáu tuần trước vào lúc`: the weekday's number is no count
        if word:
            delta = _AGO_WORDS[_SPACE_RUN.sub(" ", word)]
        else:
            delta = _amounts(m[0])
            if m.group("ahead"):
                if m.start() and _event(folded, m.start()):
                    continue  # `Buổi công chiếu sẽ bắt đầu sau 3 giờ nữa`: an event to come
                delta = -delta
        value, end = base - delta, m.end()
        if delta >= _DAY and not delta % _DAY and (after := _TIME_AFTER_RE.match(folded, end)):
            # `3 ngày trước lúc 14:00`: days counted back, and the clock of that day
            value, end = _build(value.year, value.month, value.day, _clock(after, "2")), after.end()
        if _plausible(value, now):
            yield m.start(), end, value, "relative"
    for m in re.finditer(_AGO_EN, folded) if "ago" in folded else ():
        if m.start() and _NOT_A_COUNT.search(folded, max(0, m.start() - _BOUND_WINDOW), m.start()):
            continue
        value = base - _amounts(m[0])
        if _plausible(value, now):
            yield m.start(), m.end(), value, "relative"
    for m in _AGO_ABROAD.finditer(folded) if _AGO_ABROAD_HINT.search(folded) else ():
        unit = _ABROAD_UNITS[m["unit"] or m["unit_first"]]
        value = base - int(m["n"] or m["n_first"]) * _UNITS[unit]
        if _plausible(value, now):
            yield m.start(), m.end(), value, "relative"


# A count that is only a bound (`hơn 2 giờ trước`, `gần một tuần trước`, `over 2 hours ago`), the
# tail of a number not read whole (`một trăm hai mươi phút`) or a script's failed number (`NaN năm
# trước`, `undefined phút trước`) names no instant.
_NOT_A_COUNT = patterns.compile(
    r"(?<![a-z])(?:hon|gan|tren|duoi|it\s*nhat|toi\s*da|chua\s*(?:den|toi|day)|more\s*than"
    r"|less\s*than|over|under|nearly|almost|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|lam|tram"
    r"|nghin|ngan|(?<!tai\s)nan|undefined|null)\s*$"
)
_BOUND_WINDOW = 12
_WEEKDAY_BEFORE = patterns.compile(rf"(?<![a-z]){_WEEKDAY}\s*$")
# The start, middle or end of a period before its word (`cuối tuần trước`, `đầu tháng trước`).
_PERIOD_PART_BEFORE = patterns.compile(r"(?<![a-z])(?:dau|giua|cuoi)\s*$")
_WEEKDAY_WEEK_AGO = patterns.compile(rf"(?<![a-z]){_WEEKDAY}\s*tuan\s*truoc")
# Ages as editions in other languages print them, folded: German `vor 10 Minuten`, French `il y
# a 2 heures`, Spanish `hace 3 horas`, Portuguese `há 2 dias`, Turkish `2 saat önce`, Chinese
# `10分钟前`, Japanese `3時間前`, Korean `2일 전`; a count and its unit, as `10 phút trước` is.
_ABROAD_UNIT_NAMES = {
    "giay": "sekunden sekunde secondes seconde segundos segundo saniye 秒 초",
    "phut": "minuten minute minutes minutos minuto dakika 分钟 分鐘 分 분",
    "gio": "stunden stunde heures heure horas hora saat 小时 小時 時間 시간",
    "ngay": "tagen tag jours jour dias dia gun 天 日 일",
    "tuan": "wochen woche semaines semaine semanas semana hafta 周 週 週間 주",
    "thang": "monaten monat mois meses mes ay 个月 個月 か月 ヶ月 개월 달",
    "nam": "jahren jahr ans an anos ano yil yıl 年 년",
}
_ABROAD_UNITS = {name: unit for unit, names in _ABROAD_UNIT_NAMES.items() for name in names.split()}
_ABROAD_UNIT = "|".join(sorted(_ABROAD_UNITS, key=len, reverse=True))
_AGO_ABROAD = patterns.compile(
    rf"(?<![a-z])(?:vor|il\s+y\s+a|hace|ha)\s+(?P<n>\d+)\s+(?P<unit>{_ABROAD_UNIT})(?![a-z])"
    rf"|(?<![\w.,])(?P<n_first>\d+)\s*(?P<unit_first>{_ABROAD_UNIT})\s*(?:once(?![a-z])|前|전)"
)
_AGO_ABROAD_HINT = patterns.compile("vor|il y a|hace|ha |once|前|전")
_DAY = timedelta(days=1)


def _amounts(text: str) -> timedelta:
    """The sum of `2 giờ 30 phút`, `an hour`, `1 hr 30 mins`, `hai ngày`, `1 tiếng rưỡi`."""
    return sum(
        (
            (_count(n) + (0.5 if half else 0)) * _UNITS[unit.removesuffix("s")]
            for n, unit, half in re.findall(_AMOUNT, text)
        ),
        timedelta(0),
    )


def _count(word: str) -> float:
    """`3`, `ba`, `nửa`, `an`, `mười lăm`, `hai mươi tư`, `một trăm linh năm` as a number."""
    if word.isdigit():
        return int(word)
    if "," in word:  # `1,5`
        return float(word.replace(",", "."))
    words = word.split()
    if "tram" in words:
        rest = words[2:]
        if rest and rest[0] in ("le", "linh"):
            tail = _ONES_AFTER_TEN_WORDS[rest[1]]
        else:
            tail = _count(" ".join(rest)) if rest else 0
        return _COUNT_WORDS[words[0]] * 100 + tail
    if "muoi" not in words:
        return _COUNT_WORDS.get(word, 1)
    tens = _COUNT_WORDS[words[0]] if words[0] != "muoi" else 1
    ones = words[-1] if words[-1] != "muoi" else None
    return tens * 10 + (_ONES_AFTER_TEN_WORDS[ones] if ones else 0)


# Of two dates on one line the one labelled as the publish time is wanted, whichever comes
# first: `Cập nhật: 04/02/2020 09:00 | Đăng: 03/02/2020 14:20`, `Cập nhật … - Đăng lần đầu …`
# (first published), `Thông báo số 123/TB-UBND ngày 04/11/2025 | Đăng ngày 05/11/2025`, and in
# pasted markup `data-modified="…" data-created="…"`, `"dateModified": "…", "datePublished":
# "…"`, `<lastmod>…</lastmod><news:publication_date>…`, `article:published_time" content="…`.
# The same labels as themes in other languages print them (`Mis à jour le`, `Aktualisiert:`,
# `Publié le`, `Veröffentlicht am`, `Erstellt:`, `Publicado el`, `Diterbitkan`), with the word
# for `on` after them; a weekday may stand between a publish label and its date (NukeViet's
# `Cập nhật: Thứ tư, 10/12/2025 - 20:05 | Đăng: Thứ hai, 08/12/2025 - 08:05`).
_FOREIGN_ON = r"|le|am|el|em|il|op|pada"
_UPDATE_LABEL = patterns.compile(
    r"(?<![a-z])(?:cap\s*nhat|chinh\s*sua|sua\s*doi|updated?|(?:date)?modified|lastmod"
    r"|mis\s*a\s*jour|aktualisiert|actualizado|atualizado|aggiornato|diperbarui)"
    r"(?:\s*lan\s*cuoi)?(?:[_\-]?(?:time|date|at))?"
    rf"(?:\W+(?:luc|ngay|vao|on|content|datetime{_FOREIGN_ON}))*\W*$"
)
_PUBLISH_LABEL = patterns.compile(
    r"(?<![a-z])(?:dang|xuat\s*ban|phat\s*hanh|ngay\s*tao|(?:date|first)?published|publication|posted"
    r"|created|publie|veroffentlicht|erstellt|publicado|pubblicato|diterbitkan|opublikowano)"
    r"(?:\s*lan\s*dau|\s*first)?(?:[_\-]?(?:time|date|at))?"
    rf"(?:\W+(?:luc|ngay|on|content|datetime{_FOREIGN_ON}|{_WEEKDAY}))*\W*$"
)
_CREATED_LABEL = patterns.compile(
    r"(?<![a-z])(?:ngay\s*tao|created)(?:[_\-]?(?:time|date|at))?(?:\W+(?:luc|ngay|on|content))*\W*$"
)
_PUBLISH_LABEL_HINT = patterns.compile(
    "dang|xuat|phat|tao|publi|posted|created|veroff|erstellt|pubbli|diterbit|opubl"
)
_LABEL_WINDOW = 32
# A document's number and the words before its date (`Số 123/QĐ-UBND ngày`, `88/UBND-KT ký
# ngày`, `4567/QĐ-UBND, ban hành ngày`).
_DOCUMENT_BEFORE = patterns.compile(
    r"\d/[a-z][a-z\d]*(?:-[a-z\d]+)+\s*,?\s*(?:(?:ky|ban\s*hanh)\s*)?(?:ngay\s*)?$"
)
# Words that cite a document rather than head it: `Căn cứ Quyết định số 123/QĐ-UBND ngày …`
# (pursuant to), `Thực hiện Công văn số …` (carrying out), `Theo Kế hoạch số …`, `Ban hành kèm
# theo …`: the date is the cited document's, and a page printing no other has none of its own.
# So is one followed by the body that issued it (`Bản án số 123/2025/HS-ST ngày 21/11/2025 của
# TAND tỉnh …`): a document's own header names no issuer after its date.
_CITING = patterns.compile(
    r"(?<![a-z])(?:can\s*cu|thuc\s*hien|theo|thay\s*the|sua\s*doi|bai\s*bo)(?![a-z])"
)
# A law or a decree cited by its name, without a number: `Căn cứ Luật Báo chí ngày 05 tháng 4
# năm 2016`.
_NAMED_LAW_BEFORE = patterns.compile(
    r"(?<![a-z])(?:can\s*cu|thuc\s*hien|thay\s*the)\s+(?:bo\s*)?(?:luat|hien\s*phap|phap\s*lenh"
    r"|nghi\s*(?:dinh|quyet)|quyet\s*dinh|thong\s*tu|chi\s*thi|cong\s*van)(?![a-z])[^|;\d]{0,48}$"
)
_ISSUER_AFTER = patterns.compile(r"\s*,?\s*cua(?![a-z])")
_CITING_WINDOW = 64
_DATE_ONLY_RULES = ("dmy", "mdy", "iso", "written")
_LATER_DATES = 3  # dates looked at after the first for one labelled the publish time


# A line that states its own month-first format or an en-US locale: `03/05/2025 (MM/DD/YYYY)`,
# `Ngày (tháng/ngày/năm): …`, `… (en-US)`, `Language: English (US)`. An English AM/PM or
# `en-GB` states nothing of the kind.
_MONTH_FIRST_STATED = patterns.compile(
    r"mm/dd|m/d/y|thang/ngay|en[-_]us(?![a-z])|english\s*\(\s*(?:us|united\s*states)\s*\)"
)


def _first(folded: str, now: datetime, month_first: bool = False) -> _Found | None:
    """The leftmost plausible date (one with an English month name only when there is no
    other), unless a date labelled the publish time follows it and it is not so labelled, or it
    is a bare day and the same day follows with its clock.
    Numeric dates are read month-first when the caller says so or the line states it."""
    if not month_first and "/" in folded:
        month_first = _MONTH_FIRST_STATED.search(folded) is not None
    if "{" in folded or "=" in folded:
        folded = _CODE.sub(_blank, folded)
    best = _leftmost(folded, now, month_first)
    if best is None:
        if _ROMAN_HINT.search(folded):
            roman = next(_calendar(patterns.compile(_ROMAN_DMY), folded, now, False), None)
            if roman:
                return roman
        return _english_published(folded, now) if _EN_HINT.search(folded) else None
    start = best[0]
    if start and _EN_HINT.search(folded, 0, start) and _labelled(_UPDATE_LABEL, folded, start):
        # `<pubDate>Fri, 21 Nov 2025 …</pubDate><atom:updated>…`: an update yields to a date with
        # an English month before it, which `_leftmost` does not read
        english = _english(folded[:start], now)
        if english:
            return english
    if start and best[3] in _DATE_ONLY_RULES and not best[2].hour + best[2].minute:
        clocked = _relative_clock_before(folded, start, best, now) or _english_clock_before(
            folded, start, best, now
        )
        if clocked:
            return clocked
    document = start > 0 and (
        (
            "/" in folded[max(0, start - _LABEL_WINDOW) : start]
            and _labelled(_DOCUMENT_BEFORE, folded, start)
        )
        or ("can cu" in folded or "thuc hien" in folded or "thay the" in folded)
        and _NAMED_LAW_BEFORE.search(folded, max(0, start - _CITING_WINDOW), start) is not None
    )
    if not _DIGIT.search(folded, best[1]):
        return None if document and _cites(folded, start, best[1]) else best
    rest = " " * best[1] + folded[best[1] :]  # same length: spans still index the text
    later = None
    if document:
        # `Số 123/QĐ-UBND ngày 15/11/2025 · 21/11/2025 08:05`: the document's date yields to the
        # page's; alone it is read, unless the line cites the document for when it takes effect
        # (`Nghị quyết 12/NQ-HĐND ngày 15/11/2025 có hiệu lực từ ngày …`) or as its grounds
        later = _leftmost(rest, now, month_first)
        if later:
            return later
        if "hieu luc" in rest or _cites(folded, start, best[1]):
            return None
    created = ("creat" in folded or "tao" in folded) and _labelled(_CREATED_LABEL, folded, start)
    if _PUBLISH_LABEL_HINT.search(rest) and (
        created or not _labelled(_PUBLISH_LABEL, folded, start)
    ):
        # `"createdAt": …, "publishedAt": …`: a draft's creation yields to its publication, also
        # past an update between them (Contentful's `createdAt`, `updatedAt`, `firstPublishedAt`)
        later = published = _leftmost(rest, now, month_first)
        creation = None  # `Cập nhật: … - Ngày tạo: … - Ngày đăng: …`: the creation yields too
        for _ in range(_LATER_DATES):
            if published is None:
                break
            if _labelled(_PUBLISH_LABEL, folded, published[0]):
                if not _labelled(_CREATED_LABEL, folded, published[0]):
                    return published
                creation = creation or (None if created else published)
            if not _PUBLISH_LABEL_HINT.search(folded, published[1]):
                break
            published = _leftmost(" " * published[1] + folded[published[1] :], now, month_first)
        if creation:
            return creation
    if best[3] in _DATE_ONLY_RULES and not best[2].hour + best[2].minute + best[2].second:
        # `<time datetime="2025-11-05">05/11/2025 - 08:30</time>`: the same day with its clock
        later = later or _leftmost(rest, now, month_first)
        if (
            later
            and (later[3] != "relative" or _names_clock(later[2], now))
            and later[2].date() == best[2].date()
            and later[2] != best[2]
        ):  # a count of days (`05/12/2025 (1 ngày trước)`) is rounded: it adds no clock to the
            # day; a count of hours (`16/07/2026 (2 giờ trước)`) gives one, as before the day
            return later
    return best


def _names_clock(value: datetime, now: datetime) -> bool:
    """Whether a relative time counted back from `now` names a clock of its day: a count of
    hours or minutes does (`2 giờ trước`), one of whole days keeps the fetch's clock."""
    return (value.hour, value.minute) != (now.hour, now.minute)


def _english_clock_before(folded: str, start: int, day: _Found, now: datetime) -> _Found | None:
    """The same day written with an English month name and its clock before a bare day (`Mon
    Nov 03 2025 08:05:00 GMT+0700 | 03/11/2025`, a script's date beside the printed one): the
    day printed twice, read with the clock one of them gives."""
    if not _EN_HINT.search(folded, 0, start):
        return None
    english = _english(folded[:start], now)
    if english and english[2].date() == day[2].date() and english[2].hour + english[2].minute:
        return english
    return None


def _relative_clock_before(folded: str, start: int, day: _Found, now: datetime) -> _Found | None:
    """A bare day after a relative day with its clock that names the same day (`21:15 hôm qua,
    08/12/2025`): the day printed twice, its clock before it. A relative day without a clock
    (`Hôm qua, 08/12/2025`) adds none: its clock would be the fetch time's."""
    for found in _relative(folded[:start], now):
        if found[2].date() == day[2].date() and _DIGIT.search(folded, found[0], found[1]):
            value = day[2].replace(hour=found[2].hour, minute=found[2].minute)
            rule = f"time_{day[3]}" if day[3] in ("dmy", "mdy") else day[3]
            return found[0], day[1], value, rule
    return None


# A template's code or a spreadsheet's formula, blanked before reading (same length: spans still
# index the text): a date inside it is a format or a literal, not the page's (`{{ .Date.Format
# "02/01/2006 15:04" }}`, `{% if date > "2025-01-01" %}`, `=DATEVALUE("02/12/2025")`; a
# formula's call, with the calls inside it, ends at its closing bracket).
_CODE = patterns.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|(?<![\w\"'=])=\s*[a-z][a-z\d.]*\([^()]*(?:\([^()]*\)[^()]*)*\)"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m[0])


def _cites(folded: str, start: int, end: int) -> bool:
    """Whether the document whose date is folded[start:end] is cited, not headed."""
    return (
        _CITING.search(folded, max(0, start - _CITING_WINDOW), start) is not None
        or _ISSUER_AFTER.match(folded, end) is not None
    )


def _labelled(label: re.Pattern[str], folded: str, start: int) -> bool:
    """Whether `label` ends right before folded[start:]."""
    return label.search(folded, max(0, start - _LABEL_WINDOW), start) is not None


def _english(folded: str, now: datetime) -> _Found | None:
    """The leftmost date written with an English month name: tried only when no other form
    matched, as English-locale pages print no Vietnamese dates."""
    forms = [_WRITTEN_EN_MDY, _WRITTEN_EN_DMY]
    if "-" in folded:
        forms.append(_HYPHENED_EN_DMY)
    found = [next(_calendar(patterns.compile(form), folded, now, True), None) for form in forms]
    # `máy` and `may` send many Vietnamese lines here: the costly clock pattern needs a `:`.
    if ":" in folded:
        found.append(_clock_inside(_CLOCK_INSIDE_EN, folded, now))
        found.append(_clock_inside(_CLOCK_INSIDE_EN_DM, folded, now))
    for m in re.finditer(_COMMON_LOG, folded) if "/" in folded else ():
        try:
            zone = _offset(m.group("tz")) if m.group("tz") else None
        except ValueError:
            continue
        clock = (int(m.group("h")), int(m.group("mi")), int(m.group("s")), zone)
        value = _build(int(m.group("y")), _EN_MONTHS[m.group("mo")[:3]], int(m.group("d")), clock)
        if _plausible(value, now):
            found.append((m.start(), m.end(), value, "written"))
            break
    return min((f for f in found if f is not None), default=None)


def _english_published(folded: str, now: datetime) -> _Found | None:
    """The leftmost English date, unless it is labelled an update and the next one published
    (`Updated: Dec 6, 2025 10:00 | Published: Dec 5, 2025 08:05`), as `_first` has it for the
    other forms."""
    found = _english(folded, now)
    if found and _labelled(_UPDATE_LABEL, folded, found[0]):
        later = _english(" " * found[1] + folded[found[1] :], now)
        if later and _labelled(_PUBLISH_LABEL, folded, later[0]):
            return later
    return found


def _clock_inside(pattern: str, folded: str, now: datetime) -> _Found | None:
    """The first plausible date with its clock between the day and the year (`_CLOCK_INSIDE`)."""
    for m in re.finditer(pattern, folded):
        mo = m.group("mo")
        clock = _clock(m, "2")
        zone = m.group("zy") or m.group("zb")
        if clock and zone and not m.group("tz2"):
            try:
                clock = (*clock[:3], _offset(zone))
            except ValueError:
                continue
        month = int(mo) if mo.isdigit() else _EN_MONTHS[mo[:3]]
        value = _build(int(m.group("y")), month, int(m.group("d")), clock)
        if _plausible(value, now):
            return m.start(), m.end(), value, "written"
    return None


# ISO 8601's ordinal date with a clock, `2026-037T08:05:33+07:00` (the 37th day of 2026): exact,
# so read; without its clock `2026-037` is as likely a code.
_ISO_ORDINAL = patterns.compile(
    r"(?<![\d./])(?P<y>\d{4})-(?P<yd>\d{3})t(?P<h>\d{2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?(?P<tz>z|[+-]\d{2}(?::?\d{2})?)?(?![\d:a-z])"
)
_ISO_ORDINAL_HINT = patterns.compile(r"\d{4}-\d{3}t")


def _iso_ordinal(folded: str, now: datetime) -> _Found | None:
    """The first plausible ISO ordinal date."""
    for m in _ISO_ORDINAL.finditer(folded):
        year, tz = int(m.group("y")), m.group("tz")
        day = date(year, 1, 1) + timedelta(days=int(m.group("yd")) - 1)
        if day.year != year:
            continue  # day 0, or day 366 of a common year
        try:
            zone = UTC if tz == "z" else _offset(tz) if tz else None
        except ValueError:
            continue
        clock = (int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0), zone)
        value = _build(year, day.month, day.day, clock)
        if _plausible(value, now):
            return m.start(), m.end(), value, "iso"
    return None


def _dotted_ymd(folded: str, now: datetime) -> _Found | None:
    """The first plausible Korean dotted date (`_DOTTED_YMD`), with a clock after it."""
    for m in _DOTTED_YMD.finditer(folded):
        end, after = m.end(), _TIME_AFTER_RE.match(folded, m.end())
        clock = _clock(after, "2") if after else None
        if clock:
            end = after.end()
        value = _build(int(m["y"]), int(m["mo"]), int(m["d"]), clock)
        if _plausible(value, now):
            return m.start(), end, value, "iso"
    return None


def _aspnet(folded: str, now: datetime) -> _Found | None:
    """The first plausible `/Date(ms)/`."""
    for m in re.finditer(_ASPNET, folded):
        try:
            value = datetime.fromtimestamp(int(m.group("ms")) / 1000, LOCAL_TZ)
        except (OverflowError, OSError, ValueError):
            continue
        if _plausible(value, now):
            return m.start(), m.end(), value.replace(microsecond=0), "aspnet"
    return None


def _leftmost(folded: str, now: datetime, month_first: bool = False) -> _Found | None:
    """The leftmost plausible date of any family."""
    iso = _ISO_HINT.search(folded)
    best = next(_iso(folded, now), None) if iso else None
    if best is not None and best[0] == 0:
        return best
    found = [best, next(_calendar(_DMY_RE, folded, now, False, month_first), None)]
    if "ខែ" in folded or (not folded.isascii() and _KHMER_MONTH_HINT.search(folded)):
        found.append(next(_calendar(patterns.compile(_KHMER_DMY), folded, now, True), None))
    if not folded.isascii() and _THAI_MONTH_HINT.search(folded):
        found.append(next(_calendar(patterns.compile(_THAI_DMY), folded, now, True), None))
    if "年" in folded or "년" in folded:
        found.append(next(_calendar(patterns.compile(_CJK_YMD), folded, now, True), None))
    if "-th" in folded:
        found.append(next(_calendar(patterns.compile(_HYPHENED_DMY), folded, now, True), None))
    if found[1] is None and "ngay " in folded:
        for form in (_DM_YEAR_WORD, _YEAR_WORD_DM, _YEAR_WORD_MD):
            year_word = patterns.compile(form)
            found.append(next(_calendar(year_word, folded, now, False, month_first), None))
    if "w" in folded and _ISO_WEEK_HINT.search(folded):
        found.append(_iso_week(folded, now))
    if ". " in folded and _DOTTED_YMD_HINT.search(folded):
        found.append(_dotted_ymd(folded, now))
    if "/date(" in folded:
        found.append(_aspnet(folded, now))
    if "d:" in folded:
        found.append(_pdf_date(folded, now))
    if "thang" in folded or "thg" in folded or ("t" in folded and _TH_DIGIT.search(folded)):
        found.append(next(_calendar(patterns.compile(_WRITTEN_DMY), folded, now, True), None))
        found.append(next(_calendar(patterns.compile(_WRITTEN_MDY), folded, now, True), None))
        if _CLOCK_INSIDE_VI_HINT.search(folded):
            found.append(_clock_inside(_CLOCK_INSIDE_VI, folded, now))
    if iso and _ISO_ORDINAL_HINT.search(folded):
        found.append(_iso_ordinal(folded, now))
    if _RELATIVE_HINT.search(folded):
        found.append(min(_relative(folded, now), default=None))
    best = None
    for candidate in found:
        if candidate is not None and (best is None or _before(candidate, best)):
            best = candidate
    return best


def _before(candidate: _Found, best: _Found) -> bool:
    """Whether `candidate` is read before `best`: the leftmost, except that a time relative to
    the fetch yields to a date printed whole on the same line (`3 ngày trước (21/11/2025
    08:05)`): the date is exact, the count rounded."""
    if (candidate[3] == "relative") != (best[3] == "relative"):
        return best[3] == "relative"
    return candidate < best


def dateparser_settings(now: datetime) -> dict[str, object]:
    """The dateparser settings of the fallback (also what the benchmark compares against)."""
    return {
        "DATE_ORDER": "DMY",
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": now.astimezone(LOCAL_TZ).replace(tzinfo=None),
    }


def _dateparser(text: str, now: datetime) -> datetime | None:
    """Last resort: dateparser, Vietnamese only, day-first, anchored on now.

    Only day-precise results count: `năm 2020` alone would come back as a guessed day.
    """
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["vi"], settings=dateparser_settings(now))
    data = parser.get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "time"):
        return None
    return data.date_obj.astimezone(LOCAL_TZ)


# --- public API -------------------------------------------------------------------------------


def search_datetime(
    text: str, *, now: datetime | None = None, month_first: bool = False
) -> DateMatch | None:
    """Find the first date (with its adjacent time) inside a longer text; no fallback; none
    where `now` (a fetch in the first hours of the year 1) has no local time in the calendar.

    `start`/`end` index `text`; when `text` needed entity unescaping, NFC or junk removal they
    index that normalised text instead.
    """
    if not text:
        return None
    try:
        found = _first(_prepare(text)[1], _now(now), month_first)
    except OverflowError:
        return None
    return DateMatch(found[2], found[3], found[0], found[1]) if found else None


_WEEKDAY_NAME = patterns.compile(
    r"(?<![a-z])(?:thu\s*(?P<n>hai|ba|tu|nam|sau|bay|[2-7])|t(?:h\s)?(?P<t>[2-7])"
    rf"|(?P<sunday>{_SUNDAY}|cn))"
    rf"(?![a-z\d])|{_EN_WEEKDAY}"
)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NUMBERS = {"hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7}


def _days_since_weekday(text: str, now: datetime, printed: str) -> int | None:
    """Days back from `now` to the weekday `text` names (0 without one): forum software prints
    `Thứ hai lúc 14:20` (`Monday at 2:20 PM`) for a post of the past week. Thứ hai (2) is
    Monday, Chủ nhật Sunday. `printed` is `text` before folding: an English weekday counts only
    in plain letters there, as `thứ` and `môn` fold to `thu` and `mon` (None: no day is named)."""
    m = _WEEKDAY_NAME.search(text)
    if m is None:
        return 0
    if m.group("en"):
        if not printed[m.start("en") : m.end("en")].isascii():
            return None
        weekday = _EN_WEEKDAYS.index(m.group("en")[:3])
    elif m.group("sunday"):
        weekday = 6
    else:
        number = m.group("n") or m.group("t")
        weekday = int(_WEEKDAY_NUMBERS.get(number, number)) - 2
    return (now.weekday() - weekday) % 7


def _duration(folded: str, start: int) -> bool:
    """Whether the clock at `start` is labelled a length (`Thời lượng:`, a stopwatch `⏱`)."""
    return bool(start and _DURATION_BEFORE.search(folded, max(0, start - 16), start))


# A part of the day opening a line before its weekday (`Tối Chủ nhật lúc 8 giờ`, `Sáng thứ Hai,
# 7 giờ 15`): it sets the clock's half of the day, as one after the clock does.
_PART_OPENING = patterns.compile(rf"\s*(?P<part>{_DAY_PART})(?![a-z])(?=[\s,]*{_WEEKDAY})")
# An app's or a platform's name opening a line before a bullet or a bar (`Microsoft Teams · CN
# 23:15`): no part of the stamp after it, dropped before a weekday's clock is read.
_APP_NAME = patterns.compile(r"(?P<name>[^\d·•|]+?)\s*[·•|]\s*")
# `lúc` (at) right before a bare hour makes it a clock (`Chủ nhật lúc 8 giờ`, `Lúc 8 giờ`): alone,
# `8 giờ` is as often an age (Facebook's `2 giờ`), which the fallback reads it as.
_AT_BEFORE = patterns.compile(r"(?<![a-z])luc\s*$")


def _match(text: str, now: datetime, month_first: bool = False) -> _Found | None:
    """`match_datetime` as a plain tuple, so `parse_datetime` skips building a DateMatch."""
    normalised, folded = _prepare(text)
    found = _first(folded, now, month_first)
    if found is not None:
        return found
    if "chinh sua" in folded or "edited" in folded:
        note = _EDIT_NOTE.search(folded)
        if note and note.start():
            normalised, folded = normalised[: note.start()], folded[: note.start()]
    if folded.strip(" .") in ("bay gio", "phut nay"):  # Carbon's and Intl's `bây giờ` (now),
        # and Intl's `phút này` (this minute), alone
        return 0, len(folded), now.replace(microsecond=0), "relative"
    lead = _APP_NAME.match(folded)
    if lead and re.sub(_DECORATION, "", lead["name"]):  # `Microsoft Teams · CN 23:15`
        blank = " " * lead.end()
        normalised, folded = blank + normalised[lead.end() :], blank + folded[lead.end() :]
    m = re.search(_TIME_ONLY, folded)
    if m and not _DIGIT.search(folded, m.end()) and _duration(folded, m.start()):
        return None  # `⏱ 05:12` alone: a length, which the fallback would read as today's clock
    part = _PART_OPENING.match(folded) if m else None
    if (
        m
        and (
            m.group("m1")
            or m.group("mh1")
            or m.group("mg1")
            or m.group("ap1")
            or part
            or _AT_BEFORE.search(folded, 0, m.start())
        )
        and not re.sub(
            _DECORATION,
            "",
            rest := folded[part.end() if part else 0 : m.start()] + " " + folded[m.end() :],
        )
    ):
        printed = normalised[part.end() if part else 0 : m.start()] + " " + normalised[m.end() :]
        days = _days_since_weekday(rest, now, printed)
        if days is None:
            return None  # `Thứ 20:15`: a Vietnamese word that folds to an English weekday's letters
        if days > now.weekday() and "tuan nay" in rest:
            return None  # `Chủ nhật tuần này` read on a Thursday: a day still to come
        clock = _clock(m, "1")
        if part and clock and not m.group("ap1"):  # `Tối Chủ nhật lúc 8 giờ`: 20:00
            clock = (_hour(clock[0], part["part"]), *clock[1:])
        # a weekday's clock still to come on the fetch's own weekday names the week before (`Thứ
        # Bảy lúc 08:00` read on a Saturday at 00:20); a clock alone stays the fetch's day
        later = bool(clock) and clock[:3] > (now.hour, now.minute, now.second)
        if days == 0 and later and "tuan nay" not in rest and _WEEKDAY_NAME.search(rest):
            days = 7
        day = now - timedelta(days=days)
        value = _build(day.year, day.month, day.day, clock)
        return (m.start(), m.end(), value, "time") if _plausible(value, now) else None
    if re.search(_NO_FALLBACK, folded) or not re.search(_FALLBACK_GATE, folded):
        return None
    value = _dateparser(_SPACE_RUN.sub(" ", normalised).strip(), now)
    if not _plausible(value, now) or not _fallback_read(normalised, folded, value):
        return None
    return 0, len(normalised), value, "dateparser"


def _fallback_read(normalised: str, folded: str, value: datetime) -> bool:
    """Whether the fallback's `value` was read from the string rather than made up from the
    fetch time: its day, month and year are printed numbers, or the string is an age alone
    (`_FALLBACK_AGE`). dateparser fills what a string lacks from `now`, so a weekday, a bare
    clock or `lúc 8 giờ` come back as an instant no field of the string holds."""
    if _FALLBACK_AGE.fullmatch(folded):
        return True
    numbers = {int(run) for run in re.findall(r"\d+", normalised)}
    return {value.day, value.month} <= numbers and bool({value.year, value.year % 100} & numbers)


def _match_within_calendar(text: str, now: datetime | None, month_first: bool) -> _Found | None:
    """`_match`, or None where the date, counted from `now`, falls outside the calendar datetime
    holds (two hours before a fetch at 01:00 on 1 January of the year 1): no date to read."""
    try:
        return _match(text, _now(now), month_first)
    except OverflowError:
        return None


def match_datetime(
    text: str, *, now: datetime | None = None, month_first: bool = False
) -> DateMatch | None:
    """Parse a date string with its decorations, reporting the rule that matched."""
    found = _match_within_calendar(text, now, month_first) if text else None
    return DateMatch(found[2], found[3], found[0], found[1]) if found else None


def parse_datetime(
    text: str, *, now: datetime | None = None, month_first: bool = False
) -> datetime | None:
    """The instant a date string denotes, in LOCAL_TZ, or None."""
    found = _match_within_calendar(text, now, month_first) if text else None
    return found[2] if found else None


def stated_offset(text: str) -> timezone | None:
    """The UTC offset the first ISO 8601 time in `text` states (`Z`, `+02:00`, `+0700`), or
    None when it states none: the zone a page wrote its machine date in."""
    for m in _ISO.finditer(_prepare(text)[1]) if text else ():
        tz = m.group("tz")
        if m.group("h") is not None and tz:
            try:
                return UTC if tz == "z" else _offset(tz) or timezone(_LOCAL_OFFSET)
            except ValueError:  # no place is a day or more from UTC
                continue
    return None


# A zone a printed time states, by name or as an offset from GMT: `10:05 JST`, `20:05:00 EST`,
# `(UTC)`, `GMT+9`, RFC 822's `08:05:00 +0100`.
_PRINTED_ZONE = patterns.compile(
    rf"(?<![a-z])(?:(?:gmt|utc)(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?|ut|{_ZONE_ABBREVIATION})(?![a-z\d])"
    r"|(?<=\d:\d\d\s)[+-]\d{4}(?!\d)|(?<=\d:\d\d:\d\d\s)[+-]\d{4}(?!\d)"
)


def printed_offset(text: str) -> timezone | None:
    """The UTC offset a printed time states by a zone's name or as GMT/UTC±N, or None: what
    `stated_offset` is for machine strings, so a foreign page's `10:05 JST` keeps its zone."""
    for m in _PRINTED_ZONE.finditer(_prepare(text)[1]) if text else ():
        try:
            return _offset(m[0]) or timezone(_LOCAL_OFFSET)
        except ValueError:
            continue
    return None


def format_iso(dt: datetime) -> str:
    """ISO 8601 with offset at seconds precision: `2020-09-25T10:13:43+07:00`."""
    return dt.isoformat(timespec="seconds")
