"""A stored article fetched again on its refresh with the same text in another form: zero-width
spaces and no-break spaces sprinkled through it, re-encoded in windows-1258 (tone marks as
combining characters), every letter written as a numeric character reference, a byte order
mark and CRLF line endings, and an update time printed beside the publish line.

The reader sees the same article, so a user expects the same row: no revision recorded, every
value as before (the update time aside, which is no publish time).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    crawl_mirror,
    expect_rows,
    integrity,
    revisions,
)
from tests.faults.server import Fault, serving

PATH = article_path("105870")  # published 2022-09-22T14:20:06+07:00
PAGE = (MIRROR / PATH.strip("/") / "page.html").read_text(encoding="utf-8")
WIDE = ("TINBAO_REFRESH_WINDOW_DAYS=100000",)
TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mirror stored once, the article's last fetch moved back so its refreshes are due."""
    db = tmp_path_factory.mktemp("first") / "news.db"
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE articles SET fetched_at = '2022-09-23T09:00:00+07:00' WHERE url = ?",
            (LIVE + PATH,),
        )
    conn.close()
    return db


def refresh(first: Path, tmp_path: Path, fault: Fault) -> Path:
    db = tmp_path / "news.db"
    shutil.copy(first, db)
    with serving(MIRROR, {PATH: fault}) as site:
        run = crawl(site, db, settings=WIDE)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    assert site.paths().count(PATH) == 1, "the article was not refreshed"
    return db


def expect_unchanged(db: Path) -> None:
    expect_rows(db, ARTICLES)
    assert revisions(db) == []


def cp1258(text: str) -> bytes:
    """Text as a windows-1258 page writes it: letters with their shape marks, tone marks apart."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def test_zero_width_and_no_break_spaces_through_the_page_are_no_revision(
    first: Path, tmp_path: Path
) -> None:
    page = PAGE.replace("OCOP", "OC\u200bOP").replace(" sản phẩm ", "\u00a0sản phẩm\u00a0")
    expect_unchanged(refresh(first, tmp_path, Fault(body=page.encode("utf-8"))))


def test_the_same_page_in_windows_1258_is_no_revision(first: Path, tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
    fault = Fault(body=cp1258(page), content_type="text/html; charset=windows-1258")
    expect_unchanged(refresh(first, tmp_path, fault))


def test_every_letter_as_a_character_reference_is_no_revision(first: Path, tmp_path: Path) -> None:
    head, sep, body = PAGE.partition("<body")
    body = re.sub(r"[^\x00-\x7f]", lambda m: f"&#{ord(m.group())};", body)
    expect_unchanged(refresh(first, tmp_path, Fault(body=(head + sep + body).encode("utf-8"))))


def test_a_byte_order_mark_and_crlf_line_endings_are_no_revision(
    first: Path, tmp_path: Path
) -> None:
    page = "\ufeff" + PAGE.replace("\n", "\r\n")
    expect_unchanged(refresh(first, tmp_path, Fault(body=page.encode("utf-8"))))


def test_an_update_time_beside_the_publish_line_leaves_the_publish_time(
    first: Path, tmp_path: Path
) -> None:
    line = '<span class="date">Thứ 5, 22/09/2022 | 14:20:06</span>'
    assert line in PAGE
    page = PAGE.replace(line, line + ' <span class="update">Cập nhật: 23/09/2022 | 08:15:00</span>')
    expect_unchanged(refresh(first, tmp_path, Fault(body=page.encode("utf-8"))))
