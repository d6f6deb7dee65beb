"""Pages dropped for a reason that may pass (a maintenance page, garbage served with 200) are
fetched again on later runs, with a backoff counted in runs, and given up only after the same
outcome several runs in a row; a suspect update never overwrites a stored article."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from crawler.exitcodes import ExitCode
from pipelines import db as store
from tests.faults.rows import EXPECTED, LIVE, expect_articles, integrity, path_of, stored
from tests.test_incremental import article_file, mirror_copy, tinbao_crawl

VIDEO = "/tin-tuc/12/109230/video-nghe-nhan-lang-cheo-khuoc-bieu-dien-phuc-vu-du-khach"
MAINTENANCE = (
    "<!doctype html><html><head><meta charset='utf-8'></head>"
    "<body><p>Hệ thống đang bảo trì, vui lòng quay lại sau.</p></body></html>"
)


def dropped(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT url, reason, attempts FROM dropped_pages ORDER BY url"
        ).fetchall()
    finally:
        conn.close()


def test_a_page_dropped_once_is_fetched_again_with_a_backoff_in_runs(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    path = path_of("105870")
    page = article_file(root, path)
    good = page.read_bytes()
    page.write_text(MAINTENANCE, encoding="utf-8")

    fetched = []
    for run_number in range(1, 5):
        if run_number == 4:
            page.write_bytes(good)  # the site is back
        run = tinbao_crawl(root, db)
        assert run.returncode == ExitCode.OK, run.stdout + run.stderr
        fetched.append((path in run.hits, VIDEO in run.hits))
        if run_number == 2:
            assert dropped(db) == [
                (LIVE + VIDEO, "missing body", 2),
                (LIVE + path, "missing headline", 2),
            ]
    # Runs 1 and 2 fetch both; run 3 waits (dropped twice: wait two runs); run 4 fetches again.
    assert fetched == [(True, True), (True, True), (False, False), (True, True)]
    expect_articles(db)
    assert dropped(db) == [(LIVE + VIDEO, "missing body", 3)]
    assert integrity(db) == "ok"


def test_a_page_is_given_up_after_the_same_drop_four_runs_in_a_row(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "news.db")
    url, other = "https://x.vn/a", "https://x.vn/b"
    schedule = []  # per run of the site: is the page left alone?
    for _ in range(16):
        crawl_id = store.start_crawl(db, "baothaibinh")
        skipped = url in store.dropped_urls(db, "baothaibinh")
        schedule.append(skipped)
        if not skipped:
            store.record_dropped(db, "baothaibinh", {url: "missing body"}, crawl_id)
    # Dropped in runs 1, 2, 4 and 8 (waiting 1, 2 and 4 runs), then never fetched again.
    assert [i + 1 for i, skipped in enumerate(schedule) if not skipped] == [1, 2, 4, 8]
    assert store.dropped_urls(db, "baothaibinh") == {url}

    # Another outcome starts the count again; a page stored since is no dropped page at all.
    crawl_id = store.start_crawl(db, "baothaibinh")
    store.record_dropped(db, "baothaibinh", {url: "missing headline", other: "x"}, crawl_id)
    assert store.dropped_urls(db, "baothaibinh") == {url, other}
    store.start_crawl(db, "baothaibinh")
    assert store.dropped_urls(db, "baothaibinh") == set()
    db.close()


def test_a_maintenance_page_does_not_overwrite_the_stored_article(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    assert tinbao_crawl(root, db).returncode == ExitCode.OK
    before = stored(db)

    broken = article_file(root, path_of("105870"))  # same template, the article gone
    html = broken.read_text(encoding="utf-8")
    html = re.sub(r'<span class="date">[^<]*</span>', "", html)
    html = re.sub(
        r'(<div class="fr-view info">).*?(</div>)',
        r"\1<p>Hệ thống đang bảo trì, vui lòng quay lại sau.</p>\2",
        html,
        flags=re.S,
    )
    broken.write_text(html, encoding="utf-8")
    edited = article_file(root, path_of("102296"))  # a real edit of another article
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(
            "Bảo đảm tuyệt đối an toàn Đại hội", "Bảo đảm an toàn tuyệt đối Đại hội"
        ),
        encoding="utf-8",
    )

    run = tinbao_crawl(root, db, "-a", "full=1", "-s", "LOG_LEVEL=WARNING")
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    url = LIVE + path_of("105870")
    assert f"{url}: stored record kept: the fetched page lost its body, date, byline" in run.stderr
    assert ", 1 revisions, 1 suspect updates not applied, " in run.stdout
    after = stored(db)
    revised = LIVE + path_of("102296")
    assert after[url] == before[url] == EXPECTED[url]
    assert after[revised]["headline"] == before[revised]["headline"].replace(
        "Bảo đảm tuyệt đối an toàn", "Bảo đảm an toàn tuyệt đối"
    )
    assert {u: r for u, r in after.items() if u != revised} == {
        u: r for u, r in before.items() if u != revised
    }
    conn = sqlite3.connect(db)
    try:
        revisions = conn.execute("SELECT url, changed FROM article_revisions").fetchall()
        kept_html = conn.execute("SELECT count(*) FROM pages WHERE url = ?", [url]).fetchone()
        stats = conn.execute("SELECT stats FROM crawls ORDER BY id DESC").fetchone()[0]
    finally:
        conn.close()
    assert revisions == [(revised, '["headline"]')]
    assert kept_html == (1,)
    assert '"tinbao/stored/kept_over_suspect": 1' in stats
    assert integrity(db) == "ok"


def test_garbage_served_as_html_is_retried_with_a_backoff_then_stored(tmp_path: Path) -> None:
    """Random bytes once are a dropped page like any other, not an article excluded for good."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    path = path_of("105870")
    page = article_file(root, path)
    good = page.read_bytes()
    page.write_bytes(bytes(range(256)) * 64)

    fetched = []
    for run_number in range(1, 5):
        if run_number == 4:
            page.write_bytes(good)
        run = tinbao_crawl(root, db)
        assert run.returncode == ExitCode.OK, run.stdout + run.stderr
        fetched.append(path in run.hits)
        if run_number == 2:
            assert (LIVE + path, "unreadable page", 2) in dropped(db)
    assert fetched == [True, True, False, True]
    expect_articles(db)
    assert all(url != LIVE + path for url, _, _ in dropped(db))
    assert integrity(db) == "ok"
