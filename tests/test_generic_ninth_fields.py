"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the ninth holdout set's families (Nuxt, Remix, Medium, Notion, Jekyll, a Zalo official
account, 1C-Bitrix, a radio programme, a merged province's portal, an e-paper, Shopify, a VNPT
commune portal)."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-11-20T00:00:00+07:00")
URL = "https://tin.example.vn/xa-hoi/bai-viet-8841.html"
TITLE = "Xã vùng cao mở lớp dạy nghề đan lát cho phụ nữ"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 15/11, xã khai giảng lớp đan lát mây tre cho ba mươi phụ nữ các bản vùng cao."
SECOND = "Lớp học kéo dài hai tháng, học viên được hỗ trợ tiền ăn và vật liệu trong suốt khóa."
THIRD = "Sản phẩm làm ra sẽ được hợp tác xã thu mua để bán cho khách du lịch ở thị trấn."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


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


# A properties table over the text (a page published from a notes app): label, then value.
PROPERTIES = (
    "<div class='props'>"
    "<div class='row'><div class='name'>Chuyên mục</div>"
    "<div class='value'><span class='option'>Dạy nghề</span></div></div>"
    "<div class='row'><div class='name'>Thẻ</div><div class='value'>"
    "<span class='option'>Đan lát</span><span class='option'>Phụ nữ</span></div></div>"
    "<div class='row'><div class='name'>Người viết</div>"
    "<div class='value'><div class='person'><img src='/a/av.png' alt='' width='20' height='20'>"
    "<span>Sùng Thị Dợ</span></div></div></div>"
    "<div class='row'><div class='name'>Ngày đăng</div><div class='value'>16/11/2025 08:15</div>"
    "</div></div>"
)
TRAIL = (
    "<div class='topbar-breadcrumb'><a href='/'>Trang chủ</a> / <a href='/tin-tuc'>Tin tức</a>"
    f" / <span>{TITLE}</span></div>"
)


def test_a_category_field_beside_its_value_is_the_section_over_the_trail() -> None:
    record = extract_record(html(TRAIL + HEADLINE + PROPERTIES + TEXT), URL, NOW)
    assert record["category"] == "Dạy nghề"


def test_a_tags_field_gives_its_values_without_links() -> None:
    record = extract_record(html(TRAIL + HEADLINE + PROPERTIES + TEXT), URL, NOW)
    assert record["tags"] == ["Đan lát", "Phụ nữ"]


def test_a_writers_field_beside_the_name_is_the_byline() -> None:
    record = extract_record(html(TRAIL + HEADLINE + PROPERTIES + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Sùng Thị Dợ", ["Sùng Thị Dợ"])


def test_a_trail_named_breadcrumb_by_its_accessible_name_gives_the_section() -> None:
    trail = (
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a><span>›</span>"
        "<a href='/tin-tuc'>Tin tức</a><span>›</span><a href='/tin-tuc/day-nghe'>Dạy nghề</a></nav>"
    )
    menu = "<header><nav><a href='/tin-tuc'>Tin tức</a><a href='/lh'>Liên hệ</a></nav></header>"
    page = f"{menu}<main>{trail}<article>{HEADLINE}{TEXT}</article></main>"
    record = extract_record(html(page), URL, NOW)
    assert record["category"] == "Dạy nghề"


def test_a_section_badge_over_the_kicker_and_the_headline_names_the_section() -> None:
    above = "<div class='issue-section'>Xã hội</div><div class='kicker'>Dạy nghề vùng cao:</div>"
    record = extract_record(html(f"<main>{above}{HEADLINE}{TEXT}</main>"), URL, NOW)
    assert record["category"] == "Xã hội"


def test_a_picture_linked_where_the_name_beside_it_links_is_no_picture_of_the_article() -> None:
    who = (
        "<div class='who'><a href='/@lehoa'><img src='/a/lehoa.jpg' alt='Lê Hoa'></a>"
        "<div><span><a href='/@lehoa'>Lê Hoa</a></span> · <span>4 phút đọc</span></div></div>"
    )
    photo = (
        "<figure><img src='/anh/lop-dan-lat.jpg' alt=''>"
        "<figcaption>Học viên đan giỏ mây trong buổi đầu.</figcaption></figure>"
    )
    text = f"<section>{who}<p>{FIRST}</p>{photo}<p>{SECOND}</p></section>"
    record = extract_record(html(f"<article>{HEADLINE}{text}</article>"), URL, NOW)
    assert record["images"] == [
        {
            "url": "https://tin.example.vn/anh/lop-dan-lat.jpg",
            "caption": "Học viên đan giỏ mây trong buổi đầu.",
        }
    ]


def test_an_update_fields_label_in_the_cell_before_the_date_makes_it_the_update_time() -> None:
    edited = (
        "<div class='row'><div class='name'>Chỉnh sửa lần cuối</div>"
        "<div class='value'>18 tháng 11, 2025 09:02</div></div></div>"
    )
    properties = PROPERTIES.removesuffix("</div>") + edited
    record = extract_record(html(HEADLINE + properties + TEXT), URL, NOW)
    assert (record["published_at"], record["modified_at"]) == (
        "2025-11-16T08:15:00+07:00",
        "2025-11-18T09:02:00+07:00",
    )


def test_an_update_line_in_a_sidebar_is_not_the_articles_whatever_the_body_element() -> None:
    text = TEXT.replace("class='content'", "class='detail-text'")
    main = f"<div class='col-main'><div class='detail'>{HEADLINE}<div>16/11/2025 08:15</div>{text}"
    side = "<div class='col-side'><h4>Giá lúa hôm nay</h4><p>Cập nhật: 17/11/2025</p></div>"
    record = extract_record(html(f"<div class='row'>{main}</div></div>{side}</div>"), URL, NOW)
    assert (record["published_at"], record["modified_at"]) == ("2025-11-16T08:15:00+07:00", None)
