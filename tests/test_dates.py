"""Publish-time parsing: the hand-written table, search spans, and the shared corpora."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from parsers.vietnamese.dates import (
    LOCAL_TZ,
    RULES,
    DateMatch,
    format_iso,
    match_datetime,
    parse_datetime,
    search_datetime,
    stated_offset,
)

CASES_FILE = Path(__file__).parent / "fixtures" / "dates" / "cases.json"
_TABLE = json.loads(CASES_FILE.read_text(encoding="utf-8"))
NOW = datetime.fromisoformat(_TABLE["now"])
# [text, expected, rule] and, for pages whose software prints month-first, a fourth "mdy".
CASES: list[tuple[str, str | None, str | None, bool]] = [
    (case[0], case[1], case[2], case[3:] == ["mdy"]) for case in _TABLE["cases"]
]


def test_table_is_large_and_covers_every_rule() -> None:
    assert len(CASES) >= 150
    assert {rule for _, _, rule, _ in CASES if rule} == set(RULES)


@pytest.mark.parametrize(
    ("text", "expected", "rule", "month_first"),
    CASES,
    ids=[(c[0] or "<empty>") + (" (mdy)" if c[3] else "") for c in CASES],
)
def test_table(text: str, expected: str | None, rule: str | None, month_first: bool) -> None:
    found = match_datetime(text, now=NOW, month_first=month_first)
    assert read(found) == ((expected, rule) if expected else None)
    parsed = parse_datetime(text, now=NOW, month_first=month_first)
    assert (format_iso(parsed) if parsed else None) == expected
    if found:
        assert found.value.tzinfo == LOCAL_TZ


def read(found: DateMatch | None) -> tuple[str, str] | None:
    """A match as (ISO instant, rule), or None."""
    return (format_iso(found.value), found.rule) if found else None


def load_table(path: Path) -> list[tuple[str, str | None, str]]:
    """A blind table's rows as [text, expected instant or None, fetch time]."""
    return [tuple(case[:3]) for case in json.loads(path.read_text(encoding="utf-8"))["cases"]]


def blind_rows(rows: list[tuple], not_yet: set[int] = frozenset()) -> dict:
    """Parametrize arguments for a blind table: each row by its index and text, the rows the
    parser does not read as tabled yet held as strict expected failures."""
    return {
        "argvalues": [
            pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if i in not_yet else row
            for i, row in enumerate(rows)
        ],
        "ids": [f"{i}: {row[0]!a}" for i, row in enumerate(rows)],
    }


UNSEEN_FILE = Path(__file__).parent / "fixtures" / "dates" / "unseen.json"
# [text, expected, fetched] and, for software whose English locale prints month-first, "mdy".
UNSEEN: list[tuple[str, str | None, str, bool]] = [
    (case[0], case[1], case[2], case[3:] == ["mdy"])
    for case in json.loads(UNSEEN_FILE.read_text(encoding="utf-8"))["cases"]
]


def test_unseen_table_is_large_and_distinct() -> None:
    assert len(UNSEEN) >= 150
    seen = {(text, NOW, month_first) for text, _, _, month_first in CASES}
    assert not [c for c in UNSEEN if (c[0], datetime.fromisoformat(c[2]), c[3]) in seen]


@pytest.mark.parametrize(
    ("text", "expected", "fetched", "month_first"),
    UNSEEN,
    ids=[f"{i}: {c[0]!a}" + (" (mdy)" if c[3] else "") for i, c in enumerate(UNSEEN)],
)
def test_unseen_table(text: str, expected: str | None, fetched: str, month_first: bool) -> None:
    """Forms the first table lacks, each read against the time the crawl fetched it."""
    parsed = parse_datetime(text, now=datetime.fromisoformat(fetched), month_first=month_first)
    assert (format_iso(parsed) if parsed else None) == expected
    if parsed:
        assert parsed.tzinfo == LOCAL_TZ


UNSEEN2_FILE = UNSEEN_FILE.with_name("unseen2.json")
# [text, expected, fetched]: a second blind table, in forms neither table above has.
UNSEEN2 = load_table(UNSEEN2_FILE)


def test_second_unseen_table_is_large_and_distinct() -> None:
    assert len(UNSEEN2) >= 80
    earlier = {(text, NOW) for text, *_ in CASES}
    earlier |= {(text, datetime.fromisoformat(fetched)) for text, _, fetched, _ in UNSEEN}
    assert len({text for text, *_ in UNSEEN2}) == len(UNSEEN2)
    assert not [c for c in UNSEEN2 if (c[0], datetime.fromisoformat(c[2])) in earlier]


@pytest.mark.parametrize(
    ("text", "expected", "fetched"), UNSEEN2, ids=[f"{i}: {c[0]!a}" for i, c in enumerate(UNSEEN2)]
)
def test_second_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN3_FILE = UNSEEN_FILE.with_name("unseen3.json")
# [text, expected, fetched] and, for software whose English locale prints month-first, "mdy".
UNSEEN3: list[tuple[str, str | None, str, bool]] = [
    (case[0], case[1], case[2], case[3:] == ["mdy"])
    for case in json.loads(UNSEEN3_FILE.read_text(encoding="utf-8"))["cases"]
]


def test_third_unseen_table_is_large_and_distinct() -> None:
    assert len(UNSEEN3) >= 150
    earlier = {(text, NOW, month_first) for text, _, _, month_first in CASES}
    earlier |= {(t, datetime.fromisoformat(f), mf) for t, _, f, mf in UNSEEN}
    earlier |= {(text, datetime.fromisoformat(fetched), False) for text, _, fetched in UNSEEN2}
    rows = {(t, datetime.fromisoformat(f), mf) for t, _, f, mf in UNSEEN3}
    assert len(rows) == len(UNSEEN3)
    assert not rows & earlier


@pytest.mark.parametrize(
    ("text", "expected", "fetched", "month_first"),
    UNSEEN3,
    ids=[f"{i}: {c[0]!a}" + (" (mdy)" if c[3] else "") for i, c in enumerate(UNSEEN3)],
)
def test_third_unseen_table(
    text: str, expected: str | None, fetched: str, month_first: bool
) -> None:
    test_unseen_table(text, expected, fetched, month_first)


UNSEEN4_FILE = UNSEEN_FILE.with_name("unseen4.json")
# [text, expected, fetched] and, for software whose English locale prints month-first, "mdy".
UNSEEN4: list[tuple[str, str | None, str, bool]] = [
    (case[0], case[1], case[2], case[3:] == ["mdy"])
    for case in json.loads(UNSEEN4_FILE.read_text(encoding="utf-8"))["cases"]
]


def test_fourth_unseen_table_is_large_and_distinct() -> None:
    assert len(UNSEEN4) >= 150
    earlier = {(text, NOW, month_first) for text, _, _, month_first in CASES}
    earlier |= {(t, datetime.fromisoformat(f), mf) for t, _, f, mf in UNSEEN + UNSEEN3}
    earlier |= {(text, datetime.fromisoformat(fetched), False) for text, _, fetched in UNSEEN2}
    rows = {(t, datetime.fromisoformat(f), mf) for t, _, f, mf in UNSEEN4}
    assert len(rows) == len(UNSEEN4)
    assert not rows & earlier


@pytest.mark.parametrize(
    ("text", "expected", "fetched", "month_first"),
    UNSEEN4,
    ids=[f"{i}: {c[0]!a}" + (" (mdy)" if c[3] else "") for i, c in enumerate(UNSEEN4)],
)
def test_fourth_unseen_table(
    text: str, expected: str | None, fetched: str, month_first: bool
) -> None:
    test_unseen_table(text, expected, fetched, month_first)


UNSEEN5_FILE = UNSEEN_FILE.with_name("unseen5.json")
# [text, expected, fetched]: a fifth blind table, in forms none of the tables above has.
UNSEEN5 = load_table(UNSEEN5_FILE)


@pytest.mark.parametrize(
    ("text", "expected", "fetched"), UNSEEN5, ids=[f"{i}: {c[0]!a}" for i, c in enumerate(UNSEEN5)]
)
def test_fifth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN6_FILE = UNSEEN_FILE.with_name("unseen6.json")
# [text, expected, fetched]: a sixth blind table, in forms none of the tables above has.
UNSEEN6 = load_table(UNSEEN6_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN6_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN6, UNSEEN6_NOT_YET))
def test_sixth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN7_FILE = UNSEEN_FILE.with_name("unseen7.json")
# [text, expected, fetched]: a seventh blind table, whole publish lines in forms none above has.
UNSEEN7 = load_table(UNSEEN7_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN7_NOT_YET = {
    125,
}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN7, UNSEEN7_NOT_YET))
def test_seventh_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN8_FILE = UNSEEN_FILE.with_name("unseen8.json")
# [text, expected, fetched]: an eighth blind table, publish lines beside the times they are not
# (hearings, kick-offs, deadlines, broadcasts, lunar dates) and forms none above has.
UNSEEN8 = load_table(UNSEEN8_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN8_NOT_YET = {
    7,
    18,
    49,
    133,
}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN8, UNSEEN8_NOT_YET))
def test_eighth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN9_FILE = UNSEEN_FILE.with_name("unseen9.json")
# [text, expected, fetched]: a ninth blind table, feed and sitemap values, epoch numbers, Roman and
# worded months, durations, scores, decrees, corrections and broken CMS output beside a date.
UNSEEN9 = load_table(UNSEEN9_FILE)


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN9))
def test_ninth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN10_FILE = UNSEEN_FILE.with_name("unseen10.json")
# [text, expected, fetched]: a tenth blind table, .NET, ASP.NET, JavaScript, Python, PHP, Go, SQL
# and spreadsheet output, foreign zone abbreviations, entities, ranges and deadlines beside a date.
UNSEEN10 = load_table(UNSEEN10_FILE)


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN10))
def test_tenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN11_FILE = UNSEEN_FILE.with_name("unseen11.json")
# [text, expected, fetched]: an eleventh blind table, sports, price and series lines, lunar beside
# solar dates, document headers and references, CMS and server defaults, broken output.
UNSEEN11 = load_table(UNSEEN11_FILE)


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN11))
def test_eleventh_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN12_FILE = UNSEEN_FILE.with_name("unseen12.json")
# [text, expected, fetched]: a twelfth blind table, obituary, weather, court and wire lines, static
# site generators, portals, Joomla K2, WordPress and Elementor in Vietnamese, day parts with the
# fetch clock, Khmer and Buddhist-era dates, HTTP headers and broken output.
UNSEEN12 = load_table(UNSEEN12_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN12_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN12, UNSEEN12_NOT_YET))
def test_twelfth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN13_FILE = UNSEEN_FILE.with_name("unseen13.json")
# [text, expected, fetched]: a thirteenth blind table, e-government document pages, market
# sessions, television schedules, fixtures, 'cách đây', Chinese and English beside Vietnamese,
# e-paper stamps, spreadsheet exports, odd feed offsets, parts of a month and history pages.
UNSEEN13 = load_table(UNSEEN13_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN13_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN13, UNSEEN13_NOT_YET))
def test_thirteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN14_FILE = UNSEEN_FILE.with_name("unseen14.json")
# [text, expected, fetched]: a fourteenth blind table, Moment, Day.js, Carbon, Luxon and Intl
# output in Vietnamese, CMS and API fields, PDF, iCalendar and ISO 8601 intervals, IANA and
# Etc zones, OCR'd and decomposed lines, Korean and Japanese dates and broken output.
UNSEEN14 = load_table(UNSEEN14_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN14_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN14, UNSEEN14_NOT_YET))
def test_fourteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN15_FILE = UNSEEN_FILE.with_name("unseen15.json")
# [text, expected, fetched]: a fifteenth blind table, e-mail and chat headers, headless CMS and
# database fields, Java, .NET, PHP, PostgreSQL, MySQL, Go and Rust output, logs and Org-mode
# stamps, ISO ordinal dates, signature stamps, CLDR zone names, legacy Vietnamese encodings.
UNSEEN15 = load_table(UNSEEN15_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN15_NOT_YET: set[int] = {100}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN15, UNSEEN15_NOT_YET))
def test_fifteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN16_FILE = UNSEEN_FILE.with_name("unseen16.json")
# [text, expected, fetched]: a sixteenth blind table, forum software in Vietnamese language
# packs, social and app share pages, press releases and embargoes, the official gazette, e-paper
# and broadcast lines, school and hospital portals, ICU skeletons, Instant Articles markup and
# zone abbreviations after their summers end.
UNSEEN16 = load_table(UNSEEN16_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN16_NOT_YET: set[int] = {89}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN16, UNSEEN16_NOT_YET))
def test_sixteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN17_FILE = UNSEEN_FILE.with_name("unseen17.json")
# [text, expected, fetched]: a seventeenth blind table, UTF-8 shown as Windows-1252, VIQR and
# unconverted Telex, styled and look-alike digits, 'kém' with day parts, Django and date-fns
# relative forms, database, server and console stamps, classifieds, reviews and job posts, more
# zone abbreviations, and notices whose dates are no publish time.
UNSEEN17 = load_table(UNSEEN17_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN17_NOT_YET: set[int] = {9}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN17, UNSEEN17_NOT_YET))
def test_seventeenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN18_FILE = UNSEEN_FILE.with_name("unseen18.json")
# [text, expected, fetched]: an eighteenth blind table, fetched the day after a leap day: relative
# counts across it, 29 February in years without it, apostrophe and day-like two-digit years,
# month words that are numbers, odd ISO offsets and zone abbreviations, legacy-font letters,
# lunar companions of Tết, publish and update pairs and lines whose dates are no publish time.
UNSEEN18 = load_table(UNSEEN18_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN18_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN18, UNSEEN18_NOT_YET))
def test_eighteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN19_FILE = UNSEEN_FILE.with_name("unseen19.json")
# [text, expected, fetched]: a nineteenth blind table, publish lines copied with their labels,
# icons, pipes and bullets from many CMS templates, weekday spellings, zones, times before dates,
# mixed separators and broken spacing, dates in words with lunar companions, English locales,
# meta and markup values, Unix timestamps in attributes, HTML entities and lines to refuse.
UNSEEN19 = load_table(UNSEEN19_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN19_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN19, UNSEEN19_NOT_YET))
def test_nineteenth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN20_FILE = UNSEEN_FILE.with_name("unseen20.json")
# [text, expected, fetched]: a twentieth blind table, whole meta lines glued to bylines, counts
# and codes, updates before the publish time, two dates on one line, relative counts beside an
# absolute date, hour words, 'h'/'g' spellings, odd separators, weekdays, table cells, full-width
# digits and no-break spaces, lunar companions and lines to refuse.
UNSEEN20 = load_table(UNSEEN20_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN20_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN20, UNSEEN20_NOT_YET))
def test_twentieth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN21_FILE = UNSEEN_FILE.with_name("unseen21.json")
# [text, expected, fetched]: a twenty-first blind table, lines CMS themes print in other
# languages, fields glued across elements, ranges, relative beside absolute times, ordinal days,
# month abbreviations in capitals, ISO offsets, epoch attributes, milliseconds, AM/PM and SA/CH,
# brackets, typos, the years 1999 and 2000, 29 February and numbers that are no date.
UNSEEN21 = load_table(UNSEEN21_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN21_NOT_YET: set[int] = {53}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN21, UNSEEN21_NOT_YET))
def test_twenty_first_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


UNSEEN22_FILE = UNSEEN_FILE.with_name("unseen22.json")
# [text, expected, fetched]: a twenty-second blind table, lines as Vietnamese CMSs of the 2000s
# and 2010s print them (ASP.NET, NukeViet, Joomla, Drupal, forums), clocks and dates in words,
# other calendars beside a solar date, 12-hour clocks with day parts, 'h' clocks, odd
# separators, direction marks, entities, addresses and file names, relative counts and refusals.
UNSEEN22 = load_table(UNSEEN22_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN22_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN22, UNSEEN22_NOT_YET))
def test_twenty_second_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def assert_large_and_new(path: Path, table: list, at_least: int) -> None:
    """A blind table has `at_least` rows, none repeating a text of its own, of the hand-checked
    cases or of any other date table: each row is a form no earlier table had."""
    texts = [text for text, *_ in table]
    assert len(texts) >= at_least
    assert len(set(texts)) == len(texts)
    earlier = {text for text, *_ in CASES}
    for other in sorted(UNSEEN_FILE.parent.glob("unseen*.json")):
        if other != path:
            earlier |= {case[0] for case in json.loads(other.read_text(encoding="utf-8"))["cases"]}
    assert not set(texts) & earlier


UNSEEN23_FILE = UNSEEN_FILE.with_name("unseen23.json")
# [text, expected, fetched]: a twenty-third blind table, archived pages' capture stamps beside
# the article's line, live blogs' yearless entries, weekdays and months abbreviated, lunar
# asides, event ranges, clocks marked with quotes and primes, Khmer and Lao digits, numbers in
# words, zones in words and abbreviations, the year first, typo'd years, day boundaries and
# numbers that look like dates.
UNSEEN23 = load_table(UNSEEN23_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN23_NOT_YET: set[int] = {142, 146}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN23, UNSEEN23_NOT_YET))
def test_twenty_third_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_third_unseen_table_is_large_and_new() -> None:
    """150 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN23_FILE, UNSEEN23, at_least=150)


UNSEEN24_FILE = UNSEEN_FILE.with_name("unseen24.json")
# [text, expected, fetched]: a twenty-fourth blind table, lines as organisation portals,
# aggregators, reprints, e-papers and English editions print them, other scripts beside the
# Vietnamese, machine strings shown on the page, clocks in words, ranges, odd glue, typos and
# numbers that are no date.
UNSEEN24 = load_table(UNSEEN24_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN24_NOT_YET: set[int] = {121}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN24, UNSEEN24_NOT_YET))
def test_twenty_fourth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_fourth_unseen_table_is_large_and_new() -> None:
    """150 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN24_FILE, UNSEEN24, at_least=150)


UNSEEN25_FILE = UNSEEN_FILE.with_name("unseen25.json")
# [text, expected, fetched]: a twenty-fifth blind table, weekday spellings and abbreviations,
# 'SA'/'CH' and day parts around twelve-hour clocks, two-digit years across the year's end, zones
# and offsets, lunar notes, Unicode oddities, separators and word orders, relative forms and
# numbers that are no date.
UNSEEN25 = load_table(UNSEEN25_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN25_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN25, UNSEEN25_NOT_YET))
def test_twenty_fifth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_fifth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN25_FILE, UNSEEN25, at_least=120)


UNSEEN26_FILE = UNSEEN_FILE.with_name("unseen26.json")
# [text, expected, fetched]: a twenty-sixth blind table, fetched on the second day of a lunar new
# year: weekday abbreviations, 'S.A.'/'C.H.' and day parts, Roman month numerals, zones named in
# words, Tết's lunar notes, Unicode oddities, separators and word orders, relative forms and
# numbers that are no date.
UNSEEN26 = load_table(UNSEEN26_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN26_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN26, UNSEEN26_NOT_YET))
def test_twenty_sixth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_sixth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN26_FILE, UNSEEN26, at_least=120)


UNSEEN27_FILE = UNSEEN_FILE.with_name("unseen27.json")
# [text, expected, fetched]: a twenty-seventh blind table, fetched early on the first of a month
# while the day before still runs in UTC: weekday spellings, day parts and 12-hour clocks,
# two-digit years, zones in summer time, lunar asides, Unicode oddities, separators and word
# orders, relative forms and numbers that are no date.
UNSEEN27 = load_table(UNSEEN27_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN27_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN27, UNSEEN27_NOT_YET))
def test_twenty_seventh_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_seventh_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN27_FILE, UNSEEN27, at_least=120)


UNSEEN28_FILE = UNSEEN_FILE.with_name("unseen28.json")
# [text, expected, fetched]: a twenty-eighth blind table, fetched just after noon: weekday
# spellings, 'SA'/'CH' and day parts around twelve-hour clocks, two-digit years, zones in July,
# lunar notes, Unicode oddities, separators and word orders, relative forms, times around the
# fetch and numbers that are no date.
UNSEEN28 = load_table(UNSEEN28_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN28_NOT_YET: set[int] = {109}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN28, UNSEEN28_NOT_YET))
def test_twenty_eighth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_eighth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN28_FILE, UNSEEN28, at_least=120)


