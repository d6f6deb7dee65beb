"""Probes: the Datasette of `tinbao serve`, its canned queries and its table search, given what
people type into a browser's address bar.

docs/database.md: `search_folded` is the diacritic-free search (`?q=dai hoi dang bo`), ranked;
`most_viewed_7_days` the most viewed articles published in the last 7 days;
`articles_per_site_per_day` articles per site per day over the last 30 days; `view_growth`
every view-count observation of one article (`?url=…`); the table's `_search` box takes words
typed with or without diacritics, `đ` included. `tinbao search` reads quotes, `*`, `-`,
AND/OR/NEAR and parentheses as plain words, and days are Vietnamese days (+07:00). A query must
answer with rows (never a server error for what was typed), and the rows must be the true ones.
Three articles of the crawled mirror are moved into the last week by another program (an
`UPDATE` of `published_at`), one of them half an hour after a Vietnamese midnight.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    database_copy,
    get_json,
    served,
    served_route,
)

VN = timezone(timedelta(hours=7))
TODAY = datetime.now(VN).date()
OCOP = LIVE + article_path("105870")  # 642 views
CONGRESS = LIVE + article_path("102296")  # 9,330 views; "Đại hội Đảng bộ" in its headline
PRIZES = LIVE + article_path("108765")  # 12,405 views
ONE_DAY_AGO = f"{TODAY - timedelta(days=1)}T00:30:00+07:00"
TWO_DAYS_AGO = f"{TODAY - timedelta(days=2)}T12:00:00+07:00"
TEN_DAYS_AGO = f"{TODAY - timedelta(days=10)}T12:00:00+07:00"

# View counts of one address written by another program, some in UTC (`Z`) or at -05:00: in the
# order of their instants (01:00, 01:30, 02:00, 02:30 UTC), not of their text.
WATCHED = LIVE + "/tin-tuc/15/200040/theo-doi-luot-xem"
WATCHED_COUNTS = [
    ("2026-01-01T08:00:00+07:00", 100),
    ("2026-01-01T01:30:00Z", 150),
    ("2025-12-31T21:00:00-05:00", 180),
    ("2026-01-01T09:30:00+07:00", 200),
]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def holding(*words: str) -> set[str]:
    """The mirror's stored articles whose headline, summary or body hold every word, folded."""
    return {
        LIVE + path
        for path, record in ARTICLES.items()
        if set(words)
        <= set(
            re.findall(
                r"\w+", fold(" ".join(record[k] or "" for k in ("headline", "summary", "body")))
            )
        )
    }


@pytest.fixture(scope="module")
def base(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("canned"))
    conn = sqlite3.connect(db)
    with conn:
        for url, when in ((OCOP, ONE_DAY_AGO), (CONGRESS, TWO_DAYS_AGO), (PRIZES, TEN_DAYS_AGO)):
            conn.execute("UPDATE articles SET published_at = ? WHERE url = ?", (when, url))
        conn.executemany(
            "INSERT INTO view_counts (url, observed_at, views) VALUES (?, ?, ?)",
            [(WATCHED, when, views) for when, views in WATCHED_COUNTS],
        )
    conn.close()
    with served(db) as root:
        yield served_route(root)


def which(row: dict) -> str:
    """The article a row names: its `url`, else the article of its headline."""
    if "url" in row:
        return row["url"]
    (url,) = [LIVE + p for p, r in ARTICLES.items() if r["headline"] == row["headline"]]
    return url


def query(base: str, name: str, **params: str) -> list[dict]:
    """The rows of a canned query (or table), failing on any answer but 200."""
    url = f"{base}/{name}.json?" + urllib.parse.urlencode({**params, "_shape": "array"})
    try:
        return get_json(url)
    except urllib.error.HTTPError as error:
        pytest.fail(f"{url}: HTTP {error.code}: {error.read()[:300]!r}")


def test_folded_search_ranks_the_article_named_by_the_words_first(base: str) -> None:
    rows = query(base, "search_folded", q="dai hoi dang bo")
    assert {which(row) for row in rows} == holding("dai", "hoi", "dang", "bo")
    assert which(rows[0]) == CONGRESS


def test_folded_search_reads_index_syntax_as_plain_words(base: str) -> None:
    plain = {which(row) for row in query(base, "search_folded", q="OCOP")}
    assert plain == holding("ocop")
    for typed in ('"OCOP', "(OCOP*", "OCOP -", "NEAR(OCOP"):
        words = re.findall(r"\w+", fold(typed))
        found = {which(row) for row in query(base, "search_folded", q=typed)}
        assert found == holding(*words), typed


def test_the_table_search_box_finds_words_typed_with_or_without_marks(base: str) -> None:
    expected = holding("dat", "chuan")
    assert OCOP in expected
    for typed in ("đạt chuẩn", "dat chuan", "ĐẠT CHUẨN"):
        rows = query(base, "articles", _search=typed, _size="max")
        assert {which(row) for row in rows} == expected, typed


def test_the_table_search_box_reads_quotes_spaces_and_nul_as_no_words(base: str) -> None:
    for typed in ('"', '""', " ", '" "', "\x00"):
        assert query(base, "articles", _search=typed) == [], repr(typed)
    for typed in ('"OCOP', 'OCOP"', "OCOP\x00", "^OCOP*"):
        rows = query(base, "articles", _search=typed, _size="max")
        assert {which(row) for row in rows} == holding("ocop"), repr(typed)


def test_view_growth_of_an_article_and_of_an_address_never_stored(base: str) -> None:
    rows = query(base, "view_growth", url=OCOP)
    assert [row["views"] for row in rows] == [642]
    assert query(base, "view_growth", url=LIVE + "/tin-tuc/15/1/khong-co") == []


def test_view_growth_follows_the_instants_whatever_their_offsets(base: str) -> None:
    rows = query(base, "view_growth", url=WATCHED)
    assert [(row["observed_at"], row["views"]) for row in rows] == WATCHED_COUNTS
    assert [row["gained"] for row in rows] == [None, 50, 30, 20]


def test_most_viewed_of_the_last_seven_days_are_those_published_in_them(base: str) -> None:
    rows = query(base, "most_viewed_7_days")
    assert [which(row) for row in rows] == [CONGRESS, OCOP]


def test_articles_per_day_count_vietnamese_days(base: str) -> None:
    rows = query(base, "articles_per_site_per_day")
    counted = set()
    for row in rows:
        (day,) = [
            v for v in row.values() if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)
        ]
        (count,) = [v for v in row.values() if isinstance(v, int)]
        assert "baothaibinh" in row.values(), row
        counted.add((day, count))
    assert counted == {
        (str(TODAY - timedelta(days=1)), 1),
        (str(TODAY - timedelta(days=2)), 1),
        (str(TODAY - timedelta(days=10)), 1),
    }
