"""`Retry-After` given as a date in each of the three forms HTTP allows (the IMF fixdate, the
obsolete RFC 850 form with a two-digit year and a weekday written out, C's `asctime` form), and
as a date a server wrote in its own zone with a numeric offset.

docs/reliability.md: a `429`/`503` with `Retry-After` is retried after waiting as long as asked,
at most `TINBAO_RETRY_AFTER_MAX`, a longer wait logged as capped; a `Retry-After` date is read
against the local clock. Each probe answers article A's first request with a `503` whose date
lies a few seconds ahead (made when the request arrives) and measures the wait at the server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

A = article_path("105870")
AHEAD = 4  # seconds between the request and the date its answer names


def imf(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


def rfc850(moment: datetime) -> str:
    return moment.strftime("%A, %d-%b-%y %H:%M:%S GMT")


def asctime(moment: datetime) -> str:
    return moment.strftime("%a %b ") + f"{moment.day:2d}" + moment.strftime(" %H:%M:%S %Y")


def local_offset(moment: datetime) -> str:
    """The instant written in Vietnamese time with its offset, as a server set to it would."""
    return moment.astimezone(timezone(timedelta(hours=7))).strftime("%a, %d %b %Y %H:%M:%S %z")


def retry_at(form: Callable[[datetime], str], seconds: float) -> Fault:
    """A `503` once, its `Retry-After` the date `seconds` after the request, written in `form`."""

    def headers() -> dict[str, str]:
        moment = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=seconds)
        return {"Retry-After": form(moment)}

    return Fault(status=503, body=b"busy", headers_now=headers, times=1)


def waits_for_a(tmp_path: Path, fault: Fault, *settings: str) -> tuple[float, str]:
    """Crawl with A answering `fault` once; the seconds between A's two requests, the log."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: fault}) as site:
        run = crawl(site, db, settings=settings)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    times = [hit.at for hit in site.hits if hit.path == A]
    assert len(times) == 2, site.paths()
    return times[1] - times[0], run.stderr


@pytest.mark.parametrize("form", [imf, rfc850, asctime], ids=["imf", "rfc850", "asctime"])
def test_a_retry_after_date_in_each_http_form_is_waited_for(tmp_path: Path, form) -> None:
    """A date 4 s ahead (3 to 4 s once cut to the second): the retry comes no sooner than 2.5 s
    after the first request, and well before the backoff cap."""
    waited, _ = waits_for_a(tmp_path, retry_at(form, AHEAD))
    assert 2.5 <= waited < 20, waited


def test_a_retry_after_date_with_a_numeric_offset_is_the_same_instant(tmp_path: Path) -> None:
    """`Sat, 05 Dec 2026 13:00:04 +0700`, a server writing its local time: the instant it names,
    4 s ahead, is waited for (not 7 hours, not nothing)."""
    waited, stderr = waits_for_a(tmp_path, retry_at(local_offset, AHEAD))
    assert 2.5 <= waited < 20, (waited, stderr)
    assert "capped" not in stderr, stderr


def test_a_retry_after_date_in_the_rfc850_form_hours_ahead_is_capped(tmp_path: Path) -> None:
    """Two hours ahead in the RFC 850 form: capped at `TINBAO_RETRY_AFTER_MAX` (1 s here) with
    its warning; the retry comes after about that second."""
    started = time.monotonic()
    waited, stderr = waits_for_a(tmp_path, retry_at(rfc850, 7200), "TINBAO_RETRY_AFTER_MAX=1")
    assert "capped at 1 s (TINBAO_RETRY_AFTER_MAX)" in stderr, stderr
    assert 0.8 <= waited < 10, waited
    assert time.monotonic() - started < 60


def test_a_retry_after_date_in_the_asctime_form_gone_by_is_retried_at_once(tmp_path: Path) -> None:
    """A date an hour in the past: nothing to wait for; the retry comes within the backoff."""
    waited, stderr = waits_for_a(tmp_path, retry_at(asctime, -3600))
    assert waited < 2, waited
    assert "capped" not in stderr, stderr
