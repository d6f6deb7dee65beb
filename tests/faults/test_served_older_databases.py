"""`tinbao serve` on a database an earlier release left: the files of schema steps 4, 10 and 16
(`older_databases/`), as an operator who upgrades tinbao and opens Datasette before the next
crawl has run meets them.

docs/database.md: an older database is upgraded in place by any command; `tinbao serve` is
Datasette with tinbao's metadata and canned queries: `search_folded` (diacritic-free search)
and `view_growth` (every view-count observation of one article). So Datasette serves the
file's own records: every article it holds, the OCOP article's page, its view counts through
`view_growth`, the article found by `search_folded` with or without diacritics, and the file
is sound afterwards.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.faults.harness import LIVE, OCOP, get_json, integrity, served, served_route
from tests.faults.test_older_schemas import older

STEPS = (4, 10, 16)


def as_written(db: Path) -> tuple[dict[str, str], list[int]]:
    """Headline by URL, and the OCOP article's view counts in the order observed, read with
    plain SQLite before tinbao opens the file."""
    conn = sqlite3.connect(db)
    try:
        headlines = dict(conn.execute("SELECT url, headline FROM articles"))
        views = [
            count
            for (count,) in conn.execute(
                "SELECT views FROM view_counts WHERE url = ? ORDER BY observed_at", (LIVE + OCOP,)
            )
        ]
    finally:
        conn.close()
    return headlines, views


@pytest.mark.parametrize("step", STEPS)
def test_serve_serves_an_older_databases_records(tmp_path: Path, step: int) -> None:
    db = older(tmp_path, step)
    headlines, views = as_written(db)
    assert LIVE + OCOP in headlines and views
    ocop = LIVE + OCOP
    with served(db) as base:
        route = served_route(base)
        rows = get_json(route + "/articles.json?_shape=array&_size=max")
        page = get_json(route + "/articles/" + tilde_encode(ocop) + ".json?_shape=array")
        growth = get_json(
            route + "/view_growth.json?_shape=array&url=" + urllib.parse.quote(ocop, safe="")
        )
        folded = get_json(
            route + "/search_folded.json?_shape=array&q=" + urllib.parse.quote("san pham ocop")
        )
        exact = get_json(
            route + "/search_folded.json?_shape=array&q=" + urllib.parse.quote("sản phẩm OCOP")
        )
    assert {row["url"]: row["headline"] for row in rows} == headlines
    assert [(row["url"], row["headline"]) for row in page] == [(ocop, headlines[ocop])]
    assert [row["views"] for row in growth] == views
    assert ocop in [hit["url"] for hit in folded]
    assert ocop in [hit["url"] for hit in exact]
    assert integrity(db) == "ok"
