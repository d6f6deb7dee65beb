"""One `--jobdir` given to two crawls at once: a cron line copied for a second database (a
test copy, a second disk) that kept the first line's `--jobdir`, so two runs of the same site
share Scrapy's queue folder `DIR/<site>` while both run.

docs/scheduling.md: `--jobdir DIR` keeps Scrapy's JOBDIR per site; the next run with the same
`--jobdir` continues its queue. Scrapy's queue and seen-requests files are written by the run
that owns them; two runs writing them at once lose requests (one run's queue taken by the
other) or store into the wrong database. A user expects the second run to be turned away in one
line with exit 3 (as a second crawl of one database is), nothing fetched by it and nothing
stored in its database, the first run undisturbed; and the second run, started again once the
first has ended, to store every article in its own database.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    committed_count,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_pages import A


def started(site: FaultServer, db: Path, jobdir: Path) -> subprocess.Popen:
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={site.base_url}", "--jobdir", str(jobdir)]
    for setting in FAST:
        command += ["-s", setting]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(site: FaultServer, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while path not in site.paths():
        assert time.monotonic() < deadline, f"{path} never requested"
        time.sleep(0.05)


def test_a_second_crawl_on_a_jobdir_in_use_is_turned_away(tmp_path: Path) -> None:
    """The second run crawls the same mirror served on another port, so what it asks for is
    told apart from what the first run goes on asking for meanwhile."""
    jobdir = tmp_path / "jobs"
    first_db, second_db = tmp_path / "news.db", tmp_path / "copy.db"
    held = Fault(stall=90, times=1)
    with serving(MIRROR, {A: held}) as site, serving(MIRROR) as other:
        first = started(site, first_db, jobdir)
        try:
            wait_for(site, A)  # the first run is provably under way, its answer held
            second = crawl(other, second_db, "--jobdir", str(jobdir), timeout=60)
            asked_by_second = other.paths()
        finally:
            held.release()
            out, err = first.communicate(timeout=120)
        assert first.returncode == 0, out + err
        assert second.returncode == ExitCode.LOCKED, second.output
        assert "Traceback" not in second.stderr, second.stderr
        assert len(second.stderr.strip().splitlines()) == 1, second.stderr
        assert str(jobdir) in second.stderr, second.stderr
        assert asked_by_second == [], asked_by_second
        expect_rows(first_db, ARTICLES)
        assert integrity(first_db) == "ok"
        assert not second_db.exists() or not committed_count(second_db)
        again = crawl(other, second_db, "--jobdir", str(jobdir))
    assert again.returncode == 0, again.output
    expect_rows(second_db, ARTICLES)


def test_two_crawls_on_two_jobdirs_run_side_by_side(tmp_path: Path) -> None:
    """The control: two databases, two jobdirs, at once: both store everything."""
    held = Fault(stall=90, times=1)
    with serving(MIRROR, {A: held}) as site:
        first = started(site, tmp_path / "news.db", tmp_path / "jobs-a")
        try:
            wait_for(site, A)
            held.release()
            second = crawl(site, tmp_path / "copy.db", "--jobdir", str(tmp_path / "jobs-b"))
        finally:
            held.release()
            out, err = first.communicate(timeout=120)
    assert first.returncode == 0, out + err
    assert second.returncode == 0, second.output
    expect_rows(tmp_path / "news.db", ARTICLES)
    expect_rows(tmp_path / "copy.db", ARTICLES)


def hand_run(site: FaultServer, db: Path, jobdir: Path) -> list[str]:
    """`scrapy crawl` as a person or scrapyd runs it, its JOBDIR given as a setting."""
    words = [sys.executable, "-m", "scrapy", "crawl", SITE, "-a", f"base_url={site.base_url}"]
    for setting in (*FAST, f"TINBAO_DB={db}", f"JOBDIR={jobdir}"):
        words += ["-s", setting]
    return words


def _turned_away(second: subprocess.CompletedProcess[str], asked: list[str]) -> None:
    """The second crawl on a folder in use ended in one line, exit 3, asking the site for
    nothing."""
    assert second.returncode == ExitCode.LOCKED, second.stdout + second.stderr
    assert len(second.stderr.strip().splitlines()) == 1, second.stderr
    assert asked == [], asked


def test_a_second_hand_run_crawl_on_a_jobdir_in_use_is_turned_away(tmp_path: Path) -> None:
    """Two `scrapy crawl … -s JOBDIR=jobs` at once (a hand-run crawl beside a scrapyd job on
    one folder), each into its own database: the second ends in one line, exit 3, asking for
    nothing; the first is undisturbed; run again once the first has ended, it stores all."""
    jobdir = tmp_path / "jobs"
    first_db, second_db = tmp_path / "news.db", tmp_path / "copy.db"
    held = Fault(stall=90, times=1)
    with serving(MIRROR, {A: held}) as site, serving(MIRROR) as other:
        first = subprocess.Popen(
            hand_run(site, first_db, jobdir),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(site, A)
            second = subprocess.run(
                hand_run(other, second_db, jobdir),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            asked_by_second = other.paths()
        finally:
            held.release()
            out, err = first.communicate(timeout=120)
        assert first.returncode == 0, out + err
        _turned_away(second, asked_by_second)
        assert str(jobdir) in second.stderr, second.stderr
        expect_rows(first_db, ARTICLES)
        assert not second_db.exists() or not committed_count(second_db)
        again = subprocess.run(
            hand_run(other, second_db, jobdir), cwd=ROOT, capture_output=True, text=True
        )
    assert again.returncode == 0, again.stderr
    expect_rows(second_db, ARTICLES)


def test_a_hand_run_crawl_on_the_folder_of_a_tinbao_crawl_is_turned_away(tmp_path: Path) -> None:
    """`tinbao crawl --jobdir jobs` keeps the site's queue in `jobs/<site>`; a hand-run
    `scrapy crawl -s JOBDIR=jobs/<site>` meanwhile is the same folder, turned away alike."""
    jobdir = tmp_path / "jobs"
    held = Fault(stall=90, times=1)
    with serving(MIRROR, {A: held}) as site, serving(MIRROR) as other:
        first = started(site, tmp_path / "news.db", jobdir)
        try:
            wait_for(site, A)
            second = subprocess.run(
                hand_run(other, tmp_path / "copy.db", jobdir / SITE),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
        finally:
            held.release()
            out, err = first.communicate(timeout=120)
    assert first.returncode == 0, out + err
    _turned_away(second, other.paths())
    expect_rows(tmp_path / "news.db", ARTICLES)
