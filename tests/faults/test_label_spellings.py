"""Charset labels spelled as old servers and CMSs spell them: `x-cp1258` and `cp1258` (labels
the Encoding Standard gives windows-1258), `utf8` and `unicode-1-1-utf-8` (labels of UTF-8), a
label in capitals with a semicolon after it, a `<meta>` label with spaces inside its quotes.

docs/reliability.md: a windows-1258 page labelled so is read as windows-1258 and stored NFC;
each candidate decoding is checked to read as Vietnamese. Article A is served in those bytes
with each label; its row must hold exactly what a reader sees, and no warning may call a right
label wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving
from tests.faults.test_pages import PAGE, A, to_cp1258

META = '<meta charset="utf-8">'

CASES = {
    "x_cp1258_in_the_header": (to_cp1258(PAGE.replace(META, "")), "text/html; charset=x-cp1258"),
    "cp1258_in_the_meta": (to_cp1258(PAGE.replace(META, '<meta charset="cp1258">')), "text/html"),
    "capitals_and_a_semicolon": (
        to_cp1258(PAGE.replace(META, "")),
        "text/html; CHARSET=WINDOWS-1258;",
    ),
    "utf8_without_its_hyphen": (PAGE.replace(META, "").encode(), "text/html; charset=utf8"),
    "unicode_1_1_utf_8": (PAGE.replace(META, "").encode(), "text/html; charset=unicode-1-1-utf-8"),
    "meta_with_spaces": (
        to_cp1258(PAGE.replace(META, '<meta charset=" windows-1258 ">')),
        "text/html",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_label_spelled_the_old_way_reads_the_page_right(tmp_path: Path, name: str) -> None:
    body, kind = CASES[name]
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(body=body, content_type=kind)}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert "is wrong" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
