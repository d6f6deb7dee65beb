"""Cookie-consent walls in front of an article: the article redirects to a consent page at
another address of the site, which sets the consent cookie and sends the reader back; the same
wall never letting through; a consent page that waits for a click; a consent page on another
host.

docs/reliability.md: a cookie wall (a redirect that sets a cookie) is asked once more with the
cookies that answer set, and stored; a wall that never lets through is stopped as a loop; a
redirect off the site is never followed; a page answered by a redirect off the article pattern
is never stored as an article. Each wall stands in front of an article of its own, all in one
crawl: the article redirects to `/chap-nhan-cookie?next=<its path>` until the request carries its
own consent cookie (so that one wall's cookie opens no other).
"""

from __future__ import annotations

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    faulted_crawl,
    stored_exactly,
)
from tests.faults.server import Fault, serving

A = article_path("105870")  # its wall sets the cookie and sends back
NEVER = article_path("104560")  # its wall sends back without a cookie
CLICK = article_path("108990")  # its wall waits for a click
OFF_SITE = article_path("102908")  # its wall is on another host
COOKIE = "dong_y=1"
NOTICE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Chấp nhận cookie</title>"
    "</head><body><h1>Trang web sử dụng cookie</h1><p>Chúng tôi dùng cookie để cải thiện trải "
    "nghiệm của bạn.</p><form method='post'><button name='dong_y' value='1'>Đồng ý</button>"
    "</form></body></html>"
).encode()


def consent(path: str) -> str:
    """The consent page in front of the article at `path`."""
    return f"/chap-nhan-cookie?next={path}"


def to_consent(location: str, cookie: str = COOKIE) -> Fault:
    """The article, until `cookie` comes back: a `302` to the consent page at `location`."""
    return Fault(status=302, headers={"Location": location}, body=b"", unless_cookie=cookie)


def warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "WARNING" in line or "ERROR" in line]


@pytest.fixture(scope="module")
def walls(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every wall in front of its article, the off-site one on a
    second server, which must receive no request."""
    back = Fault(status=302, headers={"Location": A, "Set-Cookie": f"{COOKIE}; Path=/"}, body=b"")
    faults = {
        A: to_consent(consent(A)),
        consent(A): back,
        NEVER: to_consent(consent(NEVER), "dong_y_2=1"),
        consent(NEVER): Fault(status=302, headers={"Location": NEVER}, body=b""),
        CLICK: to_consent(consent(CLICK), "dong_y_3=1"),
        consent(CLICK): Fault(body=NOTICE),
    }
    folder = tmp_path_factory.mktemp("walls")
    with serving(MIRROR) as other:
        faults[OFF_SITE] = to_consent(f"{other.base_url}/consent?next={OFF_SITE}", "dong_y_4=1")
        lost = {NEVER, CLICK, OFF_SITE}
        crawled = faulted_crawl(folder, faults, {A, *lost}, lost)
    crawled.elsewhere = other.paths()
    return crawled


@pytest.fixture(scope="module")
def next_run(walls: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run, the walls gone, over a copy of the crawl's file."""
    return walls.next_run(tmp_path_factory.mktemp("walls_next_run"))


def test_a_consent_page_that_sets_the_cookie_and_sends_back_lets_the_article_through(
    walls: FaultedCrawl,
) -> None:
    """A → consent page (`302` back to A with `Set-Cookie: dong_y=1`) → A with the cookie: the
    article stored once under A, the consent page stored nowhere, A asked twice."""
    walls.exactly(A)
    assert walls.paths.count(A) == 2, walls.paths
    assert walls.paths.count(consent(A)) == 1, walls.paths


def test_a_consent_wall_that_never_lets_through_is_stopped_and_named(
    walls: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """The consent page sends back without setting any cookie: the article is not stored, the
    run names its address in a warning, asks for it at most three times, and the next run (the
    wall gone) stores it."""
    walls.exactly()
    assert NEVER not in walls.rows
    assert walls.paths.count(NEVER) <= 3, walls.paths
    assert any(NEVER in line for line in warning_lines(walls.run.stderr)), walls.run.stderr
    assert sorted(next_run) == sorted(ARTICLES)
    stored_exactly(next_run, NEVER)


def test_a_consent_page_waiting_for_a_click_is_never_stored(
    walls: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """The article → a consent page answering `200` with a notice and a button: no row for it
    or for the article, the article named in a warning; the next run (the wall gone) stores it."""
    walls.exactly()
    assert CLICK not in walls.rows
    assert not any("chap-nhan" in row["url"] for row in walls.rows.values()), sorted(walls.rows)
    assert any(CLICK in line for line in warning_lines(walls.run.stderr)), walls.run.stderr
    assert sorted(next_run) == sorted(ARTICLES)
    stored_exactly(next_run, CLICK)
    assert LIVE + CLICK in {row["url"] for row in next_run.values()}


def test_a_consent_page_on_another_host_is_never_asked_for(walls: FaultedCrawl) -> None:
    """The article → `http://<other host>/consent?next=<it>`: the other host receives no
    request, the article is not stored, and a warning names the refusal."""
    walls.exactly()
    assert walls.elsewhere == []
    assert OFF_SITE not in walls.rows
    assert any("off_site_redirect" in line for line in warning_lines(walls.run.stderr))
