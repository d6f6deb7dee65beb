"""Articles deleted by hand from the `articles` table (`sqlite3 news.db "DELETE FROM articles
WHERE url = …"`, as a person prunes a record they do not want), then read with tinbao and
crawled again: the article stored last (the table's highest rowid, the one SQLite gives the
next new row again) is deleted, and the paper has since rewritten its headline and lead and
features it on the Kinh tế listing's first page (it was linked from the Thời sự listing's second
page alone, which an incremental run does not reach once the first page is all stored).

README: any SQLite tool can query and write the file; a crawl is incremental, fetching what is
not stored. docs/database.md: the search indexes are keyed by the article's rowid, their text
kept in `articles`. So after the delete `search`, `export` and `stats` know nothing of the
article, and the next plain run fetches it once and stores it as its page now reads; from then
on `search` answers exactly as on a file that one crawl of the site as it now reads made:
nothing found by the old headline's words that the new text lacks.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    ECONOMY_LISTING,
    LIVE,
    MIRROR,
    TITLE_ANCHOR,
    crawl,
    database_copy,
    expected_records,
    integrity,
    json_lines,
    stored,
    succeeds,
)
from tests.faults.server import Fault, serving

NEW_HEADLINE = "Khánh thành cầu phao mới trên sông Hóa"
NEW_SUMMARY = "Cây cầu phao nối hai xã ven sông được đưa vào sử dụng sau sáu tháng thi công."


def last_stored(db: Path) -> str:
    """The path of the article with the highest rowid."""
    conn = sqlite3.connect(db)
    try:
        (url,) = conn.execute("SELECT url FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return url.removeprefix(LIVE)


def delete_by_hand(db: Path, path: str) -> None:
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("DELETE FROM articles WHERE url = ?", (LIVE + path,))
    finally:
        conn.close()


def rewritten(path: str) -> Fault:
    """The article's page with its headline and lead rewritten wherever it prints them."""
    record = expected_records()[path]

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert record["headline"] in text and record["summary"] in text
        text = text.replace(record["headline"], NEW_HEADLINE)
        return text.replace(record["summary"], NEW_SUMMARY).encode("utf-8")

    return Fault(edit=edit)


def featured(path: str) -> Fault:
    """The Kinh tế listing's first page with a link to the article at `path` before its first."""
    link = f'{TITLE_ANCHOR}{LIVE}{path}">{NEW_HEADLINE}</a>'.encode()
    anchor = TITLE_ANCHOR.encode()
    return Fault(edit=lambda page: page.replace(anchor, link + anchor, 1))


def search_urls(db: Path, query: str) -> list[str]:
    found = json_lines(succeeds("search", query, "--limit", "1000", "--json", "--db", str(db)))
    return [hit["url"].removeprefix(LIVE) for hit in found]


@pytest.fixture(scope="module")
def pruned(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("hand_pruned"))
    path = last_stored(db)
    delete_by_hand(db, path)
    return db, path


@pytest.fixture(scope="module")
def crawled_again(
    pruned: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, str, list[str]]:
    """The pruned file after a plain run, a file one run of the same pages made, the pruned
    article's path and every target the run over the pruned file asked for."""
    pruned_db, path = pruned
    db = database_copy(pruned_db, tmp_path_factory.mktemp("hand_pruned_again"))
    fresh = tmp_path_factory.mktemp("hand_pruned_fresh") / "news.db"
    hits = []
    for target in (db, fresh):
        listing = "/" + ECONOMY_LISTING.removesuffix("/page.html")
        with serving(MIRROR, {path: rewritten(path), listing: featured(path)}) as site:
            run = crawl(site, target)
        assert run.returncode == 0, run.output
        assert "Traceback" not in run.output, run.output
        assert integrity(target) == "ok"
        hits.append(site.paths())
    return db, fresh, path, hits[0]


def test_readers_know_nothing_of_the_deleted_article(pruned: tuple[Path, str]) -> None:
    db, path = pruned
    headline = expected_records()[path]["headline"]
    assert path not in search_urls(db, headline)
    exported = json_lines(succeeds("export", "--format", "jsonl", "--db", str(db)))
    assert sorted(row["url"].removeprefix(LIVE) for row in exported) == sorted(
        set(ARTICLES) - {path}
    )
    (site,) = json_lines(succeeds("stats", "--json", "--db", str(db)))
    assert site["articles"] == len(ARTICLES) - 1, site


def test_the_next_run_fetches_it_once_and_stores_it_as_it_now_reads(
    crawled_again: tuple[Path, Path, str, list[str]],
) -> None:
    db, _, path, hits = crawled_again
    asked = Counter(hits)
    assert {target for target in ARTICLES if asked[target]} == {path}
    assert asked[path] == 1
    rows = stored(db)
    assert sorted(rows) == sorted(ARTICLES)
    assert (rows[path]["headline"], rows[path]["summary"]) == (NEW_HEADLINE, NEW_SUMMARY)


@pytest.mark.parametrize(
    "text",
    ["old headline", "new headline", "old lead", "new lead"],
)
def test_search_answers_as_on_a_file_of_one_crawl(
    crawled_again: tuple[Path, Path, str, list[str]], text: str
) -> None:
    db, fresh, path, _ = crawled_again
    record = expected_records()[path]
    query = {
        "old headline": record["headline"],
        "new headline": NEW_HEADLINE,
        "old lead": record["summary"],
        "new lead": NEW_SUMMARY,
    }[text]
    assert search_urls(db, query) == search_urls(fresh, query)
    if text.startswith("new"):
        assert path in search_urls(db, query)
