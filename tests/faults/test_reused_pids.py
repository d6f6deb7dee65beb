"""Process ids used again: a `tinbao crawl` killed outright (SIGKILL, OOM, a power cut) whose
process id now belongs to another live program, as after a reboot or on the machine a
database was copied to; with the lock file gone (the copy was made without it, a cleaner of
old files removed it) and with the lock file left as the dead run left it.

docs/scheduling.md: the lock is the kernel's and dies with its holder, so a killed run is never
in the way; docs/database.md: a run found `running` by the next `tinbao crawl` is marked
`killed`, and docs/reliability.md: no run stays `running` forever after a later `tinbao crawl`.
So the next `tinbao crawl` runs, stores the rest once and marks the dead run `killed`, whatever
program now has its process id.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    expect_rows,
    integrity,
    wait_for_stored,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving

SLOW = {path: Fault(stall=0.3) for path in ARTICLES}


@contextmanager
def another_program() -> Iterator[int]:
    """A live process that is no crawl, started after the killed run: its process id."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


def killed_run(db: Path, base_url: str) -> None:
    """A `tinbao crawl` killed outright once it stored two articles."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    words += ["-a", f"base_url={base_url}", "-s", "TINBAO_DB_BATCH=1"]
    for setting in FAST:
        words += ["-s", setting]
    process = subprocess.Popen(words, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_stored(db, 2, process)
    process.send_signal(signal.SIGKILL)
    process.communicate()


# When the dead run started: a while before the other program got its process id.
STARTED = "2024-07-03T03:00:00+07:00"


def give_pid(db: Path, pid: int) -> None:
    """The dead run's row names `pid`, as if its process id were taken by another program
    since the run started."""
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE crawls SET pid = ?, started_at = ? WHERE status = 'running'", [pid, STARTED]
    )
    conn.commit()
    conn.close()


def test_a_dead_runs_pid_taken_by_another_program_never_keeps_the_next_crawl_out(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        killed_run(db, site.base_url)
        Path(f"{db}.lock").unlink()
        site.faults.clear()
        with another_program() as pid:
            give_pid(db, pid)
            run = crawl(site, db)
    assert run.returncode == 0, run.output[-3000:]
    assert crawl_rows(db) == [(SITE, "killed"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_dead_holders_pid_taken_by_another_program_is_still_taken_over(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    lock = Path(f"{db}.lock")
    with serving(MIRROR, SLOW) as site:
        killed_run(db, site.base_url)
        site.faults.clear()
        with another_program() as pid:
            give_pid(db, pid)
            lock.write_text(f"pid {pid} since {STARTED}\n")
            run = crawl(site, db)
    assert run.returncode == 0, run.output[-3000:]
    assert f"took over the lock of a dead run (pid {pid}" in run.stderr
    assert crawl_rows(db) == [(SITE, "killed"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
