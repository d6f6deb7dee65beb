"""The queries the documentation shows, run as written on the database of a crawl of the mirror:
README's `sqlite-utils` queries (the ten most viewed, articles per day, one article's view
counts) and its `tinbao search "dai hoi dang bo" --since 2024-01-01`; docs/database.md's
`sqlite-utils` queries (articles per site per month, the full-text search of `Thái Bình`).

README: instants are ISO 8601 with their offset, `+07:00` on Vietnamese pages, and the day an
article is on is the paper's day; `search` ignores diacritics, every word required, and
`--since` bounds the publish day. docs/database.md: `articles_search` holds the folded words of
headline, summary and body, tone marks ignored. Each query gives exactly what the stored
articles (every value of the mirror's `page.json`) say.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, LIVE, database_copy, tinbao

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")
README = (ROOT / "README.md").read_text(encoding="utf-8")
DATABASE_DOCS = (ROOT / "docs" / "database.md").read_text(encoding="utf-8")


def shown(doc: str, query: str) -> str:
    """`query`, checked to be written so in `doc` (white space aside): the probe runs the
    documentation's own text."""
    assert " ".join(query.split()) in " ".join(doc.split()), query
    return query


@pytest.fixture(scope="module")
def folder(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding `news.db`, the crawled mirror, where the queries are run as written."""
    folder = tmp_path_factory.mktemp("documented")
    database_copy(crawled_mirror, folder)
    return folder


def sqlite_utils(folder: Path, *words: str) -> str:
    done = subprocess.run(
        [str(SQLITE_UTILS), "news.db", *words], cwd=folder, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def table_rows(text: str) -> list[list[str]]:
    """The rows of a `--table` output (under its header and rule), cells split on two spaces."""
    lines = text.splitlines()
    return [re.split(r"\s{2,}", line.strip()) for line in lines[2:] if line.strip()]


def fold(text: str) -> list[str]:
    """The words of `text` lowercased, tone marks removed and `đ` read as `d`."""
    bare = (
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "d")
    )
    return re.findall(r"\w+", bare.lower())


def matching(query: str) -> set[str]:
    """The stored articles whose headline, summary and body hold every folded word of query."""
    words = set(fold(query))
    return {
        path
        for path, r in ARTICLES.items()
        if words <= set(fold(" ".join(r[k] or "" for k in ("headline", "summary", "body"))))
    }


def test_readmes_ten_most_viewed_are_the_ten_largest_counts(folder: Path) -> None:
    text = sqlite_utils(
        folder,
        shown(
            README,
            "select headline, published_at, views from articles\n"
            "  where site = 'baothaibinh' order by views desc limit 10",
        ),
        "--table",
    )
    ranked = sorted(
        (r for r in ARTICLES.values() if r["views"] is not None), key=lambda r: -r["views"]
    )[:10]
    assert table_rows(text) == [[r["headline"], r["published_at"], str(r["views"])] for r in ranked]


def test_readmes_articles_per_day_count_each_article_on_its_papers_day(folder: Path) -> None:
    """An article published at 06:50 on 25 February (+07:00) is on the paper's 25 February, as
    `published_at` prints it (the README's query read `date(published_at)`, the UTC day)."""
    text = sqlite_utils(
        folder,
        shown(
            README,
            "select substr(published_at, 1, 10) as day, count(*) from articles\n"
            "  group by day order by day desc limit 14",
        ),
        "--table",
    )
    days = Counter(r["published_at"][:10] for r in ARTICLES.values() if r["published_at"])
    expected = sorted(days.items(), reverse=True)[:14]
    assert table_rows(text) == [[day, str(count)] for day, count in expected]


def test_readmes_view_counts_of_one_article_are_its_observation(folder: Path) -> None:
    url = f"{LIVE}/tin-tuc/12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx"
    query = f"select observed_at, views from view_counts\n  where url = '{url}'"
    text = sqlite_utils(folder, shown(README, query))
    rows = json.loads(text)
    assert [row["views"] for row in rows] == [9330]
    assert rows[0]["observed_at"].endswith("+07:00")


def test_the_readmes_search_since_2024_gives_the_matching_articles_of_2024(folder: Path) -> None:
    shown(README, 'tinbao search "dai hoi dang bo" --since 2024-01-01')
    done = tinbao(
        "search", "dai hoi dang bo", "--since", "2024-01-01", "--db", str(folder / "news.db"),
        "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = {json.loads(line)["url"].removeprefix(LIVE) for line in done.stdout.splitlines()}
    expected = {p for p in matching("dai hoi dang bo") if ARTICLES[p]["published_at"] >= "2024"}
    assert found == expected


def test_the_readmes_search_without_since_gives_every_matching_article(folder: Path) -> None:
    done = tinbao("search", "dai hoi dang bo", "--db", str(folder / "news.db"), "--json")
    assert done.returncode == 0, done.stderr
    found = {json.loads(line)["url"].removeprefix(LIVE) for line in done.stdout.splitlines()}
    assert found == matching("dai hoi dang bo")
    assert "/tin-tuc/12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx" in found


def test_the_database_docs_articles_per_site_per_month(folder: Path) -> None:
    text = sqlite_utils(
        folder,
        shown(
            DATABASE_DOCS,
            "select site, substr(published_at, 1, 7) as month, count(*) as n\n"
            "  from articles group by site, month order by month desc",
        ),
        "--table",
    )
    months = Counter(r["published_at"][:7] for r in ARTICLES.values() if r["published_at"])
    rows = table_rows(text)
    dated = [row for row in rows if len(row) == 3]
    assert dated == [["baothaibinh", month, str(n)] for month, n in sorted(months.items())[::-1]]
    assert rows[len(dated) :] == [["baothaibinh", "1"]]  # the undated article, month NULL


def test_the_database_docs_full_text_search_of_thai_binh(folder: Path) -> None:
    text = sqlite_utils(
        folder,
        shown(
            DATABASE_DOCS,
            "select a.url, a.headline from articles_search s\n"
            "  join articles a on a.rowid = s.rowid\n"
            "  where articles_search match 'Thái Bình' order by s.rank limit 10",
        ),
        "--table",
    )
    found = {row[0].removeprefix(LIVE): row[1] for row in table_rows(text)}
    expected = matching("Thái Bình")
    assert len(found) == min(10, len(expected))
    assert set(found) <= expected
    assert all(found[p] == ARTICLES[p]["headline"] for p in found)
