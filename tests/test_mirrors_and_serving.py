"""Serving: `tinbao serve` stops its Datasette and cleans up when killed; `tinbao mirror` serves
a fixture site to crawl by hand; a plain `python -m http.server` mirror stores no directory
listing as an article; the `site` spider crawls a mirror with `base_url` and says when a
listing gives it no article link."""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem

from crawler.mirror import FIXTURE_SITES, serving
from pipelines import db as store
from pipelines.validate import ValidatePipeline, drop_reason
from tests.conftest import ROOT
from tests.crawling import FAST
from tests.test_datasette import free_port
from tests.test_db import make_record

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
LISTING = "https://baothaibinh.com.vn/tin-tuc/12/thoi-su"


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{url} never answered: {process.communicate()}")
            time.sleep(0.2)


def children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(child) for child in text.split()]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_stops_datasette_and_removes_its_temp_dir(tmp_path: Path, stop: int) -> None:
    pytest.importorskip("datasette")
    db_path, temp = tmp_path / "news.db", tmp_path / "tmp"
    temp.mkdir()
    db = store.open_db(db_path)
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=store.now_iso())
    db.close()
    port = free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db_path), "--port", str(port)],
        cwd=ROOT,
        env={**ENV, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(f"http://127.0.0.1:{port}/-/versions.json", serve)
    (datasette,) = children(serve.pid)
    assert [p.name for p in temp.iterdir()][0].startswith("tinbao-")
    serve.send_signal(stop)
    assert serve.wait(timeout=30) == 0, serve.stderr.read()
    assert not alive(datasette)
    assert list(temp.iterdir()) == []
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_mirror_serves_a_site_until_stopped(stop: int) -> None:
    port = free_port()
    mirror = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "mirror", "baothaibinh", "--port", str(port)],
        cwd=ROOT,
        env={**ENV, "PYTHONFAULTHANDLER": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(f"http://127.0.0.1:{port}/", mirror)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/tin-tuc/12/thoi-su", timeout=5) as page:
        html = page.read().decode("utf-8")
    expected = (FIXTURE_SITES / "baothaibinh/tin-tuc/12/thoi-su/page.html").read_text("utf-8")
    assert html == expected
    mirror.send_signal(stop)
    try:
        out, err = mirror.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        mirror.send_signal(signal.SIGABRT)  # the fault handler prints every thread's stack
        pytest.fail(f"the mirror did not stop: {mirror.communicate()[1]}")
    assert mirror.returncode == 0
    assert err.splitlines()[0] == (
        f"Serving the baothaibinh mirror at http://127.0.0.1:{port}; crawl it with: "
        f"scrapy crawl baothaibinh -a base_url=http://127.0.0.1:{port}   (Ctrl-C stops)"
    )


def test_directory_listing_headline_is_dropped() -> None:
    stats = type("Stats", (), {"values": {}, "inc_value": lambda self, k: None})()
    item = make_record("https://x.vn/a/", headline="Directory listing for /tin-tuc/12/1/a/")
    with pytest.raises(DropItem, match="not stored, directory listing"):
        ValidatePipeline(stats).process_item(item)


@pytest.mark.parametrize(
    ("headline", "body", "reason"),
    [
        ("404", "Không tìm thấy trang bạn yêu cầu.", "error_page"),
        ("Lỗi 500 - Máy chủ gặp sự cố", "Vui lòng quay lại sau.", "error_page"),
        ("Thông báo", "Bài viết này không tồn tại hoặc đã bị xóa.", "error_page"),
        ("Page not found", "Sorry.", "error_page"),
        ("500 người dự lễ hội đền Hùng", "Sáng nay, 500 người dân đã dự lễ.", None),
        ("Không tìm thấy thi thể nạn nhân mất tích", "Lực lượng cứu hộ tìm kiếm cả ngày.", None),
        ("Khách sạn", "Lời xin lỗi. " + "Trang web này không tồn tại nữa. " * 12, None),
        ("400 - 500 học sinh nhận học bổng", "Sáng nay, tỉnh trao học bổng. " * 12, None),
        ("Bài viết đã bị xóa sau phản ứng của cộng đồng", "Sáng nay, mạng xã hội. " * 15, None),
        (
            "404 - Không tìm thấy",
            "Trang chủ Thời sự Kinh tế Xã hội Thể thao Liên hệ. " * 8,
            "error_page",
        ),
        (
            "Không tìm thấy trang",
            "Trang chủ Thời sự Kinh tế Xã hội Thể thao Liên hệ. " * 8,
            "error_page",
        ),
    ],
)
def test_an_error_page_is_no_article(headline: str, body: str, reason: str | None) -> None:
    """A server's error page sent with status 200: its headline is a status code or says the
    page is not there, or its short text does; a longer text is an article that says so."""
    assert drop_reason(make_record("https://x.vn/a/", headline=headline, body=body)) == reason


@pytest.mark.parametrize(
    ("headline", "body", "reason"),
    [
        ("Đăng nhập tài khoản", "Tên đăng nhập Mật khẩu Quên mật khẩu?", "login_page"),
        (
            "Xã mở lớp tập huấn",
            "Bài viết dành cho thành viên. Vui lòng đăng nhập để đọc tiếp.",
            "login_page",
        ),
        ("Giá lúa tăng", "Please log in to continue reading this article.", "login_page"),
        ("Đăng nhập VNeID mức 2 để nộp hồ sơ", "Từ 1/1/2027, người dân cần đăng nhập VNeID.", None),
        (
            "Đổi giấy phép lái xe trực tuyến",
            "Người dân vui lòng đăng nhập Cổng dịch vụ công.",
            None,
        ),
    ],
)
def test_a_login_wall_is_no_article(headline: str, body: str, reason: str | None) -> None:
    """The site's login page, or a short text asking the reader to log in to read on, is no
    article; a short notice telling people to log in to a public service is one."""
    assert drop_reason(make_record("https://x.vn/a/", headline=headline, body=body)) == reason


def teasers(count: int) -> str:
    """A category page's "body": other articles' headlines closed by their times, and leads."""
    return "\n\n".join(
        f"Nông dân xã số {n} hoàn thành gieo cấy lúa xuân 2{n}/02/2024 06:50\n\n"
        f"(BTB) - Đến ngày 2{n}/2, nông dân đã cơ bản hoàn thành gieo cấy lúa xuân."
        for n in range(1, count + 1)
    )


@pytest.mark.parametrize(
    ("count", "published", "reason"),
    [
        (3, None, "listing_page"),
        (2, None, None),  # two dated lines: a text may cite two days
        (3, "25/02/2024 06:50", None),  # an article with related stories under it
    ],
)
def test_a_category_page_served_for_an_article_is_no_article(
    count: int, published: str | None, reason: str | None
) -> None:
    record = make_record(
        "https://x.vn/a/",
        headline="Kinh tế",
        body=teasers(count),
        published_raw=published,
        published_at=published and "2024-02-25T06:50:00+07:00",
    )
    assert drop_reason(record) == reason


def scrapy_crawl(*arguments: str, db: Path) -> subprocess.CompletedProcess[str]:
    settings = [f for s in (*FAST, f"TINBAO_DB={db}") for f in ("-s", s)]
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", *arguments, *settings],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_http_server_mirror_stores_no_directory_listing(tmp_path: Path) -> None:
    """`python -m http.server` answers an article path (a folder holding page.html) with a
    redirect to the same path with a slash, a directory listing: the same article's address,
    but a page with no Vietnamese text, so nothing is stored and the reason is in the log."""
    handler = functools.partial(
        SimpleHTTPRequestHandler, directory=str(FIXTURE_SITES / "baothaibinh")
    )
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        done = scrapy_crawl("baothaibinh", "-a", f"base_url={base}", db=tmp_path / "news.db")
    finally:
        server.shutdown()
        server.server_close()
    with sqlite3.connect(tmp_path / "news.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    url = (
        "https://baothaibinh.com.vn/tin-tuc/12/108765/"
        "thai-binh-co-52-hoc-sinh-doat-giai-ky-thi-chon-hoc-sinh-gioi-quoc-gia"
    )
    assert f"{url}: unreadable page (no decoding reads as Vietnamese text" in done.stderr


def test_site_spider_says_when_a_mirror_listing_has_no_article_link(tmp_path: Path) -> None:
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        start = f"{mirror.base_url}/tin-tuc/12/thoi-su"
        done = scrapy_crawl("site", "-a", f"start={start}", db=tmp_path / "news.db")
    assert (
        f"ERROR: no article link found on {start}; its article links point to "
        f"baothaibinh.com.vn: for a mirror, crawl start={LISTING} -a base_url={mirror.base_url}"
    ) in done.stderr


def test_site_spider_crawls_a_mirror_through_base_url(tmp_path: Path) -> None:
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        done = scrapy_crawl(
            "site", "-a", f"start={LISTING}", "-a", f"base_url={mirror.base_url}",
            db=tmp_path / "news.db",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "news.db") as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM articles ORDER BY url")]
    # The article links on the Thời sự listing (its pager has no rel=next), under live URLs;
    # the video page without a body is dropped.
    assert [u.removeprefix("https://baothaibinh.com.vn/tin-tuc/") for u in urls] == [
        "12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx",
        "12/107420/chu-dong-phong-chong-sot-xuat-huyet-trong-mua-mua",
        "12/108765/thai-binh-co-52-hoc-sinh-doat-giai-ky-thi-chon-hoc-sinh-gioi-quoc-gia",
        "12/109512/xu-ly-hon-300-truong-hop-vi-pham-nong-do-con-trong-tuan-cao-diem",
        "12/109874/chu-dong-ung-pho-mua-lon-bao-dam-an-toan-de-dieu",
        "15/102908/vu-dong-nam-2020-toan-tinh-gieo-trong-hon-36000-ha",
        "15/107903/cum-cong-nghiep-dong-la-hoan-thien-ha-tang-don-nha-dau-tu",
        "15/109650/khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai",
    ]
