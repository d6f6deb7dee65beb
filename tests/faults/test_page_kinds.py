"""Pages that are an article and something more, or something else dressed as one: the article
in a second language, split over two pages, marked `noindex`, an error page in the full site
template, HTML written inside JSON-LD strings, charsets declared twice and differently.

Article A (`105870`) is changed in each test. The article itself is stored once, under its own
URL, exactly as a reader sees it; what is not the article is dropped with its reason.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    LISTINGS,
    MIRROR,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, to_cp1258

ENGLISH_HEADLINE = "Thai Binh certifies 38 more OCOP products"
ENGLISH_BODY = (
    "The provincial council has recognised 38 more products as meeting the OCOP standard, "
    "six of them with four stars and thirty-two with three stars. Most come from old craft "
    "villages and will now get help with packaging, labels and trade fairs across the country."
)


def crawl_with(tmp_path: Path, faults: dict[str, Fault], *options: str):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, *options)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return site, run, db


def english_copy() -> bytes:
    """A's page in English: the same canonical, its own headline and text."""
    page = PAGE.replace('<html lang="vi">', '<html lang="en">')
    page = page.replace("Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh", ENGLISH_HEADLINE)
    page = re.sub(r"<p>Trong số 38.*?</p>", f"<p>{ENGLISH_BODY}</p>", page, flags=re.S)
    page = re.sub(r"<p>Theo Văn phòng.*?</p>", "", page, flags=re.S)
    page = re.sub(r"<p>Năm 2022.*?</p>", "", page, flags=re.S)
    return page.encode()


def test_the_english_copy_of_an_article_never_replaces_the_vietnamese_one(tmp_path: Path) -> None:
    """A listing links A and its English copy (`?lang=en`, canonical A): one row, A's
    Vietnamese text."""
    english = f"{A}?lang=en"
    faults = {
        LISTINGS[1]: Fault(edit=add_links([english])),
        english: Fault(body=english_copy()),
    }
    _, _, db = crawl_with(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_the_english_copy_linked_alone_is_not_stored_as_the_article(tmp_path: Path) -> None:
    """The first run stores A; a second, full run meets A's English copy first (listed before
    A): A's row stays the Vietnamese one and gains no revision."""
    english = f"{A}?lang=en"
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db)
        site.faults.update(
            {
                LISTINGS[1]: Fault(
                    edit=lambda b: b.replace(
                        b"<body>", f'<body><a href="{english}">en</a>'.encode(), 1
                    )
                ),
                english: Fault(body=english_copy()),
            }
        )
        again = crawl(site, db, "-a", "full=1")
    assert (first.returncode, again.returncode) == (0, 0), again.output
    expect_rows(db, ARTICLES)


def test_the_second_page_of_an_article_is_not_a_second_article(tmp_path: Path) -> None:
    """A ends with a link to its page 2 (`?page=2`), which a listing links too: no row for the
    second page as an article of its own, A stored exact."""
    second = f"{A}?page=2"
    page_two = PAGE.replace(
        "<p>Trong số 38", "<p>Phần tiếp theo của bài viết về sản phẩm OCOP.</p><p>Trong số 38"
    )
    page_links = (
        f'<div class="pages"><a href="{second}">Trang 2</a></div><div class="share">'.encode()
    )
    faults = {
        A: Fault(edit=lambda b: b.replace(b'<div class="share">', page_links, 1)),
        LISTINGS[1]: Fault(edit=add_links([second])),
        second: Fault(body=page_two.encode()),
    }
    _, _, db = crawl_with(tmp_path, faults)
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize(
    "marker",
    [
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="googlebot" content="noindex">',
    ],
)
def test_an_article_marked_noindex_is_still_stored(tmp_path: Path, marker: str) -> None:
    """`noindex` asks search engines not to list a page; it is still the paper's article, and
    an archive keeps it."""
    faults = {A: Fault(edit=lambda b: b.replace(b"</head>", marker.encode() + b"</head>", 1))}
    _, _, db = crawl_with(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_an_x_robots_tag_noindex_header_still_stores_the_article(tmp_path: Path) -> None:
    _, _, db = crawl_with(tmp_path, {A: Fault(headers={"X-Robots-Tag": "noindex"})})
    expect_rows(db, ARTICLES)


TEASERS = "".join(
    f'<li><a href="/tin-tuc/12/10{n}000/tin-moi-so-{n}">Tin mới số {n}: tỉnh tổ chức hội nghị '
    f"tổng kết công tác chuyển đổi số năm 2024 và triển khai nhiệm vụ năm tới</a></li>"
    for n in range(10)
)


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        ("Không tìm thấy trang", "Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa."),
        ("Lỗi 404", "Xin lỗi, đường dẫn bạn truy cập không tồn tại trên hệ thống."),
        ("Page not found", "Rất tiếc, chúng tôi không tìm thấy nội dung bạn yêu cầu."),
    ],
)
def test_a_soft_404_in_the_full_template_is_not_stored(
    tmp_path: Path, headline: str, text: str
) -> None:
    """A 200 answer in the article template, with the site's menu, date line and a list of
    ten new stories under a short apology: dropped as an error page, not stored."""
    page = PAGE.replace("Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh", headline)
    page = re.sub(
        r"<p>Trong số 38.*?Hồng Nhung</strong></p>",
        f"<p>{text}</p><p>Mời bạn đọc các tin mới:</p><ul>{TEASERS}</ul>",
        page,
        flags=re.S,
    )
    _, run, db = crawl_with(tmp_path, {A: Fault(body=page.encode())})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db).get(A) == "error page", dropped(db)
    assert crawl_stats(db).get("tinbao/dropped/error_page") == 1


