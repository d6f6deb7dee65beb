"""Articles published as the year turns in Vietnam: at 00:30 on 1 January 2025 (still 2024 in
UTC), at 23:59 on 31 December 2024, and at 06:59:59 on 1 January 2024 (the last second of 2023
in UTC).

Times and days are Vietnam's (+07:00; `export --help` and `search --help` bound the publish
day): each article is stored with its printed time at +07:00, `--since` and `--until` put it on
the day the paper printed, whatever the reader's zone, `stats` gives its day as the last
publish day, and the CSV holds the same time as the JSON Lines.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    MIRROR,
    article_path,
    crawl,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

NEW_YEAR = article_path("105870")  # OCOP
NEW_YEARS_EVE = article_path("104560")  # Làng chiếu Hới
YEAR_BEFORE = article_path("108990")  # Quỳnh Phụ
PRINTED = {
    NEW_YEAR: ("Thứ 5, 22/09/2022 | 14:20:06", "Thứ 4, 01/01/2025 | 00:30:00"),
    NEW_YEARS_EVE: ("Thứ 3, 12/04/2022 | 07:48:19", "Thứ 3, 31/12/2024 | 23:59:00"),
    YEAR_BEFORE: ("Chủ nhật, 25/02/2024 | 06:50:30", "Thứ 2, 01/01/2024 | 06:59:59"),
}
STORED = {
    NEW_YEAR: "2025-01-01T00:30:00+07:00",
    NEW_YEARS_EVE: "2024-12-31T23:59:00+07:00",
    YEAR_BEFORE: "2024-01-01T06:59:59+07:00",
}


def redate(old: str, new: str):
    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert f'<span class="date">{old}</span>' in text
        return text.replace(f'<span class="date">{old}</span>', f'<span class="date">{new}</span>')

    return lambda page: edit(page).encode("utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One crawl of the mirror with the three articles redated."""
    db = tmp_path_factory.mktemp("year_turns") / "news.db"
    faults = {path: Fault(edit=redate(*printed)) for path, printed in PRINTED.items()}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return db


def read(*words: str, zone: str | None = None) -> str:
    """The standard output of `tinbao WORDS…`, which must exit 0, in the zone given."""
    env = {**os.environ, "TZ": zone} if zone else None
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def exported(db: Path, *bounds: str, zone: str | None = None) -> list[str]:
    lines = read("export", "--db", str(db), *bounds, zone=zone).splitlines()
    return sorted(json.loads(line)["url"].split("baothaibinh.com.vn")[1] for line in lines)


def test_each_article_is_stored_at_its_printed_time(db: Path) -> None:
    rows = stored(db)
    for path, at in STORED.items():
        assert (rows[path]["published_at"], rows[path]["published_raw"]) == (
            at,
            PRINTED[path][1],
        )


def test_the_first_day_of_2025_holds_the_article_of_half_past_midnight(db: Path) -> None:
    assert exported(db, "--since", "2025-01-01") == [NEW_YEAR]
    assert exported(db, "--since", "2025-01-01", "--until", "2025-01-01") == [NEW_YEAR]


def test_the_last_day_of_2024_holds_its_last_minute_for_a_reader_in_utc(db: Path) -> None:
    day = ("--since", "2024-12-31", "--until", "2024-12-31")
    assert exported(db, *day, zone="UTC") == [NEW_YEARS_EVE]


def test_the_first_day_of_2024_holds_the_last_second_of_2023_in_utc(db: Path) -> None:
    assert exported(db, "--since", "2024-01-01", "--until", "2024-01-01") == [YEAR_BEFORE]
    assert YEAR_BEFORE not in exported(db, "--until", "2023-12-31")


def test_search_bounds_the_article_by_the_papers_day(db: Path) -> None:
    def found(*bounds: str) -> list[str]:
        lines = read("search", "bánh cáy", "--json", "--db", str(db), *bounds).splitlines()
        return [json.loads(line)["url"].split("baothaibinh.com.vn")[1] for line in lines]

    assert found("--since", "2025-01-01") == [NEW_YEAR]
    assert found("--until", "2024-12-31") == []


def test_stats_give_the_new_years_article_as_the_last_publish_day(db: Path) -> None:
    site = json.loads(read("stats", "--json", "--db", str(db)))
    assert site["last_published"] == STORED[NEW_YEAR]
    assert "2020-08-14 … 2025-01-01" in read("stats", "--db", str(db))


def test_the_csv_holds_the_time_the_json_lines_hold(db: Path) -> None:
    rows = csv.DictReader(io.StringIO(read("export", "--format", "csv", "--db", str(db))))
    times = {row["url"].split("baothaibinh.com.vn")[1]: row["published_at"] for row in rows}
    assert {path: times[path] for path in STORED} == STORED
