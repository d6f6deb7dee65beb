"""Probes: databases written by earlier tinbao releases, at schema steps 4, 5, 8, 10, 13 and 16.

docs/database.md: an older database is upgraded in place by any command; `PRAGMA user_version`
holds the steps applied; pages stored before step 12 are zlib, later ones zstd; the search
indexes were rebuilt over folded text (step 7), made contentless (11), given facets (14, as
integers at 16) and a site map (17); statuses of runs written before step 9 are mapped onto
the five. Whatever step a file was left at, every reader must give back the rows it holds
unchanged, search must find by folded words, a crawl must know every stored article (fetch
none again) and leave the file at today's step and sound, and `reparse` must read the old
pages.

`older_databases/vN.sql.gz` is the `sqlite3 .dump` (plus its `user_version`) of the database
`tinbao demo` wrote at the release that stopped at step N (the commits `33c2681`, `7fe17b0`,
`87956f3`, `c87ad71`, `71b1f7b` and `61b9ae4`), its stored pages cut to those of two articles to
keep the files small.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

from pipelines.db.schema import SCHEMA_VERSION
from tests.faults.harness import (
    ARTICLES,
    JSON_COLUMNS,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    expected_records,
    integrity,
    tinbao,
)
from tests.faults.server import serving

DUMPS = Path(__file__).parent / "older_databases"
STEPS = (4, 5, 8, 10, 13, 16)
WITH_PAGES = (article_path("105870"), article_path("102296"))


def older(tmp_path: Path, step: int) -> Path:
    """A database file as the release that stopped at `step` left it."""
    db = tmp_path / f"v{step}" / "news.db"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    conn.executescript(gzip.decompress((DUMPS / f"v{step}.sql.gz").read_bytes()).decode())
    conn.close()
    return db


def rows_as_written(db: Path) -> dict[str, dict]:
    """The article rows of `db` read with plain SQLite before tinbao opens it."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}
    finally:
        conn.close()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_each_older_database_is_exported_with_every_value_it_holds(tmp_path: Path) -> None:
    for step in STEPS:
        db = older(tmp_path, step)
        written = rows_as_written(db)
        assert len(written) == len(ARTICLES)
        done = tinbao("export", "--db", str(db), "--format", "jsonl")
        assert done.returncode == 0, (step, done.stderr)
        exported = {item["url"]: item for item in map(json.loads, done.stdout.splitlines())}
        assert sorted(exported) == sorted(written), step
        for url, item in exported.items():
            row = written[url]
            for key, value in item.items():
                if key in JSON_COLUMNS and row[key] is not None:
                    assert value == json.loads(row[key]), (step, url, key)
                else:
                    assert value == row[key], (step, url, key)
        assert version(db) == SCHEMA_VERSION
        assert integrity(db) == "ok"


def test_search_in_each_older_database_finds_by_folded_words(tmp_path: Path) -> None:
    for step in STEPS:
        db = older(tmp_path, step)
        written = rows_as_written(db)
        expected = {
            url
            for url, row in written.items()
            if {"dat", "chuan", "ocop"}
            <= set(
                re.findall(
                    r"\w+", fold(" ".join(row[k] or "" for k in ("headline", "summary", "body")))
                )
            )
        }
        assert LIVE + article_path("105870") in expected
        done = tinbao("search", "--db", str(db), "--json", "dat chuan OCOP")
        assert done.returncode == 0, (step, done.stderr)
        assert {json.loads(line)["url"] for line in done.stdout.splitlines()} == expected, step
        done = tinbao("search", "--db", str(db), "--json", "Đại hội", "--site", "baothaibinh")
        assert LIVE + article_path("102296") in done.stdout, (step, done.stderr)


def test_a_crawl_over_each_older_database_fetches_no_stored_article(tmp_path: Path) -> None:
    for step in STEPS:
        db = older(tmp_path, step)
        written = rows_as_written(db)
        with serving(MIRROR) as site:
            run = crawl(site, db)
        assert run.returncode == 0, (step, run.output)
        assert " 0 new" in run.stdout, (step, run.stdout)
        fetched = {path for path in site.paths() if path in ARTICLES}
        assert fetched == set(), (step, fetched)
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(written)
        conn.close()
        assert version(db) == SCHEMA_VERSION
        assert integrity(db) == "ok", step


def test_a_full_crawl_over_an_older_database_brings_its_rows_to_todays_records(
    tmp_path: Path,
) -> None:
    for step in (8, 16):
        db = older(tmp_path, step)
        with serving(MIRROR) as site:
            run = crawl(site, db, "-a", "full=1")
        assert run.returncode == 0, (step, run.output)
        expect_rows(db, ARTICLES)
        assert integrity(db) == "ok", step


def test_reparse_reads_the_pages_an_older_release_stored(tmp_path: Path) -> None:
    records = expected_records()
    for step in (10, 16):  # zlib pages, zstd pages
        db = older(tmp_path, step)
        done = tinbao("reparse", "--db", str(db))
        assert done.returncode == 0, (step, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        conn = sqlite3.connect(db)
        conn.row_factory = sqlite3.Row
        for path in WITH_PAGES:
            row = dict(
                conn.execute("SELECT * FROM articles WHERE url = ?", (LIVE + path,)).fetchone()
            )
            for key in JSON_COLUMNS:
                row[key] = json.loads(row[key]) if row[key] is not None else None
            expected = records[path]
            assert {key: row[key] for key in expected} == expected, (step, path)
        conn.close()


def test_history_and_stats_of_each_older_database_tell_its_run(tmp_path: Path) -> None:
    for step in STEPS:
        db = older(tmp_path, step)
        written = rows_as_written(db)
        done = tinbao("history", "--db", str(db), "--json")
        assert done.returncode == 0, (step, done.stderr)
        (run,) = [json.loads(line) for line in done.stdout.splitlines()]
        assert (run["status"], run["new"], run["site"]) == ("finished", 15, "baothaibinh"), step
        done = tinbao("stats", "--db", str(db), "--json")
        assert done.returncode == 0, (step, done.stderr)
        (site,) = [json.loads(line) for line in done.stdout.splitlines()]
        dated = sum(1 for row in written.values() if row["published_at"])
        assert (site["articles"], site["with_date"]) == (15, dated / 15), step
        assert site["last_crawl_status"] == "finished", step
