"""Answers that refuse the reader until they show who they are or pay: `401` asking for Basic
credentials, `401` asking for a Bearer token, `402 Payment Required`
over a paywall page printing the headline and the first paragraph, `407` from a proxy, and a
`401` for the feed.

A refused answer is no article (scheduling.md counts a `4xx` article as a failed fetch): the
article is not stored, not even its teaser, and its address is named with the status; tinbao
has no credentials and sends none; the other articles are stored exactly and the run is ok
(four refusals of fifteen articles are under half). A refused feed leaves the listings to be
crawled. The next run, the paper answering again, stores every article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    MIRROR,
    Run,
    article_path,
    crawl,
    expect_rows,
    expected_records,
    integrity,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving

LOGIN = (
    "<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Đăng nhập</title></head>"
    "<body><h1>Đăng nhập tài khoản</h1><form><input name='ten'><input name='mat_khau'"
    " type='password'><button>Đăng nhập</button></form></body></html>"
).encode()


def paywall(path: str) -> bytes:
    """A teaser page: the article's headline and first paragraph, then a subscription box."""
    record = expected_records()[path]
    first = record["body"].split("\n\n")[0]
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{record['headline']}</title></head><body><article>"
        f"<h1>{record['headline']}</h1><p>{first}</p>"
        "<div class='paywall'><p>Đăng ký gói đọc báo để đọc tiếp bài viết này.</p></div>"
        "</article></body></html>"
    ).encode()


PAYWALLED = article_path("107903")
REFUSALS = {
    "401_basic": (
        article_path("104560"),
        Fault(
            status=401,
            headers={"WWW-Authenticate": 'Basic realm="Toa soan", charset="UTF-8"'},
            body=LOGIN,
        ),
    ),
    "401_bearer": (
        article_path("108990"),
        Fault(status=401, headers={"WWW-Authenticate": 'Bearer realm="api"'}, body=LOGIN),
    ),
    "402_paywall": (PAYWALLED, Fault(status=402, body=paywall(PAYWALLED))),
    "407_proxy": (
        article_path("109512"),
        Fault(status=407, headers={"Proxy-Authenticate": 'Basic realm="proxy"'}, body=LOGIN),
    ),
}
REFUSED = {path for path, _ in REFUSALS.values()}
FEED_ONLY = article_path("109901")  # named by the feed alone


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaultServer, Run, Path]:
    """One crawl with every refusal of REFUSALS and a `401` for the feed."""
    db = tmp_path_factory.mktemp("refused_readers") / "news.db"
    faults = {path: fault for path, fault in REFUSALS.values()}
    faults[FEED] = Fault(status=401, headers={"WWW-Authenticate": 'Basic realm="rss"'})
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return site, run, db


def test_no_refused_article_is_stored_and_the_others_are_exact(
    refused: tuple[FaultServer, Run, Path],
) -> None:
    site, run, db = refused
    assert run.returncode == 0, run.output
    rows = stored(db)
    assert sorted(rows) == sorted(set(ARTICLES) - REFUSED - {FEED_ONLY})
    records = expected_records()
    for path, row in rows.items():
        assert {key: row[key] for key in records[path]} == records[path], path


@pytest.mark.parametrize("refusal", list(REFUSALS))
def test_a_refused_article_is_named_with_its_status(
    refused: tuple[FaultServer, Run, Path], refusal: str
) -> None:
    site, run, db = refused
    path, fault = REFUSALS[refusal]
    lines = [line for line in run.stderr.splitlines() if path in line]
    assert any(str(fault.status) in line for line in lines), run.stderr


def test_no_credentials_are_ever_sent(refused: tuple[FaultServer, Run, Path]) -> None:
    site, run, db = refused
    sent = [hit for hit in site.hits if {"Authorization", "Proxy-Authorization"} & set(hit.headers)]
    assert sent == []


def test_a_refused_feed_is_named_and_the_listings_crawled(
    refused: tuple[FaultServer, Run, Path],
) -> None:
    site, run, db = refused
    assert any(FEED in line and "401" in line for line in run.stderr.splitlines()), run.stderr
    assert article_path("105870") in stored(db)


def test_the_next_run_stores_every_refused_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = {path: fault for path, fault in REFUSALS.values()}
    with serving(MIRROR, faults) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        site.faults.clear()
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
