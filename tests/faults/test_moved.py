"""Sites that moved or redirect where a crawler does not expect: a new domain after the 2025
province merger, a redirect chain that does not end, an article that now answers as another."""

from __future__ import annotations

from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    crawl_stats,
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


def test_a_redirect_chain_past_the_limit_is_logged_with_its_first_url(tmp_path: Path) -> None:
    """A → A?hop=1 → … → A?hop=29, each a new URL (no loop): after Scrapy's 20 redirects the
    chain is given up with a warning naming the article, not a DEBUG line; the next run, the
    fault gone, stores it."""
    db = tmp_path / "news.db"
    hops = [A, *(f"{A}?hop={n}" for n in range(1, 30))]
    chain = {
        source: Fault(status=302, headers={"Location": target}, body=b"")
        for source, target in zip(hops, hops[1:], strict=False)
    }
    with serving(MIRROR, chain) as site:
        run = crawl(site, db)
        requested = [path for path in site.paths() if path.startswith(A)]
        assert run.returncode == 0, run.output
        expect_rows(db, set(ARTICLES) - {A})
        assert A not in dropped(db)  # a fetch that failed, tried again next run
        stats = crawl_stats(db)
        site.faults.clear()
        again = crawl(site, db)
    assert requested == hops[:21]  # the article and 20 redirects, no more
    assert (
        f"WARNING: {site.url(A)}: not followed (redirect_limit; more than 20 redirects, the last "
        f"to {site.url(A)}?hop=21)\n" in run.stderr
    )
    assert stats["tinbao/refused/redirect_limit"] == 1
    assert stats["tinbao/articles/failed/redirect_limit"] == 1
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_an_article_redirected_to_another_article_is_stored_once_as_that_one(
    tmp_path: Path,
) -> None:
    """A answers `301` to B (merged stories, or a wrong link): the page is B's, so it is stored
    under B's URL, never as A with B's text (two rows of one article)."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(status=301, headers={"Location": B}, body=b"")}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, set(ARTICLES) - {A})
    assert (
        f"WARNING: {LIVE}{A}: redirected to another article, {LIVE}{B}; stored as that\n"
        in run.stderr
    )
    assert crawl_stats(db)["tinbao/redirected/other_article"] == 1
    assert revisions(db) == []
    assert integrity(db) == "ok"


def test_an_article_moved_for_good_is_not_fetched_again(tmp_path: Path) -> None:
    """A answers `301` to B: the next run knows A is B and fetches neither (before, A was
    fetched again on every run, only to land on B, stored already)."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(status=301, headers={"Location": B}, body=b"")}) as site:
        first = crawl(site, db)
        fetched_first = site.paths().count(A)
        site.hits.clear()
        second = crawl(site, db)
    assert (first.returncode, second.returncode) == (0, 0), first.output + second.output
    assert fetched_first == 1
    assert A not in site.paths() and B not in site.paths()
    expect_rows(db, set(ARTICLES) - {A})
    assert redirects(db) == {A: (B, 301)}
    assert crawl_stats(db)["tinbao/skipped/known"] >= len(ARTICLES)


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
