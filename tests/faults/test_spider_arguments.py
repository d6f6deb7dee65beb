"""Spider arguments given to a crawl: values no crawl can mean (a negative or wordy `limit`, an
impossible or day-first `since`, a `base_url` of another scheme, a flag that is no flag), a
misspelled argument, the same refusal from `scrapy crawl`, and the values that work.

README: spider arguments are checked before anything is fetched: a bad value is one `error:`
line and exit 2, from `scrapy crawl` as from `tinbao crawl`. `limit=N` stops after N article
pages; `since=YYYY-MM-DD` skips older articles.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, VIDEO, crawl, stored
from tests.faults.server import serving

BAD_VALUES = (
    "limit=-3",
    "limit=ten",
    "limit=",
    "since=2024-13-01",
    "since=18/05/2024",
    "base_url=ftp://127.0.0.1:21",
    "full=maybe",
)


def refused_before_fetching(done: subprocess.CompletedProcess | object, hits: list, word: str):
    stderr = done.stderr
    assert done.returncode == 2, (done.returncode, stderr)
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) <= 4, stderr  # click's usage block at most
    assert word in lines[-1], lines[-1]
    assert hits == [], [hit.path for hit in hits]


@pytest.mark.parametrize("argument", BAD_VALUES)
def test_a_bad_argument_value_is_one_line_before_fetching(tmp_path: Path, argument: str) -> None:
    with serving(MIRROR) as site:
        # base_url is given by the harness first; a second base_url replaces it.
        run = crawl(site, tmp_path / "news.db", "-a", argument)
    refused_before_fetching(run, site.hits, argument.split("=")[0])


def test_a_misspelled_argument_is_refused_before_fetching(tmp_path: Path) -> None:
    with serving(MIRROR) as site:
        run = crawl(site, tmp_path / "news.db", "-a", "limt=3")
    refused_before_fetching(run, site.hits, "limt")


def test_scrapy_crawl_refuses_a_bad_limit_as_tinbao_crawl_does(tmp_path: Path) -> None:
    with serving(MIRROR) as site:
        command = [sys.executable, "-m", "scrapy", "crawl", SITE]
        command += ["-a", f"base_url={site.base_url}", "-a", "limit=-3"]
        command += ["-s", f"TINBAO_DB={tmp_path / 'news.db'}"]
        for setting in FAST:
            command += ["-s", setting]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line.lower()]
    assert len(errors) == 1 and "limit" in errors[0], errors
    assert site.hits == []


def test_a_limit_of_three_fetches_three_article_pages(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, "-a", "limit=3")
    assert run.returncode == 0, run.output
    articles = [hit.path for hit in site.hits if hit.path in ARTICLES or hit.path == VIDEO]
    assert len(articles) == 3, articles
    rows = stored(db)
    assert sorted(rows) == sorted(path for path in articles if path != VIDEO)


def test_since_keeps_the_articles_of_that_day_and_later(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, "-a", "since=2024-05-18")
    assert run.returncode == 0, run.output
    dated = {path for path, row in stored(db).items() if row["published_at"] is not None}
    expected = {
        path
        for path, record in ARTICLES.items()
        if record["published_at"] and record["published_at"] >= "2024-05-18"
    }
    assert dated == expected
    assert len(expected) == 4
