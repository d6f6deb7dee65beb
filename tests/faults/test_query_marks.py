"""Query words as people paste them: a zero-width space, a soft hyphen or a byte order mark
inside or before a word, no-break spaces between words, a query in capitals, the old tone
placement, and queries of nothing but invisible characters or a lone tone mark.

What a user expects of `tinbao search` (its --help: diacritics optional, every word required,
hits spelled like the query first): characters nobody sees change nothing, so a name copied
from a page with its invisible characters finds the article that prints it; a query that holds
no visible word finds nothing, says so and is no error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import MIRROR, article_path, crawl_faults, stored
from tests.faults.server import Fault

A = article_path("105870")
PAGE_A = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")
SENTENCE = "Ông Hầu Văn Thoòng bàn về công trình thuỷ lợi Trà Giang."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = PAGE_A.replace(
        '<div class="fr-view info">', f'<div class="fr-view info"><p>{SENTENCE}</p>', 1
    )
    _, _, db = crawl_faults(tmp_path_factory.mktemp("marks"), {A: Fault(body=page.encode())})
    assert SENTENCE in stored(db)[A]["body"]
    return db


def search(db: Path, query: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "search", query, "--db", str(db), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def hits(db: Path, query: str) -> list[str]:
    done = search(db, query, "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line)["url"].split(".vn", 1)[1] for line in done.stdout.splitlines()]


@pytest.mark.parametrize(
    "query",
    [
        "Tho\u200bòng",  # a zero-width space inside the word
        "Thoò\u00adng",  # a soft hyphen
        "\ufeffHầu Văn Thoòng",  # a byte order mark pasted from a file
        "Hầu\u00a0Văn\u00a0Thoòng",  # no-break spaces between the words
        "HẦU VĂN THOÒNG",
    ],
)
def test_a_pasted_name_finds_the_article_that_prints_it(db: Path, query: str) -> None:
    assert hits(db, query) == [A]


def test_the_new_tone_placement_finds_the_old_one_first(db: Path) -> None:
    """`thủy lợi` (new placement) and `thuỷ lợi` (old, as printed) are the same spelling."""
    assert hits(db, "thủy lợi Trà Giang") == [A]
    assert hits(db, "thuy loi tra giang") == [A]


@pytest.mark.parametrize("query", ["\u200b\u00ad\ufeff", " \u0301 "])
def test_a_query_of_nothing_visible_finds_nothing_and_says_so(db: Path, query: str) -> None:
    done = search(db, query)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "baothaibinh.com.vn" not in done.stdout
    assert (done.stdout + done.stderr).strip(), "an empty answer should say so"
    assert hits(db, query) == []
