"""Reading commands told to stop with SIGTERM, as a service manager, a `timeout` wrapper or a
`kill` stops them: `tinbao export` blocked on a reader that stopped reading its output, and
`tinbao reparse` half way through a database of stored pages; then the same command again.

README: exit `130` is "interrupted (Ctrl-C, SIGTERM …)", errors are one line on stderr;
docs/database.md: the file is written only through SQLite, in transactions. So a SIGTERM is
`Interrupted.` and exit 130 with no traceback, the file stays sound, and the command run again
does its whole work.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import integrity
from tests.faults.test_operators import with_pages

PAGES = 800


def start(*words: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def headlines(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT headline FROM articles")}
    finally:
        conn.close()


def stopped_alike(process: subprocess.Popen, err: bytes) -> None:
    """What a reading command stopped by SIGTERM must say."""
    assert process.returncode == ExitCode.INTERRUPTED, err.decode()
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert lines[-1:] == ["Interrupted."], err.decode()
    assert "Traceback" not in err.decode()


def test_sigterm_to_an_export_nobody_reads_is_interrupted(tmp_path: Path) -> None:
    """The pipe's buffer fills and the export waits to write; SIGTERM then."""
    db = tmp_path / "news.db"
    with_pages(db, PAGES)
    export = start("export", "--db", str(db))
    time.sleep(3)  # long enough to fill a 64 KiB pipe with rows of about 2 kB
    assert export.poll() is None
    export.send_signal(signal.SIGTERM)
    out, err = export.communicate(timeout=60)
    stopped_alike(export, err)
    assert integrity(db) == "ok"


def test_sigterm_during_a_reparse_is_interrupted_and_the_next_reparse_finishes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with_pages(db, PAGES)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET headline = 'cũ'")
    conn.commit()
    conn.close()
    reparse = start("reparse", "--db", str(db))
    deadline = time.monotonic() + 60
    while headlines(db) == {"cũ"} and time.monotonic() < deadline and reparse.poll() is None:
        time.sleep(0.05)
    assert reparse.poll() is None, "reparse ended before it could be stopped"
    reparse.send_signal(signal.SIGTERM)
    _, err = reparse.communicate(timeout=60)
    stopped_alike(reparse, err)
    assert integrity(db) == "ok"
    again = start("reparse", "--db", str(db))
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert headlines(db) == {"Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"}
    assert integrity(db) == "ok"