UNSEEN29_FILE = UNSEEN_FILE.with_name("unseen29.json")
# [text, expected, fetched]: a twenty-ninth blind table, fetched on a Monday morning in December:
# weekday spellings, 'SA'/'CH' and day parts, twelve-hour clocks, zones in December, lunar notes,
# Unicode oddities, separators and word orders, relative forms and numbers that are no date.
UNSEEN29 = load_table(UNSEEN29_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN29_NOT_YET: set[int] = {35}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN29, UNSEEN29_NOT_YET))
def test_twenty_ninth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_twenty_ninth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN29_FILE, UNSEEN29, at_least=120)


UNSEEN30_FILE = UNSEEN_FILE.with_name("unseen30.json")
# [text, expected, fetched]: a thirtieth blind table, fetched on a Monday morning in December:
# forms the reader may not read and a fallback would resolve against the fetch time (a weekday
# or a part of the day with a clock and no date, bare clocks, months, years, English words,
# spelled numbers, festivals, durations and ranges, the future, digits alone).
UNSEEN30 = load_table(UNSEEN30_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN30_NOT_YET: set[int] = {58}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN30, UNSEEN30_NOT_YET))
def test_thirtieth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirtieth_unseen_table_is_large_and_new() -> None:
    """60 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN30_FILE, UNSEEN30, at_least=60)


UNSEEN31_FILE = UNSEEN_FILE.with_name("unseen31.json")
# [text, expected, fetched]: a thirty-first blind table, fetched on a Tuesday morning just after a
# February of 28 days: publish lines of platform and CMS families, digits of other scripts, odd
# separators, month words and their abbreviations, ordinal days, ranges and events, relative
# forms, zones other than +07:00, ISO variants, two-digit years, day parts and lunar notes.
UNSEEN31 = load_table(UNSEEN31_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN31_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN31, UNSEEN31_NOT_YET))
def test_thirty_first_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_first_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN31_FILE, UNSEEN31, at_least=120)


UNSEEN32_FILE = UNSEEN_FILE.with_name("unseen32.json")
# [text, expected, fetched]: a thirty-second blind table, fetched twenty minutes into a new year,
# while it is still the old year in UTC and the south is on its summer time: platform and CMS
# lines, English ordinal days, zones across the date line, times around the fetch, relative forms
# near midnight, ISO weeks across the year, other calendars beside the solar date, other locales'
# month words, look-alike characters and separators, and lines that hold no publish time.
UNSEEN32 = load_table(UNSEEN32_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN32_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN32, UNSEEN32_NOT_YET))
def test_thirty_second_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_second_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN32_FILE, UNSEEN32, at_least=120)


UNSEEN33_FILE = UNSEEN_FILE.with_name("unseen33.json")
# [text, expected, fetched]: a thirty-third blind table, fetched ten minutes before the lunar new
# year: platform footers, Tết and other calendars beside and without the solar date, ISO weeks
# around the fetch, look-alike digits and separators, English ordinal days, other locales' month
# words, relative forms near midnight, zones in the northern winter and the southern summer, times
# just inside and outside a day after the fetch, and lines that hold no publish time.
UNSEEN33 = load_table(UNSEEN33_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN33_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN33, UNSEEN33_NOT_YET))
def test_thirty_third_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_third_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN33_FILE, UNSEEN33, at_least=120)


UNSEEN34_FILE = UNSEEN_FILE.with_name("unseen34.json")
# [text, expected, fetched]: a thirty-fourth blind table, fetched the morning Europe's summer time
# ends: platform footers, English ordinal days, other locales' and scripts' CMS lines, zones
# before and after the change with the hour printed twice and the hour skipped, ISO weeks around
# the fetch, look-alike stops, colons, spaces and digits, relative forms across midnight, other
# calendars' years, and lines that hold no publish time.
UNSEEN34 = load_table(UNSEEN34_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN34_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN34, UNSEEN34_NOT_YET))
def test_thirty_fourth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_fourth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN34_FILE, UNSEEN34, at_least=120)


UNSEEN35_FILE = UNSEEN_FILE.with_name("unseen35.json")
# [text, expected, fetched]: a thirty-fifth blind table, fetched just after midnight the day North
# America's summer time began: platform footers, lunar, Mường, Chăm and Khmer notes beside the
# solar date, ranges, ISO weeks around the fetch, look-alike separators and digits, English
# ordinal days, other locales' CMS lines, zones on the day of the change with the skipped hour,
# relative forms across midnight, and lines that hold no publish time.
UNSEEN35 = load_table(UNSEEN35_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN35_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN35, UNSEEN35_NOT_YET))
def test_thirty_fifth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_fifth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN35_FILE, UNSEEN35, at_least=120)


UNSEEN36_FILE = UNSEEN_FILE.with_name("unseen36.json")
# [text, expected, fetched]: a thirty-sixth blind table, fetched five minutes before a month's
# end in the north's summer and the south's winter: platform footers, relative forms across the
# month's end and other languages' ages, ISO week and ordinal dates, lunar, Khmer, Thai and Lao
# dates, ranges, other locales' lines, zones of both hemispheres, other scripts' digits and
# look-alike separators, clocks in words, and lines that hold no publish time.
UNSEEN36 = load_table(UNSEEN36_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
# An Uzbek date's hyphens (`31-iyul, 2029-yil`) and a Mongolian one's numbered month after
# the year (`2029 оны 7-р сарын 31`) are not read yet.
UNSEEN36_NOT_YET: set[int] = {68, 71}


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN36, UNSEEN36_NOT_YET))
def test_thirty_sixth_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_sixth_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN36_FILE, UNSEEN36, at_least=120)


UNSEEN37_FILE = UNSEEN_FILE.with_name("unseen37.json")
# [text, expected, fetched]: a thirty-seventh blind table, fetched three minutes into a leap day
# in the north's winter and the south's summer: CMS publish lines, relative forms just after
# midnight, the day ahead, impossible leap dates, other locales' lines, zones, other scripts'
# digits and look-alike separators, and lines that hold no publish time.
UNSEEN37 = load_table(UNSEEN37_FILE)


# Rows the parser does not read as tabled yet, by index: each must still fail (strict).
UNSEEN37_NOT_YET: set[int] = set()


@pytest.mark.parametrize(("text", "expected", "fetched"), **blind_rows(UNSEEN37, UNSEEN37_NOT_YET))
def test_thirty_seventh_unseen_table(text: str, expected: str | None, fetched: str) -> None:
    test_unseen_table(text, expected, fetched, month_first=False)


def test_thirty_seventh_unseen_table_is_large_and_new() -> None:
    """120 rows or more, none repeating a text of its own or of any earlier date table."""
    assert_large_and_new(UNSEEN37_FILE, UNSEEN37, at_least=120)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday and a bare hour: the fallback's day (the 9th, the 1st) comes from no field
        ("Thứ Sáu 9 giờ", None),
        ("CN 8 giờ", None),
        ("9 giờ thứ Sáu", None),
        ("thứ bảy 1 giờ", None),
        # `lúc` before a bare hour makes it a clock, not eight hours ago
        ("Thứ Tư lúc 7 giờ", "2026-03-18T07:00:00+07:00"),
        ("lúc 9 giờ", "2026-03-21T09:00:00+07:00"),
        # counts with their units alone stay ages, as the first table's `2 tuần 3 ngày`
        ("4 ngày", "2026-03-17T10:00:00+07:00"),
        ("1 tuần 2 ngày", "2026-03-12T10:00:00+07:00"),
        # a date with look-alike separators still goes to the fallback and is read
        ("20‐03‐2026 09:40", "2026-03-20T09:40:00+07:00"),
    ],
)
def test_the_fallback_reads_only_what_the_string_holds(text: str, expected: str | None) -> None:
    """The fallback fills what a string lacks from the fetch time; its result counts only when
    the string prints the day, month and year or is an age alone (fetched on Saturday 21 March
    2026 at 10:00)."""
    fetched = datetime(2026, 3, 21, 10, 0, tzinfo=LOCAL_TZ)
    found = match_datetime(text, now=fetched)
    assert (format_iso(found.value) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's number before a dash and the date, the weekday in capitals
        ("TH 6 - 20/03/2026 - 09:40", "2026-03-20T09:40:00+07:00"),
        ("TH 2 – 16/03/2026", "2026-03-16T00:00:00+07:00"),
        # a typed tilde between the date and its clock
        ("20/03/2026 ~ 09:40", "2026-03-20T09:40:00+07:00"),
        # an apostrophe before a two-digit year after the month
        ("20/03/'26 09:40", "2026-03-20T09:40:00+07:00"),
        ("20-03-'26", "2026-03-20T00:00:00+07:00"),
        # `vừa qua` (just past) after a weekday with a clock alone: the latest such day
        ("Thứ Năm vừa qua lúc 09:40", "2026-03-19T09:40:00+07:00"),
        # `Vừa cập nhật` (just updated): the fetch time, as `Vừa đăng`
        ("Tin vừa cập nhật", "2026-03-21T10:00:00+07:00"),
    ],
)
def test_forms_of_the_twenty_sixth_table(text: str, expected: str) -> None:
    """The rules the twenty-sixth table asked for, on strings of their own (fetched on Saturday
    21 March 2026 at 10:00)."""
    fetched = datetime(2026, 3, 21, 10, 0, tzinfo=LOCAL_TZ)
    assert format_iso(parse_datetime(text, now=fetched)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `SA` or `CH` before the clock, as a Chinese or Korean part of the day is printed
        ("CH 3:10 20/03/2026", "2026-03-20T15:10:00+07:00"),
        ("20/03/2026 - ch 3:10", "2026-03-20T15:10:00+07:00"),
        ("SA 11:05, 20/03/2026", "2026-03-20T11:05:00+07:00"),
        # a year-first date with each separator spaced alike
        ("2026 - 03 - 20 09:40", "2026-03-20T09:40:00+07:00"),
        ("2026 / 03 / 20", "2026-03-20T00:00:00+07:00"),
        # a span of school years is no date
        ("Năm học 2025 - 2026", None),
    ],
)
def test_marks_before_the_clock_and_spaced_year_first(text: str, expected: str | None) -> None:
    """The twenty-fifth table's `CH 2:35 02/01/2026` and `2026 - 01 - 02 14:35`, on strings of
    their own (fetched on Saturday 21 March 2026 at 10:00)."""
    fetched = datetime(2026, 3, 21, 10, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `vừa rồi` (just past) after a weekday with a clock alone: the latest such day
        ("Thứ Năm vừa rồi lúc 09:40", "2026-03-19T09:40:00+07:00"),
        # `giờ HN`, Hà Nội's time in short: local time
        ("20/03/2026 09:40 (giờ HN)", "2026-03-20T09:40:00+07:00"),
        ("20/03/2026 - 09:40 giờ HN", "2026-03-20T09:40:00+07:00"),
        # a triangular colon typed for the clock's colon
        ("20/03/2026 09ː40", "2026-03-20T09:40:00+07:00"),
        # `Hôm nay,` opening a post's stamp, its date and clock after it
        ("Hôm nay, 21/03/2026 08:15", "2026-03-21T08:15:00+07:00"),
        ("Gửi lúc | Hôm nay 21/03/2026 - 08h15", "2026-03-21T08:15:00+07:00"),
        # … while a widget's day, labelled or named by its weekday, and an event stay refused
        ("Hôm nay, 21/03/2026", None),
        ("Hôm nay: 21/03/2026 08:15", None),
        ("Hôm nay, Thứ Bảy 21/03/2026 08:15", None),
        ("Khai mạc hôm nay, 21/03/2026 08:15", None),
        ("Khai mạc: hôm nay, 21/03/2026 08:15", None),
        # a script's English date with its clock before the same day printed bare; another day's
        # leaves the bare day
        ("Fri Mar 20 2026 09:40:00 GMT+0700 (ICT) | 20/03/2026", "2026-03-20T09:40:00+07:00"),
        ("Fri Mar 20 2026 02:40:00 GMT+0000 (UTC) | 20/03/2026", "2026-03-20T09:40:00+07:00"),
        ("Thu Mar 19 2026 09:40:00 GMT+0700 (ICT) | 20/03/2026", "2026-03-20T00:00:00+07:00"),
        # the twenty-fourth table's Thai month's name, as any language's; a Buddhist-era year is
        # past the reader's years
        ("วันที่ 12 มีนาคม 2026 09:40", "2026-03-12T09:40:00+07:00"),
        ("12 มีนาคม 2569", None),
    ],
)
def test_forms_of_the_twenty_seventh_table(text: str, expected: str | None) -> None:
    """The rules the twenty-seventh table asked for, the twenty-sixth's `Hôm nay, …` stamp, the
    eighth's English date before the bare day and the twenty-fourth's Thai month, on strings of
    their own (fetched on Saturday 21 March 2026 at 10:00)."""
    fetched = datetime(2026, 3, 21, 10, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon typed after the hour's `h`: the minute, not a second
        ("17/03/2024 16h:40", "2024-03-17T16:40:00+07:00"),
        ("16h:40 17/03/2024", "2024-03-17T16:40:00+07:00"),
        # a clock in brackets before the date, an English weekday abbreviated between them
        ("[16:40] 17/03/2024", "2024-03-17T16:40:00+07:00"),
        ("04:40 PM - Sun 17/03/2024", "2024-03-17T16:40:00+07:00"),
        ("16:40, Sun. 17/03/2024", "2024-03-17T16:40:00+07:00"),
        ("(GMT+07:00) 17/03/2024 16:40", "2024-03-17T16:40:00+07:00"),  # an offset, no clock
        # a Korean weekday between the date and its clock
        ("2024년 3월 17일 일요일 16:40", "2024-03-17T16:40:00+07:00"),
        ("2024년 03월 17일 (일) 16:40", "2024-03-17T16:40:00+07:00"),
        # a `T` between a day-first date and its clock
        ("17/03/2024T16:40", "2024-03-17T16:40:00+07:00"),
        ("17.03.2024T16:40:05", "2024-03-17T16:40:05+07:00"),
        # an English update before its publish line yields to it; alone it is read
        (
            "Updated: Mar 18, 2024 09:00 | Published: Mar 17, 2024 16:40",
            "2024-03-17T16:40:00+07:00",
        ),
        ("Last updated Mar 18, 2024 09:00", "2024-03-18T09:00:00+07:00"),
        ("Updated: Mar 18, 2024 09:00 | Mar 17, 2024 16:40", "2024-03-18T09:00:00+07:00"),
        # a lunar restatement in a clause of its own up to a comma, Lao's word for time
        ("17/03/2024 nhằm ngày 8 tháng Hai năm Giáp Thìn, 16:40", "2024-03-17T16:40:00+07:00"),
        ("ວັນທີ 17/03/2024 ເວລາ 16:40", "2024-03-17T16:40:00+07:00"),
    ],
)
def test_twenty_fourth_table_rules(text: str, expected: str | None) -> None:
    """The rules the twenty-fourth table asked for, on strings of their own."""
    parsed = parse_datetime(text, now=datetime(2024, 3, 20, 9, 0, tzinfo=LOCAL_TZ))
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sunday as the Catholic `Chúa nhật` and the southern `Chủ nhựt`, with a clock alone
        ("Chúa nhật, 19:30", "2024-03-17T19:30:00+07:00"),
        ("chủ nhựt lúc 7:15", "2024-03-17T07:15:00+07:00"),
        # ornamental vertical bars and a typed `>>` between the date and its clock
        ("17/03/2024 ❚ 16:40", "2024-03-17T16:40:00+07:00"),
        ("16:40 ❙ 17/03/2024", "2024-03-17T16:40:00+07:00"),
        ("Ngày 17/03/2024 >> 16:40", "2024-03-17T16:40:00+07:00"),
    ],
)
def test_twenty_fifth_table_rules(text: str, expected: str | None) -> None:
    """The rules the twenty-fifth table asked for, on strings of their own."""
    parsed = parse_datetime(text, now=datetime(2024, 3, 20, 9, 0, tzinfo=LOCAL_TZ))
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year first, after `năm` or alone before a comma, the month as a word or a number
        ("Năm 2024, ngày 7 tháng 3", "2024-03-07T00:00:00+07:00"),
        ("năm 2024 tháng 3 ngày 7, lúc 16:10", "2024-03-07T16:10:00+07:00"),
        ("2024, ngày 7/3", "2024-03-07T00:00:00+07:00"),
        ("Năm 2024 tháng 13 ngày 7", None),
        ("Kế hoạch năm 2024, ngày 7 tháng 3 họp", None),
        # an hour in words with `kém`, or of two words, right before a date
        ("Mười giờ kém năm phút, ngày 07/03/2024", "2024-03-07T09:55:00+07:00"),
        ("Mười chín giờ, 07/03/2024", "2024-03-07T19:00:00+07:00"),
        ("Bốn mươi giờ, 07/03/2024", "2024-03-07T00:00:00+07:00"),
        # primes as the minute and second marks
        ("07/03/2024 16h10′45″", "2024-03-07T16:10:45+07:00"),
        ("16 giờ 10' 45\" chiều 07/03/2024", "2024-03-07T16:10:45+07:00"),
        # a day word with an hour past 23 is no time, and no fallback reads it
        ("Hôm nay 25:10", None),
    ],
)
def test_year_first_hour_words_primes_and_late_hours(text: str, expected: str | None) -> None:
    now = datetime(2024, 3, 8, 9, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đăng ngày 14//11/2025 06:30", "2025-11-14T06:30:00+07:00"),
        ("14/11/2025 lúc 06::30", "2025-11-14T06:30:00+07:00"),
        ("14/11.2025 06:30", "2025-11-14T06:30:00+07:00"),
        ("14.11/2025", "2025-11-14T00:00:00+07:00"),
        ("06:30 hôm qua, 14/11/2025", "2025-11-14T06:30:00+07:00"),
        ("Hôm qua, 14/11/2025", "2025-11-14T00:00:00+07:00"),
        ("Phiên bản 1.2.2025", None),
    ],
)
def test_typed_twice_and_clocked_days(text: str, expected: str | None) -> None:
    """A separator typed twice between digits, a day and month set apart by one separator and
    the year by the other, and a relative day's clock before the same day printed bare."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cập nhật 03 T11/2025", "2025-11-03T00:00:00+07:00"),
        ("14 t9/2025 07:05", "2025-09-14T07:05:00+07:00"),
        ("T6, 14 T11/2025", "2025-11-14T00:00:00+07:00"),
        ("T11/2025", None),
    ],
)
def test_lone_t_month_after_day(text: str, expected: str | None) -> None:
    """A lone `T` glued to the month between a day and `/year` is the month's short form (a
    weekday's `T2` never stands there); with no day before it, no date."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025. 11. 3. 오후 2:40", "2025-11-03T14:40:00+07:00"),
        ("작성일 2025. 9. 14. 07:05", "2025-09-14T07:05:00+07:00"),
        ("2025. 11. 3.", "2025-11-03T00:00:00+07:00"),
        ("Năm 2025. 11 đội tham dự.", None),
    ],
)
def test_korean_dotted_date(text: str, expected: str | None) -> None:
    """Korean's numeric date, a stop and a space after the year and the month and a stop after
    the day, with its clock; a sentence ending on a year is none."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 03 (mồng 3) tháng 11 năm 2025", "2025-11-03T00:00:00+07:00"),
        ("Sáng 05 (mùng 5) tháng 11/2025 lúc 07:05", "2025-11-05T07:05:00+07:00"),
        ("Ngày 03 (mùng 4) tháng 11 năm 2025", None),
    ],
)
def test_day_restated_as_an_ordinal_in_brackets(text: str, expected: str | None) -> None:
    """The day restated as `mùng`/`mồng` in brackets before `tháng` is an aside; brackets naming
    another day leave the date unread."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/11/2025 07:05Lượt xem: 215", "2025-11-03T07:05:00+07:00"),
        ("Kinh tế03/11/2025 07:05Bình luận (4)", "2025-11-03T07:05:00+07:00"),
        ("03/11/2025 07:05Cập nhật: 04/11/2025", "2025-11-03T07:05:00+07:00"),
    ],
)
def test_next_field_glued_after_the_clock(text: str, expected: str | None) -> None:
    """A meta line's next field glued after the clock (two elements' texts joined without a
    space) leaves the clock read."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


