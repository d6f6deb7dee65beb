"""One article, many addresses; pages that point elsewhere without an HTTP redirect.

Sites link an article from its mobile host, its AMP copy or with share parameters, and write
links relative, with `../`, spaces, fragments or Vietnamese letters left unencoded; a page may
name a `<base>` elsewhere, send the reader on with a `<meta>` refresh or a script, or answer
"Bài viết không tồn tại" with status 200. Each article is stored once, under its own URL, with
exactly its values; nothing off the site is requested.

Each spelling or page is given to an article of its own, made from that article's own page. The
links spelled otherwise are read in one crawl, the pages pointing elsewhere (and the `<base>` on
another host, whose refused link the mobile-host probe must not see counted) in another.
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
    crawl_faults,
    crawl_stats,
    dropped,
    page_at,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import set_canonical

HOME = "/"
# The articles linked otherwise, each under its probe's spelling.
AMP = article_path("105870")
AMP_COPY = AMP + "/amp"  # served should it be fetched: the link is read as the article's own
SHARED = article_path("104560")
MOBILE = (article_path("107903"), article_path("109650"))
CLIMBED = article_path("101877")  # `../` from the Thời sự listing, then `#top`
SPACED = article_path("102296")
FRAGMENT = article_path("108990")
# The articles whose pages point elsewhere, or are no article.
HOME_CANONICAL = (article_path("105870"), article_path("104560"))  # "/" and none
REFRESH_ELSEWHERE = article_path("108990")
REFRESH_TO_ARTICLE = article_path("101877")
REFRESH_TARGET = article_path("102296")
SCRIPT_REDIRECT = article_path("103355")
SOFT_ERRORS = {
    article_path("103907"): "Bài viết không tồn tại hoặc đã bị gỡ bỏ.",
    article_path("107420"): "Trang bạn tìm không tồn tại.",
    article_path("108765"): "Nội dung đang được cập nhật, mời bạn quay lại sau.",
}
EMPTY = article_path("109512")
BASE_LINKED = article_path("109874")  # linked relative to a `<base>` on another host


def spellings() -> dict[str, Fault]:
    """The Thời sự listing linking articles by every spelling, and the AMP copy it links."""
    category, article_id, slug = CLIMBED.strip("/").split("/")[1:]
    links = [
        LIVE + AMP_COPY,
        f"{LIVE}{SHARED}?utm_source=zalo&utm_medium=share&fbclid=IwAR0x#binh-luan",
        *(f"https://m.baothaibinh.com.vn{path}" for path in MOBILE),
        f"../{category}/{article_id}/{slug}",  # /tin-tuc/12/thoi-su: `..` climbs to /tin-tuc/
        f"  \n{LIVE}{SPACED}\t ",
        f"{FRAGMENT}#binh-luan",
        f"{CLIMBED}#top",
    ]
    return {
        LISTINGS[0]: Fault(edit=add_links(links)),
        AMP_COPY: Fault(body=page_at(AMP).encode("utf-8")),
    }


def with_head(path: str, tag: str) -> Fault:
    """The article's page with `tag` first in its `<head>`."""
    return Fault(body=page_at(path).replace("<head>", "<head>" + tag, 1).encode("utf-8"))


def soft_error(path: str, message: str) -> Fault:
    """The site's template with a notice where the article was: status 200."""
    text = page_at(path)
    start = text.index(">", text.index("<body")) + 1
    end = text.index("</body>")
    notice = f"<div class='container'><h1>Thông báo</h1><p>{message}</p></div>"
    return Fault(body=(text[:start] + notice + text[end:]).encode("utf-8"))


def empty_template() -> Fault:
    """The article template filled with nothing: an empty headline, no date, no text."""
    text = re.sub(r"<h1([^>]*)>.*?</h1>", r"<h1\1></h1>", page_at(EMPTY), count=1, flags=re.S)
    text = re.sub(r'(<div class="fr-view[^"]*">).*?(</div>)', r"\1\2", text, count=1, flags=re.S)
    return Fault(body=text.encode("utf-8"))


def pointers(foreign: FaultServer) -> dict[str, Fault]:
    """The pages pointing elsewhere or at nothing, the other host being `foreign`; and the
    Kinh tế listing naming a `<base>` on it before a relative link."""
    stub = (
        "<html><head><title>Đang chuyển hướng…</title><script>"
        f"window.location.href = '{foreign.url(SCRIPT_REDIRECT)}';</script></head>"
        "<body><p>Đang chuyển hướng…</p></body></html>"
    )
    base = f'<base href="{foreign.base_url}/">'.encode()
    relative = add_links([BASE_LINKED.lstrip("/")])
    home, none = HOME_CANONICAL
    return {
        home: Fault(edit=set_canonical(LIVE + HOME)),
        none: Fault(edit=set_canonical(LIVE)),
        REFRESH_ELSEWHERE: with_head(
            REFRESH_ELSEWHERE,
            f'<meta http-equiv="refresh" content="0; url={foreign.url(REFRESH_ELSEWHERE)}">',
        ),
        REFRESH_TO_ARTICLE: with_head(
            REFRESH_TO_ARTICLE,
            f'<meta http-equiv="refresh" content="0; url={LIVE}{REFRESH_TARGET}">',
        ),
        SCRIPT_REDIRECT: Fault(body=stub.encode("utf-8")),
        **{path: soft_error(path, message) for path, message in SOFT_ERRORS.items()},
        EMPTY: empty_template(),
        LISTINGS[1]: Fault(
            edit=lambda body: relative(body.replace(b"<head>", b"<head>" + base, 1))
        ),
    }


