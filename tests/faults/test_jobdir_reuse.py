"""`--jobdir` as a schedule really uses it: the folder of a finished run given again to the next
day's run (which has a new article to find), given to a run into another, new database, named
in Vietnamese letters with spaces, and a run stopped by SIGTERM resumed with it.

`crawl --help`: `--jobdir DIRECTORY` keeps resumable state there, one folder per site; rerun
with it to resume. docs/scheduling.md: the state is Scrapy's JOBDIR in `DIR/<site>`; a run
interrupted with Ctrl-C or one SIGTERM is continued by the next run with the same `--jobdir`;
nothing is stored twice. `crawl --help`: articles already stored are not downloaded again. So
a jobdir holds the state of the crawl it was given to, never a reason to miss an article a
database lacks.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    LIVE,
    MIRROR,
    SITE,
    crawl,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_href_spellings import NEW, site_linking_new


def crawled(site: FaultServer, db: Path, jobdir: Path) -> None:
    """A crawl of `site` into `db` with `--jobdir JOBDIR`, which must end well."""
    run = crawl(site, db, "--jobdir", str(jobdir))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr


def test_a_finished_runs_jobdir_given_to_the_next_run_finds_the_new_article(
    tmp_path: Path,
) -> None:
    db, jobdir = tmp_path / "news.db", tmp_path / "job"
    with serving(MIRROR) as site:
        crawled(site, db, jobdir)
    with serving(site_linking_new(tmp_path, f"{LIVE}{NEW}")) as site:
        crawled(site, db, jobdir)
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, NEW])
    assert integrity(db) == "ok"


def test_a_jobdir_given_to_a_run_into_a_new_database_stores_every_article(
    tmp_path: Path,
) -> None:
    """The folder is named in Vietnamese letters with spaces, and holds one for the site."""
    jobdir = tmp_path / "sao lưu thu thập"
    with serving(MIRROR) as site:
        crawled(site, tmp_path / "first.db", jobdir)
        assert (jobdir / SITE).is_dir()
        crawled(site, tmp_path / "second.db", jobdir)
    expect_rows(tmp_path / "second.db", ARTICLES)


def test_a_run_stopped_by_sigterm_is_continued_with_its_jobdir(tmp_path: Path) -> None:
    """Run 1 is stopped once four articles were asked for; run 2 with the same `--jobdir`
    stores every article once, asking for none that run 1 stored."""
    db, jobdir = tmp_path / "news.db", tmp_path / "job"
    slow = {path: Fault(stall=0.25) for path in ARTICLES}
    with serving(MIRROR, slow) as site:
        command = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
        command += ["-a", f"base_url={site.base_url}", "--jobdir", str(jobdir)]
        for setting in FAST:
            command += ["-s", setting]
        first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(set(site.paths()) & set(ARTICLES)) < 4:
            assert time.monotonic() < deadline and first.poll() is None, "no article asked"
            time.sleep(0.05)
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=60) == 130
        kept = set(stored(db))
        asked = len(site.hits)
        again = crawl(site, db, "--jobdir", str(jobdir))
        later = {hit.path for hit in site.hits[asked:]}
    assert again.returncode == 0, again.output
    assert kept < set(ARTICLES)
    assert not kept & later, sorted(kept & later)
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
