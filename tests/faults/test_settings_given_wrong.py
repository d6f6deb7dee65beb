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
from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import serving

NONSENSE = [
    pytest.param("TINBAO_DB_BATCH=0", marks=pytest.mark.xfail(strict=True, reason="accepted")),
    "TINBAO_DB_BATCH=abc",
    "TINBAO_DB_BATCH=",
    pytest.param(
        "TINBAO_DB_FLUSH_SECONDS=-1", marks=pytest.mark.xfail(strict=True, reason="accepted")
    ),
    pytest.param(
        "TINBAO_RETRY_AFTER_MAX=-5", marks=pytest.mark.xfail(strict=True, reason="accepted")
    ),
    pytest.param(
        "TINBAO_MAX_ARTICLES_PER_RUN=-1", marks=pytest.mark.xfail(strict=True, reason="accepted")
    ),
    pytest.param(
        "TINBAO_EXTRACT_WORKERS=-2", marks=pytest.mark.xfail(strict=True, reason="accepted")
    ),
    pytest.param(
        "TINBAO_REFRESH_WINDOW_DAYS=nan",
        marks=pytest.mark.xfail(strict=True, reason="a traceback at the start of the crawl"),
    ),
    pytest.param(
        "TINBAO_REFRESH_AFTER_HOURS=1,,x",
        marks=pytest.mark.xfail(strict=True, reason="a traceback at the start of the crawl"),
    ),
    pytest.param(
        "TINBAO_MAX_FETCH_FAILURE_RATE=1.5", marks=pytest.mark.xfail(strict=True, reason="accepted")
    ),
    "TINBAO_STORE_HTML=maybe",
    pytest.param(
        "TINBAO_MAX_ERRORS=-1",
        marks=pytest.mark.xfail(strict=True, reason="the whole site fetched, then failed"),
    ),
    pytest.param(
        "DOWNLOAD_TIMEOUT=-5",
        marks=pytest.mark.xfail(strict=True, reason="a traceback for every request"),
    ),
    pytest.param("CONCURRENT_REQUESTS=0", marks=pytest.mark.xfail(strict=True, reason="accepted")),
    pytest.param("LOG_LEVEL=LOUD", marks=pytest.mark.xfail(strict=True, reason="a traceback")),
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
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=("TINBAO_MAX_LINKS_PER_LISTING=99999999999999999999",))
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
