"""`tinbao export -o FILE` stopped half way, the file holding an earlier export: SIGTERM (a
service manager stopping a nightly export job, `timeout`) to a JSON Lines export and Ctrl-C
(SIGINT) to a CSV one with `--bom`, each sent once the export has written a megabyte, on a
database of 15,015 articles (the crawled mirror's fifteen and a thousand copies of each under
other addresses, as another program may add them).

README: exit `130` when interrupted; docs/reliability.md: a stopped export says `Interrupted.`,
exit 130, no traceback, and an export ended half way leaves whole records only, each exact,
none twice, nothing of the earlier file left, one byte order mark. So the file holds the
export's first records whole, each as a full export gives it, or the earlier export whole,
never a record cut in two; nothing else is left beside it; the database is sound.
"""

from __future__ import annotations

import csv
import io
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import database_copy, integrity

COPIES = 1000
WRITTEN = 1 << 20  # bytes written before the signal
COLUMNS = (
    "url, site, headline, summary, published_at, published_raw, modified_at, views, views_raw,"
    " byline, authors, body, category, tags, images, source, site_article_id, modified_raw,"
    " fetched_at, layout, first_seen_at, last_seen_at"
)


@pytest.fixture(scope="module")
def large(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the crawled mirror with every article copied COPIES times under new URLs."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("large"))
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                f"INSERT INTO articles ({COLUMNS}) SELECT a.url || '?copy=' || n.i, "
                f"{COLUMNS.split(', ', 1)[1]} FROM articles AS a, n",
                (COPIES,),
            )
    finally:
        conn.close()
    return db


def full_export(db: Path, *options: str) -> bytes:
    """The whole export, to standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", *options, "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def stopped_export(db: Path, out: Path, sign: signal.Signals, *options: str) -> tuple[int, str]:
    """`export -o OUT` sent `sign` once a file in OUT's folder holds WRITTEN bytes: its exit
    code and stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "export", *options, "-o", str(out), "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as at a terminal, whatever the test runner does with SIGINT
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if any(p.stat().st_size >= WRITTEN for p in out.parent.iterdir() if p.is_file()):
            process.send_signal(sign)
            break
        time.sleep(0.01)
    _, err = process.communicate(timeout=60)
    return process.returncode, err


def test_sigterm_to_a_jsonl_export_leaves_whole_records(large: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    before = b'{"url": "https://baothaibinh.com.vn/tin-tuc/12/1/a"}\n'
    out.write_bytes(before)
    code, err = stopped_export(large, out, signal.SIGTERM, "--format", "jsonl")
    assert (code, err) == (130, "Interrupted.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["articles.jsonl"]
    text = out.read_bytes()
    if text != before:
        whole = full_export(large, "--format", "jsonl")
        assert text.endswith(b"\n") and whole.startswith(text), text[-200:]
        assert len(text) < len(whole)
    assert integrity(large) == "ok"


def test_ctrl_c_to_a_csv_export_leaves_whole_rows(large: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    before = "\ufeffurl,site\r\nhttps://baothaibinh.com.vn/tin-tuc/12/1/a,baothaibinh\r\n".encode()
    out.write_bytes(before)
    code, err = stopped_export(large, out, signal.SIGINT, "--format", "csv", "--bom")
    assert (code, err) == (130, "Interrupted.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["articles.csv"]
    text = out.read_bytes()
    if text != before:
        whole = full_export(large, "--format", "csv", "--bom")
        assert whole.startswith(text) and len(text) < len(whole), text[-200:]
        assert text.endswith(b"\n") and text.count("\ufeff".encode()) == 1
        rows = rows_of(text)
        assert len(rows) > 1 and rows == rows_of(whole)[: len(rows)]
    assert integrity(large) == "ok"


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
