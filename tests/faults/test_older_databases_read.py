"""`tinbao export` and `tinbao stats` on the files schema steps 5, 8 and 13 left
(`older_databases/`), as an operator who upgrades tinbao and reads before crawling meets them.

docs/database.md: an older database is upgraded in place by any command. So `export` writes
one record per article the file holds, under the URL it holds, `stats` exits 0, and the file
is sound afterwards.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.faults.harness import integrity, json_lines, succeeds
from tests.faults.test_older_schemas import older


@pytest.mark.parametrize("step", (5, 8, 13))
def test_export_and_stats_read_an_older_database(tmp_path: Path, step: int) -> None:
    db = older(tmp_path, step)
    conn = sqlite3.connect(db)
    try:
        urls = sorted(url for (url,) in conn.execute("SELECT url FROM articles"))
    finally:
        conn.close()
    assert urls
    exported = json_lines(succeeds("export", "--db", str(db)))
    assert sorted(r["url"] for r in exported) == urls
    assert "Traceback" not in succeeds("stats", "--db", str(db))
    assert integrity(db) == "ok"
