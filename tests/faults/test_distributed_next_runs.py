"""What the next distributed run asks for after pages that failed in the last: the politics
listing's second page (the only link to three older articles) answering `503` on every try; an
article only that page links answering `500` on every try; an article answered with an empty
page (dropped `unreadable page`). Each then answers, and a second run is seeded and crawled.

docs/distributed.md: `tinbao enqueue` computes the start requests as a local crawl would, and
the seen state is shared as in a local crawl. docs/scheduling.md: a local run asks again for
an article or a listing page given up for a reason that may pass, and retries a dropped page
the next run; a listing stops at its first page when all its entries are stored. So the second
distributed run must reach what the first could not, as a second `tinbao crawl` does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, MIRROR, article_path, expect_rows, integrity
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_distributed_crashes import command, enqueue, finished, ingest, settings

PAGE_2 = "/tin-tuc/12/thoi-su?page=2"
ONLY_ON_PAGE_2 = {article_path(name) for name in ("101877", "103355", "103907")}
BROKEN = article_path("101877")
EMPTIED = article_path("109512")


def worker(url: str) -> subprocess.Popen:
    """A worker that gives a failing page up after one retry, to the end of the queue."""
    return subprocess.Popen(
        command("worker", "--redis", url, "baothaibinh", *settings(), "-s", "RETRY_TIMES=1"),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def distributed_run(url: str, db: Path, site: FaultServer) -> list[str]:
    """Seed, crawl with one worker to the end, store: the paths this run asked for."""
    before = len(site.server.hits)
    enqueue(url, db, site)
    finished(worker(url))
    done = ingest(url, db)
    assert done.returncode in (0, 5), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return [hit.path for hit in site.server.hits[before:]]


def test_articles_only_a_failed_listing_page_links_are_stored_by_the_next_run(
    redis_db: str, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {PAGE_2: Fault(status=503, body=b"<h1>Service Unavailable</h1>")}) as site:
        distributed_run(redis_db, db, site)
        expect_rows(db, set(ARTICLES) - ONLY_ON_PAGE_2)
        site.server.faults = {}
        asked = distributed_run(redis_db, db, site)
    expect_rows(db, ARTICLES)
    assert asked.count(PAGE_2) == 1, asked
    assert integrity(db) == "ok"


def test_an_article_given_up_is_asked_for_by_the_next_run(redis_db: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {BROKEN: Fault(status=500, body=b"loi")}) as site:
        distributed_run(redis_db, db, site)
        expect_rows(db, set(ARTICLES) - {BROKEN})
        site.server.faults = {}
        asked = distributed_run(redis_db, db, site)
    expect_rows(db, ARTICLES)
    assert asked.count(BROKEN) == 1, asked


def test_a_dropped_article_is_fetched_again_by_the_next_run(redis_db: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {EMPTIED: Fault(body=b"")}) as site:
        distributed_run(redis_db, db, site)
        expect_rows(db, set(ARTICLES) - {EMPTIED})
        site.server.faults = {}
        asked = distributed_run(redis_db, db, site)
    expect_rows(db, ARTICLES)
    assert asked.count(EMPTIED) == 1, asked
