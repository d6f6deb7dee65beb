"""Every command on the database of an empty crawl: a first run against a site whose home page,
feed and listings all answered 404, so the file holds one failed run and no article.

`--help` of each command: `export` streams the stored articles (none: nothing, or a CSV's
header alone), `search` finds nothing and says so, `stats` shows the site with its latest crawl
"whatever the outcome", `history` lists the failed run, `reparse` has nothing to do; none of
them is an error. And the next run, the site answering again, stores every article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    SITE,
    crawl_mirror,
    expect_rows,
    integrity,
    json_lines,
    succeeds,
    tinbao,
)
from tests.faults.test_run_endings import crawl_discovery


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database whose one crawl found nothing: every discovery page answered 404."""
    site, run, db = crawl_discovery(tmp_path_factory.mktemp("empty_runs"), None)
    assert run.returncode == 4, run.output
    assert integrity(db) == "ok"
    return db


def test_export_of_an_empty_crawl_prints_nothing(empty: Path) -> None:
    assert succeeds("export", "--db", str(empty)) == ""


def test_a_csv_export_of_an_empty_crawl_is_its_header_alone(empty: Path) -> None:
    lines = succeeds("export", "--format", "csv", "--db", str(empty)).splitlines()
    assert len(lines) == 1, lines
    assert lines[0].split(",")[0] in {"url", "site"}, lines
    assert "headline" in lines[0].split(","), lines


def test_search_of_an_empty_crawl_finds_nothing_and_says_so(empty: Path) -> None:
    done = tinbao("search", "Thái Bình", "--db", str(empty))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    said = (done.stdout + done.stderr).strip()
    assert len(said.splitlines()) == 1, said
    assert succeeds("search", "Thái Bình", "--json", "--db", str(empty)) == ""


def test_stats_of_an_empty_crawl_show_the_site_with_no_article_and_its_failed_run(
    empty: Path,
) -> None:
    objects = json_lines(succeeds("stats", "--json", "--db", str(empty)))
    assert [o["site"] for o in objects] == [SITE], objects
    assert objects[0]["articles"] == 0, objects
    assert "failed" in json.dumps(objects[0]), objects
    text = succeeds("stats", "--db", str(empty))
    assert SITE in text and "failed" in text, text


def test_history_of_an_empty_crawl_lists_its_failed_run(empty: Path) -> None:
    runs = json_lines(succeeds("history", "--json", "--db", str(empty)))
    assert len(runs) == 1, runs
    assert runs[0]["status"] == "failed", runs
    assert SITE in succeeds("history", "--db", str(empty))


def test_reparse_of_an_empty_crawl_has_nothing_to_do(empty: Path) -> None:
    succeeds("reparse", "--db", str(empty))
    assert succeeds("export", "--db", str(empty)) == ""


def test_the_run_after_an_empty_one_stores_every_article(tmp_path: Path) -> None:
    site, run, db = crawl_discovery(tmp_path, None)
    assert run.returncode == 4, run.output
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    assert again.stdout.startswith(f"{SITE}: OK"), again.stdout
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
