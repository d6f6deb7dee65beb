"""`tinbao` as a service manager starts it: standard input closed rather than empty, and
`PYTHONIOENCODING=ascii` left in a unit file, for a crawl whose log names Vietnamese text and
for an export to standard output.

The crawl stores everything and ends with its summary and exit 0, never a logging traceback;
an export's bytes are UTF-8 whatever the environment asks.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, LIVE, MIRROR, SITE, expect_rows, integrity
from tests.faults.server import serving


def crawl_words(base_url: str, db: Path) -> list[str]:
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    words += ["-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words


def test_a_crawl_with_standard_input_closed_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        words = " ".join(f"'{word}'" for word in crawl_words(site.base_url, db))
        done = subprocess.run(
            f"exec {words} 0<&-", shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_crawl_under_pythonioencoding_ascii_logs_vietnamese_escaped_without_a_traceback(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    environ = {**os.environ, "PYTHONIOENCODING": "ascii"}
    with serving(MIRROR) as site:
        done = subprocess.run(
            crawl_words(site.base_url, db), cwd=ROOT, env=environ, capture_output=True, timeout=120
        )
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert done.stdout.startswith(b"baothaibinh: OK"), done.stdout
    assert "Logging error" not in stderr and "Traceback" not in stderr, stderr
    # the encoding asked for is honoured: what it cannot spell is escaped, never lost
    assert "unreadable publish time '\\u0110ang c\\u1eadp nh\\u1eadt'" in stderr, stderr
    expect_rows(db, ARTICLES)


def test_an_export_under_pythonioencoding_ascii_is_utf8(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = subprocess.run(
            crawl_words(site.base_url, db), cwd=ROOT, capture_output=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    environ = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", "--db", str(db)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    items = {
        json.loads(line)["url"].removeprefix(LIVE): json.loads(line)
        for line in done.stdout.decode("utf-8").splitlines()
    }
    conn = sqlite3.connect(db)
    try:
        headlines = dict(conn.execute("SELECT url, headline FROM articles"))
    finally:
        conn.close()
    assert {path: item["headline"] for path, item in items.items()} == {
        url.removeprefix(LIVE): headline for url, headline in headlines.items()
    }
