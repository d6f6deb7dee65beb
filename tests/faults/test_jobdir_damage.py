"""A `--jobdir` folder damaged between a stopped run and the next: the spider's saved state
emptied or cut short (a full disk when Scrapy wrote it at close), the queue's index cut short,
a queue file cut in half or turned into NUL bytes (what a power cut leaves of a file written
just before it on ext4).

docs/scheduling.md: `--jobdir DIR` keeps Scrapy's JOBDIR per site; a run interrupted with
Ctrl-C or one SIGTERM is continued by the next run with the same `--jobdir`; queue files a
killed run leaves are unusable, so the spider discards them and resumes from the database:
stored articles are not fetched again, nothing is stored twice. A damaged file is no reason for
a traceback or a lost article: the next run stores every article once and ends well.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding `news.db` and `job/` as a run stopped by SIGTERM leaves them: three
    articles stored, the others still in Scrapy's queue."""
    folder = tmp_path_factory.mktemp("stopped")
    db, jobdir = folder / "news.db", folder / "job"
    held = {path: Fault(stall=120) for path in list(ARTICLES)[3:]}
    with serving(MIRROR, held) as site:
        command = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
        command += ["-a", f"base_url={site.base_url}", "--jobdir", str(jobdir)]
        for setting in FAST:
            command += ["-s", setting]
        first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not any(hit.faulty for hit in site.hits):
            assert time.monotonic() < deadline and first.poll() is None, "no held article asked"
            time.sleep(0.05)
        first.send_signal(signal.SIGTERM)
        for fault in held.values():
            fault.release()
        assert first.wait(timeout=60) == 130
    assert set(stored(db)) < set(ARTICLES)
    assert (jobdir / SITE / "spider.state").stat().st_size > 0
    return folder


def queue_file(jobdir: Path) -> Path:
    """The one file of Scrapy's disk queue holding the stopped run's requests."""
    (file,) = [
        p
        for p in (jobdir / SITE / "requests.queue").rglob("*")
        if p.parent.name != "requests.queue" and p.is_file()
    ]
    return file


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def halved(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def zeroed(path: Path) -> None:
    path.write_bytes(b"\0" * path.stat().st_size)


DAMAGE: dict[str, tuple[Callable[[Path], Path], Callable[[Path], None]]] = {
    "state-empty": (lambda job: job / SITE / "spider.state", emptied),
    "state-cut": (lambda job: job / SITE / "spider.state", halved),
    "state-zeroed": (lambda job: job / SITE / "spider.state", zeroed),
    "index-cut": (lambda job: job / SITE / "requests.queue" / "active.json", halved),
    "queue-cut": (queue_file, halved),
    "queue-zeroed": (queue_file, zeroed),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_the_run_after_a_damaged_jobdir_stores_every_article_once(
    stopped: Path, tmp_path: Path, damage: str
) -> None:
    db = database_copy(stopped / "news.db", tmp_path)
    jobdir = tmp_path / "job"
    shutil.copytree(stopped / "job", jobdir)
    kept = set(stored(db))
    which, how = DAMAGE[damage]
    how(which(jobdir))
    with serving(MIRROR) as site:
        run = crawl(site, db, "--jobdir", str(jobdir))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert not kept & set(site.paths()), sorted(kept & set(site.paths()))


def test_the_run_after_that_one_continues_from_a_sound_jobdir(
    stopped: Path, tmp_path: Path
) -> None:
    """The damage is not carried on: a third run with the same folder ends well and asks for no
    stored article again."""
    db = database_copy(stopped / "news.db", tmp_path)
    jobdir = tmp_path / "job"
    shutil.copytree(stopped / "job", jobdir)
    emptied(jobdir / SITE / "spider.state")
    zeroed(queue_file(jobdir))
    with serving(MIRROR) as site:
        second = crawl(site, db, "--jobdir", str(jobdir))
        asked = len(site.hits)
        third = crawl(site, db, "--jobdir", str(jobdir))
        later = {hit.path for hit in site.hits[asked:]}
    assert (second.returncode, third.returncode) == (0, 0), second.output + third.output
    assert "Traceback" not in second.output + third.output
    assert not later & set(ARTICLES), sorted(later & set(ARTICLES))
    expect_rows(db, ARTICLES)
