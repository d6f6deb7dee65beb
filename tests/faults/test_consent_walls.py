"""Cookie-consent walls in front of an article: the article redirects to a consent page at
another address of the site, which sets the consent cookie and sends the reader back; the same
wall never letting through; a consent page that waits for a click; a consent page on another
host.

docs/reliability.md: a cookie wall (a redirect that sets a cookie) is asked once more with the
cookies that answer set, and stored; a wall that never lets through is stopped as a loop; a
redirect off the site is never followed; a page answered by a redirect off the article pattern
is never stored as an article. Article A redirects to `/chap-nhan-cookie?next=A` until the
request carries `dong_y=1`.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
CONSENT = f"/chap-nhan-cookie?next={A}"
COOKIE = "dong_y=1"
NOTICE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Chấp nhận cookie</title>"
    "</head><body><h1>Trang web sử dụng cookie</h1><p>Chúng tôi dùng cookie để cải thiện trải "
    "nghiệm của bạn.</p><form method='post'><button name='dong_y' value='1'>Đồng ý</button>"
    "</form></body></html>"
).encode()
WITHOUT_A = {path: r for path, r in ARTICLES.items() if path != A}


def to_consent(location: str = CONSENT) -> Fault:
    """A, until the consent cookie comes back: a `302` to the consent page."""
    return Fault(status=302, headers={"Location": location}, body=b"", unless_cookie=COOKIE)


def warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "WARNING" in line or "ERROR" in line]


def test_a_consent_page_that_sets_the_cookie_and_sends_back_lets_the_article_through(
    tmp_path: Path,
) -> None:
    """A → consent page (`302` back to A with `Set-Cookie: dong_y=1`) → A with the cookie: the
    article stored once under A, the consent page stored nowhere, A asked twice."""
    back = Fault(status=302, headers={"Location": A, "Set-Cookie": f"{COOKIE}; Path=/"}, body=b"")
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: to_consent(), CONSENT: back}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) == 2, site.paths()
    assert site.paths().count(CONSENT) == 1, site.paths()
    assert integrity(db) == "ok"


def test_a_consent_wall_that_never_lets_through_is_stopped_and_named(tmp_path: Path) -> None:
    """The consent page sends back without setting any cookie: A is not stored, the run names
    A's address in a warning, asks for A at most three times, and the next run (the wall
    gone) stores it."""
    back = Fault(status=302, headers={"Location": A}, body=b"")
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: to_consent(), CONSENT: back}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, WITHOUT_A)
    assert site.paths().count(A) <= 3, site.paths()
    assert any(A in line for line in warning_lines(run.stderr)), run.stderr
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)


def test_a_consent_page_waiting_for_a_click_is_never_stored(tmp_path: Path) -> None:
    """A → a consent page answering `200` with a notice and a button: no row for it or for A,
    A named in a warning; the next run (the wall gone) stores A."""
    notice = Fault(body=NOTICE)
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: to_consent(), CONSENT: notice}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, WITHOUT_A)
    assert not any("chap-nhan" in url for url in stored(db)), sorted(stored(db))
    assert any(A in line for line in warning_lines(run.stderr)), run.stderr
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert LIVE + A in {row["url"] for row in stored(db).values()}


def test_a_consent_page_on_another_host_is_never_asked_for(tmp_path: Path) -> None:
    """A → `http://<other host>/consent?next=A`: the other host receives no request, A is not
    stored, and a warning names the refusal."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as other:
        wall = to_consent(f"{other.base_url}/consent?next={A}")
        with serving(MIRROR, {A: wall}) as site:
            run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert other.paths() == []
    expect_rows(db, WITHOUT_A)
    assert any("off_site_redirect" in line for line in warning_lines(run.stderr)), run.stderr