SEARCH_CASES = [
    ("Ngày 14-09-2016 Lượt xem: 128", "14-09-2016", "2016-09-14T00:00:00+07:00"),
    ("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", "30/04/2016 11:39", "2016-04-30T11:39:00+07:00"),
    (
        "Cập nhật lúc 08:30, 12/05/2024 | 1.234 lượt xem",
        "08:30, 12/05/2024",
        "2024-05-12T08:30:00+07:00",
    ),
    ("Aa 396 | 23/09/2025 Thích 2368", "23/09/2025", "2025-09-23T00:00:00+07:00"),
    (
        "Thứ 6, 25/09/2020 | 10:13:43 9,330 lượt xem",
        "25/09/2020 | 10:13:43",
        "2020-09-25T10:13:43+07:00",
    ),
    (
        "Bài viết đăng ngày 8 tháng 1 năm 2025 trên trang",
        "ngày 8 tháng 1 năm 2025",
        "2025-01-08T00:00:00+07:00",
    ),
    ("(CTO) - 08/01/2026 - 18:21 Chia sẻ", "08/01/2026 - 18:21", "2026-01-08T18:21:00+07:00"),
    ("Ngày 13/13/2020 hay 12/05/2024", "12/05/2024", "2024-05-12T00:00:00+07:00"),
    ("Tin đăng 2 giờ trước bởi PV", "2 giờ trước", "2026-03-07T10:00:00+07:00"),
    (
        'content="2026-03-01T09:51:00+07:00" />',
        "2026-03-01T09:51:00+07:00",
        "2026-03-01T09:51:00+07:00",
    ),
    ("Giá 1.234.567 đồng, ngày 12/05/2024", "12/05/2024", "2024-05-12T00:00:00+07:00"),
    ("Hôm qua lúc 08:30 | 15 bình luận", "Hôm qua lúc 08:30", "2026-03-06T08:30:00+07:00"),
    (
        "Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)",
        "ngày 08 tháng 12 năm 2024 16:02 (GMT +7)",
        "2024-12-08T16:02:00+07:00",
    ),
    ("Thứ Tư, 07/01/2015 | 22:34", "07/01/2015 | 22:34", "2015-01-07T22:34:00+07:00"),
    ("Đã xem: 1.204 | 05/03/2026 07:00 | A- A A+", "05/03/2026 07:00", "2026-03-05T07:00:00+07:00"),
    ("Hạn chót 09/03/2026; đăng 01/03/2026", "01/03/2026", "2026-03-01T00:00:00+07:00"),
    (
        '<span>{{ .Date.Format "02/01/2006 15:04" }}</span> 01/03/2026 08:05',
        "01/03/2026 08:05",
        "2026-03-01T08:05:00+07:00",
    ),
]


@pytest.mark.parametrize(("text", "span", "expected"), SEARCH_CASES)
def test_search_finds_date_inside_line(text: str, span: str, expected: str) -> None:
    found = search_datetime(text, now=NOW)
    assert (text[found.start : found.end], format_iso(found.value)) == (span, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day word's bracketed day and month: agreeing, the clock after them is read
        ("Tối qua (06/03), lúc 21h10", "2026-03-06T21:10:00+07:00"),
        ("Tối qua (05/03), lúc 21h10", None),
        # a document's date followed by its issuer is cited; its own header is read
        ("Quyết định số 45/QĐ-UBND ngày 02/03/2026 của UBND tỉnh", None),
        ("Số: 45/QĐ-UBND ngày 02/03/2026", "2026-03-02T00:00:00+07:00"),
        # a spreadsheet's function and a script's failed count are no day
        ("=TODAY()", None),
        ("Today, 08:05", "2026-03-07T08:05:00+07:00"),
        ("undefined năm trước", None),
        ("Tai nạn 2 giờ trước", "2026-03-07T10:00:00+07:00"),
        # a death and a funeral are no publish time; the publish line beside them is
        ("Mất ngày 05/03/2026 | Đăng 06/03/2026 08:05", "2026-03-06T08:05:00+07:00"),
        ("Lễ an táng lúc 9h00 ngày 06/03/2026", None),
    ],
)
def test_lines_around_a_day(text: str, expected: str | None) -> None:
    parsed = parse_datetime(text, now=NOW)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the publish label wins past an update between it and a creation, and before a later
        # republication; `firstPublishedAt` is a publish label
        (
            '"createdAt": "2026-03-01T01:00:00Z", "updatedAt": "2026-03-03T01:00:00Z", '
            '"firstPublishedAt": "2026-03-02T02:30:00Z"',
            "2026-03-02T09:30:00+07:00",
        ),
        (
            '"firstPublishedAt": "2026-03-02T02:30:00Z", "publishedAt": "2026-03-05T01:00:00Z"',
            "2026-03-02T09:30:00+07:00",
        ),
        # a document replaced, or a law cited by its name, is cited
        ("Thay thế Thông tư số 12/2025/TT-BTC ngày 02/03/2025", None),
        ("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019", None),
        ("Bộ luật Lao động, đăng ngày 02/03/2026", "2026-03-02T00:00:00+07:00"),
        # tomorrow before the date, and an event's start right before its clock
        ("Ngày mai: 08/03/2026", None),
        ("Phiên đấu giá bắt đầu 09:00 ngày 06/03/2026", None),
        # a livestream that took place is the video's; one announced is not
        ("Đã phát trực tiếp vào 5 thg 3, 2026", "2026-03-05T00:00:00+07:00"),
        ("Trực tiếp vào 5 thg 3, 2026", None),
        # ICU's name of UTC; an ordinal day before a Vietnamese month
        ("01:30:00 Giờ Phối hợp Quốc tế 06/03/2026", "2026-03-06T08:30:00+07:00"),
        ("Thứ năm, 5th Tháng ba 2026", "2026-03-05T00:00:00+07:00"),
        # a clock, then `ngày` or `Th 5` (Thursday) before the date
        ("Lúc 9h30 tối ngày Chủ nhật (1/3/2026)", "2026-03-01T21:30:00+07:00"),
        ("Lúc 07:45 Th 5, 5 thg 3, 2026", "2026-03-05T07:45:00+07:00"),
    ],
)
def test_cited_labelled_and_announced_lines(text: str, expected: str | None) -> None:
    parsed = parse_datetime(text, now=NOW)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # JSON's escapes and an address's percent-encoded separators
        ('"ngay": "05\\u002F03\\u002F2026"', "2026-03-05T00:00:00+07:00"),
        ("?from=2026-03-05T09%3A30%3A00%2B07%3A00", "2026-03-05T09:30:00+07:00"),
        ("05%2F03%2F2026", "2026-03-05T00:00:00+07:00"),
        # a line in the TCVN3 font encoding
        ("Ngµy 05 th¸ng 03 n¨m 2026", "2026-03-05T00:00:00+07:00"),
        # a tz database name after a clock; one the database lacks refuses the time
        ("05/03/2026 10:30 Asia/Tokyo", "2026-03-05T08:30:00+07:00"),
        ("05/03/2026 10:30 Asia/Atlantis", None),
        # the clock between the day and the year: PostgreSQL's day first, Java's `thg 3`
        ("Thu 05 Mar 09:30:15.5 2026 +07", "2026-03-05T09:30:15+07:00"),
        ("Thu 05 Mar 02:30:15 2026 UTC", "2026-03-05T09:30:15+07:00"),
        ("T5 thg 3 05 09:30:15 ICT 2026", "2026-03-05T09:30:15+07:00"),
        # an ISO ordinal date with its clock; day 366 of a common year is none
        ("2026-064T09:30:00+07:00", "2026-03-05T09:30:00+07:00"),
        ("2026-366T09:30:00+07:00", None),
        ("2026-064", None),
    ],
)
def test_escaped_encoded_and_machine_lines(text: str, expected: str | None) -> None:
    parsed = parse_datetime(text, now=NOW)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth, an opening and an embargo are no publish time; a release time beside one is
        ("Sinh ngày 2 tháng 3 năm 2001 tại Huế", None),
        ("Em bé chào đời lúc 9h10 ngày 05/03/2026", None),
        ("Khai trương 05/03/2026, mở cửa từ 7h", None),
        ("Embargo: 06:00 GMT+7, 06/03/2026", None),
        ("Phát hành 08:00 ngày 05/03/2026 | Embargo: 10:00 cùng ngày", "2026-03-05T08:00:00+07:00"),
        # the next issue is not this one; a print edition's date is
        ("Số kế tiếp phát hành ngày 08/03/2026", None),
        ("Ấn bản in ngày 05.03.2026 - Trang 2", "2026-03-05T00:00:00+07:00"),
        # zone abbreviations and ICU's names of Australia's zones; a local time with its offset
        ("06/03/2026 11:05 EET", "2026-03-06T16:05:00+07:00"),
        ("06/03/2026 21:35 ACDT", "2026-03-06T18:05:00+07:00"),
        ("06/03/2026 lúc 10:05:00 Giờ Mùa Hè Miền Đông Nước Úc", "2026-03-06T06:05:00+07:00"),
        ("06/03/2026 10:05 giờ địa phương (UTC-5)", "2026-03-06T22:05:00+07:00"),
        ("06/03/2026 10:05 giờ địa phương", None),
        # ICU's `Th 5` before a bare clock is the latest Thursday; `Vừa đăng` is the fetch time
        ("Th 5 9:15 SA", "2026-03-05T09:15:00+07:00"),
        ("Vừa đăng · 3 bình luận", "2026-03-07T12:00:00+07:00"),
        # a count ahead naming an event's start, and tomorrow's clock, are still to come
        ("Trận đấu sẽ bắt đầu sau 2 giờ nữa", None),
        ("sau 2 giờ nữa", "2026-03-07T14:00:00+07:00"),
        ("Ngày mai lúc 07:30", None),
        # a length in a field of its own before the date is no clock; a broken clock stays one
        ("Video · 52:10 · 05/03/2026", "2026-03-05T00:00:00+07:00"),
        ("25:61 05/03/2026", None),
        # OCR's `rn` for the `m` of `năm`
        ("Ngày 5 tháng 3 nărn 2026", "2026-03-05T00:00:00+07:00"),
        # a spreadsheet row's date and clock cells; Instant Articles' publish time element
        ('"05/03/2026","09:30","Tin tức"', "2026-03-05T09:30:00+07:00"),
        (
            '<time class="op-modified" datetime="2026-03-06T02:00:00Z"></time>'
            '<time class="op-published" datetime="2026-03-05T02:00:00Z"></time>',
            "2026-03-05T09:00:00+07:00",
        ),
    ],
)
def test_births_embargoes_zones_and_app_lines(text: str, expected: str | None) -> None:
    parsed = parse_datetime(text, now=NOW)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    "text", ["no date here", "Phiên bản 1.2.3", "Lượt xem: 128", "", "20:30 tối", "2 tuần 3 ngày"]
)
def test_search_without_date(text: str) -> None:
    # Bare times and dateparser-only forms are whole-string parses, never searched for.
    assert search_datetime(text, now=NOW) is None


def test_span_indexes_unescaped_text() -> None:
    found = search_datetime("x 2026-03-01T09:51:00&#x2B;07:00", now=NOW)
    assert (found.start, found.end, found.value) == (
        2,
        27,
        datetime(2026, 3, 1, 9, 51, tzinfo=LOCAL_TZ),
    )


def test_nfd_and_junk_input() -> None:
    text = "Th\u01b0\u0301 Hai, 21/06/2021, 07:10"  # NFD ứ
    assert parse_datetime(text, now=NOW) == datetime(2021, 6, 21, 7, 10, tzinfo=LOCAL_TZ)
    junk = "ng\u200bày 8 tha\u0301ng 1 n\u034făm 2025"
    assert parse_datetime(junk, now=NOW) == datetime(2025, 1, 8, tzinfo=LOCAL_TZ)


def test_naive_now_is_local_and_aware_now_is_converted() -> None:
    naive = NOW.replace(tzinfo=None)
    utc = NOW.astimezone(UTC)
    for now in (naive, utc):
        assert format_iso(parse_datetime("2 giờ trước", now=now)) == "2026-03-07T10:00:00+07:00"


def test_default_now_is_current_time() -> None:
    recent = datetime.now(LOCAL_TZ) - timedelta(days=2)
    text = recent.strftime("%d/%m/%Y %H:%M")
    assert parse_datetime(text) == recent.replace(second=0, microsecond=0)
    future = datetime.now(LOCAL_TZ) + timedelta(days=3)
    assert parse_datetime(future.strftime("%d/%m/%Y")) is None


def test_future_slack_is_one_day() -> None:
    assert parse_datetime("08/03/2026 12:00", now=NOW) == datetime(2026, 3, 8, 12, tzinfo=LOCAL_TZ)
    assert parse_datetime("08/03/2026 12:01", now=NOW) is None


def test_two_digit_years() -> None:
    assert parse_datetime("01/03/26", now=NOW) == datetime(2026, 3, 1, tzinfo=LOCAL_TZ)
    assert parse_datetime("12/05/96", now=NOW) == datetime(1996, 5, 12, tzinfo=LOCAL_TZ)
    assert parse_datetime("12/05/27", now=NOW) is None  # 1927: before 1995


def test_date_match_is_frozen_and_formats() -> None:
    found = match_datetime("Thứ 6, 25/09/2020 | 10:13:43", now=NOW)
    assert found == DateMatch(datetime(2020, 9, 25, 10, 13, 43, tzinfo=LOCAL_TZ), "dmy_time", 7, 28)
    with pytest.raises(AttributeError):
        found.rule = "iso"  # type: ignore[misc]
    assert format_iso(datetime(2020, 9, 25, 10, 13, 43, 999, tzinfo=LOCAL_TZ)) == (
        "2020-09-25T10:13:43+07:00"
    )


# --- shared corpora ---------------------------------------------------------------------------

# dateparser's own Vietnamese cases. Only those with an instant and a relative_base are checked.
# Skipped kinds: translation/tokenizer/language-detection cases (they assert English text or
# tokens, not instants); search_parse cases (their dates are 1935-1940, before 1995, and include
# year-only and month-only forms); cases disabled upstream.
# Cases whose expected value we reject on purpose, with the reason:
REJECTED_ON_PURPOSE = {
    "Thứ năm": "bare weekday name: not a publish time",
    "Thứ sáu": "bare weekday name: not a publish time",
    "sau 5 năm nữa": "more than a day after now",
}


def _dateparser_cases(shared_dir: Path) -> list[dict]:
    cases = json.loads(
        (shared_dir / "corpus" / "dates" / "vi_dateparser_cases.json").read_text(encoding="utf-8")
    )
    return [c for c in cases if c.get("relative_base") and isinstance(c.get("expected"), str)]


def test_dateparser_corpus(shared_dir: Path) -> None:
    cases = _dateparser_cases(shared_dir)
    assert len(cases) >= 15
    checked = 0
    for case in cases:
        now = datetime.fromisoformat(case["relative_base"]).replace(tzinfo=LOCAL_TZ)
        if "relative" not in case["test"]:
            # Absolute dates: upstream's base (2012) is arbitrary and earlier than the expected
            # 2013/2015 instants, which our future check would reject; anchor on NOW instead.
            now = NOW
        got = parse_datetime(case["input"], now=now)
        if case["input"] in REJECTED_ON_PURPOSE:
            assert got is None, case["input"]
            continue
        expected = datetime.fromisoformat(case["expected"]).replace(tzinfo=LOCAL_TZ)
        assert got == expected, (case["input"], got, expected)
        checked += 1
    assert checked >= 12


def test_real_page_strings(shared_dir: Path) -> None:
    data = json.loads(
        (shared_dir / "corpus" / "dates" / "vi_real_page_date_strings.json").read_text(
            encoding="utf-8"
        )
    )
    assert data["cases"]
    for case in data["cases"]:
        expected = datetime.fromisoformat(case["expected"])
        got = parse_datetime(case["input"], now=NOW)
        if not re.search(r"\d:\d\d:\d\d", case["input"]):
            # The visible string shows minutes only; the page's metadata had the seconds.
            expected = expected.replace(second=0)
        assert got == expected, (case["input"], got, expected)
        assert got.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-26T14:20:05.123+07:00", datetime(2024, 1, 26, 14, 20, 5, 123000, LOCAL_TZ)),
        ("2024-01-26T14:20:05.5Z", datetime(2024, 1, 26, 21, 20, 5, 500000, LOCAL_TZ)),
        ("2024-01-26T14:20:05.1234567+07:00", datetime(2024, 1, 26, 14, 20, 5, 123456, LOCAL_TZ)),
        ("2024-05-12 09:30", datetime(2024, 5, 12, 9, 30, tzinfo=LOCAL_TZ)),
        ("2024-05-12, 09:30:15", datetime(2024, 5, 12, 9, 30, 15, tzinfo=LOCAL_TZ)),
    ],
)
def test_iso_fractions_and_a_time_after_a_date(text: str, expected: datetime) -> None:
    """Fractions of a second are microseconds (padded right, cut at six digits); an ISO date
    followed by a clock time is that time."""
    found = parse_datetime(text, now=NOW)
    assert found == expected
    assert (found.microsecond, found.utcoffset()) == (expected.microsecond, timedelta(hours=7))


def test_an_impossible_iso_stamp_is_skipped_for_the_next_one() -> None:
    text = "Cập nhật 2024-13-45T10:00:00+07:00, đăng 2024-05-12T08:00:00+07:00"
    found = search_datetime(text, now=NOW)
    assert (found.value, found.start, found.end) == (
        datetime(2024, 5, 12, 8, tzinfo=LOCAL_TZ),
        41,
        66,
    )


# --- rules behind the unseen table, one class at a time ----------------------------------------

FETCHED = datetime(2026, 12, 2, 9, 40, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/05/2024 8:05PM", datetime(2024, 5, 12, 20, 5, tzinfo=LOCAL_TZ)),
        ("12/05/2024 8:05sa", datetime(2024, 5, 12, 8, 5, tzinfo=LOCAL_TZ)),
        ("20h15' 12/05/2024", datetime(2024, 5, 12, 20, 15, tzinfo=LOCAL_TZ)),
        ("12/05/2024 • 20:15", datetime(2024, 5, 12, 20, 15, tzinfo=LOCAL_TZ)),
        ("12/05/2024 · 20:15", datetime(2024, 5, 12, 20, 15, tzinfo=LOCAL_TZ)),
        ("12/05/2024 / 20:15", datetime(2024, 5, 12, 20, 15, tzinfo=LOCAL_TZ)),
        ("20:15 • Thứ bảy / 11/05/2024", datetime(2024, 5, 11, 20, 15, tzinfo=LOCAL_TZ)),
        ("May 12, 2024 at 8:05 pm", datetime(2024, 5, 12, 20, 5, tzinfo=LOCAL_TZ)),
    ],
)
def test_clock_glued_period_and_more_separators(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/05/2024 01:15 GMT", "2024-05-12T08:15:00+07:00"),
        ("12/05/2024 01:15 (UTC)", "2024-05-12T08:15:00+07:00"),
        ("12/05/2024 09:15 +08:00", "2024-05-12T08:15:00+07:00"),
        ("12/05/2024 09:15 +0800", "2024-05-12T08:15:00+07:00"),
        ("12/05/2024 08:15 +0700", "2024-05-12T08:15:00+07:00"),
        ("01:15 UTC, 12/05/2024", "2024-05-12T08:15:00+07:00"),
    ],
)
def test_a_zone_after_the_clock_is_applied(text: str, expected: str) -> None:
    """A bare GMT or UTC is offset 0; a numeric offset is converted to Vietnam time."""
    assert format_iso(parse_datetime(text, now=FETCHED)) == expected


