"""What a site sends in place of an article, or the article under another address: an anti-bot
check page, a null time stamp for the date, a redirect that only adds a trailing slash, a link
whose slug is written in Vietnamese letters.

Nothing that is not the article is stored; the article itself is stored once, exact.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    crawl_faults,
    crawl_stats,
    dropped,
    expect_rows,
    redirects,
)
from tests.faults.server import Fault
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, B
from tests.faults.test_transport import expect_lost_then_recovered

CHALLENGE = (
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body>"
    "<div class='main-wrapper'><h1>baothaibinh.com.vn</h1><h2>Checking if the site connection "
    "is secure</h2><p>Enable JavaScript and cookies to continue</p></div></body></html>"
)
VERIFYING = (
    "<html><head><title>Đang xác minh trình duyệt</title></head><body><h1>Vui lòng chờ trong "
    "giây lát</h1><p>Hệ thống đang kiểm tra trình duyệt của bạn.</p></body></html>"
)


def test_an_anti_bot_check_page_is_not_an_article(tmp_path: Path) -> None:
    """A check page (English, as a CDN sends it, and Vietnamese) answered with status 200."""
    faults = {
        A: Fault(body=CHALLENGE.encode("utf-8")),
        B: Fault(body=VERIFYING.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A, B})
    # The English page holds no Vietnamese letter: it is read as a check page from its markup.
    assert {path: dropped(db)[path] for path in (A, B)} == {
        A: "bot check page",
        B: "bot check page",
    }
    assert crawl_stats(db)["tinbao/dropped/bot_check_page"] == 2
    assert f"{LIVE}{B}: not stored, bot check page" in run.stderr


def test_a_null_time_stamp_for_a_date_is_kept_raw(tmp_path: Path) -> None:
    """The template prints 01/01/1970 07:00 (time stamp 0 in Vietnam) for an unset date."""
    page = PAGE.replace("22/09/2022 | 14:20:06", "01/01/1970 | 07:00:00")
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    changed = {"published_at": None, "published_raw": "Thứ 5, 01/01/1970 | 07:00:00"}
    expect_rows(db, ARTICLES, {A: changed})
    assert f"{LIVE}{A}: unreadable publish time 'Thứ 5, 01/01/1970 | 07:00:00'" in run.stderr


def test_a_redirect_that_adds_a_trailing_slash_keeps_the_article(tmp_path: Path) -> None:
    """A answers `301` to `A/` (the server's canonical form), which serves the article."""
    slashed = A + "/"
    faults = {
        A: Fault(status=301, headers={"Location": slashed}, body=b""),
        slashed: Fault(body=PAGE.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)  # stored once, under the article's own URL (its canonical)
    assert redirects(db) == {}
    assert crawl_stats(db).get("tinbao/redirected/other_article", 0) == 0


def test_a_slug_in_vietnamese_letters_is_the_same_article(tmp_path: Path) -> None:
    """A listing links A with its slug unencoded in Vietnamese letters; the site answers that
    address with A's page (slugs are decoration, the id decides), whose canonical is A."""
    category, article_id = A.strip("/").split("/")[1:3]
    written = f"/tin-tuc/{category}/{article_id}/thêm-38-sản-phẩm-đạt-chuẩn-ocop"
    faults = {
        LISTINGS[0]: Fault(edit=add_links([written])),
        quote(written): Fault(body=PAGE.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_not_modified_answer_to_a_plain_request_stores_nothing(tmp_path: Path) -> None:
    """`304 Not Modified` (no body) to a request that sent no condition: a failed fetch, the
    article fetched again next run."""
    log, hits = expect_lost_then_recovered(tmp_path, Fault(status=304, body=b""))
    assert hits == 1


def test_a_link_with_the_host_in_capitals_is_the_same_article(tmp_path: Path) -> None:
    faults = {LISTINGS[0]: Fault(edit=add_links([f"HTTPS://BAOTHAIBINH.COM.VN{B}"]))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert site.paths().count(B) == 1
