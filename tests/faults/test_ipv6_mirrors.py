"""A mirror served on the IPv6 loopback, `http://[::1]:PORT`: crawled with `-a base_url=`, and
one of its pages saved with `tinbao snapshot` (a machine whose test server or proxy listens on
IPv6 only, as more and more do).

README: `base_url=URL` crawls a mirror whose pages keep the live host's absolute links, the
spider mapping them onto `base_url` and the records keeping the live URL; `tinbao snapshot URL`
fetches one page through Scrapy as a crawl would and saves the page, the response and the
record. An IPv6 address is written in brackets in a URL (RFC 3986), and a host and port are
split at the colon after the closing bracket, not at the first colon.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LISTINGS,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    expected_records,
    integrity,
    tinbao,
)
from tests.faults.server import serving

A = article_path("105870")


def test_a_mirror_on_the_ipv6_loopback_is_crawled_whole(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, host="::1") as site:
        assert site.base_url.startswith("http://[::1]:")
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    asked = site.paths()
    assert FEED in asked and all(listing in asked for listing in LISTINGS), asked
    for path in ARTICLES:
        assert asked.count(path) == 1, path


def test_a_snapshot_of_a_page_on_the_ipv6_loopback_is_the_one_over_ipv4(tmp_path: Path) -> None:
    """The same page saved from 127.0.0.1 and from [::1]: the same record, but for its URL."""
    snapshots = {}
    for host in ("127.0.0.1", "::1"):
        out = tmp_path / host.replace(":", "_")
        with serving(MIRROR, host=host) as site:
            done = tinbao("snapshot", site.url(A), "--out", str(out))
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
        response = json.loads((out / "response.json").read_text(encoding="utf-8"))
        assert site.url(A) in response.values(), response
        snapshots[host] = json.loads((out / "page.json").read_text(encoding="utf-8"))["expected"]
    over_ipv4, over_ipv6 = ({k: v for k, v in r.items() if k != "url"} for r in snapshots.values())
    assert over_ipv6 == over_ipv4
    assert over_ipv6["headline"] == expected_records()[A]["headline"]
