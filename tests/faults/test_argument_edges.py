"""Readers and `extract` given arguments at the edges of what a date can be: the first and last
days the calendar of a `YYYY-MM-DD` holds, a year of five digits, an empty date, a day February
does not have, the largest `--limit` `history` takes, a fetch time in the year 1 or 9999, and a
crawl `--since` the year 1.

`export --help`, `search --help`: `--since DATE` and `--until DATE` bound the publish day;
README: `2` is bad usage (one line on stderr), a value that cannot be read is NULL (never a
guess); `history --help`: `--limit` from 1 to 100000; `extract --help`: `--fetched-at` anchors
relative dates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl_mirror,
    database_copy,
    expect_rows,
    expected_records,
    integrity,
    tinbao,
)

A = article_path("105870")
PAGE_A = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")
PUBLISH_LINE = "Thứ 5, 22/09/2022 | 14:20:06"


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("edges"))


def urls(stdout: str) -> list[str]:
    return [json.loads(line)["url"] for line in stdout.splitlines()]


def one_line_usage_error(done) -> None:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout == ""


def test_the_widest_bounds_export_every_dated_article(db: Path) -> None:
    """Every article the calendar can date; the one printing no publish time (`Đang cập nhật`)
    has no day to be on or after any other."""
    done = tinbao("export", "--db", str(db), "--since", "0001-01-01", "--until", "9999-12-31")
    assert done.returncode == 0, done.stderr
    dated = [LIVE + path for path, record in ARTICLES.items() if record["published_at"]]
    assert len(dated) == len(ARTICLES) - 1
    assert sorted(urls(done.stdout)) == sorted(dated)


def test_the_widest_bounds_search_as_no_bounds(db: Path) -> None:
    plain = tinbao("search", "OCOP", "--json", "--db", str(db))
    wide = tinbao(
        "search", "OCOP", "--json", "--db", str(db), "--since", "0001-01-01", "--until",
        "9999-12-31",
    )  # fmt: skip
    assert (plain.returncode, wide.returncode) == (0, 0), (plain.stderr, wide.stderr)
    assert LIVE + A in urls(plain.stdout)
    assert urls(wide.stdout) == urls(plain.stdout)


def test_an_until_of_the_first_day_of_the_calendar_exports_nothing(db: Path) -> None:
    done = tinbao("export", "--db", str(db), "--until", "0001-01-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "words",
    [
        ("export", "--since", "10000-01-01"),
        ("export", "--since", ""),
        ("search", "OCOP", "--until", ""),
        ("export", "--since", "2024-02-30"),
        ("search", "OCOP", "--since", "0000-12-31"),
    ],
    ids=["five_digit_year", "empty_since", "empty_until", "february_30", "year_zero"],
)
def test_a_date_no_calendar_has_is_a_usage_error(db: Path, words: tuple[str, ...]) -> None:
    one_line_usage_error(tinbao(*words, "--db", str(db)))


def test_the_largest_history_limit_lists_every_run(db: Path) -> None:
    done = tinbao("history", "--db", str(db), "--limit", "100000", "--json")
    assert done.returncode == 0, done.stderr
    runs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [run["status"] for run in runs] == ["finished"]


def extract(tmp_path: Path, page: str, fetched_at: str) -> dict:
    file = tmp_path / "page.html"
    file.write_text(page, encoding="utf-8")
    done = tinbao("extract", "--url", LIVE + A, "--fetched-at", fetched_at, str(file))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def test_a_relative_date_before_the_year_one_is_null_with_its_raw_text(tmp_path: Path) -> None:
    """`2 giờ trước` fetched at 01:00 on 1 January of the year 1: two hours before is no date
    a record can hold; NULL, the raw text kept."""
    record = extract(tmp_path, PAGE_A.replace(PUBLISH_LINE, "2 giờ trước"), "0001-01-01T01:00:00")
    assert (record["published_at"], record["published_raw"]) == (None, "2 giờ trước")


def test_a_relative_date_in_the_last_year_of_the_calendar_is_read(tmp_path: Path) -> None:
    record = extract(
        tmp_path, PAGE_A.replace(PUBLISH_LINE, "2 giờ trước"), "9999-12-31T23:00:00+07:00"
    )
    assert (record["published_at"], record["published_raw"]) == (
        "9999-12-31T21:00:00+07:00",
        "2 giờ trước",
    )


def test_a_fetch_time_in_the_first_hour_of_the_calendar_reads_a_printed_date(
    tmp_path: Path,
) -> None:
    """A fetch time whose instant in UTC falls before the year 1 (`0001-01-01T00:30:00`, Vietnam
    seven hours ahead): the printed publish line is read as printed."""
    record = extract(tmp_path, PAGE_A, "0001-01-01T00:30:00+07:00")
    assert record["published_raw"] == PUBLISH_LINE
    assert record["published_at"] in (None, expected_records()[A]["published_at"])


def test_a_crawl_since_the_year_one_stores_every_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl_mirror(db, "--since", "0001-01-01")
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
