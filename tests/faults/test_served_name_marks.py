"""Probes: `tinbao serve --db NAME` where NAME holds the marks SQLite reads in a URI (`#`, `?`,
`%41`, a leading `file:`) or is `:memory:`, given as a relative path from the folder the command
runs in, on a copy of the crawled mirror under that name.

README: `--db FILE` names the SQLite database every command reads or writes, and `tinbao serve`
is Datasette on that database. A name is a file name: Datasette must serve that file's records
(its tables, the canned queries, an article's page), not an empty database or another file,
reading it as any reader does (its `-shm` beside it, where a crawl writing it meets it), and
leave nothing beside it but its side files.
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    OCOP,
    OCOP_HEADLINE,
    copies_named,
    get_json,
    holds_only,
    served,
    served_route,
)

NAMES = ["tin #2?x=%41#y.db", "file:news.db", ":memory:"]
SIDE_FILES = ("-wal", "-shm", "-journal")
OCOP_VIEWS = 642  # the count the mirror's OCOP page shows


@pytest.fixture(scope="module")
def named(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A copy of the crawled mirror under each name, each in a folder of its own."""
    return copies_named(crawled_mirror, NAMES, tmp_path_factory)


@pytest.mark.parametrize("name", NAMES)
def test_serve_serves_the_file_named(named: dict[str, Path], name: str) -> None:
    folder = named[name]
    with served(name, cwd=folder) as base:
        route = served_route(base)
        rows = get_json(route + "/articles.json?_shape=array&_size=max")
        ocop = LIVE + OCOP
        views = get_json(
            route + "/view_growth.json?_shape=array&url=" + urllib.parse.quote(ocop, safe="")
        )
        hits = get_json(route + "/search_folded.json?_shape=array&q=ocop")
        page = get_json(route + "/articles/" + tilde_encode(ocop) + ".json?_shape=array")
        # SQLite keeps the `-shm` of the file Datasette reads beside it, not beside another name
        assert (folder / (name + "-shm")).is_file()
    assert sorted(row["url"] for row in rows) == sorted(LIVE + path for path in ARTICLES)
    assert [row["views"] for row in views] == [OCOP_VIEWS]
    assert ocop in [hit["url"] for hit in hits]
    assert [(row["url"], row["headline"]) for row in page] == [(ocop, OCOP_HEADLINE)]
    holds_only(folder, name, SIDE_FILES)