def test_spaced_numeric_dates() -> None:
    assert parse_datetime("12 / 05 / 2024", now=FETCHED) == datetime(2024, 5, 12, tzinfo=LOCAL_TZ)
    assert parse_datetime("12 - 05 - 2024 08:15", now=FETCHED) == datetime(
        2024, 5, 12, 8, 15, tzinfo=LOCAL_TZ
    )
    # A space on either side of a separator, with a four-digit year: all three parts are printed.
    assert parse_datetime("12 /05/ 2024", now=FETCHED) == datetime(2024, 5, 12, tzinfo=LOCAL_TZ)
    # A spaced two-digit year is a score or a range.
    for text in ("3 - 2 - 20", "Tỷ số 2 - 1 - 15"):
        assert parse_datetime(text, now=FETCHED) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "ngày 5 tháng Giêng năm 2024",
        "Mùng 5 Tháng Giêng, 2024",
        "23 tháng Chạp 2024",
        "tháng Chạp 23, 2024",
        "05/01/2024 (âm lịch)",
        "05-01-2024 ÂL",
        "05/01/2024 (AL)",
        "Âm lịch: ngày 05/01/2024",
    ],
)
def test_lunar_dates_are_never_solar(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None
    assert search_datetime(f"Lễ hội {text}.", now=FETCHED) is None


def test_the_solar_date_beside_a_lunar_one_is_read() -> None:
    text = "Lễ hội ngày 05/01/2024 (âm lịch), tức ngày 14/02/2024"
    found = search_datetime(text, now=FETCHED)
    assert (text[found.start : found.end], found.value) == (
        "14/02/2024",
        datetime(2024, 2, 14, tzinfo=LOCAL_TZ),
    )
    assert parse_datetime("Dương lịch: 14/02/2024 - Âm lịch: 05/01/2024", now=FETCHED) == (
        datetime(2024, 2, 14, tzinfo=LOCAL_TZ)
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cập nhật: 14/05/2024 10:00 | Đăng: 12/05/2024 08:15", "12/05/2024 08:15"),
        ("Cập nhật lúc 10:00 14/05/2024 - Đăng lúc 08:15 12/05/2024", "08:15 12/05/2024"),
        ("Updated 14/05/2024 10:00, published 12/05/2024 08:15", "12/05/2024 08:15"),
        ("Ngày đăng: 12/05/2024 08:15 - Cập nhật: 14/05/2024", "12/05/2024 08:15"),
        # An update time with no publish time labelled after it is still the only date.
        ("Cập nhật: 14/05/2024 10:00 | 12/05/2024 08:15", "14/05/2024 10:00"),
        ("Cập nhật: 14/05/2024 10:00", "14/05/2024 10:00"),
    ],
)
def test_a_labelled_publish_time_wins_over_an_update_time(text: str, span: str) -> None:
    found = search_datetime(text, now=FETCHED)
    assert text[found.start : found.end] == span
    assert parse_datetime(text, now=FETCHED) == found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h trước", datetime(2026, 12, 2, 7, 40, tzinfo=LOCAL_TZ)),
        ("15p trước", datetime(2026, 12, 2, 9, 25, tzinfo=LOCAL_TZ)),
        ("an hour ago", datetime(2026, 12, 2, 8, 40, tzinfo=LOCAL_TZ)),
        ("3 days ago", datetime(2026, 11, 29, 9, 40, tzinfo=LOCAL_TZ)),
        ("1 hr 30 mins ago", datetime(2026, 12, 2, 8, 10, tzinfo=LOCAL_TZ)),
        ("Today at 8:05 AM", datetime(2026, 12, 2, 8, 5, tzinfo=LOCAL_TZ)),
        ("Yesterday, 11:50 PM", datetime(2026, 12, 1, 23, 50, tzinfo=LOCAL_TZ)),
    ],
)
def test_abbreviated_and_english_relative_forms(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


def test_english_articles_are_not_vietnamese_words() -> None:
    # `ăn` folds to `an`, an English article, but only English units count it as one.
    assert search_datetime("Bữa ăn giờ trước ca làm", now=FETCHED) is None
    assert search_datetime("Bữa an hour ago", now=FETCHED).value == FETCHED - timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("December 1, 2026", datetime(2026, 12, 1, tzinfo=LOCAL_TZ)),
        ("Sept. 9, 2025, 6:45 p.m.", datetime(2025, 9, 9, 18, 45, tzinfo=LOCAL_TZ)),
        ("9th of September 2025", datetime(2025, 9, 9, tzinfo=LOCAL_TZ)),
        ("Tue, 09 Sep 2025 11:45:10 GMT", datetime(2025, 9, 9, 18, 45, 10, tzinfo=LOCAL_TZ)),
        ("Tue, 09 Sep 2025 18:45:10 +0700", datetime(2025, 9, 9, 18, 45, 10, tzinfo=LOCAL_TZ)),
        ("Sep 31, 2025", None),
        ("December 2026", None),
    ],
)
def test_english_month_names(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


# --- rules behind the second unseen table ------------------------------------------------------


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 giờ 5 phút 9 giây ngày 12/05/2024", at(2024, 5, 12, 8, 5, 9)),
        ("12/05/2024 - 20 giờ 15 phút 40 giây", at(2024, 5, 12, 20, 15, 40)),
        ("12/05/2024 20h15'40\"", at(2024, 5, 12, 20, 15, 40)),
        ("12/05/2024 20 giờ 15 phút 61 giây", None),
    ],
)
def test_seconds_in_words_and_marks(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/05/2024 20.15", at(2024, 5, 12, 20, 15)),
        ("20.15, 12/05/2024", at(2024, 5, 12, 20, 15)),
        ("12.05.2024 | 08.05", at(2024, 5, 12, 8, 5)),
        # No valid minute, or a longer number: no clock, the date stands alone.
        ("12/05/2024 20.95", at(2024, 5, 12)),
        ("12/05/2024 1.234 lượt xem", at(2024, 5, 12)),
        ("12/05/2024 20.15.3", at(2024, 5, 12)),
    ],
)
def test_a_dotted_clock_next_to_a_date(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


def test_a_dotted_number_alone_is_no_clock() -> None:
    assert parse_datetime("20.15", now=FETCHED) is None
    assert search_datetime("Giá 76.50 triệu đồng", now=FETCHED) is None


def test_a_clock_after_a_date_and_a_bare_comma() -> None:
    assert parse_datetime("T7,11/05/2024,20:15", now=FETCHED) == at(2024, 5, 11, 20, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Th05 2024", at(2024, 5, 12)),
        ("12-Th5-2024 08:15", at(2024, 5, 12, 8, 15)),
        ("Th05 12, 2024", at(2024, 5, 12)),
        ("ngày 12 tháng 5, năm 2024", at(2024, 5, 12)),
        # `Th 5` with a space is Thursday; a month with no day names no day.
        ("Th 5, 12/05/2024", at(2024, 5, 12)),
        ("Th05/2024", None),
    ],
)
def test_short_month_names(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    ["08:15 giờ Hà Nội, 12/05/2024", "12/05/2024 08:15 (giờ Việt Nam)", "12/05/2024 08:15 ICT"],
)
def test_names_of_local_time(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) == at(2024, 5, 12, 8, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-12 01:15:00 UTC", at(2024, 5, 12, 8, 15)),
        ("2024-05-12T01:15:00 GMT", at(2024, 5, 12, 8, 15)),
        ("2024-05-12T09:15:00 GMT+8", at(2024, 5, 12, 8, 15)),
        ("2024-05-12T08:15:00+24:00", None),
        ("12/05/2024 08:15 GMT+30", None),
    ],
)
def test_zones_after_machine_times(text: str, expected: datetime | None) -> None:
    """A zone word after an ISO time is applied; an offset no place has refuses the time."""
    assert parse_datetime(text, now=FETCHED) == expected
    assert stated_offset("2024-05-12T08:15:00+24:00") is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cập nhật lần cuối: 14/05/2024 10:00 - Đăng: 12/05/2024 08:15", "12/05/2024 08:15"),
        ("Sửa đổi: 14/05/2024 10:00 | Ngày tạo: 12/05/2024 08:15", "12/05/2024 08:15"),
        ("Updated 14/05/2024 10:00, created 12/05/2024 08:15", "12/05/2024 08:15"),
    ],
)
def test_a_created_time_wins_over_a_last_update(text: str, span: str) -> None:
    found = search_datetime(text, now=FETCHED)
    assert text[found.start : found.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Từ 12/05/2024 đến 14/05/2024",
        "Hội chợ từ ngày 12/05/2024 - đến ngày 14/05/2024",
        "từ 8:00 đến 17:00 ngày 12/05/2024",
    ],
)
def test_a_period_is_no_publish_time(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None
    assert search_datetime(text, now=FETCHED) is None


def test_a_date_after_a_period_is_read() -> None:
    text = "Hội chợ từ 12/05/2024 đến 14/05/2024. Đăng ngày 10/05/2024"
    assert search_datetime(text, now=FETCHED).value == at(2024, 5, 10)
    # `Thứ tư` ends in `tư`, not the word `từ`; `đến` before no date is no period's end.
    assert parse_datetime("Thứ tư 15/05/2024 đến thăm trường", now=FETCHED) == at(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tối qua lúc 9:30", at(2026, 12, 1, 21, 30)),
        ("trưa nay 12:10", at(2026, 12, 2, 12, 10)),
        ("Sáng qua, 6h05", at(2026, 12, 1, 6, 5)),
        # a part of the day without a clock adds nothing: the day word keeps the fetch clock
        ("sáng nay", FETCHED),
    ],
)
def test_a_part_of_today_or_yesterday(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected", "fetched"),
    [
        # a part of today still to come at the fetch, without a clock: its time cannot be told
        ("tối nay", None, at(2026, 12, 2, 9, 40)),
        ("Chiều hôm nay", None, at(2026, 12, 2, 9, 40)),
        ("Đêm nay", None, at(2026, 12, 2, 19, 5)),
        ("trưa nay", None, at(2026, 12, 2, 10, 55)),
        ("Chập tối nay", None, at(2026, 12, 2, 16, 30)),
        # begun by the fetch, or a night still running in its small hours: the fetch time
        ("Tối nay", at(2026, 12, 2, 19, 5), at(2026, 12, 2, 19, 5)),
        ("trưa nay", at(2026, 12, 2, 11, 10), at(2026, 12, 2, 11, 10)),
        ("đêm nay", at(2026, 12, 2, 1, 30), at(2026, 12, 2, 1, 30)),
        # a printed clock is read as the first table reads one later than the fetch
        ("tối nay lúc 20h", at(2026, 12, 2, 20), at(2026, 12, 2, 9, 40)),
    ],
)
def test_a_part_of_today_not_yet_begun_is_no_time(
    text: str, expected: datetime | None, fetched: datetime
) -> None:
    assert parse_datetime(text, now=fetched) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ sáu lúc 21:05", at(2026, 11, 27, 21, 5)),
        ("T2 lúc 8:00", at(2026, 11, 30, 8, 0)),
        ("CN, 10:15", at(2026, 11, 29, 10, 15)),
        ("Thứ tư lúc 09:00", at(2026, 12, 2, 9, 0)),
    ],
)
def test_a_weekday_with_a_clock_is_the_last_such_day(text: str, expected: datetime) -> None:
    """FETCHED is a Wednesday; forum software names the days of the past week."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week", at(2026, 11, 25, 9, 40)),
        ("Posted last month", at(2026, 11, 2, 9, 40)),
        ("last year", at(2025, 12, 2, 9, 40)),
        # a weekday after `last` is any of the days before, as `thứ tư tuần trước` is
        ("last Friday", None),
        ("the last weekend", None),
    ],
)
def test_englishs_last_week_month_and_year_read_as_the_vietnamese_words(
    text: str, expected: datetime | None
) -> None:
    """`last week` is `tuần trước`, `last month` `tháng trước`, `last year` `năm ngoái`."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 28 (thứ Bảy) tháng 11 năm 2026", at(2026, 11, 28)),
        ("Hà Nội, ngày 1 ( Chủ nhật ) tháng 11 năm 2026, 7:45", at(2026, 11, 1, 7, 45)),
        ("27 (T6) tháng 11/2026", at(2026, 11, 27)),
    ],
)
def test_a_weekday_in_brackets_after_a_written_day(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon 21:05", at(2026, 11, 30, 21, 5)),
        ("Fri. 8:30 PM", at(2026, 11, 27, 20, 30)),
        ("Sun, 10:15", at(2026, 11, 29, 10, 15)),
        ("Tue at 7:00 am", at(2026, 12, 1, 7, 0)),
        # Vietnamese words that fold to an abbreviation's letters name no day
        ("Thứ 20:15", None),
        ("Môn 08:00", None),
    ],
)
def test_an_abbreviated_english_weekday_with_a_clock_is_the_last_such_day(
    text: str, expected: datetime | None
) -> None:
    """FETCHED is a Wednesday; a feed abbreviates the day as forum software spells it out."""
    assert parse_datetime(text, now=FETCHED) == expected


# --- rules behind the third unseen table, one class at a time -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 12/05/2024 - Giờ: 20:15", at(2024, 5, 12, 20, 15)),
        ("12/05/2024 @ 20:15", at(2024, 5, 12, 20, 15)),
        ("12/05/2024 lúc 20h7", at(2024, 5, 12, 20, 7)),
        ("12/05/2024 20:7", at(2024, 5, 12, 20, 7)),
        ("5h30 rạng sáng 12/05/2024", at(2024, 5, 12, 5, 30)),
        ("１２/０５/２０２４ ２０ｈ１５", at(2024, 5, 12, 20, 15)),
    ],
)
def test_more_clocks_after_and_before_a_date(text: str, expected: datetime) -> None:
    """A `Giờ:` label or `@` before the clock, a one-digit minute after `h` or (right after a
    date) a colon, `rạng sáng` (before dawn), full-width letters as well as digits."""
    assert match_datetime(text, now=FETCHED).value == expected


