"""Probes: `--since` and `--until` given as full ISO 8601 times, with and without an offset.

docs/database.md: the dates of `search` and `export` are `YYYY-MM-DD` (a bare `--until` date
includes that whole day) or full ISO 8601 times. A time names an instant: `07:20:06Z` and
`15:20:06+08:00` are the instant a Vietnamese page prints as `14:20:06` (+07:00), and a time
written without an offset is read as the Vietnamese local time the stored times are in. The
OCOP article of the mirror was published at 2022-09-22 14:20:06 +07:00: each bound is put a
second before, at, or a second after that instant, and the article must be in or out exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.harness import LIVE, article_path, database_copy, tinbao

OCOP = LIVE + article_path("105870")  # published 2022-09-22T14:20:06+07:00


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("bounds"))


def exported(db: Path, *bounds: str) -> set[str]:
    done = tinbao("export", "--db", str(db), "--format", "jsonl", *bounds)
    assert done.returncode == 0, done.stderr
    return {json.loads(line)["url"] for line in done.stdout.splitlines()}


def found(db: Path, *bounds: str) -> set[str]:
    done = tinbao("search", "--db", str(db), "--json", "OCOP", *bounds)
    assert done.returncode == 0, done.stderr
    return {json.loads(line)["url"] for line in done.stdout.splitlines()}


def test_a_since_time_in_utc_names_the_same_instant(db: Path) -> None:
    assert OCOP in exported(db, "--since", "2022-09-22T07:20:06Z")
    assert OCOP not in exported(db, "--since", "2022-09-22T07:20:07Z")


def test_a_since_time_at_another_offset_names_the_same_instant(db: Path) -> None:
    assert OCOP in exported(db, "--since", "2022-09-22T15:20:06+08:00")
    assert OCOP not in exported(db, "--since", "2022-09-22T15:20:07+08:00")


def test_an_until_time_in_utc_names_the_same_instant(db: Path) -> None:
    assert OCOP not in exported(db, "--until", "2022-09-22T07:20:05Z")
    assert OCOP in exported(db, "--until", "2022-09-22T07:20:06Z")


def test_search_reads_time_bounds_as_instants_too(db: Path) -> None:
    assert OCOP in found(db)
    assert OCOP not in found(db, "--since", "2022-09-22T07:20:07Z")
    assert OCOP in found(db, "--until", "2022-09-22T07:20:06Z")
    assert OCOP not in found(db, "--until", "2022-09-22T06:20:05-01:00")


def test_a_time_without_an_offset_is_vietnamese_local_time(db: Path) -> None:
    assert OCOP in exported(db, "--since", "2022-09-22T14:20:06")
    assert OCOP not in exported(db, "--since", "2022-09-22T14:20:07")
    assert OCOP in exported(db, "--until", "2022-09-22T14:20:06")
    assert OCOP not in exported(db, "--until", "2022-09-22T14:20:05")


def test_fractions_of_a_second_are_compared_as_time(db: Path) -> None:
    assert OCOP in exported(db, "--since", "2022-09-22T14:20:06.000+07:00")
    assert OCOP not in exported(db, "--since", "2022-09-22T14:20:06.500+07:00")
    assert OCOP not in exported(db, "--until", "2022-09-22T14:20:05.999+07:00")
    assert OCOP in exported(db, "--until", "2022-09-22T14:20:06.000+07:00")
