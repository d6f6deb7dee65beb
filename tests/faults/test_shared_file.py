"""A crawl, readers and a second writer on one database file, all at once (the everyday cron
crawl while someone queries the database): nothing committed is lost, the file stays sound."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from crawler.exitcodes import ExitCode
from crawler.mirror import serving
from pipelines import db as store
from tests.conftest import ROOT
from tests.faults.rows import crawl_rows, expect_articles, integrity, stored
from tests.test_incremental import crawl_command, mirror_copy

# Opens, queries and closes a connection over and over, as sqlite-utils or Datasette would.
READER = """
import sqlite3, sys, time
from pathlib import Path
db, stop = sys.argv[1], Path(sys.argv[2])
while not stop.exists():
    conn = sqlite3.connect(db, timeout=30)
    conn.execute("SELECT count(*), max(rowid) FROM articles").fetchone()
    conn.close()
"""

# Another tinbao process storing records through the database layer, one transaction each.
WRITER = """
import sys
from pathlib import Path
from pipelines import db as store
from tests.test_db import make_record
db, stop = sys.argv[1], Path(sys.argv[2])
i = 0
while not stop.exists() or i < 40:
    conn = store.open_db(db)
    record = make_record(f"https://x.vn/writer/{i}", site="writer", headline=f"Tin số {i}")
    store.upsert_articles(conn, [record], observed_at=store.now_iso())
    conn.close()
    i += 1
print(i)
"""


def test_crawl_readers_and_a_second_writer_lose_nothing(tmp_path: Path) -> None:
    root, db, stop = mirror_copy(tmp_path), tmp_path / "news.db", tmp_path / "stop"
    store.open_db(db).close()  # the file exists (and is WAL) before anyone races for it
    helpers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), str(db), str(stop)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for code in (READER, READER, WRITER)
    ]
    try:
        with serving(root) as mirror:
            slow = ("-s", "TINBAO_DB_BATCH=1", "-s", "DOWNLOAD_DELAY=0.05")
            done = subprocess.run(
                crawl_command(db, mirror.base_url, *slow),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )
    finally:
        stop.touch()
        outputs = [helper.communicate(timeout=60) for helper in helpers]
    for helper, (_, err) in zip(helpers, outputs, strict=True):
        assert helper.returncode == 0, err
    written = int(outputs[-1][0])
    assert done.returncode == ExitCode.OK, done.stdout + done.stderr
    assert done.stdout.startswith("baothaibinh: OK; "), done.stdout
    assert integrity(db) == "ok"
    expect_articles(db)

    assert sorted(stored(db, "writer")) == sorted(
        f"https://x.vn/writer/{i}" for i in range(written)
    )
    assert crawl_rows(db) == [("baothaibinh", "finished")]
