"""`tinbao snapshot` fetches a page through Scrapy from a server on 127.0.0.1 and saves a
fixture folder: the page, the response, and the record tinbao extracts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawler.mirror import FIXTURE_SITES, serving
from tests.conftest import ROOT

ARTICLE = "2024/05/12/ca-phe-lam-dong-vao-vu-thu-hoach-som"


def _snapshot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "snapshot", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_snapshot_saves_page_response_and_record(tmp_path: Path) -> None:
    fixture = FIXTURE_SITES / "baolamdong" / ARTICLE
    out = tmp_path / "bug"
    with serving(FIXTURE_SITES / "baolamdong") as mirror:
        url = f"{mirror.base_url}/{ARTICLE}/"
        done = _snapshot(url, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["page.html", "page.json", "response.json"]
    assert (out / "page.html").read_bytes() == (fixture / "page.html").read_bytes()
    response = json.loads((out / "response.json").read_text(encoding="utf-8"))
    assert (response["requested"], response["url"], response["status"]) == (url, url, 200)
    assert response["headers"]["Content-Type"] == ["text/html; charset=utf-8"]
    assert response["encoding"] == "utf-8"
    saved = json.loads((out / "page.json").read_text(encoding="utf-8"))
    assert saved["fetched_at"] == response["fetched_at"]
    # The canonical URL names another host than the one served: the record keeps the fetched
    # URL and reads the page generically; every other value is the fixture's.
    assert saved["url"] == url
    expected = json.loads((fixture / "page.json").read_text())["expected"]
    assert saved["expected"] == {**expected, "url": url, "site": "generic"}


def test_snapshot_of_a_missing_page_fails_in_one_line(tmp_path: Path) -> None:
    with serving(FIXTURE_SITES / "baolamdong") as mirror:
        done = _snapshot(f"{mirror.base_url}/khong-co/", "--out", str(tmp_path / "x"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("Error: could not fetch ")
    assert not (tmp_path / "x").exists()


def test_snapshot_refuses_a_non_http_url() -> None:
    done = _snapshot("ftp://example.vn/a")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == "Error: not an http(s) URL: 'ftp://example.vn/a'"
