"""A crawl told to stop twice: Ctrl-C pressed again because the first one seemed to do nothing
(the graceful stop waits for answers still on their way from a slow host), SIGTERM sent twice
(`kill` typed again, a `timeout` wrapper and then the shell), Ctrl-C then SIGTERM.

README: exit code 130 is "interrupted (Ctrl-C, SIGTERM); a crawl keeps what it fetched".
docs/database.md: an `interrupted` run was "stopped by Ctrl-C or SIGTERM; what it fetched is
stored". docs/scheduling.md: the next run stores the rest, and a stored article is not
downloaded again. A second stop must not make the run lose what it had stored, leave its
`crawls` row `running`, print a traceback or leave the file unsound, and it must end the run
soon: the person pressing Ctrl-C again wants their terminal back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    VIDEO,
    crawl,
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


def start(site: FaultServer, db: Path) -> subprocess.Popen:
    """`tinbao crawl` as a person starts it at a terminal (SIGINT not ignored), one record a
    batch so that what was stored is committed as it comes."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    words += ["-a", f"base_url={site.base_url}", "-s", "TINBAO_DB_BATCH=1"]
    for setting in FAST:
        words += ["-s", setting]
    return subprocess.Popen(
        words,
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def wait_for_a_held_answer(site: FaultServer, since: int, process: subprocess.Popen) -> None:
    """Wait until the crawl has asked for a page the host now holds (an answer on its way)."""
    deadline = time.monotonic() + 60
    while not any(hit.path in PAGES for hit in site.hits[since:]):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no article was asked for once the host slowed"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (signal.SIGINT, signal.SIGINT),
        (signal.SIGTERM, signal.SIGTERM),
        (signal.SIGINT, signal.SIGTERM),
    ],
    ids=["ctrl-c-twice", "sigterm-twice", "ctrl-c-then-sigterm"],
)
def test_a_second_stop_ends_the_run_soon_as_one_interrupted_run(
    tmp_path: Path, first: signal.Signals, second: signal.Signals
) -> None:
    db = tmp_path / "news.db"
    faults = {path: Fault(stall=0.2) for path in PAGES}
    with serving(MIRROR, faults) as site:
        try:
            process = start(site, db)
            wait_for_stored(db, STORED_FIRST, process)
            for fault in faults.values():
                fault.stall = 120.0  # the host stops answering: the graceful stop must wait
            wait_for_a_held_answer(site, len(site.hits), process)
            process.send_signal(first)
            time.sleep(1.0)
            assert process.poll() is None, "the first stop did not wait for the held answers"
            process.send_signal(second)
            began = time.monotonic()
            out, err = process.communicate(timeout=60)
            took = time.monotonic() - began
        finally:
            for fault in faults.values():
                fault.release()
        kept = set(stored(db))
        asked_before = len(site.hits)
        site.faults.clear()
        again = crawl(site, db)
        second_asks = site.paths()[asked_before:]
    assert process.returncode == ExitCode.INTERRUPTED, (process.returncode, err[-3000:])
    assert took < SOON, took
    assert "Traceback" not in err, err[-3000:]
    assert "INTERRUPTED" in err, err[-3000:]
    assert len(kept) >= STORED_FIRST
    assert integrity(db) == "ok"
    assert again.returncode == 0, again.output[-3000:]
    assert crawl_rows(db) == [(SITE, "interrupted"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert not kept & set(second_asks), kept & set(second_asks)
