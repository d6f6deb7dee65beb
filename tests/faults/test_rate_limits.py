"""A site that rations its answers: `429 Too Many Requests` on every page for a while, and
`Retry-After` values a server may really send (zero, negative, a fraction, a date gone by, a
number too large for any clock).

Every article must still be stored once the server answers; a wait asked for is honoured only
up to `TINBAO_RETRY_AFTER_MAX`; nothing ends in a traceback, and pages that loaded in the end
are not reported lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

A = article_path("105870")


def summary_of(stdout: str) -> str:
    (line,) = [line for line in stdout.splitlines() if line.startswith("baothaibinh:")]
    return line


def test_every_article_rationed_once_is_stored_and_none_said_lost(tmp_path: Path) -> None:
    """Each article answers `429` with `Retry-After: 1` once, then the page: all 15 stored,
    and the summary reports no URL unreachable and no error."""
    db = tmp_path / "news.db"
    busy = {path: Fault(status=429, headers={"Retry-After": "1"}, times=1) for path in ARTICLES}
    with serving(MIRROR, busy) as site:
        run = crawl(site, db, timeout=300)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    summary = summary_of(run.stdout)
    assert "unreachable" not in summary, summary
    assert re.search(r"\b0 errors\b", summary), summary
    assert integrity(db) == "ok"


@pytest.mark.parametrize(
    "value",
    ["0", "-5", "1.5", "Thu, 01 Jan 1970 00:00:00 GMT", "soon, maybe"],
    ids=["zero", "negative", "fraction", "date_gone_by", "words"],
)
def test_an_odd_retry_after_on_a_503_is_retried_and_stored(tmp_path: Path, value: str) -> None:
    db = tmp_path / "news.db"
    fault = Fault(status=503, headers={"Retry-After": value}, body=b"busy", times=1)
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert site.paths().count(A) == 2, site.paths()
    expect_rows(db, ARTICLES)


def test_a_retry_after_too_large_for_any_clock_is_capped(tmp_path: Path) -> None:
    """`Retry-After: 99999999999999999999` (more seconds than a date can hold): capped at
    `TINBAO_RETRY_AFTER_MAX` with its warning, no traceback, the article stored."""
    db = tmp_path / "news.db"
    fault = Fault(status=429, headers={"Retry-After": "9" * 20}, body=b"later", times=1)
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db, settings=("TINBAO_RETRY_AFTER_MAX=1",))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert "capped at 1 s (TINBAO_RETRY_AFTER_MAX)" in run.stderr, run.stderr
    expect_rows(db, ARTICLES)


def test_a_retry_after_date_years_ahead_is_capped(tmp_path: Path) -> None:
    """A date in the year 9999: capped like any long wait."""
    db = tmp_path / "news.db"
    ahead = "Fri, 31 Dec 9999 23:59:59 GMT"
    fault = Fault(status=503, headers={"Retry-After": ahead}, body=b"later", times=1)
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db, settings=("TINBAO_RETRY_AFTER_MAX=1",))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert "capped at 1 s (TINBAO_RETRY_AFTER_MAX)" in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
