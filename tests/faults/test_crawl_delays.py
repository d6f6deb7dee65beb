"""`Crawl-delay` in robots.txt, as small papers' hosts write it to keep crawlers from
overloading them: for every agent, in a group for tinbao alone, written unreadably; and a
robots.txt answered with the site's home page (a CMS that serves its home page for any path).

README: the defaults are polite: robots.txt obeyed, AutoThrottle, at most 2 concurrent
requests per domain. A host that asks for a second between requests in its robots.txt gets
that second between tinbao's requests (measured here at the server, with the project's test
settings turning its own delay and AutoThrottle off); a value that is no number asks nothing;
a home page where robots.txt should be forbids nothing. Each crawl stores every article once.
"""

from __future__ import annotations

from pathlib import Path
from statistics import median

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, FaultServer, serving

ROBOTS = "/robots.txt"


def robots(text: str) -> dict[str, Fault]:
    return {ROBOTS: Fault(body=text.encode("utf-8"), content_type="text/plain")}


def gaps(site: FaultServer) -> list[float]:
    """Seconds between the arrivals of consecutive requests after robots.txt."""
    times = [hit.at for hit in site.hits if hit.path != ROBOTS]
    return [later - earlier for earlier, later in zip(times, times[1:], strict=False)]


def spaced(site: FaultServer, seconds: float) -> None:
    """The requests arrived `seconds` apart: measured at the server, a request sent late on a
    loaded machine arrives late and the next one's gap looks short, so the gaps' median and
    their sum are held to it (give or take a tenth), not each gap."""
    found = gaps(site)
    assert median(found) >= 0.9 * seconds, sorted(found)
    assert sum(found) >= 0.9 * seconds * len(found), sorted(found)


def crawled(tmp_path: Path, faults: dict[str, Fault]) -> FaultServer:
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=("CONCURRENT_REQUESTS_PER_DOMAIN=2",))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    return site


def test_a_crawl_delay_for_every_agent_spaces_the_requests(tmp_path: Path) -> None:
    site = crawled(tmp_path, robots("User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\n"))
    spaced(site, 1.0)


def test_a_crawl_delay_in_a_group_for_tinbao_spaces_the_requests(tmp_path: Path) -> None:
    text = "User-agent: Googlebot\nDisallow:\n\nUser-agent: tinbao\nCrawl-delay: 1\nDisallow:\n"
    site = crawled(tmp_path, robots(text))
    spaced(site, 1.0)


def test_a_crawl_delay_for_another_agent_asks_nothing_of_tinbao(tmp_path: Path) -> None:
    """Only Bingbot is asked to wait; the crawl is as quick as without robots.txt."""
    site = crawled(
        tmp_path, robots("User-agent: bingbot\nCrawl-delay: 5\n\nUser-agent: *\nDisallow:\n")
    )
    assert sum(gaps(site)) < 15, gaps(site)


def test_an_unreadable_crawl_delay_asks_nothing(tmp_path: Path) -> None:
    site = crawled(tmp_path, robots("User-agent: *\nCrawl-delay: một giây\nDisallow: /admin/\n"))
    assert sum(gaps(site)) < 15, gaps(site)


def test_a_robots_txt_answered_with_the_home_page_forbids_nothing(tmp_path: Path) -> None:
    home = (MIRROR / "page.html").read_bytes()
    crawled(tmp_path, {ROBOTS: Fault(body=home, content_type="text/html; charset=utf-8")})


def test_a_crawl_delay_past_the_cap_is_capped_and_said(tmp_path: Path) -> None:
    """`Crawl-delay: 120` with `TINBAO_CRAWL_DELAY_MAX=0.5`: half a second between requests,
    one warning naming the host and both figures."""
    db = tmp_path / "news.db"
    with serving(MIRROR, robots("User-agent: *\nCrawl-delay: 120\n")) as site:
        run = crawl(site, db, settings=("TINBAO_CRAWL_DELAY_MAX=0.5",))
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    spaced(site, 0.5)
    host = site.base_url.removeprefix("http://")
    line = f"{host}: robots.txt Crawl-delay 120 s capped at 0.5 s (TINBAO_CRAWL_DELAY_MAX)"
    assert run.stderr.count("Crawl-delay 120 s capped") == 1, run.stderr
    assert line in run.stderr, run.stderr
