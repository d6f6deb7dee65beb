"""A crawl suspended and continued: Ctrl-Z at a terminal then `fg`, a laptop closed over
lunch, a container paused (`docker pause` freezes the whole process group, `SIGSTOP` here),
for longer than the download timeout, while an answer is on its way or while the extraction
worker holds pages.

A suspended process does nothing, and a well-behaved program picks up where it stopped: the
answers that arrived meanwhile are read, or a request whose time ran out while nobody watched
is asked again (README: a timeout is retried). A user expects the continued run to end as a
plain run does: exit 0, `finished`, every article stored once and exactly.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, SITE, crawl, expect_rows, integrity
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_pages import A
from tests.faults.test_runs import wait_for_stored
from tests.faults.test_stops_while_waiting import crawling, wait_for_a_request

TIMEOUT = 2  # DOWNLOAD_TIMEOUT of the run, seconds
ASLEEP = TIMEOUT + 2  # how long the run stays suspended


def suspended(process, seconds: float, before=None) -> None:
    """Freeze the run's whole process group for `seconds` (calling `before` once frozen),
    then let it go on."""
    os.killpg(process.pid, signal.SIGSTOP)
    try:
        if before is not None:
            before()
        time.sleep(seconds)
    finally:
        os.killpg(process.pid, signal.SIGCONT)


def ended_well(process, db: Path) -> None:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (process.returncode, out, err)
    assert out.startswith(f"{SITE}: OK"), out
    assert "Traceback" not in err, err
    assert crawl_rows(db) == [(SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def paths_once_quiet(site: FaultServer, quiet: float = 0.5) -> list[str]:
    """The paths the server was asked for, once no new one has come for `quiet` seconds: a
    request the stopped run sent before its stop may reach the server after it."""
    paths = site.paths()
    while True:
        time.sleep(quiet)
        if len(now := site.paths()) == len(paths):
            return now
        paths = now


def test_a_run_suspended_while_an_answer_is_on_its_way_ends_well(tmp_path: Path) -> None:
    """The answer is held until the run is frozen, then sent: it waits in the socket while
    the run's download timeout passes."""
    db = tmp_path / "news.db"
    held = Fault(stall=90, times=1)
    with (
        serving(MIRROR, {A: held}) as site,
        crawling(site, db, f"DOWNLOAD_TIMEOUT={TIMEOUT}") as process,
    ):
        wait_for_a_request(site, {A})
        suspended(process, ASLEEP, before=held.release)
        ended_well(process, db)


def test_a_run_suspended_while_its_extraction_worker_reads_pages_ends_well(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    settings = (
        f"DOWNLOAD_TIMEOUT={TIMEOUT}",
        "TINBAO_EXTRACT_POOL_AFTER=0",
        "DOWNLOAD_DELAY=0.3",
        "TINBAO_DB_BATCH=1",
    )
    with serving(MIRROR) as site, crawling(site, db, *settings) as process:
        wait_for_stored(db, 3, process)
        suspended(process, ASLEEP)
        ended_well(process, db)


def test_a_second_run_while_the_first_is_suspended_is_turned_away(tmp_path: Path) -> None:
    """The suspended run still holds the database: a second run exits 3 and fetches nothing;
    the first, continued, ends well."""
    db = tmp_path / "news.db"
    held = Fault(stall=90, times=1)
    with (
        serving(MIRROR, {A: held}) as site,
        crawling(site, db, f"DOWNLOAD_TIMEOUT={TIMEOUT}") as process,
    ):
        wait_for_a_request(site, {A})
        os.killpg(process.pid, signal.SIGSTOP)
        try:
            asked = len(paths_once_quiet(site))
            second = crawl(site, db, timeout=60)
            fetched = site.paths()[asked:]
            held.release()
        finally:
            os.killpg(process.pid, signal.SIGCONT)
        assert second.returncode == 3, second.output
        assert fetched == []
        ended_well(process, db)
