"""A run stopped at a stage the documents describe, then started again: while discovery's pages
are on their way (Ctrl-C), once articles are being stored (SIGTERM), once articles are being
stored (SIGKILL); and what `history`, `stats` and the rows say after the next run.

docs/scheduling.md and docs/database.md: an interrupted run is `interrupted` with the figures it
counted, a killed one `killed` by the next run with no figures (`null`), the next run stores the
rest; a stored article is not downloaded again; nothing is lost or stored twice, so the two
runs' `new` figures add up to the articles stored, and each fetch adds one `view_counts` row.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    VIDEO,
    crawl,
    crawl_from_terminal,
    expect_rows,
    integrity,
    stored,
    tinbao,
    wait_for_stored,
)
from tests.faults.server import Fault, serving

SLOW = {path: Fault(stall=0.3) for path in (*ARTICLES, VIDEO)}


def history(db: Path) -> list[dict]:
    done = tinbao("history", "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def view_count_rows(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, count(*) FROM view_counts GROUP BY url").fetchall()
    finally:
        conn.close()
    return {url.removeprefix(LIVE): n for url, n in rows}


def stop_then_again(tmp_path: Path, stop: signal.Signals, after: int):
    """A run stopped with `stop` once `after` articles are stored, then a plain run."""
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        process = crawl_from_terminal(site, db)
        wait_for_stored(db, after, process)
        process.send_signal(stop)
        out, err = process.communicate(timeout=60)
        kept = set(stored(db))
        first_hits = len(site.hits)
        site.faults.clear()
        again = crawl(site, db)
        second = site.paths()[first_hits:]
    assert "Traceback" not in err, err
    return db, process.returncode, kept, again, second


def test_a_run_stopped_with_sigterm_mid_articles_adds_up_with_the_next(tmp_path: Path) -> None:
    db, code, kept, again, second = stop_then_again(tmp_path, signal.SIGTERM, 4)
    assert code == ExitCode.INTERRUPTED
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert not kept & set(second), kept & set(second)  # nothing stored asked for again
    runs = history(db)
    assert [run["status"] for run in runs] == ["finished", "interrupted"]
    assert runs[1]["new"] == len(kept)
    assert runs[0]["new"] == len(ARTICLES) - len(kept)
    assert all(n == 1 for n in view_count_rows(db).values()), view_count_rows(db)
    assert integrity(db) == "ok"


def test_a_run_killed_mid_articles_is_killed_without_figures_and_the_next_stores_the_rest(
    tmp_path: Path,
) -> None:
    db, code, kept, again, second = stop_then_again(tmp_path, signal.SIGKILL, 4)
    assert code == -signal.SIGKILL
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert not kept & set(second), kept & set(second)
    runs = history(db)
    assert [run["status"] for run in runs] == ["finished", "killed"]
    assert runs[1]["new"] is None and runs[1]["pages"] is None
    assert runs[0]["new"] == len(ARTICLES) - len(kept)
    assert all(n == 1 for n in view_count_rows(db).values()), view_count_rows(db)
    stats = tinbao("stats", "--json", "--db", str(db))
    (line,) = [json.loads(text) for text in stats.stdout.splitlines()]
    assert (line["articles"], line["last_crawl_status"]) == (len(ARTICLES), "finished")


def test_ctrl_c_while_discovery_pages_are_on_their_way_then_a_whole_run(tmp_path: Path) -> None:
    """Stopped before any article: the run is `interrupted` with no new article, and the next
    run stores all 15, its `new` 15."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {path: Fault(stall=5) for path in ("/", FEED, *LISTINGS)}) as site:
        process = crawl_from_terminal(site, db)
        deadline = 30
        began = time.monotonic()
        while FEED not in site.paths():
            assert process.poll() is None and time.monotonic() - began < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        site.faults.clear()
        again = crawl(site, db)
    assert process.returncode == ExitCode.INTERRUPTED, err
    assert "Traceback" not in err
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    runs = history(db)
    assert [(run["status"], run["new"]) for run in runs] == [
        ("finished", len(ARTICLES)),
        ("interrupted", 0),
    ]
