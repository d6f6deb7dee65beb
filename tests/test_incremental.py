"""Incremental crawls: known articles are not fetched again, new ones are, recent ones refresh.

Each test crawls a copy of the Báo Thái Bình mirror served on 127.0.0.1 with the real Scrapy
engine (`tinbao crawl` in a subprocess) into a real SQLite file, and edits the copy between runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from crawler.mirror import FIXTURE_SITES, serving
from crawler.spiders.sites import refresh_due
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines import db as store
from tests.conftest import ROOT
from tests.crawling import crawl
from tests.test_db import make_record

SITE = "baothaibinh"
FAST = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "RETRY_ENABLED=0")
SEED = "/tin-tuc/12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx"
LIVE = "https://baothaibinh.com.vn"
NEW = "/tin-tuc/12/109999/tin-moi-them-vao-giua-hai-lan-thu-thap"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    hits: list[str]


def crawl_command(db: Path, base_url: str, *extra: str) -> list[str]:
    """`tinbao crawl SITE` against a mirror, with fast settings and any extra options."""
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={base_url}"]
    for setting in FAST:
        command += ["-s", setting]
    return command + list(extra)


def tinbao_crawl(root: Path, db: Path, *extra: str, port: int = 0) -> Run:
    """Serve `root` (on `port`, default any) and run `tinbao crawl` on it to the end."""
    with serving(root, port) as mirror:
        done = subprocess.run(
            crawl_command(db, mirror.base_url, *extra),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        return Run(done.returncode, done.stdout, done.stderr, list(mirror.hits))


def mirror_copy(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    shutil.copytree(FIXTURE_SITES / SITE, root)
    return root


def article_file(root: Path, path: str) -> Path:
    return root / path.strip("/") / "page.html"


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def stored_paths(db: Path) -> set[str]:
    rows = sqlite_utils.Database(db).query("select url from articles")
    return {row["url"].removeprefix(LIVE) for row in rows}


def age_rows(db: Path, where: str = "1") -> None:
    """Pretend the stored articles were last fetched, and their views seen, long ago, so every
    refresh step is due (and a refetch, even within the same second, is a later sighting)."""
    with sqlite3.connect(db) as conn:
        conn.execute(f"UPDATE articles SET fetched_at = '2000-01-01T00:00:00+07:00' WHERE {where}")
        conn.execute(
            f"UPDATE view_counts SET observed_at = '2000-01-01T00:00:00+07:00' WHERE {where}"
        )


def test_second_run_fetches_no_known_article(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    first = tinbao_crawl(root, db)
    second = tinbao_crawl(root, db)
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    stored = stored_paths(db)
    assert len(stored) >= 10
    assert set(first.hits) >= stored
    assert not stored & set(second.hits)
    assert "0 new" in second.stdout and "known links skipped" in second.stdout


def test_plain_scrapy_crawl_is_incremental_too(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    crawl(SITE, db)
    again = crawl(SITE, db)
    assert again.returncode == 0
    assert not stored_paths(db) & set(again.hits)
    forced = crawl(SITE, db, "full=1")
    assert stored_paths(db) <= set(forced.hits)


def test_new_article_between_runs_is_found(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    assert tinbao_crawl(root, db).returncode == 0
    before = stored_paths(db)
    page = article_file(root, NEW)
    page.parent.mkdir(parents=True)
    shutil.copy(article_file(root, SEED), page)
    edit(page, "Bảo đảm tuyệt đối an toàn Đại hội", "Tin mới: bảo đảm an toàn Đại hội")
    edit(page, f"{LIVE}{SEED}", f"{LIVE}{NEW}")
    listing = root / "tin-tuc/12/thoi-su/page.html"
    edit(
        listing,
        '<div class="list-news">',
        f'<div class="list-news">\n      <div class="item"><a class="title" href="{LIVE}{NEW}">'
        'Tin mới</a> <span class="time">02/07/2024 08:00</span></div>',
    )
    second = tinbao_crawl(root, db)
    assert second.returncode == 0, second.stderr
    assert stored_paths(db) == before | {NEW}
    assert NEW in second.hits and not before & set(second.hits)
    assert "1 new" in second.stdout


def test_pagination_stops_at_a_page_with_nothing_new(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    listing = root / "tin-tuc/12/thoi-su"
    (listing / "page-2.html").write_text(
        (listing / "page.html").read_text(encoding="utf-8").replace("?page=2", "?page=3"),
        encoding="utf-8",
    )
    first = tinbao_crawl(root, db)
    assert "/tin-tuc/12/thoi-su?page=2" in first.hits
    second = tinbao_crawl(root, db)
    assert second.returncode == 0
    assert "/tin-tuc/12/thoi-su" in second.hits
    assert "/tin-tuc/12/thoi-su?page=2" not in second.hits


def test_refresh_records_a_new_view_count(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    assert tinbao_crawl(root, db).returncode == 0
    edit(article_file(root, SEED), "9,330 lượt xem", "9,912 lượt xem")
    age_rows(db, f"url = '{LIVE}{SEED}'")
    second = tinbao_crawl(root, db, "-s", "TINBAO_REFRESH_WINDOW_DAYS=100000")
    assert second.returncode == 0, second.stderr
    assert SEED in second.hits
    database = sqlite_utils.Database(db)
    views = [
        r["views"]
        for r in database.query(
            "select views from view_counts where url = ? order by observed_at", [LIVE + SEED]
        )
    ]
    assert views == [9330, 9912]
    assert database["articles"].get(LIVE + SEED)["views"] == 9912
    assert "1 refreshed" in second.stdout
    # A refreshed article is not due again until its next step.
    third = tinbao_crawl(root, db, "-s", "TINBAO_REFRESH_WINDOW_DAYS=100000")
    assert SEED not in third.hits


def test_refresh_records_a_revision_when_the_text_changed(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    assert tinbao_crawl(root, db).returncode == 0
    edit(article_file(root, SEED), "cơ bản hoàn tất", "hoàn tất toàn bộ")
    age_rows(db)
    second = tinbao_crawl(root, db, "-s", "TINBAO_REFRESH_WINDOW_DAYS=100000")
    assert second.returncode == 0, second.stderr
    database = sqlite_utils.Database(db)
    revisions = list(database.query("select url, changed, body from article_revisions"))
    assert [(r["url"], r["changed"]) for r in revisions] == [(LIVE + SEED, '["body"]')]
    assert "cơ bản hoàn tất" in revisions[0]["body"]
    assert "hoàn tất toàn bộ" in database["articles"].get(LIVE + SEED)["body"]
    assert "1 revisions" in second.stdout
    crawl_row = database.execute(
        "select refreshed, revisions from crawls order by id desc limit 1"
    ).fetchone()
    assert crawl_row[1] == 1 and crawl_row[0] >= 1


def test_refresh_schedule_decays() -> None:
    now = datetime(2024, 7, 10, 12, 0, tzinfo=LOCAL_TZ)
    steps = [timedelta(hours=h) for h in (1, 6, 24, 72, 168)]
    published = (now - timedelta(hours=30)).isoformat()
    fetched = lambda hours_ago: (now - timedelta(hours=hours_ago)).isoformat()  # noqa: E731
    assert refresh_due(published, fetched(29.5), now, steps)  # the 24 h step passed since
    assert not refresh_due(published, fetched(5), now, steps)  # fetched after the 24 h step
    assert refresh_due(published, None, now, steps)
    assert not refresh_due(now.isoformat(), now.isoformat(), now, steps)  # no step reached yet


def test_killed_backfill_resumes_without_duplicates(tmp_path: Path) -> None:
    root, db, jobdir = mirror_copy(tmp_path), tmp_path / "news.db", tmp_path / "job"
    slow = ("-s", "DOWNLOAD_DELAY=0.4", "-s", "TINBAO_DB_BATCH=1", "-s", "CONCURRENT_REQUESTS=1")
    backfill = ("--since", "2015-01-01", "--jobdir", str(jobdir), "--quiet")
    with serving(root) as mirror:
        command = crawl_command(db, mirror.base_url, *backfill, *slow)
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(articles_fetched(mirror.hits)) < 6:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        port = mirror.server.server_address[1]
    killed_at = _stored_safely(db)
    assert 3 <= len(killed_at) < 15, "the run must be killed mid-crawl"
    resumed = tinbao_crawl(root, db, *backfill, port=port)  # the same site again
    assert resumed.returncode == 0, resumed.stderr
    assert "took over the lock of a dead run" in resumed.stderr
    assert not {p.removeprefix(LIVE) for p in killed_at} & set(resumed.hits)
    database = sqlite_utils.Database(db)
    urls = [r["url"] for r in database.query("select url from articles")]
    assert len(urls) == len(set(urls))
    fresh = tmp_path / "fresh.db"
    assert tinbao_crawl(root, fresh, "--since", "2015-01-01").returncode == 0
    assert stored_paths(db) == stored_paths(fresh)
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not (jobdir / SITE / "tinbao.running").exists()


def articles_fetched(hits: list[str]) -> list[str]:
    return [hit for hit in hits if hit.count("/") >= 4]


def _stored_safely(db: Path) -> set[str]:
    with sqlite3.connect(db, timeout=10) as conn:
        return {row[0] for row in conn.execute("select url from articles")}


@pytest.fixture(autouse=True)
def _no_tinbao_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come from the command line here, not from a TINBAO_* environment."""
    for name in list(os.environ):
        if name.startswith("TINBAO_"):
            monkeypatch.delenv(name)


