"""The crawl's working folder changed under it: removed (a deploy that replaces the release
folder cron changed into), or renamed with the database given by a relative path (`cd
/srv/tinbao && tinbao crawl --db news.db`, the folder moved aside while the crawl runs).

README and docs/scheduling.md: cron runs `cd /srv/tinbao && tinbao crawl …`; docs/reliability.md:
the storage pipeline checks that the path still names the file it opened. A relative path is
read from the working folder, which a rename carries along: it still names the file, so the
run stores every article in it. A folder removed under the run holds nothing the run needs
once it started (the database is elsewhere): the run stores every article, extraction workers
started after the removal included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    MIRROR,
    SITE,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, FaultServer, serving

# Discovery held back 2 s: the folder changes while the run waits for its first pages.
HELD = {path: Fault(stall=2) for path in (FEED, *LISTINGS)}


def start_crawl(site: FaultServer, db: str, cwd: Path, *settings: str) -> subprocess.Popen:
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", db]
    words += ["-a", f"base_url={site.base_url}"]
    for setting in (*FAST, *settings):
        words += ["-s", setting]
    return subprocess.Popen(
        words, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_for_discovery(site: FaultServer, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not any(hit.path in HELD for hit in site.hits):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no discovery page was asked for"
        time.sleep(0.05)


def test_a_working_folder_removed_under_a_crawl_costs_no_article(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "news.db"
    with serving(MIRROR, HELD) as site:
        process = start_crawl(site, str(db), release, "TINBAO_EXTRACT_POOL_AFTER=0")
        wait_for_discovery(site, process)
        shutil.rmtree(release)
        stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stdout + stderr
    assert "Traceback" not in stderr, stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_relative_database_whose_folder_is_renamed_is_written_where_it_went(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    moved = tmp_path / "data.old"
    with serving(MIRROR, HELD) as site:
        process = start_crawl(site, "news.db", data)
        wait_for_discovery(site, process)
        data.rename(moved)
        stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stdout + stderr
    assert stdout.startswith(f"{SITE}: OK"), stdout
    assert "Traceback" not in stderr, stderr
    assert not data.exists()
    expect_rows(moved / "news.db", ARTICLES)
    assert integrity(moved / "news.db") == "ok"
