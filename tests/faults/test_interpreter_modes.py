"""`tinbao` under the interpreter modes that images and shells set in the environment:
`PYTHONOPTIMIZE=2` (what `python -OO` does: asserts and docstrings stripped, set in slim
container images), `PYTHONDEVMODE=1` (a developer's shell: warnings shown, asyncio's debug
mode) and `PYTHONWARNINGS=error` (a CI job that turns every warning into an error).

README: a crawl stores every article of the site with exactly its values and exits 0; `--help`
says what each command does. docs/scheduling.md: with `--quiet` (or stderr not a terminal) only
errors go to stderr and the summary to stdout, "cron mails exactly that". None of these modes
changes what a user was promised.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, MIRROR, SITE, expect_rows, integrity
from tests.faults.rows import crawl_rows
from tests.faults.server import serving

QUIET = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "TINBAO_REFRESH_WINDOW_DAYS=0")
COMMANDS = ("crawl", "export", "history", "search", "snapshot", "stats")


def run(words: list[str], mode: dict[str, str], timeout: float = 120):
    """`tinbao WORDS…` in a process started with the interpreter mode `mode` in its
    environment."""
    env = {**os.environ, **mode, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def quiet_crawl(db: Path, mode: dict[str, str]):
    """`tinbao crawl --quiet` of the mirror, as cron runs it, under `mode`."""
    with serving(MIRROR) as site:
        words = ["crawl", SITE, "--quiet", "--db", str(db), "-a", f"base_url={site.base_url}"]
        for setting in QUIET:
            words += ["-s", setting]
        return run(words, mode)


@pytest.mark.parametrize(
    "mode",
    [{"PYTHONOPTIMIZE": "2"}, {"PYTHONDEVMODE": "1"}, {"PYTHONWARNINGS": "error"}],
    ids=["optimize-2", "devmode", "warnings-error"],
)
def test_a_quiet_crawl_stores_everything_and_prints_the_summary_alone(
    tmp_path: Path, mode: dict[str, str]
) -> None:
    db = tmp_path / "news.db"
    done = quiet_crawl(db, mode)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == "", done.stderr[-3000:]
    assert len(done.stdout.splitlines()) == 1, done.stdout
    assert done.stdout.startswith(f"{SITE}: OK; "), done.stdout
    expect_rows(db, ARTICLES)
    assert crawl_rows(db) == [(SITE, "finished")]
    assert integrity(db) == "ok"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_says_the_same_with_docstrings_stripped(command: str) -> None:
    plain = run([command, "--help"], {})
    stripped = run([command, "--help"], {"PYTHONOPTIMIZE": "2"})
    assert plain.returncode == 0, plain.stderr
    assert (stripped.returncode, stripped.stdout, stripped.stderr) == (0, plain.stdout, "")


def test_the_command_list_says_the_same_with_docstrings_stripped() -> None:
    plain = run(["--help"], {})
    stripped = run(["--help"], {"PYTHONOPTIMIZE": "2"})
    assert (stripped.returncode, stripped.stdout) == (0, plain.stdout)
