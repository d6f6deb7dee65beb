"""`tinbao search` given queries of awkward length or made of signs another query language
would read: one word pasted 400 times, 2,000 letters with no space, `%`, `_` or an
apostrophe alone, and a word with a `%` or quotes `'` stuck to it.

What `search --help` promises: every word is required, diacritics optional, quotes, `*`, `-`
and the rest searched as plain words; a search that finds nothing says so in a line, exit 0
(README). The hits of a word are the articles holding it, whatever the length of the query.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, LIVE, database_copy, tinbao

WORD = "OCOP"


def folded_words(text: str) -> set[str]:
    """The words of `text` without marks, `đ` as `d`, in lower case."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return set(re.findall(r"[^\W_]+", text))


def holding(word: str) -> set[str]:
    """The URLs of the mirror's articles whose headline, summary or body hold `word`."""
    fields = ("headline", "summary", "body")
    return {
        LIVE + path
        for path, r in ARTICLES.items()
        if word.lower() in folded_words(" ".join(r[k] or "" for k in fields))
    }


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("search_lengths"))


def hits(db: Path, query: str) -> list[str]:
    done = tinbao("search", query, "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return [json.loads(line)["url"] for line in done.stdout.splitlines()]


def test_the_word_alone_finds_the_articles_holding_it(db: Path) -> None:
    assert holding(WORD)
    assert sorted(hits(db, WORD)) == sorted(holding(WORD))


def test_one_word_pasted_four_hundred_times_finds_what_it_finds_once(db: Path) -> None:
    query = " ".join([WORD] * 400)
    assert len(query) >= 1999
    assert sorted(hits(db, query)) == sorted(holding(WORD))


def test_two_thousand_letters_without_a_space_find_nothing_in_a_line(db: Path) -> None:
    done = tinbao("search", "ươ" * 1000, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len((done.stdout + done.stderr).strip().splitlines()) == 1, done.stdout + done.stderr


@pytest.mark.parametrize("sign", ["%", "_", "'"])
def test_a_sign_alone_finds_nothing(db: Path, sign: str) -> None:
    assert hits(db, sign) == []


@pytest.mark.parametrize("query", [f"{WORD}%", f"'{WORD}'"])
def test_a_word_with_a_sign_stuck_to_it_is_the_word(db: Path, query: str) -> None:
    assert sorted(hits(db, query)) == sorted(holding(WORD))
