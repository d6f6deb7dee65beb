"""Where a scheduled crawl's words go, gone wrong: a log piped into `head`, a summary nobody
reads, standard error closed or on a full disk, a `--log-file` on a full disk, a `TMPDIR` that
is missing or no folder.

None of these is the news: the crawl must store every article and close its run as it would
have, and say nothing in a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, expect_rows, integrity, tmpfs
from tests.faults.rows import crawl_rows
from tests.faults.server import serving


def crawl_words(base_url: str, db: Path, *extra: str) -> list[str]:
    """`tinbao crawl baothaibinh` against the fault server, `extra` options last."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", db]
    words += ["-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words + list(extra)


def shell(line: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        line,
        shell=True,
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def quoted(words: list[str]) -> str:
    return " ".join(f"'{word}'" for word in words)


def everything_stored_and_finished(db: Path) -> None:
    expect_rows(db, ARTICLES)
    assert crawl_rows(db) == [(SITE, "finished")], crawl_rows(db)
    assert integrity(db) == "ok"


def test_a_crawl_whose_log_is_piped_into_head_stores_everything(tmp_path: Path) -> None:
    """`tinbao crawl 2>&1 | head -1`: the reader leaves after the first line, every later log
    line meets a closed pipe."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        words = quoted(crawl_words(site.base_url, db, "-s", "LOG_LEVEL=INFO"))
        done = shell(f"{words} 2>&1 | head -1", ROOT)
    assert len(done.stdout.splitlines()) == 1, done.stdout
    everything_stored_and_finished(db)


def test_a_crawl_whose_summary_nobody_reads_stores_everything(tmp_path: Path) -> None:
    """`tinbao crawl | true`: standard output is a pipe whose reader is gone before the
    summary is printed."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = shell(f"{quoted(crawl_words(site.base_url, db))} | true", ROOT)
    assert "Traceback" not in done.stderr, done.stderr
    everything_stored_and_finished(db)


def test_a_crawl_with_standard_error_closed_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = shell(f"{quoted(crawl_words(site.base_url, db))} 2>&-; echo $?", ROOT)
    assert done.stdout.splitlines()[-1] == "0", done.stdout
    assert done.stdout.startswith(f"{SITE}: OK"), done.stdout
    everything_stored_and_finished(db)


def test_a_crawl_with_standard_error_on_a_full_disk_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = shell(f"{quoted(crawl_words(site.base_url, db))} 2>/dev/full", ROOT)
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith(f"{SITE}: OK"), done.stdout
    everything_stored_and_finished(db)


def test_a_log_file_on_a_full_disk_does_not_cost_an_article(tmp_path: Path) -> None:
    """`--log-file` on a filesystem already full (the log disk, not the database's): the
    articles are the point of the run, the log is not. Said in one line (before: Python's
    `--- Logging error ---` and a traceback for every line the file refused)."""
    db = tmp_path / "news.db"
    with tmpfs(tmp_path / "logs", "1m") as logs:
        filler = logs / "filler"
        shell(f"dd if=/dev/zero of={filler} bs=64k 2>/dev/null", tmp_path)
        log = logs / "crawl.log"
        log.write_bytes(b"")
        with serving(MIRROR) as site:
            words = crawl_words(site.base_url, db, "--log-file", str(log))
            done = shell(quoted(words), ROOT)
    assert "Traceback" not in done.stderr, done.stderr
    refused = f"tinbao crawl: cannot write the log to {log} (No space left on device); "
    refused += "the crawl goes on, the lines it refuses are lost\n"
    assert done.stderr.count(refused) == 1, done.stderr
    everything_stored_and_finished(db)


def test_a_tmpdir_that_does_not_exist_does_not_stop_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = shell(quoted(crawl_words(site.base_url, db)), ROOT, TMPDIR=str(tmp_path / "gone"))
    assert done.returncode == 0, done.stderr
    everything_stored_and_finished(db)


def test_a_tmpdir_that_is_a_file_does_not_stop_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    not_a_folder = tmp_path / "tmp"
    not_a_folder.write_text("x")
    with serving(MIRROR) as site:
        done = shell(quoted(crawl_words(site.base_url, db)), ROOT, TMPDIR=str(not_a_folder))
    assert done.returncode == 0, done.stderr
    everything_stored_and_finished(db)
