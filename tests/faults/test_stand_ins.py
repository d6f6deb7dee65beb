"""What a site sends in place of an article, or the article under another address: an anti-bot
check page, a null time stamp for the date, a redirect that only adds a trailing slash, a link
whose slug is written in Vietnamese letters.

Nothing that is not the article is stored; the article itself is stored once, exact. Each stand-in
is served for an article of its own, made from that article's own page, all in one crawl; the
article answered `304` is fetched again by a second run over a copy of that crawl's file.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    FaultedCrawl,
    article_path,
    crawl_mirror,
    crawl_stats,
    database_copy,
    dropped,
    expected_records,
    faulted_crawl,
    integrity,
    page_at,
    redirects,
    stored,
)
from tests.faults.server import Fault
from tests.faults.test_links import add_links

CHALLENGE = (
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body>"
    "<div class='main-wrapper'><h1>baothaibinh.com.vn</h1><h2>Checking if the site connection "
    "is secure</h2><p>Enable JavaScript and cookies to continue</p></div></body></html>"
)
VERIFYING = (
    "<html><head><title>Đang xác minh trình duyệt</title></head><body><h1>Vui lòng chờ trong "
    "giây lát</h1><p>Hệ thống đang kiểm tra trình duyệt của bạn.</p></body></html>"
)
# Each stand-in's article.
CHECKED_IN_ENGLISH = article_path("105870")
CHECKED_IN_VIETNAMESE = article_path("104560")
NULL_STAMP = article_path("108990")
SLASHED = article_path("102908")
WRITTEN = article_path("107903")
NOT_MODIFIED = article_path("109650")
CAPITALS = article_path("109874")
# Time stamp 0 in Vietnam, as the template prints an unset date (1 January 1970 was a Thursday).
NULL_STAMP_LINE = "Thứ 5, 01/01/1970 | 07:00:00"
# WRITTEN's address with its slug unencoded in Vietnamese letters (slugs are decoration).
WRITTEN_IN_LETTERS = "/tin-tuc/15/107903/cụm-công-nghiệp-đông-la-hoàn-thiện-hạ-tầng"
NOT_STORED = {CHECKED_IN_ENGLISH, CHECKED_IN_VIETNAMESE, NOT_MODIFIED}


def null_stamp_page() -> bytes:
    own = expected_records()[NULL_STAMP]["published_raw"]
    text = page_at(NULL_STAMP)
    assert text.count(own) == 1, own
    return text.replace(own, NULL_STAMP_LINE).encode("utf-8")


def stand_ins() -> dict[str, Fault]:
    """What the site answers in place of each article (and the listing linking two of them)."""
    return {
        CHECKED_IN_ENGLISH: Fault(body=CHALLENGE.encode("utf-8")),
        CHECKED_IN_VIETNAMESE: Fault(body=VERIFYING.encode("utf-8")),
        NULL_STAMP: Fault(body=null_stamp_page()),
        SLASHED: Fault(status=301, headers={"Location": SLASHED + "/"}, body=b""),
        SLASHED + "/": Fault(body=page_at(SLASHED).encode("utf-8")),
        LISTINGS[0]: Fault(
            edit=add_links([WRITTEN_IN_LETTERS, f"HTTPS://BAOTHAIBINH.COM.VN{CAPITALS}"])
        ),
        quote(WRITTEN_IN_LETTERS): Fault(body=page_at(WRITTEN).encode("utf-8")),
        NOT_MODIFIED: Fault(status=304, body=b""),
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with every stand-in of `stand_ins()` served."""
    faults = stand_ins()
    return faulted_crawl(tmp_path_factory.mktemp("stand_ins"), faults, set(faults), NOT_STORED)


def test_an_anti_bot_check_page_is_not_an_article(crawled: FaultedCrawl) -> None:
    """A check page (English, as a CDN sends it, and Vietnamese) answered with status 200."""
    crawled.exactly()
    checked = (CHECKED_IN_ENGLISH, CHECKED_IN_VIETNAMESE)
    # The English page holds no Vietnamese letter: it is read as a check page from its markup.
    assert {path: dropped(crawled.db)[path] for path in checked} == {
        CHECKED_IN_ENGLISH: "bot check page",
        CHECKED_IN_VIETNAMESE: "bot check page",
    }
    assert crawl_stats(crawled.db)["tinbao/dropped/bot_check_page"] == 2
    assert f"{LIVE}{CHECKED_IN_VIETNAMESE}: not stored, bot check page" in crawled.run.stderr


def test_a_null_time_stamp_for_a_date_is_kept_raw(crawled: FaultedCrawl) -> None:
    """The template prints 01/01/1970 07:00 (time stamp 0 in Vietnam) for an unset date."""
    crawled.exactly(NULL_STAMP, changed={"published_at": None, "published_raw": NULL_STAMP_LINE})
    line = f"{LIVE}{NULL_STAMP}: unreadable publish time '{NULL_STAMP_LINE}'"
    assert line in crawled.run.stderr


def test_a_redirect_that_adds_a_trailing_slash_keeps_the_article(crawled: FaultedCrawl) -> None:
    """The article answers `301` to its address with a slash added (the server's canonical
    form), which serves the article."""
    crawled.exactly(SLASHED)  # stored once, under the article's own URL (its canonical)
    assert redirects(crawled.db) == {}
    assert crawl_stats(crawled.db).get("tinbao/redirected/other_article", 0) == 0


def test_a_slug_in_vietnamese_letters_is_the_same_article(crawled: FaultedCrawl) -> None:
    """A listing links the article with its slug unencoded in Vietnamese letters; the site
    answers that address with the article's page (slugs are decoration, the id decides), whose
    canonical is the article's own address."""
    assert quote(WRITTEN_IN_LETTERS) in crawled.paths
    crawled.exactly(WRITTEN)


def test_a_not_modified_answer_to_a_plain_request_stores_nothing(
    crawled: FaultedCrawl, tmp_path: Path
) -> None:
    """`304 Not Modified` (no body) to a request that sent no condition: a failed fetch, the
    article fetched again next run."""
    assert crawled.paths.count(NOT_MODIFIED) == 1
    crawled.exactly()
    assert NOT_MODIFIED not in dropped(crawled.db)  # tried again, not remembered as bad
    db = database_copy(crawled.db, tmp_path)
    again = crawl_mirror(db)
    assert again.returncode == 0, again.output
    assert integrity(db) == "ok"
    rows = stored(db)
    assert sorted(rows) == sorted(ARTICLES)
    for path in NOT_STORED:  # the check pages are fetched again too, now the articles
        expected = expected_records()[path]
        assert {key: rows[path][key] for key in expected} == expected, path


def test_a_link_with_the_host_in_capitals_is_the_same_article(crawled: FaultedCrawl) -> None:
    crawled.exactly(CAPITALS)
    assert crawled.paths.count(CAPITALS) == 1
