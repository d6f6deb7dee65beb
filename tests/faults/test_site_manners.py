"""How live sites behave towards a crawler: `Retry-After` in odd forms, a whole site behind a
maintenance or CDN challenge page served `200`, `304` on a re-crawl, bodies that drip in just
under the timeout, keep-alive connections the server closes after each answer, the mirror
named by another spelling of its address, and article links spelled with a trailing-dot
host, capitals in the scheme, plain `http`, `%20` or `+`, or a tracker's parameters.

Every article is stored once, exact, under its own URL, and fetched once; a site that
answers nothing real fails the run instead of `OK; 0 new`.

The odd `Retry-After`s, the 429 on the feed, the 403 challenge and the link spellings are each
given to an article (or page) of their own and read from one crawl; the article the challenge
leaves to the next run is fetched by a second run over a copy of its file. Only the politics
listing's second page links it, which that run never reaches (its first listing pages are all
stored): it is found only by being asked for again. The two new articles with odd links share
a crawl; what takes the whole site, a setting or a first run keeps its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.db import ASK_AGAIN
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_faults,
    crawl_stats,
    database_copy,
    expect_rows,
    faulted_crawl,
    integrity,
    stored,
    stored_exactly,
)
from tests.faults.server import Fault, serving
from tests.faults.test_addresses import new_article
from tests.faults.test_links import add_links
from tests.faults.test_pages import A, B

FEED_ONLY = "/tin-tuc/0/109901/"
# Each odd `Retry-After` on a 429, by the article answered so once.
RETRY_AFTERS = {
    "0.5": article_path("105870"),
    "-10": article_path("104560"),
    "Thu, 01 Jan 1970 00:00:00 GMT": article_path("108990"),
    "soon": article_path("107420"),
}
CHALLENGED = article_path("101877")  # a 403 challenge page; linked from `?page=2` alone
# Each other spelling of a known article's link, by the article it names.
SPELLED = {
    "trailing dot": article_path("102296"),
    "capitals": article_path("108765"),
    "plain http": article_path("103907"),
    "gclid": article_path("103355"),
    "igshid": article_path("109512"),
    "upper utm": article_path("109874"),
}
FRAGMENTED = article_path("102908")  # linked with a fragment in Vietnamese letters


def spelling(name: str) -> str:
    """The link the spelling `name` gives its article."""
    path = SPELLED[name]
    return {
        "trailing dot": "https://baothaibinh.com.vn." + path,
        "capitals": "HTTPS://BAOTHAIBINH.COM.VN" + path,
        "plain http": "http://baothaibinh.com.vn" + path,
        "gclid": "https://baothaibinh.com.vn" + path + "?gclid=EAIaIQobChMI&_ga=2.1.2.3",
        "igshid": "https://baothaibinh.com.vn" + path + "?igshid=MzRlODBiNWFlZA==&mc_cid=8e1f",
        "upper utm": "https://baothaibinh.com.vn" + path + "?UTM_SOURCE=Zalo&UTM_MEDIUM=social",
    }[name]


def manners() -> dict[str, Fault]:
    """Every manner read in one crawl, by the target it is given for."""
    retried = {
        path: Fault(status=429, headers={"Retry-After": wait}, body=b"", times=1)
        for wait, path in RETRY_AFTERS.items()
    }
    fragments = [FRAGMENTED + "#bình-luận", FRAGMENTED + "#b%C3%ACnh-lu%E1%BA%ADn"]
    links = [spelling(name) for name in SPELLED] + fragments
    return retried | {
        FEED: Fault(status=429, headers={"Retry-After": "1"}, body=b"", times=1),
        CHALLENGED: Fault(status=403, body=CHALLENGE, headers={"cf-mitigated": "challenge"}),
        LISTINGS[0]: Fault(edit=add_links(links)),
    }


@pytest.fixture(scope="module")
def mannered(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every answer and link of `manners` given."""
    faulted = {*RETRY_AFTERS.values(), CHALLENGED}
    folder = tmp_path_factory.mktemp("manners")
    return faulted_crawl(folder, manners(), faulted, {CHALLENGED})


