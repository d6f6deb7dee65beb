"""`tinbao serve` asked for what Datasette offers on every table, as people click or script
it: one article's row page, the whole `articles` table as CSV (streamed, all rows), the table
filtered by a Vietnamese category, and the table search narrowed to one site.

README: `tinbao serve` is Datasette on the database with tinbao's metadata; docs/database.md:
facets by `site` and `category`, table search over `articles_search` with diacritics optional.
A user expects each of Datasette's own pages to answer (`200`) with exactly the stored values:
the article's row under its URL, every article once in the CSV with its text as stored (NFC),
the rows of the category asked for and nothing else.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, LIVE, database_copy, served

URLS = sorted(LIVE + path for path in ARTICLES)


@pytest.fixture(scope="module")
def base(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("rows"))
    with served(db) as url:
        yield url + "/news"


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as answer:
        assert answer.status == 200
        return answer.read()


def tilde(value: str) -> str:
    """Datasette's tilde encoding of a primary key in a row's URL."""
    safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(c if c in safe else "".join(f"~{b:02X}" for b in c.encode()) for c in value)


@pytest.mark.parametrize("path", list(ARTICLES)[:3])
def test_an_articles_row_page_is_that_article(base: str, path: str) -> None:
    answer = json.loads(fetch(f"{base}/articles/{tilde(LIVE + path)}.json?_shape=objects"))
    (row,) = answer["rows"]
    assert (row["url"], row["headline"]) == (LIVE + path, ARTICLES[path]["headline"])


def test_the_whole_table_as_streamed_csv_is_every_article_once(base: str) -> None:
    text = fetch(f"{base}/articles.csv?_stream=on&_size=max").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(row["url"] for row in rows) == URLS
    for row in rows:
        expected = ARTICLES[row["url"].removeprefix(LIVE)]
        assert row["headline"] == expected["headline"]
        assert unicodedata.is_normalized("NFC", row["body"])


def test_a_vietnamese_category_filter_gives_that_categorys_rows(base: str) -> None:
    category = next(r["category"] for r in ARTICLES.values() if r.get("category"))
    query = urllib.parse.urlencode({"category": category, "_shape": "array", "_size": "max"})
    rows = json.loads(fetch(f"{base}/articles.json?{query}"))
    expected = sorted(LIVE + p for p, r in ARTICLES.items() if r.get("category") == category)
    assert sorted(row["url"] for row in rows) == expected


def test_the_table_search_narrowed_to_a_site_finds_the_article(base: str) -> None:
    path, record = next(iter(ARTICLES.items()))
    words = " ".join(record["headline"].split()[:4])
    query = urllib.parse.urlencode(
        {"_search": words, "site": "baothaibinh", "_shape": "array", "_size": "max"}
    )
    rows = json.loads(fetch(f"{base}/articles.json?{query}"))
    assert LIVE + path in [row["url"] for row in rows]
    assert {row["site"] for row in rows} == {"baothaibinh"}
