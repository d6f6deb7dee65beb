"""A listing page given up for a reason that may pass, then answering the next run: the
politics listing's second page (`?page=2`, the only link to three older articles) answering
`503` on every try, or never answering within the download timeout.

docs/scheduling.md: a listing stops paginating at the first page whose entries are all seen;
an article whose fetch failed for a reason that may pass is asked for again by the next run,
as the listing page that linked it may lie past pages now all stored. A listing page given up
leaves the same gap: its articles were never fetched, so the next run, whose first listing
page is all stored, must still reach them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

PAGE_2 = "/tin-tuc/12/thoi-su?page=2"
ONLY_ON_PAGE_2 = {article_path(name) for name in ("101877", "103355", "103907")}


@pytest.mark.parametrize(
    ("fault", "settings"),
    [
        (Fault(status=503, body=b"<h1>Service Unavailable</h1>"), ("RETRY_TIMES=1",)),
        (Fault(stall=30), ("RETRY_TIMES=0", "DOWNLOAD_TIMEOUT=2")),
    ],
    ids=["503", "timeout"],
)
def test_articles_only_a_failed_listing_page_links_are_stored_next_run(
    tmp_path: Path, fault: Fault, settings: tuple[str, ...]
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {PAGE_2: fault}) as site:
        first = crawl(site, db, settings=settings)
        fault.release()
        assert first.returncode == 0, first.output
        expect_rows(db, set(ARTICLES) - ONLY_ON_PAGE_2)
        site.server.faults = {}
        before = len(site.server.hits)
        second = crawl(site, db, settings=settings)
        later = [hit.path for hit in site.server.hits[before:]]
    assert second.returncode == 0, second.output
    assert "Traceback" not in second.stderr, second.stderr
    expect_rows(db, ARTICLES)
    assert later.count(PAGE_2) == 1, later
    assert integrity(db) == "ok"


def test_a_listing_page_answering_404_is_not_asked_again(tmp_path: Path) -> None:
    """A `404` is no passing reason: the next run pages as usual and stops at the first
    page, all stored (`?page=2` is not requested again)."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {PAGE_2: Fault(status=404, body=b"")}) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        before = len(site.server.hits)
        second = crawl(site, db)
        later = [hit.path for hit in site.server.hits[before:]]
    assert second.returncode == 0, second.output
    expect_rows(db, set(ARTICLES) - ONLY_ON_PAGE_2)
    assert PAGE_2 not in later, later