# --- HTML inside JSON-LD (the generic `article` spider) ---------------------------------------

JSON_LD_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Cầu Bến Lức mới thông xe sau hai năm thi công</title>
<script type="application/ld+json">{ld}</script>
</head><body>
<article>
<h1>Cầu Bến Lức mới thông xe sau hai năm thi công</h1>
<p class="date">Thứ hai, 12/5/2025, 09:30 (GMT+7)</p>
<p>Sáng nay, cầu Bến Lức mới bắc qua sông Vàm Cỏ Đông chính thức thông xe, rút ngắn thời gian
đi lại giữa hai bờ từ 40 phút xuống còn 5 phút cho hàng nghìn người dân mỗi ngày.</p>
<p>Công trình dài 620 m, rộng 12 m, có tổng vốn đầu tư 510 tỷ đồng từ ngân sách tỉnh, được
khởi công từ tháng 5/2023 và hoàn thành sớm hơn kế hoạch ba tháng.</p>
<p>Theo Ban quản lý dự án, cầu được thiết kế cho tải trọng xe 30 tấn, có làn riêng cho xe
máy và người đi bộ, hệ thống chiếu sáng dùng năng lượng mặt trời.</p>
<p class="author">Minh Tâm</p>
</article></body></html>
"""


def article_crawl(url: str, db: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"url={url}"]
    for setting in (*FAST, f"TINBAO_DB={db}"):
        command += ["-s", setting]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_html_inside_json_ld_strings_is_never_stored_as_text(tmp_path: Path) -> None:
    """The JSON-LD `headline` and `description` hold markup (`<b>`, escaped `&lt;i&gt;`): the
    stored headline and summary are the text a reader sees, with no tag in them."""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "<b>Cầu Bến Lức mới</b> thông xe sau hai năm thi công",
            "description": "&lt;i&gt;Cầu dài 620 m&lt;/i&gt; rút ngắn thời gian đi lại còn 5 phút.",
            "datePublished": "2025-05-12T09:30:00+07:00",
            "author": {"@type": "Person", "name": "<span>Minh Tâm</span>"},
        },
        ensure_ascii=False,
    )
    root = tmp_path / "site"
    (root / "giao-thong").mkdir(parents=True)
    page = root / "giao-thong" / "cau-ben-luc-moi-thong-xe-4800123.html"
    page.write_text(JSON_LD_PAGE.replace("{ld}", ld), encoding="utf-8")
    db = tmp_path / "news.db"
    with serving(root) as site:
        done = article_crawl(site.url("/giao-thong/cau-ben-luc-moi-thong-xe-4800123.html"), db)
    assert done.returncode == 0, done.stderr
    rows = list(stored(db).values())
    assert len(rows) == 1, done.stderr
    row = rows[0]
    for key in ("headline", "summary", "byline", "body"):
        assert row[key] is None or not re.search(r"</?\w+>|&lt;", row[key]), (key, row[key])
    assert row["headline"] == "Cầu Bến Lức mới thông xe sau hai năm thi công"
    assert row["published_at"] == "2025-05-12T09:30:00+07:00"


# --- charsets declared twice -------------------------------------------------------------------


def test_utf8_bytes_under_two_meta_charsets_that_disagree_are_read_as_utf8(tmp_path: Path) -> None:
    """`<meta charset="windows-1258">` first, then `http-equiv … charset=utf-8`, no label in
    the header; the bytes are UTF-8."""
    page = PAGE.replace(
        '<meta charset="utf-8">',
        '<meta charset="windows-1258">'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    )
    _, _, db = crawl_with(tmp_path, {A: Fault(body=page.encode(), content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_windows_1258_bytes_under_two_meta_charsets_that_disagree_are_read(tmp_path: Path) -> None:
    """`<meta charset="utf-8">` first, then `http-equiv … charset=windows-1258`; the bytes are
    windows-1258."""
    page = PAGE.replace(
        '<meta charset="utf-8">',
        '<meta charset="utf-8">'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    )
    _, _, db = crawl_with(tmp_path, {A: Fault(body=to_cp1258(page), content_type="text/html")})
    expect_rows(db, ARTICLES)


def test_a_content_type_with_two_charsets_is_read_by_its_bytes(tmp_path: Path) -> None:
    fault = Fault(content_type="text/html; charset=windows-1258; charset=utf-8")
    _, _, db = crawl_with(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)


def test_windows_1258_bytes_under_a_content_type_with_two_charsets_are_read(
    tmp_path: Path,
) -> None:
    fault = Fault(
        body=to_cp1258(PAGE), content_type="text/html; charset=utf-8; charset=windows-1258"
    )
    _, _, db = crawl_with(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
