"""The generic extractor's rules, one trap at a time, and its figures on the real pages."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from parsers import generic
from parsers.generic.dates import url_date
from parsers.generic.heading import strip_site_name
from parsers.page import Page
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")  # when the test pages were fetched
URL = "https://tin.example.vn/bai-viet-1234567.html"


pytestmark = pytest.mark.usefixtures("far_clock")  # months before the pages were fetched


def page(body: str, head: str = "", url: str = "https://tin.example.vn/bai-viet-1234567.html"):
    return Page(f"<html><head>{head}</head><body>{body}</body></html>", url, NOW)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tuoitre.vn/chien-su-20260307075519174.htm", date(2026, 3, 7)),
        ("https://nld.com.vn/nhung-sai-sot-196260307071308923.htm", date(2026, 3, 7)),
        ("https://baochinhphu.vn/chinh-sach-102260228093004191.htm", date(2026, 2, 28)),
        ("https://x.vn/2024/05/12/mot-bai/", date(2024, 5, 12)),
        ("https://vietnamnet.vn/co-phieu-flc-2495349.html", None),
        ("https://x.vn/bai-viet-20261399887766554.htm", None),
    ],
)
def test_url_dates(url: str, expected: date | None) -> None:
    assert url_date(url, NOW) == expected


def test_dates_are_read_against_the_fetch_time_not_the_machine_clock() -> None:
    """Published in 2026 and fetched in 2026, read on a machine whose clock says 2025."""
    stamped = "https://tuoitre.vn/chien-su-20260307075519174.htm"
    assert url_date(stamped, NOW) == date(2026, 3, 7)
    assert url_date(stamped, datetime.fromisoformat("2026-03-05T00:00:00+07:00")) is None
    body = "<h1>Tiêu đề</h1><span class='date'>07/03/2026 07:55</span><p>Nội dung.</p>"
    assert generic.published(page(body, url=stamped)) == "07/03/2026 07:55"
    meta = '<meta property="article:published_time" content="2026-03-07T07:55:19+07:00">'
    assert generic.published(page("<h1>Tiêu đề</h1>", meta)) == "2026-03-07T07:55:19+07:00"
    html = f"<html><head>{meta}</head><body>{body}</body></html>"
    record = extract_record(html, stamped, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "2026-03-07T07:55:19+07:00",
        "2026-03-07T07:55:19+07:00",
    )


def test_site_name_is_stripped_only_when_it_names_the_site() -> None:
    p = page("", '<meta property="og:site_name" content="Báo Thái Bình">')
    assert strip_site_name(p, "Khai mạc hội chợ - Báo Thái Bình") == "Khai mạc hội chợ"
    assert strip_site_name(p, "Giai đoạn 2023 - 2024 | VnExpress") == "Giai đoạn 2023 - 2024"


def test_visible_h1_wins_over_a_retitled_og_title() -> None:
    p = page(
        '<header><h1 class="logo">Báo Mẫu</h1></header><h1>Quy định mới về thuế hộ kinh doanh</h1>',
        '<meta property="og:title" content="Quy định thuế mới">',
    )
    assert generic.headline(p) == "Quy định mới về thuế hộ kinh doanh"


def test_header_today_and_related_dates_are_ignored() -> None:
    # The "today" widget sits right above the headline, as near it as the article's own date
    # line and in no other zone: only its class tells it apart.
    p = page(
        '<div class="today">Thứ 4, 03/07/2024, 03:15</div>'
        "<h1>Tiêu đề bài viết</h1><div class='meta'><span class='date'> - 25/09/2020 10:13</span>"
        "</div><div class='related'><span class='date'>24/09/2020 08:00</span></div>",
        url="https://tin.example.vn/tieu-de-bai-viet-123.html",
    )
    assert generic.published(p) == "25/09/2020 10:13"
    # Without a date line of its own, the article's only visible date is in the related list:
    # nothing is taken, rather than a date that is not this article's.
    p = page(
        "<h1>Tiêu đề bài viết</h1><div class='related'><span class='date'>24/09/2020 08:00</span>"
        "</div>",
        url="https://tin.example.vn/tieu-de-bai-viet-123.html",
    )
    assert generic.published(p) is None


def test_date_only_json_ld_takes_the_visible_time() -> None:
    p = page(
        "<h1>Tiêu đề</h1><span class='pubdate'>08/01/2026 - 18:21</span>",
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-08"}'
        "</script>",
    )
    assert generic.published(p) == "08/01/2026 - 18:21"


LD_2110 = (
    '<script type="application/ld+json">{"@type":"NewsArticle",'
    '"datePublished":"2026-01-06T21:10:00+07:00"}</script>'
)


def test_visible_line_is_the_raw_string_when_it_agrees_with_the_machine_date() -> None:
    body = "<h1>Tiêu đề</h1><span class='date'>Thứ Ba,  06/01/2026 - 21:10</span><p>Nội dung.</p>"
    assert generic.published(page(body, LD_2110)) == "Thứ Ba, 06/01/2026 - 21:10"
    record = extract_record(f"<html><head>{LD_2110}</head><body>{body}</body></html>", URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "Thứ Ba, 06/01/2026 - 21:10",
        "2026-01-06T21:10:00+07:00",
    )
    # another offset, the same instant
    utc = '<meta property="article:published_time" content="2026-01-06T14:10:00Z">'
    assert generic.published(page(body, utc)) == "Thứ Ba, 06/01/2026 - 21:10"
    # both without a time, the same day
    day = '<meta property="article:published_time" content="2026-01-06">'
    assert generic.published(page("<h1>Tiêu đề</h1><p>06/01/2026</p>", day)) == "06/01/2026"


def test_machine_string_is_kept_when_the_visible_line_disagrees_or_is_absent() -> None:
    # another minute: the machine date wins, and the raw string is the one it was read from
    other = "<h1>Tiêu đề</h1><span class='date'>06/01/2026 - 21:15</span><p>Nội dung.</p>"
    assert generic.published(page(other, LD_2110)) == "2026-01-06T21:10:00+07:00"
    record = extract_record(f"<html><head>{LD_2110}</head><body>{other}</body></html>", URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "2026-01-06T21:10:00+07:00",
        "2026-01-06T21:10:00+07:00",
    )
    # no visible date line at all
    assert generic.published(page("<h1>Tiêu đề</h1>", LD_2110)) == "2026-01-06T21:10:00+07:00"
    # the machine time has seconds the line does not print: the line would lose them
    seconds = '<meta property="article:published_time" content="2026-01-06T21:10:41+07:00">'
    assert generic.published(page(other.replace("21:15", "21:10"), seconds)) == (
        "2026-01-06T21:10:41+07:00"
    )
    # a line without a time stands in only for a machine date without one
    assert generic.published(page("<h1>Tiêu đề</h1><p>06/01/2026</p>", LD_2110)) == (
        "2026-01-06T21:10:00+07:00"
    )


def test_nukeviet_edit_time_is_not_the_publish_time() -> None:
    p = page(
        '<h1>Tiêu đề</h1><meta itemprop="datePublished" content="2024-04-10T09:00:00+07:00">',
        '<meta name="generator" content="NukeViet v4.5">'
        '<meta property="article:published_time" content="2024-04-04+0704:18:00">',
    )
    assert generic.published(p) == "2024-04-04+0704:18:00"


def test_update_line_is_the_modified_time() -> None:
    p = page("<h1>Tiêu đề</h1><p>Đăng 08/01/2026 18:21</p><p>Cập nhật: 08/01/2026 20:05</p>")
    assert generic.published(p) == "Đăng 08/01/2026 18:21"
    assert generic.modified(p) == "Cập nhật: 08/01/2026 20:05"


def test_views_near_the_headline_not_in_most_read() -> None:
    p = page(
        "<h1>Tiêu đề</h1><div>Ngày 14-09-2016 Lượt xem: 128</div>"
        "<div class='most-read'><span>9.999 lượt xem</span></div>"
    )
    assert generic.views(p) == "Lượt xem: 128"
    assert generic.views(page("<h1>Tiêu đề</h1><div class='sidebar'>5 lượt xem</div>")) is None


def test_eye_icon_with_a_bare_number() -> None:
    p = page('<h1>Tiêu đề</h1><div class="info"><i class="fa fa-eye"></i> 1.204</div>')
    assert generic.views(p) == "1.204"


def test_outlets_in_meta_author_are_not_bylines() -> None:
    p = page("<h1>Tiêu đề</h1>", '<meta name="author" content="TUOI TRE ONLINE">')
    assert generic.byline(p) is None
    p = page(
        "<h1>Tiêu đề</h1>",
        '<meta name="author" content="VCCorp.vn">'
        '<meta property="article:author" content="Dương Ngọc">',
    )
    assert generic.byline(p) == "Dương Ngọc"


def real_cases(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "vn-real").glob("*.json"))


def test_real_pages(shared_dir: Path) -> None:
    """Headline, publish minute, views and authors on every real national page (bench: all)."""
    misses = []
    for path in real_cases(shared_dir):
        data = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_text(encoding="utf-8")
        record = extract_record(html, data["url"], NOW)
        want = data["expected"]
        got_time = (
            record["published_at"] and record["published_at"][:16] + record["published_at"][19:]
        )
        checks = {
            "headline": record["headline"] == want["headline"],
            "published": got_time == want["published_at"],
            "views": record["views"] == want["views"],
            "authors": record["authors"] == want["authors"],
        }
        misses += [f"{path.stem}:{name}" for name, ok in checks.items() if not ok]
    assert misses == []
