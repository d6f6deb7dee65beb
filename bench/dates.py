"""Speed and accuracy of `parse_datetime` against `dateparser.parse` on the test table.

Run: `python bench/dates.py`. Both parsers see the same strings with the same anchor (`now`);
dateparser gets the fallback's settings (Vietnamese only, day-first, local time zone).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateparser  # noqa: E402

from parsers.vietnamese.dates import (  # noqa: E402
    LOCAL_TZ,
    dateparser_settings,
    match_datetime,
    parse_datetime,
)

CASES_FILE = ROOT / "tests" / "fixtures" / "dates" / "cases.json"
REPEATS = 7


def _per_string(parse, texts: list[str], repeats: int) -> float:
    """Median over `repeats` runs of the mean seconds per string."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            parse(text)
        runs.append((time.perf_counter() - start) / len(texts))
    return statistics.median(runs)


def _correct(results: list[datetime | None], expected: list[datetime | None]) -> int:
    return sum(got == want for got, want in zip(results, expected, strict=True))


def main() -> None:
    table = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    now = datetime.fromisoformat(table["now"])
    texts = [text for text, _, _ in table["cases"]]
    expected = [datetime.fromisoformat(e) if e else None for _, e, _ in table["cases"]]
    settings = dateparser_settings(now)

    def ours(text: str) -> datetime | None:
        return parse_datetime(text, now=now)

    def theirs(text: str) -> datetime | None:
        value = dateparser.parse(text, languages=["vi"], settings=settings)
        return value.astimezone(LOCAL_TZ) if value else None

    ours_results = [ours(t) for t in texts]  # also warms caches
    theirs_results = [theirs(t) for t in texts]  # first calls load dateparser's data
    ours_time = _per_string(ours, texts, REPEATS * 10)
    fast = [t for t in texts if (m := match_datetime(t, now=now)) is None or m.rule != "dateparser"]
    fast_time = _per_string(ours, fast, REPEATS * 10)
    theirs_time = _per_string(theirs, texts, REPEATS)

    print(f"strings: {len(texts)} (tests/fixtures/dates/cases.json, now={table['now']})")
    print(f"parse_datetime:   {ours_time * 1e6:8.1f} µs/string")
    print(
        f"  fast path only: {fast_time * 1e6:8.1f} µs/string ({len(fast)} strings without fallback)"
    )
    print(f"dateparser.parse: {theirs_time * 1e6:8.1f} µs/string")
    print(f"speed ratio:      {theirs_time / ours_time:8.1f}x")
    print(f"accuracy parse_datetime:   {_correct(ours_results, expected)}/{len(texts)}")
    print(f"accuracy dateparser.parse: {_correct(theirs_results, expected)}/{len(texts)}")


if __name__ == "__main__":
    main()
