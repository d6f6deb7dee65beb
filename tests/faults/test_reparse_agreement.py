"""After `tinbao reparse` changed fields of stored articles, every reader agrees with the new
values: `search` (with and without diacritics, and its `--since`/`--until`), `export` (its
records and its day bounds), `stats` (the publish-date range) and docs/database.md's full-text
query through `sqlite-utils`.

The parsers' change is played by the stored HTML (what reparse reads, docs/database.md): one
article's body now names `bánh gai Bát Tràng` where it named `bánh cáy làng Nguyễn`, one's date
line now prints 2019 for 2024, one's byline another writer. `tinbao reparse --help`: the records
are updated from the stored HTML; docs/database.md: tinbao keeps the search indexes in step with
`articles` in the same transaction as each upsert, so nothing but the new values is found.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from pipelines.db.articles import unpack_html
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    database_copy,
    expect_rows,
    integrity,
    json_lines,
    tinbao,
)
from tests.faults.test_documented_queries import sqlite_utils, table_rows

RENAMED = article_path("105870")  # its body: `bánh cáy làng Nguyễn` → `bánh gai Bát Tràng`
REDATED = article_path("108990")  # its date line: 25/02/2024 → 25/02/2019
REBYLINED = article_path("109874")  # its byline: Minh Hằng → Bảo Ngọc
OLD_WORDS, NEW_WORDS = "bánh cáy làng Nguyễn", "bánh gai Bát Tràng"
CHANGED = {
    RENAMED: {"body": ARTICLES[RENAMED]["body"].replace(OLD_WORDS, NEW_WORDS)},
    REDATED: {
        "published_at": "2019-02-25T06:50:30+07:00",
        "published_raw": ARTICLES[REDATED]["published_raw"].replace("2024", "2019"),
    },
    REBYLINED: {"byline": "Bảo Ngọc", "authors": ["Bảo Ngọc"]},
}
EDITS = {
    RENAMED: (OLD_WORDS, NEW_WORDS),
    REDATED: ("25/02/2024", "25/02/2019"),
    REBYLINED: ("Minh Hằng", "Bảo Ngọc"),
}


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crawl of the mirror whose three pages were changed as EDITS says, then reparsed."""
    folder = tmp_path_factory.mktemp("reparsed")
    db = database_copy(crawled_mirror, folder)
    conn = sqlite3.connect(db)
    for path, (old, new) in EDITS.items():
        (blob,) = conn.execute(
            "SELECT html_compressed FROM pages WHERE url = ?", (LIVE + path,)
        ).fetchone()
        html = unpack_html(blob)
        assert html.count(old) == 1, (path, old)
        blob = zlib.compress(html.replace(old, new).encode("utf-8"))
        conn.execute("UPDATE pages SET html_compressed = ? WHERE url = ?", (blob, LIVE + path))
    conn.commit()
    conn.close()
    done = tinbao("reparse", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return db


def found(db: Path, *words: str) -> list[str]:
    """The paths `tinbao search … --json` finds."""
    done = tinbao("search", *words, "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    return [row["url"].removeprefix(LIVE) for row in json_lines(done.stdout)]


def exported(db: Path, *options: str) -> dict[str, dict]:
    done = tinbao("export", "--format", "jsonl", "--db", str(db), *options)
    assert done.returncode == 0, done.stderr
    return {row["url"].removeprefix(LIVE): row for row in json_lines(done.stdout)}


def test_reparse_stores_the_new_values_and_keeps_the_others(db: Path) -> None:
    expect_rows(db, ARTICLES, CHANGED)
    assert integrity(db) == "ok"


@pytest.mark.parametrize("words", [NEW_WORDS, "banh gai bat trang"])
def test_search_finds_the_new_words(db: Path, words: str) -> None:
    assert found(db, words) == [RENAMED]


def test_search_no_longer_finds_the_old_words(db: Path) -> None:
    assert found(db, OLD_WORDS) == []


def test_the_documented_full_text_query_finds_the_new_words_only(db: Path) -> None:
    def match(words: str) -> list[str]:
        text = sqlite_utils(
            db.parent,
            "select a.url, a.headline from articles_search s\n"
            "  join articles a on a.rowid = s.rowid\n"
            f"  where articles_search match '{words}' order by s.rank limit 10",
            "--table",
        )
        return [row[0].removeprefix(LIVE) for row in table_rows(text)]

    assert (match("Bát Tràng"), match(OLD_WORDS)) == ([RENAMED], [])


def test_export_gives_the_reparsed_values(db: Path) -> None:
    rows = exported(db)
    assert rows[RENAMED]["body"] == CHANGED[RENAMED]["body"]
    assert rows[REDATED]["published_at"] == "2019-02-25T06:50:30+07:00"
    assert (rows[REBYLINED]["byline"], rows[REBYLINED]["authors"]) == ("Bảo Ngọc", ["Bảo Ngọc"])


def test_export_bounds_follow_the_new_publish_day(db: Path) -> None:
    assert list(exported(db, "--since", "2019-02-25", "--until", "2019-02-25")) == [REDATED]
    assert REDATED not in exported(db, "--since", "2024-01-01")


def test_search_bounds_follow_the_new_publish_day(db: Path) -> None:
    assert found(db, "gieo cấy lúa xuân", "--since", "2024-01-01") == []
    assert found(db, "gieo cấy lúa xuân", "--until", "2019-12-31") == [REDATED]


def test_stats_date_range_starts_at_the_new_publish_time(db: Path) -> None:
    done = tinbao("stats", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    (site,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert (site["first_published"], site["last_published"]) == (
        "2019-02-25T06:50:30+07:00",
        "2024-07-02T19:45:22+07:00",
    )
    assert site["articles"] == len(ARTICLES)
