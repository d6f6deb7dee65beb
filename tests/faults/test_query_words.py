"""`tinbao search`, `export` and `stats` as people type them: on a database with no article
yet, with quotes, stars, hyphens, carets and the index's own operators in the query, and with
Vietnamese capitals.

The help says these are searched as plain words: each query finds the article its words are
in, or nothing, with exit 0; an empty database is an answer, not an error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines import db as store
from tests.faults.harness import LIVE, database_copy, tinbao
from tests.faults.test_pages import A


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("query"))


def empty(tmp_path: Path) -> Path:
    db = tmp_path / "news.db"
    store.open_db(db).close()
    return db


def test_search_of_an_empty_database_says_nothing_was_found(tmp_path: Path) -> None:
    done = tinbao("search", "OCOP", "--db", str(empty(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (done.stdout + done.stderr).strip(), "an empty answer should say so"


def test_search_json_of_an_empty_database_prints_nothing(tmp_path: Path) -> None:
    done = tinbao("search", "OCOP", "--json", "--db", str(empty(tmp_path)))
    assert (done.returncode, done.stdout) == (0, ""), done.stderr


def test_stats_of_an_empty_database_says_there_is_nothing(tmp_path: Path) -> None:
    done = tinbao("stats", "--db", str(empty(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (done.stdout + done.stderr).strip()


def test_stats_json_of_an_empty_database_prints_nothing(tmp_path: Path) -> None:
    done = tinbao("stats", "--json", "--db", str(empty(tmp_path)))
    assert (done.returncode, done.stdout) == (0, ""), done.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_of_an_empty_database_is_empty(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    done = tinbao("export", "--db", str(empty(tmp_path)), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert text == ""
    else:
        assert text.splitlines()[0].startswith("url,") and len(text.splitlines()) == 1


def hits(db: Path, query: str) -> list[str]:
    done = tinbao("search", query, "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    return [json.loads(line)["url"].removeprefix(LIVE) for line in done.stdout.splitlines()]


@pytest.mark.parametrize(
    "query",
    [
        '"OCOP',
        'sản phẩm "OCOP"',
        "sản phẩm*",
        "sản-phẩm OCOP",
        "^OCOP",
        "(OCOP) cấp tỉnh",
        "OCOP + sản phẩm",
        "ĐẠT CHUẨN OCOP",
        "OCOP;",
    ],
)
def test_a_query_with_index_syntax_finds_the_article_its_words_are_in(
    crawled: Path, query: str
) -> None:
    assert hits(crawled, query)[:1] == [A]


@pytest.mark.parametrize("query", ["OR", "NOT", "AND OR NEAR", "NEAR(OCOP sản)"])
def test_a_query_of_operators_alone_finds_nothing_and_is_no_error(
    crawled: Path, query: str
) -> None:
    """`NEAR` is a plain word too, and every word is required: no page says "near"."""
    assert hits(crawled, query) == []
