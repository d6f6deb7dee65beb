"""One site over several runs and several processes: a date line that turns unreadable or
jumps to a future year on a later full run, three cron runs started in the same second on a
database that does not exist yet, a `tinbao reparse` beside a crawl, a killed crawl resumed
from its `--jobdir` after the site changed.

A later page that says less (or something impossible) never costs a stored value; one crawl
writes a file at a time, whoever started first; a resumed crawl stores what the site says now.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    MIRROR,
    SITE,
    Run,
    article_path,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_pages import A

B = article_path("104560")


def words(base_url: str, db: Path, *more: str) -> list[str]:
    command = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    command += ["-a", f"base_url={base_url}", *more]
    for setting in FAST:
        command += ["-s", setting]
    return command


def wait_for(site, path: str, timeout: float = 120) -> None:
    """Until the crawl asks for `path`; the limit only ends a hung test (a crawl process short of
    processor time beside other test runs took over 30 s to reach the page)."""
    deadline = time.monotonic() + timeout
    while path not in site.paths():
        assert time.monotonic() < deadline, f"{path} never requested"
        time.sleep(0.05)


# Each date line turned impossible on a later full run, by the article whose page says it:
# its date line as first crawled, the line its later page says instead.
TURNED = {
    A: (b"22/09/2022 | 14:20:06", b"22/09/2099 | 14:20:06"),
    B: (b"12/04/2022 | 07:48:19", b"31/02/2022 | 07:48:19"),
}


@pytest.fixture(scope="module")
def turned(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """A full run over a copy of the crawled mirror, each article of `TURNED` now saying its
    impossible date line: the run and its file."""
    db = database_copy(crawled_mirror, tmp_path_factory.mktemp("turned"))
    faults = {
        path: Fault(edit=lambda page, was=was, now=now: page.replace(was, now))
        for path, (was, now) in TURNED.items()
    }
    with serving(MIRROR, faults) as site:
        again = crawl(site, db, "-a", "full=1")
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return again, db


@pytest.mark.parametrize(
    ("article", "published"),
    [(A, "2022-09-22T14:20:06+07:00"), (B, "2022-04-12T07:48:19+07:00")],
    ids=["2099", "31-02"],
)
def test_a_date_line_that_turns_impossible_keeps_the_stored_date(
    turned: tuple[Run, Path], article: str, published: str
) -> None:
    again, db = turned
    assert again.returncode == 0, again.output
    assert stored(db)[article]["published_at"] == published
    assert integrity(db) == "ok"


def test_three_runs_started_in_the_same_second_on_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(stall=1.5)}) as site:
        runs = [
            subprocess.Popen(
                words(site.base_url, db),
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        outcomes = [(run.wait(timeout=90), run.stderr.read()) for run in runs]
    codes = sorted(code for code, _ in outcomes)
    assert codes == [0, 3, 3], outcomes
    for code, err in outcomes:
        assert "Traceback" not in err, err
        if code == 3:
            assert len(err.strip().splitlines()) == 1, err
    expect_rows(db, ARTICLES)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT status FROM crawls").fetchall() == [("finished",)]
    conn.close()
    assert integrity(db) == "ok"


def test_a_reparse_beside_a_crawl_costs_no_record(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    html = ("-s", "TINBAO_STORE_HTML=1")
    with serving(MIRROR) as site:
        assert crawl(site, db, settings=("TINBAO_STORE_HTML=1",)).returncode == 0
        site.faults[A] = Fault(stall=2)
        second = subprocess.Popen(
            words(site.base_url, db, "-a", "full=1", *html),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for(site, A)
        reparse = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "reparse", "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        out, err = second.communicate(timeout=90)
    assert second.returncode == 0, err
    assert "Traceback" not in reparse.stderr, reparse.stderr
    assert reparse.returncode in (0, 1, 3), reparse.stderr
    if reparse.returncode:
        assert len(reparse.stderr.strip().splitlines()) == 1, reparse.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_killed_crawl_resumed_after_the_site_changed_stores_the_page_as_it_is_now(
    tmp_path: Path,
) -> None:
    """Run 1 (with `--jobdir`) is killed while A's answer is on its way; the paper then edits
    A's headline; the resumed run stores every article once, A with its new headline."""
    db, jobdir = tmp_path / "news.db", tmp_path / "job"
    new = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh năm 2022"
    with serving(MIRROR, {A: Fault(stall=20)}) as site:
        first = subprocess.Popen(
            words(site.base_url, db, "--jobdir", str(jobdir)),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        wait_for(site, A)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        site.faults[A] = Fault(
            edit=lambda b: b.replace(
                "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh".encode(), new.encode()
            )
        )
        again = subprocess.run(
            words(site.base_url, db, "--jobdir", str(jobdir)),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert again.returncode == 0, again.stderr
    expect_rows(db, ARTICLES, {A: {"headline": new}})
    assert integrity(db) == "ok"
