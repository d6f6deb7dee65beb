"""Rules the generic extractor learnt for bodies from the fiftieth holdout set's market, price
and business reports (gold, currency, petrol, farm-gate, stock, property, results and
price-index pages of provincial papers' economy desks)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/kinh-te/so-lieu/cpi-thang-11.html"
TITLE = "Chỉ số giá tiêu dùng tháng 11 tăng 0,42%"
FIRST = "Số liệu do cơ quan thống kê công bố sáng nay cho thấy 8 trong 11 nhóm hàng tăng giá."
SECOND = "Nhóm hàng ăn và dịch vụ ăn uống tăng mạnh nhất do giá thịt lợn hơi tăng 6,5% trong tháng."
THIRD = "Nhóm giao thông giảm 0,58% theo các đợt điều chỉnh giảm giá xăng dầu trong tháng qua."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
SIDE = "Chỉ số giá sản xuất nông nghiệp quý III tăng 1,24% so với quý trước, công bố ngày 06/11."


def _regions(aside_id: str) -> str:
    """A layout classing its regions alike (Sitevision's `sv-layout`): the main region with the
    headline and the text in portlets, a picture's portlet between them, then a region with the
    id `aside_id` holding a box of figures."""
    after = "".join(f"<p class='normal'>{p}</p>" for p in (SECOND, THIRD))
    return (
        f"<div class='sv-layout' id='svid10_main'><div class='sv-text-portlet'><h1>{TITLE}</h1>"
        "</div><div class='sv-text-portlet'><p class='date'>Đăng: 2026-12-04 11:30</p></div>"
        f"<div class='sv-text-portlet'><p class='normal'>{FIRST}</p></div>"
        "<div class='sv-image-portlet'><img src='/images/18.7c2e/1733289000000/cho.jpg'>"
        "<p class='sv-image-caption'>Người dân mua rau tại chợ. Ảnh: Minh Đăng</p></div>"
        f"<div class='sv-text-portlet'>{after}</div></div>"
        f"<div class='sv-layout' id='{aside_id}'><div class='sv-text-portlet indicator'>"
        f"<h3>Chỉ số nổi bật</h3><p>{SIDE}</p></div></div>"
    )


def test_a_region_whose_id_names_the_side_column_carries_no_text_on() -> None:
    """`<div class="sv-layout" id="svid10_aside">` after the main region of the same class: its
    id names the page's side column, whose box of figures is no part of the text."""
    assert ARTICLE.record(_regions("svid10_aside"))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_region_of_the_same_class_after_the_text_still_carries_it_on() -> None:
    """The same layout with the next region's id naming no side column: a text split into
    blocks of one kind goes on in it, as before."""
    body = ARTICLE.record(_regions("svid10_more"))["body"]
    assert body.endswith(SIDE)
