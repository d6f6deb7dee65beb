"""What arrives on the wire for an article: layered or no-op encodings, a body that stops half
way, a partial answer, an empty or all-NUL body, a Retry-After given as a date, an HTML page
under another media type.

Article A (`105870`) misbehaves in each test. A page that cannot be read whole is never stored
and is fetched again next run; a page that can is stored with exactly its expected values.
"""

from __future__ import annotations

import gzip
import re
import time
from email.utils import formatdate
from pathlib import Path

import brotli

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving
from tests.faults.test_transport import expect_lost_then_recovered

A = article_path("105870")
PAGE = (MIRROR / A.strip("/") / "page.html").read_bytes()


def crawl_one(tmp_path: Path, fault: Fault, *settings: str):
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return site, run, db


def test_a_body_gzipped_twice_is_read(tmp_path: Path) -> None:
    twice = gzip.compress(gzip.compress(PAGE))
    fault = Fault(body=twice, headers={"Content-Encoding": "gzip, gzip"})
    site, run, db = crawl_one(tmp_path, fault)
    expect_rows(db, ARTICLES)


def test_a_gzip_then_br_body_is_read(tmp_path: Path) -> None:
    layered = brotli.compress(gzip.compress(PAGE))
    fault = Fault(body=layered, headers={"Content-Encoding": "gzip, br"})
    site, run, db = crawl_one(tmp_path, fault)
    expect_rows(db, ARTICLES)


def test_a_stacked_encoding_cut_short_is_never_parsed(tmp_path: Path) -> None:
    """`gzip, br`: the outer br stream is whole, the gzip inside it ends half way."""
    inner = gzip.compress(PAGE)
    fault = Fault(
        body=brotli.compress(inner[: len(inner) // 2]), headers={"Content-Encoding": "gzip, br"}
    )
    log, hits = expect_lost_then_recovered(tmp_path, fault)
    assert hits == 1
    assert "body not read, its gzip, br encoding cannot be decoded (gzip stream cut short)" in log


def test_an_outer_layer_cut_short_is_never_parsed(tmp_path: Path) -> None:
    """`gzip, gzip` whose outer stream is cut short: nothing half-decoded reaches the parser."""
    outer = gzip.compress(gzip.compress(PAGE))
    fault = Fault(body=outer[: len(outer) * 6 // 10], headers={"Content-Encoding": "gzip, gzip"})
    log, hits = expect_lost_then_recovered(tmp_path, fault)
    assert hits == 1
    assert "body not read, its gzip, gzip encoding cannot be decoded (gzip stream cut short)" in log


def test_identity_encoding_is_read_as_is(tmp_path: Path) -> None:
    site, run, db = crawl_one(tmp_path, Fault(headers={"Content-Encoding": "identity"}))
    expect_rows(db, ARTICLES)
    assert "unsupported encoding" not in run.stderr


def test_a_body_that_stalls_half_way_times_out(tmp_path: Path) -> None:
    """Headers and 4 kB arrive at once, then nothing for longer than DOWNLOAD_TIMEOUT."""
    fault = Fault(stall=3, stall_at=4000)
    log, hits = expect_lost_then_recovered(tmp_path, fault, "DOWNLOAD_TIMEOUT=1", "RETRY_TIMES=1")
    assert hits == 2
    assert "took longer than 1.0 seconds" in log


def test_a_partial_content_answer_is_never_stored(tmp_path: Path) -> None:
    """`206 Partial Content` to a request that asked for no range: half the page, not the
    article (a cache in front of the site answered a range it had for someone else)."""
    half = PAGE[: len(PAGE) // 2]
    fault = Fault(status=206, body=half, headers={"Content-Range": f"bytes 0-{len(half) - 1}/*"})
    log, hits = expect_lost_then_recovered(tmp_path, fault)
    assert hits == 1
    assert (
        f"{A}: body not read, partial answer (206) to a request for the whole page; "
        "fetched again next run\n" in log
    )


def test_an_empty_answer_is_not_an_article(tmp_path: Path) -> None:
    site, run, db = crawl_one(tmp_path, Fault(body=b""))
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "unreadable page"
    assert f"{LIVE}{A}: unreadable page (empty body)" in run.stderr


def test_a_page_of_nul_bytes_is_not_an_article(tmp_path: Path) -> None:
    site, run, db = crawl_one(tmp_path, Fault(body=bytes(50_000)))
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "unreadable page"
    assert f"{LIVE}{A}: unreadable page (empty body)" in run.stderr


def test_retry_after_as_a_date_is_honoured(tmp_path: Path) -> None:
    """`Retry-After: <HTTP-date>` an hour ahead: read as a wait of about 3600 s (capped at 2 s
    here), not ignored for the 0.1 s backoff these tests run with."""
    when = formatdate(time.time() + 3600, usegmt=True)
    fault = Fault(status=503, headers={"Retry-After": when}, times=1)
    site, run, db = crawl_one(tmp_path, fault, "TINBAO_RETRY_AFTER_MAX=2")
    expect_rows(db, ARTICLES)
    first, retry = (hit.at for hit in site.hits if hit.path == A)
    assert retry - first >= 2.0
    capped = r"Retry-After 3[56]\d\d s capped at 2 s \(TINBAO_RETRY_AFTER_MAX\)"
    assert re.search(capped, run.stderr)
    assert crawl_stats(db)["tinbao/retry_after/capped"] == 1


def test_an_xhtml_page_is_read(tmp_path: Path) -> None:
    site, run, db = crawl_one(tmp_path, Fault(content_type="application/xhtml+xml; charset=utf-8"))
    expect_rows(db, ARTICLES)


def test_an_html_page_labelled_plain_text_is_read(tmp_path: Path) -> None:
    """A server that labels its article pages `text/plain` still sends an HTML document."""
    site, run, db = crawl_one(tmp_path, Fault(content_type="text/plain; charset=utf-8"))
    expect_rows(db, ARTICLES)


def test_plain_text_that_is_no_html_is_not_an_article(tmp_path: Path) -> None:
    body = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh\n".encode() * 20
    site, run, db = crawl_one(tmp_path, Fault(body=body, content_type="text/plain; charset=utf-8"))
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "missing headline"  # text/plain may carry HTML: it is read
