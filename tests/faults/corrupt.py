"""A database with one corrupt table page, made the way disks and careless copies make them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pipelines import db as store
from tests.test_db import make_record

ARTICLES = 120  # each with a body of about 2 kB: the table spans dozens of leaf pages


def corrupt_database(path: Path, btree: str = "articles", leaf: int | None = None) -> int:
    """Store `ARTICLES` articles, then overwrite a leaf page of `btree` (a table or an index)
    with garbage: the `leaf`-th one (as in a list: -1 is the last), by default the middle one.
    Returns the page number. No connection is open while the file is written."""
    db = store.open_db(path)
    records = [
        make_record(
            f"https://baothaibinh.com.vn/tin-tuc/12/{100000 + i}/tin-so-{i}",
            headline=f"Tin số {i}",
            body=f"Đoạn {i}. " + "Nội dung bài báo về tỉnh Thái Bình. " * 60,
            published_at=f"2024-05-{1 + i % 28:02d}T08:30:00+07:00",
        )
        for i in range(ARTICLES)
    ]
    store.upsert_articles(db, records, observed_at=store.now_iso())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = [
        row[0]
        for row in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
            [btree],
        )
    ]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    page = leaves[len(leaves) // 2 if leaf is None else leaf]
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(bytes([0x0D, 0xFF, 0xFF, 0x7F, 0x7F]) + b"\xa5" * (page_size - 5))
    return page


def integrity_error(path: Path) -> str:
    """What `PRAGMA integrity_check` says of the file (its own error, when it cannot finish)."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
