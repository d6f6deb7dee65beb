"""Compression bombs in the encodings other than a single gzip: 96 MB of spaces sent as a
`deflate` (zlib) body, a `zstd` body, a body gzipped twice (`gzip, gzip`) and a gzip body
compressed again with brotli (`gzip, br`), each a few kilobytes on the wire, each the answer
to one article, in one crawl capped at `DOWNLOAD_MAXSIZE=2000000`.

docs/reliability.md: a gzip bomb's decompression stops at `DOWNLOAD_MAXSIZE` with a warning,
and the page is fetched again next run; stacked encodings are decoded one layer after the
other, capped at `DOWNLOAD_MAXSIZE`. So each bomb is a logged failure naming its URL and the
cap, asked for once (a bomb does not become smaller when asked again), nothing of it stored,
the other articles stored exactly, and the crawl process never holds a bomb's output: its
peak memory stays within 200 MB (a plain crawl of the mirror peaks at about 140 MB; one bomb
inflated whole would add 96 MB or more). The next run, with the pages whole, stores them.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import zlib
from pathlib import Path

import brotli
import pytest
import zstandard

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
)
from tests.faults.server import Fault, serving

SPACES = b" " * (96 * 1024 * 1024)
CAP = 2_000_000
PEAK_KB = 200_000
BOMBS = {
    "deflate": (article_path("105870"), lambda: zlib.compress(SPACES, 9)),
    "zstd": (article_path("104560"), lambda: zstandard.ZstdCompressor(level=19).compress(SPACES)),
    "gzip, gzip": (article_path("102908"), lambda: gzip.compress(gzip.compress(SPACES, 9), 9)),
    "gzip, br": (article_path("109512"), lambda: brotli.compress(gzip.compress(SPACES, 9))),
}

# `tinbao crawl` in a process of its own whose peak memory (that of its children: the crawl)
# is printed last on stderr, in kilobytes.
MEASURED = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(done.returncode)\n"
)


def crawl_measured(base_url: str, db: Path) -> tuple[Run, int]:
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={base_url}", "-s", f"DOWNLOAD_MAXSIZE={CAP}"]
    for setting in FAST:
        command += ["-s", setting]
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    stderr, _, peak = done.stderr.rstrip("\n").rpartition("\n")
    return Run(done.returncode, done.stdout, stderr), int(peak)


@pytest.fixture(scope="module")
def bombed(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Run, int, list[str], Path, Path, Run]:
    """The crawl with the bombs, its peak memory, the targets asked for and a copy of the
    database it left; the database after the next run, with every page whole, and that run."""
    folder = tmp_path_factory.mktemp("encoding_bombs")
    db = folder / "news.db"
    faults = {
        path: Fault(body=make(), headers={"Content-Encoding": encoding})
        for encoding, (path, make) in BOMBS.items()
    }
    with serving(MIRROR, faults) as site:
        run, peak = crawl_measured(site.base_url, db)
        paths = site.paths()
        (folder / "first").mkdir()
        first = database_copy(db, folder / "first")
        site.faults.clear()
        again = crawl(site, db)
    return run, peak, paths, first, db, again


def test_the_crawl_ends_and_never_holds_a_bombs_output(bombed) -> None:
    run, peak, *_ = bombed
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert peak < PEAK_KB, f"peak memory {peak} kB"


@pytest.mark.parametrize("encoding", list(BOMBS))
def test_a_bomb_is_a_logged_failure_asked_for_once(bombed, encoding: str) -> None:
    run, _, paths, *_ = bombed
    path = BOMBS[encoding][0]
    assert paths.count(path) == 1, paths.count(path)
    lines = [line for line in run.stderr.splitlines() if path in line]
    assert any("DOWNLOAD_MAXSIZE" in line or str(CAP) in line for line in lines), lines


def test_no_bomb_is_stored_and_every_other_article_is(bombed) -> None:
    *_, first, _, _ = bombed
    bombs = {path for path, _ in BOMBS.values()}
    expect_rows(first, set(ARTICLES) - bombs)
    assert integrity(first) == "ok"


def test_the_next_run_stores_the_pages_once_whole(bombed) -> None:
    *_, db, again = bombed
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
