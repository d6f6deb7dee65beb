"""Rules the generic extractor learnt from page families no fixture had (SharePoint, Liferay and
Blogger portals, Ghost, Joomla 1.5, Drupal 10, Elementor, page builders' lazy pictures)."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers import generic
from parsers.extract import extract
from parsers.page import Page
from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.names import clean_byline, is_organisation
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def page(body: str, head: str = "") -> Page:
    return Page(html(body, head), URL, NOW)


@pytest.mark.parametrize(
    ("line", "raw", "count"),
    [
        ("<span class='post-meta__views'>👁 12.504</span>", "👁 12.504", 12504),
        ("<span class='meta'>👁️ 1,204</span>", "👁️ 1,204", 1204),
    ],
)
def test_an_eye_glyph_before_a_number_is_a_view_count(line: str, raw: str, count: int) -> None:
    found = generic.views(page(f"{HEADLINE}<div class='post-meta'>{line}</div>{TEXT}"))
    assert (found, parse_count(found)) == (raw, count)


@pytest.mark.parametrize(
    ("printed", "display"),
    [
        ("Tác giả Hoàng Vân", "Hoàng Vân"),  # a field label beside the name, no colon
        ("Viết bởi Lê Thị Hoa", "Lê Thị Hoa"),  # Joomla
        ("Đăng bởi Trần Minh Khoa", "Trần Minh Khoa"),  # Blogger
    ],
)
def test_a_label_without_its_colon_is_no_part_of_the_byline(printed: str, display: str) -> None:
    assert clean_byline(printed).display == display


@pytest.mark.parametrize(
    "name", ["Phòng Thống kê Tổng hợp", "Văn phòng UBND tỉnh", "Cục Thống kê", "Administrator"]
)
def test_offices_and_cms_accounts_are_no_people(name: str) -> None:
    assert is_organisation(name)


def test_an_office_signing_the_text_leaves_the_byline_to_the_author_line() -> None:
    """Joomla 1.5: `Viết bởi` over the text, the office that compiled it under it."""
    body = (
        "<table class='contentpaneopen'><tr><td class='contentheading'>Nông dân thu hoạch vải "
        "sớm được giá</td></tr></table><table class='contentpaneopen'><tr><td><span "
        "class='small'>Viết bởi Lê Thị Hoa</span></td></tr><tr><td>"
        f"{TEXT}<p align='right'><em>Phòng Thống kê Tổng hợp</em></p></td></tr></table>"
    )
    head = (
        "<title>Nông dân thu hoạch vải sớm được giá</title>"
        "<meta name='author' content='Administrator'>"
    )
    record = extract_record(html(body, head), URL, NOW)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Lê Thị Hoa",
        ["Lê Thị Hoa"],
        f"{FIRST}\n\n{SECOND}",
    )
    assert extract(html(body, head), URL, fetched_at=NOW).byline_raw == "Viết bởi Lê Thị Hoa"
