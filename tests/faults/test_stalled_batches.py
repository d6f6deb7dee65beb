"""A crawl with a large batch and a flush time of a few seconds (`TINBAO_DB_BATCH=1000`,
`TINBAO_DB_FLUSH_SECONDS=4`) whose last article, the OCOP one, the server holds back: every
other article came in within the flush time of the first, then nothing comes for seconds, and
the run is killed outright (SIGKILL: the OOM killer, a power button, `kill -9`) while it waits.
The flush time is longer than the mirror's other articles take to come in, so no record comes
after it to write the batch: only a batch written when its time is up passes, whatever the
machine's load (with 0.5 s the records came in over longer, and one arriving late wrote most).

README: a batch is written once its first record has waited `TINBAO_DB_FLUSH_SECONDS`.
docs/reliability.md ("Limits"): a run killed outright loses its last unflushed batch, at most
`TINBAO_DB_BATCH` records or the records of `TINBAO_DB_FLUSH_SECONDS` on a slower crawl. So the
fourteen articles that came in are committed while the crawl waits (a reader sees them within
the flush time and a margin for a loaded machine), the kill loses none of them, and the next
run fetches and stores the OCOP article alone.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    OCOP,
    committed_count,
    crawl,
    crawl_from_terminal,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

FLUSH_SECONDS = 4.0  # longer than the other articles take to come in, so none comes after it
MARGIN = 8.0  # seconds more than the flush time a loaded machine may take to write the batch
OTHERS = set(ARTICLES) - {OCOP}


@pytest.fixture(scope="module")
def stalled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("stalled_batches") / "news.db"
    hold = Fault(stall=60)
    with serving(MIRROR, {OCOP: hold}) as site:
        process = crawl_from_terminal(
            site, db, "TINBAO_DB_BATCH=1000", f"TINBAO_DB_FLUSH_SECONDS={FLUSH_SECONDS}"
        )
        try:
            deadline = time.monotonic() + 60
            while not (OTHERS | {OCOP}) <= set(site.paths()) or not site.server.served.get(OCOP):
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, site.paths()
                time.sleep(0.05)
            asked_at = time.monotonic()
            seen = committed_count(db)
            while seen < len(OTHERS) and time.monotonic() < asked_at + FLUSH_SECONDS + MARGIN:
                time.sleep(0.1)
                seen = committed_count(db)
            running = process.poll() is None
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=60)
        finally:
            hold.release()
            if process.poll() is None:
                process.kill()
                process.communicate()
    return {"db": db, "seen": seen, "running": running}


@pytest.fixture(scope="module")
def next_run(stalled: dict) -> tuple[list[str], Path]:
    db = stalled["db"]
    with serving(MIRROR) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    return site.paths(), db


def test_the_waiting_records_are_committed_while_the_crawl_waits(stalled: dict) -> None:
    assert stalled["running"]
    assert stalled["seen"] == len(OTHERS)


def test_the_kill_loses_none_of_them(stalled: dict) -> None:
    assert integrity(stalled["db"]) == "ok"
    expect_rows(stalled["db"], OTHERS)


def test_the_next_run_fetches_and_stores_the_held_article_alone(
    next_run: tuple[list[str], Path],
) -> None:
    paths, db = next_run
    asked = Counter(paths)
    assert {path for path in ARTICLES if asked[path]} == {OCOP}
    expect_rows(db, ARTICLES)
