"""Accuracy of `clean_byline` and `parse_count` on the project's blind table, with a peer.

Run: `python bench/names.py [--failures]`.

The tables are `tests/fixtures/names/unseen.json`, `unseen2.json`, `unseen3.json`, `unseen4.json`,
`unseen5.json`, `unseen6.json`, `unseen7.json`, `unseen8.json`, `unseen9.json`, `unseen10.json`,
`unseen11.json`, `unseen12.json`, `unseen13.json`, `unseen14.json`, `unseen15.json`,
`unseen16.json`, `unseen17.json`, `unseen18.json`, `unseen19.json` and `unseen20.json`, each scored
apart: bylines [raw, display, people, source] and printed view counts [raw, count or null], each
table written before the code was read. tinbao is scored on whole byline rows (display, people and
source all right), on the people alone, and on counts. The peer for the people is newspaper4k's
byline reader (`AuthorsExtractor._parse_byline`, the step that turns a byline string into a list of
names; it has no display or source, so it is scored on the people only, in order). No peer reads a
printed view count: trafilatura, newspaper4k and fundus have no view-count field, so counts are
scored for tinbao alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.vietnamese.counts import parse_count  # noqa: E402
from parsers.vietnamese.names import clean_byline  # noqa: E402

TABLE_FILES = [
    ROOT / "tests" / "fixtures" / "names" / name
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
    )
]


def newspaper_people() -> Callable[[str], list[str]]:
    """newspaper4k's byline-to-names step, called on the raw string."""
    from newspaper.configuration import Configuration
    from newspaper.extractors.authors_extractor import AuthorsExtractor

    return AuthorsExtractor(Configuration())._parse_byline


def score(name: str, rows: list, right: Callable[[list], bool], failures: bool) -> None:
    misses = [row for row in rows if not right(row)]
    hits = len(rows) - len(misses)
    print(f"{name:<34} {hits:>3}/{len(rows):<3} {100 * hits / len(rows):5.1f}%")
    for row in misses if failures else []:
        print(f"    miss: {row!a}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every row missed")
    args = parser.parse_args()
    peer = newspaper_people()
    for table_file in TABLE_FILES:
        score_table(table_file, peer, args.failures)


def score_table(table_file: Path, peer: Callable[[str], list[str]], failures: bool) -> None:
    table = json.loads(table_file.read_text(encoding="utf-8"))
    bylines, counts = table["bylines"], table["counts"]

    def whole_row(row: list) -> bool:
        got = clean_byline(row[0])
        return (got.display, list(got.people), got.source) == (row[1], row[2], row[3])

    print(f"{table_file.relative_to(ROOT)}: {len(bylines)} bylines, {len(counts)} counts")
    score("tinbao bylines (whole row)", bylines, whole_row, failures)
    score(
        "tinbao bylines (people)",
        bylines,
        lambda row: list(clean_byline(row[0]).people) == row[2],
        failures,
    )
    score("newspaper4k bylines (people)", bylines, lambda row: peer(row[0]) == row[2], False)
    score("tinbao counts", counts, lambda row: parse_count(row[0]) == row[1], failures)
    print("counts: no peer reads a printed view count")


if __name__ == "__main__":
    main()
