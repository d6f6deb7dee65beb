"""A crawl whose every request fails: nothing listening on the port, every answer `500`, `403`
or a reset connection, every answer `429` with `Retry-After`, and the run after the site is
back.

docs/scheduling.md: a site that got no response at all, or none of whose feed, sitemap and
listing pages answered, failed: exit 4, one summary line per site on stdout saying `FAILED`,
the run's row `failed`; nothing is stored and the next run stores everything.
"""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import ARTICLES, MIRROR, SITE, crawl, expect_rows, integrity, tinbao
from tests.faults.rows import crawl_rows
from tests.faults.server import Fault, serving


class Everywhere(dict):
    """A fault table answering every request target with one fault."""

    def __init__(self, fault: Fault) -> None:
        super().__init__()
        self.fault = fault

    def get(self, key, default=None):  # noqa: ANN001, ANN201 (dict's signature)
        return self.fault


def article_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def failed_alike(run, db: Path) -> None:
    """What every run of a site that is down must say and leave."""
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert "Traceback" not in run.stderr, run.stderr
    summary = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(summary) == 1 and summary[0].startswith(f"{SITE}: FAILED"), run.stdout
    assert crawl_rows(db) == [(SITE, "failed")]
    assert article_count(db) == 0
    assert integrity(db) == "ok"


class _Closed:
    """A base URL on which nothing listens."""

    def __init__(self) -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        sock.close()


def test_nothing_listening_on_the_port_fails_the_run(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run = crawl(_Closed(), db, timeout=90)  # type: ignore[arg-type]
    failed_alike(run, db)


@pytest.mark.parametrize(
    "fault",
    [Fault(status=500, body=b"loi"), Fault(status=403, body=b"cam"), Fault(reset=True)],
    ids=["500", "403", "reset"],
)
def test_every_request_failing_fails_the_run(tmp_path: Path, fault: Fault) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        site.server.faults = Everywhere(fault)
        run = crawl(site, db, timeout=90)
    failed_alike(run, db)


def test_every_answer_429_with_retry_after_fails_the_run_in_its_time(tmp_path: Path) -> None:
    """`Retry-After: 1` is honoured (README), one retry each: the run still ends, failed."""
    db = tmp_path / "news.db"
    fault = Fault(status=429, headers={"Retry-After": "1"}, body=b"")
    with serving(MIRROR) as site:
        site.server.faults = Everywhere(fault)
        run = crawl(site, db, settings=("RETRY_TIMES=1",), timeout=90)
    failed_alike(run, db)


def test_the_run_after_the_site_is_back_stores_everything_and_history_tells_both(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        site.server.faults = Everywhere(Fault(status=500, body=b"loi"))
        first = crawl(site, db, timeout=90)
        site.server.faults = {}
        second = crawl(site, db)
    assert first.returncode == ExitCode.SITE_FAILED, first.output
    assert second.returncode == 0, second.output
    expect_rows(db, ARTICLES)
    done = tinbao("history", "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    runs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(run["status"], run["new"]) for run in runs] == [("finished", 15), ("failed", 0)]
    stats = tinbao("stats", "--json", "--db", str(db))
    assert stats.returncode == 0, stats.stderr
    (line,) = [json.loads(line) for line in stats.stdout.splitlines()]
    assert (line["articles"], line["last_crawl_status"]) == (15, "finished")


def test_a_site_down_is_not_mistaken_for_an_interrupted_or_healthy_run(tmp_path: Path) -> None:
    """`history` of the failed run names it failed, with the figures it counted (no new
    article), never `running`, `finished` or empty figures."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        site.server.faults = Everywhere(Fault(status=503, body=b""))
        run = crawl(site, db, timeout=90)
    failed_alike(run, db)
    done = tinbao("history", "--json", "--db", str(db))
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert row["status"] == "failed"
    assert row["new"] == 0 and row["pages"] is not None
    assert row["failure"], row
