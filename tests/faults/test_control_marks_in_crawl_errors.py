"""A crawl's own error lines naming a database whose path holds control characters: the file
`dữ\\nliệu/tin\\ttức.db` (a line break in the folder's name, a tab in the file's) renamed to
`archive.db` while the crawl writes it, so that the run fails naming the path.

README: errors are one line, not a traceback; docs/scheduling.md: under cron stderr is the
ERROR lines, one per failure, and stdout one summary line per site. The `Error:` lines a
command ends with are written through `crawler.cli.one_line` (fortieth round); the crawl's
`ERROR:` log lines, its summary and `tinbao history` must keep to one line each the same way:
the name's control characters written as their escapes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import crawl_changed_midway, history_lines, integrity

FOLDER = "dữ\nliệu"
NAME = "tin\ttức.db"
ESCAPED = "dữ\\nliệu/tin\\ttức.db"
LOG_LINE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[^\]]+\] [A-Z]+: ")


def test_a_crawls_errors_naming_the_path_stay_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    db, archive = folder / NAME, folder / "archive.db"
    run = crawl_changed_midway(db, lambda: os.rename(db, archive))
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert "Traceback" not in run.output, run.output
    assert run.stdout.startswith("baothaibinh: FAILED: ") and run.stdout.count("\n") == 1, (
        run.stdout
    )
    assert ESCAPED in run.stdout, run.stdout
    lines = run.stderr.splitlines()
    assert all(LOG_LINE.match(line) for line in lines), run.stderr
    assert any(" ERROR: " in line and ESCAPED in line for line in lines), run.stderr
    assert integrity(archive) == "ok"
    (line,) = history_lines(archive)
    assert ESCAPED in line, line
