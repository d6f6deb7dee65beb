"""A crawl stopped while it waits: for another program's write lock on the database (on a file in
WAL mode or switched out of it), for a first answer that has not come, or while its extraction
workers read pages and the whole process group gets the signal (systemd's stop, Ctrl-C at a
terminal).

systemd sends SIGTERM and kills the crawl 90 s later; a person presses Ctrl-C. Either way the
crawl must end soon, as an interrupted run (exit 130, no traceback, never OK), leave no run
marked `running`, and the next run must store everything.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from pipelines import db as store
from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    crawl,
    expect_rows,
    integrity,
    stored,
    write_lock_held,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_runs import wait_for_stored

SOON = 10.0  # seconds a stopped crawl may take to end


@contextmanager
def crawling(site: FaultServer, db: Path, *settings: str) -> Iterator[subprocess.Popen]:
    """`tinbao crawl` running in its own process group (as under systemd or a terminal)."""
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
    for setting in (*FAST, *settings):
        command += ["-s", setting]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=as_from_a_terminal,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()


def as_from_a_terminal() -> None:
    """Ctrl-C reaches a crawl started at a terminal, whatever the tests inherited: started in
    the background by a shell without job control, they would hand the crawl an ignored SIGINT,
    which Python leaves ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for_a_request(site: FaultServer, paths: set[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not paths & set(site.paths()):
        assert time.monotonic() < deadline, "nothing requested"
        time.sleep(0.05)


def stopped(process: subprocess.Popen, sig: signal.Signals, group: bool = False):
    """Send `sig` (to the process or its whole group); its exit code, output and time to end."""
    started = time.monotonic()
    if group:
        os.killpg(process.pid, sig)
    else:
        process.send_signal(sig)
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
    return process.returncode, out, err, time.monotonic() - started


def assert_interrupted(db: Path, code: int, out: str, err: str, took: float) -> None:
    """The stopped crawl ended soon as one interrupted run, said so, and gave no traceback."""
    assert took < SOON, (took, out, err)
    assert code == ExitCode.INTERRUPTED, (code, out, err)
    assert out.startswith(f"{SITE}: INTERRUPTED; "), out
    assert "Traceback" not in err, err
    assert crawl_rows(db) == [(SITE, "interrupted")]


def out_of_wal(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode = delete").fetchone() == ("delete",)
    conn.close()


def next_run_stores_everything(site: FaultServer, db: Path) -> None:
    run = crawl(site, db)
    assert run.returncode == ExitCode.OK, run.output
    expect_rows(db, ARTICLES)
    assert all(status != "running" for _, status in crawl_rows(db)), crawl_rows(db)
    assert integrity(db) == "ok"


@pytest.mark.parametrize("mode", ["wal", "delete"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "sigint"])
def test_a_crawl_waiting_for_a_write_lock_stops_soon_when_told(
    tmp_path: Path, mode: str, sig: signal.Signals
) -> None:
    """Another program holds the write lock for ten minutes; the crawl, waiting for it, is told
    to stop after 4 s: it ends within SOON seconds as an interrupted run, not after the busy
    timeout's 30 s (before: SIGTERM ended the crawl without a word, exit -15 out of WAL mode;
    in WAL mode SQLite's busy wait let no signal through for its 30 s)."""
    db = tmp_path / "news.db"
    store.open_db(db).close()
    if mode == "delete":
        out_of_wal(db)
    with serving(MIRROR) as site:
        with write_lock_held(db, seconds=600), crawling(site, db) as process:
            time.sleep(4)
            assert process.poll() is None, process.communicate()
            code, out, err, took = stopped(process, sig)
        assert took < SOON, (took, out, err)
        assert code == ExitCode.INTERRUPTED, (code, out, err)
        assert "Traceback" not in err, err
        assert "OK" not in out, out
        next_run_stores_everything(site, db)


def test_a_crawl_stopped_before_its_first_answer_is_an_interrupted_run(tmp_path: Path) -> None:
    """Every discovery page takes 5 s to answer; SIGTERM comes once one is asked for, when
    nothing has been read: an interrupted run, not a failed one, and nothing stored."""
    db = tmp_path / "news.db"
    slow = Fault(stall=5.0)
    faults = {"/": slow, "/rss/home.rss": slow, "/tin-tuc/12/thoi-su": slow}
    faults |= {"/tin-tuc/15/kinh-te": slow}
    with serving(MIRROR, faults) as site:
        with crawling(site, db) as process:
            wait_for_a_request(site, set(faults))
            code, out, err, took = stopped(process, signal.SIGTERM)
        assert_interrupted(db, code, out, err, took)
        site.faults.clear()
        next_run_stores_everything(site, db)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "sigint"])
def test_a_signal_to_the_whole_group_with_extraction_workers_is_one_interrupted_run(
    tmp_path: Path, sig: signal.Signals
) -> None:
    """The crawl reads pages in a worker process from its first page on; the signal reaches the
    crawl and its worker together (systemd's control group, Ctrl-C at a terminal): one
    interrupted run, what was committed kept exactly, no traceback from either process."""
    db = tmp_path / "news.db"
    settings = ("TINBAO_EXTRACT_POOL_AFTER=0", "DOWNLOAD_DELAY=0.3", "TINBAO_DB_BATCH=1")
    with serving(MIRROR) as site:
        with crawling(site, db, *settings) as process:
            wait_for_stored(db, 3, process)
            code, out, err, took = stopped(process, sig, group=True)
        assert_interrupted(db, code, out, err, took)
        kept = stored(db)
        assert 3 <= len(kept) < len(ARTICLES)
        expect_rows(db, set(kept))  # each exactly as expected
        next_run_stores_everything(site, db)


def test_a_crawl_stopped_while_robots_txt_is_on_its_way_ends_soon(tmp_path: Path) -> None:
    """robots.txt and every discovery page take 5 s to answer; SIGTERM comes once robots.txt is
    asked for: the crawl waits neither for it nor for the pages held back until it answers
    (before: 10.7 s), and is one interrupted run."""
    db = tmp_path / "news.db"
    slow = Fault(stall=5.0)
    faults = {"/robots.txt": slow, "/": slow, "/rss/home.rss": slow}
    faults |= {"/tin-tuc/12/thoi-su": slow, "/tin-tuc/15/kinh-te": slow}
    with serving(MIRROR, faults) as site:
        with crawling(site, db) as process:
            wait_for_a_request(site, {"/robots.txt"})
            code, out, err, took = stopped(process, signal.SIGTERM)
        assert took < 4.0, (took, out, err)
        assert code == ExitCode.INTERRUPTED, (code, out, err)
        assert "Traceback" not in err, err
        assert crawl_rows(db) == [(SITE, "interrupted")]
        assert set(site.paths()) == {"/robots.txt"}, site.paths()
        site.faults.clear()
        next_run_stores_everything(site, db)


def test_a_crawl_stopped_with_requests_hanging_ends_soon_and_keeps_what_it_read(
    tmp_path: Path,
) -> None:
    """Once a few articles are read, every article not yet asked for hangs for 60 s (a server
    that holds its connections open); SIGTERM comes once both of the host's places are taken
    by hanging requests. The crawl ends within SOON seconds as an interrupted run, the articles
    read before kept exactly, in the batch not yet written too, and nothing else (before: the
    stop waited for the requests in flight, each up to DOWNLOAD_TIMEOUT)."""
    db = tmp_path / "news.db"
    hanging = Fault(stall=60.0)
    with serving(MIRROR) as site:
        with crawling(site, db, "DOWNLOAD_DELAY=0.3", "DOWNLOAD_TIMEOUT=180") as process:
            wait_for_a_request(site, set(ARTICLES))
            deadline = time.monotonic() + 60
            while len(set(ARTICLES) & set(site.paths())) < 3:
                assert time.monotonic() < deadline, "three articles were not asked for"
                time.sleep(0.02)
            site.faults.update(dict.fromkeys(ARTICLES, hanging))
            while sum(hit.faulty for hit in site.hits) < 2:
                assert time.monotonic() < deadline, "no request hangs"
                time.sleep(0.02)
            code, out, err, took = stopped(process, signal.SIGTERM)
        assert_interrupted(db, code, out, err, took)
        read = {hit.path for hit in site.hits if not hit.faulty} & set(ARTICLES)
        assert len(read) >= 3
        assert set(stored(db)) == read
        expect_rows(db, read)
        site.faults.clear()
        next_run_stores_everything(site, db)
