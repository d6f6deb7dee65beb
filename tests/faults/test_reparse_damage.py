"""`tinbao reparse` over stored pages that can no longer give their record: bytes that are no
compressed page, a compressed page cut short, an empty page, a maintenance notice stored in
the article's place, the page cut before most of its text, zero bytes.

What `reparse --help` and docs/database.md promise: reparse re-runs the parsers over the stored
HTML; "a page that now parses without a headline or body leaves its stored record as it is, as
a crawl would"; a page it can read is the article (a crawl keeps no HTML of a suspect update),
its changed text kept as a revision. A page that cannot be read back is named, the others are
reparsed, and the run fails in one line (docs/reliability.md). So nothing stored is lost: a
record kept, or its old text in `article_revisions`; the file stays sound.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from pipelines.htmlcodec import pack_html, unpack_html
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    database_copy,
    expected_records,
    integrity,
    revisions,
    stored,
    tinbao,
)

MAINTENANCE = (
    "<html><head><title>Báo Thái Bình</title></head><body><h1>Hệ thống đang bảo trì</h1>"
    "<p>Xin quý độc giả vui lòng quay lại sau.</p></body></html>"
)

DAMAGES: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "bytes_that_are_no_compressed_page": ("104560", lambda blob: b"\x00\xffkhong phai" * 30),
    "compressed_page_cut_short": ("108990", lambda blob: blob[: len(blob) // 2]),
    "empty_page": ("107420", lambda blob: pack_html("")),
    "maintenance_notice": ("109874", lambda blob: pack_html(MAINTENANCE)),
    "page_cut_before_most_of_its_text": (
        "101877",
        lambda blob: pack_html(unpack_html(blob)[: len(unpack_html(blob)) * 2 // 5]),
    ),
    "zero_bytes_stored": ("103355", lambda blob: b""),
}


@pytest.fixture(scope="module")
def reparsed(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("reparse_damage"))
    conn = sqlite3.connect(db)
    with conn:
        for name, damage in DAMAGES.values():
            url = LIVE + article_path(name)
            (blob,) = conn.execute(
                "SELECT html_compressed FROM pages WHERE url = ?", (url,)
            ).fetchone()
            conn.execute("UPDATE pages SET html_compressed = ? WHERE url = ?", (damage(blob), url))
    conn.close()
    return db, tinbao("reparse", "--db", str(db))


UNREADABLE = ("bytes_that_are_no_compressed_page", "compressed_page_cut_short", "zero_bytes_stored")
READ_AS_THE_ARTICLE = ("maintenance_notice", "page_cut_before_most_of_its_text")


def old_text(db: Path, path: str) -> list[tuple]:
    """The revisions of `path`: source, changed fields and the text before the change."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT source, headline, summary, body, byline FROM article_revisions WHERE url = ?",
            (LIVE + path,),
        ).fetchall()
    finally:
        conn.close()


def test_reparse_names_each_page_it_cannot_read_back_and_fails_in_one_line(reparsed) -> None:
    db, done = reparsed
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    for damage in UNREADABLE:
        url = LIVE + article_path(DAMAGES[damage][0])
        assert any(
            line.startswith(f"cannot reparse {url}: stored HTML cannot be read back")
            for line in lines
        ), url
    assert lines[-1].startswith(f"Error: {len(UNREADABLE)} stored pages could not be read back")


@pytest.mark.parametrize("damage", [name for name in DAMAGES if name not in READ_AS_THE_ARTICLE])
def test_an_article_whose_page_gives_no_record_keeps_its_record(reparsed, damage: str) -> None:
    db, done = reparsed
    path = article_path(DAMAGES[damage][0])
    row = stored(db)[path]
    expected = expected_records()[path]
    assert {key: row[key] for key in expected} == expected, path
    assert old_text(db, path) == []


@pytest.mark.parametrize("damage", READ_AS_THE_ARTICLE)
def test_a_stored_page_read_as_the_article_keeps_the_old_text_as_a_revision(
    reparsed, damage: str
) -> None:
    db, done = reparsed
    path = article_path(DAMAGES[damage][0])
    old = ARTICLES[path]
    assert old_text(db, path) == [
        ("reparse", old["headline"], old["summary"], old["body"], old["byline"])
    ]
    body = stored(db)[path]["body"]
    if damage == "maintenance_notice":
        assert body == "Xin quý độc giả vui lòng quay lại sau."
    else:
        assert body and len(body) < len(old["body"]) and old["body"].startswith(body), body


def test_every_other_article_keeps_its_record_and_the_file_stays_sound(reparsed) -> None:
    db, done = reparsed
    damaged = {article_path(name) for name, _ in DAMAGES.values()}
    rows = stored(db)
    assert sorted(rows) == sorted(ARTICLES)
    for path in set(ARTICLES) - damaged:
        assert {key: rows[path][key] for key in ARTICLES[path]} == ARTICLES[path], path
    read_again = {article_path(DAMAGES[name][0]) for name in READ_AS_THE_ARTICLE}
    assert {path for path, _ in revisions(db)} == read_again
    assert integrity(db) == "ok"