def due_for_refresh(db: Path, **settings: object) -> list[str]:
    """The URLs the Báo Thái Bình spider would refresh at start, with these settings."""
    project = get_project_settings()
    spidercls = SpiderLoader.from_settings(project).load(SITE)
    tinbao = {k: v for k, v in project.copy_to_dict().items() if k.startswith("TINBAO_")}
    crawler = get_crawler(spidercls, {**tinbao, "TINBAO_DB": str(db), **settings})
    return spidercls.from_crawler(crawler).read_database()


def published_hours_ago(db: Path, hours: float) -> str:
    """Store an article published `hours` ago and fetched 2 h after publishing; its URL."""
    now = datetime.now(LOCAL_TZ)
    url = f"{LIVE}/tin-tuc/12/{int(hours * 10)}/x"
    published = (now - timedelta(hours=hours)).isoformat(timespec="seconds")
    fetched = (now - timedelta(hours=hours - 2)).isoformat(timespec="seconds")
    database = store.open_db(db)
    record = make_record(url, published_at=published, fetched_at=fetched)
    store.upsert_articles(database, [record], observed_at=fetched)
    database.close()
    return url


def test_refresh_stays_inside_the_window(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    inside = published_hours_ago(db, 20)  # its 6 h step passed since the fetch
    published_hours_ago(db, 30)  # its 24 h step too, but it is older than the 1-day window
    assert due_for_refresh(db, TINBAO_REFRESH_WINDOW_DAYS=1) == [inside]


def test_empty_refresh_steps_refresh_nothing(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    published_hours_ago(db, 20)
    assert due_for_refresh(db, TINBAO_REFRESH_AFTER_HOURS="") == []
