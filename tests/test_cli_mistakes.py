"""Every usual mistake with a `tinbao` command: a non-zero exit and one clear line, no traceback.

Each case runs the real `tinbao` command in its own process (the crawl ones start Scrapy), all
at once to keep the suite quick. Permission cases run as an unprivileged user when the tests
run as root, for whom no directory is read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAX_LINES = 4  # click's usage errors: "Usage: …", "Try … --help", a blank line, "Error: …"
NOBODY = 65534


def unprivileged() -> list[str]:
    """The prefix that drops root for a permission case ([] when not root)."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: no directory is read-only to root")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


@pytest.fixture(scope="module")
def place() -> Iterator[Path]:
    """A working directory with a good database, a non-SQLite one, a read-only directory
    holding a database, an unwritable empty directory and a saved page; outside pytest's own
    temporary folders, which an unprivileged user may not enter."""
    root = Path(tempfile.mkdtemp(prefix="tinbao-mistakes-"))
    root.chmod(0o755)
    good = root / "news.db"
    sqlite3.connect(good).close()
    (root / "notes.db").write_text("not a database\n", encoding="utf-8")
    (root / "page.html").write_text("<html><body><h1>Tin</h1><p>Nội dung</p></body></html>")
    readonly = root / "readonly"
    readonly.mkdir()
    sqlite3.connect(readonly / "news.db").close()
    (readonly / "news.db").chmod(0o644)
    readonly.chmod(0o555)
    (root / "unwritable").mkdir(mode=0o555)
    (root / "unwritable").chmod(0o555)
    yield root
    for folder in (readonly, root / "unwritable"):
        folder.chmod(stat.S_IRWXU)
    shutil.rmtree(root)


# `tinbao` arguments => words the one-line error must hold. A line starting `@nobody` runs as an
# unprivileged user; `@unwritable` also runs in the directory nobody may write.
CASES = """
crawl baothaibinh -a limit=abc             => limit=abc is not a number of articles
crawl baothaibinh -a since=2024-13-01      => since=2024-13-01 is not a day
crawl article                              => give url=URL or urls_file=FILE
crawl article -a url=notaurl               => url=notaurl is not an http(s) URL
crawl article -a urls_file=nofile.txt      => urls_file=nofile.txt cannot be read
crawl site                                 => give start=URL
crawl site -a start=example.vn/thoi-su     => start=example.vn/thoi-su is not an http(s) URL
crawl baothaibinh -a base_url=127.0.0.1:8000 => base_url=127.0.0.1:8000 is not an http(s) URL
crawl nosuch                               => no spider for nosuch
crawl baothaibinh --db notes.db            => notes.db is not a SQLite database
demo --db notes.db                         => notes.db is not a SQLite database
demo --db /proc/news.db                    => cannot create /proc/news.db
crawl baothaibinh --db /proc/news.db       => cannot create /proc/news.db
demo --db no/such/dir/news.db              => cannot create no/such/dir/news.db: no directory
crawl baothaibinh --db no/such/dir/news.db => cannot create no/such/dir/news.db: no directory
demo --site nosuch                         => no site 'nosuch' (sites: baobacgiang,
demo --site /etc                           => no site '/etc' (sites: baobacgiang,
extract --url notaurl page.html            => url=notaurl is not an http(s) URL
extract --url baothaibinh.com.vn/x page.html => url=baothaibinh.com.vn/x is not an http(s) URL
search x --site nosuch                     => no site 'nosuch' (sites: baoangiang,
export --site nosuch                       => no site 'nosuch' (sites: baoangiang,
reparse --site nosuch                      => no site 'nosuch' (sites: baoangiang,
export -o out.txt                          => cannot tell the format of out.txt
search x --until 9999-12-31T23:00:00+00:00 => is not a date like 2024-05-01
stats --db missing.db                      => no database at missing.db
history --site nosuch                      => no site 'nosuch' (sites: baoangiang,
mirror nosuch                              => no site 'nosuch' (sites: baobacgiang,
export --since 2024-02-30                  => '2024-02-30' is not a date
@unwritable demo                           => cannot create tinbao-demo.db: Permission denied
@unwritable crawl baothaibinh              => cannot create news.db: Permission denied
@nobody stats --db readonly/news.db        => readonly/news.db is read-only
@nobody crawl baothaibinh --db readonly/news.db => readonly/news.db is read-only
"""


@pytest.mark.slow
def test_every_mistake_is_one_line_and_a_nonzero_exit(place: Path) -> None:
    cases = [line.split(" => ") for line in CASES.strip().splitlines()]

    def attempt(arguments: str) -> subprocess.CompletedProcess[str]:
        words = arguments.split()
        prefix, cwd = [], place
        if words[0] in ("@nobody", "@unwritable"):
            prefix = unprivileged()
            cwd = place / "unwritable" if words[0] == "@unwritable" else place
            words = words[1:]
        return subprocess.run(
            [*prefix, sys.executable, "-m", "crawler.cli", *words],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT), "TINBAO_DB": "news.db"},
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(attempt, [arguments for arguments, _ in cases]))
    problems = []
    for (arguments, words), result in zip(cases, results, strict=True):
        if (
            result.returncode == 0
            or len(result.stderr.splitlines()) > MAX_LINES
            or "Traceback" in result.stderr
            or words.strip() not in result.stderr
            or result.stdout
        ):
            problems.append(f"{arguments.strip()}: exit {result.returncode}\n{result.stderr}")
    assert problems == []
    assert not (place / "no").exists()  # a mistyped path makes no directories


def test_scrapy_crawl_refuses_a_bad_spider_argument_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "baothaibinh", "-a", "limit=abc"]
        + ["-s", f"TINBAO_DB={tmp_path / 'news.db'}", "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].endswith(  # "scrapy: error: …" from the script
        ": error: baothaibinh: limit=abc is not a number of articles (1 or more)"
    )
    assert not (tmp_path / "news.db").exists()
