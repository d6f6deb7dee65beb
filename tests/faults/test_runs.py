"""Run state: one crawl per database file whatever it is called, and a `crawls.status` that
agrees with the exit code (killed, interrupted, failed, finished)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from crawler.exitcodes import ExitCode
from crawler.lock import CrawlLock
from tests.conftest import ROOT
from tests.test_incremental import crawl_command


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
    assert not db.exists()  # refused before anything was opened
