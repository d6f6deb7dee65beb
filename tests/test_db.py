"""The database layer: schema, upserts, history tables, migrations and refusing bad files."""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from pathlib import Path

import pytest
from sqlite_utils import Database

from parsers.record import RECORD_KEYS
from pipelines import db as store
from pipelines.db import SCHEMA_VERSION, fulltext
from pipelines.db.schema import migrations

T0 = "2024-05-01T10:00:00+07:00"
T1 = "2024-05-02T10:00:00+07:00"


def make_record(url: str, **fields) -> dict:
    """A full record with plausible values; keyword arguments override fields."""
    record = dict.fromkeys(RECORD_KEYS)
    record.update(
        url=url,
        site="baothaibinh",
        headline="Khai mạc Đại hội Đảng bộ tỉnh",
        summary="Sáng nay, Đại hội đại biểu Đảng bộ tỉnh khai mạc.",
        published_at="2024-05-01T08:30:00+07:00",
        published_raw="01/05/2024 08:30",
        views=120,
        views_raw="120 lượt xem",
        byline="Minh Anh",
        authors=["Minh Anh"],
        body="Đại hội diễn ra trong hai ngày.\n\nCác đại biểu thảo luận văn kiện.",
        category="Thời sự",
        tags=["Đại hội"],
        images=[{"url": "https://example.vn/a.jpg", "caption": "Quang cảnh"}],
        fetched_at=T0,
        layout="article",
    )
    record.update(fields)
    return record


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "news.db")
    yield database
    database.close()


