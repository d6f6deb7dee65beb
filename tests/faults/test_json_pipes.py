"""`--json` output piped into `jq`, as the commands' help and the documents write the pipes:
`search --json | jq .url`, `history --json | jq 'select(.status != "finished")'`, `sites --json
| jq -r 'select(.profile | not) | .key' | sort -u`, `stats --json`, an export read back by
`jq`, and a search whose note about the index goes to stderr while its hits are piped.

The README promises that `--json` output goes to stdout alone, one JSON object per line, so
every pipe must parse whole and give exactly the stored values (in NFC, as stored).
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import PROFILED, ROOT
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    crawl,
    database_copy,
    stored,
)
from tests.faults.server import Fault, serving

pytestmark = pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")

TINBAO = f"{sys.executable} -m crawler.cli"
PROFILES = set(PROFILED)


def pipe(line: str) -> subprocess.CompletedProcess:
    """A shell pipe as a user types it (`tinbao` the command under test), with `pipefail`."""
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", line.replace("tinbao ", f"{TINBAO} ", 1)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def folded_words(text: str) -> set[str]:
    """The words of `text` without diacritics, lowercase (`Đại hội` → dai, hoi)."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return set(re.findall(r"\w+", text.lower()))


@pytest.fixture(scope="module")
def news(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("news"))


def test_search_json_piped_into_jq_url_gives_every_matching_article(news: Path) -> None:
    """`tinbao search "Thái Bình" --json | jq .url` (search --help): one JSON string per hit,
    the URL of every stored article holding both words, diacritics optional."""
    done = pipe(f"tinbao search 'Thái Bình' --json --db {news} | jq .url")
    assert done.returncode == 0, done.stderr
    urls = [json.loads(line) for line in done.stdout.splitlines()]
    rows = stored(news)
    holding = {
        LIVE + path
        for path, row in rows.items()
        if {"thai", "binh"}
        <= folded_words(" ".join(filter(None, [row["headline"], row["summary"], row["body"]])))
    }
    assert holding and len(urls) == len(set(urls))
    assert set(urls) == holding


def test_history_json_piped_into_jq_select_gives_the_failed_run(tmp_path: Path) -> None:
    """`tinbao history --json | jq 'select(.status != "finished")'` (history --help) after a
    run whose feed and listings all answered 404 (failed, docs/scheduling.md) and a good one:
    the failed run alone."""
    db = tmp_path / "news.db"
    gone = {path: Fault(status=404, body=b"") for path in ("/", FEED, *LISTINGS)}
    with serving(MIRROR, gone) as site:
        first = crawl(site, db)
        site.faults.clear()
        second = crawl(site, db)
    assert first.returncode == 4, first.output
    assert second.returncode == 0, second.output
    done = pipe(f"tinbao history --json --db {db} | jq -c 'select(.status != \"finished\")'")
    assert done.returncode == 0, done.stderr
    runs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(run["id"], run["status"]) for run in runs] == [(1, "failed")]


def test_sites_json_piped_into_jq_gives_the_papers_without_a_profile(news: Path) -> None:
    """docs/registry.md: `tinbao sites --json | jq -r 'select(.profile | not) | .key' | sort -u`
    lists the papers without a profile: every key but the twelve with one."""
    done = pipe(
        f"tinbao sites --db {news} --json | jq -r 'select(.profile | not) | .key' | sort -u"
    )
    assert done.returncode == 0, done.stderr
    keys = pipe(f"tinbao sites --db {news} --json | jq -r .key | sort -u")
    assert keys.returncode == 0, keys.stderr
    every = set(keys.stdout.split())
    assert every >= PROFILES
    assert done.stdout.split() == sorted(every - PROFILES)


def test_stats_json_piped_into_jq_gives_the_sites_figures(news: Path) -> None:
    """`tinbao stats --json` (stats --help): one JSON object per site, nothing else on stdout."""
    done = pipe(f"tinbao stats --db {news} --json | jq -c '[.site, .articles, .last_crawl_status]'")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ['["baothaibinh",15,"finished"]']


def test_an_export_read_by_jq_gives_every_row_in_nfc(news: Path) -> None:
    """`tinbao export --format jsonl | jq -c .`: one object a line, each the stored row's
    values, every string in NFC (README: NFC)."""
    done = pipe(f"tinbao export --format jsonl --db {news} | jq -c .")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(r["url"] for r in records) == sorted(LIVE + path for path in ARTICLES)

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    for record in records:
        for text in strings(record):
            assert unicodedata.is_normalized("NFC", text), (record["url"], text)
        row = stored(news)[record["url"].removeprefix(LIVE)]
        assert {key: record[key] for key in ("headline", "body", "authors", "tags")} == {
            key: row[key] for key in ("headline", "body", "authors", "tags")
        }


def test_a_search_note_on_stderr_leaves_the_json_on_stdout_whole(
    tmp_path: Path, news: Path
) -> None:
    """A row inserted by another program (not in the search index) makes `search` say so; the
    note goes to stderr, and `--json | jq` still reads every hit (README: `--json` output goes
    to stdout alone)."""
    db = tmp_path / "news.db"
    shutil.copy(news, db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO articles (url, site, headline, body) VALUES (?, ?, ?, ?)",
            [
                LIVE + "/tin-tuc/12/999999/them-tay",
                "baothaibinh",
                "Thái Bình thêm tay",
                "Thái Bình.",
            ],
        )
    conn.close()
    done = pipe(f"tinbao search 'Thái Bình' --json --db {db} | jq -r .url")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines(), done.stderr
    assert all(line.startswith(LIVE + "/") for line in done.stdout.splitlines())
    assert "another program" in done.stderr
