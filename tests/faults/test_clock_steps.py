"""The machine's clock stepped while a crawl runs: set back an hour (NTP correcting a virtual
machine resumed from a snapshot, an operator fixing the time by hand), or on by a day, while an
article's `Retry-After` is being waited out and while article answers are on their way.

README: a `Retry-After` (429/503) is honoured up to `TINBAO_RETRY_AFTER_MAX` seconds; cron runs
the crawl every hour, so a run lasts minutes. A wait is a length of time, not a time of day: a
clock stepped back an hour must not make a five-second wait an hour long, and a clock stepped
on must not throw away answers. The run ends in its usual time, stores every article once and
exits 0.

The crawl runs as a process whose wall clock (`time.time`, which Twisted's reactor reads too)
is shifted by `time_machine` when the test says so; the monotonic clock, like the kernel's,
is not.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, expect_rows, integrity
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_pages import A

# The crawl's wall clock, shifted by argv[2] seconds once the file argv[1] appears; the file
# `<argv[1]>.done` says the shift happened.
STEPPING = (
    "import datetime, pathlib, sys, threading, time, time_machine\n"
    "import crawler.cli.crawl, scrapy.crawler\n"
    "from crawler.cli import cli\n"
    "trigger, step = pathlib.Path(sys.argv.pop(1)), float(sys.argv.pop(1))\n"
    "traveller = time_machine.travel(datetime.datetime.now(datetime.timezone.utc), tick=True)\n"
    "clock = traveller.start()\n"
    "def watch():\n"
    "    while not trigger.exists():\n"
    "        time.sleep(0.02)\n"
    "    clock.shift(step)\n"
    "    pathlib.Path(str(trigger) + '.done').write_text('')\n"
    "threading.Thread(target=watch, daemon=True).start()\n"
    "sys.argv[0] = 'tinbao'\n"
    "cli()\n"
)
HOUR, DAY = 3600.0, 86400.0


def start(site: FaultServer, db: Path, trigger: Path, step: float) -> subprocess.Popen:
    """`tinbao crawl baothaibinh` on a clock that `trigger` shifts by `step` seconds."""
    words = [sys.executable, "-c", STEPPING, str(trigger), str(step), "crawl", SITE]
    words += ["--db", str(db), "-a", f"base_url={site.base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return subprocess.Popen(
        words, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(condition, process: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the crawl ended before {what}: {process.communicate()}")
        assert time.monotonic() < deadline, f"no {what} in {timeout} s"
        time.sleep(0.02)


def step_clock(trigger: Path, process: subprocess.Popen) -> None:
    trigger.write_text("")
    done = Path(str(trigger) + ".done")
    wait_for(done.exists, process, "clock step")


def finished(process: subprocess.Popen, within: float) -> tuple[int, str, str]:
    """The crawl's exit code and output, once it ended; it must end `within` seconds."""
    try:
        out, err = process.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(
            f"the crawl had not ended {within} s after the step: {err[-2000:]}"
        ) from None
    return process.returncode, out, err


def run_status(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status FROM crawls ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def test_a_clock_set_back_an_hour_during_a_retry_after_wait(tmp_path: Path) -> None:
    """Article A answers `429` with `Retry-After: 5` once; a second after that answer the clock
    goes back an hour. A is asked again about five seconds later, not an hour later."""
    db, trigger = tmp_path / "news.db", tmp_path / "step"
    faults = {A: Fault(status=429, headers={"Retry-After": "5"}, body=b"slow down", times=1)}
    with serving(MIRROR, faults) as site:
        crawl = start(site, db, trigger, -HOUR)
        wait_for(lambda: A in site.paths(), crawl, "request of A")
        time.sleep(1)
        step_clock(trigger, crawl)
        code, out, err = finished(crawl, within=60)
        times = [hit.at for hit in site.hits if hit.path == A]
    assert code == 0, out + err
    assert "Traceback" not in err, err
    assert len(times) == 2, times
    assert times[1] - times[0] < 30, times
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert run_status(db) == "finished"


@pytest.mark.parametrize("step", [-HOUR, DAY], ids=["back_an_hour", "on_a_day"])
def test_a_clock_stepped_while_answers_are_on_their_way(tmp_path: Path, step: float) -> None:
    """Every article but the first is held at the server; the clock goes back an hour, or on a
    day, once the first held one is asked for, then the answers are let go: answers on their
    way are not taken for timed out and lost, and the run is not judged failed."""
    db, trigger = tmp_path / "news.db", tmp_path / "step"
    held = {path: Fault(stall=120) for path in list(ARTICLES)[1:]}
    with serving(MIRROR, held) as site:
        crawl = start(site, db, trigger, step)
        wait_for(lambda: any(hit.faulty for hit in site.hits), crawl, "held article asked")
        step_clock(trigger, crawl)
        for fault in held.values():
            fault.release()
        code, out, err = finished(crawl, within=60)
    assert code == 0, out + err
    assert "Traceback" not in err, err
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert run_status(db) == "finished"
