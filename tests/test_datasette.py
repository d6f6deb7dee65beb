"""A real Datasette process on a real database: metadata, facets, canned queries, folded search."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta

import pytest

from crawler.datasette import build_metadata, datasette_command, datasette_env
from parsers.record import EXTRACT_FIELDS
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines import db as store
from tests.test_db import make_record

RECENT = (datetime.now(LOCAL_TZ) - timedelta(days=1)).isoformat(timespec="seconds")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("datasette")
    path = tmp / "news.db"
    db = store.open_db(path)
    other = {"summary": "Tin trong tỉnh.", "body": "Nội dung khác."}
    records = [
        make_record(
            "https://x.vn/1", headline="Đại hội Đảng bộ tỉnh", published_at=RECENT, views=500
        ),
        make_record(
            "https://x.vn/2", headline="Giá lúa tăng", category="Kinh tế", views=900, **other
        ),
        make_record(
            "https://y.vn/3", site="baonamdinh", headline="Hòa giải", published_at=RECENT, **other
        ),
    ]
    store.upsert_articles(db, records, observed_at="2024-05-01T10:00:00+07:00")
    later = make_record("https://x.vn/1", headline="Đại hội Đảng bộ tỉnh", published_at=RECENT)
    later.update(views=650, fetched_at="2024-05-02T10:00:00+07:00")
    store.upsert_articles(db, [later], observed_at="2024-05-02T10:00:00+07:00")
    db.close()
    metadata = tmp / "metadata.json"
    metadata.write_text(json.dumps(build_metadata("news")), encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        datasette_command(path, metadata, "127.0.0.1", port),
        env=datasette_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"datasette did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


def get(base: str, path: str, **params: str):
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{base}{path}?{query}", timeout=10) as response:
        return json.load(response)


def test_facets_by_site_and_category(server):
    data = get(server, "/news/articles.json", _facet="site")
    counts = {f["value"]: f["count"] for f in data["facet_results"]["site"]["results"]}
    assert counts == {"baothaibinh": 2, "baonamdinh": 1}
    assert "category" in data["facet_results"]  # configured in the metadata


def test_column_descriptions_come_from_the_record_schema(server):
    metadata = get(server, "/-/metadata.json")
    columns = metadata["databases"]["news"]["tables"]["articles"]["columns"]
    assert {f.name: f.doc for f in EXTRACT_FIELDS}.items() <= columns.items()


def test_folded_canned_search_finds_dang_bo_without_diacritics(server):
    rows = get(server, "/news/search_folded.json", q="dai hoi dang bo", _shape="array")
    assert [r["url"] for r in rows] == ["https://x.vn/1"]
    assert rows[0]["headline"] == "Đại hội Đảng bộ tỉnh"
    assert "[Đại] [hội]" in rows[0]["snippet"]
    assert get(server, "/news/search_folded.json", q='hoa "(', _shape="array")[0]["url"] == (
        "https://y.vn/3"
    )


def test_table_search_uses_the_index(server):
    data = get(server, "/news/articles.json", _search="dai hoi dang bo", _shape="objects")
    assert [r["url"] for r in data["rows"]] == ["https://x.vn/1"]


def test_most_viewed_in_the_last_7_days(server):
    rows = get(server, "/news/most_viewed_7_days.json", _shape="array")
    assert [r["url"] for r in rows] == ["https://x.vn/1", "https://y.vn/3"]  # x.vn/2 is old


def test_articles_per_site_per_day(server):
    rows = get(server, "/news/articles_per_site_per_day.json", _shape="array")
    assert {(r["site"], r["articles"]) for r in rows} == {("baothaibinh", 1), ("baonamdinh", 1)}


def test_view_growth_of_one_article(server):
    rows = get(server, "/news/view_growth.json", url="https://x.vn/1", _shape="array")
    assert [(r["views"], r["gained"]) for r in rows] == [(500, None), (650, 150)]


def test_every_table_and_column_is_described(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    tables = build_metadata()["databases"]["news"]["tables"]
    for name in db.table_names():
        if name.startswith(("articles_search", "_sqlite")):
            continue
        assert set(db[name].columns_dict) <= set(tables[name]["columns"]), name
        assert tables[name]["title"] and tables[name]["description"], name
    db.close()
