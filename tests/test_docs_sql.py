"""Every `sqlite-utils news.db "…"` example in the README and docs runs on a real demo database.

The examples are read out of the `sh` blocks as a shell would split them and run with the
`sqlite-utils` command, the database swapped for one `tinbao demo` filled.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def shell_commands(text: str) -> list[list[str]]:
    """The commands of a document's `sh` blocks, split as a shell splits them."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        pending = ""
        for line in block.splitlines():
            pending += line + "\n"
            try:
                words = shlex.split(pending.replace("\\\n", " "), comments=True)
            except ValueError:  # a quote still open: the command goes on
                continue
            if pending.rstrip().endswith("\\"):
                continue
            if words:
                commands.append(words)
            pending = ""
    return commands


EXAMPLES = [
    pytest.param(words, id=f"{doc.name}:{words[2][:40]}")
    for doc in DOCS
    for words in shell_commands(doc.read_text(encoding="utf-8"))
    if words[:2] == ["sqlite-utils", "news.db"]
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docs") / "news.db"
    subprocess.run(
        [sys.executable, "-m", "crawler.cli", "demo", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return path


def test_the_docs_have_sql_examples() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("words", EXAMPLES)
def test_sql_example_runs(words: list[str], demo_db: Path) -> None:
    done = subprocess.run(
        [str(SQLITE_UTILS), str(demo_db), *words[2:]], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr


def test_search_example_prints_headlines_as_stored(demo_db: Path) -> None:
    """The full-text example names articles by their headline as printed, not folded text."""
    (words,) = [w for w in (p.values[0] for p in EXAMPLES) if "articles_search" in w[2]]
    done = subprocess.run(
        [str(SQLITE_UTILS), str(demo_db), words[2], "--csv", "--no-headers"],
        capture_output=True,
        text=True,
        check=True,
    )
    headlines = [line.split(",", 1)[1] for line in done.stdout.splitlines()]
    assert "Thái Bình có 52 học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia" in headlines
