"""Retries switched off or narrowed by the person running the crawl: `-s RETRY_ENABLED=0` (a
cron line made to finish fast), `-s RETRY_HTTP_CODES=500,502` (a recipe copied from elsewhere,
which leaves `503` out).

docs/scheduling.md: the summary names the URLs given up after their retries (`N URLs
unreachable (…)`) and the article fetches answered with a status that is not retried
(`N article fetches failed (…)`); an article whose fetch failed for a reason that may pass (a
`5xx`) is asked for again by the next run whatever links it. With retries off or narrowed,
every failed article fetch must still be named once in the summary, and a `5xx` asked again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows
from tests.faults.server import Fault, serving

# Linked only from the politics listing's second page, which the next run does not reach.
ON_PAGE_2 = article_path("101877")
GONE = article_path("109512")


@pytest.mark.parametrize(
    ("settings", "status"),
    [(("RETRY_ENABLED=0",), 500), (("RETRY_HTTP_CODES=500,502",), 503)],
    ids=["retries-off", "503-not-retried"],
)
def test_a_failed_fetch_not_retried_is_in_the_summary_and_asked_again(
    tmp_path: Path, settings: tuple[str, ...], status: int
) -> None:
    faults = {
        ON_PAGE_2: Fault(status=status, body=b"loi"),
        GONE: Fault(status=404, body=b"<h1>Not Found</h1>"),
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        first = crawl(site, db, "--quiet", settings=(*settings, "LOG_LEVEL=ERROR"))
        assert first.returncode == 0, first.output
        expect_rows(db, set(ARTICLES) - set(faults))
        (summary,) = [line for line in first.stdout.splitlines() if line.strip()]
        expected = f"2 article fetches failed (404: 1, {status}: 1)"
        assert expected in summary, summary
        assert "unreachable" not in summary, summary
        site.server.faults = {}
        second = crawl(site, db, "--quiet", settings=settings)
    assert second.returncode == 0, second.output
    expect_rows(db, ARTICLES)
