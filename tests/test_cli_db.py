"""The database commands: search, export, stats, reparse, and their one-line errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import click
import pytest
from click.testing import CliRunner

from crawler.cli import db, report
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines import db as store
from tests.conftest import FIXTURES
from tests.test_db import T0, make_record

COMMANDS = [*db.COMMANDS, *report.COMMANDS]
cli = click.Group(commands=COMMANDS)

PAGE = (
    FIXTURES / "sites/baothaibinh/tin-tuc/15/108990/nong-dan-quynh-phu-hoan-thanh-gieo-cay-lua-xuan"
)
PAGE_URL = (
    "https://baothaibinh.com.vn/tin-tuc/15/108990/nong-dan-quynh-phu-hoan-thanh-gieo-cay-lua-xuan"
)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.db"
    db = store.open_db(path)
    store.upsert_articles(
        db,
        [
            make_record("https://x.vn/1", headline="Khai mạc Đại hội Đảng bộ tỉnh"),
            make_record(
                "https://x.vn/2",
                site="baonamdinh",
                headline="Hòa giải ở cơ sở",
                published_at="2024-06-01T07:00:00+07:00",
                views=None,
            ),
        ],
        observed_at=T0,
    )
    db.close()
    return path


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_every_command_has_help_with_an_example():
    for command in COMMANDS:
        result = run(command.name, "-h")
        assert result.exit_code == 0
        assert "Example:" in result.output
        assert "--db" in result.output


def test_search_prints_ranked_hits(db_path):
    result = run("search", "dai hoi dang bo", "--db", db_path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1. Khai mạc Đại hội Đảng bộ tỉnh"
    assert lines[1] == "   baothaibinh · 2024-05-01 08:30 · 120 views"
    assert "[Đại] [hội]" in lines[2]
    assert lines[3] == "   https://x.vn/1"


def test_search_json_is_jsonl_only(db_path):
    result = run("search", "hoà", "--json", "--db", db_path)
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert [h["url"] for h in hits] == ["https://x.vn/2"]
    assert hits[0]["headline"] == "Hòa giải ở cơ sở"


def test_search_filters(db_path):
    result = run("search", "ca", "--json", "--db", db_path)
    assert result.output == ""
    result = run(
        "search",
        "co so",
        "--site",
        "baonamdinh",
        "--since",
        "2024-06-01",
        "--db",
        db_path,
        "--json",
    )
    assert len(result.output.splitlines()) == 1


def test_search_with_no_hits_says_so_on_stderr(db_path):
    result = CliRunner().invoke(cli, ["search", "xyzzy", "--db", str(db_path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No articles match" in result.stderr


def test_db_defaults_to_env(db_path, monkeypatch):
    monkeypatch.setenv("TINBAO_DB", str(db_path))
    assert "https://x.vn/1" in run("search", "dai hoi", "--json").output


def test_export_jsonl_decodes_lists(db_path):
    result = run("export", "--format", "jsonl", "--db", db_path)
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["url"] for r in rows] == ["https://x.vn/2", "https://x.vn/1"]  # by site
    assert rows[1]["authors"] == ["Minh Anh"]
    assert rows[1]["images"][0]["caption"] == "Quang cảnh"


def test_export_csv_with_bom_to_file(db_path, tmp_path):
    out = tmp_path / "articles.csv"
    result = run(
        "export", "--format", "csv", "--bom", "--site", "baothaibinh", "-o", out, "--db", db_path
    )
    assert result.exit_code == 0
    assert "Exported 1 articles" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfurl,site,headline")
    (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    assert row["headline"] == "Khai mạc Đại hội Đảng bộ tỉnh"
    assert json.loads(row["tags"]) == ["Đại hội"]


def test_export_date_range(db_path):
    result = run("export", "--since", "2024-05-02", "--until", "2024-06-01", "--db", db_path)
    assert [json.loads(line)["url"] for line in result.output.splitlines()] == ["https://x.vn/2"]


def test_stats_table_and_json(db_path):
    result = run("stats", "--db", db_path)
    assert result.exit_code == 0
    header, first, second = result.output.splitlines()
    assert header.split()[:3] == ["site", "articles", "published"]
    # Báo Nam Định never shows view counts: its views column is "—", not a failing 0%.
    assert first.split() == [
        *("baonamdinh", "1", "2024-06-01", "…", "2024-06-01", "100%", "—", "100%", "never")
    ]
    assert second.split() == [
        *("baothaibinh", "1", "2024-05-01", "…", "2024-05-01", "100%", "100%", "100%", "never")
    ]
    rows = [
        json.loads(line) for line in run("stats", "--json", "--db", db_path).output.splitlines()
    ]
    assert [r["site"] for r in rows] == ["baonamdinh", "baothaibinh"]


@pytest.mark.parametrize("command", [["search", "x"], ["export"], ["stats"], ["reparse"]])
def test_missing_database_is_one_line_exit_1(tmp_path, command):
    result = run(*command, "--db", tmp_path / "absent.db")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "no database" in result.stderr
    assert not (tmp_path / "absent.db").exists()


def test_corrupt_database_is_one_line_exit_1(tmp_path):
    path = tmp_path / "news.db"
    path.write_bytes(b"not a database at all\n" * 100)
    result = run("stats", "--db", path)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path} is not a SQLite database\n"


def test_bad_date_is_a_usage_error(db_path):
    result = run("export", "--since", "tomorrow", "--db", db_path)
    assert result.exit_code == 2


def test_reparse_applies_current_parsers_to_stored_html(tmp_path):
    path = tmp_path / "news.db"
    db = store.open_db(path)
    fetched = datetime(2024, 5, 1, 10, tzinfo=LOCAL_TZ).isoformat()
    # A record as an older parser produced it: wrong headline, no byline.
    stale = make_record(PAGE_URL, headline="Nông dân", byline=None, fetched_at=fetched)
    store.upsert_articles(db, [stale], observed_at=fetched)
    html = (PAGE / "page.html").read_text(encoding="utf-8")
    store.store_pages(db, [{"url": PAGE_URL, "fetched_at": fetched, "html": html}])
    db.close()

    result = run("reparse", "--site", "baothaibinh", "--db", path)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Reparsed 1 pages: 1 changed, 1 revisions")
    db = store.open_db(path)
    row = db["articles"].get(PAGE_URL)
    assert row["headline"] == "Nông dân Quỳnh Phụ hoàn thành gieo cấy lúa xuân"
    assert row["byline"] == "Trung Du"
    assert row["last_seen_at"] == fetched  # reparsing is not a new sighting
    (revision,) = db["article_revisions"].rows
    assert (revision["source"], revision["headline"]) == ("reparse", "Nông dân")
    db.close()
    again = run("reparse", "--db", path)
    assert again.output.startswith("Reparsed 1 pages: 0 changed, 0 revisions, 1 unchanged")


def test_reparse_keeps_the_stored_row_when_the_page_now_gives_no_body(tmp_path):
    path = tmp_path / "news.db"
    db = store.open_db(path)
    stored = make_record(PAGE_URL, fetched_at=T0)
    store.upsert_articles(db, [stored], observed_at=T0)
    html = "<html><head><title>Trang lỗi</title></head><body></body></html>"
    store.store_pages(db, [{"url": PAGE_URL, "fetched_at": T0, "html": html}])
    db.close()

    result = run("reparse", "--db", path)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Reparsed 1 pages: 0 changed, 0 revisions, 0 unchanged, 0 new, 1 failed\n"
    )
    assert result.stderr == f"not updating {PAGE_URL}: no body\n"
    db = store.open_db(path)
    row = db["articles"].get(PAGE_URL)
    assert (row["headline"], row["body"]) == (stored["headline"], stored["body"])
    assert list(db["article_revisions"].rows) == []
    db.close()


@pytest.mark.parametrize(
    "until",
    [
        "2024-06-01T00:30:00Z",  # 07:30 in Vietnam
        "2024-06-01T07:00:00",  # no offset: Vietnam time, as stored
        "20240601",  # ISO 8601 basic format: the whole day
        "2024-6-1",  # no leading zeros, as `tinbao crawl --since` takes it: the whole day
    ],
)
def test_export_until_a_time_in_any_iso_form(db_path, until):
    result = run("export", "--since", "2024-05-02", "--until", until, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["url"] for line in result.output.splitlines()] == ["https://x.vn/2"]
