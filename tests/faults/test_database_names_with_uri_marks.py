"""A crawl into a database whose folder and file names hold the marks a SQLite URI gives
meaning to (`?`, `#`, `%20`, `&`), as an operator who names a file `tin?mode=ro#1.db` meets it.

docs/database.md and `tinbao crawl --help`: `--db FILE` is the SQLite file, made if missing.
So the file is made under exactly that name, every article of the mirror is stored in it,
nothing but its journal and its crawl lock is made beside it, and `export` and `stats` read it
by that name.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    crawl_mirror,
    expect_rows,
    integrity,
    json_lines,
    succeeds,
)


def test_a_database_named_with_uri_marks_is_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "dữ liệu?a=1&b#c%20"
    folder.mkdir()
    db = folder / "tin?mode=ro#1.db"
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    assert run.stdout.startswith("baothaibinh: OK; "), run.stdout
    assert "Traceback" not in run.output, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
    assert {p.name for p in folder.iterdir()} <= {
        db.name + suffix for suffix in ("", "-wal", "-shm", ".lock")
    }
    exported = json_lines(succeeds("export", "--db", str(db)))
    assert sorted(r["url"] for r in exported) == sorted(r["url"] for r in ARTICLES.values())
    succeeds("stats", "--db", str(db))
