"""What arrives on the wire for an article: layered or no-op encodings, a body that stops half
way, a partial answer, an empty or all-NUL body, a Retry-After given as a date, an HTML page
under another media type.

Each article named below misbehaves its own way, all in one crawl; the articles it leaves to the
next run are fetched by a second run over a copy of its file. The body that stalls half way
keeps crawls of its own, as the short download timeout it needs would hold every page. A page
that cannot be read whole is never stored and is fetched again next run; a page that can is
stored with exactly its expected values.
"""

from __future__ import annotations

import gzip
import re
import time
from email.utils import formatdate
from pathlib import Path

import brotli
import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    FaultedCrawl,
    article_path,
    crawl_stats,
    dropped,
    faulted_crawl,
    page_bytes,
    stored_exactly,
)
from tests.faults.server import Fault
from tests.faults.test_transport import expect_lost_then_recovered

# Each misbehaving article.
GZIPPED_TWICE = article_path("101877")
GZIP_THEN_BR = article_path("102296")
STACKED_CUT_SHORT = article_path("105870")
OUTER_CUT_SHORT = article_path("104560")
IDENTITY = article_path("103355")
PARTIAL = article_path("109650")
EMPTY = article_path("103907")
NULS = article_path("107420")
RETRY_AFTER_DATE = article_path("108765")
XHTML = article_path("109512")
HTML_AS_PLAIN_TEXT = article_path("109874")
PLAIN_TEXT = article_path("107903")
STALLED = article_path("105870")  # in a crawl of its own
NEXT_RUN = {STACKED_CUT_SHORT, OUTER_CUT_SHORT, PARTIAL}  # left to the next run
NOT_STORED = {EMPTY, NULS, PLAIN_TEXT, *NEXT_RUN}
RETRY_AFTER_MAX = "TINBAO_RETRY_AFTER_MAX=2"


