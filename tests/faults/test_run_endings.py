"""How a run ends and what it says: discovery that answers nothing but errors, discovery that
lists no article on a first run, a mix of a failed fetch and a dropped page, a second run with
nothing new.

The one-line summary, the exit code and the `crawls` row must tell the same story as the
rows in the database: a run that could store nothing it should have is a failure, a run that
found nothing new is not.

The summary's agreement with the rows and the pages said to be unreachable are read from one
crawl (one article failing on every try, two once); the second run starts from a copy of the
mirror crawled once for the test process (`crawled_mirror`).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    Run,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
EMPTY_FEED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
    b"<title>B\xc3\xa1o</title><link>https://baothaibinh.com.vn/</link></channel></rss>\n"
)
EMPTY_LISTING = (
    "<!DOCTYPE html><html><head><title>Thời sự</title></head>"
    "<body><p>Chưa có tin.</p></body></html>"
).encode()


def last_crawl(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM crawls ORDER BY id DESC LIMIT 1").fetchone())
    finally:
        conn.close()


def discovery_files(root: Path) -> list[Path]:
    """Every page of the mirror that is not an article: home, feed, listings, archive."""
    return [
        file
        for file in root.rglob("*")
        if file.is_file()
        and file.suffix in {".html", ".rss"}
        and not (file.parent / "page.json").exists()
    ]


def crawl_discovery(tmp_path: Path, body: bytes | None, *options: str):
    """Crawl a copy of the mirror whose every discovery page answers `body` (or 404 when
    None); the feed answers an empty feed when `body` is given."""
    root = mirror_copy(tmp_path)
    for file in discovery_files(root):
        if body is None:
            file.unlink()
        else:
            file.write_bytes(EMPTY_FEED if file.suffix == ".rss" else body)
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db, *options)
    return site, run, db


def test_discovery_answering_only_errors_fails_the_run(tmp_path: Path) -> None:
    """The home page, the feed, every listing and archive page answer 404: nothing could be
    found, so the run is a failure that says so, not `OK; 0 new`."""
    site, run, db = crawl_discovery(tmp_path, None)
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith("baothaibinh: FAILED"), run.stdout
    assert "Traceback" not in run.output
    assert stored(db) == {}
    assert last_crawl(db)["status"] == "failed"
    assert integrity(db) == "ok"


def test_discovery_listing_no_article_on_a_first_run_is_said_and_fails(tmp_path: Path) -> None:
    """Feed and listings answer 200 but name no article, on an empty database (a template
    change): a first run that stores nothing says so and exits non-zero."""
    site, run, db = crawl_discovery(tmp_path, EMPTY_LISTING)
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith(
        "baothaibinh: FAILED: no article link on any of 3 feed, sitemap and listing pages; "
    ), run.stdout
    assert (
        "ERROR: baothaibinh: site failed: no article link on any of 3 feed, sitemap and "
        "listing pages\n" in run.stderr
    ), run.stderr
    assert stored(db) == {}
    assert last_crawl(db)["status"] == "failed"


# The crawl `unreachable`: A answers `503` once and C resets its connection once, then both
# load; B answers `500` on every try.
B, C = article_path("104560"), article_path("107903")


@pytest.fixture(scope="module")
def unreachable(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """One crawl with A and C failing once and B on every try: its run and its database."""
    faults = {
        A: Fault(status=503, body=b"busy", times=1),
        B: Fault(status=500, body=b"oops"),
        C: Fault(reset=True, times=1),
    }
    db = tmp_path_factory.mktemp("unreachable") / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    return run, db


def test_the_summary_and_the_crawls_row_agree_with_the_rows(
    unreachable: tuple[Run, Path],
) -> None:
    """Article B fails on every try, the video page is dropped: 14 rows; the summary line and
    the `crawls` row give the same counts, and the run is a finished one (exit 0)."""
    run, db = unreachable
    assert run.returncode == 0, run.output
    expect_rows(db, set(ARTICLES) - {B})
    (summary,) = [line for line in run.stdout.splitlines() if line.startswith("baothaibinh:")]
    assert re.search(r"\b14 new\b", summary), summary
    assert re.search(r"\b1 dropped\b", summary), summary
    assert re.search(r"\b0 errors\b", summary), summary  # a given-up fetch is a warning
    assert "1 URLs unreachable (500)" in summary, summary
    row = last_crawl(db)
    assert (row["status"], row["items_new"], row["items_dropped"]) == ("finished", 14, 1)
    assert row["errors"] == 0
    assert row["items_stored"] == len(stored(db))


def test_a_second_run_with_nothing_new_is_ok_not_a_failure(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    """Everything is stored already: a run that stores nothing because nothing is new is OK."""
    db = database_copy(crawled_mirror, tmp_path)  # a first run that stored every article
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    assert again.stdout.startswith("baothaibinh: OK"), again.stdout
    assert re.search(r"\b0 new\b", again.stdout), again.stdout
    expect_rows(db, ARTICLES)
    assert last_crawl(db)["status"] == "finished"


def test_a_quiet_failed_run_still_prints_its_summary(tmp_path: Path) -> None:
    """Under `--quiet` (cron), a failed run's summary and its one error line still come out."""
    site, run, db = crawl_discovery(tmp_path, None, "--quiet")
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert run.stdout.startswith("baothaibinh: FAILED"), run.stdout
    assert "ERROR: baothaibinh: site failed" in run.stderr, run.stderr


def test_only_pages_given_up_are_said_to_be_unreachable(unreachable: tuple[Run, Path]) -> None:
    """Article A answers `503` once and article C resets its connection once, then both load;
    article B answers `500` on every try. Only B is unreachable, for its `500` (before: `1 URLs
    unreachable (500, 503, ResponseNeverReceived)`, naming the retries that then loaded)."""
    run, db = unreachable
    assert run.returncode == 0, run.output
    expect_rows(db, set(ARTICLES) - {B})
    (summary,) = [line for line in run.stdout.splitlines() if line.startswith("baothaibinh:")]
    assert re.search(r"\b1 URLs unreachable \(500\)", summary), summary
