"""Two writer processes and a searching reader on one database file, all at once."""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path

from pipelines import db as store
from tests.test_db import make_record

PER_WRITER = 1500
SHARED = 300  # URLs both writers upsert, so they also update each other's rows
BATCH = 50


def _writer(path: str, name: str, ready, start, errors) -> None:
    try:
        db = store.open_db(path)
        records = [
            make_record(f"https://x.vn/{name}/{i}", headline=f"Tin {name} số {i}")
            for i in range(PER_WRITER)
        ]
        records += [
            make_record(f"https://x.vn/shared/{i}", headline=f"Bản của {name}")
            for i in range(SHARED)
        ]
        ready.release()
        start.wait()
        for i in range(0, len(records), BATCH):
            store.upsert_articles(db, records[i : i + BATCH], observed_at=store.now_iso())
        db.close()
    except BaseException:
        errors.put(f"{name}: {traceback.format_exc()}")


def _reader(path: str, ready, start, done, errors, searches) -> None:
    try:
        db = store.open_db(path)
        ready.release()
        start.wait()
        count = 0
        while not done.is_set():
            store.search(db, "dai hoi dang bo", limit=5)
            store.search(db, '"tin" (NEAR', limit=5)
            count += 1
        searches.put(count)
        db.close()
    except BaseException:
        errors.put(f"reader: {traceback.format_exc()}")


def test_two_writers_and_a_reader_lose_nothing(tmp_path: Path):
    path = str(tmp_path / "news.db")
    store.open_db(path).close()
    ctx = multiprocessing.get_context("spawn")
    ready, start, done = ctx.Semaphore(0), ctx.Event(), ctx.Event()
    errors, searches = ctx.Queue(), ctx.Queue()
    writers = [
        ctx.Process(target=_writer, args=(path, n, ready, start, errors)) for n in ("a", "b")
    ]
    reader = ctx.Process(target=_reader, args=(path, ready, start, done, errors, searches))
    for process in (*writers, reader):
        process.start()
    # All three start together once each has started up, so that on a loaded machine the
    # reader's searches still overlap the writes instead of beginning after them.
    for _ in (*writers, reader):
        assert ready.acquire(timeout=120)
    start.set()
    for process in writers:
        process.join(timeout=120)
    done.set()
    reader.join(timeout=60)

    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert problems == []
    assert [p.exitcode for p in (*writers, reader)] == [0, 0, 0]
    assert searches.get(timeout=5) > 0

    db = store.open_db(path)
    assert db["articles"].count == 2 * PER_WRITER + SHARED
    assert db["articles_search"].count == db["articles"].count
    for name in ("a", "b"):
        assert (
            db.execute(
                "SELECT count(*) FROM articles WHERE url LIKE ?", [f"https://x.vn/{name}/%"]
            ).fetchone()[0]
            == PER_WRITER
        )
    assert len(store.search(db, "tin", limit=5000)) == 2 * PER_WRITER
    db.close()
