"""Bodies built to exhaust a crawler: an inline base64 image of megabytes, a page of 50 MB sent
without a length, a page that never ends (fast or slow), compression bombs in the feed, in
`robots.txt`, in brotli, and gzip bytes with no header saying so.

The crawl must end in bounded time and memory, never store a cut page, log the URL of what it
gave up, and store every other article exactly.
"""

from __future__ import annotations

import base64
import gzip
import time
from pathlib import Path

import brotli

from tests.faults.harness import (
    ARTICLES,
    FEED,
    MIRROR,
    crawl,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_feed_shapes import FEED_ONLY
from tests.faults.test_pages import PAGE, A

MB = 1024 * 1024


def crawl_with(tmp_path: Path, faults: dict[str, Fault], *settings: str):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        started = time.monotonic()
        run = crawl(site, db, settings=settings)
        took = time.monotonic() - started
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    assert "Traceback" not in run.output
    return site, run, db, took


def inline_image(size: int) -> bytes:
    """A's page with an inline `data:` PNG of about `size` bytes before its text."""
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(size * 3 // 4)).decode()
    return PAGE.replace(
        "<p>Trong số 38", f'<p><img src="data:image/png;base64,{data}" alt=""></p><p>Trong số 38'
    ).encode()


def test_an_inline_base64_image_of_three_megabytes_keeps_the_article(tmp_path: Path) -> None:
    """The editor pasted a photo into the text as a `data:` URI: the article is stored exact,
    and the image list holds no `data:` URI."""
    _, _, db, _ = crawl_with(tmp_path, {A: Fault(body=inline_image(3 * MB))})
    expect_rows(db, ARTICLES)
    assert all(
        not image["url"].startswith("data:")
        for row in stored(db).values()
        for image in row["images"]
    )


def test_a_page_over_the_size_cap_because_of_an_inline_image_is_named(tmp_path: Path) -> None:
    """10 MB of inline image: over `DOWNLOAD_MAXSIZE`, cancelled, a warning naming A."""
    site, run, db, _ = crawl_with(tmp_path, {A: Fault(body=inline_image(10 * MB))})
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr


def test_a_fifty_megabyte_page_without_a_length_is_cancelled_at_the_cap(tmp_path: Path) -> None:
    """50 MB sent chunked (no `Content-Length` to refuse it by): the download stops at the cap,
    A is named, the rest stored."""
    body = PAGE.encode() + b"<!-- " + b"x" * (50 * MB) + b" -->"
    site, run, db, took = crawl_with(tmp_path, {A: Fault(body=body, framing="chunked")})
    expect_rows(db, set(ARTICLES) - {A})
    assert f"Error downloading <GET {site.url(A)}>: download cancelled\n" in run.stderr
    assert took < 90


def test_a_page_that_never_ends_is_cancelled_at_the_cap(tmp_path: Path) -> None:
    """A chunked answer that goes on for ever, fast: cancelled once past the cap, A named."""
    fault = Fault(body=PAGE.encode(), framing="chunked", endless=True)
    site, run, db, took = crawl_with(tmp_path, {A: fault})
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr
    assert took < 90


def test_a_page_that_never_ends_slowly_times_out(tmp_path: Path) -> None:
    """A chunk every 0.2 s, for ever (never past the size cap in the time allowed): given up at
    `DOWNLOAD_TIMEOUT`, A named, the rest stored."""
    fault = Fault(body=b"<p>" + b"x" * 1000 + b"</p>", framing="chunked", endless=True, drip=0.2)
    site, run, db, took = crawl_with(tmp_path, {A: fault}, "DOWNLOAD_TIMEOUT=3")
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr
    assert took < 90


def bomb(size: int = 20 * MB) -> bytes:
    return gzip.compress(bytes(size), compresslevel=9)


def test_a_gzip_bomb_for_the_feed_is_cancelled_and_the_listings_still_crawled(
    tmp_path: Path,
) -> None:
    fault = Fault(
        body=bomb(), headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml"
    )
    site, run, db, _ = crawl_with(tmp_path, {FEED: fault})
    expect_rows(db, set(ARTICLES) - {FEED_ONLY})
    assert site.url(FEED) in run.stderr


def test_a_gzip_bomb_for_robots_txt_does_not_stop_the_crawl(tmp_path: Path) -> None:
    fault = Fault(body=bomb(), headers={"Content-Encoding": "gzip"}, content_type="text/plain")
    _, _, db, _ = crawl_with(tmp_path, {"/robots.txt": fault})
    expect_rows(db, ARTICLES)


def test_a_brotli_bomb_for_an_article_is_cancelled(tmp_path: Path) -> None:
    body = brotli.compress(bytes(40 * MB), quality=5)
    site, run, db, _ = crawl_with(
        tmp_path, {A: Fault(body=body, headers={"Content-Encoding": "br"})}
    )
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr


def test_a_gzip_bomb_with_no_content_encoding_is_cancelled(tmp_path: Path) -> None:
    """Gzip bytes of 40 MB of zeros under `text/html` and no header: inflated only up to the
    cap, A named, not stored."""
    site, run, db, _ = crawl_with(tmp_path, {A: Fault(body=bomb(40 * MB))})
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr


def test_a_gzip_bomb_of_a_real_page_followed_by_zeros_is_not_stored_cut(tmp_path: Path) -> None:
    """The article, then 40 MB of zeros, gzipped: what fits under the cap is a page that would
    read as the article; it must not be stored."""
    body = gzip.compress(PAGE.encode() + bytes(40 * MB), compresslevel=9)
    site, run, db, _ = crawl_with(
        tmp_path, {A: Fault(body=body, headers={"Content-Encoding": "gzip"})}
    )
    expect_rows(db, set(ARTICLES) - {A})
    assert site.url(A) in run.stderr
