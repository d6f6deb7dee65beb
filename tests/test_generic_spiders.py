"""The `article` and `site` spiders through the real Scrapy engine, on a tiny site on 127.0.0.1.

The site is built in a temp dir from the generic fixtures: a listing page links to three of them
(plus a category, a tag page and another host, which must not be fetched) and a `rel=next` page.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from crawler.mirror import serving
from crawler.spiders.generic import looks_like_article
from parsers.record import EXTRACT_KEYS
from tests.conftest import FIXTURES, ROOT
from tests.crawling import FAST

CASES = ("vnexpress-like", "dantri-like", "nukeviet-portal")


def case(name: str) -> dict:
    return json.loads((FIXTURES / "generic" / name / "page.json").read_text(encoding="utf-8"))


def path_of(name: str) -> str:
    return urlsplit(case(name)["url"]).path


def served_url(name: str, hits_from: str) -> str:
    """Where the local mirror (the host of `hits_from`) serves a case: the record's key, since
    the page's canonical URL names another host and is not trusted."""
    return f"http://{urlsplit(hits_from).netloc}{path_of(name)}"


def as_served(name: str, hits_from: str) -> dict:
    """A case's expected record as served locally: keyed, and its relative images resolved,
    by the URL it was fetched from."""
    live = urlsplit(case(name)["url"])
    local = f"http://{urlsplit(hits_from).netloc}"
    expected = dict(case(name)["expected"], url=served_url(name, hits_from))
    expected["images"] = [
        dict(image, url=image["url"].replace(f"{live.scheme}://{live.netloc}", local))
        for image in expected["images"]
    ]
    return expected


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    for name in CASES:
        target = root / path_of(name).strip("/")
        target.mkdir(parents=True)
        shutil.copy(FIXTURES / "generic" / name / "page.html", target / "page.html")
    first, second, third = (path_of(name) for name in CASES)
    (root / "page.html").write_text(
        f"""<html><body><ul class="menu"><li><a href="/kinh-te/">Kinh tế</a></li>
        <li><a href="/tag/lua-gao.html">lúa gạo</a></li></ul>
        <a href="{first}">Giá lúa gạo</a> <a href="{second}#comments">Xe buýt điện</a>
        <a href="https://other.example.vn/mot-bai-bao-o-trang-khac-4712399.html">Elsewhere</a>
        <a rel="next" href="/?page=2">Trang sau</a></body></html>""",
        encoding="utf-8",
    )
    (root / "page-2.html").write_text(
        f'<html><body><a href="{third}">Tập huấn</a></body></html>', encoding="utf-8"
    )
    return root


def scrapy_crawl(
    spider: str, root: Path, out: Path, *args: str, db: Path | None = None, urls: Path | None = None
):
    """Run `scrapy crawl` against `root` served locally; return (items, mirror hits).

    `BASE` in the arguments and in the `urls` file becomes the server's base URL."""
    with serving(root) as mirror:
        if urls is not None:
            text = urls.read_text(encoding="utf-8").replace("BASE", mirror.base_url)
            urls.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", str(out)]
        settings = [*FAST, f"TINBAO_DB={db}" if db else "TINBAO_STORAGE_ENABLED=0"]
        for setting in settings:
            command += ["-s", setting]
        for arg in args:
            command += ["-a", arg.replace("BASE", mirror.base_url)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        return items, list(mirror.hits)


def test_url_shapes() -> None:
    assert looks_like_article("https://x.vn/gia-vang-tang-manh-4712345.html")
    assert looks_like_article("https://x.vn/tin-tuc/12/102296/bao-dam-an-toan")
    assert looks_like_article("https://x.vn/news/bao-dam-an-toan-dai-hoi.htm")
    assert looks_like_article("https://x.vn/co-phieu-flc-duoc-giao-dich-tro-lai-2495349.html")
    assert not looks_like_article("https://x.vn/kinh-te/")
    assert not looks_like_article("https://x.vn/tag/gia-vang-trong-nuoc.html")
    assert not looks_like_article("https://x.vn/tac-gia/duy-anh-0008IL.html")
    assert not looks_like_article("https://x.vn/")
    assert not looks_like_article("https://x.vn/uploads/2024/01/lua-xuan-12345.jpg")


def test_site_spider_follows_article_links_and_stores(site: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    items, hits = scrapy_crawl("site", site, tmp_path / "items.jsonl", "start=BASE/", db=db)
    by_url = {item["url"]: item for item in items}
    some = items[0]["url"]
    assert sorted(by_url) == sorted(served_url(name, some) for name in CASES)
    for name in CASES:
        got = by_url[served_url(name, some)]
        assert {key: got[key] for key in EXTRACT_KEYS} == as_served(name, some)
    assert not any(hit.startswith(("/kinh-te", "/tag")) for hit in hits)
    stored = [row["url"] for row in sqlite_utils.Database(db).query("select url from articles")]
    assert sorted(stored) == sorted(by_url)


def test_site_spider_limit_and_since(site: Path, tmp_path: Path) -> None:
    items, _ = scrapy_crawl("site", site, tmp_path / "limit.jsonl", "start=BASE/", "limit=1")
    assert len(items) == 1
    items, _ = scrapy_crawl(
        "site", site, tmp_path / "since.jsonl", "start=BASE/", "since=2024-05-01"
    )
    assert [item["url"] for item in items] == [served_url("dantri-like", items[0]["url"])]


def test_article_spider_by_url_and_file(site: Path, tmp_path: Path) -> None:
    url = "url=BASE" + path_of("nukeviet-portal")
    items, _ = scrapy_crawl("article", site, tmp_path / "one.jsonl", url)
    got = {key: items[0][key] for key in EXTRACT_KEYS}
    assert got == as_served("nukeviet-portal", items[0]["url"])

    urls = tmp_path / "urls.txt"
    lines = ["# two pages", *("BASE" + path_of(name) for name in CASES[:2])]
    urls.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items, _ = scrapy_crawl(
        "article", site, tmp_path / "file.jsonl", f"urls_file={urls}", urls=urls
    )
    some = items[0]["url"]
    assert sorted(item["url"] for item in items) == sorted(served_url(n, some) for n in CASES[:2])
