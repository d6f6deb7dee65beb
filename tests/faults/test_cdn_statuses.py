"""The status codes of the CDNs and shared hosts provincial papers sit behind, for articles:
Cloudflare's `520` (the origin answered something unknown), `521` (the origin refused the
connection), `523` (the origin is unreachable), `525` and `526` (the handshake with the origin
failed, its certificate is invalid), `530` (the origin's name did not resolve); the `508`
("resource limit is reached") of a cPanel host over its CPU share and the `509` ("bandwidth
limit exceeded") of one over its month's traffic. Each comes with a full HTML page of its own.

README and docs/scheduling.md: retries with exponential backoff; an article fetch that fails
(`5xx`, no answer) is no record: the article is not stored, is named among the summary's
unreachable URLs with its status, is fetched again by the next run, and fails the site only
when more than half of the article fetches failed. A page that is no article is never stored.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    dropped,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

# The error page as Cloudflare and cPanel send it: a whole HTML page with a heading and
# paragraphs, which must never be read as the article.
ERROR_PAGE = (
    "<!DOCTYPE html><html lang='en-US'><head><meta charset='UTF-8'>"
    "<title>baothaibinh.com.vn | {code}: {reason}</title></head><body>"
    "<div id='cf-wrapper'><header><h1>{reason}</h1><span>Error code {code}</span></header>"
    "<section><h2>What happened?</h2><p>There is an issue between Cloudflare's cache and your "
    "origin web server. Cloudflare monitors for these errors and automatically investigates "
    "the cause. To help support the investigation, you can pull the corresponding error log "
    "from your web server and submit it our support team.</p><h2>What can I do?</h2><p>If "
    "you're a visitor of this website: please try again in a few minutes.</p></section>"
    "</div></body></html>"
)
STATUSES = {
    520: "Web server is returning an unknown error",
    521: "Web server is down",
    523: "Origin is unreachable",
    525: "SSL handshake failed",
    526: "Invalid SSL certificate",
    530: "Origin DNS error",
    508: "Resource Limit Is Reached",
    509: "Bandwidth Limit Exceeded",
}
IDS = ("102908", "104560", "105870", "107903", "101877", "102296", "103355", "108990")
# A passing overload or outage of the origin, which a retry a moment later may get past.
PASSING = (520, 521, 523, 508)


def error_fault(code: int, times: int | None = None) -> Fault:
    page = ERROR_PAGE.format(code=code, reason=STATUSES[code]).encode()
    return Fault(status=code, body=page, times=times)


def faults_for(codes: tuple[int, ...], times: int | None = None) -> dict[str, Fault]:
    """One article per status code, answered with it (on every request, or the first `times`)."""
    return {
        article_path(name): error_fault(code, times) for name, code in zip(IDS, codes, strict=False)
    }


def test_articles_behind_cdn_and_host_errors_are_not_stored_and_fetched_next_run(
    tmp_path: Path,
) -> None:
    """Seven of the sixteen article fetches fail on every try (less than half: the run is
    finished, exit 0): the passing errors are retried, then named among the unreachable URLs;
    the others are each said in a warning with their status. The next run, the host back,
    stores them all."""
    codes = (520, 521, 523, 525, 526, 530, 509)
    faults = faults_for(codes)
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        assert "Traceback" not in first.stderr, first.stderr
        expect_rows(db, set(ARTICLES) - set(faults))
        assert not set(dropped(db)) & set(faults), dropped(db)
        (summary,) = [line for line in first.stdout.splitlines() if line.strip()]
        assert "3 URLs unreachable (520, 521, 523)" in summary, summary
        for path, fault in faults.items():
            if fault.status not in PASSING:
                said = f"{path}: not read, answered HTTP {fault.status}"
                assert said in first.stderr, (said, first.stderr)
        site.server.faults = {}
        second = crawl(site, db)
    assert second.returncode == 0, second.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_passing_origin_error_is_retried_within_the_run(tmp_path: Path) -> None:
    """`520`, `521`, `523` and `508` answered once, then the article: each is asked again in
    the run, as a `502` or Cloudflare's `522` is, and stored with its own values."""
    faults = faults_for(PASSING, times=1)
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert {path: site.paths().count(path) for path in faults} == dict.fromkeys(faults, 2)
    (summary,) = [line for line in run.stdout.splitlines() if line.strip()]
    assert "unreachable" not in summary, summary
    assert integrity(db) == "ok"


def test_an_error_page_is_never_stored_as_the_article(tmp_path: Path) -> None:
    """All eight statuses at once, one article each, none retried: half of the sixteen article
    fetches fail (not more than half: the run is finished), and no error page is a row."""
    faults = faults_for(tuple(STATUSES))
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=("RETRY_TIMES=0",))
    assert run.returncode == 0, run.output
    rows = stored(db)
    assert not [row for row in rows.values() if row["headline"] in STATUSES.values()]
    expect_rows(db, set(ARTICLES) - set(faults))