@pytest.fixture(scope="module")
def next_run(mannered: FaultedCrawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows after a second run over a copy of the crawl's file, the mirror served plainly:
    every article, the challenged one included."""
    rows = mannered.next_run(tmp_path_factory.mktemp("manners_next_run"))
    assert sorted(rows) == sorted(ARTICLES), set(rows) ^ set(ARTICLES)
    return rows


@pytest.mark.parametrize("wait", list(RETRY_AFTERS))
def test_an_odd_retry_after_on_a_429_is_retried_and_stored(
    mannered: FaultedCrawl, wait: str
) -> None:
    """A fraction, a negative number, a date long past, a word: none is a wait to honour
    as written, none loses the article."""
    mannered.exactly(RETRY_AFTERS[wait])
    assert mannered.paths.count(RETRY_AFTERS[wait]) == 2


def test_a_429_on_the_feed_is_retried_and_the_feed_read(mannered: FaultedCrawl) -> None:
    mannered.exactly()
    assert mannered.paths.count(FEED) == 2
    assert any(FEED_ONLY in path for path in mannered.paths)


MAINTENANCE = (
    "<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Bảo trì hệ thống</title>"
    "</head><body><h1>Hệ thống đang bảo trì</h1><p>Báo Thái Bình điện tử đang nâng cấp hệ thống."
    " Mời bạn đọc quay lại sau ít phút.</p></body></html>"
).encode()

CHALLENGE = (
    b"<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body>"
    b"<noscript>Enable JavaScript and cookies to continue</noscript>"
    b"<div id='challenge-stage'>Checking if the site connection is secure</div></body></html>"
)


@pytest.mark.parametrize(
    "body, headers",
    [(MAINTENANCE, {}), (CHALLENGE, {"cf-mitigated": "challenge"})],
    ids=["maintenance", "challenge"],
)
def test_a_whole_site_behind_one_page_served_200_fails_the_run(
    tmp_path: Path, body: bytes, headers: dict[str, str]
) -> None:
    """Every article answers the same maintenance or challenge page with status 200: nothing
    stored, and the run says it failed (never `OK; 0 new`, exit 0)."""
    db = tmp_path / "news.db"
    faults = {path: Fault(body=body, headers=headers) for path in ARTICLES}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode != 0, run.output
    assert stored(db) == {}
    assert "OK" not in run.stdout


def test_a_challenge_with_status_403_on_one_article_leaves_it_to_the_next_run(
    mannered: FaultedCrawl, next_run: dict[str, dict]
) -> None:
    mannered.lost_to_this_run(CHALLENGED)
    assert mannered.url(CHALLENGED) in mannered.run.stderr
    assert crawl_stats(mannered.db)[ASK_AGAIN] == [LIVE + CHALLENGED]
    stored_exactly(next_run, CHALLENGED)


def test_a_not_modified_answer_on_a_full_recrawl_keeps_the_record(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    """The second (full) run's request for A gets `304`: the stored record stays as it was."""
    db = database_copy(crawled_mirror, tmp_path)
    before = stored(db)[A]
    with serving(MIRROR, {A: Fault(status=304, body=b"", headers={"ETag": '"v1"'})}) as site:
        again = crawl(site, db, "-a", "full=1")
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert stored(db)[A]["body"] == before["body"]
    assert integrity(db) == "ok"


def test_a_body_dripping_in_just_under_the_timeout_is_stored(tmp_path: Path) -> None:
    """100 bytes every 5 ms: the page takes a few seconds, each gap far under the timeout."""
    faults = {A: Fault(drip=0.005)}
    site, run, db = crawl_faults(tmp_path, faults, "DOWNLOAD_TIMEOUT=30")
    expect_rows(db, ARTICLES)


def keep_alive_then_close(path: str) -> Fault:
    """A whole answer that promises keep-alive, then the server closes the connection (an idle
    timeout of zero): the client's next request on it finds it gone."""
    body = (MIRROR / path.strip("/") / "page.html").read_bytes()
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Connection: keep-alive\r\nKeep-Alive: timeout=60\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    )
    return Fault(raw=head + body)


def test_keep_alive_connections_closed_after_each_answer_lose_nothing(tmp_path: Path) -> None:
    faults = {path: keep_alive_then_close(path) for path in ARTICLES}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert "ERROR" not in run.stderr, run.stderr


@pytest.mark.parametrize("spelling", ["localhost", "trailing slash", "capitals"])
def test_the_mirror_named_by_another_spelling_of_its_address_is_crawled(
    tmp_path: Path, spelling: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        base = site.base_url
        site.base_url = {
            "localhost": base.replace("127.0.0.1", "localhost"),
            "trailing slash": base + "/",
            "capitals": base.replace("http://", "HTTP://"),
        }[spelling]
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize("name", list(SPELLED))
def test_another_spelling_of_a_known_article_link_is_fetched_once(
    mannered: FaultedCrawl, name: str
) -> None:
    path = SPELLED[name]
    mannered.exactly(path)
    assert sum(1 for hit in mannered.paths if hit.startswith(path)) == 1, mannered.paths


SPACED_LINKS = ["/tin-tuc/15/200050/san%20pham%20ocop", "/tin-tuc/15/200050/san+pham+ocop"]
TRACKED = "/tin-tuc/15/200060/them-40-san-pham-dat-chuan-ocop"
TRACKED_LINKS = [
    f"{TRACKED}?utm_source=facebook&fbclid=IwAR0abc",
    f"{TRACKED}?utm_source=zalo&zarsrc=30",
]


@pytest.fixture(scope="module")
def new_links(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict[str, dict]]:
    """One crawl with two new articles linked from the Kinh tế listing, each by two odd links:
    the targets requested, in order, and the rows stored."""
    links = SPACED_LINKS + TRACKED_LINKS
    faults = {LISTINGS[1]: Fault(edit=add_links(links)), TRACKED: Fault(body=new_article())}
    faults |= {link: Fault(body=new_article()) for link in links}
    site, run, db = crawl_faults(tmp_path_factory.mktemp("new_links"), faults)
    return site.paths(), stored(db)


def test_a_slug_with_percent_20_and_with_plus_is_one_article(
    new_links: tuple[list[str], dict[str, dict]],
) -> None:
    """A CMS that left spaces in its slugs, linked `%20` in one place and `+` in another: the
    id decides."""
    paths, rows = new_links
    assert len([p for p in rows if "/200050/" in p]) == 1, list(rows)


def test_a_new_article_linked_with_two_trackers_is_fetched_and_stored_once_without_them(
    new_links: tuple[list[str], dict[str, dict]],
) -> None:
    paths, rows = new_links
    assert len([p for p in paths if "/200060/" in p]) == 1, paths
    assert [p for p in rows if "/200060/" in p] == [TRACKED]


def test_a_fragment_in_vietnamese_letters_is_the_same_article(mannered: FaultedCrawl) -> None:
    mannered.exactly(FRAGMENTED)
    assert mannered.paths.count(FRAGMENTED) == 1


def test_an_article_linked_at_its_mirror_address_is_stored_under_its_live_url(
    tmp_path: Path,
) -> None:
    """A page written with the address it was served from (a staging copy) links B by the
    mirror's own host: B is the site's article, one row under the live URL."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        site.faults[LISTINGS[0]] = Fault(edit=add_links([site.url(B)]))
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert site.paths().count(B) == 1
