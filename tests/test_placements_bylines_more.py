"""Second blind table of where the byline sits on a page
(tests/fixtures/placements/bylines_more.json), in placements the first table lacks: the
record's `byline` and `authors` for every invented page, exactly."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from pipelines.normalize import extract_record
from tests.conftest import FIXTURES

TABLE = FIXTURES / "placements" / "bylines_more.json"
CASES: list[dict] = json.loads(TABLE.read_text(encoding="utf-8"))["cases"]
FETCHED_AT = datetime.fromisoformat("2025-12-05T10:00:00+07:00")  # the table's "now"

# Rows the extractor does not read yet, by id.
NOT_YET: set[str] = {
    "office-signs-in-meta-line",
    "article-footer-bare-name-and-tags",
    "pen-name-in-brackets-end",
    "pv-tong-hop-only",
}


def test_table_is_large_and_whole() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 45 and len(set(ids)) == len(ids)
    assert set(ids) >= NOT_YET
    for case in CASES:
        html = case["html"]
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
        assert 40 <= html.count("\n") + 1 <= 120, case["id"]
    assert sum(case["expected"]["byline"] is None for case in CASES) >= 5


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True)) if case["id"] in NOT_YET else case
        for case in CASES
    ],
    ids=[case["id"] for case in CASES],
)
def test_byline_placement_more(case: dict) -> None:
    record = extract_record(case["html"], case["url"], FETCHED_AT)
    got = {"byline": record["byline"], "authors": record["authors"]}
    assert got == case["expected"]
