"""Probes: how a crawl behaves towards the site's server, measured at the server.

README: the defaults are polite: robots.txt obeyed, AutoThrottle, at most 2 concurrent requests
per domain, a User-Agent naming tinbao with a contact URL; any Scrapy setting may be given
with `-s`. docs/reliability.md: cookies are off, except that a redirect to the page itself
that sets a cookie is asked once more with it. Each probe serves the mirror with every article
answering slowly, so requests in flight overlap at the server, and reads what arrived.

The probes of the default manners (two in flight, the User-Agent, robots.txt first, the feed's
cookie never sent back) read one crawl, the feed setting its cookie; one request at a time and
the download delay are settings of a crawl of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, FEED, MIRROR, VIDEO, crawl, expect_rows
from tests.faults.server import Fault, FaultServer, serving

STALL = 0.5
COOKIE = Fault(headers={"Set-Cookie": "phien=abc123; Path=/"})


def _slow_crawl(tmp_path: Path, *settings: str, faults: dict | None = None) -> FaultServer:
    """Crawl the mirror with every article page answering after STALL seconds."""
    slow = {path: Fault(stall=STALL) for path in [*ARTICLES, VIDEO]}
    db = tmp_path / "news.db"
    with serving(MIRROR, {**slow, **(faults or {})}) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    return site


def _most_at_once(site: FaultServer) -> int:
    """The most article requests the server held at one time: a request holds its place from
    its arrival until its answer, STALL seconds later."""
    times = sorted(hit.at for hit in site.hits if hit.path in ARTICLES or hit.path == VIDEO)
    assert len(times) == len(ARTICLES) + 1
    margin = 0.05  # the answer's own sending
    return max(sum(1 for t in times if start <= t < start + STALL - margin) for start in times)


@pytest.fixture(scope="module")
def default_manners(tmp_path_factory: pytest.TempPathFactory) -> FaultServer:
    """One slow crawl with the default settings, the feed setting a cookie."""
    return _slow_crawl(tmp_path_factory.mktemp("default_manners"), faults={FEED: COOKIE})


def test_at_most_two_requests_are_in_flight_to_the_host(default_manners: FaultServer) -> None:
    assert _most_at_once(default_manners) == 2


def test_one_request_per_host_at_a_time_when_asked(tmp_path: Path) -> None:
    site = _slow_crawl(tmp_path, "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    assert _most_at_once(site) == 1


def test_every_request_names_tinbao_and_a_contact_url(default_manners: FaultServer) -> None:
    agents = {hit.headers.get("User-Agent", "") for hit in default_manners.hits}
    assert len(agents) == 1, agents
    (agent,) = agents
    assert "tinbao" in agent.lower() and "http" in agent, agent


def test_robots_txt_is_asked_first_and_once(default_manners: FaultServer) -> None:
    paths = default_manners.paths()
    assert paths[0] == "/robots.txt"
    assert paths.count("/robots.txt") == 1


def test_a_download_delay_spaces_every_request(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=("DOWNLOAD_DELAY=0.3",))
    assert run.returncode == 0, run.output
    times = sorted(hit.at for hit in site.hits)
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    # Scrapy waits between 0.5 and 1.5 times the delay.
    assert min(gaps) >= 0.5 * 0.3 - 0.02, gaps


def test_a_cookie_set_by_the_feed_is_never_sent_back(default_manners: FaultServer) -> None:
    assert FEED in default_manners.paths()  # the cookie was set
    sent = [hit.path for hit in default_manners.hits if "Cookie" in hit.headers]
    assert sent == []