def test_open_creates_current_schema_in_wal_mode(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store.BUSY_TIMEOUT_MS
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 2  # FAST
    for table in ("articles", "view_counts", "article_revisions", "crawls", "pages"):
        assert db[table].exists()
    assert db["articles_search"].exists()


def test_articles_columns_follow_the_record_schema(db):
    # A field added to parsers/record.py needs a migration adding its column.
    assert tuple(db["articles"].columns_dict) == store.ARTICLE_COLUMNS
    assert db["articles"].pks == ["url"]


def test_indexes_exist(db):
    indexed = {tuple(i.columns) for i in db["articles"].indexes}
    assert indexed == {("url",), ("site", "published_at"), ("published_at", "views")}
    assert ("url", "observed_at") in {tuple(i.columns) for i in db["view_counts"].indexes}


def test_upsert_inserts_then_updates_without_duplicating(db):
    counts = store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    assert counts == store.UpsertCounts(new=1)
    changed = make_record("https://x.vn/1", headline="Bế mạc Đại hội", fetched_at=T1, views=300)
    counts = store.upsert_articles(db, [changed], observed_at=T1)
    assert counts == store.UpsertCounts(updated=1, revisions=1)
    assert db["articles"].count == 1
    row = db["articles"].get("https://x.vn/1")
    assert row["headline"] == "Bế mạc Đại hội"
    assert row["views"] == 300
    assert (row["first_seen_at"], row["last_seen_at"]) == (T0, T1)


def test_an_article_moved_keeps_its_history_and_search_hits_under_the_new_url(db):
    old, new = "http://old.vn/a-4712345.html", "https://new.vn/a-4712345.html"
    store.upsert_articles(db, [make_record(old)], observed_at=T0)
    store.upsert_articles(
        db, [make_record(old, headline="Bế mạc Đại hội", fetched_at=T1)], observed_at=T1
    )
    assert store.move_article(db, old, new)
    assert [row["url"] for row in db["articles"].rows] == [new]
    assert [row["url"] for row in db["view_counts"].rows] == [new, new]
    assert [row["url"] for row in db["article_revisions"].rows] == [new]
    assert [hit["url"] for hit in store.search(db, "bế mạc")] == [new]
    assert not store.move_article(db, old, new)  # nothing under the old URL any more


def test_a_new_article_never_takes_a_rowid_the_search_indexes_hold_for_a_row_deleted_by_hand(
    db,
):
    """A shell's `DELETE FROM articles` leaves the row's postings under its rowid (the indexes
    forget a row only when given its text); the next new article takes a rowid above them, so
    the deleted text's words find nothing, and the articles after it follow in turn."""
    urls = [f"https://x.vn/{n}" for n in range(3)]
    store.upsert_articles(db, [make_record(url) for url in urls], observed_at=T0)
    with db.conn:
        db.conn.execute("DELETE FROM articles WHERE url IN (?, ?)", urls[1:])
    fresh = [
        make_record(f"https://x.vn/new/{n}", headline="Khánh thành cầu phao", summary="Cầu mới.")
        for n in range(2)
    ]
    counts = store.upsert_articles(db, [make_record(urls[0], views=130), *fresh], observed_at=T1)
    assert counts == store.UpsertCounts(new=2, unchanged=1)
    rowids = dict(db.execute("SELECT url, rowid FROM articles ORDER BY rowid").fetchall())
    assert rowids == {urls[0]: 1, fresh[0]["url"]: 4, fresh[1]["url"]: 5}
    assert [hit["url"] for hit in store.search(db, "khai mạc đại hội")] == [urls[0]]
    assert {hit["url"] for hit in store.search(db, "khánh thành cầu phao")} == {
        fresh[0]["url"],
        fresh[1]["url"],
    }


def test_an_article_is_never_moved_onto_another_one(db):
    store.upsert_articles(
        db, [make_record("https://x.vn/1"), make_record("https://x.vn/2")], observed_at=T0
    )
    assert not store.move_article(db, "https://x.vn/1", "https://x.vn/2")
    assert sorted(row["url"] for row in db["articles"].rows) == ["https://x.vn/1", "https://x.vn/2"]


def test_unchanged_recrawl_only_adds_a_view_observation(db):
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    again = make_record("https://x.vn/1", fetched_at=T1, views=150, views_raw="150 lượt xem")
    counts = store.upsert_articles(db, [again], observed_at=T1)
    assert counts == store.UpsertCounts(unchanged=1)
    assert db["article_revisions"].count == 0
    views = [(r["observed_at"], r["views"]) for r in db["view_counts"].rows_where(order_by="1, 2")]
    assert views == [(T0, 120), (T1, 150)]
    assert db["articles"].get("https://x.vn/1")["views"] == 150


def test_a_second_sighting_in_the_same_second_keeps_the_later_count(db):
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    again = make_record("https://x.vn/1", views=150, views_raw="150 lượt xem")
    store.upsert_articles(db, [again], observed_at=T0)
    rows = [(r["observed_at"], r["views"], r["views_raw"]) for r in db["view_counts"].rows]
    assert rows == [(T0, 150, "150 lượt xem")]
    assert db["articles"].get("https://x.vn/1")["views"] == 150


def test_unchanged_article_met_again_keeps_its_row_but_what_was_observed(db):
    stored = make_record("https://x.vn/1", fetched_at=T1)
    store.upsert_articles(db, [stored], observed_at=T1)
    before = db["articles"].get("https://x.vn/1")
    # A crawl older than the last sighting (runs finishing out of order) keeps that sighting.
    late = make_record("https://x.vn/1", fetched_at=T0, views=None, views_raw=None)
    assert store.upsert_articles(db, [late], observed_at=T0) == store.UpsertCounts(unchanged=1)
    seen = {**before, "fetched_at": T0, "views": None, "views_raw": None}
    assert db["articles"].get("https://x.vn/1") == seen
    # Re-parsing stored HTML is no sighting: first and last seen stay as they are.
    reparsed = make_record("https://x.vn/1", fetched_at=T1, views=7, views_raw="7 lượt xem")
    counts = store.upsert_articles(db, [reparsed], observed_at=None, reparse=True)
    assert counts == store.UpsertCounts(unchanged=1)
    assert db["articles"].get("https://x.vn/1") == {
        **seen,
        "fetched_at": T1,
        "views": 7,
        "views_raw": "7 lượt xem",
    }
    assert before["last_seen_at"] == T1
    assert (db["article_revisions"].count, db["articles"].count) == (0, 1)


def test_revision_keeps_previous_text(db):
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    body = make_record("u")["body"] + " Nội dung mới."  # an edit, not a page that lost it
    edited = make_record("https://x.vn/1", body=body, byline="Hà Linh", fetched_at=T1)
    store.upsert_articles(db, [edited], observed_at=T1)
    (revision,) = db["article_revisions"].rows
    assert revision["revised_at"] == T1
    assert revision["source"] == "crawl"
    assert json.loads(revision["changed"]) == ["body", "byline"]
    assert revision["body"] == make_record("u")["body"]
    assert revision["byline"] == "Minh Anh"


def test_records_without_views_add_no_observation(db):
    store.upsert_articles(
        db, [make_record("https://x.vn/1", views=None, views_raw=None)], observed_at=T0
    )
    assert db["view_counts"].count == 0


def test_lists_are_json_text_and_missing_dates_stay_null(db):
    record = make_record("https://x.vn/1", published_at=None, published_raw="Thứ Hai, hôm qua")
    store.upsert_articles(db, [record], observed_at=T0)
    row = db["articles"].get("https://x.vn/1")
    assert json.loads(row["authors"]) == ["Minh Anh"]
    assert json.loads(row["images"]) == [
        {"url": "https://example.vn/a.jpg", "caption": "Quang cảnh"}
    ]
    assert row["published_at"] is None
    assert row["published_raw"] == "Thứ Hai, hôm qua"


def test_last_copy_of_a_url_in_one_batch_wins(db):
    records = [make_record("https://x.vn/1"), make_record("https://x.vn/1", headline="Sau")]
    assert store.upsert_articles(db, records, observed_at=T0).new == 1
    assert db["articles"].get("https://x.vn/1")["headline"] == "Sau"


def test_upsert_is_one_transaction(db):
    bad = make_record("https://x.vn/2")
    bad["views"] = object()  # cannot be bound: the whole batch must roll back
    with pytest.raises(sqlite3.Error):
        store.upsert_articles(db, [make_record("https://x.vn/1"), bad], observed_at=T0)
    assert db["articles"].count == 0
    assert not db.conn.in_transaction


def test_store_pages_keeps_latest_html(db):
    store.store_pages(db, [{"url": "https://x.vn/1", "fetched_at": T1, "html": "<p>mới</p>"}])
    store.store_pages(db, [{"url": "https://x.vn/1", "fetched_at": T0, "html": "<p>cũ</p>"}])
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    ((url, fetched_at, html),) = list(store.iter_pages(db, site="baothaibinh"))
    assert (url, fetched_at.isoformat(), html) == ("https://x.vn/1", T1, "<p>mới</p>")
    assert list(store.iter_pages(db, site="other")) == []


def test_pages_stored_as_zlib_by_an_older_schema_still_read_after_the_upgrade(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m012_pages_zstd")
    old.execute(
        "INSERT INTO pages (url, fetched_at, html_zlib) VALUES (?, ?, ?)",
        ["https://x.vn/old", T0, zlib.compress("<p>trang cũ</p>".encode(), 6)],
    )
    old.execute("INSERT INTO articles (url, site) VALUES ('https://x.vn/old', 'baothaibinh')")
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    store.store_pages(db, [{"url": "https://x.vn/new", "fetched_at": T1, "html": "<p>mới</p>"}])
    store.upsert_articles(db, [make_record("https://x.vn/new")], observed_at=T1)
    pages = [(url, html) for url, _, html in store.iter_pages(db)]
    assert pages == [("https://x.vn/new", "<p>mới</p>"), ("https://x.vn/old", "<p>trang cũ</p>")]
    new_blob = db.execute("SELECT html_compressed FROM pages WHERE url = 'https://x.vn/new'")
    assert new_blob.fetchone()[0].startswith(b"\x28\xb5\x2f\xfd")  # a zstd frame
    db.close()


def automerge(db: Database, index: str, option: str = "automerge") -> int | None:
    row = db.execute(f"SELECT v FROM {index}_config WHERE k = ?", [option]).fetchone()
    return row and row[0]


def test_upgrade_lets_search_merges_go_a_few_pages_per_write(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m019_gradual_search_merges")
    assert automerge(old, "articles_search", "crisismerge") is None  # FTS5's default, 16
    old.close()
    db = Database(path)
    migrations.apply(db, stop_before="m020_merges_after_writing")
    indexes = ("articles_search", "articles_search_exact")
    assert [automerge(db, index, "crisismerge") for index in indexes] == [64, 64]


def test_upgrade_leaves_search_merges_to_the_writers(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m020_merges_after_writing")
    store.upsert_articles(old, [make_record("https://x.vn/1")], observed_at=T0)
    indexes = ("articles_search", "articles_search_exact")
    assert [automerge(old, index) for index in indexes] == [16, 16]
    assert automerge(old, "articles_search", "usermerge") is None  # FTS5's default, 4
    old.close()
    db = store.open_db(path)
    assert [automerge(db, index) for index in indexes] == [0, 0]
    assert [automerge(db, index, "usermerge") for index in indexes] == [8, 8]  # 16, then 8
    assert [automerge(db, index, "crisismerge") for index in indexes] == [32, 32]
    assert [hit["url"] for hit in store.search(db, "đại hội")] == ["https://x.vn/1"]


def test_upgrade_merges_search_segments_eight_at_a_time(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m022_search_merges_as_batches_commit")
    for i in range(20):
        store.upsert_articles(old, [make_record(f"https://x.vn/{i}")], observed_at=T0)
    indexes = ("articles_search", "articles_search_exact")
    assert [store.search_levels(old, index) for index in indexes] == [[20], [20]]
    old.close()
    db = store.open_db(path)
    assert [automerge(db, index, "usermerge") for index in indexes] == [8, 8]
    # The 20 segments the old writers left are merged as the file is upgraded.
    assert [store.search_levels(db, index) for index in indexes] == [[0, 1], [0, 1]]
    assert len(store.search(db, "đại hội", limit=50)) == 20


def test_upgrade_replaces_the_views_index_and_widens_search_merges(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m013_lighter_writes")
    store.upsert_articles(old, [make_record("https://x.vn/1", views=7)], observed_at=T0)
    assert {i.name for i in old["articles"].indexes} >= {"idx_articles_views"}
    assert automerge(old, "articles_search") is None  # FTS5's default, 4
    old.close()
    db = store.open_db(path)
    assert {i.name: i.columns for i in db["articles"].indexes if i.origin == "c"} == {
        "idx_articles_site_published": ["site", "published_at"],
        "idx_articles_published_views": ["published_at", "views"],
    }
    # 16 from step 13 on, 0 (merged by the writers) from step 20 on.
    assert (automerge(db, "articles_search"), automerge(db, "articles_search_exact")) == (0, 0)
    assert [hit["url"] for hit in store.search(db, "đại hội")] == ["https://x.vn/1"]
    # The 7-day most-viewed list reads the new index and sorts only that week's rows.
    plan = " ".join(
        row[3]
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT url FROM articles WHERE published_at >= ? "
            "AND views IS NOT NULL ORDER BY views DESC LIMIT 50",
            ["2024-05-01"],
        )
    )
    assert "idx_articles_published_views" in plan
    db.close()


FACETS = (  # `search_facets` with each site's name
    "SELECT f.id, s.site, f.day FROM search_facets f LEFT JOIN search_sites s ON s.id = f.site "
    "ORDER BY f.id"
)


def test_upgrade_fills_search_facets_and_keeps_them_by_triggers(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m014_search_facets")
    records = [
        make_record("https://x.vn/1"),
        make_record("https://x.vn/2", site="baonamdinh", published_at=None),
    ]
    store.upsert_articles(old, records, observed_at=T0)
    old.close()
    db = store.open_db(path)
    assert db.execute(FACETS).fetchall() == [
        (1, "baothaibinh", 20240501),
        (2, "baonamdinh", None),
    ]
    assert [hit["url"] for hit in store.search(db, "đại hội", site="baonamdinh")] == [
        "https://x.vn/2"
    ]
    store.upsert_articles(db, [make_record("https://x.vn/3", site="baohaiphong")], observed_at=T1)
    assert db.execute(FACETS).fetchall()[-1] == (3, "baohaiphong", 20240501)
    db.close()


def test_upgrade_turns_text_search_facets_into_numbers_with_the_same_hits(tmp_path):
    # A file as the schema before step 16 writes it: facets of text, kept by its triggers.
    path = tmp_path / "v15.db"
    old = Database(path)
    migrations.apply(old, stop_before="m016_integer_search_facets")
    records = [
        make_record("https://x.vn/1"),
        make_record("https://x.vn/2", site="baonamdinh", published_at=None),
        make_record("https://x.vn/3", site="baonamdinh", published_at="2024-06-02T23:30:00+07:00"),
        make_record("https://x.vn/4", site="baohaiphong", published_at="2024-06-03T00:10:00+07:00"),
    ]
    store.upsert_articles(old, records, observed_at=T0)
    old.execute("UPDATE articles SET published_at = '2024-06' WHERE rowid = 1")  # a bulk load
    assert old.execute("SELECT id, site, day FROM search_facets ORDER BY id").fetchall() == [
        (1, "baothaibinh", "2024-06"),
        (2, "baonamdinh", None),
        (3, "baonamdinh", "2024-06-02"),
        (4, "baohaiphong", "2024-06-03"),
    ]
    old.close()
    db = store.open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute(FACETS).fetchall() == [
        (1, "baothaibinh", -1),
        (2, "baonamdinh", None),
        (3, "baonamdinh", 20240602),
        (4, "baohaiphong", 20240603),
    ]

    def found(**filters) -> list[str]:
        return [hit["url"][-1] for hit in store.search(db, "đại hội", **filters)]

    assert found(site="baonamdinh") == ["2", "3"]
    assert found(since="2024-06-02") == ["3", "4"]
    assert found(since="2024-06") == ["1", "3", "4"]  # text: `2024-06` sorts first
    assert found(until="2024-06-02T23:00:00+07:00") == ["1"]
    assert found(site="nowhere") == []
    # The new triggers keep them: a new site, an update, a delete.
    store.upsert_articles(db, [make_record("https://x.vn/5", site="baoninhbinh")], observed_at=T1)
    db.execute("UPDATE articles SET site = 'baoninhbinh' WHERE rowid = 4")
    db.execute("DELETE FROM articles WHERE rowid = 3")
    assert db.execute(FACETS).fetchall() == [
        (1, "baothaibinh", -1),
        (2, "baonamdinh", None),
        (4, "baoninhbinh", 20240603),
        (5, "baoninhbinh", 20240501),
    ]
    assert found(site="baoninhbinh", since="2024-06-03") == ["4"]
    db.close()


def test_upgrade_maps_each_rowid_to_its_publish_month_with_the_same_hits(tmp_path, monkeypatch):
    # A file as the schema before step 24 writes it: rows of two months, one without a date.
    path = tmp_path / "v23.db"
    old = Database(path)
    migrations.apply(old, stop_before="m024_search_month_map")
    records = [
        make_record(
            f"https://x.vn/{i}",
            published_at=None if i == 2 else f"2024-{5 + i % 2:02d}-{10 + i:02d}T08:00:00+07:00",
            headline="Tin địa phương",
            summary=None,
            body="Đại hội Đảng bộ." if i in (1, 3, 4) else "Tin khác.",
        )
        for i in range(6)
    ]
    store.upsert_articles(old, records, observed_at=T0)
    old.close()
    db = store.open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    ((chunk, months),) = db.execute("SELECT chunk, months FROM search_site_map").fetchall()
    # May 2024 is month 112 from January 2015, June 113; their bytes 114 and 115.
    assert (chunk, len(months), list(months[:8])) == (0, 4096, [0, 114, 115, 0, 115, 114, 115, 0])
    monkeypatch.setattr(fulltext, "_SAMPLE", 2)  # a large index to search: the map is read
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", -1.0)
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)
    read: list[str] = []
    db.conn.set_trace_callback(read.append)
    hits = store.search(db, "đại hội", since="2024-06-01", until="2024-06-30", limit=10)
    db.conn.set_trace_callback(None)
    assert sorted(hit["url"] for hit in hits) == ["https://x.vn/1", "https://x.vn/3"]
    assert any("months FROM search_site_map" in statement for statement in read)
    # The new triggers keep it: a new row, a changed date, a delete.
    new = make_record("https://x.vn/6", published_at="2024-07-01T08:00:00+07:00")
    store.upsert_articles(db, [new], observed_at=T1)
    db.execute("UPDATE articles SET published_at = '2024-06-20T09:00:00+07:00' WHERE rowid = 1")
    db.execute("DELETE FROM articles WHERE rowid = 2")
    (months,) = db.execute("SELECT months FROM search_site_map").fetchone()
    assert list(months[:8]) == [0, 115, 0, 0, 115, 114, 115, 116]
    db.close()


def test_upgrade_maps_each_rowid_to_its_site_with_the_same_hits(tmp_path, monkeypatch):
    # A file as the schema before step 17 writes it, rows of three sites, one of them deleted.
    path = tmp_path / "v16.db"
    old = Database(path)
    migrations.apply(old, stop_before="m017_search_site_map")
    records = [
        make_record(
            f"https://x.vn/{i}",
            site=("baothaibinh", "baonamdinh", None)[i % 3],
            headline="Tin địa phương",
            summary=None,
            body="Đại hội Đảng bộ." if i in (1, 4, 6) else "Tin khác.",
        )
        for i in range(7)
    ]
    store.upsert_articles(old, records, observed_at=T0)
    old.execute("DELETE FROM articles WHERE rowid = 4")
    assert (
        old.execute("SELECT name FROM sqlite_master WHERE name LIKE '%site_map%'").fetchall() == []
    )
    old.close()
    db = store.open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    ((chunk, sites),) = db.execute("SELECT chunk, sites FROM search_site_map").fetchall()
    assert (chunk, len(sites), sites[:9]) == (0, 4096, b"\x00\x01\x02\x00\x00\x02\x00\x01\x00")
    assert db.execute("SELECT id, site FROM search_sites ORDER BY id").fetchall() == [
        (1, "baothaibinh"),
        (2, "baonamdinh"),
    ]
    monkeypatch.setattr(fulltext, "_SAMPLE", 2)  # a large index to search: the map is read
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 0.0)
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)
    read: list[str] = []
    db.conn.set_trace_callback(read.append)
    hits = store.search(db, "đại hội", site="baonamdinh", limit=10)
    db.conn.set_trace_callback(None)
    assert sorted(hit["url"] for hit in hits) == ["https://x.vn/1", "https://x.vn/4"]
    assert any("FROM search_site_map" in statement for statement in read)
    # The new triggers keep it: a new row, a new site, a delete.
    new = make_record("https://x.vn/7", site="baonamdinh", body="Đại hội Đảng bộ.")
    store.upsert_articles(db, [new], observed_at=T1)
    db.execute("UPDATE articles SET site = 'baoninhbinh' WHERE rowid = 1")
    db.execute("DELETE FROM articles WHERE rowid = 2")
    (sites,) = db.execute("SELECT sites FROM search_site_map").fetchone()
    assert sites[:10] == b"\x00\x03\x00\x00\x00\x02\x00\x01\x02\x00"
    hits = store.search(db, "đại hội", site="baonamdinh", limit=10)
    assert sorted(hit["url"] for hit in hits) == ["https://x.vn/4", "https://x.vn/7"]
    db.close()


def test_crawl_rows_record_status_and_counts(db):
    crawl_id = store.start_crawl(db, "baothaibinh")
    assert db["crawls"].get(crawl_id)["status"] == "running"
    stats = {
        "tinbao/stored/new": 3,
        "tinbao/stored/updated": 2,
        "tinbao/stored/unchanged": 1,
        "item_dropped_count": 4,
        "log_count/ERROR": 5,
        "start_time": __import__("datetime").datetime(2024, 5, 1),
    }
    store.finish_crawl(db, crawl_id, "finished", stats)
    row = db["crawls"].get(crawl_id)
    assert row["status"] == "finished"
    assert (row["items_stored"], row["items_new"], row["items_updated"]) == (6, 3, 2)
    assert (row["items_dropped"], row["errors"]) == (4, 5)
    assert json.loads(row["stats"])["start_time"] == "2024-05-01 00:00:00"


def test_a_run_after_one_stopped_before_its_end_is_told_so(db):
    """The next run of a site pages past known listing pages only after a stopped run."""
    assert not store.last_run_cut_short(db, "baothaibinh")
    for status, cut_short in [
        ("finished", False),
        ("interrupted", True),
        ("failed", False),
        ("killed", True),
    ]:
        crawl_id = store.start_crawl(db, "baothaibinh")
        store.finish_crawl(db, crawl_id, status, {})
        store.start_crawl(db, "baothaibinh")  # the run asking: still running
        store.start_crawl(db, "baocantho")  # another site's run changes nothing
        assert store.last_run_cut_short(db, "baothaibinh") is cut_short, status


def test_a_run_after_one_stopped_at_a_limit_is_told_so(db):
    """A run that finished at the per-run cap, at `limit=` or at a `closespider_*` setting
    left listing pages unread, as a stopped run did; a failed run is no such stop."""
    for status, stats, cut_short in [
        ("finished", {"finish_reason": "finished"}, False),
        ("finished", {"finish_reason": "finished", store.CAPPED_RUN: 6}, True),
        ("finished", {"finish_reason": "finished", store.CAPPED_LIMIT: 4}, True),
        ("finished", {"finish_reason": "closespider_pagecount"}, True),
        ("failed", {"finish_reason": "finished", store.CAPPED_RUN: 6}, False),
    ]:
        crawl_id = store.start_crawl(db, "baothaibinh")
        store.finish_crawl(db, crawl_id, status, stats)
        assert store.last_run_cut_short(db, "baothaibinh") is cut_short, stats


def test_a_url_failing_run_after_run_is_given_up_once(db):
    """A URL in the ask-again list of four ended runs in a row is no longer asked for, and
    is given up (said) only by the run that first stops asking; one failing again after that
    (a feed still links it) is not given up a second time. Listing pages count apart."""
    key, page = "https://baothaibinh.com.vn/tin-tuc/12/101877/a", "https://b.vn/l?page=2"
    seen = []
    for _ in range(6):
        crawl_id = store.start_crawl(db, "baothaibinh")
        store.finish_crawl(db, crawl_id, "finished", {store.ASK_AGAIN: [key]})
        seen.append(store.asked_again(db, "baothaibinh"))
    assert seen == [([key], []), ([key], []), ([key], []), ([], [key]), ([], []), ([], [])]
    assert store.asked_again(db, "baothaibinh", store.ASK_AGAIN_LISTINGS) == ([], [])
    crawl_id = store.start_crawl(db, "baothaibinh")
    store.finish_crawl(db, crawl_id, "finished", {store.ASK_AGAIN_LISTINGS: [page, 7]})
    store.start_crawl(db, "baothaibinh")  # the run asking: still running
    assert store.asked_again(db, "baothaibinh", store.ASK_AGAIN_LISTINGS) == ([page], [])
    assert store.asked_again(db, "baothaibinh") == ([], [])


def test_only_runs_that_may_hold_the_crawl_lock_are_lock_holders(tmp_path):
    """A `tinbao crawl` finding its lock file gone gives way to these runs alone: a run under
    the lock, or one recorded before step 23 (it may hold it), never a `scrapy crawl`."""
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m023_crawl_lock_holders")
    old.execute(
        "INSERT INTO crawls (spider, started_at, status, pid) "
        "VALUES ('baothaibinh', '2024-05-01T10:00:00+07:00', 'running', 101)"
    )
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    holder = store.start_crawl(db, "baothaibinh", holds_lock=True)
    store.start_crawl(db, "baothaibinh")  # a `scrapy crawl`: no lock
    rows = db.execute("SELECT id, holds_lock FROM crawls ORDER BY id").fetchall()
    assert rows == [(1, None), (holder, 1), (holder + 1, 0)]
    assert store.running_lock_holders(db) == [
        (1, 101, "2024-05-01T10:00:00+07:00", False),
        (holder, os.getpid(), db["crawls"].get(holder)["started_at"], True),
    ]
    store.mark_killed(db, [holder])
    assert [run[0] for run in store.running_lock_holders(db)] == [1]
    assert db["crawls"].get(holder)["status"] == "killed"
    db.close()


def test_export_rows_filters_by_site_and_inclusive_dates(db):
    records = [
        make_record("https://x.vn/1", published_at="2024-04-30T23:59:00+07:00"),
        make_record("https://x.vn/2", published_at="2024-05-01T23:59:00+07:00"),
        make_record("https://x.vn/3", published_at="2024-05-02T00:00:00+07:00"),
        make_record("https://y.vn/4", site="other", published_at="2024-05-01T12:00:00+07:00"),
    ]
    store.upsert_articles(db, records, observed_at=T0)
    rows = store.export_rows(db, site="baothaibinh", since="2024-05-01", until="2024-05-01")
    assert not isinstance(rows, list)  # streamed, not materialised
    assert [r["url"] for r in rows] == ["https://x.vn/2"]
    assert len(list(store.export_rows(db))) == 4
    (row,) = store.export_rows(db, site="other")
    assert tuple(row) == store.ARTICLE_COLUMNS


def test_site_stats_and_known_urls(db):
    crawl_id = store.start_crawl(db, "baothaibinh")
    records = [
        make_record("https://x.vn/1"),
        make_record("https://x.vn/2", published_at=None, views=None, byline=None),
    ]
    store.upsert_articles(db, records, observed_at=store.now_iso())
    store.finish_crawl(db, crawl_id, "finished", {})
    (stats,) = store.site_stats(db)
    assert stats["site"] == "baothaibinh"
    assert stats["articles"] == 2
    assert (stats["with_date"], stats["with_views"], stats["with_byline"]) == (0.5, 0.5, 0.5)
    assert (stats["last_crawl_id"], stats["last_crawl_status"]) == (crawl_id, "finished")
    assert store.known_urls(db, "baothaibinh") == {"https://x.vn/1", "https://x.vn/2"}
    assert store.known_urls(db, "other") == set()


def test_site_stats_names_the_sites_own_crawl_among_parallel_runs(db):
    own = store.start_crawl(db, "baothaibinh")
    other = store.start_crawl(db, "baocantho")  # started with it or after: the newest run
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=store.now_iso())
    store.finish_crawl(db, other, "finished", {})
    store.finish_crawl(db, own, "interrupted", {})
    other_site, stats = store.site_stats(db)
    assert (stats["site"], stats["last_crawl_id"], stats["last_crawl_status"]) == (
        "baothaibinh",
        own,
        "interrupted",
    )
    # A site crawled without storing anything is listed too, with its run.
    assert (other_site["site"], other_site["articles"], other_site["last_crawl_id"]) == (
        "baocantho",
        0,
        other,
    )


def test_the_run_started_last_is_the_latest_whatever_its_clock_wrote(db):
    """A run recorded while the clock was a day fast, then a finished and a failed run with the
    clock right: history lists them in the order they ran, and stats name the failed run as the
    latest and the finished one after the fast run as the last finished."""
    fast = store.start_crawl(db, "baothaibinh")
    store.finish_crawl(db, fast, "finished", {})
    db.conn.execute(
        "UPDATE crawls SET started_at = '2099-01-02T03:04:05+07:00', "
        "finished_at = '2099-01-02T03:05:05+07:00' WHERE id = ?",
        [fast],
    )
    good = store.start_crawl(db, "baothaibinh")
    store.finish_crawl(db, good, "finished", {})
    failed = store.start_crawl(db, "baothaibinh")
    store.finish_crawl(db, failed, "failed", {})
    runs = store.crawl_history(db)
    assert [run["id"] for run in runs] == [failed, good, fast]
    assert [run["id"] for run in store.crawl_history(db, site="baothaibinh", limit=1)] == [failed]
    (stats,) = store.site_stats(db)
    assert (stats["last_crawl_id"], stats["last_crawl_status"]) == (failed, "failed")
    assert stats["last_finished_at"] == runs[1]["started_at"]


# --- migrations ------------------------------------------------------------------------------

# The v1 schema exactly as the first release wrote it (kept here, not imported, on purpose).
V1_DDL = """
CREATE TABLE articles (
    url TEXT PRIMARY KEY, site TEXT, headline TEXT, summary TEXT, published_at TEXT,
    published_raw TEXT, modified_at TEXT, views INTEGER, views_raw TEXT, byline TEXT,
    authors TEXT, body TEXT, category TEXT, tags TEXT, images TEXT, source TEXT,
    site_article_id TEXT, modified_raw TEXT, fetched_at TEXT, layout TEXT
);
CREATE TABLE _sqlite_migrations (
    id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, applied_at TEXT
);
CREATE UNIQUE INDEX idx__sqlite_migrations_migration_set_name
    ON _sqlite_migrations (migration_set, name);
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
    VALUES ('tinbao', 'm001_articles', '2024-04-01 00:00:00+00:00');
PRAGMA user_version = 1;
"""


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    for i in range(3):
        row = make_record(f"https://x.vn/{i}", headline=f"Đại hội Đảng bộ lần {i}")
        row.update({k: json.dumps(row[k], ensure_ascii=False) for k in ("authors", "tags")})
        row["images"] = "[]"
        conn.execute(
            f"INSERT INTO articles VALUES ({', '.join('?' * len(RECORD_KEYS))})",
            [row[k] for k in RECORD_KEYS],
        )
    conn.commit()
    conn.close()


def test_v1_database_is_upgraded_in_place_without_losing_rows(tmp_path):
    path = tmp_path / "old.db"
    _v1_database(path)
    db = store.open_db(path)
    assert db["articles"].count == 3
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    for table in ("view_counts", "article_revisions", "crawls", "pages", "articles_search"):
        assert db[table].exists()
    row = db["articles"].get("https://x.vn/1")
    assert row["headline"] == "Đại hội Đảng bộ lần 1"
    assert row["first_seen_at"] == row["last_seen_at"] == T0
    assert db["view_counts"].count == 3  # each old row's views become its first observation
    assert len(store.search(db, "dai hoi dang bo")) == 3
    db.close()
    store.open_db(path).close()  # a second open has nothing left to do


def _newer_database(path: Path) -> None:
    store.open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('tinbao', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def test_newer_database_is_refused_with_one_line(tmp_path):
    path = tmp_path / "new.db"
    _newer_database(path)
    before = path.read_bytes()
    with pytest.raises(store.DatabaseTooNew) as error:
        store.open_db(path)
    assert "\n" not in str(error.value)
    assert "newer" in str(error.value)
    assert path.read_bytes() == before


def test_higher_user_version_is_refused(tmp_path):
    path = tmp_path / "new.db"
    store.open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(store.DatabaseTooNew):
        store.open_db(path)


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        "url,headline\nhttps://x.vn/1,Đại hội\n".encode(),
        # bytes 18 and 19 of the header: file format versions, 1 for a rollback journal, 2 for WAL
        b"SQLite format 3\x00\x10\x00\x01\x01" + b"\x5a" * 8188,
        b"SQLite format 3\x00\x10\x00\x02\x02" + b"\x5a" * 8188,
    ],
    ids=["random-bytes", "text-file", "sqlite-header-then-garbage", "wal-header-then-garbage"],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "news.db"
    path.write_bytes(content)
    with pytest.raises(store.DatabaseError) as error:
        store.open_db(path)
    assert "\n" not in str(error.value)
    assert str(path) in str(error.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


def test_missing_database_without_create(tmp_path):
    with pytest.raises(store.DatabaseError, match="no database"):
        store.open_db(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_directory_is_refused(tmp_path):
    with pytest.raises(store.DatabaseError, match="directory"):
        store.open_db(tmp_path)


def test_redirects_are_remembered_per_site_until_the_url_is_stored_itself(db):
    store.record_redirects(db, "baothaibinh", {"https://x.vn/1": ("https://x.vn/2", 301)})
    store.record_redirects(db, "baothaibinh", {"https://x.vn/1": ("https://x.vn/3", 308)})
    assert store.redirected_urls(db, "baothaibinh") == {"https://x.vn/1"}
    assert store.redirected_urls(db, "baonghean") == set()
    row = db.execute("SELECT target, status FROM redirects").fetchall()
    assert row == [("https://x.vn/3", 308)]
    # A later run (`full=1`) finds the URL answering as an article of its own.
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    store.record_redirects(db, "baothaibinh", {})
    assert store.redirected_urls(db, "baothaibinh") == set()


def test_an_older_run_whose_stats_are_not_json_does_not_stop_the_upgrade(tmp_path):
    """A run row another program wrote (stats cut short) is mapped by its status alone."""
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m009_crawl_pid")
    for status, stats in [("shutdown", "{cut"), ("finished", '{"tinbao/site_failed": "x"}')]:
        old.execute(
            "INSERT INTO crawls (spider, started_at, status, stats) VALUES (?, ?, ?, ?)",
            ["baothaibinh", T0, status, stats],
        )
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    statuses = [row[0] for row in db.execute("SELECT status FROM crawls ORDER BY id")]
    assert statuses == ["interrupted", "failed"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
