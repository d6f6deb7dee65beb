"""Rules the generic extractor learnt from shapes the tuned holdout sets left unread: a wiki's
unlabelled revision time."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://wiki.xaphuocson.example.vn/wiki/DuongBeTongThonHai"
TITLE = "Thôn Hai hoàn thành 2,4 km đường bê tông trước mùa mưa"
TEXT = (
    "Ngày đăng: 25/11/2026",
    "Sau bốn tháng thi công, thôn Hai đã hoàn thành 2,4 km đường bê tông rộng 3,5 m.",
    "Tổng vốn gần 1,9 tỷ đồng, trong đó nhân dân góp 310 triệu đồng và 640 ngày công.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _wiki_page(footer: str) -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = f"<div id='content'><h1>{TITLE}</h1>{text}</div><div id='footer'>{footer}</div>"
    return ARTICLE.record(body)


def test_a_link_to_the_page_s_revisions_printing_a_time_is_its_update() -> None:
    """A wiki's footer prints the page's latest revision time as the link to its history, with
    no label: the time is the page's update."""
    footer = (
        "<a href='/wiki/DuongBeTongThonHai/edit'>Sửa trang</a> :: "
        "<a href='/wiki/DuongBeTongThonHai/history'>2026-12-02 16:40:05</a> :: "
        "Chủ trang: <a href='/wiki/NguyenVanBa'>NguyenVanBa</a>"
    )
    assert _wiki_page(footer)["modified_at"] == "2026-12-02T16:40:05+07:00"


def test_a_link_to_another_page_s_revisions_dates_that_page() -> None:
    """The same link to another page's history dates that page, not this one."""
    footer = "<a href='/wiki/TrangChu/history'>2026-12-02 16:40:05</a>"
    assert _wiki_page(footer)["modified_at"] is None
