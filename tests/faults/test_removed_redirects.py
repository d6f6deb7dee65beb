"""An article removed before the crawler ever stored it, answered with a redirect to where the
site sends readers of a page it no longer has: its home page (`301`, `303`), the article's
category listing, a search for its slug (a path robots.txt forbids), a "not found" page
answering `404`.

docs/reliability.md: a page answered by a redirect off the article pattern is never stored as
an article; only a `301` to another article is remembered as a move; what robots.txt forbids
is never asked for; every failed article fetch names its URL. So each run stores the other 14
articles, no row for the page the redirect lands on, names A, and the next run (A back)
stores A.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows, integrity
from tests.faults.server import Fault, serving

A = article_path("105870")
WITHOUT_A = {path: r for path, r in ARTICLES.items() if path != A}
SEARCH = "/tim-kiem?q=them-38-san-pham-dat-chuan-ocop-cap-tinh"

LANDINGS = {
    "home_page_301": (301, "/"),
    "home_page_303": (303, "/"),
    "category_301": (301, "/tin-tuc/15/kinh-te"),
    "search_forbidden_by_robots_302": (302, SEARCH),
    "not_found_page_301": (301, "/khong-tim-thay"),
}


@pytest.mark.parametrize("name", list(LANDINGS))
def test_a_removed_article_redirected_elsewhere_stores_nothing_and_is_fetched_again(
    tmp_path: Path, name: str
) -> None:
    status, landing = LANDINGS[name]
    faults = {A: Fault(status=status, headers={"Location": landing}, body=b"")}
    if landing == "/khong-tim-thay":
        faults[landing] = Fault(status=404, body=b"<html><body>Kh\xc3\xb4ng t\xc3\xacm th\xe1"
                                b"\xba\xa5y trang</body></html>")  # fmt: skip
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, WITHOUT_A)
    assert SEARCH not in site.paths()
    named = [line for line in run.stderr.splitlines() if A in line]
    assert any("WARNING" in line or "ERROR" in line for line in named), run.stderr
    with serving(MIRROR) as site:
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) == 1
    assert integrity(db) == "ok"
