"""Redirects, refreshes and robots.txt answers that lead nowhere good: to other schemes, round
in circles, nowhere at all, or off the site; and a page that refreshes itself.

The rules: nothing off the site or outside http(s) is requested; a loop ends; each refusal is
logged with the article's URL; a page that merely reloads itself is still the article.

Each detour is given to an article of its own, made from that article's own page, and all are
read in two crawls; the articles the second leaves to the next run are fetched by a third run
over a copy of its file. The robots.txt answers, each the whole site's, keep a crawl each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_faults,
    crawl_stats,
    dropped,
    expect_rows,
    faulted_crawl,
    page_at,
    stored_exactly,
)
from tests.faults.server import Fault, FaultServer, serving


def moved_to(location: str, status: int = 301, **more) -> Fault:
    return Fault(status=status, headers={"Location": location}, body=b"", **more)


# Each detour's article.
TO_FILE = article_path("105870")
TO_FTP = article_path("104560")
TO_JAVASCRIPT = article_path("108990")
TO_DATA = article_path("107420")
TO_OTHER_HOST = article_path("101877")  # `//other-host/…`, protocol-relative
NO_LOCATION = article_path("102296")
TWO_STEP_LOOP = article_path("108765")  # → itself with `?x=1` → itself
COOKIE_WALL_ONCE = article_path("103907")
COOKIE_WALL_ALWAYS = article_path("103355")
REFRESHES_TO_ITSELF = article_path("109512")  # `<meta refresh>` naming its own URL
REFRESHES_BARE = article_path("109874")  # `<meta refresh>` with no URL
REFRESH_LOOP = article_path("102908")  # refreshes to STUB, which refreshes back
UNREADABLE_RETRY_AFTER = article_path("107903")
ALWAYS_429 = article_path("109650")
STUB = "/chuyen-huong"
SCHEMES = (TO_FILE, TO_FTP, TO_JAVASCRIPT, TO_DATA)
LOOPS = (TWO_STEP_LOOP, COOKIE_WALL_ALWAYS, REFRESH_LOOP)
# A run in which more than half the article fetches fail has failed the site, so the detours
# are read in two crawls: those refused or followed, and those that lose their article to a
# loop or to this run (stored by the next run, over a copy of the crawl's file).
REFUSED = {*SCHEMES, TO_OTHER_HOST}
FOLLOWED = {COOKIE_WALL_ONCE, REFRESHES_TO_ITSELF, REFRESHES_BARE, UNREADABLE_RETRY_AFTER}
NEXT_RUN = {NO_LOCATION, ALWAYS_429}
LOST = {*LOOPS, *NEXT_RUN}


def cookie_wall(path: str, **more) -> Fault:
    """A `302` back to `path` that sets a cookie."""
    wall = moved_to(path, 302, **more)
    wall.headers["Set-Cookie"] = "visited=1; Path=/"
    return wall


def refreshing(path: str, content: str) -> Fault:
    """The article's own page with `<meta http-equiv="refresh" content=CONTENT>` in its head."""
    meta = f'<meta http-equiv="refresh" content="{content}">'
    return Fault(body=page_at(path).replace("<head>", f"<head>{meta}", 1).encode())


def refreshing_only(target: str) -> Fault:
    """A page that holds nothing but a refresh to `target`."""
    page = f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head></html>'
    return Fault(body=page.encode())


def refusals_and_follows(foreign: FaultServer) -> dict[str, Fault]:
    """The detours refused or followed, by the target each is given for; `foreign` is the
    other host."""
    return {
        TO_FILE: moved_to("file:///etc/passwd"),
        TO_FTP: moved_to("ftp://127.0.0.1/tin-tuc/15/104560/x"),
        TO_JAVASCRIPT: moved_to("javascript:alert(1)"),
        TO_DATA: moved_to("data:text/html,<h1>x</h1>"),
        TO_OTHER_HOST: moved_to(foreign.base_url.removeprefix("http:") + TO_OTHER_HOST),
        COOKIE_WALL_ONCE: cookie_wall(COOKIE_WALL_ONCE, times=1),
        REFRESHES_TO_ITSELF: refreshing(REFRESHES_TO_ITSELF, f"0; url={REFRESHES_TO_ITSELF}"),
        REFRESHES_BARE: refreshing(REFRESHES_BARE, "300"),
        UNREADABLE_RETRY_AFTER: Fault(
            status=503, headers={"Retry-After": "soon"}, body=b"", times=2
        ),
    }


def losses() -> dict[str, Fault]:
    """The detours that lose their article, by the target each is given for."""
    return {
        NO_LOCATION: Fault(status=301, body=b""),
        TWO_STEP_LOOP: moved_to(TWO_STEP_LOOP + "?x=1", 302),
        TWO_STEP_LOOP + "?x=1": moved_to(TWO_STEP_LOOP, 302),
        COOKIE_WALL_ALWAYS: cookie_wall(COOKIE_WALL_ALWAYS),
        REFRESH_LOOP: refreshing_only(STUB),
        STUB: refreshing_only(REFRESH_LOOP),
        ALWAYS_429: Fault(status=429, headers={"Retry-After": "0"}, body=b""),
    }


