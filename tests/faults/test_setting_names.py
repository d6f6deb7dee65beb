"""Settings named as a user reads them: the number of failing runs after which a page is no
longer asked for again, which docs/scheduling.md gives as four, changed with
`-s TINBAO_ASK_AGAIN_RUNS=2` or the environment variable of that name; and a `TINBAO_` setting
misspelled (`TINBAO_MAX_ARTICLE_PER_RUN`, singular).

README.md: tinbao's settings are changed with `-s` or `TINBAO_*` variables; a spider argument
no spider takes (`limt=50`) is one line and exit 2 before anything is fetched. A setting that
names nothing tinbao reads deserves the same: a cap typed wrong must not give a run without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, article_path, crawl, expect_rows
from tests.faults.server import Fault, serving

BROKEN = article_path("101877")


def crawl_in(env: dict[str, str], base_url: str, db: Path) -> subprocess.CompletedProcess:
    """`tinbao crawl` with `env` added to the environment."""
    settings = [word for setting in (*FAST, "RETRY_TIMES=0") for word in ("-s", setting)]
    return subprocess.run(
        [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE,
         "--db", str(db), "-a", f"base_url={base_url}", *settings],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )  # fmt: skip


@pytest.mark.parametrize("given", ["setting", "environment"])
def test_the_failing_runs_before_giving_up_can_be_set(tmp_path: Path, given: str) -> None:
    db = tmp_path / "news.db"
    asked, said = [], []
    with serving(MIRROR, {BROKEN: Fault(status=500, body=b"loi")}) as site:
        for _ in range(4):
            before = len(site.server.hits)
            if given == "setting":
                run = crawl(site, db, settings=("RETRY_TIMES=0", "TINBAO_ASK_AGAIN_RUNS=2"))
                code, stderr = run.returncode, run.stderr
            else:
                done = crawl_in({"TINBAO_ASK_AGAIN_RUNS": "2"}, site.base_url, db)
                code, stderr = done.returncode, done.stderr
            assert code == 0, stderr
            asked.append([hit.path for hit in site.server.hits[before:]].count(BROKEN))
            said.append(
                sum(BROKEN in line and "not asked again" in line for line in stderr.splitlines())
            )
    assert asked == [1, 1, 0, 0], asked
    assert said == [0, 0, 1, 0], said
    expect_rows(db, set(ARTICLES) - {BROKEN})


def test_a_misspelled_setting_is_one_line_before_anything_is_fetched(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        run = crawl(site, db, settings=("TINBAO_MAX_ARTICLE_PER_RUN=3",))
    assert run.returncode == 2, run.output
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()  # under click's usage block, as every usage error
    assert len(lines) <= 4 and lines[-1].startswith("Error: "), run.stderr
    assert "TINBAO_MAX_ARTICLE_PER_RUN" in lines[-1], run.stderr
    assert site.hits == [], [hit.path for hit in site.hits]
    assert not db.exists() or expect_rows(db, set()) is None
