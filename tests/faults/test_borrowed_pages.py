"""A paper whose CMS answers an article address it no longer (or never) had with another
article's page, `200`, as it is: the OCOP article's page, its `rel=canonical` and `og:url`
naming the OCOP article, served at new ids the Kinh tế listing links (a renumbered archive, an
id reused, a CMS that shows its newest story for any id it cannot find).

README: the URL is the key, one row per canonical article URL, and a page's canonical URL keys
its record only when it names the same article; docs/reliability.md: nothing duplicated. The
page served at each new address is the OCOP article, word for word and naming itself by its
canonical, so it is that article: the OCOP row, once, exactly as a plain crawl stores it, no row
under any borrowed address and no revision. The same holds when the OCOP article is stored by
an earlier run and the borrowed address appears only in the next one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    OCOP,
    TITLE_ANCHOR,
    crawl,
    expect_rows,
    integrity,
    link_from_economy_listing,
    mirror_copy,
    revisions,
)
from tests.faults.server import Fault, serving

BORROWED = [f"/tin-tuc/15/99940{n}/tin-moi-so-{n}" for n in (1, 2, 3)]
LATER = "/tin-tuc/15/999404/tin-moi-so-4"


def anchors(paths: list[str]) -> str:
    return "".join(f'{TITLE_ANCHOR}https://baothaibinh.com.vn{p}">Tin mới</a>\n' for p in paths)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str], Path, list]:
    """A first crawl meeting three borrowed addresses, then a second one meeting a fourth
    after the OCOP article is stored: the targets each asked for, the database, and the
    revisions after each run."""
    folder = tmp_path_factory.mktemp("borrowed_pages")
    root = mirror_copy(folder)
    ocop_page = (root / OCOP.strip("/") / "page.html").read_bytes()
    link_from_economy_listing(root, anchors(BORROWED))
    db = folder / "news.db"
    faults = {path: Fault(body=ocop_page) for path in [*BORROWED, LATER]}
    with serving(root, faults) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        assert "Traceback" not in first.stderr, first.stderr
        first_paths = site.paths()
        after_first = revisions(db)
        expect_rows(db, ARTICLES)
        link_from_economy_listing(root, anchors([LATER]))
        second = crawl(site, db)
        assert second.returncode == 0, second.output
        assert "Traceback" not in second.stderr, second.stderr
        second_paths = site.paths()[len(first_paths) :]
    return first_paths, second_paths, db, [after_first, revisions(db)]


def test_each_borrowed_address_is_asked_for_once(runs) -> None:
    first_paths, second_paths, _, _ = runs
    assert sorted(p for p in first_paths if p in BORROWED) == sorted(BORROWED)
    assert [p for p in second_paths if p == LATER] == [LATER]


def test_a_page_borrowed_by_other_addresses_is_one_row_the_articles_own(runs) -> None:
    _, _, db, _ = runs
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_borrowed_page_makes_no_revision(runs) -> None:
    _, _, _, after = runs
    assert after == [[], []]
