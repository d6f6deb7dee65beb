"""An article the paper edits between two runs, searched afterwards: the OCOP article's headline
rewritten (`Công nhận thêm 38 sản phẩm OCOP cấp tỉnh`) and its first paragraph, the only text
of the mirror naming `bánh cáy`, replaced by one naming `mứt sen`, met by a full re-crawl.

README: the `articles` row holds the latest values; `tinbao search` is a full-text search of
headlines, summaries and bodies, diacritics optional (`dai hoi` finds `Đại hội`). So a search
finds the article by its new words, with or without diacritics, once, under its new headline,
and by the words it no longer holds not at all: no hit comes from text that is no longer the
article's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    expected_record,
    integrity,
    tinbao,
)
from tests.faults.server import Fault, serving

OCOP = article_path("105870")
OLD_HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
NEW_HEADLINE = "Công nhận thêm 38 sản phẩm OCOP cấp tỉnh"
OLD_PARAGRAPH = expected_record("105870")["body"].split("\n\n")[0]
NEW_PARAGRAPH = "Lần đầu tiên tỉnh có sản phẩm mứt sen đạt 4 sao, do một hợp tác xã làm ra."


def edit(page: bytes) -> bytes:
    text = page.decode("utf-8")
    assert text.count(f"<p>{OLD_PARAGRAPH}</p>") == 1
    text = text.replace(f"<p>{OLD_PARAGRAPH}</p>", f"<p>{NEW_PARAGRAPH}</p>")
    return text.replace(OLD_HEADLINE, NEW_HEADLINE).encode("utf-8")


CHANGED = {
    OCOP: {
        "headline": NEW_HEADLINE,
        "body": expected_record("105870")["body"].replace(OLD_PARAGRAPH, NEW_PARAGRAPH),
    }
}


@pytest.fixture(scope="module")
def edited(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the crawled mirror re-crawled in full with the OCOP article edited."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("edited"))
    with serving(MIRROR, {OCOP: Fault(edit=edit)}) as site:
        run = crawl(site, db, "-a", "full=1")
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return db


def hits(db: Path, query: str) -> list[dict]:
    """`tinbao search QUERY --json`, which must succeed quietly: its hits."""
    done = tinbao("search", query, "--db", str(db), "--json", "--limit", "1000")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_edited_article_holds_its_new_text(edited: Path) -> None:
    expect_rows(edited, ARTICLES, CHANGED)


@pytest.mark.parametrize("query", ["mứt sen", "mut sen", "MỨT SEN"])
def test_the_new_words_find_the_article_once(edited: Path, query: str) -> None:
    assert [hit["url"] for hit in hits(edited, query)] == [LIVE + OCOP]


@pytest.mark.parametrize("query", ["bánh cáy", "banh cay", "làng Nguyễn"])
def test_the_words_it_no_longer_holds_find_it_no_more(edited: Path, query: str) -> None:
    assert LIVE + OCOP not in [hit["url"] for hit in hits(edited, query)]


def test_the_words_of_the_new_headline_find_it_under_that_headline(edited: Path) -> None:
    found = [hit for hit in hits(edited, "Công nhận thêm 38") if hit["url"] == LIVE + OCOP]
    assert [hit["headline"] for hit in found] == [NEW_HEADLINE]
