"""`tinbao export` and `tinbao search` on a database far larger than the machine would like to
hold in memory: a hundred megabytes of long articles (a paper's archive of full-text reports),
exported as JSON Lines and as CSV, to standard output and to a file, and searched for a word
every article holds.

README and `export --help`: "Rows are written as they are read, so memory stays flat on any
database size"; docs/database.md: `export` streams articles (constant memory). `search --help`:
at most `--limit` hits (1 to 1000), best first. A user expects the export to hold every row,
and its peak memory to be that of an export of a small file, give or take a few megabytes,
whatever the database's size.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, LIVE, database_copy

LONG = 1_500  # rows of …
BODY = 64 * 1024  # … 64 KiB of text each: about 100 MB in all
SLACK_KIB = 40 * 1024  # what a flat stream may add to the small file's peak
SOURCE = LIVE + next(iter(ARTICLES))


@pytest.fixture(scope="module")
def small(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def large(small: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mirror's articles and `LONG` long ones another program wrote beside them."""
    db = database_copy(small, tmp_path_factory.mktemp("large"))
    conn = sqlite3.connect(db)
    names = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    others = ", ".join(name for name in names if name not in ("url", "body"))
    paragraph = "Tỉnh Thái Bình đẩy mạnh chuyển đổi số trong cơ quan nhà nước. "
    body = (paragraph * (BODY // len(paragraph) + 1))[:BODY]
    for number in range(LONG):
        conn.execute(
            f"INSERT INTO articles (url, body, {others}) SELECT url || ?, ?, {others}"
            " FROM articles WHERE url = ?",
            [f"?long={number}", body, SOURCE],
        )
    conn.commit()
    conn.close()
    return db


def peak_kib(*words: str) -> tuple[int, bytes]:
    """The peak resident memory (KiB) of `tinbao WORDS…` and its standard output's size, read
    as it comes and thrown away (a pipe into `wc -c`)."""
    probe = (
        "import resource, subprocess, sys\n"
        "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)\n"
        "size = 0\n"
        "while chunk := p.stdout.read(1 << 16):\n"
        "    size += len(chunk)\n"
        "assert p.wait() == 0\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, size)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "crawler.cli", *words],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    peak, size = done.stdout.split()
    return int(peak), int(size)


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_an_export_of_a_large_file_takes_the_memory_of_a_small_one(
    small: Path, large: Path, form: str
) -> None:
    small_peak, _ = peak_kib("export", "--format", form, "--db", str(small))
    large_peak, size = peak_kib("export", "--format", form, "--db", str(large))
    assert size > LONG * BODY
    assert large_peak - small_peak < SLACK_KIB, (small_peak, large_peak)


def test_an_export_to_a_file_holds_every_row_in_flat_memory(
    small: Path, large: Path, tmp_path: Path
) -> None:
    small_peak, _ = peak_kib("export", "-o", str(tmp_path / "small.jsonl"), "--db", str(small))
    out = tmp_path / "large.jsonl"
    large_peak, _ = peak_kib("export", "-o", str(out), "--db", str(large))
    assert large_peak - small_peak < SLACK_KIB, (small_peak, large_peak)
    with out.open(encoding="utf-8") as lines:
        urls = [json.loads(line)["url"] for line in lines]
    assert len(urls) == len(set(urls)) == len(ARTICLES) + LONG


def test_search_of_a_word_in_every_article_gives_its_limit_in_flat_memory(
    small: Path, large: Path
) -> None:
    """The long rows are not in the search index (another program wrote them); the mirror's
    own are, and a search over the large file answers as over the small one."""
    small_peak, small_size = peak_kib("search", "Thái Bình", "--limit", "1000", "--db", str(small))
    large_peak, large_size = peak_kib("search", "Thái Bình", "--limit", "1000", "--db", str(large))
    assert large_size == small_size
    assert large_peak - small_peak < SLACK_KIB, (small_peak, large_peak)
