"""HTTP and transport faults: errors, stalls, resets, short bodies, huge bodies, slow-down requests.

One article misbehaves in each probe; the crawl must store every other article with exactly
its expected values, store nothing for the faulty one, keep the database intact, and leave the
faulty article to the next run (a failed fetch is not a dropped page).

The server errors (crawled with the default retries) share one crawl, each on an article of
its own, as do the reset, the truncated body, the oversize page and the gzip bomb (crawled with
one retry and a size limit no plain page comes near); a probe that needs a timeout or the
throttle of its own keeps its own crawl.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    expected_records,
    faulted_crawl,
    integrity,
    page_bytes,
    stored_exactly,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving

A = article_path("105870")
B = article_path("104560")
PAGE = page_bytes(A)


def expect_lost_then_recovered(tmp_path: Path, fault: Fault, *settings: str) -> tuple[str, int]:
    """The fault costs article A in this run only: the next run (fault gone) stores it."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db, settings=settings)
        hits = site.paths().count(A)
        assert run.returncode == 0, run.output
        expect_rows(db, set(ARTICLES) - {A})
        assert integrity(db) == "ok"
        assert A not in dropped(db)  # a failed fetch is tried again, not remembered as bad
        site.faults.clear()
        again = crawl(site, db, settings=settings)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    return run.stderr, hits


# Each server error, by the article answering it (read in the crawl `erred`).
TRANSIENT = A  # 503 twice, then the page
PERMANENT = article_path("101877")  # 500 to every try


