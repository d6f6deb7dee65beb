"""One article, many addresses; pages that point elsewhere without an HTTP redirect.

Sites link an article from its mobile host, its AMP copy or with share parameters, and write
links relative, with `../`, spaces, fragments or Vietnamese letters left unencoded; a page may
name a `<base>` elsewhere, send the reader on with a `<meta>` refresh or a script, or answer
"Bài viết không tồn tại" with status 200. Each article is stored once, under its own URL, with
exactly its values; nothing off the site is requested.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    MIRROR,
    article_path,
    crawl_faults,
    crawl_stats,
    dropped,
    expect_rows,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, B, set_canonical

C = article_path("108990")
HOME = "/"


def test_an_amp_copy_and_share_parameters_give_one_record(tmp_path: Path) -> None:
    """The listing links A's AMP copy (`…/amp`, whose canonical is A) and B with `utm_` and
    `fbclid` parameters and a fragment: one row each, under the article's own URL."""
    amp = A + "/amp"
    links = [LIVE + amp, f"{LIVE}{B}?utm_source=zalo&utm_medium=share&fbclid=IwAR0x#binh-luan"]
    faults = {LISTINGS[0]: Fault(edit=add_links(links)), amp: Fault(body=PAGE.encode("utf-8"))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert sum(1 for path in site.paths() if path.startswith(B)) == 1


def test_a_link_on_the_mobile_host_adds_no_record(tmp_path: Path) -> None:
    """A listing links articles on `m.` (the paper's mobile host, the same paths): the same
    articles, each fetched once and stored once, under the main host."""
    mobile = "https://m.baothaibinh.com.vn"
    faults = {LISTINGS[0]: Fault(edit=add_links([mobile + A, mobile + B]))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert (site.paths().count(A), site.paths().count(B)) == (1, 1)
    assert "tinbao/skipped/listing_link/off_site" not in crawl_stats(db)


def test_relative_and_untidy_links_reach_their_articles(tmp_path: Path) -> None:
    """`../` paths, spaces and a newline around the URL, a fragment, a slug in unencoded
    Vietnamese letters: each is the article it names, fetched once."""
    category, article_id, slug = A.strip("/").split("/")[1:]
    listing = LISTINGS[0]  # /tin-tuc/12/thoi-su: `..` climbs to /tin-tuc/
    links = [
        f"../{category}/{article_id}/{slug}",
        f"  \n{LIVE}{B}\t ",
        f"{C}#binh-luan",
        f"{A}#top",
    ]
    faults = {listing: Fault(edit=add_links(links))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    for path in (A, B, C):
        assert site.paths().count(path) == 1, path


def test_a_base_href_on_another_host_sends_no_request_there(tmp_path: Path) -> None:
    """A `<base href>` naming another host makes the listing's relative links that host's (as a
    browser reads them): refused, and that host receives no request."""
    with serving(MIRROR) as foreign:
        base = f'<base href="{foreign.base_url}/">'.encode()
        relative = add_links([A.lstrip("/")])

        def edit(body: bytes) -> bytes:
            return relative(body.replace(b"<head>", b"<head>" + base, 1))

        site, run, db = crawl_faults(tmp_path, {LISTINGS[0]: Fault(edit=edit)})
    assert foreign.hits == []
    expect_rows(db, ARTICLES)
    assert crawl_stats(db)["tinbao/skipped/listing_link/off_site"] == 1


def test_a_canonical_naming_the_home_page_is_not_trusted(tmp_path: Path) -> None:
    faults = {A: Fault(edit=set_canonical(LIVE + "/")), B: Fault(edit=set_canonical(LIVE))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert crawl_stats(db)["tinbao/canonical/refused"] == 2
    assert f"{LIVE}{A}: canonical URL {LIVE}/ not trusted" in run.stderr


def test_a_meta_refresh_to_another_host_is_not_followed(tmp_path: Path) -> None:
    with serving(MIRROR) as foreign:
        tag = f'<meta http-equiv="refresh" content="0; url={foreign.url(A)}">'
        page = PAGE.replace("<head>", "<head>" + tag, 1)
        site, run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    assert foreign.hits == []
    expect_rows(db, set(ARTICLES) - {A})
    assert crawl_stats(db)["tinbao/refused/off_site_redirect"] == 1


def test_a_meta_refresh_to_another_article_is_stored_as_that_one(tmp_path: Path) -> None:
    tag = f'<meta http-equiv="refresh" content="0; url={LIVE}{B}">'
    page = PAGE.replace("<head>", "<head>" + tag, 1)
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert f"{LIVE}{A}: redirected to another article, {LIVE}{B}; stored as that" in run.stderr


def test_a_script_redirect_is_not_an_article_and_not_followed(tmp_path: Path) -> None:
    """A stub page whose script sends the reader to another host: nothing runs scripts, the
    stub is no article, and the host it names receives no request."""
    with serving(MIRROR) as foreign:
        stub = (
            "<html><head><title>Đang chuyển hướng…</title><script>"
            f"window.location.href = '{foreign.url(A)}';</script></head>"
            "<body><p>Đang chuyển hướng…</p></body></html>"
        )
        site, run, db = crawl_faults(tmp_path, {A: Fault(body=stub.encode("utf-8"))})
    assert foreign.hits == []
    expect_rows(db, set(ARTICLES) - {A})
    assert A in dropped(db)


def soft_error(message: str) -> bytes:
    """The site's template with a notice where the article was: status 200."""
    start = PAGE.index(">", PAGE.index("<body")) + 1
    end = PAGE.index("</body>")
    notice = f"<div class='container'><h1>Thông báo</h1><p>{message}</p></div>"
    return (PAGE[:start] + notice + PAGE[end:]).encode("utf-8")


def test_an_article_that_no_longer_exists_is_not_stored(tmp_path: Path) -> None:
    faults = {
        A: Fault(body=soft_error("Bài viết không tồn tại hoặc đã bị gỡ bỏ.")),
        B: Fault(body=soft_error("Trang bạn tìm không tồn tại.")),
        C: Fault(body=soft_error("Nội dung đang được cập nhật, mời bạn quay lại sau.")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, set(ARTICLES) - {A, B, C})
    assert {path: dropped(db)[path] for path in (A, B, C)} == dict.fromkeys((A, B, C), "error page")


def test_an_empty_article_template_is_not_stored(tmp_path: Path) -> None:
    """The article template filled with nothing: an empty headline, no date, no text."""
    page = re.sub(r"<h1([^>]*)>.*?</h1>", r"<h1\1></h1>", PAGE, count=1, flags=re.S)
    page = re.sub(r'(<div class="fr-view[^"]*">).*?(</div>)', r"\1\2", page, count=1, flags=re.S)
    site, run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert A not in stored(db)
    assert dropped(db)[A] in ("missing headline", "missing body")
