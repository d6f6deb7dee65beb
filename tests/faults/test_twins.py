"""One article met again under a twin address: `http` for `https`, `www.` and `?page=1`, its
AMP copy under `/amp/` and its print view under `?print=1` (each with `rel=canonical` back, with
less in it than the article), its print view with no canonical at all, and the same twins on a
second, full run.  Exactly one row per article, under its own URL, holding the article's own
values (a leaner twin never wins over the full page), and no revision for a twin.

Each kind of twin is made of an article of its own and linked from the Thời sự listing, all in
one crawl; the second, full run starts from a copy of the mirror crawled once for the test
process (`crawled_mirror`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_faults,
    database_copy,
    expect_rows,
    expected_records,
    integrity,
    page_at,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import A

# The article each kind of twin is made of.
HTTP = article_path("109874")
WWW = article_path("102908")
FIRST_PAGE = article_path("107903")
AMP = article_path("108990")
PRINTED = A
UNCANONICAL = article_path("104560")


def lean(path: str, canonical: bool) -> bytes:
    """The print view of the article at `path`: the headline, the date and the text, no views,
    no image, no category."""
    record = expected_records()[path]
    text = re.search(r'<div class="fr-view info">.*?</div>', page_at(path), flags=re.S).group(0)
    text = re.sub(r"<p[^>]*><img[^>]*></p>", "", text)
    head = f'<link rel="canonical" href="{LIVE}{path}">' if canonical else ""
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f'<title>{record["headline"]}</title>{head}</head><body class="print">'
        f'<h1 class="title-detail">{record["headline"]}</h1><div class="meta">'
        f'<span class="date">{record["published_raw"]}</span></div>{text}</body></html>'
    ).encode()


def amp(path: str) -> bytes:
    """The AMP copy of the article at `path`."""
    page = page_at(path).replace("<html", "<html amp", 1)
    return re.sub(r"<img ([^>]*)>", r"<amp-img \1 width=800 height=600></amp-img>", page).encode()


def twin_pages() -> dict[str, Fault]:
    """The listing linking to every twin, and each twin served by its address."""
    links = [
        f"http://baothaibinh.com.vn{HTTP}",
        f"http://www.baothaibinh.com.vn{WWW}",
        f"{LIVE}{FIRST_PAGE}?page=1",
        f"{LIVE}/amp{AMP}/",
        f"{LIVE}{PRINTED}?print=1",
        f"{LIVE}{UNCANONICAL}?print=1",
    ]
    return {
        LISTINGS[0]: Fault(edit=add_links(links)),
        f"{FIRST_PAGE}?page=1": Fault(body=page_at(FIRST_PAGE).encode("utf-8")),
        f"/amp{AMP}/": Fault(body=amp(AMP)),
        f"{PRINTED}?print=1": Fault(body=lean(PRINTED, canonical=True)),
        f"{UNCANONICAL}?print=1": Fault(body=lean(UNCANONICAL, canonical=False)),
    }


@pytest.fixture(scope="module")
def twins(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every twin of `twin_pages()` linked (a twin the crawl knows
    for one without asking for it is never fetched)."""
    site, run, db = crawl_faults(tmp_path_factory.mktemp("twins"), twin_pages())
    assert site.server.served.get(LISTINGS[0]), site.server.served
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, set(), set())


def test_http_and_https_links_to_one_article_give_one_row(twins: FaultedCrawl) -> None:
    twins.exactly()
    assert (twins.paths.count(HTTP), twins.paths.count(WWW)) == (1, 1)


def test_a_first_page_parameter_is_the_article(twins: FaultedCrawl) -> None:
    twins.exactly(FIRST_PAGE)


def test_an_amp_twin_under_amp_slash_is_stored_as_the_article(twins: FaultedCrawl) -> None:
    twins.exactly(AMP)


def test_a_print_view_with_its_canonical_never_wins_over_the_article(twins: FaultedCrawl) -> None:
    twins.exactly(PRINTED)
    assert revisions(twins.db) == []


def test_a_print_view_without_a_canonical_adds_no_row(twins: FaultedCrawl) -> None:
    twins.exactly(UNCANONICAL)


def test_twins_met_on_a_second_full_run_change_nothing(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    """Run one stores the site (a copy of the mirror crawled once); run two (`full=1`) meets
    A's print view, AMP copy, `http`, `www.` and `m.` twins: the same rows, no revision."""
    db = database_copy(crawled_mirror, tmp_path)
    twins = [
        f"{LIVE}{A}?print=1",
        f"{LIVE}/amp{A}/",
        f"http://baothaibinh.com.vn{A}",
        f"https://www.baothaibinh.com.vn{A}?page=1",
        f"https://m.baothaibinh.com.vn{A}",
    ]
    faults = {
        LISTINGS[0]: Fault(edit=add_links(twins)),
        f"{A}?print=1": Fault(body=lean(A, canonical=True)),
        f"/amp{A}/": Fault(body=amp(A)),
        f"{A}?page=1": Fault(body=page_at(A).encode("utf-8")),
    }
    with serving(MIRROR, faults) as site:
        second = crawl(site, db, "-a", "full=1")
    assert second.returncode == 0, second.output
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    assert revisions(db) == []
