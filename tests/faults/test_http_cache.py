"""Scrapy's HTTP cache switched on for a crawl (`-s HTTPCACHE_ENABLED=1`: left in a cron line or
an environment after working on a profile, or set to spare a small paper's server): an article
that failed on a run (`503` while the server was overloaded, `404` before the paper published
it) and answers on the next, and an article whose view count moved before its refresh.

README and docs/scheduling.md: any Scrapy setting can be given with `-s`; a page that failed is
fetched again on a later run; each refresh fetches the article again and adds what its page
shows now to `view_counts`. Nothing is invented (common rules): a count read off a copy kept
from an earlier fetch, stored with this run's time, would be. So the cache must not stand in
for the site on these fetches.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.crawling import next_second
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    crawl,
    expect_rows,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import Fault, serving

PATH = article_path("105870")  # published 2022-09-22T14:20:06+07:00, `642 lượt xem`
COUNT = '<span class="views">642 lượt xem</span>'
WIDE = "TINBAO_REFRESH_WINDOW_DAYS=100000"


def cache(tmp_path: Path) -> tuple[str, str]:
    return ("HTTPCACHE_ENABLED=1", f"HTTPCACHE_DIR={tmp_path / 'cache'}")


@pytest.mark.parametrize("status", [503, 404])
def test_an_article_that_failed_under_the_cache_is_stored_when_it_answers(
    tmp_path: Path, status: int
) -> None:
    db = tmp_path / "news.db"
    with serving(mirror_copy(tmp_path), {PATH: Fault(status=status, body=b"")}) as site:
        first = crawl(site, db, settings=cache(tmp_path))
        assert PATH not in stored(db)
        asked_before = len(site.hits)
        site.faults.clear()
        second = crawl(site, db, settings=cache(tmp_path))
        asked_after = site.paths()[asked_before:]
    assert "Traceback" not in first.stderr + second.stderr
    assert second.returncode == 0, second.output[-3000:]
    assert asked_after.count(PATH) == 1, asked_after
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_refresh_under_the_cache_records_the_count_the_page_shows_now(tmp_path: Path) -> None:
    root = mirror_copy(tmp_path)
    db = tmp_path / "news.db"
    with serving(root) as site:
        first = crawl(site, db, settings=cache(tmp_path))
        assert first.returncode == 0, first.output[-3000:]
        conn = sqlite3.connect(db)
        with conn:  # its 24 h, 3 d and 7 d refreshes are due
            conn.execute(
                "UPDATE articles SET fetched_at = '2022-09-23T09:00:00+07:00' WHERE url = ?",
                (LIVE + PATH,),
            )
        conn.close()
        page = root / PATH.lstrip("/") / "page.html"
        html = page.read_text(encoding="utf-8")
        assert html.count(COUNT) == 1
        page.write_text(html.replace(COUNT, COUNT.replace("642", "1,642")), encoding="utf-8")
        asked_before = len(site.hits)
        next_second()
        second = crawl(site, db, settings=(*cache(tmp_path), WIDE))
        asked_after = site.paths()[asked_before:]
    assert second.returncode == 0, second.output[-3000:]
    assert asked_after.count(PATH) == 1, asked_after
    expect_rows(db, ARTICLES, {PATH: {"views": 1642, "views_raw": "1,642 lượt xem"}})
    conn = sqlite3.connect(db)
    try:
        counts = conn.execute(
            "SELECT views FROM view_counts WHERE url = ? ORDER BY observed_at", (LIVE + PATH,)
        ).fetchall()
    finally:
        conn.close()
    assert counts == [(642,), (1642,)]
