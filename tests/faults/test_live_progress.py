"""Probes: the live progress `tinbao crawl` prints on a terminal.

docs/scheduling.md: on a terminal, live progress every `TINBAO_PROGRESS_INTERVAL` seconds
(`[site] pages (pages/min), items, new, errors`, printed as `[baothaibinh] 10 pages
(598/min), 4 items, 4 new, 0 errors`; new articles counted as they are parsed) and warnings;
with `--quiet`, or when stderr is not a terminal (cron, systemd), only errors on stderr and the
summary on stdout. README: `TINBAO_PROGRESS` (default off) is live per-site progress on
stderr, on for `tinbao crawl` on a terminal; a setting given wrong is one line before anything
is fetched. The crawl's stderr is a real pseudo-terminal here (its stdout a pipe, as under
`tinbao crawl | tee`), and each article answers after 0.3 s so that progress has time to show.
"""

from __future__ import annotations

import os
import pty
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, crawl, expect_rows
from tests.faults.server import Fault, FaultServer, serving

PROGRESS = re.compile(
    r"\[baothaibinh\] (\d+) pages \((\d+)/min\), (\d+) items, (\d+) new, (\d+) errors"
)
SLOW = {path: Fault(stall=0.3) for path in ARTICLES}
QUICK_PROGRESS = ("TINBAO_PROGRESS_INTERVAL=0.5",)


def on_terminal(site: FaultServer, db: Path, *words: str) -> tuple[int, str, str]:
    """`tinbao crawl` with its stderr (and stdin) on a pseudo-terminal: exit code, stdout, and
    everything the terminal showed."""
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={site.base_url}"]
    for setting in (*FAST, *QUICK_PROGRESS):
        command += ["-s", setting]
    main, other = pty.openpty()
    process = subprocess.Popen(
        [*command, *words], cwd=ROOT, stdin=other, stdout=subprocess.PIPE, stderr=other
    )
    os.close(other)
    shown = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the crawl closed the terminal's last descriptor
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    stdout, _ = process.communicate(timeout=180)
    reader.join(timeout=10)
    os.close(main)
    return process.returncode, stdout.decode(), shown.decode(errors="replace")


def lines(text: str) -> list[tuple[int, ...]]:
    return [
        (int(m[1]), int(m[3]), int(m[4]), int(m[5]))
        for m in PROGRESS.finditer(text.replace("\r", "\n"))
    ]


def pages_fetched(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT pages_fetched FROM crawls ORDER BY id DESC").fetchone()[0]
    finally:
        conn.close()


def test_a_crawl_on_a_terminal_shows_progress_lines(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        code, stdout, shown = on_terminal(site, db)
    assert code == 0, shown
    assert len(lines(shown)) >= 2, shown
    assert "Traceback" not in shown
    assert not lines(stdout), stdout
    assert stdout.startswith("baothaibinh: OK;"), stdout
    expect_rows(db, ARTICLES)


def test_progress_figures_only_grow_and_stay_within_the_runs_own(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        code, _, shown = on_terminal(site, db)
    assert code == 0, shown
    seen = lines(shown)
    assert seen, shown
    for earlier, later in zip(seen, seen[1:], strict=False):
        assert all(a <= b for a, b in zip(earlier, later, strict=True)), (earlier, later)
    pages, items, new, errors = seen[-1]
    assert pages <= pages_fetched(db)
    assert new <= len(ARTICLES)
    assert errors == 0


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    with serving(MIRROR, SLOW) as site:
        run = crawl(site, tmp_path / "news.db", settings=QUICK_PROGRESS)
    assert run.returncode == 0, run.output
    assert not lines(run.output), run.output


def test_no_progress_on_a_terminal_under_quiet(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, SLOW) as site:
        code, stdout, shown = on_terminal(site, db, "--quiet")
    assert code == 0, shown
    assert not lines(shown + stdout), shown
    expect_rows(db, ARTICLES)


def test_progress_asked_for_is_shown_without_a_terminal(tmp_path: Path) -> None:
    with serving(MIRROR, SLOW) as site:
        run = crawl(site, tmp_path / "news.db", settings=(*QUICK_PROGRESS, "TINBAO_PROGRESS=1"))
    assert run.returncode == 0, run.output
    assert len(lines(run.stderr)) >= 2, run.stderr
    assert not lines(run.stdout), run.stdout


def test_an_interval_that_is_no_number_of_seconds_is_one_line_before_fetching(
    tmp_path: Path,
) -> None:
    """`0.0001` would print ten thousand lines a second: below the 0.1 s the docs set, refused
    as a negative interval is, the bound named."""
    for value in ("abc", "-1", "0.0001", "0.09"):
        with serving(MIRROR) as site:
            run = crawl(site, tmp_path / "news.db", settings=(f"TINBAO_PROGRESS_INTERVAL={value}",))
        assert run.returncode == 2, (value, run.output)
        assert "Traceback" not in run.output
        errors = [line for line in run.stderr.splitlines() if "rror" in line]
        assert len(errors) == 1 and f"TINBAO_PROGRESS_INTERVAL={value}" in errors[0], run.stderr
        assert value == "abc" or "0.1 or more" in errors[0], run.stderr
        assert site.paths() == [], (value, site.paths())