def test_a_one_digit_minute_needs_a_date_before_it() -> None:
    assert parse_datetime("Tỷ số 2:1", now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-XII-2024", at(2024, 12, 12)),
        ("ngày 3/IV/2024 lúc 9:15", at(2024, 4, 3, 9, 15)),
        ("12-xi-2024", at(2024, 11, 12)),
        ("12-XIII-2024", None),
        ("Chương 3-V", None),
    ],
)
def test_roman_numeral_months(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024.05.12 20:15", at(2024, 5, 12, 20, 15)),
        ("2024.5.12", at(2024, 5, 12)),
        ("Hotline 1900.1234.56", None),
    ],
)
def test_dotted_year_first_dates(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-Dec-24", at(2024, 12, 12)),
        ("12-Dec-2024 20:15", at(2024, 12, 12, 20, 15)),
        ("Sunday, 12-May-24 13:15:00 GMT", at(2024, 5, 12, 20, 15)),
        ("Sun May 12 20:15:00 ICT 2024", at(2024, 5, 12, 20, 15)),
        ("Sun May 12 13:15:00 UTC 2024", at(2024, 5, 12, 20, 15)),
        ("Sun May 12 20:15:00 2024", at(2024, 5, 12, 20, 15)),
    ],
)
def test_hyphened_english_dates_and_a_clock_before_the_year(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/Date(1715519700000)/", at(2024, 5, 12, 20, 15)),
        # JSON's escaped solidi, as a value pasted from a script or an API prints them
        ('"NgayDang":"\\/Date(1715519700000+0700)\\/"', at(2024, 5, 12, 20, 15)),
        ("/Date(1715519700000+0700)/", at(2024, 5, 12, 20, 15)),
        ("/Date(-62135596800000)/", None),  # DateTime.MinValue
        ("1715519700", None),  # a bare number is no publish time
    ],
)
def test_aspnet_json_dates(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12/05/2024 - 15/05/2024",
        "12/05/2024 – 15/05/2024 (dự kiến)",
        "12 - 15/5/2024",
        "12/5 - 15/5/2024",
        "12/05/2024 08:00 - 11:30",
        "13h30 - 17h00, ngày 12/05/2024",
        "Hạn chót: 12/05/2024",
        "Hết hạn 17h00 ngày 12/05/2024",
        "Thời gian diễn ra: 12/05/2024",
        "Hội nghị khai mạc lúc 8h00 ngày 12/05/2024",
    ],
)
def test_a_dashed_period_a_deadline_or_an_event_is_no_publish_time(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ 6 - 10/05/2024 08:05", at(2024, 5, 10, 8, 5)),
        ("T6 - 10/05/2024", at(2024, 5, 10)),
        ("10/05/2024 - 08:05", at(2024, 5, 10, 8, 5)),
        ("Lượt xem: 1.204 - 10/05/2024", at(2024, 5, 10)),
        ("Ban Tổ chức Tỉnh ủy - 10/05/2024", at(2024, 5, 10)),
        ("Đăng ngày 10/05/2024 - Hạn nộp: 30/05/2024", at(2024, 5, 10)),
    ],
)
def test_a_dash_or_a_label_that_makes_no_period(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hai giờ trước", at(2026, 12, 2, 7, 40)),
        ("năm phút trước", at(2026, 12, 2, 9, 35)),
        ("sáu phút trước", at(2026, 12, 2, 9, 34)),
        ("mười ngày trước", at(2026, 11, 22, 9, 40)),
        ("2 tiếng rưỡi trước", at(2026, 12, 2, 7, 10)),
        ("nửa giờ trước", at(2026, 12, 2, 9, 10)),
        ("3 tiếng đồng hồ trước", at(2026, 12, 2, 6, 40)),
        ("sau nửa giờ nữa", at(2026, 12, 2, 10, 10)),
        ("Just now", at(2026, 12, 2, 9, 40)),
    ],
)
def test_relative_counts_in_words_and_halves(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mười lăm phút trước", at(2026, 12, 2, 9, 25)),
        ("hai mươi giờ trước", at(2026, 12, 1, 13, 40)),
        ("hai mươi mốt ngày trước", at(2026, 11, 11, 9, 40)),
        ("ba mươi tư phút trước", at(2026, 12, 2, 9, 6)),
        ("bảy mươi lăm phút trước", at(2026, 12, 2, 8, 25)),
        ("mười hai ngày trước", at(2026, 11, 20, 9, 40)),
        ("một giờ mười lăm phút trước", at(2026, 12, 2, 8, 25)),
        ("một trăm hai mươi phút trước", at(2026, 12, 2, 7, 40)),
        ("hai trăm linh năm phút trước", at(2026, 12, 2, 6, 15)),
        ("cách đây hai mươi phút", at(2026, 12, 2, 9, 20)),
        ("Cách đây 3 giờ", at(2026, 12, 2, 6, 40)),
    ],
)
def test_spelled_counts_are_read_whole(text: str, expected: datetime) -> None:
    assert match_datetime(text, now=FETCHED) == DateMatch(expected, "relative", 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "hơn 2 giờ trước",
        "gần một tuần trước",
        "trên 3 ngày trước",
        "more than 2 hours ago",
        "một nghìn hai trăm phút trước",
        "chưa đầy 1 giờ trước",
    ],
)
def test_a_bound_or_a_number_not_read_whole_is_no_instant(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/05/2024 ‒ 08:15", at(2024, 5, 12, 8, 15)),
        ("12/05/2024 ‧ 08:15", at(2024, 5, 12, 8, 15)),
        ("08:15 ― 12/05/2024", at(2024, 5, 12, 8, 15)),
        ("Thứ 7 (12/05/2024) 08:15", at(2024, 5, 12, 8, 15)),
        ("[12/05/2024] 20:15", at(2024, 5, 12, 20, 15)),
        ("12/05/2024 khoảng 8 giờ tối", at(2024, 5, 12, 20, 0)),
        ("12 /05/ 2024 08 : 15", at(2024, 5, 12, 8, 15)),
    ],
)
def test_more_marks_between_a_date_and_its_clock(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 12/5/2024 lúc 3 giờ", at(2024, 5, 12, 15, 0)),
        ("tối Chủ nhật 12/5/2024, 9 giờ 10", at(2024, 5, 12, 21, 10)),
        ("đêm 12/5/2024, 11 giờ", at(2024, 5, 12, 23, 0)),
        ("Sáng 12/5/2024 lúc 7h45", at(2024, 5, 12, 7, 45)),
        ("chiều 12/5/2024 lúc 8:05 SA", at(2024, 5, 12, 8, 5)),
        ("Tối hôm qua, 10 giờ", at(2026, 12, 1, 22, 0)),
        ("đêm qua lúc 23h15", at(2026, 12, 1, 23, 15)),
        ("1 giờ đêm qua", at(2026, 12, 2, 1, 0)),
        ("Sáng hôm nay lúc 8 giờ", at(2026, 12, 2, 8, 0)),
    ],
)
def test_a_part_of_the_day_before_a_date_sets_its_clock(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


def test_a_period_running_until_now_is_no_publish_time() -> None:
    assert parse_datetime("(12/5/2024 – nay)", now=FETCHED) is None
    assert parse_datetime("12/05/2024 - hiện nay", now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20240512T081500+0700", at(2024, 5, 12, 8, 15)),
        ("20240512T011500Z", at(2024, 5, 12, 8, 15)),
        ("Sun, 12 May 2024 01:15:00 Z", at(2024, 5, 12, 8, 15)),
        ("12/05/2024 01:15 Z", at(2024, 5, 12, 8, 15)),
        ("20240512081500", None),
    ],
)
def test_iso_basic_format_and_a_z_after_a_clock(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ngày 12/5/2024 đến ngày 15/5/2024",
        "Nhận hồ sơ trước 17h ngày 12/5/2024",
        "Hiệu lực kể từ ngày 12/05/2024",
        "Nộp chậm nhất ngày 12/05/2024",
        "Dự kiến khánh thành vào 12/05/2024",
        "Lịch phát sóng: 20h ngày 12/5/2024",
        "Ngày sinh: 12/05/1998",
        "Phiên bản 1.2.2024",
        "v12.05.24",
    ],
)
def test_a_limit_a_plan_a_schedule_a_birth_or_a_version_is_no_publish_time(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Tư 15/05/2024", at(2024, 5, 15)),
        ("Thứ  tư 15/05/2024", at(2024, 5, 15)),
        ("T.Tư 15/05/2024", at(2024, 5, 15)),
        ("Du lịch Nghệ An: 15/05/2024", at(2024, 5, 15)),
        ("Dương lịch: 15/05/2024", at(2024, 5, 15)),
        ("Tin từ Sở Y tế | 15/05/2024", at(2024, 5, 15)),
        ("Bản 15.05.2024", at(2024, 5, 15)),
    ],
)
def test_words_that_look_like_a_limit_or_a_label_are_not(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more marks between a date and its clock, and a weekday in brackets between them
        ("12/05/2024 › 08:30", at(2024, 5, 12, 8, 30)),
        ("08:30 ▪ 12/05/2024", at(2024, 5, 12, 8, 30)),
        ("12/05/2024: 08:30", at(2024, 5, 12, 8, 30)),
        ("12/05/2024 (CN) 08:30", at(2024, 5, 12, 8, 30)),
        ("12/05/2024 08∶30∶15", at(2024, 5, 12, 8, 30, 15)),
        # clocks in words: `kém` (to), `rưỡi` (half), `giờ` after a colon clock
        ("7 giờ kém 10 tối 12/05/2024", at(2024, 5, 12, 18, 50)),
        ("12/05/2024 lúc 3 giờ rưỡi chiều", at(2024, 5, 12, 15, 30)),
        ("20:15 giờ, 12/05/2024", at(2024, 5, 12, 20, 15)),
        # zones: `giờ GMT`, RFC 822's `UT` and two-digit year, a local name restating its offset
        ("12/05/2024 01:30 giờ GMT", at(2024, 5, 12, 8, 30)),
        ("Sat, 11 May 2024 18:30:00 UT", at(2024, 5, 12, 1, 30)),
        ("Sun, 12 May 24 08:30 +0700", at(2024, 5, 12, 8, 30)),
        ("20:30 giờ Hà Nội (GMT+7), 12/05/2024", at(2024, 5, 12, 20, 30)),
        # `tối` (evening) is still evening beside `tới` (until)
        ("tối 12/05/2024 lúc 8 giờ", at(2024, 5, 12, 20)),
        # ISO week date with its day
        ("2024-W19-7", at(2024, 5, 12)),
        ("2024-W19-7 08:30", at(2024, 5, 12, 8, 30)),
        # the publish time first published, after the update
        ("Cập nhật 14/05/2024 - Xuất bản lần đầu 12/05/2024", at(2024, 5, 12)),
        ("Ngày in: 02/12/2026 - Đăng ngày 12/05/2024", at(2024, 5, 12)),
        # `hôm` counts days
        ("2 hôm trước", at(2026, 11, 30, 9, 40)),
    ],
)
def test_clock_zone_separator_and_label_forms(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0 giờ kém 15 ngày 12/05/2024",
        "8 giờ kém 45 ngày 12/05/2024",
        "12/05/2024 20:30 (giờ địa phương)",
        "Nhận đơn tới hết ngày 12/05/2024",
        "tới 17 giờ ngày 12/05/2024",
        "Từ 12/05 tới 14/05/2024",
        "12/05/2024 ⟶ 14/05/2024",
        "12/05/2024 đến hiện nay",
        "12/05/2024 tới nay",
        "In ngày 02/12/2026",
        "Ngày truy cập: 01/12/2026",
        "Lễ bế mạc: 14/05/2024",
        "2024-W53-1",
    ],
)
def test_limits_periods_reader_times_and_unknown_zones_are_refused(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None


# --- rules behind the sixth unseen table, one class at a time -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrowed part of the day sets the clock as its plain part does
        ("3 giờ 10 rạng sáng 07/11/2024", at(2024, 11, 7, 3, 10)),
        ("2 giờ đầu giờ chiều 07/11/2024", at(2024, 11, 7, 14, 0)),
        ("07/11/2024 lúc 6 giờ chập tối", at(2024, 11, 7, 18, 0)),
        ("xế chiều 07/11/2024, lúc 3 giờ 50", at(2024, 11, 7, 15, 50)),
        ("Chiều muộn qua, 6 giờ 05", at(2026, 12, 1, 18, 5)),
        # without a clock, beside a date the date alone, beside a day word the fetch clock
        ("giữa trưa 07/11/2024", at(2024, 11, 7)),
        ("Tối muộn hôm qua", at(2026, 12, 1, 9, 40)),
        ("nửa đêm qua", at(2026, 12, 1, 9, 40)),
    ],
)
def test_narrowed_parts_of_the_day(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hơn 7 giờ tối 07/11/2024", at(2024, 11, 7)),
        ("gần 11 giờ trưa ngày 07/11/2024", at(2024, 11, 7)),
        ("khoảng 7 giờ tối 07/11/2024", at(2024, 11, 7, 19)),
        ("hơn 9 giờ sáng qua", at(2026, 12, 1, 9, 40)),
    ],
)
def test_a_clock_after_hon_or_gan_is_a_bound(text: str, expected: datetime) -> None:
    """`hơn` (past) and `gần` (nearly) bound the clock: the day stands alone; `khoảng` (about)
    reads it."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày thi tuyển sinh: 14/06/2024",
        "Giờ phát sóng: 20:00 ngày 14/06/2024",
        "Lễ ra mắt sách lúc 9h ngày 14/06/2024",
        "Bế mạc ngày 14/06/2024",
        "Khởi công: 14/06/2024",
        "Xem lần cuối 01/12/2026 08:00",
        "Tải xuống lúc 08:00 01/12/2026",
        'data-expires="2024-06-14T08:00:00+07:00"',
        '"countdown": "2024-06-14T08:00:00"',
    ],
)
def test_events_and_reader_times_as_labels_are_refused(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thi đua khen thưởng 14/06/2024", at(2024, 6, 14)),
        ("Thứ Sáu 14/06/2024 - Tài chính", at(2024, 6, 14)),
        ('data-weekend="no" 2024-06-14T08:00:00+07:00', at(2024, 6, 14, 8)),
    ],
)
def test_words_near_event_labels_are_no_label(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        'data-modified="2024-06-15T10:00:00+07:00" data-published="2024-06-14T08:00:00+07:00"',
        '"dateModified":"2024-06-15T10:00:00+07:00","datePublished":"2024-06-14T08:00:00+07:00"',
        "modified 15/06/2024 10:00 · created 14/06/2024 08:00",
    ],
)
def test_a_modified_time_gives_way_to_a_published_one_in_markup(text: str) -> None:
    assert parse_datetime(text, now=FETCHED) == at(2024, 6, 14, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024W247", at(2024, 6, 16)),
        ("2024-W24-5T07:15", at(2024, 6, 14, 7, 15)),
        ("2024W245T00:15:00Z", at(2024, 6, 14, 7, 15)),
        ("2024W24", None),
        ("2024-W24-5 (ÂL 9/5)", at(2024, 6, 14)),
        ("14/06/2024 (AL 9/5)", at(2024, 6, 14)),
        ("14/06/2024 (AL)", None),
    ],
)
def test_iso_week_forms_and_a_lunar_mark_before_its_own_date(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/06/2024 07:15 (giờ VN)", at(2024, 6, 14, 7, 15)),
        ("2024-06-14T02:15:00 Europe/Paris", at(2024, 6, 14, 7, 15)),
        ("2024-06-14 07:15 [Asia/Jakarta]", at(2024, 6, 14, 7, 15)),
        ("2024-06-14T07:15:00 Asia/Atlantis", None),
        ("14/06/2024 07:15 GMT-13", None),
        ("14/06/2024 10:15 UTC+10", at(2024, 6, 14, 7, 15)),
    ],
)
def test_zone_names_and_the_offsets_places_keep(text: str, expected: datetime | None) -> None:
    """A tz database name gives the offset its zone kept that day (Paris on summer time)."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06/14/2024 (mm/dd/yyyy)", at(2024, 6, 14)),
        ("Ngày đăng (tháng/ngày/năm): 6/14/2024 7:15 AM", at(2024, 6, 14, 7, 15)),
        ("[en-US] 06/12/2024", at(2024, 6, 12)),
        ("06/12/2024 7:15 PM", at(2024, 12, 6, 19, 15)),
        ("06/12/2024 (dd/mm/yyyy)", at(2024, 12, 6)),
    ],
)
def test_month_first_only_where_the_line_states_it(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 ngày trước, lúc 7:15", at(2026, 11, 28, 7, 15)),
        ("1 tuần trước lúc 20h", at(2026, 11, 25, 20, 0)),
        ("2 giờ trước 7:15", at(2026, 12, 2, 7, 40)),  # hours counted back: no day to set
        ("40’ trước", at(2026, 12, 2, 9, 0)),
        ("14/06/2024 hồi 7 giờ 15", at(2024, 6, 14, 7, 15)),
    ],
)
def test_days_back_with_a_clock_the_minute_mark_and_hoi(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 14/6 năm 2024", at(2024, 6, 14)),
        ("Sáng ngày 14-6, năm 2024, lúc 7 giờ 15", at(2024, 6, 14, 7, 15)),
        ("chiếm 1/3 năm 2024", None),  # a fraction of the year
        ("ngày 14/6 năm nay", None),
    ],
)
def test_a_year_after_nam_completes_a_day_and_month(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ថ្ងៃទី១៤ ខែមិថុនា ឆ្នាំ២០២៤", at(2024, 6, 14)),
        ("ថ្ងៃសុក្រ ទី 14 ខែ មិថុនា 2024 07:15", at(2024, 6, 14, 7, 15)),
        ("ថ្ងៃទី៣១ ខែកុម្ភៈ ឆ្នាំ២០២៤", None),
        ("14/06/2024 19:15 (giờ Paris)", None),
        ("14/06/2024 07:15 (giờ Hà Nội)", at(2024, 6, 14, 7, 15)),
    ],
)
def test_khmer_dates_and_a_bracketed_places_time(text: str, expected: datetime | None) -> None:
    """A place's time whose offset the reader does not know refuses the time."""
    assert parse_datetime(text, now=FETCHED) == expected


