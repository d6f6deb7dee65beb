"""What the distributed crawl's summaries say of article fetches that failed: a `404` (an
article taken down after the feed named it) and a CDN's `526` met by a worker.

docs/distributed.md and docs/scheduling.md: `tinbao worker` ends with the local crawl's summary
line per site (plus what it sent to the writer); that line names the article fetches answered
with a status that is not retried, `N article fetches failed (404: 1, …)`, which during the run
are only warnings. A worker run by a service is read by its summary as a cron crawl is.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, article_path, expect_rows
from tests.faults.server import Fault, serving
from tests.faults.test_distributed_crashes import enqueue, finished, ingest, start_worker

FAULTS = {
    article_path("109512"): Fault(status=404, body=b"<h1>Not Found</h1>"),
    article_path("109874"): Fault(status=526, body=b"<h1>Invalid SSL certificate</h1>"),
}


def test_a_workers_summary_counts_its_failed_article_fetches(redis_db: str, tmp_path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, FAULTS) as site:
        enqueue(redis_db, db, site)
        out = finished(start_worker(redis_db))
    (summary,) = [line for line in out.splitlines() if line.strip()]
    assert "2 article fetches failed (404: 1, 526: 1)" in summary, summary
    done = ingest(redis_db, db)
    assert done.returncode == 0, done.stderr
    expect_rows(db, set(ARTICLES) - set(FAULTS))


def test_a_clean_workers_summary_says_no_failed_fetch(redis_db: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        enqueue(redis_db, db, site)
        out = finished(start_worker(redis_db))
    assert "article fetch" not in out, out