@pytest.fixture(scope="module")
def detoured(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every detour of `refusals_and_follows` given."""
    with serving(MIRROR) as foreign:
        folder = tmp_path_factory.mktemp("detours")
        faults = refusals_and_follows(foreign)
        crawled = faulted_crawl(folder, faults, REFUSED | FOLLOWED, REFUSED)
    crawled.elsewhere = foreign.hits
    return crawled


@pytest.fixture(scope="module")
def lost(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every detour of `losses` given."""
    return faulted_crawl(tmp_path_factory.mktemp("detours_lost"), losses(), LOST, LOST)


@pytest.fixture(scope="module")
def next_run(lost: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run over a copy of the losing crawl's file, the mirror served
    plainly: every article, those the crawl lost included."""
    rows = lost.next_run(tmp_path_factory.mktemp("detours_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


def test_redirects_to_file_ftp_javascript_and_data_urls_are_refused(
    detoured: FaultedCrawl,
) -> None:
    detoured.exactly()  # no traceback either: `javascript:` made Scrapy raise
    assert not set(SCHEMES) & set(detoured.rows)
    assert crawl_stats(detoured.db)["tinbao/refused/scheme_redirect"] == 4
    for path in SCHEMES:
        found_in = f"(scheme_redirect; found in the redirect of {detoured.url(path)})"
        assert found_in in detoured.run.stderr


def test_a_protocol_relative_redirect_to_another_host_is_refused(detoured: FaultedCrawl) -> None:
    assert detoured.elsewhere == []
    detoured.exactly()
    assert TO_OTHER_HOST not in detoured.rows
    assert crawl_stats(detoured.db)["tinbao/refused/off_site_redirect"] == 1
    assert detoured.logged("off_site_redirect", f"the redirect of {detoured.url(TO_OTHER_HOST)})")


def test_a_redirect_with_no_location_is_a_failed_fetch_logged_with_its_url(
    lost: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    lost.lost_to_this_run(NO_LOCATION)
    assert lost.logged(f"{NO_LOCATION}: ", "301")
    stored_exactly(next_run, NO_LOCATION)


def test_a_two_step_redirect_loop_is_stopped(lost: FaultedCrawl) -> None:
    """A → A?x=1 → A: a loop through a second URL."""
    assert lost.paths.count(TWO_STEP_LOOP) == 1
    lost.exactly()
    assert TWO_STEP_LOOP not in lost.rows
    assert lost.logged("redirect_loop", f"the redirect of {lost.url(TWO_STEP_LOOP)}?x=1)")
    assert crawl_stats(lost.db)["tinbao/refused/redirect_loop"] == len(LOOPS)


def test_a_redirect_to_itself_that_sets_a_cookie_is_followed(detoured: FaultedCrawl) -> None:
    """A cookie wall: the first answer sets a cookie and sends the reader to the same URL,
    which then serves the article. That is no loop."""
    detoured.exactly(COOKIE_WALL_ONCE)
    assert detoured.paths.count(COOKIE_WALL_ONCE) == 2


def test_a_cookie_wall_that_never_lets_through_is_stopped_as_a_loop(
    lost: FaultedCrawl,
) -> None:
    """The wall answers the same redirect and cookie again: asked once more with the cookie,
    then stopped as a loop; fetched next run."""
    lost.exactly()
    assert COOKIE_WALL_ALWAYS not in lost.rows
    assert lost.paths.count(COOKIE_WALL_ALWAYS) == 2
    assert lost.logged("redirect_loop", f"the redirect of {lost.url(COOKIE_WALL_ALWAYS)})")
    assert crawl_stats(lost.db)["tinbao/refused/redirect_loop"] == len(LOOPS)


def test_a_page_that_refreshes_itself_is_the_article(detoured: FaultedCrawl) -> None:
    """Many papers reload their pages every few minutes with `<meta http-equiv=refresh>`,
    with or without their own URL; the page is still the article."""
    detoured.exactly(REFRESHES_TO_ITSELF)
    detoured.exactly(REFRESHES_BARE)
    assert not {REFRESHES_TO_ITSELF, REFRESHES_BARE} & set(dropped(detoured.db))


def test_a_meta_refresh_loop_between_two_pages_ends(lost: FaultedCrawl) -> None:
    """A refreshes to a stub page, which refreshes back to A: each fetched at most twice."""
    lost.exactly()
    assert REFRESH_LOOP not in lost.rows
    assert lost.paths.count(REFRESH_LOOP) <= 2 and lost.paths.count(STUB) <= 2


def test_a_robots_txt_answering_500_does_not_stop_the_crawl(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, {"/robots.txt": Fault(status=500, body=b"oops")})
    expect_rows(db, ARTICLES)


def test_a_robots_txt_of_binary_garbage_does_not_stop_the_crawl(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 40
    faults = {"/robots.txt": Fault(body=garbage, content_type="text/plain")}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert "Traceback" not in run.stderr


def test_a_robots_txt_redirected_to_another_host_is_not_fetched_there(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as foreign:
        faults = {"/robots.txt": moved_to(foreign.url("/robots.txt"))}
        with serving(MIRROR, faults) as site:
            run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert foreign.hits == []
    expect_rows(db, ARTICLES)


def test_a_503_with_an_unreadable_retry_after_is_retried_as_usual(detoured: FaultedCrawl) -> None:
    detoured.exactly(UNREADABLE_RETRY_AFTER)
    assert detoured.paths.count(UNREADABLE_RETRY_AFTER) == 3


def test_a_429_on_every_try_loses_only_this_run_and_names_the_article(
    lost: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    lost.lost_to_this_run(ALWAYS_429)
    assert lost.paths.count(ALWAYS_429) == 4
    assert lost.logged("Gave up retrying", ALWAYS_429)
    stored_exactly(next_run, ALWAYS_429)
