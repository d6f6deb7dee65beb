"""Rules the generic extractor learnt from the blind table of headlines, categories and tags on
whole pages (`tests/fixtures/placements/headlines2.json`), on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinmiennui.example.vn/bai-viet/cho-phien-bac-ha-mo-them-khu-am-thuc-a5512.html"
TITLE = "Chợ phiên Bắc Hà mở thêm khu ẩm thực cho du khách"
TEXT = (
    "<p>Khu ẩm thực rộng gần một nghìn mét vuông, nằm ngay cạnh cổng chợ phiên.</p>"
    "<p>Các quầy hàng bán thắng cố, bánh tam giác mạch và rượu ngô của bà con.</p>"
    "<p>Ban quản lý chợ cho biết sẽ bố trí thêm chỗ gửi xe vào ngày Chủ nhật.</p>"
)
TOP_BAR = (
    "<ul class='c-8fq2'><li><a href='/'>Trang chủ</a></li>"
    "<li><a href='/lien-he'>Liên hệ</a></li></ul>"
)
MENU = (
    "<nav class='c-m0a1'><a href='/thoi-su'>Thời sự</a><a href='/du-lich'>Du lịch</a>"
    "<a href='/van-hoa'>Văn hóa</a></nav>"
)


def record(over: str = "", between: str = "") -> dict:
    """The record of an article page with hashed classes: `over` right above the article's
    block, `between` between `over` and the headline inside it."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<header>{TOP_BAR}<a href='/'>Tin Miền Núi</a>{MENU}</header>"
        f"<main class='c-x71k'>{over}<div class='c-a9d2'>{between}<h1 class='c-t4e1'>{TITLE}</h1>"
        f"<div class='c-b3q8'>{TEXT}</div></div></main>"
        "<footer>© 2025 Tin Miền Núi</footer></body></html>"
    )
    return extract_record(page, URL, NOW)


TRAIL = (
    "<ul class='c-r5n0'><li><a href='/'>Trang chủ</a></li>"
    "<li><a href='/du-lich'>Du lịch</a></li></ul>"
)


def test_home_and_a_section_as_a_list_right_over_the_headline_are_its_trail() -> None:
    got = record(over=TRAIL)
    assert (got["headline"], got["category"], got["tags"]) == (TITLE, "Du lịch", [])


def test_a_short_badge_between_the_list_and_the_headline_keeps_the_trail() -> None:
    badge = "<div class='c-k0p3'><span class='c-z2v7'>Độc quyền</span></div>"
    got = record(over=TRAIL, between=badge)
    assert (got["headline"], got["category"]) == (TITLE, "Du lịch")


def test_a_list_of_two_links_elsewhere_is_no_trail() -> None:
    teaser = "<p class='c-w8s1'>Một đoạn giới thiệu dài hơn bốn mươi ký tự đứng giữa danh sách.</p>"
    assert record()["category"] is None
    assert record(over=TRAIL + teaser)["category"] is None
