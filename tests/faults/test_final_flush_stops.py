"""A stop (SIGTERM from a service manager, Ctrl-C) that comes while the crawl's last batch waits
for the write lock another program holds for a few seconds (a backup, a Datasette write, a
shell): every article was fetched and parsed, and the batch holding them all is the one the
crawl writes as it closes.

README: exit 130 means interrupted, and a crawl keeps what it fetched. docs/database.md: writes
wait their turn for the lock (a 30 s busy timeout); batches are written on close. So the stop
must not throw away the batch that waits for a lock about to be let go: the run stores every
article, and its row in `crawls` says how it ended as its exit code does.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    VIDEO,
    article_path,
    expect_rows,
    integrity,
    write_lock_held,
)
from tests.faults.server import Fault, serving

LAST = article_path("105870")
STATUS = {0: "finished", 130: "interrupted"}


def start_crawl(base_url: str, db: Path) -> subprocess.Popen:
    """A crawl whose records all wait for the batch written as it closes."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    words += ["-a", f"base_url={base_url}"]
    for setting in (*FAST, "TINBAO_DB_BATCH=1000", "TINBAO_DB_FLUSH_SECONDS=600"):
        words += ["-s", setting]
    return subprocess.Popen(
        words, cwd=ROOT, env={**os.environ},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


def last_run_status(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status FROM crawls ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "sigint"])
def test_a_stop_while_the_last_batch_waits_for_the_lock_keeps_every_article(
    tmp_path: Path, stop: signal.Signals
) -> None:
    db = tmp_path / "news.db"
    held = Fault(stall=60)
    others = (set(ARTICLES) | {VIDEO}) - {LAST}
    with serving(MIRROR, {LAST: held}) as site:
        process = start_crawl(site.base_url, db)
        deadline = time.monotonic() + 60
        while not others <= set(site.paths()) or LAST not in site.paths():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, site.paths()
            time.sleep(0.05)
        time.sleep(1)  # the other pages parsed, their records waiting in the batch
        with write_lock_held(db, 5):
            held.release()  # the last article answers; the crawl closes and waits for the lock
            time.sleep(1.5)
            process.send_signal(stop)
            stdout, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr, stderr
    assert process.returncode in STATUS, stdout + stderr
    expect_rows(db, ARTICLES)
    assert last_run_status(db) == STATUS[process.returncode]
    assert integrity(db) == "ok"