@pytest.fixture(scope="module")
def erred(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with the default retries, each server error answered by its article."""
    faults = {TRANSIENT: Fault(status=503, times=2), PERMANENT: Fault(status=500)}
    return faulted_crawl(tmp_path_factory.mktemp("erred"), faults, set(faults), {PERMANENT})


@pytest.fixture(scope="module")
def erred_next_run(erred: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The rows after a second run over a copy of `erred`'s file, the mirror served plainly."""
    rows = erred.next_run(tmp_path_factory.mktemp("erred_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


def test_transient_server_error_is_retried(erred: FaultedCrawl) -> None:
    assert erred.paths.count(TRANSIENT) == 3
    erred.exactly(TRANSIENT)


def test_permanent_server_error_loses_only_this_run(
    erred: FaultedCrawl, erred_next_run: dict[str, dict]
) -> None:
    erred.lost_to_this_run(PERMANENT)
    assert erred.paths.count(PERMANENT) == 4  # the first try and RETRY_TIMES (3) retries
    assert erred.logged("Gave up retrying", erred.url(PERMANENT), "500 Internal Server Error")
    stored_exactly(erred_next_run, PERMANENT)


def test_stalled_response_times_out(tmp_path: Path) -> None:
    fault = Fault(stall=3)
    log, hits = expect_lost_then_recovered(tmp_path, fault, "DOWNLOAD_TIMEOUT=1", "RETRY_TIMES=1")
    assert hits == 2
    assert "took longer than 1.0 seconds" in log


# Each broken answer given up, by the article answering it (read in `broken`).
RESET = article_path("104560")
TRUNCATED = article_path("107420")
OVERSIZE = article_path("108765")
GZIP_BOMB = article_path("109512")
MAXSIZE = 200_000  # bytes; the largest page of the mirror is well under it


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with one retry and a download size limit: the connection reset by one article,
    its page cut short by another, a page over the limit from a third and a gzip body that
    inflates past it from a fourth."""
    faults = {
        RESET: Fault(reset=True),
        TRUNCATED: Fault(truncate=3000),
        OVERSIZE: Fault(body=page_bytes(OVERSIZE) + b" " * 300_000),
        GZIP_BOMB: Fault(body=b"\0" * (20 * 1024 * 1024), gzip=True),
    }
    folder = tmp_path_factory.mktemp("broken")
    settings = ("RETRY_TIMES=1", f"DOWNLOAD_MAXSIZE={MAXSIZE}")
    return faulted_crawl(folder, faults, set(faults), set(faults), *settings)


@pytest.fixture(scope="module")
def broken_next_run(broken: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The rows after a second run over a copy of `broken`'s file, the mirror served plainly."""
    rows = broken.next_run(tmp_path_factory.mktemp("broken_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


def test_connection_reset(broken: FaultedCrawl, broken_next_run: dict[str, dict]) -> None:
    broken.lost_to_this_run(RESET)
    # Twisted resends once by itself when a kept-alive connection drops.
    assert broken.paths.count(RESET) in (2, 3, 4)
    assert broken.logged("Gave up retrying <GET http://127.0.0.1:", RESET)
    stored_exactly(broken_next_run, RESET)


def test_truncated_body_is_never_stored(
    broken: FaultedCrawl, broken_next_run: dict[str, dict]
) -> None:
    broken.lost_to_this_run(TRUNCATED)
    assert broken.paths.count(TRUNCATED) == 2
    assert broken.logged("Gave up retrying", broken.url(TRUNCATED))
    stored_exactly(broken_next_run, TRUNCATED)


def test_oversize_page_is_cancelled(broken: FaultedCrawl, broken_next_run: dict[str, dict]) -> None:
    broken.lost_to_this_run(OVERSIZE)
    assert broken.paths.count(OVERSIZE) == 1
    assert broken.logged(broken.url(OVERSIZE), f"larger than download max size ({MAXSIZE})")
    stored_exactly(broken_next_run, OVERSIZE)


def test_gzip_bomb_is_cancelled(broken: FaultedCrawl, broken_next_run: dict[str, dict]) -> None:
    broken.lost_to_this_run(GZIP_BOMB)
    assert broken.paths.count(GZIP_BOMB) == 1
    cancelled = f"exceeded DOWNLOAD_MAXSIZE ({MAXSIZE} B) during decompression"
    assert broken.logged(broken.url(GZIP_BOMB), cancelled)
    stored_exactly(broken_next_run, GZIP_BOMB)


def test_retry_after_is_honoured_and_capped(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = {
        A: Fault(status=503, headers={"Retry-After": "2"}, times=1),
        B: Fault(status=429, headers={"Retry-After": "3600"}, times=1),
    }
    settings = (
        "AUTOTHROTTLE_ENABLED=1",
        "AUTOTHROTTLE_START_DELAY=0",
        "DOWNLOAD_DELAY_JITTER=0",
        "TINBAO_RETRY_AFTER_MAX=2",
    )
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    for path in (A, B):
        first, retry = (hit.at for hit in site.hits if hit.path == path)
        assert retry - first >= 2.0  # not the 0.1 s backoff these tests run with
    stats = crawl_stats(db)
    assert (stats["tinbao/retry_after"], stats["tinbao/retry_after/capped"]) == (2, 1)
    assert "Retry-After 3600 s capped at 2 s (TINBAO_RETRY_AFTER_MAX)" in run.stderr


WAIT = 2  # seconds of the Retry-After in the slow-down test
JITTER = 0.2  # arrival times at the server may differ from send times by this much under load


def test_retry_after_slows_the_whole_host_down(tmp_path: Path) -> None:
    """After a `Retry-After`, every request to the host waits, not only the retried one; the
    delay then comes down as AutoThrottle sees healthy answers (at most halved by each one).

    The answer comes on `robots.txt`: Scrapy sends nothing else to the host until it has read
    robots.txt, so every later request was sent after the crawler had the answer, and the gaps
    between their arrivals at the server are the host's delay: the next three arrive at least
    WAIT, WAIT + WAIT/2 and WAIT + WAIT/2 + WAIT/4 after the retried robots.txt. Without the
    slow-down they come milliseconds apart.
    """
    db = tmp_path / "news.db"
    faults = {"/robots.txt": Fault(status=429, headers={"Retry-After": str(WAIT)}, times=1)}
    settings = ("AUTOTHROTTLE_ENABLED=1", "AUTOTHROTTLE_START_DELAY=0", "DOWNLOAD_DELAY_JITTER=0")
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert [hit.path for hit in site.hits[:3]] == ["/robots.txt", "/robots.txt", FEED]
    arrivals = [hit.at for hit in site.hits]
    assert arrivals[1] - arrivals[0] >= WAIT  # the retry itself waited as asked
    # Each next request waits at least half the wait before it: the k-th after the retry comes
    # WAIT + WAIT/2 + … after it. Summed, as a server slowed down by a loaded machine may note
    # one arrival late, which makes its gap longer and the next one as much shorter.
    since_retry = [at - arrivals[1] for at in arrivals[2:5]]
    for k, waited in enumerate(since_retry, start=1):
        assert waited >= sum(WAIT / 2**i for i in range(k)) - JITTER, since_retry
    assert crawl_stats(db)["tinbao/retry_after"] == 1


def test_without_autothrottle_the_host_delay_comes_back_down_after_the_wait(
    tmp_path: Path,
) -> None:
    """With AutoThrottle off, the delay a `Retry-After` raised goes back to the configured one
    (none here) at the first healthy answer once the wait has passed.

    As above, the answer comes on `robots.txt`, so every later request was sent after it. Before,
    the host kept the raised delay to the end: each of the ~20 later requests came at least
    WAIT after the one before. Now they come as fast as the crawl asks, well within half that.
    """
    db = tmp_path / "news.db"
    faults = {"/robots.txt": Fault(status=429, headers={"Retry-After": str(WAIT)}, times=1)}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=("AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0"))
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert [hit.path for hit in site.hits[:2]] == ["/robots.txt", "/robots.txt"]
    # With no delay the feed and the lists are sent together: which arrives first is the server's.
    assert site.hits[2].path in (FEED, *LISTINGS)
    arrivals = [hit.at for hit in site.hits]
    assert arrivals[1] - arrivals[0] >= WAIT  # the retry itself waited as asked
    later = len(arrivals) - 2
    assert later >= 20, site.paths()
    assert arrivals[-1] - arrivals[1] < later * WAIT / 2, arrivals
    stats = crawl_stats(db)
    assert (stats["tinbao/retry_after"], stats["tinbao/retry_after/eased"]) == (1, 1)


def test_forbidden_on_every_article_fails_the_run(tmp_path: Path) -> None:
    """Feeds and listings answer, every article page says 403: a failed run, not `OK; 0 new`."""
    db = tmp_path / "news.db"
    faults = {path: Fault(status=403, body=b"Forbidden") for path in expected_records()}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith(
        "baothaibinh: FAILED: 16 of 16 article fetches failed (403: 16); 22 pages, 0 new, "
    ), run.stdout
    assert (
        "ERROR: baothaibinh: site failed: 16 of 16 article fetches failed (403: 16)\n" in run.stderr
    )
    assert site.paths().count(A) == 1  # a 403 is not retried
    expect_rows(db, [])
    assert integrity(db) == "ok"
    assert crawl_rows(db) == [("baothaibinh", "failed")]
