"""Blind table of where the view count sits on a page (tests/fixtures/placements/views.json):
the record's `views` and `views_raw` for every invented page, exactly."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from pipelines.normalize import extract_record
from tests.conftest import FIXTURES

TABLE = FIXTURES / "placements" / "views.json"
CASES: list[dict] = json.loads(TABLE.read_text(encoding="utf-8"))["cases"]
FETCHED_AT = datetime.fromisoformat("2025-12-05T10:00:00+07:00")  # the table's "now"

# Rows the extractor does not read yet, by id.
NOT_YET: set[str] = set()


def test_table_is_large_and_whole() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 40 and len(set(ids)) == len(ids)
    assert set(ids) >= NOT_YET
    for case in CASES:
        html = case["html"]
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
        assert 40 <= html.count("\n") + 1 <= 120, case["id"]
    assert sum(case["expected"]["views"] is None for case in CASES) >= 5


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True)) if case["id"] in NOT_YET else case
        for case in CASES
    ],
    ids=[case["id"] for case in CASES],
)
def test_views_placement(case: dict) -> None:
    record = extract_record(case["html"], case["url"], FETCHED_AT)
    got = {name: record[name] for name in ("views", "views_raw")}
    assert got == case["expected"]
