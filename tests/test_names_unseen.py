"""A blind table of bylines and view counts, in forms the tests beside the code lack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.names import Byline, clean_byline
from tests.test_counts import test_parse_count, test_parse_count_rejects
from tests.test_names import test_clean_byline

TABLE = json.loads(
    (Path(__file__).parent / "fixtures" / "names" / "unseen.json").read_text(encoding="utf-8")
)
# [raw, display, people, source]
BYLINES: list[tuple[str, str | None, tuple[str, ...], str | None]] = [
    (raw, display, tuple(people), source) for raw, display, people, source in TABLE["bylines"]
]
# [raw, the count or null]
COUNTS: list[tuple[str, int | None]] = [(raw, expected) for raw, expected in TABLE["counts"]]

# Rows the code does not read yet, by index in the table.
BYLINES_NOT_YET: set[int] = set()
COUNTS_NOT_YET: set[int] = set()


def _params(rows: list, not_yet: set[int]) -> list:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if i in not_yet else row
        for i, row in enumerate(rows)
    ]


def test_table_is_large_and_distinct() -> None:
    assert len(BYLINES) >= 150
    assert len(COUNTS) >= 60
    assert len({raw for raw, *_ in BYLINES}) == len(BYLINES)
    assert len({raw for raw, _ in COUNTS}) == len(COUNTS)
    seen_bylines = {case[0] for case in _cases(test_clean_byline)}
    seen_counts = {case[0] for case in _cases(test_parse_count)}
    seen_counts |= {case for case in _cases(test_parse_count_rejects)}
    assert not [raw for raw, *_ in BYLINES if raw in seen_bylines]
    assert not [raw for raw, _ in COUNTS if raw in seen_counts]


def _cases(test: object) -> list:
    """The rows a parametrized test of the first tables runs."""
    return [
        value
        for mark in getattr(test, "pytestmark", [])
        if mark.name == "parametrize"
        for value in mark.args[1]
    ]


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    _params(BYLINES, BYLINES_NOT_YET),
    ids=[f"{i}: {row[0]!a}" for i, row in enumerate(BYLINES)],
)
def test_unseen_byline(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    _params(COUNTS, COUNTS_NOT_YET),
    ids=[f"{i}: {row[0]!a}" for i, row in enumerate(COUNTS)],
)
def test_unseen_count(raw: str, expected: int | None) -> None:
    count = parse_count(raw)
    assert count == expected
    assert count is None or type(count) is int
