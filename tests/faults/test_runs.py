"""Run state: one crawl per database file whatever it is called, and a `crawls.status` that
agrees with the exit code (killed, interrupted, failed, finished)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from crawler.exitcodes import ExitCode
from crawler.lock import CrawlLock
from crawler.mirror import serving
from pipelines import db as store
from tests.conftest import ROOT
from tests.faults.harness import wait_for_stored
from tests.faults.rows import EXPECTED, LIVE, crawl_rows, expect_articles, integrity, stored
from tests.test_incremental import article_file, crawl_command, mirror_copy, tinbao_crawl

VIDEO = "/tin-tuc/12/109230/video-nghe-nhan-lang-cheo-khuoc-bieu-dien-phuc-vu-du-khach"


def test_a_symlink_to_the_database_shares_its_lock(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "news.db"
    alias = tmp_path / "alias.db"
    alias.symlink_to(db)
    with CrawlLock(db):
        holder = Path(f"{db}.lock").read_text().strip()
        done = subprocess.run(
            crawl_command(alias, "http://127.0.0.1:9"), cwd=ROOT, capture_output=True, text=True
        )
        dotted = subprocess.run(
            crawl_command(tmp_path / "data" / ".." / "data" / "news.db", "http://127.0.0.1:9"),
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    for run in (done, dotted):
        assert run.returncode == ExitCode.LOCKED, run.stderr
        assert run.stderr == (
            f"tinbao crawl: another crawl is running on this database ({holder}; lock {db}.lock)\n"
        )
    assert holder.startswith(f"pid {os.getpid()} since ")
    assert crawl_rows(db) == []  # refused before any run started


def _as_from_a_terminal() -> None:
    """The crawl's SIGHUP as a terminal's shell leaves it, whatever the tests inherited: run
    under `nohup`, they would hand the crawl an ignored SIGHUP, which it rightly leaves alone."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def stop_midway(tmp_path: Path, sig: signal.Signals) -> tuple[Path, Path, str, str, int]:
    """Start a slow crawl, send it `sig` once some articles are stored; return its outcome."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    with serving(root) as mirror:
        slow = ("-s", "DOWNLOAD_DELAY=0.3", "-s", "TINBAO_DB_BATCH=1")
        process = subprocess.Popen(
            crawl_command(db, mirror.base_url, *slow),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_as_from_a_terminal,
        )
        wait_for_stored(db, 3, process)
        process.send_signal(sig)
        out, err = process.communicate(timeout=120)
    return root, db, out, err, process.returncode


def test_a_killed_run_is_marked_killed_by_the_next_run(tmp_path: Path) -> None:
    root, db, out, _, code = stop_midway(tmp_path, signal.SIGKILL)
    assert (code, out) == (-signal.SIGKILL, "")
    assert crawl_rows(db) == [("baothaibinh", "running")]  # nobody could say otherwise yet
    holder = Path(f"{db}.lock").read_text().strip()

    run = tinbao_crawl(root, db)
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    assert run.stderr == f"tinbao crawl: took over the lock of a dead run ({holder})\n"
    assert crawl_rows(db) == [("baothaibinh", "killed"), ("baothaibinh", "finished")]
    expect_articles(db)
    assert integrity(db) == "ok"


def test_ctrl_c_is_an_interrupted_run_exit_130(tmp_path: Path) -> None:
    root, db, out, err, code = stop_midway(tmp_path, signal.SIGINT)
    assert code == ExitCode.INTERRUPTED == 130, out + err
    assert out.startswith("baothaibinh: INTERRUPTED; "), out
    assert "FAILED" not in out + err
    assert crawl_rows(db) == [("baothaibinh", "interrupted")]
    kept = stored(db)
    assert 3 <= len(kept) < len(EXPECTED)
    for url, row in kept.items():
        assert row == EXPECTED[url]
    assert integrity(db) == "ok"

    run = tinbao_crawl(root, db)  # the next run stores the rest, nothing twice
    assert run.returncode == ExitCode.OK, run.stdout + run.stderr
    assert crawl_rows(db) == [("baothaibinh", "interrupted"), ("baothaibinh", "finished")]
    expect_articles(db)


def test_a_run_whose_article_fetches_mostly_failed_is_a_failed_run(tmp_path: Path) -> None:
    """Feeds and listings answer, every article page is gone: not `OK; 0 new`, exit 0."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    for url in EXPECTED:
        article_file(root, url.removeprefix(LIVE)).unlink()
    article_file(root, VIDEO).unlink()
    run = tinbao_crawl(root, db)
    assert run.returncode == ExitCode.SITE_FAILED, run.stdout + run.stderr
    assert run.stdout.startswith(
        "baothaibinh: FAILED: 16 of 16 article fetches failed (404: 16); 22 pages, 0 new, "
    ), run.stdout
    (line,) = run.stderr.splitlines()  # one line under cron, no traceback
    assert line.endswith(
        "[crawler.extensions] ERROR: baothaibinh: site failed: "
        "16 of 16 article fetches failed (404: 16)"
    )
    assert crawl_rows(db) == [("baothaibinh", "failed")]
    assert stored(db) == {}
    assert integrity(db) == "ok"


def test_a_run_that_ended_without_recording_its_end_is_closed_as_failed(tmp_path: Path) -> None:
    """Its last write failed (a full disk), but it released the lock: not killed, failed."""
    db = tmp_path / "news.db"
    conn = store.open_db(db)
    since = store.now_iso()
    for pid in (4242, 999):  # the previous `tinbao crawl`; a `scrapy crawl` running beside it
        conn.execute(
            "INSERT INTO crawls (spider, started_at, status, pid) VALUES (?, ?, 'running', ?)",
            ["baothaibinh", since, pid],
        )
    conn.conn.commit()
    conn.close()
    Path(f"{db.resolve()}.lock").write_text(f"ended pid 4242 since {since}\n")
    run = subprocess.run(
        crawl_command(db, "http://127.0.0.1:9"), cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == ExitCode.SITE_FAILED  # nothing listens there
    assert "took over the lock" not in run.stderr
    assert crawl_rows(db) == [
        ("baothaibinh", "failed"),
        ("baothaibinh", "running"),
        ("baothaibinh", "failed"),
    ]
    assert Path(f"{db}.lock").read_text().startswith("ended pid ")
