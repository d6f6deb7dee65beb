"""Answers whose framing lies or breaks: a length shorter than the page, chunks that stop, a
body ended only by a closed connection, a drip slower than the timeout, bytes that are no HTTP.

Each article named below is served wrong its own way, all in one crawl; the crawl stores every
other article exactly, never stores a cut page as the article, logs the article's URL, and the
next run (the fault gone, over a copy of the crawl's file) stores it. The drip keeps crawls of its
own, as the short download timeout it needs would hold every page, and so does the length
shorter than the page, whose cut page is still stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FaultedCrawl,
    article_path,
    faulted_crawl,
    page_bytes,
    stored_exactly,
)
from tests.faults.server import Fault
from tests.faults.test_transport import PAGE, A, expect_lost_then_recovered

HALF = len(PAGE) // 2
# Each article served wrong; those left to the next run are linked by the feed, which the next
# run reads whole.
CHUNKS_STOPPED = article_path("105870")
CHUNKED = article_path("101877")
CLOSED = article_path("102296")
CLOSED_HALF_WAY = article_path("104560")
NO_HTTP = article_path("109650")
TWO_LENGTHS = article_path("108990")
UNKNOWN_STATUS = article_path("107903")
NEXT_RUN = {CHUNKS_STOPPED, CLOSED_HALF_WAY, NO_HTTP, TWO_LENGTHS, UNKNOWN_STATUS}


def two_lengths() -> Fault:
    """A second Content-Length, half the first, before the whole page."""
    body = page_bytes(TWO_LENGTHS)
    return Fault(
        raw=b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
        % (len(body) // 2, len(body), body)
    )


def framings() -> dict[str, Fault]:
    """What the site sends for each article served wrong."""
    return {
        CHUNKS_STOPPED: Fault(framing="chunked", truncate=len(page_bytes(CHUNKS_STOPPED)) // 2),
        CHUNKED: Fault(framing="chunked"),
        CLOSED: Fault(framing="close"),
        CLOSED_HALF_WAY: Fault(framing="close", truncate=len(page_bytes(CLOSED_HALF_WAY)) // 2),
        NO_HTTP: Fault(raw=b"SSH-2.0-OpenSSH_9.6\r\n"),
        TWO_LENGTHS: two_lengths(),
        UNKNOWN_STATUS: Fault(status=999, body=b""),
    }


@pytest.fixture(scope="module")
def framed(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every article of `framings()` served so."""
    faults = framings()
    return faulted_crawl(tmp_path_factory.mktemp("framing"), faults, set(faults), NEXT_RUN)


@pytest.fixture(scope="module")
def next_run(framed: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run over a copy of the crawl's file: every article."""
    rows = framed.next_run(tmp_path_factory.mktemp("framing_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


def test_a_chunked_body_that_stops_before_its_last_chunk_is_never_stored(
    framed: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    framed.lost_to_this_run(CHUNKS_STOPPED)
    assert framed.paths.count(CHUNKS_STOPPED) == 4  # retried, as for a body cut short of its length
    stored_exactly(next_run, CHUNKS_STOPPED)


def test_a_whole_chunked_body_is_read(framed: FaultedCrawl) -> None:
    framed.exactly(CHUNKED)


def test_a_page_ended_by_closing_the_connection_is_read_when_whole(framed: FaultedCrawl) -> None:
    """HTTP/1.0-style framing: no length, the body ends when the server closes."""
    framed.exactly(CLOSED)


def test_a_page_without_a_length_cut_by_a_closed_connection_is_never_stored(
    framed: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """No length, and the connection closes half way through the page: nothing on the wire
    says the page is cut, the page itself does (its document never ends)."""
    framed.lost_to_this_run(CLOSED_HALF_WAY)
    line = f"{CLOSED_HALF_WAY}: body not read, the connection closed before the page ended"
    assert line in framed.run.stderr
    stored_exactly(next_run, CLOSED_HALF_WAY)


@pytest.mark.xfail(
    strict=True,
    reason="left: the transport reads the announced bytes as the whole answer; telling a page "
    "cut this way from a whole one by its markup alone would refuse about 1 in 400 whole pages",
)
def test_a_content_length_shorter_than_the_page_is_never_stored_cut(tmp_path: Path) -> None:
    """The server announces half the page's length and sends it all: the client reads only
    the announced bytes, half a page."""
    log, hits = expect_lost_then_recovered(tmp_path, Fault(length=HALF))
    assert f"{A}: body not read, the page ends before its document does" in log


def test_a_page_dripping_slower_than_the_timeout_times_out_with_its_url(tmp_path: Path) -> None:
    """100 bytes every 0.05 s: the whole page would take minutes; DOWNLOAD_TIMEOUT is 2 s."""
    log, hits = expect_lost_then_recovered(
        tmp_path, Fault(drip=0.05), "DOWNLOAD_TIMEOUT=2", "RETRY_TIMES=1"
    )
    assert hits == 2
    assert "Gave up retrying <GET http://127.0.0.1:" in log and A in log
    assert "took longer than 2.0 seconds" in log


def test_bytes_that_are_no_http_answer_are_a_failed_fetch(
    framed: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """Another program on the port (an SSH banner) answers the article request."""
    framed.lost_to_this_run(NO_HTTP)
    assert framed.paths.count(NO_HTTP) == 4
    stored_exactly(next_run, NO_HTTP)


def test_two_content_lengths_that_disagree_are_a_failed_fetch(
    framed: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """A proxy adds a second Content-Length: the body's end is unknown, so it is not read."""
    framed.lost_to_this_run(TWO_LENGTHS)
    stored_exactly(next_run, TWO_LENGTHS)


def test_an_unknown_status_is_a_failed_fetch_with_its_url(
    framed: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """Status 999 (a code some anti-bot walls answer) with an empty body."""
    framed.lost_to_this_run(UNKNOWN_STATUS)
    lines = framed.run.stderr.splitlines()
    assert any(f"{UNKNOWN_STATUS}: " in line and "999" in line for line in lines)
    stored_exactly(next_run, UNKNOWN_STATUS)
