"""A machine without the time-zone database (a slim container image: no /usr/share/zoneinfo),
played by pointing Python's zone search path (`PYTHONTZPATH`) at an empty
folder: a crawl, then every reader with day bounds.

README: instants are ISO 8601 with their offset, `+07:00` on Vietnamese pages; local time is
Asia/Ho_Chi_Minh, which has kept `+07:00` without daylight saving since 1975. Nothing a crawl
stores or a reader prints needs the zone database: the crawl stores every record exactly as on
any machine, and `export`, `search`, `stats`, `history` answer exactly what they answer with
the zone database, or (if tinbao does need it) a command says so in one line, never with a
traceback and never with other times.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    database_copy,
    expect_rows,
    integrity,
    stored,
    tinbao,
)
from tests.faults.server import serving

READERS = [
    ("export", "--format", "jsonl", "--since", "2022-09-22", "--until", "2024-05-20"),
    ("export", "--format", "csv"),
    ("search", "OCOP", "--json", "--since", "2022-01-01"),
    ("stats", "--json"),
    ("history", "--json"),
]


@pytest.fixture(scope="module")
def no_zones(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a machine whose Python finds no time zone."""
    empty = tmp_path_factory.mktemp("zoneinfo")
    return {**os.environ, "PYTHONTZPATH": str(empty), "TZ": "Asia/Ho_Chi_Minh"}


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


def test_a_crawl_stores_every_record_exactly(tmp_path: Path, no_zones: dict[str, str]) -> None:
    db = tmp_path / "news.db"
    words = ["crawl", SITE, "--db", str(db)]
    with serving(MIRROR) as site:
        words += ["-a", f"base_url={site.base_url}"]
        for setting in FAST:
            words += ["-s", setting]
        done = tinbao(*words, env=no_zones, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    for row in stored(db).values():
        assert row["fetched_at"].endswith("+07:00"), row["fetched_at"]
        assert row["first_seen_at"].endswith("+07:00"), row["first_seen_at"]


@pytest.mark.parametrize("words", READERS, ids=lambda words: " ".join(words[:2]))
def test_a_reader_answers_as_with_the_zone_database(
    crawled: Path, no_zones: dict[str, str], words: tuple[str, ...]
) -> None:
    usual = tinbao(*words, "--db", str(crawled))
    assert usual.returncode == 0, usual.stderr
    done = tinbao(*words, "--db", str(crawled), env=no_zones)
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stdout == ""
    else:
        assert done.stdout == usual.stdout
        assert done.stderr == usual.stderr
