"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the seventh holdout set's families (vBulletin, Moodle, Haravan, a Party portal, a trade
union's WebForms site, a police portal, a hospital, a bilingual paper, Vue SSR, Squarespace, a
chaptered longform, Concrete CMS)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-06-02T00:00:00+07:00")
URL = "https://tin.example.vn/xa-hoi/bai-viet-4821.html"
TITLE = "Xã vùng cao khánh thành cây cầu treo mới"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 30/5, người dân ba bản cùng chính quyền xã dự lễ khánh thành cây cầu treo mới."
SECOND = "Cây cầu dài 80 mét, rộng 1,5 mét, thay cho chiếc cầu tre cũ thường bị lũ cuốn trôi."
THIRD = "Trước đây học sinh phải lội suối đến trường vào mùa mưa, nay đã có đường đi an toàn."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>"


def test_a_header_classed_block_inside_main_heads_the_article() -> None:
    site = (
        "<header class='header'><a href='/'>Trang chủ</a> <span>Thứ Hai, 02/06/2025</span></header>"
    )
    post = (
        "<div role='main'><div class='post'><div class='row header'>"
        f"<h3 class='subject'>{TITLE}</h3><div class='author'>bởi Lê Hoa - 31/05/2025 08:10</div>"
        f"</div>{TEXT}</div></div>"
    )
    record = extract_record(html(site + post), URL, NOW)
    assert record["published_at"] == "2025-05-31T08:10:00+07:00"


def test_a_page_wrapper_classed_by_its_sidebar_template_is_no_zone() -> None:
    page = (
        "<div class='page page-template-right-sidebar'><main><div class='col-content'>"
        f"{HEADLINE}<div class='news-date'>Ngày 31 tháng 5 năm 2025</div>{TEXT}</div></main>"
        "<div class='sidebar'><p>Tin mới</p><p>Ngày 01 tháng 6 năm 2025</p></div></div>"
    )
    record = extract_record(html(page), URL, NOW)
    assert (record["published_raw"], record["headline"]) == ("Ngày 31 tháng 5 năm 2025", TITLE)
