"""Runs ended by Scrapy's other close conditions, as people set them on a schedule: a time budget
(`CLOSESPIDER_TIMEOUT`, so that an hourly run never runs into the next one) met while a slow
host still has articles on their way, and a cap on the items of a run (`CLOSESPIDER_ITEMCOUNT`);
each followed by a plain run.

README: any Scrapy setting is given with `-s NAME=VALUE`. docs/database.md: a run that stopped
at a `closespider_*` limit is `finished` (exit 0). docs/scheduling.md: the next run stores the
rest, and an article page already stored is not downloaded again. So the first run ends near
its budget with what it stored, the second stores the rest, every article once.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    SITE,
    VIDEO,
    crawl,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving

BUDGET = 4  # seconds


def first_then_plain(tmp_path: Path, setting: str, faults: dict[str, Fault]):
    """A run with `setting` against a host with `faults`, then a plain run against the mirror:
    (first run, its duration, articles it stored, the host's hits during it)."""
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        began = time.monotonic()
        first = crawl(site, db, settings=(setting, "TINBAO_DB_BATCH=1"))
        took = time.monotonic() - began
        kept = set(stored(db))
        hits = list(site.hits)
        asked_before = len(hits)
        for fault in faults.values():
            fault.release()
        site.faults.clear()
        second = crawl(site, db)
        asked_after = site.paths()[asked_before:]
    assert "Traceback" not in first.stderr, first.stderr[-3000:]
    assert first.returncode == 0, first.output[-3000:]
    assert second.returncode == 0, second.output[-3000:]
    assert crawl_rows(db) == [(SITE, "finished"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert not kept & set(asked_after), kept & set(asked_after)
    return first, took, kept, hits


def test_a_time_budget_met_on_a_slow_host_leaves_the_rest_to_the_next_run(tmp_path: Path) -> None:
    """Nothing is sent once the budget is spent: every request reaches the host within the
    budget (and a margin for a late timer) of the first, robots.txt, asked for as the spider
    opened; the answers already on their way are read."""
    slow = {path: Fault(stall=2.5) for path in (*ARTICLES, VIDEO)}
    first, took, kept, hits = first_then_plain(tmp_path, f"CLOSESPIDER_TIMEOUT={BUDGET}", slow)
    assert 0 < len(kept) < len(ARTICLES), len(kept)
    late = [
        (hit.path, round(hit.at - hits[0].at, 1))
        for hit in hits
        if hit.at - hits[0].at > BUDGET + 1.5
    ]
    assert late == [], late
    assert took < BUDGET + 60, took


def test_an_item_cap_leaves_the_rest_to_the_next_run(tmp_path: Path) -> None:
    first, _, kept, _ = first_then_plain(tmp_path, "CLOSESPIDER_ITEMCOUNT=4", {})
    assert 4 <= len(kept) < len(ARTICLES), len(kept)
