"""Redirects, refreshes and robots.txt answers that lead nowhere good: to other schemes, round
in circles, nowhere at all, or off the site; and a page that refreshes itself.

The rules: nothing off the site or outside http(s) is requested; a loop ends; each refusal is
logged with the article's URL; a page that merely reloads itself is still the article.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    crawl_faults,
    crawl_stats,
    dropped,
    expect_rows,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A, B, C
from tests.faults.test_transport import expect_lost_then_recovered

D = "/tin-tuc/12/107420/chu-dong-phong-chong-sot-xuat-huyet-trong-mua-mua"


def moved_to(location: str, status: int = 301, **more) -> Fault:
    return Fault(status=status, headers={"Location": location}, body=b"", **more)


def test_redirects_to_file_ftp_javascript_and_data_urls_are_refused(tmp_path: Path) -> None:
    faults = {
        A: moved_to("file:///etc/passwd"),
        B: moved_to("ftp://127.0.0.1/tin-tuc/15/104560/x"),
        C: moved_to("javascript:alert(1)"),
        D: moved_to("data:text/html,<h1>x</h1>"),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A, B, C, D})
    assert crawl_stats(db)["tinbao/refused/scheme_redirect"] == 4
    for path in (A, B, C, D):
        assert f"(scheme_redirect; found in the redirect of {site.url(path)})" in run.stderr
    assert "Traceback" not in run.stderr  # `javascript:` made Scrapy raise


def test_a_protocol_relative_redirect_to_another_host_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as foreign:
        host = foreign.base_url.removeprefix("http:")
        with serving(MIRROR, {A: moved_to(host + A)}) as site:
            run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert foreign.hits == []
    expect_rows(db, set(ARTICLES) - {A})
    assert crawl_stats(db)["tinbao/refused/off_site_redirect"] == 1


def test_a_redirect_with_no_location_is_a_failed_fetch_logged_with_its_url(
    tmp_path: Path,
) -> None:
    log, hits = expect_lost_then_recovered(tmp_path, Fault(status=301, body=b""))
    assert f"{A}: " in log and "301" in log


def test_a_two_step_redirect_loop_is_stopped(tmp_path: Path) -> None:
    """A → A?x=1 → A: a loop through a second URL."""
    other = A + "?x=1"
    site, run, db = crawl_faults(tmp_path, {A: moved_to(other, 302), other: moved_to(A, 302)})
    assert site.paths().count(A) == 1
    expect_rows(db, set(ARTICLES) - {A})
    assert crawl_stats(db)["tinbao/refused/redirect_loop"] == 1


def test_a_redirect_to_itself_that_sets_a_cookie_is_followed(tmp_path: Path) -> None:
    """A cookie wall: the first answer sets a cookie and sends the reader to the same URL,
    which then serves the article. That is no loop."""
    wall = moved_to(A, 302, times=1)
    wall.headers["Set-Cookie"] = "visited=1; Path=/"
    site, run, db = crawl_faults(tmp_path, {A: wall})
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) == 2


def test_a_cookie_wall_that_never_lets_through_is_stopped_as_a_loop(tmp_path: Path) -> None:
    """The wall answers the same redirect and cookie again: asked once more with the cookie,
    then stopped as a loop; fetched next run."""
    wall = moved_to(A, 302)
    wall.headers["Set-Cookie"] = "visited=1; Path=/"
    site, run, db = crawl_faults(tmp_path, {A: wall})
    expect_rows(db, set(ARTICLES) - {A})
    assert site.paths().count(A) == 2
    assert crawl_stats(db)["tinbao/refused/redirect_loop"] == 1


def test_a_page_that_refreshes_itself_is_the_article(tmp_path: Path) -> None:
    """Many papers reload their pages every few minutes with `<meta http-equiv=refresh>`,
    with or without their own URL; the page is still the article."""
    own = PAGE.replace("<head>", f'<head><meta http-equiv="refresh" content="0; url={A}">', 1)
    bare = (MIRROR / B.strip("/") / "page.html").read_text(encoding="utf-8")
    bare = bare.replace("<head>", '<head><meta http-equiv="refresh" content="300">', 1)
    faults = {A: Fault(body=own.encode()), B: Fault(body=bare.encode())}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert A not in dropped(db) and B not in dropped(db)


def test_a_meta_refresh_loop_between_two_pages_ends(tmp_path: Path) -> None:
    """A refreshes to a stub page, which refreshes back to A: each fetched at most twice."""
    stub = "/chuyen-huong"
    page_a = f'<html><head><meta http-equiv="refresh" content="0; url={stub}"></head></html>'
    page_s = f'<html><head><meta http-equiv="refresh" content="0; url={A}"></head></html>'
    faults = {A: Fault(body=page_a.encode()), stub: Fault(body=page_s.encode())}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A})
    assert site.paths().count(A) <= 2 and site.paths().count(stub) <= 2


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


def test_a_503_with_an_unreadable_retry_after_is_retried_as_usual(tmp_path: Path) -> None:
    fault = Fault(status=503, headers={"Retry-After": "soon"}, body=b"", times=2)
    site, run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) == 3
    assert "Traceback" not in run.stderr


def test_a_429_on_every_try_loses_only_this_run_and_names_the_article(tmp_path: Path) -> None:
    fault = Fault(status=429, headers={"Retry-After": "0"}, body=b"")
    log, hits = expect_lost_then_recovered(tmp_path, fault)
    assert hits == 4
    assert "Gave up retrying" in log and A in log
