"""`--since` and `--until` days written the ways people type them: without the leading zeros
(`2024-5-18`), with slashes (`2024/05/18`), in ISO's basic form (`20240518`), with a space
pasted before or after, and a `crawl --since` without zeros.

`--help` names the form `%Y-%m-%d` (`crawl`) or a DATE (`export`, `search`). A day the command
reads is that day, never another: the same rows as the day written in full, or, for a form it
does not take, a usage error in one line naming what was given (exit 2), never a traceback.
The mirror's articles are published from 2020 to 2024, one on 18 May 2024 at 21:04, the next
on 3 June 2024, so a day read wrong shows in the rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    crawl_mirror,
    database_copy,
    expected_records,
    integrity,
    stored,
    tinbao,
)
from tests.faults.test_operators import one_line

DAY = "2024-05-18"


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("since_spellings"))


def urls(done) -> list[str]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return [json.loads(line)["url"] for line in done.stdout.splitlines()]


def exported(db: Path, *words: str) -> list[str]:
    return urls(tinbao("export", *words, "--db", str(db)))


def since_day() -> list[str]:
    """The URLs of the articles published on or after DAY."""
    records = expected_records()
    dated = [r for r in records.values() if r["body"] and r["published_at"]]
    return [r["url"] for r in dated if r["published_at"] >= DAY]


def test_the_day_in_full_exports_the_articles_since_it(db: Path) -> None:
    assert sorted(exported(db, "--since", DAY)) == sorted(since_day())
    assert len(since_day()) == 4


@pytest.mark.parametrize(
    "spelling", ["2024-5-18", "2024/05/18", "20240518", " 2024-05-18", "2024-05-18 "], ids=repr
)
def test_a_day_in_another_form_is_that_day_or_a_usage_error(db: Path, spelling: str) -> None:
    """`export --since`, `export --until` and `search --since`: what the day written in full
    gives, or exit 2 and one line naming the day as given."""
    for command in (
        ("export", "--since"),
        ("export", "--until"),
        ("search", "Thái Bình", "--since"),
    ):
        done = tinbao(*command, spelling, "--db", str(db))
        if done.returncode == ExitCode.USAGE:
            one_line(done, spelling.strip())
            continue
        full = tinbao(*command, DAY, "--db", str(db))
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        assert done.stdout == full.stdout, (command, spelling)


def test_a_crawl_since_a_day_without_leading_zeros_skips_the_older_articles(
    tmp_path: Path,
) -> None:
    full, short = tmp_path / "full.db", tmp_path / "short.db"
    assert crawl_mirror(full, "--since", "2024-06-03").returncode == 0
    run = crawl_mirror(short, "--since", "2024-6-3")
    assert run.returncode == 0, run.output
    assert sorted(stored(short)) == sorted(stored(full))
    assert 0 < len(stored(short)) < len(ARTICLES)
    assert integrity(short) == "ok"
