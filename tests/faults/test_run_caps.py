"""Runs cut short on purpose, then run again: a cap on the article requests of a run
(`TINBAO_MAX_ARTICLES_PER_RUN`), a `limit=` on the article pages of a run, and Scrapy's own
page-count limit (`CLOSESPIDER_PAGECOUNT`), each followed by plain runs.

README: `TINBAO_MAX_ARTICLES_PER_RUN` caps the article requests per site and run, "the rest
wait for the next run"; `limit=N` stops after N article pages. docs/database.md: a run that
stopped at a `closespider_*` limit is `finished`. docs/scheduling.md: an article page already
seen is not downloaded again. So the runs that follow store the rest, every article once, and
none is fetched twice.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity, stored
from tests.faults.rows import crawl_rows
from tests.faults.server import serving

SITE = "baothaibinh"


def article_fetches(paths: list[str]) -> Counter:
    """How often each storable article page was asked for."""
    return Counter(path for path in paths if path in ARTICLES)


def test_an_article_cap_leaves_the_rest_to_the_next_runs(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    counts = []
    with serving(MIRROR) as site:
        for _ in range(3):
            run = crawl(site, db, settings=("TINBAO_MAX_ARTICLES_PER_RUN=6",))
            assert run.returncode == 0, run.output[-3000:]
            assert "Traceback" not in run.stderr
            counts.append(len(stored(db)))
        fetched = article_fetches(site.paths())
    assert 5 <= counts[0] <= 6 and counts[0] < counts[1] < counts[2], counts
    assert counts[2] == len(ARTICLES)
    assert set(fetched.values()) == {1}, fetched
    assert crawl_rows(db) == [(SITE, "finished")] * 3
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_limited_run_leaves_the_rest_to_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db, "-a", "limit=4")
        after_first = len(stored(db))
        second = crawl(site, db)
        fetched = article_fetches(site.paths())
    assert first.returncode == 0, first.output[-3000:]
    assert second.returncode == 0, second.output[-3000:]
    assert after_first in (3, 4), after_first  # the video page, if among the 4, stores nothing
    assert set(fetched.values()) == {1}, fetched
    assert crawl_rows(db) == [(SITE, "finished"), (SITE, "finished")]
    expect_rows(db, ARTICLES)


def test_a_page_count_limit_leaves_the_rest_to_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db, settings=("CLOSESPIDER_PAGECOUNT=6",))
        after_first = len(stored(db))
        second = crawl(site, db)
        fetched = article_fetches(site.paths())
    assert first.returncode == 0, first.output[-3000:]
    assert second.returncode == 0, second.output[-3000:]
    assert 0 < after_first < len(ARTICLES)
    assert set(fetched.values()) == {1}, fetched
    assert crawl_rows(db) == [(SITE, "finished"), (SITE, "finished")]
    expect_rows(db, ARTICLES)
