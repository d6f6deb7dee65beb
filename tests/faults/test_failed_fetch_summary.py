"""What a cron user reads of article fetches that failed with no retry: a `404` (an article
taken down after the feed named it), a `526` or a `530` from the CDN in front of the paper.

docs/scheduling.md: with `--quiet` (cron, systemd) only errors go to stderr and the summary to
stdout: cron mails exactly that. A failed article fetch is no record and fails the site only
when more than half of the article fetches failed; the summary line must still say how many
article fetches failed and with which statuses, or a run with a quarter of its articles lost
reads `OK` with nothing to tell it from a clean one. A fetch retried and given up is named
among the `URLs unreachable`, and only there.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving


def summary_of(faults: dict[str, Fault], tmp_path: Path) -> str:
    """The one summary line of a `--quiet` crawl of the mirror with `faults` (which must end
    `OK`, exit 0, nothing on stderr), having stored every other article. The harness logs
    warnings for other probes to read; here the log level is cron's again."""
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, "--quiet", settings=("RETRY_TIMES=1", "LOG_LEVEL=ERROR"))
    assert run.returncode == 0, run.output
    assert run.stderr == "", run.stderr
    expect_rows(db, set(ARTICLES) - set(faults))
    assert integrity(db) == "ok"
    (summary,) = [line for line in run.stdout.splitlines() if line.strip()]
    assert summary.startswith("baothaibinh: OK; "), summary
    return summary


def test_four_failed_article_fetches_are_counted_with_their_statuses(tmp_path: Path) -> None:
    faults = {
        article_path("109512"): Fault(status=404, body=b"<h1>Not Found</h1>"),
        article_path("107420"): Fault(status=404, body=b"<h1>Not Found</h1>"),
        article_path("109874"): Fault(status=526, body=b"<h1>Invalid SSL certificate</h1>"),
        article_path("108990"): Fault(status=530, body=b"<h1>Origin DNS error</h1>"),
    }
    summary = summary_of(faults, tmp_path)
    assert "4 article fetches failed (404: 2, 526: 1, 530: 1)" in summary, summary
    assert "unreachable" not in summary, summary


def test_one_failed_article_fetch_is_said_in_the_singular(tmp_path: Path) -> None:
    faults = {article_path("109512"): Fault(status=410, body=b"<h1>Gone</h1>")}
    summary = summary_of(faults, tmp_path)
    assert "1 article fetch failed (410: 1)" in summary, summary


def test_a_fetch_given_up_after_its_retries_is_said_once(tmp_path: Path) -> None:
    """A `500` on every try is among the unreachable URLs, not counted twice."""
    faults = {article_path("109512"): Fault(status=500, body=b"loi")}
    summary = summary_of(faults, tmp_path)
    assert "1 URLs unreachable (500)" in summary, summary
    assert "article fetch" not in summary, summary
