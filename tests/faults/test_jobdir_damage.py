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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    Run,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving


@dataclass
class Stopped:
    """A stopped run's `news.db` and `job/` in `folder`, and the site it crawled, still up
    (the next run resumes requests for the same host and port)."""

    folder: Path
    site: FaultServer

    def copy(self, tmp_path: Path) -> tuple[Path, Path]:
        """This test's own copy of the database and the jobdir."""
        db = database_copy(self.folder / "news.db", tmp_path)
        jobdir = tmp_path / "job"
        shutil.copytree(self.folder / "job", jobdir)
        return db, jobdir

    def crawl(self, db: Path, jobdir: Path) -> tuple[Run, set[str]]:
        """A run with the jobdir, and the paths it asked for."""
        asked = len(self.site.hits)
        run = crawl(self.site, db, "--jobdir", str(jobdir))
        return run, {hit.path for hit in self.site.hits[asked:]}


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stopped]:
    """`news.db` and `job/` as a run stopped by SIGTERM leaves them: three articles stored,
    the others still in Scrapy's queue."""
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
        yield Stopped(folder, site)


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
    "index-cut": (lambda job: job / SITE / "requests.queue" / "active.json", halved),
    "queue-cut": (queue_file, halved),
    "queue-zeroed": (queue_file, zeroed),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_the_run_after_a_damaged_jobdir_stores_every_article_once(
    stopped: Stopped, tmp_path: Path, damage: str
) -> None:
    db, jobdir = stopped.copy(tmp_path)
    kept = set(stored(db))
    which, how = DAMAGE[damage]
    damaged = which(jobdir)
    how(damaged)
    run, asked = stopped.crawl(db, jobdir)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output, run.output
    said = [line for line in run.stderr.splitlines() if "resuming from the database" in line]
    assert len(said) == 1, run.stderr
    assert f"{jobdir / SITE}: {damaged.relative_to(jobdir / SITE)} " in said[0], said
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert not kept & asked, sorted(kept & asked)


def test_the_run_after_that_one_continues_from_a_sound_jobdir(
    stopped: Stopped, tmp_path: Path
) -> None:
    """The damage is not carried on: a third run with the same folder ends well and asks for no
    stored article again."""
    db, jobdir = stopped.copy(tmp_path)
    emptied(jobdir / SITE / "spider.state")
    zeroed(queue_file(jobdir))
    second, _ = stopped.crawl(db, jobdir)
    third, later = stopped.crawl(db, jobdir)
    assert (second.returncode, third.returncode) == (0, 0), second.output + third.output
    assert "Traceback" not in second.output + third.output
    assert not later & set(ARTICLES), sorted(later & set(ARTICLES))
    expect_rows(db, ARTICLES)
