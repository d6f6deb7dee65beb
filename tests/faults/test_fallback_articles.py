"""A CMS that answers some article addresses with another article: three article URLs answer
`200` with the whole page of the OCOP article (its headline, body and its own canonical URL),
as a CMS does that shows its newest story for an id it cannot find; in the run that fetches
the OCOP article too, and in one where the OCOP article's own address answers `500`.

README: nothing invented, a page's canonical URL keys its record only when it names the same
article; docs/database.md: one row per canonical article URL. The page served at those three
addresses is the OCOP article, not theirs: no row of theirs may hold the OCOP article's text,
the OCOP article is one row (under its own URL, or none while its own page fails), and once the
three addresses answer their own pages the next run stores them.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

OCOP = article_path("105870")
OCOP_PAGE = (MIRROR / OCOP.strip("/") / "page.html").read_bytes()
ANSWERED_WITH_OCOP = {article_path(name) for name in ("102908", "104560", "107903")}


def rows_holding(db: Path, headline: str) -> list[str]:
    return sorted(path for path, row in stored(db).items() if row["headline"] == headline)


def test_addresses_answered_with_another_article_store_it_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = {path: Fault(body=OCOP_PAGE) for path in ANSWERED_WITH_OCOP}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
        assert run.returncode == 0, run.output
        assert "Traceback" not in run.stderr, run.stderr
        expect_rows(db, set(ARTICLES) - ANSWERED_WITH_OCOP)
        assert rows_holding(db, ARTICLES[OCOP]["headline"]) == [OCOP]
        site.server.faults = {}
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_addresses_answered_with_an_article_whose_own_page_fails_never_take_its_text(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    faults = {path: Fault(body=OCOP_PAGE) for path in ANSWERED_WITH_OCOP}
    faults[OCOP] = Fault(status=500, body=b"loi")
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
        assert "Traceback" not in run.stderr, run.stderr
        rows = stored(db)
        assert not ANSWERED_WITH_OCOP & set(rows), sorted(ANSWERED_WITH_OCOP & set(rows))
        assert rows_holding(db, ARTICLES[OCOP]["headline"]) in ([], [OCOP])
        site.server.faults = {}
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
