"""Blind table of which pictures on a page are the article's, at which address and with which
caption (`tests/fixtures/placements/images.json`, its `note` says what it decides): the record's
`images` must be the expected list exactly."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.normalize import extract_record

TABLE = Path(__file__).parent / "fixtures" / "placements" / "images.json"
CASES: list[dict] = json.loads(TABLE.read_text(encoding="utf-8"))["cases"]
FETCHED_AT = datetime.fromisoformat("2025-12-05T10:00:00+07:00")  # the table's "now"

# Pages whose pictures are not read as tabled yet, by id.
NOT_YET: set[str] = set()


def test_table_is_large_and_whole() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 50 and len(set(ids)) == len(ids)
    assert len({case["html"] for case in CASES}) == len(CASES)
    assert set(ids) >= NOT_YET
    for case in CASES:
        html = case["html"]
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
        assert 40 <= html.count("\n") + 1 <= 120, case["id"]
    assert sum(not case["expected"]["images"] for case in CASES) >= 4


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True)) if case["id"] in NOT_YET else case
        for case in CASES
    ],
    ids=[case["id"] for case in CASES],
)
def test_images(case: dict) -> None:
    record = extract_record(case["html"], case["url"], FETCHED_AT)
    assert record["images"] == case["expected"]["images"]