def crawled_with(folder: Path, faults: dict[str, Fault], unstored: set[str]) -> FaultedCrawl:
    site, run, db = crawl_faults(folder, faults)
    fetched = [path for path in faults if path != AMP_COPY]
    assert all(site.server.served.get(path) for path in fetched), site.server.served
    changed = {path for path in faults if path in ARTICLES}
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, changed, unstored)


@pytest.fixture(scope="module")
def spelled(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with every article of `spellings()` linked so."""
    return crawled_with(tmp_path_factory.mktemp("spelled"), spellings(), set())


@pytest.fixture(scope="module")
def pointed(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl with every page of `pointers()` served, and the other host they name."""
    unstored = {REFRESH_ELSEWHERE, REFRESH_TO_ARTICLE, SCRIPT_REDIRECT, *SOFT_ERRORS, EMPTY}
    with serving(MIRROR) as foreign:
        crawled = crawled_with(tmp_path_factory.mktemp("pointed"), pointers(foreign), unstored)
    crawled.elsewhere = foreign.hits
    return crawled


def test_an_amp_copy_and_share_parameters_give_one_record(spelled: FaultedCrawl) -> None:
    """The listing links an article's AMP copy (`…/amp`, whose canonical is the article) and
    another with `utm_` and `fbclid` parameters and a fragment: one row each, under the
    article's own URL."""
    spelled.exactly(AMP, SHARED)
    assert sum(1 for path in spelled.paths if path.startswith(SHARED)) == 1


def test_a_link_on_the_mobile_host_adds_no_record(spelled: FaultedCrawl) -> None:
    """A listing links articles on `m.` (the paper's mobile host, the same paths): the same
    articles, each fetched once and stored once, under the main host."""
    spelled.exactly(*MOBILE)
    assert tuple(spelled.paths.count(path) for path in MOBILE) == (1, 1)
    assert "tinbao/skipped/listing_link/off_site" not in crawl_stats(spelled.db)


def test_relative_and_untidy_links_reach_their_articles(spelled: FaultedCrawl) -> None:
    """`../` paths, spaces and a newline around the URL, a fragment, a slug in unencoded
    Vietnamese letters: each is the article it names, fetched once."""
    spelled.exactly(CLIMBED, SPACED, FRAGMENT)
    for path in (CLIMBED, SPACED, FRAGMENT):
        assert spelled.paths.count(path) == 1, path


def test_a_base_href_on_another_host_sends_no_request_there(pointed: FaultedCrawl) -> None:
    """A `<base href>` naming another host makes the listing's relative links that host's (as a
    browser reads them): refused, and that host receives no request."""
    assert pointed.elsewhere == []
    pointed.exactly(BASE_LINKED)
    assert crawl_stats(pointed.db)["tinbao/skipped/listing_link/off_site"] == 1


def test_a_canonical_naming_the_home_page_is_not_trusted(pointed: FaultedCrawl) -> None:
    pointed.exactly(*HOME_CANONICAL)
    assert crawl_stats(pointed.db)["tinbao/canonical/refused"] == 2
    home = HOME_CANONICAL[0]
    assert f"{LIVE}{home}: canonical URL {LIVE}/ not trusted" in pointed.run.stderr


def test_a_meta_refresh_to_another_host_is_not_followed(pointed: FaultedCrawl) -> None:
    assert pointed.elsewhere == []
    pointed.exactly()
    assert REFRESH_ELSEWHERE not in pointed.rows
    assert crawl_stats(pointed.db)["tinbao/refused/off_site_redirect"] == 1


def test_a_meta_refresh_to_another_article_is_stored_as_that_one(pointed: FaultedCrawl) -> None:
    pointed.exactly(REFRESH_TARGET)
    assert REFRESH_TO_ARTICLE not in pointed.rows
    line = f"{LIVE}{REFRESH_TO_ARTICLE}: redirected to another article, {LIVE}{REFRESH_TARGET}"
    assert f"{line}; stored as that" in pointed.run.stderr


def test_a_script_redirect_is_not_an_article_and_not_followed(pointed: FaultedCrawl) -> None:
    """A stub page whose script sends the reader to another host: nothing runs scripts, the
    stub is no article, and the host it names receives no request."""
    assert pointed.elsewhere == []
    pointed.exactly()
    assert SCRIPT_REDIRECT in dropped(pointed.db)


def test_an_article_that_no_longer_exists_is_not_stored(pointed: FaultedCrawl) -> None:
    pointed.exactly()
    soft = list(SOFT_ERRORS)
    assert {path: dropped(pointed.db)[path] for path in soft} == dict.fromkeys(soft, "error page")


def test_an_empty_article_template_is_not_stored(pointed: FaultedCrawl) -> None:
    """The article template filled with nothing: an empty headline, no date, no text."""
    pointed.exactly()
    assert EMPTY not in pointed.rows
    assert dropped(pointed.db)[EMPTY] in ("missing headline", "missing body")
