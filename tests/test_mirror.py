"""The mirror server serves its fixture site and nothing else, whatever the request path says."""

from __future__ import annotations

import http.client

import pytest

from crawler.mirror import FIXTURE_SITES, serving

SITE = FIXTURE_SITES / "baothaibinh"


def status(base_url: str, target: str) -> int:
    host, port = base_url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", target)
        return conn.getresponse().status
    finally:
        conn.close()


@pytest.mark.parametrize(
    "target",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/tin-tuc/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/robots.txt%00.html",
        "/%00",
        "/tin-tuc/12/thoi-su?page=../../../README",
        "/tin-tuc/12/thoi-su?page=%00",
        "/" + "a" * 5000,
    ],
)
def test_bad_paths_get_404_and_the_server_keeps_serving(target: str) -> None:
    with serving(SITE) as mirror:
        assert status(mirror.base_url, target) == 404
        assert status(mirror.base_url, "/robots.txt") == 200
