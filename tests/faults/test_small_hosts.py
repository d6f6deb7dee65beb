"""Answers of the small servers provincial papers run on: an HTTP/1.0 answer with no length,
ended by closing the connection; a `Refresh:` header reloading the page every five minutes,
naming the page itself, or sending the reader home after half an hour; a `Content-Type` with
no charset over a `<meta charset>` that names another one than the bytes are in, the same with
a byte order mark, and an empty `charset=`; `Content-Encoding: gzip` on a body sent plain; and
a `200` page saying only "Không tìm thấy trang" at an article's address.

README and docs/reliability.md: a page is stored as the reader sees it (every value of its
`page.json`) or not at all; no HTTP header turns an article into something else (a `Refresh`
is the browser's reload, not a redirect of the article's address); a page that is no article is
dropped with its reason, and a page that cannot be read is named with its URL and fetched next
run, never stored as something else. Each answer is given to one article of its own, so one
crawl serves every probe.
"""

from __future__ import annotations

import pytest

from crawler.mirror import resolve
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    dropped,
    expected_records,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

UTF8_META = b'<meta charset="utf-8">'


def page(name: str) -> bytes:
    return resolve(MIRROR, article_path(name)).read_bytes()


def http_1_0(name: str) -> bytes:
    head = b"HTTP/1.0 200 OK\r\nServer: Apache\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    return head + page(name)


def meta_charset(label: bytes):
    return lambda body: body.replace(UTF8_META, b'<meta charset="' + label + b'">')


NOT_FOUND = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Không tìm thấy trang</title></head><body>
<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
<p><a href="/">Về trang chủ</a></p></body></html>""".encode()

ARTICLE_ANSWERS = {
    "http_1_0_without_a_length": ("102908", Fault(raw=http_1_0("102908"))),
    "refresh_header_reloading_the_page": ("101877", Fault(headers={"Refresh": "300"})),
    "refresh_header_naming_the_page_itself": (
        "103907",
        Fault(headers={"Refresh": f"0; url={LIVE}{article_path('103907')}"}),
    ),
    "refresh_header_sending_home_later": ("108765", Fault(headers={"Refresh": "1800; url=/"})),
    "no_charset_and_a_meta_naming_windows_1258": (
        "104560",
        Fault(content_type="text/html", edit=meta_charset(b"windows-1258")),
    ),
    "byte_order_mark_and_a_meta_naming_iso_8859_1": (
        "107903",
        Fault(
            content_type="text/html",
            edit=lambda b: b"\xef\xbb\xbf" + meta_charset(b"iso-8859-1")(b),
        ),
    ),
    "an_empty_charset": ("109512", Fault(content_type="text/html; charset=")),
}
GZIP_UNSENT = article_path("109650")
NOT_FOUND_PATH = article_path("109901")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    """One crawl of the mirror with every answer above; its rows, run and database."""
    faults = {article_path(name): fault for name, fault in ARTICLE_ANSWERS.values()}
    faults[GZIP_UNSENT] = Fault(headers={"Content-Encoding": "gzip"})
    faults[NOT_FOUND_PATH] = Fault(body=NOT_FOUND)
    db = tmp_path_factory.mktemp("small_hosts") / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    assert all(site.server.served.get(path) for path in faults), site.server.served
    assert integrity(db) == "ok"
    return stored(db), run, db


@pytest.mark.parametrize("answer", list(ARTICLE_ANSWERS))
def test_the_article_is_stored_as_the_reader_sees_it(crawled, answer: str) -> None:
    rows, _, _ = crawled
    path = article_path(ARTICLE_ANSWERS[answer][0])
    assert path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected


def test_gzip_declared_on_a_plain_body_is_the_page_or_a_named_failure(crawled) -> None:
    rows, run, _ = crawled
    if GZIP_UNSENT in rows:
        expected = expected_records()[GZIP_UNSENT]
        assert {key: rows[GZIP_UNSENT][key] for key in expected} == expected
    else:
        warned = [line for line in run.stderr.splitlines() if GZIP_UNSENT in line]
        assert warned and all("WARNING" in line or "ERROR" in line for line in warned), warned


def test_a_not_found_page_answered_200_is_dropped_not_stored(crawled) -> None:
    rows, _, db = crawled
    assert NOT_FOUND_PATH not in rows
    assert NOT_FOUND_PATH in dropped(db)


def test_every_other_article_is_stored_exactly_and_the_run_ends_well(crawled) -> None:
    rows, run, _ = crawled
    assert run.returncode == 0, run.output[-3000:]
    others = set(ARTICLES) - {GZIP_UNSENT, NOT_FOUND_PATH}
    assert others <= set(rows)
    assert set(rows) <= set(ARTICLES)
    for path in others:
        expected = expected_records()[path]
        assert {key: rows[path][key] for key in expected} == expected, path
