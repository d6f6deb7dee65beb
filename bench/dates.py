"""Accuracy and speed of `parse_datetime` against `dateparser.parse`, in the same run.

Run: `python bench/dates.py [--corpus ../shared/corpus/dates] [--repeats N]`.

Accuracy is scored on strings the parser was not written against (the corpus, skipped cleanly
when absent): dateparser's own Vietnamese test cases that expect an instant, and date strings
copied from real pages with the publish time their tests assert. dateparser's cases are read
against upstream's `relative_base`, except absolute dates later than it (its 2012 base comes
before its own 2013 and 2015 dates), read as a crawl fetching them on FETCHED would. A visible
string printed to the minute is scored to the minute. Both parsers get the same anchor;
dateparser gets the fallback's settings (Vietnamese only, day-first, local time zone).

Strings tinbao refuses are listed with the rule that refuses them (REASONS); a refusal no rule
explains is a miss. The project's later tables (tests/fixtures/dates/unseen.json to
unseen37.json, forms the first lacks) are scored for both parsers too, refusals included.
Speed is timed on the corpus strings and on the project's date table, the two parsers
interleaved after a warm-up; the median and the spread (min–max) of the repeats are shown.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateparser  # noqa: E402

from parsers.vietnamese.dates import LOCAL_TZ, dateparser_settings, parse_datetime  # noqa: E402
from parsers.vietnamese.text import fold  # noqa: E402

TABLE_FILE = ROOT / "tests" / "fixtures" / "dates" / "cases.json"
UNSEEN_FILES = [
    ROOT / "tests" / "fixtures" / "dates" / name
    for name in (
        "unseen.json",
        "unseen2.json",
        "unseen3.json",
        "unseen4.json",
        "unseen5.json",
        "unseen6.json",
        "unseen7.json",
        "unseen8.json",
        "unseen9.json",
        "unseen10.json",
        "unseen11.json",
        "unseen12.json",
        "unseen13.json",
        "unseen14.json",
        "unseen15.json",
        "unseen16.json",
        "unseen17.json",
        "unseen18.json",
        "unseen19.json",
        "unseen20.json",
        "unseen21.json",
        "unseen22.json",
        "unseen23.json",
        "unseen24.json",
        "unseen25.json",
        "unseen26.json",
        "unseen27.json",
        "unseen28.json",
        "unseen29.json",
        "unseen30.json",
        "unseen31.json",
        "unseen32.json",
        "unseen33.json",
        "unseen34.json",
        "unseen35.json",
        "unseen36.json",
        "unseen37.json",
    )
]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dates"
FETCHED = datetime(2026, 3, 8, 12, 0, tzinfo=LOCAL_TZ)  # after every absolute corpus date
# dateparser's cases that assert an instant parsed from the whole string, or from substrings.
WHOLE_STRING_TESTS = {
    "test_dates_parsing",
    "test_dates_parsing_with_normalization",
    "test_relative_past_dates",
    "test_normalized_relative_dates",
    "test_relative_future_dates",
}
SUBSTRING_TESTS = {"test_search_and_parse", "test_relative_base_setting"}

# Why tinbao refuses a string on purpose (parsers/vietnamese/dates.py).
REASONS = {
    "weekday": "a weekday alone names no day",
    "no day": "a month or a year without its day is not a publish time",
    "no year": "a day or month without a year: the year would be a guess",
    "month-first": "read month-first it would be a date; Vietnamese dates are day-first",
    "before 1995": "before 1995, older than any Vietnamese news site",
    "future": "more than a day after the fetch time",
}
_WEEKDAY_ONLY = re.compile(r"\s*(?:thu\s+\w+|chu\s+nhat|cn|t[2-7])\s*")
_RELATIVE = re.compile(r"truoc|nua|hom\s|hom$|vua|ngoai")
_DAY = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}|\d{1,2}\s*(?:thang|thg)|(?:thang|thg)\s*\S+\s+\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}")


@dataclass(frozen=True)
class Case:
    text: str
    expected: datetime
    now: datetime
    source: str


def corpus_cases(corpus: Path) -> list[Case]:
    """The corpus strings with an expected instant, each once."""
    cases: dict[tuple[str, datetime], Case] = {}
    upstream = json.loads((corpus / "vi_dateparser_cases.json").read_text(encoding="utf-8"))
    for case in upstream:
        test, expected = case.get("test"), case.get("expected")
        if test in WHOLE_STRING_TESTS and isinstance(expected, str):
            base, when = _local(case["relative_base"]), _local(expected)
            now = base if "relative" in test or when <= base else FETCHED
            pairs = [(case["input"], expected)]
        elif test in SUBSTRING_TESTS and isinstance(expected, list):
            now, pairs = FETCHED, [(text, when) for text, when in expected]
        else:
            continue  # translation, tokenizer and detection cases: no instant to check
        for text, when in pairs:
            cases.setdefault((text, _local(when)), Case(text, _local(when), now, "dateparser"))
    real = json.loads((corpus / "vi_real_page_date_strings.json").read_text(encoding="utf-8"))
    for case in real["cases"]:
        when = _local(case["expected"])
        cases.setdefault((case["input"], when), Case(case["input"], when, FETCHED, "real page"))
    return list(cases.values())


def _local(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=LOCAL_TZ)


def correct(case: Case, got: datetime | None) -> bool:
    """The expected instant; to the minute when the string prints no seconds."""
    if got is None:
        return False
    want = case.expected
    if not re.search(r"\d:\d\d:\d\d", case.text):
        want, got = want.replace(second=0), got.replace(second=0)
    return got == want


def reasons(case: Case) -> list[str]:
    """The REASONS that apply to a string tinbao refuses (empty: not on purpose)."""
    folded = fold(case.text)
    found = []
    if _WEEKDAY_ONLY.fullmatch(folded):
        found.append("weekday")
    elif not _RELATIVE.search(folded):
        if not _DAY.search(folded):
            found.append("no day")
        if not _YEAR.search(folded):
            found.append("no year")
        numeric = _NUMERIC.search(folded)
        if numeric and int(numeric.group(2)) > 12:
            found.append("month-first")
    if case.expected.year < 1995:
        found.append("before 1995")
    if case.expected > case.now + timedelta(days=1):
        found.append("future")
    return found


def ours(text: str, now: datetime) -> datetime | None:
    return parse_datetime(text, now=now)


def theirs(text: str, now: datetime) -> datetime | None:
    """dateparser's reading; a string it raises on (a year it cannot hold) is read as nothing,
    as a caller catching the error would."""
    try:
        value = dateparser.parse(text, languages=["vi"], settings=dateparser_settings(now))
    except (OverflowError, ValueError):
        return None
    return value.astimezone(LOCAL_TZ) if value else None


Parser = Callable[[str, datetime], datetime | None]


def timings(items: list[tuple[str, datetime]], repeats: int) -> dict[str, list[float]]:
    """µs per string of each parser, per repeat; the two take turns going first."""
    parsers: dict[str, tuple[Parser, int]] = {"tinbao": (ours, 20), "dateparser": (theirs, 1)}
    for parse, _ in parsers.values():  # warm-up: caches, dateparser's language data
        for text, now in items:
            parse(text, now)
    runs: dict[str, list[float]] = {name: [] for name in parsers}
    for repeat in range(repeats):
        order = list(parsers) if repeat % 2 == 0 else list(parsers)[::-1]
        for name in order:
            parse, loops = parsers[name]
            start = time.perf_counter()
            for _ in range(loops):
                for text, now in items:
                    parse(text, now)
            runs[name].append((time.perf_counter() - start) / loops / len(items) * 1e6)
    return runs


def print_speed(label: str, items: list[tuple[str, datetime]], repeats: int) -> None:
    runs = timings(items, repeats)
    medians = {name: statistics.median(values) for name, values in runs.items()}
    print(f"speed on {label} ({len(items)} strings, {repeats} repeats), µs/string:")
    for name, values in runs.items():
        spread = f"{min(values):.1f}–{max(values):.1f}"
        print(f"  {name:<11} median {medians[name]:8.1f}   spread {spread}")
    print(f"  ratio       dateparser / tinbao = {medians['dateparser'] / medians['tinbao']:.1f}x")


def print_accuracy(cases: list[Case]) -> None:
    got_ours = [ours(c.text, c.now) for c in cases]
    got_theirs = [theirs(c.text, c.now) for c in cases]
    sources = sorted({c.source for c in cases})
    print(f"accuracy on the corpus ({len(cases)} strings with an expected instant):")
    for source in [*sources, "all"]:
        chosen = [i for i, c in enumerate(cases) if source in ("all", c.source)]
        n_ours = sum(correct(cases[i], got_ours[i]) for i in chosen)
        n_theirs = sum(correct(cases[i], got_theirs[i]) for i in chosen)
        total = len(chosen)
        print(f"  {source:<11} tinbao {n_ours:>3}/{total}   dateparser {n_theirs:>3}/{total}")
    refused = [(c, reasons(c)) for c, got in zip(cases, got_ours, strict=True) if got is None]
    wrong = [
        (c, got)
        for c, got in zip(cases, got_ours, strict=True)
        if got is not None and not correct(c, got)
    ]
    print(f"refused by tinbao on purpose ({sum(bool(r) for _, r in refused)}):")
    for case, why in refused:
        if why:
            print(f"  {case.text!r} (expected {case.expected:%Y-%m-%d %H:%M}): {', '.join(why)}")
    misses = [c for c, why in refused if not why]
    print(f"refused by tinbao, not on purpose ({len(misses)}):")
    for case in misses:
        print(f"  {case.text!r} (expected {case.expected:%Y-%m-%d %H:%M})")
    print(f"read wrong by tinbao ({len(wrong)}):")
    for case, got in wrong:
        print(f"  {case.text!r}: {got.isoformat()} (expected {case.expected.isoformat()})")
    print("missed by dateparser:")
    for case, got in zip(cases, got_theirs, strict=True):
        if not correct(case, got):
            value = got.isoformat() if got else "nothing"
            print(f"  {case.text!r}: {value} (expected {case.expected.isoformat()})")
    print("reasons:")
    for name, text in REASONS.items():
        print(f"  {name}: {text}")


def print_unseen_accuracy(path: Path) -> None:
    """Both parsers on a later hand-written table: an instant to the second or a refusal, each
    read against its fetch time; month-first rows are left out (dateparser has no per-page
    locale)."""
    rows = json.loads(path.read_text(encoding="utf-8"))["cases"]
    rows = [row for row in rows if row[3:] != ["mdy"]]
    scores = {"tinbao": 0, "dateparser": 0}
    for text, expected, fetched in rows:
        now = datetime.fromisoformat(fetched)
        want = datetime.fromisoformat(expected) if expected else None
        for name, parse in (("tinbao", ours), ("dateparser", theirs)):
            got = parse(text, now)
            scores[name] += (got.replace(microsecond=0) if got else None) == want  # as tabled
    total = len(rows)
    print(f"accuracy on the unseen-forms table {path.name} ({total} strings, refusals included):")
    print(f"  tinbao {scores['tinbao']:>3}/{total}   dateparser {scores['dateparser']:>3}/{total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus/dates dir")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats (at least 3)")
    args = parser.parse_args()
    repeats = max(args.repeats, 3)
    table = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    table_now = datetime.fromisoformat(table["now"])
    table_items = [(text, table_now) for text, *_ in table["cases"]]
    if (args.corpus / "vi_dateparser_cases.json").is_file():
        cases = corpus_cases(args.corpus)
        print_accuracy(cases)
        print_speed("the corpus", [(c.text, c.now) for c in cases], repeats)
    else:
        print(f"corpus not found at {args.corpus}: accuracy on it skipped")
    for path in UNSEEN_FILES:
        print_unseen_accuracy(path)
    print_speed("the project's date table", table_items, repeats)


if __name__ == "__main__":
    main()
