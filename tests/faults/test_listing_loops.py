"""A listing whose pages lead back to the first under other query parameters: the Kinh tế
listing's second page gains a "Trang sau" link to `?page=1&sort=moi` (the first page again,
sorted "newest", its own next link `?page=2&sort=moi`), whose second page links on to
`?page=1`, the first page once more, whose next link is `?page=2`: a circle through four
spellings of two pages, as a CMS that carries its sort order in every link writes it.

README: a crawl walks the feed and the listings to their end; docs/reliability.md: a "next
page" that never ends stops once a page names no new article. So the crawl ends, each
spelling of a page is asked for at most once, every article (those only on the second page
too) is fetched once and stored exactly, nothing else is stored.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    FaultedCrawl,
    crawl_faults,
    page_bytes,
    stored,
)
from tests.faults.server import Fault

LISTING = "/tin-tuc/15/kinh-te"
LIVE_LISTING = "https://baothaibinh.com.vn" + LISTING
FIRST = page_bytes(LISTING)
SECOND_PAGE = (MIRROR / LISTING.strip("/") / "page-2.html").read_bytes()
NEXT_ON_FIRST = f'<a class="next" href="{LIVE_LISTING}?page=2">Trang sau</a>'
PAGINATION_END = '<span class="current">2</span>'


def first_page_leading_to(target: str) -> bytes:
    """The listing's first page with its next link (and page-2 link) naming `target`."""
    text = FIRST.decode("utf-8").replace(f"{LIVE_LISTING}?page=2", f"{LIVE_LISTING}{target}")
    return text.encode("utf-8")


def second_page_leading_to(target: str) -> bytes:
    """The listing's second page with a next link naming `target`."""
    text = SECOND_PAGE.decode("utf-8")
    assert PAGINATION_END in text
    link = f'<a class="next" href="{LIVE_LISTING}{target}">Trang sau</a>'
    return text.replace(PAGINATION_END, f"{PAGINATION_END} {link}").encode("utf-8")


SPELLINGS = {
    f"{LISTING}?page=2": second_page_leading_to("?page=1&sort=moi"),
    f"{LISTING}?page=1&sort=moi": first_page_leading_to("?page=2&sort=moi"),
    f"{LISTING}?page=2&sort=moi": second_page_leading_to("?page=1"),
    f"{LISTING}?page=1": first_page_leading_to("?page=2"),
}


@pytest.fixture(scope="module")
def looped(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    assert NEXT_ON_FIRST in FIRST.decode("utf-8")
    faults = {target: Fault(body=body) for target, body in SPELLINGS.items()}
    # Not every spelling need be asked for (`faulted_crawl` would require it): the crawl may
    # stop at the first page that names no new article.
    site, run, db = crawl_faults(tmp_path_factory.mktemp("listing_loops"), faults)
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, set(), set())


def test_the_crawl_ends_with_every_article_stored_exactly(looped: FaultedCrawl) -> None:
    looped.exactly()


def test_each_spelling_of_a_listing_page_is_asked_for_at_most_once(
    looped: FaultedCrawl,
) -> None:
    asked = Counter(looped.paths)
    assert (asked[LISTING], asked[f"{LISTING}?page=2"]) == (1, 1)
    assert all(asked[target] <= 1 for target in SPELLINGS), asked


def test_each_article_is_fetched_once(looped: FaultedCrawl) -> None:
    asked = Counter(looped.paths)
    assert {path: asked[path] for path in ARTICLES} == dict.fromkeys(ARTICLES, 1)
