"""Settings given wrong: the project's `TINBAO_*` settings and the Scrapy settings a crawl leans
on, given as `-s NAME=VALUE` with an empty, negative, non-numeric, out-of-range or huge value,
or with no value at all; `TINBAO_DB` in the environment made of spaces.

A value that cannot mean anything is one line naming the setting and a non-zero exit before
anything is fetched (never a traceback, never a crawl that quietly does something else); a huge
value that still means something is taken for what it says.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, MIRROR, crawl, crawl_mirror, expect_rows, integrity
from tests.faults.server import serving

NONSENSE = [
    "TINBAO_DB_BATCH=0",
    "TINBAO_DB_BATCH=abc",
    "TINBAO_DB_BATCH=",
    "TINBAO_DB_FLUSH_SECONDS=-1",
    "TINBAO_RETRY_AFTER_MAX=-5",
    "TINBAO_MAX_ARTICLES_PER_RUN=-1",
    "TINBAO_EXTRACT_WORKERS=-2",
    "TINBAO_REFRESH_WINDOW_DAYS=nan",
    "TINBAO_REFRESH_AFTER_HOURS=1,,x",
    "TINBAO_MAX_FETCH_FAILURE_RATE=1.5",
    "TINBAO_STORE_HTML=maybe",
    "TINBAO_MAX_ERRORS=-1",
    "DOWNLOAD_TIMEOUT=-5",
    "CONCURRENT_REQUESTS=0",
    "LOG_LEVEL=LOUD",
]


def refused_in_one_line(returncode: int, output: str, stderr: str, name: str) -> None:
    """A non-zero exit and one `Error:` line naming the setting (under click's usage block at
    most, as every usage error of the command line)."""
    assert returncode not in (0, 130), output
    assert "Traceback" not in output, output
    lines = stderr.strip().splitlines()
    assert len(lines) <= 4, stderr
    assert lines[-1].startswith("Error: ") and name in lines[-1], stderr


@pytest.mark.parametrize("setting", NONSENSE)
def test_a_setting_that_cannot_mean_anything_is_one_line_before_fetching(
    tmp_path: Path, setting: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=(setting,), timeout=30)
        hits = site.paths()
    refused_in_one_line(run.returncode, run.output, run.stderr, setting.split("=")[0])
    assert hits == []


def test_a_huge_cap_on_listing_links_is_no_cap(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl_mirror(db, settings=("TINBAO_MAX_LINKS_PER_LISTING=99999999999999999999",))
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_setting_with_no_value_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        command = [
            sys.executable,
            "-c",
            "from crawler.cli import cli; cli()",
            "crawl",
            "baothaibinh",
        ]
        command += ["--db", str(db), "-a", f"base_url={site.base_url}", "-s", "DOWNLOAD_TIMEOUT"]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=30)
        hits = site.paths()
    assert done.returncode == 2, done.stderr
    refused_in_one_line(done.returncode, done.stderr, done.stderr, "DOWNLOAD_TIMEOUT")
    assert hits == []


def test_a_database_path_of_spaces_in_the_environment_is_one_line(tmp_path: Path) -> None:
    environ = {**os.environ, "TINBAO_DB": "   "}
    done = subprocess.run(
        [sys.executable, "-c", "from crawler.cli import cli; cli()", "stats"],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode not in (0, 130), done.stdout
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "variable", ["TINBAO_DB_BATCH=abc", "TINBAO_DB_BATCH=-4", "TINBAO_STORE_HTML=maybe"]
)
def test_an_environment_variable_that_cannot_mean_anything_is_one_line(
    tmp_path: Path, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cron and systemd set `TINBAO_*` in the environment (added after the blind run: a
    traceback from inside the settings module, or a negative batch taken)."""
    name, _, value = variable.partition("=")
    monkeypatch.setenv(name, value)
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, timeout=30)
        hits = site.paths()
    refused_in_one_line(run.returncode, run.output, run.stderr, f"environment variable {variable}")
    assert hits == []
