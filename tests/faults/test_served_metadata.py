"""What `tinbao serve` shows of a crawled database, against docs/database.md: a description for
every table and every column the document lists, the default facets by `site` and `category`
on `articles` with its rows newest first, and its JSON API examples run as written (the `site`
facet, `search_folded` of `dai hoi dang bo`, `view_growth` of one article).

docs/database.md ("Datasette"): titles and a description for every table and column; facets by
`site` and `category` on `articles`, newest first; `search_folded` is diacritic-free search
(every word required, as `tinbao search`); `view_growth` lists every view-count observation of
one article. Each answer holds exactly what the stored articles (the mirror's `page.json`) say.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, LIVE, database_copy, served
from tests.faults.test_documented_queries import matching

DOCS = (ROOT / "docs" / "database.md").read_text(encoding="utf-8")


def documented() -> dict[str, list[str]]:
    """The tables docs/database.md describes with a column table, and their columns."""
    tables: dict[str, list[str]] = {}
    for section in re.split(r"^### ", DOCS, flags=re.M)[1:]:
        name = re.match(r"`(\w+)`\n", section)
        first = re.search(r"^\|.*\|\n(?:^\|.*\|\n)+", section, flags=re.M)  # its column table
        columns = re.findall(r"^\| `(\w+)` \|", first[0] if first else "", flags=re.M)
        if name and columns:
            tables[name[1]] = columns
    return tables


TABLES = documented()


@pytest.fixture(scope="module")
def base(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of `tinbao serve` on a crawl of the mirror stored as `news.db`."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("served"))
    with served(db) as url:
        yield url


def get(url: str):
    with urllib.request.urlopen(url, timeout=20) as answer:
        return json.loads(answer.read())


def test_the_documents_tables_are_the_ones_this_probe_reads() -> None:
    assert {"articles", "view_counts", "article_revisions", "crawls", "pages"} <= set(TABLES)
    assert "headline" in TABLES["articles"] and "observed_at" in TABLES["view_counts"]


def test_every_documented_column_has_a_description(base: str) -> None:
    tables = get(f"{base}/-/metadata.json")["databases"]["news"]["tables"]
    bare = {
        table: [c for c in columns if not tables.get(table, {}).get("columns", {}).get(c)]
        for table, columns in TABLES.items()
    }
    assert {table: missing for table, missing in bare.items() if missing} == {}


def test_every_documented_table_has_a_title_and_a_description(base: str) -> None:
    tables = get(f"{base}/-/metadata.json")["databases"]["news"]["tables"]
    bare = {
        table: sorted({"title", "description"} - {k for k, v in tables.get(table, {}).items() if v})
        for table in TABLES
    }
    assert {table: missing for table, missing in bare.items() if missing} == {}


def test_the_articles_table_is_faceted_by_site_and_category_newest_first(base: str) -> None:
    page = get(f"{base}/news/articles.json?_shape=objects&_size=max")
    facets = page["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert {"site", "category"} <= set(facets)
    categories = Counter(r["category"] for r in ARTICLES.values() if r["category"])
    shown = {item["value"]: item["count"] for item in facets["category"]["results"]}
    assert shown == dict(categories)
    dates = [row["published_at"] for row in page["rows"] if row["published_at"]]
    assert dates == sorted(dates, reverse=True)


def test_the_documents_site_facet_example(base: str) -> None:
    page = get(f"{base}/news/articles.json?_facet=site&_shape=objects")
    facets = page["facet_results"]
    facets = facets.get("results", facets)
    assert [(i["value"], i["count"]) for i in facets["site"]["results"]] == [
        ("baothaibinh", len(ARTICLES))
    ]


def test_the_documents_search_folded_example(base: str) -> None:
    rows = get(f"{base}/news/search_folded.json?q=dai+hoi+dang+bo&_shape=array")
    assert {row["url"].removeprefix(LIVE) for row in rows} == matching("dai hoi dang bo")


def test_the_documents_view_growth_example_for_a_stored_article(base: str) -> None:
    url = f"{LIVE}/tin-tuc/12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx"
    query = urllib.parse.urlencode({"url": url})
    rows = get(f"{base}/news/view_growth.json?{query}&_shape=array")
    assert [row["views"] for row in rows] == [9330]
