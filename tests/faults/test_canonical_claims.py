"""Articles whose `rel=canonical` or `og:url` names something else: the home page (two
articles at once), another paper's host (a syndicated story), the article's own category,
an `og:url` naming another article while the canonical names the page itself, an `og:url`
naming the home page with no canonical, and a canonical carrying tracking parameters and a
fragment.

README: a page's canonical URL keys its record only when it names the same article; the `url`
column is the canonical article URL, with no tracking parameters or fragment. So each article
below is stored under its own URL with its own values, and no article takes another's row.
One crawl of a mirror with the six articles changed serves every probe.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    crawl,
    expected_records,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import serving

CANONICAL = re.compile(r'<link rel="canonical" href="[^"]*">')
OG_URL = re.compile(r'<meta property="og:url" content="[^"]*">')

HOME_1 = article_path("102908")
HOME_2 = article_path("104560")
OTHER_HOST = article_path("107903")
CATEGORY = article_path("108990")
OG_OTHER = article_path("109650")
OG_OTHER_NAMES = article_path("105870")
OG_HOME = article_path("102296")
TRACKED = article_path("109512")


def point(page: str, canonical: str | None, og_url: str | None) -> str:
    """`page` with its canonical and `og:url` naming the given addresses (None: removed)."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical is not None else ""
    meta = f'<meta property="og:url" content="{og_url}">' if og_url is not None else ""
    return OG_URL.sub(meta, CANONICAL.sub(link, page))


CHANGES = {
    HOME_1: (f"{LIVE}/", f"{LIVE}/"),
    HOME_2: (f"{LIVE}/", f"{LIVE}/"),
    OTHER_HOST: (
        "https://baochinhphu.vn/them-san-pham-ocop-cua-thai-binh-102240612.htm",
        "https://baochinhphu.vn/them-san-pham-ocop-cua-thai-binh-102240612.htm",
    ),
    CATEGORY: (f"{LIVE}/tin-tuc/15/kinh-te", f"{LIVE}/tin-tuc/15/kinh-te"),
    OG_OTHER: (f"{LIVE}{OG_OTHER}", f"{LIVE}{OG_OTHER_NAMES}"),
    OG_HOME: (None, f"{LIVE}/"),
    TRACKED: (
        f"{LIVE}{TRACKED}?utm_source=facebook&utm_medium=social#binh-luan",
        f"{LIVE}{TRACKED}?utm_source=facebook&utm_medium=social#binh-luan",
    ),
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], str, Path]:
    """The rows of one crawl of the mirror with every article of CHANGES pointed elsewhere."""
    tmp_path = tmp_path_factory.mktemp("canonical_claims")
    root = mirror_copy(tmp_path)
    for path, (canonical, og_url) in CHANGES.items():
        file = root / path.strip("/") / "page.html"
        file.write_text(point(file.read_text(encoding="utf-8"), canonical, og_url), "utf-8")
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return stored(db), run.stderr, db


def expect_own_row(rows: dict[str, dict], path: str) -> None:
    """Every article has its row, and `path`'s row is its own, under its own URL."""
    assert sorted(rows) == sorted(ARTICLES), (set(rows) - set(ARTICLES), set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    row = rows[path]
    assert row["url"] == LIVE + path
    assert {key: row[key] for key in expected} == expected


def test_two_articles_whose_canonical_is_the_home_page_are_two_rows(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, HOME_1)
    expect_own_row(rows, HOME_2)


def test_a_canonical_on_another_papers_host_keeps_the_article_here(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, OTHER_HOST)
    assert "baochinhphu.vn" not in " ".join(row["url"] for row in rows.values())


def test_a_canonical_naming_the_category_keeps_the_article(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, CATEGORY)


def test_an_og_url_naming_another_article_takes_neither_row(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, OG_OTHER)
    expect_own_row(rows, OG_OTHER_NAMES)


def test_an_og_url_naming_the_home_page_with_no_canonical_keeps_the_article(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, OG_HOME)


def test_a_canonical_with_tracking_and_a_fragment_is_the_plain_url(crawled) -> None:
    rows, log, db = crawled
    expect_own_row(rows, TRACKED)
    assert "Traceback" not in log, log
