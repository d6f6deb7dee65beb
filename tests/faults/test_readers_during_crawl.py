"""tinbao's own readers run while a crawl writes the same database: `export` (JSON Lines and
CSV), `search --json`, `stats --json` and `history --json`, at three points of a crawl that
commits each record as it comes (`TINBAO_DB_BATCH=1`).

README: `export` streams the stored articles, `search` searches them, `stats` and `history`
report the sites and runs; docs/reliability.md: readers never meet `database is locked` and
see only whole batches. So each reader exits 0 with nothing on stderr, prints only whole
records exactly as stored (each one the page's expected record), and the counts it gives never
go back from one point to the next; `history` shows the run as `running`. After the crawl,
`export` gives all fifteen articles.
"""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    committed_count,
    crawl_from_terminal,
    expected_records,
    json_lines,
    tinbao,
)
from tests.faults.server import Fault, FaultServer, serving

POINTS = (3, 8, 12)  # articles stored when the readers run


def read_all(db: Path) -> dict[str, str]:
    """Every reader's standard output; each must exit 0 and write nothing on stderr."""
    words = {
        "jsonl": ("export", "--format", "jsonl"),
        "csv": ("export", "--format", "csv"),
        "search": ("search", "thai binh", "--json", "--limit", "1000"),
        "stats": ("stats", "--json"),
        "history": ("history", "--json"),
    }
    outputs = {}
    for name, command in words.items():
        done = tinbao(*command, "--db", str(db))
        assert done.returncode == 0, (name, done.stderr)
        assert done.stderr == "", (name, done.stderr)
        outputs[name] = done.stdout
    return outputs


def let_through(site: FaultServer, held: dict[str, Fault], db: Path, count: int) -> None:
    """Answer the held article requests one at a time, each once the one before is stored,
    until `count` articles are stored; the crawl then waits on the requests still held, so the
    readers run while it is under way."""
    deadline = time.monotonic() + 60
    while (stored := committed_count(db)) < count:
        assert time.monotonic() < deadline, f"{count} articles were not stored in time"
        let = [fault for fault in held.values() if fault.released.is_set()]
        waiting = [p for p in site.paths() if p in held and not held[p].released.is_set()]
        if len(let) <= stored and waiting:
            held[waiting[0]].release()
        time.sleep(0.05)


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, str]], str]:
    """The readers' outputs at each point of the crawl, and `export` after it."""
    db = tmp_path_factory.mktemp("readers_during_crawl") / "news.db"
    held = {path: Fault(stall=600) for path in ARTICLES}
    seen = []
    with serving(MIRROR, held) as site:
        # Held requests are asked for once: the readers may take longer than Scrapy's timeout.
        process = crawl_from_terminal(site, db, "DOWNLOAD_TIMEOUT=600")
        try:
            for count in POINTS:
                let_through(site, held, db, count)
                assert process.poll() is None
                seen.append(read_all(db))
        finally:
            for fault in held.values():
                fault.release()
            out, err = process.communicate(timeout=120)
    assert process.returncode == 0, out + err
    done = tinbao("export", "--format", "jsonl", "--db", str(db))
    assert done.returncode == 0, done.stderr
    return seen, done.stdout


def exact(record: dict) -> None:
    expected = expected_records()[record["url"].removeprefix(LIVE)]
    assert {key: record[key] for key in expected} == expected, record["url"]


def test_export_during_a_crawl_prints_whole_exact_records_never_fewer(readings) -> None:
    seen, _ = readings
    counts = []
    for outputs in seen:
        records = json_lines(outputs["jsonl"])
        for record in records:
            exact(record)
        assert len({r["url"] for r in records}) == len(records)
        counts.append(len(records))
    assert counts == sorted(counts) and counts[0] >= POINTS[0], counts


def test_csv_export_during_a_crawl_has_one_row_per_exported_article(readings) -> None:
    seen, _ = readings
    for outputs in seen:
        rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
        urls = {json.loads(line)["url"] for line in outputs["jsonl"].splitlines()}
        assert len(rows) >= len(urls), "the CSV export ran after the JSON Lines one"
        assert len({r["url"] for r in rows}) == len(rows)
        assert {r["url"] for r in rows} <= {LIVE + path for path in ARTICLES}
        for row in rows:
            headline = expected_records()[row["url"].removeprefix(LIVE)]["headline"]
            assert row["headline"] == headline


def test_search_stats_and_history_during_a_crawl_answer_and_never_go_back(readings) -> None:
    seen, _ = readings
    hits, articles = [], []
    for outputs in seen:
        found = json_lines(outputs["search"])
        assert {hit["url"] for hit in found} <= {LIVE + path for path in ARTICLES}
        hits.append(len(found))
        sites = json_lines(outputs["stats"])
        articles.append(sum(site["articles"] for site in sites))
        runs = json_lines(outputs["history"])
        assert [run["status"] for run in runs] == ["running"], runs
    assert hits == sorted(hits) and hits[-1] > 0, hits
    assert articles == sorted(articles) and articles[0] >= POINTS[0], articles


def test_export_after_the_crawl_holds_every_article(readings) -> None:
    _, after = readings
    records = json_lines(after)
    assert sorted(r["url"] for r in records) == sorted(LIVE + path for path in ARTICLES)
    for record in records:
        exact(record)
