"""A crawl told to stop twice: Ctrl-C pressed again because the first one seemed to do nothing
(the graceful stop waits for answers still on their way from a slow host), SIGTERM sent twice
(`kill` typed again, a `timeout` wrapper and then the shell).

README: exit code 130 is "interrupted (Ctrl-C, SIGTERM); a crawl keeps what it fetched".
docs/database.md: an `interrupted` run was "stopped by Ctrl-C or SIGTERM; what it fetched is
stored". docs/scheduling.md: the next run stores the rest, and a stored article is not
downloaded again. A second stop must not make the run lose what it had stored, leave its
`crawls` row `running`, print a traceback or leave the file unsound, and it must end the run
soon: the person pressing Ctrl-C again wants their terminal back. The summary, the exit code
and the `crawls` row tell the same story.
"""

from __future__ import annotations

import fcntl
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from crawler.lock import LOCK_SUFFIX
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    SITE,
    VIDEO,
    crawl,
    crawl_from_terminal,
    expect_rows,
    integrity,
    stored,
    wait_for_stored,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, FaultServer, serving

PAGES = (*ARTICLES, VIDEO)
STORED_FIRST = 3  # articles committed before the host turns slow
SOON = 15.0  # seconds within which a second stop must end the run


def wait_for_a_held_answer(site: FaultServer, since: int, process: subprocess.Popen) -> None:
    """Wait until the crawl has asked for a page the host now holds (an answer on its way)."""
    deadline = time.monotonic() + 60
    while not any(hit.path in PAGES for hit in site.hits[since:]):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no article was asked for once the host slowed"
        time.sleep(0.05)


def run_status(db: Path) -> str | None:
    """The status of the crawl's run row, as any reader sees it (None before it is written)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        row = conn.execute("SELECT status FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None  # the schema is not there yet
    finally:
        conn.close()
    return row[0] if row else None


def wait_for_the_lock_release(db: Path, process: subprocess.Popen) -> None:
    """Wait until the first stop has ended the crawl and it has released the database's lock
    (the kernel's `flock`, taken here and let go at once): the process is ending, with its
    summary still to print and the interpreter to tear down."""
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first stop did not end the crawl"
        with open(f"{db}{LOCK_SUFFIX}", "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                time.sleep(0.01)
                continue
            fcntl.flock(lock, fcntl.LOCK_UN)
            return


@pytest.mark.parametrize(
    ("first", "second"),
    [(signal.SIGINT, signal.SIGINT), (signal.SIGTERM, signal.SIGTERM)],
    ids=["ctrl-c-twice", "sigterm-twice"],
)
@pytest.mark.parametrize("moment", ["while-stopping", "as-it-ends"])
def test_a_second_stop_ends_the_run_soon_as_one_interrupted_run(
    tmp_path: Path, first: signal.Signals, second: signal.Signals, moment: str
) -> None:
    """The second stop comes while the first one's stop waits for the held answers, or once
    the crawl has ended and released its lock, and the process is ending."""
    db = tmp_path / "news.db"
    faults = {path: Fault(stall=0.2) for path in PAGES}
    with serving(MIRROR, faults) as site:
        try:
            process = crawl_from_terminal(site, db)
            wait_for_stored(db, STORED_FIRST, process)
            for fault in faults.values():
                fault.stall = 120.0  # the host stops answering: the graceful stop must wait
            wait_for_a_held_answer(site, len(site.hits), process)
            process.send_signal(first)
            if moment == "while-stopping":
                time.sleep(0.1)
            else:
                wait_for_the_lock_release(db, process)
            assert process.poll() is None, "the process ended before the second stop"
            process.send_signal(second)
            began = time.monotonic()
            out, err = process.communicate(timeout=60)
            took = time.monotonic() - began
        finally:
            for fault in faults.values():
                fault.release()
        kept = set(stored(db))
        status = run_status(db)
        asked_before = len(site.hits)
        site.faults.clear()
        again = crawl(site, db)
        second_asks = site.paths()[asked_before:]
    assert process.returncode == ExitCode.INTERRUPTED, (process.returncode, err[-3000:])
    assert took < SOON, took
    assert "Traceback" not in err, err[-3000:]
    assert out.startswith(f"{SITE}: INTERRUPTED; "), out
    assert f" {len(kept)} new, " in out, (out, len(kept))  # the summary counts what is stored
    assert status == "interrupted"
    assert len(kept) >= STORED_FIRST
    assert integrity(db) == "ok"
    assert again.returncode == 0, again.output[-3000:]
    assert crawl_rows(db) == [(SITE, "interrupted"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert not kept & set(second_asks), kept & set(second_asks)