# --- rules behind the seventh unseen table, one class at a time ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date labelled as published wins over an unlabelled one before it
        ("Kế hoạch số 41/KH-UBND ngày 02/10/2024 - Đăng ngày 03/10/2024", at(2024, 10, 3)),
        ("Thứ Ba, 01/12/2026 | Đăng lúc 07:10 02/10/2024", at(2024, 10, 2, 7, 10)),
        (
            "<lastmod>2024-10-04</lastmod><news:publication_date>2024-10-02T07:10:00+07:00",
            at(2024, 10, 2, 7, 10),
        ),
        # … and the same day with its clock over the bare day
        ('<time datetime="2024-10-02">02/10/2024 lúc 07:10</time>', at(2024, 10, 2, 7, 10)),
        ("02/10/2024 | 02/10/2024 07:10", at(2024, 10, 2, 7, 10)),
        # an unlabelled date after the first stays behind it
        ("02/10/2024 | 03/10/2024 07:10", at(2024, 10, 2)),
    ],
)
def test_of_two_dates_the_labelled_or_the_precise_one(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/10/2024 07:10 giờ Paris", None),
        ("07:10 giờ Moskva ngày 02/10/2024", None),
        ("07:10 giờ Sài Gòn, 02/10/2024", at(2024, 10, 2, 7, 10)),
        ("02/10/2024 07:10 giờ sáng", at(2024, 10, 2, 7, 10)),
    ],
)
def test_an_unbracketed_places_time(text: str, expected: datetime | None) -> None:
    """A place's time other than Việt Nam's refuses the clock, bracketed or not."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🗓 02/10/2024 🕒 07:10", at(2024, 10, 2, 7, 10)),
        ("icon-date 02/10/2024 icon-time 07:10", at(2024, 10, 2, 7, 10)),
        ("02/10/2024 │ 07:10", at(2024, 10, 2, 7, 10)),
        ("02/10/2024 07٫10", at(2024, 10, 2, 7, 10)),
        ("02/10/2024 7h10ph", at(2024, 10, 2, 7, 10)),
        ("Giờ đăng: 07:10 | Ngày đăng: 02/10/2024", at(2024, 10, 2, 7, 10)),
        ("Ngày đăng: 02/10/2024 | Giờ đăng: 07:10", at(2024, 10, 2, 7, 10)),
        ("Đăng lúc 7:10 (2/10/2024)", at(2024, 10, 2, 7, 10)),
        # a clock right after another date is that date's
        ("Ngày in: 01/12/2026 09:40 | Ngày đăng: 02/10/2024", at(2024, 10, 2)),
        ("02/10/2024 07:101", None),
    ],
)
def test_icons_marks_and_labelled_fields_between_date_and_clock(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 2 Oct '24, 7:10 AM", at(2024, 10, 2, 7, 10)),
        ("Tuesday at 7:10 PM", at(2026, 12, 1, 19, 10)),
        ("Language: English (US) | 10/02/2024", at(2024, 10, 2)),
        ("2024W403T071000", at(2024, 10, 2, 7, 10)),
        ("2024-W40-3/2024-W40-5", None),
        ("Thời lượng 03:15 | 02/10/2024", at(2024, 10, 2)),
        ("Phần 2 | 02/10/2024 | 38:05", at(2024, 10, 2)),
        ("02/10/2024 38:05", None),
        ("02/10//2024 07:10", at(2024, 10, 2, 7, 10)),
    ],
)
def test_forum_lines_week_dates_durations_and_a_doubled_slash(
    text: str, expected: datetime | None
) -> None:
    """A duration in a field of its own is no clock; beside the date it makes the time
    impossible, as `25:61` does."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Hai, 30/09/2024 07:10 - Thứ Tư, 02/10/2024 17:00", None),
        ("30/09/2024 - Thứ Tư, 02/10/2024", None),
        ("07:10 - Thứ Tư, 02/10/2024", at(2024, 10, 2, 7, 10)),
    ],
)
def test_a_period_whose_end_names_its_weekday(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


# --- rules behind the eighth unseen table, one class at a time ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phiên tòa sơ thẩm mở lúc 14h00 ngày 21/10/2024", None),
        ("Thời gian thi: 13h30 ngày 19/10/2024", None),
        ("Chương trình sắp diễn ra: 19/10/2024 20:00", None),
        ("Phát thanh vào 06h00 Thứ Bảy, 19/10/2024", None),
        ("Dự báo thời tiết đêm 19/10/2024: mưa rào", None),
        ("KO 18:00 · 19/10/2024", None),
        # the publish time before such a label is still read
        ("02/10/2024 07:10 | Phiên tòa mở ngày 21/10/2024", at(2024, 10, 2, 7, 10)),
    ],
)
def test_a_hearing_an_exam_a_broadcast_a_forecast_or_a_kickoff(
    text: str, expected: datetime | None
) -> None:
    """The time a hearing opens, an exam sits, a programme airs, a forecast covers or a match
    kicks off is no publish time."""
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19/10/2024 07;10", at(2024, 10, 19, 7, 10)),
        ("19/10/2024 lúc lúc 07:10", at(2024, 10, 19, 7, 10)),
        # a semicolon between numbers that are no clock stays a separator
        ("19/10/2024; 3; 15", at(2024, 10, 19)),
    ],
)
def test_a_mistyped_colon_and_a_doubled_at(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


# --- rules behind the ninth unseen table, one class at a time -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/10/2024 ⸺ 16:20", at(2024, 10, 14, 16, 20)),
        ("Thứ Hai ⸱ 14/10/2024 ⸱ 16:20", at(2024, 10, 14, 16, 20)),
        ("14/10/2024 〜 16:20", at(2024, 10, 14, 16, 20)),
        ("14/10/2024 16﹕20", at(2024, 10, 14, 16, 20)),
        ("14/10/2024 16︓20", at(2024, 10, 14, 16, 20)),
        ("14/10/2024<br>16:20", at(2024, 10, 14, 16, 20)),
        ("14/10/2024<br />\n16:20", at(2024, 10, 14, 16, 20)),
        # a wave dash between two clocks joins a period
        ("07:30 〜 11:00, 14/10/2024", None),
    ],
)
def test_dashes_dots_colons_and_a_line_break_between_a_date_and_its_clock(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bản tin âm thanh | 14/10/2024 | ⏱ 09:30", at(2024, 10, 14)),
        ("⏱ 09:30 | 14/10/2024", at(2024, 10, 14)),
        # an alarm clock's icon still leads to the clock
        ("14/10/2024 ⏰ 09:30", at(2024, 10, 14, 9, 30)),
    ],
)
def test_a_stopwatch_times_a_duration(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon Oct 14 02:15:00 2024 GMT", at(2024, 10, 14, 9, 15)),
        ("Mon Oct 14 09:15:00 ICT 2024", at(2024, 10, 14, 9, 15)),
    ],
)
def test_asctimes_zone_after_the_year(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


def test_an_update_yields_to_a_feed_date_before_it() -> None:
    text = (
        "<pubDate>Mon, 14 Oct 2024 09:15:00 +0700</pubDate>"
        "<atom:updated>2024-10-14T18:40:00+07:00</atom:updated>"
    )
    assert parse_datetime(text, now=FETCHED) == at(2024, 10, 14, 9, 15)
    assert parse_datetime(
        "<atom:updated>2024-10-14T18:40:00+07:00</atom:updated>", now=FETCHED
    ) == (at(2024, 10, 14, 18, 40))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://tin.example.vn/2024/10/14/bai-viet.html", None),
        ("/2024-10-14/bai-viet", None),
        ("Đăng ngày 2024/10/14", at(2024, 10, 14)),
    ],
)
def test_a_date_in_an_address(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.X.2024 09:15", at(2024, 10, 14, 9, 15)),
        ("Huế, ngày 14 tháng X năm 2024", at(2024, 10, 14)),
        ("14 tháng XII, 2023", at(2023, 12, 14)),
        ("2024年10月14日 09:15", at(2024, 10, 14, 9, 15)),
        # a Roman month past XII is none
        ("14.XIV.2024", None),
    ],
)
def test_roman_months_after_dots_and_tháng_and_a_cjk_date(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số 56/QĐ-UBND ngày 08/10/2024 · 14/10/2024 09:15", at(2024, 10, 14, 9, 15)),
        ("Công văn 310/SGDĐT-VP ký ngày 08/10/2024 | Cập nhật: 14/10/2024", at(2024, 10, 14)),
        (
            "Quyết định 1520/QĐ-BGDĐT, ban hành ngày 8 tháng 10 năm 2024 - 14/10/2024",
            at(2024, 10, 14),
        ),
        # alone, the document's date is read, unless the line cites it for when it takes effect
        ("Số 56/QĐ-UBND ngày 08/10/2024", at(2024, 10, 8)),
        ("Nghị quyết 07/NQ-HĐND ngày 08/10/2024 có hiệu lực từ ngày 01/01/2025", None),
    ],
)
def test_a_document_date_yields_to_the_pages(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Câu hỏi gửi ngày 08/10/2024", None),
        ("Bạn đọc hỏi (08/10/2024): xin hỏi về lương hưu", None),
        ("Hỏi: 08/10/2024 - Đáp: 14/10/2024", at(2024, 10, 14)),
        ("Ngày gửi câu hỏi: 08/10/2024 | Ngày trả lời: 14/10/2024 09:15", at(2024, 10, 14, 9, 15)),
        # `Hội` folds alike and is no question
        ("Hội Nông dân tỉnh | 14/10/2024 09:15", at(2024, 10, 14, 9, 15)),
    ],
)
def test_a_readers_question_date(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone printed after the date belongs to a clock printed before it
        ("Lan Chi (thảo luận) 13:15, ngày 14 tháng 10 năm 2024 (UTC)", at(2024, 10, 14, 20, 15)),
        ("13:15 14/10/2024 GMT", at(2024, 10, 14, 20, 15)),
        ("20:15 14/10/2024 (GMT+7)", at(2024, 10, 14, 20, 15)),
        ("13:15 14/10/2024 GMT+25", None),
        # a count back from the fetch yields to a date printed whole on the line
        ("2 ngày trước · 14/10/2024 20:15", at(2024, 10, 14, 20, 15)),
        ("5 phút trước", FETCHED - timedelta(minutes=5)),
        # a year printed before the day and month it completes
        ("Năm 2024, ngày 14/10", at(2024, 10, 14)),
        ("Năm 2024, ngày 14/10, lúc 20 giờ 15", at(2024, 10, 14, 20, 15)),
        ("Năm 2024, ngày 31/11", None),
    ],
)
def test_a_zone_count_or_year_apart_from_its_date(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oracle's TIMESTAMP, its clock's seconds dotted too
        ("14-OCT-24 08.15.30.000000000 PM", at(2024, 10, 14, 20, 15, 30)),
        ("14/10/2024 20.15.30", at(2024, 10, 14, 20, 15, 30)),
        ("14/10/2024 20.15.75", at(2024, 10, 14)),  # no second 75: the date alone
        ("14/10/2024 1.234.567 lượt xem", at(2024, 10, 14)),
    ],
)
def test_a_dotted_clock_with_its_seconds(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seconds after an `h` clock's minute, behind a colon
        ("03/07/2024 14h20:45", at(2024, 7, 3, 14, 20, 45)),
        ("03.07.2024 - 9h05:07 sáng", at(2024, 7, 3, 9, 5, 7)),
        # a Chinese weekday between the date and its clock
        ("2024年7月3日 星期三 14:20", at(2024, 7, 3, 14, 20)),
        ("2024年7月3日 周三 14:20", at(2024, 7, 3, 14, 20)),
        # the lunar date a solar one restates, in brackets between the date and its clock
        ("Thứ Tư, 03/07/2024 (tức 28/5 Giáp Thìn) 14:20", at(2024, 7, 3, 14, 20)),
        ("03/07/2024 (ÂL: 28/5) lúc 14:20", at(2024, 7, 3, 14, 20)),
        ("03/07/2024 (28 tháng Năm âm lịch) - 14:20", at(2024, 7, 3, 14, 20)),
        ("03/07/2024 (Phường 5) 14:20", at(2024, 7, 3)),  # another aside: the date alone
    ],
)
def test_colon_seconds_a_chinese_weekday_and_a_lunar_aside_before_the_clock(
    text: str, expected: datetime
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lịch thi đấu vòng 5: 18h00 14/10/2024", None),
        ("Kick-off: 18:00, 14/10/2024", None),
        ("Phiên giao dịch ngày 14/10/2024", None),
        ("Khởi hành: 14/10/2024 06:30", None),
        ("Đêm 13 rạng sáng 14/10/2024", None),
        ("(Xem Bài 1 ngày 13/10/2024)", None),
        ("Hôm nay: Thứ Hai, 14/10/2024", None),
        ("Hôm nay là ngày 14/10/2024", None),
        # beside them a publish line is read, and today's clock still is
        ("Đăng lúc 09:15 14/10/2024 | Phiên giao dịch ngày 11/10/2024", at(2024, 10, 14, 9, 15)),
        ("Hôm nay, 09:15", at(2026, 12, 2, 9, 15)),
    ],
)
def test_a_fixture_a_session_a_departure_a_night_a_pointer_and_a_date_widget(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ Nghị định số 15/2024/NĐ-CP ngày 14/10/2024", None),
        ("Thực hiện Chỉ thị số 08/CT-UBND ngày 14/10/2024 của Chủ tịch UBND tỉnh", None),
        ("Theo Thông báo số 45/TB-VPCP ngày 14/10/2024", None),
        ("Số: 45/TB-VPCP ngày 14/10/2024", at(2024, 10, 14)),  # the document's own header
        ("Căn cứ Công văn số 12/SYT-NV ngày 10/10/2024 | Đăng ngày 14/10/2024", at(2024, 10, 14)),
    ],
)
def test_a_cited_documents_date_is_not_the_pages(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[14/Oct/2024:09:15:30 +0700] "GET /tin-tuc HTTP/1.1"', at(2024, 10, 14, 9, 15, 30)),
        ("14/Oct/2024:02:15:30 +0000", at(2024, 10, 14, 9, 15, 30)),
        ("14/Oct/2024:09:15:30", at(2024, 10, 14, 9, 15, 30)),
    ],
)
def test_the_common_log_format(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chốt phiên 14/10/2024, HNX-Index giảm 1,2 điểm", None),
        ("Mở cửa phiên 14/10/2024 lúc 09:00", None),
        ("Lên sóng 21h15 ngày 14/10/2024 trên kênh VTV2", None),
        ("Số tiếp theo phát hành ngày 15/10/2024", None),
        ("Buổi hòa nhạc bắt đầu lúc 20h tối nay", None),
        # beside them a publish line is read, and a clock with a day word alone still is
        ("Cập nhật 15:05 14/10/2024 | Chốt phiên 14/10/2024", at(2024, 10, 14, 15, 5)),
        ("20h tối nay", at(2026, 12, 2, 20)),
    ],
)
def test_a_sessions_close_a_programme_on_air_a_next_issue_and_a_start_tonight(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cách nay 45 phút", at(2026, 12, 2, 8, 55)),
        ("Cách nay hai ngày", at(2026, 11, 30, 9, 40)),
        ("cách đây khoảng 3 tiếng", at(2026, 12, 2, 6, 40)),
        ("Cách nay khoảng 10 phút", at(2026, 12, 2, 9, 30)),
        ("cách nay hơn 2 giờ", None),  # a bound, as `hơn 2 giờ trước` is
    ],
)
def test_cach_nay_and_an_about_after_cach_day(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年10月14日 下午3:15", at(2024, 10, 14, 15, 15)),
        ("2024年10月14日 星期一 晚上8:05", at(2024, 10, 14, 20, 5)),
        ("2024年10月14日 中午12:10", at(2024, 10, 14, 12, 10)),
        ("2024年10月14日 上午11:20", at(2024, 10, 14, 11, 20)),
        ("下午2:30 2024年10月14日", at(2024, 10, 14, 14, 30)),
        ("14/10/2024 下午 4:45", at(2024, 10, 14, 16, 45)),
    ],
)
def test_a_chinese_part_of_the_day_before_its_clock(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/10/2024 18:30 MSK", at(2024, 10, 14, 22, 30)),
        ("Mon, 14 Oct 2024 10:00:00 CET", at(2024, 10, 14, 16)),
        ("14/10/2024 10:00 CEST", at(2024, 10, 14, 15)),
        # both names of universal time before the offset, which is the one applied
        ("14/10/2024 09:15 (UTC/GMT +7)", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 09:15 (GMT/UTC+8 giờ)", at(2024, 10, 14, 8, 15)),
        ("14/10/2024 02:15 UTC/GMT", at(2024, 10, 14, 9, 15)),
    ],
)
def test_moscow_and_central_european_time_and_utc_gmt_together(
    text: str, expected: datetime
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:15, Monday 14 October 2024", at(2024, 10, 14, 9, 15)),
        ("9:15 PM · Monday, October 14, 2024", at(2024, 10, 14, 21, 15)),
        ("Đăng lúc 09:15 Monday, 14/10/2024", at(2024, 10, 14, 9, 15)),
        ("Video 02:35 | Monday 14/10/2024", at(2024, 10, 14)),  # a duration, not the clock
    ],
)
def test_an_english_weekday_between_a_clock_and_its_date(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=DATEVALUE("14/10/2024")', None),
        ('=IF(A2>"01/10/2024";"mới";"cũ")', None),
        ('Ngày đăng: 14/10/2024 | =DATEVALUE("01/10/2024")', at(2024, 10, 14)),
        ('=DATE(YEAR("01/10/2024");10;1) (bảng tính) 14/10/2024', at(2024, 10, 14)),
        # an attribute's value is no formula
        ('<time datetime="2024-10-14T09:15:00+07:00">', at(2024, 10, 14, 9, 15)),
    ],
)
def test_a_date_inside_a_spreadsheet_formula(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiệu lực: Đang có hiệu lực | Ngày đăng: 14/10/2024", at(2024, 10, 14)),
        ("Hạn nộp: sắp tới | Cập nhật: 14/10/2024 09:15", at(2024, 10, 14, 9, 15)),
        # a bar between the label and its own value still leaves the value the label's
        ("Lịch phát sóng | 14/10/2024 | 20:10", None),
        ("Ngày hiệu lực | 14/10/2024", None),
    ],
)
def test_a_labels_field_ends_where_another_labelled_field_begins(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # between a year and a clock they separate, as a space would
        ("14/10/2024\u200b09:15", at(2024, 10, 14, 9, 15)),
        ("14/10/2024\u2060\ufeff09:15", at(2024, 10, 14, 9, 15)),
        # inside a number they join it
        ("14/10/2\u200b024 09:15", at(2024, 10, 14, 9, 15)),
        ("1\u200c4/10/2024 0\u200d9:15", at(2024, 10, 14, 9, 15)),
    ],
)
def test_zero_width_characters_between_digits(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day period after the clock, as Intl prints it: `vào buổi …`, `vào ban đêm`
        ("9:15 vào buổi chiều, 14/10/2024", at(2024, 10, 14, 21, 15)),
        ("14/10/2024, 11:40 vào ban đêm", at(2024, 10, 14, 23, 40)),
        ("2:10 buổi chiều 14/10/2024", at(2024, 10, 14, 14, 10)),
        # `rưỡi` (half past) without `giờ`
        ("14/10/2024 lúc 9 rưỡi tối", at(2024, 10, 14, 21, 30)),
        # marks that contradict each other, or the hour, name no time
        ("14/10/2024 09:15 AM PM", None),
        ("14/10/2024 15:30 AM", None),
        ("14/10/2024 12:30 SA", at(2024, 10, 14, 0, 30)),
        # French `à` before the clock
        ("Mis à jour le 14/10/2024 à 9h15", at(2024, 10, 14, 9, 15)),
    ],
)
def test_day_periods_halves_and_contradicting_marks_after_a_clock(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 10월 14일 오전 9:15", at(2024, 10, 14, 9, 15)),
        ("2024년 10월 14일 오후 3:05", at(2024, 10, 14, 15, 5)),
        ("2024年10月14日 21時15分", at(2024, 10, 14, 21, 15)),
        ("2024年10月14日 9点15分", at(2024, 10, 14, 9, 15)),
        ("10월 14일 오후 3:05", None),  # no year
        # a spreadsheet's `dd-mmm-yy` in Vietnamese
        ("14-Thg10-24", at(2024, 10, 14)),
        ("14-Thg10-2024 09:15", at(2024, 10, 14, 9, 15)),
        ("14-Thg13-24", None),
    ],
)
def test_korean_and_japanese_dates_and_a_vietnamese_spreadsheet_month(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon, 14 Oct 2024 13:15:00 AEDT", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 09:15 WIB", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 10:15 PHT", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 09:15 BST", None),  # British summer or Bangladesh
        # the tz database's Etc zones invert their sign
        ("14/10/2024 09:15 Etc/GMT-8", at(2024, 10, 14, 8, 15)),
        ("14/10/2024 09:15 Etc/GMT+5", at(2024, 10, 14, 21, 15)),
        ("2024-10-14 09:15 Etc/GMT+5", at(2024, 10, 14, 21, 15)),
        # a minus sign for the hyphen
        ("14/10/2024 09:15 GMT−5", at(2024, 10, 14, 21, 15)),
        ("14/10/2024 09:15 −05:00", at(2024, 10, 14, 21, 15)),
    ],
)
def test_more_zone_abbreviations_etc_zones_and_a_minus_sign(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North America's zones without their season: the offset kept on the day, summer or not
        ("Oct 14, 2024 9:15 PM ET", at(2024, 10, 15, 8, 15)),
        ("Jan 14, 2024 9:15 PM ET", at(2024, 1, 15, 9, 15)),
        ("14/10/2024 09:15 PT", at(2024, 10, 14, 23, 15)),
        ("14/01/2024 09:15 PT", at(2024, 1, 15, 0, 15)),
        ("14/10/2024 09:15 (CT)", at(2024, 10, 14, 21, 15)),
        ("14/10/2024 09:15 MT", at(2024, 10, 14, 22, 15)),
        ("14/10/2024 09:15 AKT", at(2024, 10, 15, 0, 15)),
        # the same letters in lower case, in a station's name or away from the clock: no zone
        ("Oct 14, 2024 9:15 pm et", at(2024, 10, 14, 21, 15)),
        ("14/10/2024 à 9h15 et 10h", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 09:15 PT-TH Bình Dương", at(2024, 10, 14, 9, 15)),
        ("PT 14/10/2024 09:15", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 09:15 - ET", at(2024, 10, 14, 9, 15)),
    ],
)
def test_north_american_zones_named_without_their_season(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field named for GMT holds UTC
        ('"post_date_gmt": "2024-10-14 02:15:00"', at(2024, 10, 14, 9, 15)),
        ("date_gmt='2024-10-14T02:15:00'", at(2024, 10, 14, 9, 15)),
        ('"post_date": "2024-10-14 09:15:00"', at(2024, 10, 14, 9, 15)),
        # a PDF's date with its offset
        ("/CreationDate (D:20241014091500+07'00')", at(2024, 10, 14, 9, 15)),
        ("D:20241014021500Z", at(2024, 10, 14, 9, 15)),
        ("D:202410140915+08'00'", at(2024, 10, 14, 8, 15)),
        ("D:20241014091500", None),  # no zone
        # an ISO 8601 interval's start is no instant of its own
        ("2024-10-14T09:15:00+07:00/P1D", None),
        ("2024-10-14/2024-10-16", None),
        ("2024-10-14T09:15/10:30", None),
    ],
)
def test_gmt_fields_pdf_dates_and_iso_intervals(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft's creation yields to its publication, whichever comes first
        (
            '"created_at": "2024-10-10 08:00", "published_at": "2024-10-14 09:15"',
            at(2024, 10, 14, 9, 15),
        ),
        ("Ngày tạo: 10/10/2024 | Ngày đăng: 14/10/2024", at(2024, 10, 14)),
        ("Ngày tạo: 10/10/2024 | Cập nhật: 14/10/2024", at(2024, 10, 10)),
        # a journal's received and accepted dates are not its publication
        ("Ngày nhận bài: 01/10/2024", None),
        ("Ngày duyệt đăng: 10/10/2024 | Ngày đăng: 14/10/2024", at(2024, 10, 14)),
        # production, a premiere, a flight, an event's start or end, a birth in markup
        ("NSX: 01/10/2024", None),
        ("Khởi chiếu: 14/10/2024", None),
        ("Máy bay hạ cánh lúc 09:15 ngày 14/10/2024", None),
        ('"start_time": "2024-10-14T09:15:00+07:00"', None),
        ("DTSTART:20241014T091500", None),
        ('"birthDate": "2001-10-14"', None),
        # a print edition's own date is the paper's
        ("Báo in ngày 14/10/2024", at(2024, 10, 14)),
        ("In ngày 14/10/2024", None),
        # a site's date widget, with no colon, and a day called tomorrow
        ("Hôm nay Thứ Hai, 14/10/2024", None),
        ("Hôm nay, 09:15", at(2026, 12, 2, 9, 15)),
        ("Ngày 03/12/2026 (ngày mai)", None),
        ("Ngày 02/12/2026", at(2026, 12, 2)),
    ],
)
def test_created_yields_journal_dates_and_more_events(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter l or O for a digit
        ("Ngày l4/10/2024", None),
        ("Ngày 14/10/2024", at(2024, 10, 14)),
        ("ngày14/10/2024", at(2024, 10, 14)),
        # a weekday before `tuần trước`: any of the six days before the fetch
        ("chủ nhật tuần trước lúc 09:15", None),
        ("tuần trước", at(2026, 11, 25, 9, 40)),
        # `hôm` before a weekday with a clock: the latest such day
        ("hôm Thứ Hai lúc 09:15", at(2026, 11, 30, 9, 15)),
        # `bây giờ` (now) alone is the fetch time; in a sentence it is no date
        ("bây giờ", FETCHED),
        ("Bây giờ là 09:15", None),
    ],
)
def test_a_letter_for_a_digit_a_weekday_last_week_hom_and_bay_gio(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause saying something happened at the date makes it the event's
        ("Khoảng 22h ngày 13/10/2024, tại ngã tư Hàng Xanh đã xảy ra va chạm", None),
        ("Ngày 13/10/2024, một vụ sạt lở xảy ra ở xã A", None),
        ("Vụ cháy xảy ra lúc 2h sáng ngày 13/10/2024", None),
        # beside a publish line, or with a field of its own between, the date stands
        ("14/10/2024 09:15 | Vụ cháy xảy ra ở kho hàng", at(2024, 10, 14, 9, 15)),
        ("Đăng 14/10/2024. Vụ cháy xảy ra ở kho hàng", at(2024, 10, 14)),
    ],
)
def test_a_date_something_happened_at(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ICU's Vietnamese names of zones with one offset each
        ("13/10/2024 22:15 Giờ mùa hè Thái Bình Dương", at(2024, 10, 14, 12, 15)),
        ("21:15:00 Giờ chuẩn miền Đông 13/10/2024", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 04:15 Giờ mùa hè Trung Âu", at(2024, 10, 14, 9, 15)),
        ("14/10/2024 02:15 Giờ Trung bình Greenwich", at(2024, 10, 14, 9, 15)),
        # a place's time with no name of a zone stays unknown
        ("14/10/2024 09:15 giờ Bắc Kinh", None),
    ],
)
def test_icu_zone_names_in_vietnamese(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draw, a wedding, a delivery, a round, an offence, a hospital stay, an issue, a
        # ground-breaking, a measurement, a call, a scheduled post, a D-day, a feed's build
        ("Kết quả xổ số miền Nam ngày 13/10/2024", None),
        ("Lễ thành hôn được cử hành lúc 9 giờ ngày 13/10/2024", None),
        ("Hôn lễ tổ chức 10h, 13/10/2024", None),
        ("Giao hàng lúc 14:05 13/10/2024", None),
        ("Vòng 5: 18h00 ngày 13/10/2024", None),
        ("Thời điểm vi phạm: 14:05 13/10/2024", None),
        ("Ngày xuất viện: 13/10/2024", None),
        ("Thẻ bảo hiểm cấp ngày 13/10/2024", None),
        ("Khởi công lúc 8h ngày 13/10/2024", None),
        ("Ghi nhận vào 14h ngày 13/10/2024, nhiệt độ 35 độ", None),
        ("Cuộc gọi đến 14:05 13/10/2024", None),
        ("Tin được lên lịch phát hành 08:00 ngày 14/10/2024", None),
        ("Giờ G: 5h00 13/10/2024", None),
        ("<lastBuildDate>Sun, 13 Oct 2024 14:05:00 +0700</lastBuildDate>", None),
        # beside them a publish line is read, and `cấp nhật` is no issue
        ("Xổ số 13/10/2024 | Đăng 14/10/2024 08:05", at(2024, 10, 14, 8, 5)),
        ("Ngày cập nhật 13/10/2024", at(2024, 10, 13)),
    ],
)
def test_a_draw_a_wedding_an_issue_a_measurement_and_a_feeds_build_time(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zone abbreviations with one meaning, kept all year where they are (IRST since 2022)
        ("13/10/2024 22:15 MYT", at(2024, 10, 13, 21, 15)),
        ("13/10/2024 06:15 AKDT", at(2024, 10, 13, 21, 15)),
        ("13/12/2024 05:15 AKST", at(2024, 12, 13, 21, 15)),
        ("13/10/2024 17:45 IRST", at(2024, 10, 13, 21, 15)),
        ("13/10/2024 19:60 NPT", None),
        ("13/10/2024 19:45 NPT", at(2024, 10, 13, 21, 0)),
        # Atlantic or Arabia: refused
        ("13/10/2024 10:15 AST", None),
        # `giờ quốc tế` is universal time
        ("13/10/2024 14:15 giờ quốc tế", at(2024, 10, 13, 21, 15)),
    ],
)
def test_malaysia_alaska_iran_nepal_and_universal_time(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts joined by a comma add up (Django's `timesince`)
        ("4 giờ, 10 phút trước", at(2026, 12, 2, 5, 30)),
        ("2 ngày, 1 giờ trước", at(2026, 11, 30, 8, 40)),
        # a decimal comma; a thousands group is no count of it
        ("2,5 giờ trước", at(2026, 12, 2, 7, 10)),
        ("1,500 phút trước", None),
        # a count glued to a minus sign is broken output
        ("-3 phút trước", None),
        ("−3 phút trước", None),
        # a weekday's number before `tuần trước` is no count of weeks
        ("thứ hai tuần trước vào lúc 09:00", None),
        ("thứ 3 tuần trước lúc 09:00", None),
        ("hai tuần trước", at(2026, 11, 18, 9, 40)),
        # Intl's `phút này` (this minute) is the fetch time
        ("phút này", FETCHED),
    ],
)
def test_comma_joined_and_decimal_counts_a_minus_and_a_weekday_last_week(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 shown as windows-1252, an undefined byte as its C1 control
        ("NgÃ\xa0y 13 thÃ¡ng 10 nÄƒm 2024", at(2024, 10, 13)),
        ("Ä\x90Äƒng lÃºc 21:15 ngÃ\xa0y 13/10/2024", at(2024, 10, 13, 21, 15)),
        ("HÃ´m qua lÃºc 21:15", at(2026, 12, 1, 21, 15)),
        ("2 giá»\x9d trÆ°á»›c", at(2026, 12, 2, 7, 40)),
        # a capital Ã of Vietnamese itself stays as it is
        ("NGÃ BA · 13/10/2024 21:15", at(2024, 10, 13, 21, 15)),
    ],
)
def test_utf8_shown_as_windows_1252(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days listed with `và` before a date share it: none is a publish time
        ("12 và 13/10/2024", None),
        ("Các ngày 11, 12 và 13/10/2024", None),
        ("Thứ 2 và 13/10/2024", at(2024, 10, 13)),
        # a Java zoned time whose bracketed zone does not keep its offset
        ("2024-10-13T21:15:00+07:00[Asia/Seoul]", None),
        ("2024-10-13T23:15:00+09:00[Asia/Seoul]", at(2024, 10, 13, 21, 15)),
        # `theo` before the zone
        ("13/10/2024 lúc 14:15 theo giờ UTC", at(2024, 10, 13, 21, 15)),
        # Jira's `dd/MMM/yy` and SQL Server's colon before the milliseconds
        ("13/Thg 10/24 9:15 CH", at(2024, 10, 13, 21, 15)),
        ("Oct 13 2024  9:15:00:000PM", at(2024, 10, 13, 21, 15)),
        ("13/10/2024 21:15:00:250", at(2024, 10, 13, 21, 15)),
    ],
)
def test_listed_days_a_contradicted_zone_theo_jira_and_sql_server(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # VIQR, ASCII's Vietnamese with each mark after its letter
        ("Nga`y 13 tha'ng 10 na(m 2024", at(2024, 10, 13)),
        ("DDa(ng lu'c 21:15 nga`y 13/10/2024", at(2024, 10, 13, 21, 15)),
        ("2 gio+` tru+o+'c", at(2026, 12, 2, 7, 40)),
        # ASCII without VIQR's hats or grave accents is read as it is
        ("Sun, 13 Oct 2024 14:15:00 +0000", at(2024, 10, 13, 21, 15)),
    ],
)
def test_viqr_dates(text: str, expected: datetime) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zone abbreviations with one offset each, and one shared by Samoa and Singapore
        ("13/10/2024 18:35 MMT", at(2024, 10, 13, 19, 5)),
        ("13/10/2024 17:05 PKT", at(2024, 10, 13, 19, 5)),
        ("13/10/2024 12:05 WET", at(2024, 10, 13, 19, 5)),
        ("13/10/2024 20:05 SST", None),
        # the Armenian full stop typed for a clock's colon, an emoji keycap's marks on digits
        ("13/10/2024 lúc 19\u058905", at(2024, 10, 13, 19, 5)),
        ("1\ufe0f\u20e33\ufe0f\u20e3/1\ufe0f\u20e30\ufe0f\u20e3/2024", at(2024, 10, 13)),
        # the South's word for yesterday
        ("Bữa qua, 19:05", at(2026, 12, 1, 19, 5)),
        # a due date, a maturity, a founding and a filming are no publish time
        ("Ngày dự sinh của bé: 13/10/2024", None),
        ("Đáo hạn: 13/10/2024", None),
        ("Thành lập ngày 13/10/2024", None),
        ("Quay hình lúc 19:05 ngày 13/10/2024", None),
        # a forum's apostrophe year after an English month and day, a sharp hour in words
        ("Oct 13, '24", at(2024, 10, 13)),
        ("Oct 13 \u201924, 7:05 pm", at(2024, 10, 13, 19, 5)),
        ("19 giờ đúng ngày 13/10/2024", at(2024, 10, 13, 19, 0)),
        # an offset to the second, ISO's hour without minutes, Unix date's zone before the year
        ("2024-10-13T19:05:00+07:20:30", at(2024, 10, 13, 18, 44, 30)),
        ("2024-10-13T19+07:00", at(2024, 10, 13, 19, 0)),
        ("2024-10-13T12Z", at(2024, 10, 13, 19, 0)),
        ("Sun Oct 13 12:05:00 +00 2024", at(2024, 10, 13, 19, 5)),
    ],
)
def test_zones_clocks_day_words_and_labels_of_the_eighteenth_table(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone glued to the clock, before the date or after it
        ("19:05GMT+7 13/10/2024", at(2024, 10, 13, 19, 5)),
        ("13/10/2024 lúc 12:05UTC", at(2024, 10, 13, 19, 5)),
        ("Đăng 12:05UTC, 13/10/2024", at(2024, 10, 13, 19, 5)),
        # a stopwatch's or a labelled length alone is no clock of the fetch day
        ("\u23f1 04:35", None),
        ("\u23f1 1:04:35", None),
        ("Thời lượng: 04:35", None),
        ("\u23f1 2 giờ trước", at(2026, 12, 2, 7, 40)),
    ],
)
def test_glued_zones_and_lengths_of_the_nineteenth_table(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


TABLES = [UNSEEN, UNSEEN2, UNSEEN3, UNSEEN4, UNSEEN5, UNSEEN6, UNSEEN7, UNSEEN8]
TABLES += [UNSEEN9, UNSEEN10, UNSEEN11, UNSEEN12, UNSEEN13, UNSEEN14, UNSEEN15, UNSEEN16]
TABLES += [UNSEEN17, UNSEEN18, UNSEEN19, UNSEEN20]


@pytest.mark.parametrize("number", range(5, len(TABLES) + 1))
def test_each_later_unseen_table_is_large_and_distinct(number: int) -> None:
    """Each table from the fifth on holds 150 rows or more, none repeating another of its own or
    one of the first table's or an earlier blind table's: the same text read at the same fetch
    time up to the eleventh, the same text at all from the twelfth on."""
    table = TABLES[number - 1]
    assert len(table) >= 150

    def key(text: str, fetched: datetime) -> tuple:
        return (text,) if number >= 12 else (text, fetched)

    earlier = {key(text, NOW) for text, *_ in CASES}
    earlier |= {
        key(t, datetime.fromisoformat(f)) for rows in TABLES[: number - 1] for t, _, f, *_ in rows
    }
    rows = {key(t, datetime.fromisoformat(f)) for t, _, f, *_ in table}
    assert len(rows) == len(table)
    assert not rows & earlier


def test_a_date_counted_past_the_ends_of_the_calendar_is_none() -> None:
    """Anchored at the calendar's first or last hours, a date no datetime holds is None (no
    OverflowError), and one it holds is read."""
    first = datetime(1, 1, 1, 1, 0, tzinfo=LOCAL_TZ)
    last = datetime(9999, 12, 31, 23, 0, tzinfo=LOCAL_TZ)
    assert parse_datetime("2 giờ trước", now=first) is None
    assert parse_datetime("22/09/2022 14:20", now=first) is None  # after the fetch
    assert parse_datetime("2 giờ trước", now=last) == datetime(9999, 12, 31, 21, 0, tzinfo=LOCAL_TZ)
    assert match_datetime("hôm qua", now=datetime(1, 1, 1, 0, 30, tzinfo=LOCAL_TZ)) is None
    fetched = datetime.fromisoformat("0001-01-01T00:30:00+07:00")  # no local time before it
    assert search_datetime("05/12/2025 08:05", now=fetched) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour in words before `giờ` and a part of the day is a clock's hour; without the
        # part, or counted back, it is not
        ("Bảy giờ tối ngày 01/12/2026", at(2026, 12, 1, 19, 0)),
        ("mười hai giờ trưa 30/11/2026", at(2026, 11, 30, 12, 0)),
        ("Lúc năm giờ 20 phút sáng 01/12/2026", at(2026, 12, 1, 5, 20)),
        ("tám giờ rưỡi tối 30/11/2026", at(2026, 11, 30, 20, 30)),
        ("Bảy giờ ngày 01/12/2026", at(2026, 12, 1)),
        ("hai mươi giờ tối 30/11/2026", at(2026, 11, 30)),
        ("mười ba giờ chiều 30/11/2026", at(2026, 11, 30)),
        ("ba giờ trước", at(2026, 12, 2, 6, 40)),
        # a clock glued to the `ngày` of its date
        ("Cập nhật lúc07:50ngày01/12/2026", at(2026, 12, 1, 7, 50)),
        # a year in brackets after a yearless day
        ("Lúc 21h ngày 30/11 (năm 2026)", at(2026, 11, 30, 21, 0)),
        # a count beside a printed day adds no clock to it
        ("Ngày đăng: 30/11/2026 (2 ngày trước)", at(2026, 11, 30)),
        # an update, then a creation, then the publish time: the publish time
        (
            "Sửa: 02/12/2026 08:00 · Ngày tạo: 29/11/2026 10:00 · Đăng: 30/11/2026 06:00",
            at(2026, 11, 30, 6, 0),
        ),
        ("Sửa: 02/12/2026 08:00 · Ngày tạo: 29/11/2026 10:00", at(2026, 11, 29, 10, 0)),
        # an event said to take place in a part of the day before its date
        ("Lễ hội diễn ra tối 29/11/2026 · Đăng 30/11/2026 07:15", at(2026, 11, 30, 7, 15)),
        ("Buổi họp diễn ra chiều 29/11/2026", None),
    ],
)
def test_hour_words_glued_clocks_and_labels_of_the_twentieth_table(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text, now=FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month names of other languages between a day and a year, the word for `at` before
        # the clock, a numeric date after a foreign label
        ("Publié le 3 février 2024", "2024-02-03T00:00:00+07:00"),
        ("Veröffentlicht am 3. März 2024 um 18:40 Uhr", "2024-03-03T18:40:00+07:00"),
        ("3 de marzo de 2024 a las 18:40", "2024-03-03T18:40:00+07:00"),
        ("Diterbitkan 3 Mar 2024 pukul 18:40", "2024-03-03T18:40:00+07:00"),
        ("3 марта 2024 г. в 18:40", "2024-03-03T18:40:00+07:00"),
        ("3 listopada 2024", "2024-11-03T00:00:00+07:00"),
        ("Aggiornato il 05/03/2024 | Pubblicato il 03/03/2024", "2024-03-03T00:00:00+07:00"),
        ("Aktualisiert am 05.03.2024 · Erstellt am 03.03.2024", "2024-03-03T00:00:00+07:00"),
        # the month's short form spaced or dotted after the day; stopped SA and CH marks
        ("03 TH 3 2024", "2024-03-03T00:00:00+07:00"),
        ("03 th.03.2024", "2024-03-03T00:00:00+07:00"),
        ("03/03/2024 6:40 C.H.", "2024-03-03T18:40:00+07:00"),
        ("03/03/2024 6:40 S.A.", "2024-03-03T06:40:00+07:00"),
        # a `Giờ đăng` label without its colon, on a line of its own
        ("Ngày đăng 03/03/2024\nGiờ đăng 18:40", "2024-03-03T18:40:00+07:00"),
    ],
)
def test_foreign_theme_lines_and_month_short_forms_of_the_twenty_first_table(
    text: str, expected: str
) -> None:
    parsed = parse_datetime(text, now=datetime(2024, 12, 1, tzinfo=LOCAL_TZ))
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lô 14-11-25, khu công nghiệp", None),
        ("Thửa đất số 14.11.25 tờ bản đồ 6", None),
        ("Căn hộ 14-11-25 tầng 9", None),
        ("Lê Văn Lô 14/11/2025", "2025-11-14T00:00:00+07:00"),
    ],
)
def test_a_lots_plots_or_flats_number_is_no_date(text: str, expected: str | None) -> None:
    """A number shaped like a date right after a lot's, a plot's or a flat's label names the
    place; a name ending in the same letters before a date does not."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Th11 14 2025", "2025-11-14T00:00:00+07:00"),
        ("Thg 11 14 2025 06:30", "2025-11-14T06:30:00+07:00"),
        ("Th11 14, 2025", "2025-11-14T00:00:00+07:00"),
    ],
)
def test_a_short_month_before_the_day_and_a_spaced_year(text: str, expected: str) -> None:
    """`Th11 14 2025`: the month first, the year after the day with a space and no comma."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sửa: Thứ sáu, 14/11/2025 - 09:00 | Đăng: Thứ năm, 13/11/2025 - 16:20",
            "2025-11-13T16:20:00+07:00",
        ),
        ("Cập nhật 14/11/2025 09:00 · Ngày đăng: T5, 13/11/2025", "2025-11-13T00:00:00+07:00"),
        ("13/11/2025 16h20m", "2025-11-13T16:20:00+07:00"),
        ("16h20m45s 13/11/2025", "2025-11-13T16:20:45+07:00"),
        ("\u206813/11/2025\u2069\u206716:20\u2069", "2025-11-13T16:20:00+07:00"),
    ],
)
def test_weekday_after_a_publish_label_h_clock_marks_and_isolates(
    text: str, expected: str | None
) -> None:
    """A weekday between a publish label and its date leaves the label, `m` and `s` mark an `h`
    clock's minute and second, and bidirectional isolates stand for spaces."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ-tư 12/11/2025", "2025-11-12T00:00:00+07:00"),
        ("Thứ-tư 12/11/2025 07:10", "2025-11-12T07:10:00+07:00"),
        ("Nhận đơn từ 13/11/2025", None),
    ],
)
def test_a_weekday_joined_by_a_hyphen(text: str, expected: str | None) -> None:
    """`Thứ-tư` is a weekday as `Thứ tư` is, not `từ` (from) opening a period."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bảy giờ hai mươi phút sáng 13/11/2025", "2025-11-13T07:20:00+07:00"),
        ("Mười sáu giờ bốn mươi lăm phút ngày 13/11/2025", "2025-11-13T16:45:00+07:00"),
        ("ba mươi giờ năm phút ngày 13/11/2025", "2025-11-13T00:00:00+07:00"),
    ],
)
def test_an_hour_and_a_minute_in_words(text: str, expected: str | None) -> None:
    """`giờ` and `phút` settle that the words before them are a clock's hour and minute; an
    hour past 23 is no clock, and the date stands."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Năm 13/11/2025 (24/9 Ất Tỵ) 16:20", "2025-11-13T16:20:00+07:00"),
        ("13/11/2025 (24/9 năm Ất Tỵ) - 16:20", "2025-11-13T16:20:00+07:00"),
        ("13/11/2025 (Đà Nẵng) 16:20", "2025-11-13T00:00:00+07:00"),
    ],
)
def test_a_can_chi_year_marks_a_lunar_aside_before_the_clock(
    text: str, expected: str | None
) -> None:
    """A lunar date named by its can-chi year in brackets between a date and its clock leaves
    the clock the date's, as `(nhằm …)` does; another aside still ends the line's reading."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ 1 tháng 10/2025", None),
        ("Bản tin giá vàng kì 2 tháng 9 năm 2025", None),
        ("Ngày 2 tháng 10/2025", "2025-10-02T00:00:00+07:00"),
        ("Kỳ họp ngày 2 tháng 10/2025", "2025-10-02T00:00:00+07:00"),
    ],
)
def test_a_number_after_ky_is_a_period_not_a_day(text: str, expected: str | None) -> None:
    """`Kỳ 1 tháng 10/2025` names the month's first period (an issue, a bulletin's half month),
    no day of it; a day after `ngày` elsewhere on such a line is read."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FT 3-0 | 22/10/2025 20:00", None),
        ("FT 1:1 - 19/10/2025 18:30", None),
        ("Đăng lúc 22/10/2025 20:00", "2025-10-22T20:00:00+07:00"),
    ],
)
def test_a_full_time_score_before_a_date_names_when_the_match_was_played(
    text: str, expected: str | None
) -> None:
    """A match card's `FT 3-0` before a date and a clock: the match's time, no publish time."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clock printed again in another zone, for readers abroad
        ("Đăng 14/10/2025 16:45 - 09:45 GMT", "2025-10-14T16:45:00+07:00"),
        ("14/10/2025 06:10 (giờ Hà Nội) / 23:10 UTC", "2025-10-14T06:10:00+07:00"),
        ("14/10/2025 16:45 GMT+7 | 18:45 GMT+9", "2025-10-14T16:45:00+07:00"),
        # … naming another instant: two times, no one publish time
        ("14/10/2025 16:45 GMT+7 | 19:45 GMT+9", None),
        # a range's end without a zone is still a range
        ("14/10/2025 16:45 - 18:00", None),
    ],
)
def test_a_clock_restated_in_another_zone(text: str, expected: str | None) -> None:
    """A second clock stating its zone after the date's restates the same instant, or names
    another and leaves the line without one publish time."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16h45/14/10/2025", "2025-10-14T16:45:00+07:00"),
        ("06:1014/10/2025", "2025-10-14T06:10:00+07:00"),
        ("Cập nhật: 16:45/14/10/2025", "2025-10-14T16:45:00+07:00"),
        # a date after a number and a solidus is still no date
        ("Số 12/14/10/2025", None),
    ],
)
def test_a_clock_glued_before_the_date(text: str, expected: str | None) -> None:
    """Two fields joined without a space: a clock glued to the date after it, by a solidus or
    by nothing, is the date's clock."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giá vàng (cập nhật 14/10/2025 08:30)", None),
        ("Tỷ giá ngoại tệ - cập nhật lúc 08:30 14/10/2025", None),
        ("Giá xăng dầu: ngày 14/10/2025", None),
        ("Cập nhật lúc 08:30 14/10/2025", "2025-10-14T08:30:00+07:00"),
    ],
)
def test_a_price_box_s_stamp_is_no_publish_time(text: str, expected: str | None) -> None:
    """A side box's stamp on the gold, fuel or exchange prices it lists says when they were
    read, not when an article was published."""
    now = datetime.fromisoformat("2025-11-15T10:00:00+07:00")
    parsed = parse_datetime(text, now=now)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raised colon typed for the clock's colon
        ("09/11/2026 20˸15", "2026-11-09T20:15:00+07:00"),
        # a theme's bullet shapes, a broken bar and an asterisk between the date and its clock
        ("09/11/2026 ◆ 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 ○ 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 ■ 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 ¦ 20:15", "2026-11-09T20:15:00+07:00"),
        ("Ngày 09/11/2026 * 20:15", "2026-11-09T20:15:00+07:00"),
        # … but not a player's triangle, the mark before a video's length
        ("09/11/2026 ▶ 02:35", "2026-11-09T00:00:00+07:00"),
        # any other punctuation or symbol set alone between the two, as a class: a reference
        # mark, a circled operator, a star
        ("09/11/2026 ※ 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 ⊙ 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 ✦ 20:15", "2026-11-09T20:15:00+07:00"),
        # right-to-left marks and embeddings around the date: the space they stand between fields
        ("\u200f09/11/2026\u200f 20:15", "2026-11-09T20:15:00+07:00"),
        ("\u202b09/11/2026\u202c20:15", "2026-11-09T20:15:00+07:00"),
        # `chừng` (about) after `cách đây` reads the count, as `khoảng` does
        ("Cách đây chừng 20 phút", "2026-11-10T14:40:00+07:00"),
        # a weekday of the fetch's week (`tuần này`) with a clock; one still to come is refused
        ("Thứ Hai tuần này, 07:30", "2026-11-09T07:30:00+07:00"),
        ("Thứ Ba tuần này lúc 09:00", "2026-11-10T09:00:00+07:00"),
        ("Thứ Sáu tuần này, 07:30", None),
        ("Chủ nhật tuần này, 07:30", None),
        # a count of hours back after the date is no clock of it, and gives the day its clock; a
        # count of days gives none, and a clock after `lúc` stays a clock
        ("10/11/2026 (3 giờ trước)", "2026-11-10T12:00:00+07:00"),
        ("10/11/2026 - 45 phút trước", "2026-11-10T14:15:00+07:00"),
        ("09/11/2026 (1 ngày trước)", "2026-11-09T00:00:00+07:00"),
        ("10/11/2026 lúc 3 giờ", "2026-11-10T03:00:00+07:00"),
        # a lunar day and month in a field of its own between the date and its clock
        ("09/11/2026 - 1/10 ÂL - 20:15", "2026-11-09T20:15:00+07:00"),
        ("09/11/2026 | 1/10 âm lịch | 20:15", "2026-11-09T20:15:00+07:00"),
    ],
)
def test_forms_of_the_twenty_eighth_table(text: str, expected: str | None) -> None:
    """The rules the twenty-eighth table asked for, on strings of their own (fetched on Tuesday
    10 November 2026 at 15:00)."""
    fetched = datetime(2026, 11, 10, 15, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bar's, a dot's, a dash's and a tilde's look-alikes, and a backslash, between the date
        # and its clock; a clock icon with its emoji selector
        ("10/11/2026 ∣ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 ǀ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 ･ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 ─ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 ⁓ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 \\ 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 ⏰\ufe0f 21:40", "2026-11-10T21:40:00+07:00"),
        # the Mongolian vowel separator, once a space
        ("10/11/2026\u180e21:40", "2026-11-10T21:40:00+07:00"),
        # a dotted lunar mark in the aside between the date and its clock, and after a date
        ("10/11/2026 (1/10 Â.L) 21:40", "2026-11-10T21:40:00+07:00"),
        ("10/11/2026 Â.L", None),
        # commas after the fields of a written date opened by `Ngày`
        ("Ngày 10, tháng 11, năm 2026", "2026-11-10T00:00:00+07:00"),
        # a bare hour before `PM` or a dotted `a.m.`; a bare `am` may be a folded `âm`
        ("10/11/2026 9 PM", "2026-11-10T21:00:00+07:00"),
        ("10/11/2026 9 a.m.", "2026-11-10T09:00:00+07:00"),
        ("10/11/2026 9 am", "2026-11-10T00:00:00+07:00"),
        # a part of the day before a weekday sets the half of the day of its clock
        ("Tối thứ Ba lúc 9 giờ", "2026-11-10T21:00:00+07:00"),
        ("Chiều thứ Hai, 3 giờ 15", "2026-11-09T15:15:00+07:00"),
        ("Tối thứ Ba", None),
        # a day word's day and month after a space, before the clock; a day and month that
        # contradict the word are not trusted
        ("Hôm qua 10/11 lúc 21:40", "2026-11-10T21:40:00+07:00"),
        ("Hôm qua 09/11 lúc 21:40", None),
        ("Hôm qua 10/11/2026 lúc 21:40", "2026-11-10T21:40:00+07:00"),
        # older tables' expected misses: the modifier letter apostrophe before a two-digit year
        # (the twenty-eighth), and a premiere's time to come (the twenty-fifth); a time to come
        # with no event named is still read
        ("10/11/ʼ26 21:40", "2026-11-10T21:40:00+07:00"),
        ("Khởi chiếu sau 45 phút nữa", None),
        ("sau 45 phút nữa", "2026-11-11T10:45:00+07:00"),
    ],
)
def test_forms_of_the_twenty_ninth_table(text: str, expected: str | None) -> None:
    """The rules the twenty-ninth table asked for, on strings of their own (fetched on Wednesday
    11 November 2026 at 10:00)."""
    fetched = datetime(2026, 11, 11, 10, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an en dash between each field is a date's separator; one between two numbers a range
        ("Đăng: 10–11–2026 08:15", "2026-11-10T08:15:00+07:00"),
        ("10–11/11/2026", None),
        # a short month between dots with a two-digit year, when a dot sets the day apart too
        ("10.Th11.26", "2026-11-10T00:00:00+07:00"),
        ("10 Th11.26", None),
        # a Japanese weekday in brackets between the date and its clock
        ("2026年11月10日（火） 21時05分", "2026-11-10T21:05:00+07:00"),
        # `khuya` with `qua` keeps the fetch's clock as `tối qua` does; with `nay` it is to come
        ("Khuya qua", "2026-11-10T10:00:00+07:00"),
        ("Khuya nay", None),
        # the start, middle or end of a period before its word names no instant
        ("đầu tháng trước", None),
        ("giữa tuần trước", None),
        ("tuần trước", "2026-11-04T10:00:00+07:00"),
        # Africa's zones with one meaning each are converted
        ("10/11/2026 18:00 EAT", "2026-11-10T22:00:00+07:00"),
        ("10/11/2026 08:00 WAT", "2026-11-10T14:00:00+07:00"),
    ],
)
def test_forms_of_the_thirty_first_table(text: str, expected: str | None) -> None:
    """The rules the thirty-first table asked for, on strings of their own (fetched on Wednesday
    11 November 2026 at 10:00)."""
    fetched = datetime(2026, 11, 11, 10, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word for `at` of other locales before the clock: Italian, Scandinavian, Russian
        ("5 marzo 2027 ore 21:15", "2027-03-05T21:15:00+07:00"),
        ("5 mars 2027 kl. 21.15", "2027-03-05T21:15:00+07:00"),
        ("5 марта 2027 г., 21:15", "2027-03-05T21:15:00+07:00"),
        # Turkish months, and its weekday between the year and the clock
        ("5 Mart 2027 Cuma 21:15", "2027-03-05T21:15:00+07:00"),
        # Lao months, as Thai ones are read
        ("ວັນທີ 5 ມີນາ 2027", "2027-03-05T00:00:00+07:00"),
        # a Roman numeral typed as one sign is the month it spells
        ("5.Ⅲ.2027", "2027-03-05T00:00:00+07:00"),
        # a double vertical line between the date and its clock, as a bar
        ("05/03/2027 ‖ 21:15", "2027-03-05T21:15:00+07:00"),
        # German's name of central European time
        ("05/03/2027 15:15 MEZ", "2027-03-05T21:15:00+07:00"),
        # an apostrophe's two-digit year after a written month; two bare digits are none
        ("5 Thg 3 '27", "2027-03-05T00:00:00+07:00"),
        ("5 Thg 3 27", None),
        # a Cyrillic letter glued before the day stands for a digit; a label glued is read
        ("О5/03/2027", None),
        ("Ngày05/03/2027", "2027-03-05T00:00:00+07:00"),
        # a weekday's clock still to come on the fetch's own weekday is the week before; one
        # already past is the fetch's day, and a clock alone stays the fetch's day
        ("Thứ Bảy lúc 08:00", "2027-02-27T08:00:00+07:00"),
        ("Saturday at 9:00 AM", "2027-02-27T09:00:00+07:00"),
        ("Thứ Bảy lúc 00:10", "2027-03-06T00:10:00+07:00"),
        ("08:00", "2027-03-06T08:00:00+07:00"),
        # a premiere still to come, fireworks and a countdown are no publish time
        ("Sẽ công chiếu vào 20:00 05/03/2027", None),
        ("Đã công chiếu vào 20:00 05/03/2027", "2027-03-05T20:00:00+07:00"),
        ("Bắn pháo hoa lúc 21h ngày 05/03/2027", None),
        ("Đếm ngược: 00:00 06/03/2027", None),
        # an edit mark after a post's age adds nothing; alone it names no time
        ("2 giờ · Đã chỉnh sửa", "2027-03-05T22:30:00+07:00"),
        ("Đã chỉnh sửa", None),
    ],
)
def test_forms_of_the_thirty_second_table(text: str, expected: str | None) -> None:
    """The rules the thirty-second table asked for, on strings of their own (fetched on Saturday
    6 March 2027 at 00:30)."""
    fetched = datetime(2027, 3, 6, 0, 30, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch `om` and Polish `godz.` after the year's `r.` before the clock
        ("7 februari 2027 om 21:15", "2027-02-07T21:15:00+07:00"),
        ("7 lutego 2027 r., godz. 21:15", "2027-02-07T21:15:00+07:00"),
        # Czech and Greek genitive months after the day
        ("7. února 2027 21:15", "2027-02-07T21:15:00+07:00"),
        ("7 Φεβρουαρίου 2027", "2027-02-07T00:00:00+07:00"),
        # Hungarian's year first and Filipino's month first
        ("2027. február 7. 21:15", "2027-02-07T21:15:00+07:00"),
        ("Pebrero 7, 2027", "2027-02-07T00:00:00+07:00"),
        # without its year a Hungarian or a Filipino month names no date
        ("február 7.", None),
        ("Pebrero 7", None),
        # Korean night and its hour and minute signs; Chinese New Year's Eve before the clock
        ("2027년 2월 7일 밤 9시 15분", "2027-02-07T21:15:00+07:00"),
        ("2027年2月7日 除夕 21:15", "2027-02-07T21:15:00+07:00"),
        # an ISO week date's basic clock with its offset
        ("2027W057T141500Z", "2027-02-07T21:15:00+07:00"),
        # an abbreviated unit keeps its full stop before `ago`
        ("2 hr. ago", "2027-02-07T21:30:00+07:00"),
        ("45 min. ago", "2027-02-07T22:45:00+07:00"),
        # a year-end party on its date is no publish time; a line posted about it is
        ("Tất niên cơ quan 07/02/2027", None),
        ("Đăng ngày 07/02/2027 21:15: ảnh tất niên", "2027-02-07T21:15:00+07:00"),
    ],
)
def test_forms_of_the_thirty_third_table(text: str, expected: str | None) -> None:
    """The rules the thirty-third table asked for, on strings of their own (fetched on Sunday 7
    February 2027 at 23:30)."""
    fetched = datetime(2027, 2, 7, 23, 30, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Romanian, Ukrainian, Catalan, Arabic, Hindi and Hebrew months after the day, and the
        # word each puts before the clock; Finnish `klo` before a dotted clock
        ("14 noiembrie 2027, ora 09:40", "2027-11-14T09:40:00+07:00"),
        ("14 листопада 2027 о 09:40", "2027-11-14T09:40:00+07:00"),
        ("14 de novembre de 2027 a les 09:40", "2027-11-14T09:40:00+07:00"),
        ("3 d'abril de 2027", "2027-04-03T00:00:00+07:00"),
        ("١٤ نوفمبر ٢٠٢٧", "2027-11-14T00:00:00+07:00"),
        ("14 नवंबर 2027", "2027-11-14T00:00:00+07:00"),
        ("14 בנובמבר 2027", "2027-11-14T00:00:00+07:00"),
        ("14.11.2027 klo 9.40", "2027-11-14T09:40:00+07:00"),
        # Lithuanian's year first, Swahili's month first
        ("2027 m. lapkričio 14 d. 09:40", "2027-11-14T09:40:00+07:00"),
        ("Novemba 14, 2027", "2027-11-14T00:00:00+07:00"),
        # Malay's night after a clock, traditional Chinese `點` for the hour
        ("14 Nov 2027, 8:40 malam", "2027-11-14T20:40:00+07:00"),
        ("2027年11月14日 上午9點40分", "2027-11-14T09:40:00+07:00"),
        # ordinal letters raised after the day
        ("14ᵗʰ November 2027", "2027-11-14T00:00:00+07:00"),
        # the two-dot punctuation as a colon, a Z-notation spot, a Braille blank and a Hangul
        # filler between the date and its clock, a tag character after it
        ("14/11/2027 09⁚40", "2027-11-14T09:40:00+07:00"),
        ("14/11/2027 ⦁ 09:40", "2027-11-14T09:40:00+07:00"),
        ("14/11/2027\u280009:40", "2027-11-14T09:40:00+07:00"),
        ("14/11/2027\u316409:40", "2027-11-14T09:40:00+07:00"),
        ("14/11/2027 09:40\U000e0020", "2027-11-14T09:40:00+07:00"),
        # German's eastern and western European times
        ("14.11.2027, 04:40 OEZ", "2027-11-14T09:40:00+07:00"),
        ("14.11.2027, 02:40 WEZ", "2027-11-14T09:40:00+07:00"),
        # a named zone's clock printed twice as its summer time ends, or never as it begins: no
        # single instant; the same clock an hour on is one
        ("31/10/2027 02:15 (Europe/Berlin)", None),
        ("28/03/2027 02:15 (Europe/Berlin)", None),
        ("31/10/2027 03:15 (Europe/Berlin)", "2027-10-31T09:15:00+07:00"),
        # Hallowe'en on its date is no publish time; a line posted about it is
        ("Đêm hội Halloween 31/10/2027", None),
        ("Đăng ngày 30/10/2027 21:15: ảnh Halloween", "2027-10-30T21:15:00+07:00"),
    ],
)
def test_forms_of_the_thirty_fourth_table(text: str, expected: str | None) -> None:
    """The rules the thirty-fourth table asked for, on strings of their own (fetched on Sunday
    14 November 2027 at 10:00)."""
    fetched = datetime(2027, 11, 14, 10, 0, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Slovenian, Croatian, Serbian, Bulgarian and Estonian months after the day, the full stop
        # after the year and the word each puts before the clock; Slovak `o`, Italian's `h`
        ("5. december 2028 ob 21.15", "2028-12-05T21:15:00+07:00"),
        ("5. decembra 2028 o 21:15", "2028-12-05T21:15:00+07:00"),
        ("5. prosinca 2028. u 21:15", "2028-12-05T21:15:00+07:00"),
        ("5. децембар 2028. у 21:15", "2028-12-05T21:15:00+07:00"),
        ("5 декември 2028 г., 21:15 ч.", "2028-12-05T21:15:00+07:00"),
        ("5. detsember 2028 kell 21:15", "2028-12-05T21:15:00+07:00"),
        ("05 dic 2028 h 21.15", "2028-12-05T21:15:00+07:00"),
        # Latvian's and Basque's year first
        ("2028. gada 5. decembrī plkst. 21:15", "2028-12-05T21:15:00+07:00"),
        ("2028ko abenduaren 5", "2028-12-05T00:00:00+07:00"),
        # Bengali, Tamil, Burmese, Urdu, Welsh and Irish months, Irish in two words
        ("৫ ডিসেম্বর ২০২৮", "2028-12-05T00:00:00+07:00"),
        ("5 டிசம்பர் 2028", "2028-12-05T00:00:00+07:00"),
        ("၅ ဒီဇင်ဘာလ ၂၀၂၈", "2028-12-05T00:00:00+07:00"),
        ("5 دسمبر 2028", "2028-12-05T00:00:00+07:00"),
        ("5 Rhagfyr 2028", "2028-12-05T00:00:00+07:00"),
        ("5 Deireadh Fómhair 2028", "2028-10-05T00:00:00+07:00"),
        # `the` before an ordinal day after its month, an ordinal's letters before a hyphen, an
        # ordinal's comma before its month
        ("December the 5th, 2028", "2028-12-05T00:00:00+07:00"),
        ("5th-Dec-2028", "2028-12-05T00:00:00+07:00"),
        ("Tue the 5th, Dec 2028 • 21:15", "2028-12-05T21:15:00+07:00"),
        # an app's name before a bullet or a bar, then a weekday's clock or an age
        ("Slack · Thứ Ba 21:15", "2028-12-05T21:15:00+07:00"),
        ("Zalo | T3 21:15", "2028-12-05T21:15:00+07:00"),
        ("Facebook · 2 ngày", "2028-12-04T23:30:00+07:00"),
        # Chinese today, yesterday and the day before, as `hôm nay`, `hôm qua` and `hôm kia`
        ("今天 08:00", "2028-12-06T08:00:00+07:00"),
        ("WeChat · 昨天 21:15", "2028-12-05T21:15:00+07:00"),
        ("前天 21:15", "2028-12-04T21:15:00+07:00"),
        # a start date at work, a weather reading's time and tomorrow's part of the day before
        # its date are no publish time; a post's line beside them is
        ("Ngày vào làm: 05/12/2028", None),
        ("Nhận việc: 05/12/2028", None),
        ("Độ ẩm lúc 21:15 ngày 05/12/2028: 80%", None),
        ("Chiều mai, 07/12/2028", None),
        ("Đăng lúc 21:15 ngày 05/12/2028", "2028-12-05T21:15:00+07:00"),
        # the clocks moved by so many hours are no publish time either
        ("Đồng hồ vặn lại 1 tiếng vào 05/12/2028", None),
        # WEST in capitals after a clock is western European summer time
        ("05/12/2028 22:15 WEST", "2028-12-06T04:15:00+07:00"),
        ("05/12/2028 22:15 west", "2028-12-05T22:15:00+07:00"),
        # an arrow from a date to its clock; between two dates or two clocks it is a range
        ("05/12/2028 → 21:15", "2028-12-05T21:15:00+07:00"),
        ("04/12/2028 → 05/12/2028", None),
        ("05/12/2028 20:15 → 21:15", None),
        # a length past 23 hours' worth of minutes after a middle dot or a bullet is no clock
        ("Podcast · 05/12/2028 · 25:14", "2028-12-05T00:00:00+07:00"),
        ("05/12/2028 • 48:05", "2028-12-05T00:00:00+07:00"),
    ],
)
def test_forms_of_the_thirty_fifth_table(text: str, expected: str | None) -> None:
    """The rules the thirty-fifth table asked for, on strings of their own (fetched on
    Wednesday 6 December 2028 at 23:30)."""
    fetched = datetime(2028, 12, 6, 23, 30, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Albanian, Macedonian, Maltese, Kazakh, Georgian, Armenian and Finnish months after the
        # day, with the word each puts before the clock
        ("12 mars 2030, ora 08:15", "2030-03-12T08:15:00+07:00"),
        ("12 март 2030 во 08:15", "2030-03-12T08:15:00+07:00"),
        ("12 ta' Marzu 2030", "2030-03-12T00:00:00+07:00"),
        ("12 наурыз 2030 ж., 08:15", "2030-03-12T08:15:00+07:00"),
        ("12 მარტი, 2030", "2030-03-12T00:00:00+07:00"),
        ("12 մարտի, 2030", "2030-03-12T00:00:00+07:00"),
        ("12. maaliskuuta 2030 klo 8.15", "2030-03-12T08:15:00+07:00"),
        # Filipino `nang` and Indonesian `jam` before the clock
        ("Marso 12, 2030 nang 8:15 AM", "2030-03-12T08:15:00+07:00"),
        ("12 Maret 2030 jam 08.15", "2030-03-12T08:15:00+07:00"),
        # Thai's abbreviated month
        ("12 มี.ค. 2030", "2030-03-12T00:00:00+07:00"),
        # the vertical two-dot leader's presentation form as the colon
        ("12/03/2030 08︰15", "2030-03-12T08:15:00+07:00"),
        # the Chatham Islands' standard and summer time
        ("12/03/2030 14:00 CHADT", "2030-03-12T07:15:00+07:00"),
        ("12/07/2029 14:00 CHAST", "2029-07-12T08:15:00+07:00"),
        # ages in other languages, as `phút trước` and `giờ trước` are; `gần` keeps a bound
        ("vor 15 Minuten", "2030-03-12T09:15:00+07:00"),
        ("il y a 3 jours", "2030-03-09T09:30:00+07:00"),
        ("hace 1 semana", "2030-03-05T09:30:00+07:00"),
        ("há 2 horas", "2030-03-12T07:30:00+07:00"),
        ("5 dakika önce", "2030-03-12T09:25:00+07:00"),
        ("2小时前", "2030-03-12T07:30:00+07:00"),
        ("15分前", "2030-03-12T09:15:00+07:00"),
        ("3시간 전", "2030-03-12T06:30:00+07:00"),
        ("gần 3 tiếng trước", None),
        # a post timed to go up and an English deadline are no publish time
        ("Hẹn giờ đăng: 12/03/2030 20:00", None),
        ("Deadline: 12 March 2030, 17:00", None),
    ],
)
def test_forms_of_the_thirty_sixth_table(text: str, expected: str | None) -> None:
    """The rules the thirty-sixth table asked for, on strings of their own (fetched on
    Tuesday 12 March 2030 at 09:30)."""
    fetched = datetime(2030, 3, 12, 9, 30, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a premiere already past dates the video, with `vào` or without it; one to come does not
        ("Đã công chiếu 12 thg 3, 2030", "2030-03-12T00:00:00+07:00"),
        ("Đã khởi chiếu 11/03/2030", "2030-03-11T00:00:00+07:00"),
        ("Công chiếu 12 thg 3, 2030", None),
        ("Công chiếu sau 3 giờ nữa", None),
    ],
)
def test_forms_of_the_thirty_seventh_table(text: str, expected: str | None) -> None:
    """The rules the thirty-seventh table asked for, on strings of their own (fetched on
    Tuesday 12 March 2030 at 09:30)."""
    fetched = datetime(2030, 3, 12, 9, 30, tzinfo=LOCAL_TZ)
    parsed = parse_datetime(text, now=fetched)
    assert (format_iso(parsed) if parsed else None) == expected
