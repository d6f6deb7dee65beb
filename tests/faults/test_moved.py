"""Sites that moved or redirect where a crawler does not expect: a new domain after the 2025
province merger, a redirect chain that does not end, an article that now answers as another.

The article moved for good and the redirect chain, each on an article of its own, are read from
one crawl and a next run over a copy of its file; the site moved whole and the article moved
for a while keep their own crawls.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    FaultedCrawl,
    Run,
    article_path,
    crawl,
    crawl_faults,
    crawl_stats,
    database_copy,
    dropped,
    expect_rows,
    integrity,
    redirects,
    revisions,
    stored,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving

A = article_path("105870")
B = article_path("104560")


def test_a_site_moved_to_a_domain_the_registry_does_not_list_fails_the_run(
    tmp_path: Path,
) -> None:
    """The feed and both listings answer `301` to a new domain: nothing there is fetched, and
    the run says the site could not be crawled instead of `OK; 0 new`."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as new_domain:
        moved = {
            path: Fault(status=301, headers={"Location": new_domain.url(path)}, body=b"")
            for path in (FEED, *LISTINGS)
        }
        with serving(MIRROR, moved) as site:
            run = crawl(site, db)
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert new_domain.hits == []
    assert stored(db) == {}
    why = "none of 3 feed, sitemap and listing pages answered (off_site_redirect: 3)"
    assert run.stdout.startswith(f"baothaibinh: FAILED: {why}; 1 pages, 0 new, "), run.stdout
    assert f"ERROR: baothaibinh: site failed: {why}\n" in run.stderr
    for path in (FEED, *LISTINGS):
        assert (
            f"{new_domain.url(path)}: not followed (off_site_redirect; found in the redirect of "
            f"{site.url(path)})" in run.stderr
        )
    assert crawl_stats(db)["tinbao/discovery/failed/off_site_redirect"] == 3
    assert crawl_rows(db) == [("baothaibinh", "failed")]
    assert integrity(db) == "ok"


# The article sent through a chain of redirects past Scrapy's limit, and the chain's hops.
CHAINED = article_path("107903")
HOPS = [CHAINED, *(f"{CHAINED}?hop={n}" for n in range(1, 30))]
MOVED_FOR_GOOD = {A: Fault(status=301, headers={"Location": B}, body=b"")}


class NextRun(NamedTuple):
    run: Run
    db: Path
    paths: list[str]  # every target it requested, in order


@pytest.fixture(scope="module")
def moved_and_chained(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with A moved for good to B and CHAINED redirected hop after hop."""
    chain = {
        source: Fault(status=302, headers={"Location": target}, body=b"")
        for source, target in pairwise(HOPS)
    }
    folder = tmp_path_factory.mktemp("moved_and_chained")
    site, run, db = crawl_faults(folder, {**MOVED_FOR_GOOD, **chain})
    lost = {A, CHAINED}
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, lost, lost)


@pytest.fixture(scope="module")
def next_run(moved_and_chained: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> NextRun:
    """A second run over a copy of `moved_and_chained`'s file: A still moved, the chain gone."""
    db = database_copy(moved_and_chained.db, tmp_path_factory.mktemp("moved_next_run"))
    with serving(MIRROR, MOVED_FOR_GOOD) as site:
        run = crawl(site, db)
    return NextRun(run, db, site.paths())


def test_a_redirect_chain_past_the_limit_is_logged_with_its_first_url(
    moved_and_chained: FaultedCrawl, next_run: NextRun
) -> None:
    """CHAINED → CHAINED?hop=1 → … → CHAINED?hop=29, each a new URL (no loop): after Scrapy's
    20 redirects the chain is given up with a warning naming the article, not a DEBUG line;
    the next run, the fault gone, stores it."""
    first = moved_and_chained
    requested = [path for path in first.paths if path.startswith(CHAINED)]
    assert first.run.returncode == 0, first.run.output
    first.exactly()
    assert CHAINED not in first.rows
    assert CHAINED not in dropped(first.db)  # a fetch that failed, tried again next run
    stats = crawl_stats(first.db)
    assert requested == HOPS[:21]  # the article and 20 redirects, no more
    assert (
        f"WARNING: {first.url(CHAINED)}: not followed (redirect_limit; more than 20 redirects, "
        f"the last to {first.url(CHAINED)}?hop=21)\n" in first.run.stderr
    )
    assert stats["tinbao/refused/redirect_limit"] == 1
    assert stats["tinbao/articles/failed/redirect_limit"] == 1
    assert next_run.run.returncode == 0, next_run.run.output
    expect_rows(next_run.db, set(ARTICLES) - {A})  # CHAINED among them; A is B
    assert integrity(next_run.db) == "ok"


def test_an_article_redirected_to_another_article_is_stored_once_as_that_one(
    moved_and_chained: FaultedCrawl,
) -> None:
    """A answers `301` to B (merged stories, or a wrong link): the page is B's, so it is stored
    under B's URL, never as A with B's text (two rows of one article)."""
    first = moved_and_chained
    assert first.run.returncode == 0, first.run.output
    first.exactly()
    assert A not in first.rows
    assert (
        f"WARNING: {LIVE}{A}: redirected to another article, {LIVE}{B}; stored as that\n"
        in first.run.stderr
    )
    assert crawl_stats(first.db)["tinbao/redirected/other_article"] == 1
    assert revisions(first.db) == []
    assert integrity(first.db) == "ok"


def test_an_article_moved_for_good_is_not_fetched_again(
    moved_and_chained: FaultedCrawl, next_run: NextRun
) -> None:
    """A answers `301` to B: the next run knows A is B and fetches neither (before, A was
    fetched again on every run, only to land on B, stored already)."""
    first = moved_and_chained
    assert (first.run.returncode, next_run.run.returncode) == (0, 0), (
        first.run.output + next_run.run.output
    )
    assert first.paths.count(A) == 1
    assert A not in next_run.paths and B not in next_run.paths
    expect_rows(next_run.db, set(ARTICLES) - {A})
    assert redirects(next_run.db) == {A: (B, 301)}
    assert crawl_stats(next_run.db)["tinbao/skipped/known"] >= len(ARTICLES)


def test_an_article_moved_for_a_while_is_fetched_again(tmp_path: Path) -> None:
    """A answers `302` to B (a temporary move): the next run asks A again, and stores A once
    it is back."""
    db = tmp_path / "news.db"
    moved = {A: Fault(status=302, headers={"Location": B}, body=b"", times=1)}
    with serving(MIRROR, moved) as site:
        first = crawl(site, db)
        second = crawl(site, db)
        fetched = site.paths().count(A)
    assert (first.returncode, second.returncode) == (0, 0), first.output + second.output
    assert fetched == 2
    expect_rows(db, ARTICLES)
    assert redirects(db) == {}
