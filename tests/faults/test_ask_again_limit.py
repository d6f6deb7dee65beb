"""An article that fails for a reason that may pass on every run: a `500` the paper never
fixes, on an article only the politics listing's second page links.

docs/scheduling.md: an article whose fetch failed for a reason that may pass is asked for again
by the next run whatever links it; a dropped page is given up after four identical drops. An
article failing run after run is given up the same way: asked in four runs in a row (the one
that found it and three more), then no more, said once in the log of the run that stops asking.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows
from tests.faults.server import Fault, serving

BROKEN = article_path("101877")


def test_an_article_failing_every_run_is_asked_four_times_then_given_up(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    asked, runs = [], []
    with serving(MIRROR, {BROKEN: Fault(status=500, body=b"loi")}) as site:
        for _ in range(6):
            before = len(site.server.hits)
            run = crawl(site, db, settings=("RETRY_TIMES=0",))
            assert run.returncode == 0, run.output
            asked.append([hit.path for hit in site.server.hits[before:]].count(BROKEN))
            runs.append(run)
    assert asked == [1, 1, 1, 1, 0, 0], asked
    said = [
        [line for line in run.stderr.splitlines() if BROKEN in line and "not asked again" in line]
        for run in runs
    ]
    assert [len(lines) for lines in said] == [0, 0, 0, 0, 1, 0], said
    expect_rows(db, set(ARTICLES) - {BROKEN})


def test_an_article_that_answers_again_is_stored_and_counted_afresh(tmp_path: Path) -> None:
    """Failing in three runs, then answering: stored by the fourth, as any asked-again one."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {BROKEN: Fault(status=500, body=b"loi")}) as site:
        for _ in range(3):
            assert crawl(site, db, settings=("RETRY_TIMES=0",)).returncode == 0
        site.server.faults = {}
        run = crawl(site, db, settings=("RETRY_TIMES=0",))
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
