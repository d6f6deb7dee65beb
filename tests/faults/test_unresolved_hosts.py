"""A paper's domain that no longer resolves: the name lapsed, the registrar parked it, the
machine's resolver knows nothing of it (`.invalid` never resolves, RFC 6761), then the name
back.

docs/scheduling.md: a URL that cannot be fetched for a network reason (DNS, …) is one ERROR
line naming the URL and the reason, after its retries, never a traceback; the summary line of
its site then ends `N URLs unreachable (CannotResolveHostError)`. A site none of whose feed,
sitemap and listing pages answered failed: exit 4, one `FAILED` summary line on stdout, its run
`failed`, nothing stored; the next run stores everything.
"""

from __future__ import annotations

from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import ARTICLES, MIRROR, SITE, crawl, expect_rows, integrity
from tests.faults.rows import crawl_rows
from tests.faults.server import serving


class _Unresolved:
    """A base URL whose host name resolves to nothing, on the mirror's port."""

    def __init__(self, port: int) -> None:
        self.base_url = f"http://baothaibinh.invalid:{port}"


def test_a_name_that_does_not_resolve_fails_the_site_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        port = int(site.base_url.rsplit(":", 1)[1])
        run = crawl(_Unresolved(port), db, settings=("RETRY_TIMES=1",), timeout=90)  # type: ignore[arg-type]
        assert site.server.hits == []
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert "Traceback" not in run.stderr, run.stderr
    summary = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(summary) == 1 and summary[0].startswith(f"{SITE}: FAILED"), run.stdout
    assert "URLs unreachable (CannotResolveHostError)" in summary[0], summary[0]
    # Every ERROR line but the site's verdict names the host it could not find.
    errors = [line for line in run.stderr.splitlines() if " ERROR: " in line]
    verdict = [line for line in errors if "site failed: no response received" in line]
    assert len(verdict) == 1, errors
    fetches = [line for line in errors if line not in verdict]
    assert fetches and all("baothaibinh.invalid" in line for line in fetches), errors
    assert crawl_rows(db) == [(SITE, "failed")]
    expect_rows(db, [])
    assert integrity(db) == "ok"


def test_the_run_after_the_name_is_back_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        port = int(site.base_url.rsplit(":", 1)[1])
        first = crawl(_Unresolved(port), db, settings=("RETRY_TIMES=0",), timeout=90)  # type: ignore[arg-type]
        second = crawl(site, db)
    assert first.returncode == ExitCode.SITE_FAILED, first.output
    assert second.returncode == 0, second.output
    expect_rows(db, ARTICLES)
    assert crawl_rows(db) == [(SITE, "failed"), (SITE, "finished")]