def partial() -> Fault:
    """`206 Partial Content` with the first half of the page."""
    whole = page_bytes(PARTIAL)
    half = whole[: len(whole) // 2]
    return Fault(status=206, body=half, headers={"Content-Range": f"bytes 0-{len(half) - 1}/*"})


def misbehaviours() -> dict[str, Fault]:
    """What the site sends for each misbehaving article."""
    inner = gzip.compress(page_bytes(STACKED_CUT_SHORT))
    outer = gzip.compress(gzip.compress(page_bytes(OUTER_CUT_SHORT)))
    when = formatdate(time.time() + 3600, usegmt=True)
    return {
        GZIPPED_TWICE: Fault(
            body=gzip.compress(gzip.compress(page_bytes(GZIPPED_TWICE))),
            headers={"Content-Encoding": "gzip, gzip"},
        ),
        GZIP_THEN_BR: Fault(
            body=brotli.compress(gzip.compress(page_bytes(GZIP_THEN_BR))),
            headers={"Content-Encoding": "gzip, br"},
        ),
        STACKED_CUT_SHORT: Fault(
            body=brotli.compress(inner[: len(inner) // 2]),
            headers={"Content-Encoding": "gzip, br"},
        ),
        OUTER_CUT_SHORT: Fault(
            body=outer[: len(outer) * 6 // 10], headers={"Content-Encoding": "gzip, gzip"}
        ),
        IDENTITY: Fault(headers={"Content-Encoding": "identity"}),
        PARTIAL: partial(),
        EMPTY: Fault(body=b""),
        NULS: Fault(body=bytes(50_000)),
        RETRY_AFTER_DATE: Fault(status=503, headers={"Retry-After": when}, times=1),
        XHTML: Fault(content_type="application/xhtml+xml; charset=utf-8"),
        HTML_AS_PLAIN_TEXT: Fault(content_type="text/plain; charset=utf-8"),
        PLAIN_TEXT: Fault(
            body="Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh\n".encode() * 20,
            content_type="text/plain; charset=utf-8",
        ),
    }


@pytest.fixture(scope="module")
def wired(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every article of `misbehaviours()` served so (a Retry-After
    honoured for at most 2 s)."""
    faults = misbehaviours()
    folder = tmp_path_factory.mktemp("wire")
    return faulted_crawl(folder, faults, set(faults), NOT_STORED, RETRY_AFTER_MAX)


@pytest.fixture(scope="module")
def next_run(wired: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run over a copy of the crawl's file: every article."""
    rows = wired.next_run(tmp_path_factory.mktemp("wire_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


def test_a_body_gzipped_twice_is_read(wired: FaultedCrawl) -> None:
    wired.exactly(GZIPPED_TWICE)


def test_a_gzip_then_br_body_is_read(wired: FaultedCrawl) -> None:
    wired.exactly(GZIP_THEN_BR)


def test_a_stacked_encoding_cut_short_is_never_parsed(
    wired: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """`gzip, br`: the outer br stream is whole, the gzip inside it ends half way."""
    wired.lost_to_this_run(STACKED_CUT_SHORT)
    assert wired.paths.count(STACKED_CUT_SHORT) == 1
    line = f"{STACKED_CUT_SHORT}: body not read, its gzip, br encoding cannot be decoded"
    assert f"{line} (gzip stream cut short)" in wired.run.stderr
    stored_exactly(next_run, STACKED_CUT_SHORT)


def test_an_outer_layer_cut_short_is_never_parsed(
    wired: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """`gzip, gzip` whose outer stream is cut short: nothing half-decoded reaches the parser."""
    wired.lost_to_this_run(OUTER_CUT_SHORT)
    assert wired.paths.count(OUTER_CUT_SHORT) == 1
    line = f"{OUTER_CUT_SHORT}: body not read, its gzip, gzip encoding cannot be decoded"
    assert f"{line} (gzip stream cut short)" in wired.run.stderr
    stored_exactly(next_run, OUTER_CUT_SHORT)


def test_identity_encoding_is_read_as_is(wired: FaultedCrawl) -> None:
    wired.exactly(IDENTITY)
    assert "unsupported encoding" not in wired.run.stderr


def test_a_body_that_stalls_half_way_times_out(tmp_path: Path) -> None:
    """Headers and 4 kB arrive at once, then nothing for longer than DOWNLOAD_TIMEOUT."""
    fault = Fault(stall=3, stall_at=4000)
    log, hits = expect_lost_then_recovered(tmp_path, fault, "DOWNLOAD_TIMEOUT=1", "RETRY_TIMES=1")
    assert hits == 2
    assert "took longer than 1.0 seconds" in log


def test_a_partial_content_answer_is_never_stored(
    wired: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    """`206 Partial Content` to a request that asked for no range: half the page, not the
    article (a cache in front of the site answered a range it had for someone else)."""
    wired.lost_to_this_run(PARTIAL)
    assert wired.paths.count(PARTIAL) == 1
    assert (
        f"{PARTIAL}: body not read, partial answer (206) to a request for the whole page; "
        "fetched again next run\n" in wired.run.stderr
    )
    stored_exactly(next_run, PARTIAL)


def test_an_empty_answer_is_not_an_article(wired: FaultedCrawl) -> None:
    wired.exactly()
    assert dropped(wired.db)[EMPTY] == "unreadable page"
    assert f"{LIVE}{EMPTY}: unreadable page (empty body)" in wired.run.stderr


def test_a_page_of_nul_bytes_is_not_an_article(wired: FaultedCrawl) -> None:
    wired.exactly()
    assert dropped(wired.db)[NULS] == "unreadable page"
    assert f"{LIVE}{NULS}: unreadable page (empty body)" in wired.run.stderr


def test_retry_after_as_a_date_is_honoured(wired: FaultedCrawl) -> None:
    """`Retry-After: <HTTP-date>` an hour ahead: read as a wait of about 3600 s (capped at 2 s
    here), not ignored for the 0.1 s backoff these tests run with."""
    wired.exactly(RETRY_AFTER_DATE)
    first, retry = (hit.at for hit in wired.hits if hit.path == RETRY_AFTER_DATE)
    assert retry - first >= 2.0
    capped = r"Retry-After 3[56]\d\d s capped at 2 s \(TINBAO_RETRY_AFTER_MAX\)"
    assert re.search(capped, wired.run.stderr)
    assert crawl_stats(wired.db)["tinbao/retry_after/capped"] == 1


def test_an_xhtml_page_is_read(wired: FaultedCrawl) -> None:
    wired.exactly(XHTML)


def test_an_html_page_labelled_plain_text_is_read(wired: FaultedCrawl) -> None:
    """A server that labels its article pages `text/plain` still sends an HTML document."""
    wired.exactly(HTML_AS_PLAIN_TEXT)


def test_plain_text_that_is_no_html_is_not_an_article(wired: FaultedCrawl) -> None:
    wired.exactly()
    assert dropped(wired.db)[PLAIN_TEXT] == "missing headline"  # text/plain may carry HTML: read
