"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the ninth holdout set's families (Nuxt, Remix, Medium, Notion, Jekyll, a Zalo official
account, 1C-Bitrix, a radio programme, a merged province's portal, an e-paper, Shopify, a VNPT
commune portal)."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-11-20T00:00:00+07:00")
URL = "https://tin.example.vn/xa-hoi/bai-viet-8841.html"
TITLE = "Xã vùng cao mở lớp dạy nghề đan lát cho phụ nữ"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 15/11, xã khai giảng lớp đan lát mây tre cho ba mươi phụ nữ các bản vùng cao."
SECOND = "Lớp học kéo dài hai tháng, học viên được hỗ trợ tiền ăn và vật liệu trong suốt khóa."
THIRD = "Sản phẩm làm ra sẽ được hợp tác xã thu mua để bán cho khách du lịch ở thị trấn."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("signed", "display", "people"),
    [
        ("Tin, ảnh: Đỗ Thị Mai (CTV) - Khoa Chăn nuôi", "Đỗ Thị Mai (CTV)", ["Đỗ Thị Mai"]),
        ("Tác giả: Vàng A Tủa - Công chức Tư pháp - Hộ tịch", "Vàng A Tủa", ["Vàng A Tủa"]),
        ("Hà Vy - Báo Sơn La, Minh Tú", "Hà Vy, Minh Tú", ["Hà Vy", "Minh Tú"]),
    ],
)
def test_a_unit_or_post_after_a_dash_and_what_the_dash_joins_to_it_are_no_author(
    signed: str, display: str, people: list[str]
) -> None:
    text = TEXT.replace("</div>", f"<p style='text-align:right'><b>{signed}</b></p></div>")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert (record["byline"], record["authors"]) == (display, people)
