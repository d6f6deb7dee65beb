"""Rules the generic extractor learnt for dates, views, bylines, categories and pictures from
the eighth holdout set's families (a Next.js app, a Plone portal, an Astro portal, a NukeViet-like
centre, a VCCorp-style paper, Tilda, Webflow, Discourse, SvelteKit, Substack)."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-11-06T00:00:00+07:00")
URL = "https://tin.example.vn/doi-song/bai-viet-5172.html"
TITLE = "Hợp tác xã miền núi đưa chè shan tuyết vào siêu thị"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 4/11, hợp tác xã chè bản Phìn Hồ ký hợp đồng bán chè với một chuỗi siêu thị."
SECOND = "Mỗi tháng hợp tác xã giao khoảng hai tấn chè búp khô, giá cao hơn bán lẻ ở chợ phiên."
THIRD = "Hơn sáu mươi hộ trong bản đã chuyển sang chăm chè theo quy trình hữu cơ từ năm ngoái."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_count_followed_by_lần_đọc_is_the_view_count() -> None:
    meta = "<div class='meta'><span>Ngày 04/11/2025</span> · <span>2.317 lần đọc</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (2317, "2.317 lần đọc")


def test_a_count_after_the_verb_and_a_colon_is_the_view_count() -> None:
    meta = "<div class='meta'><span>04/11/2025 08:30</span><span>Đọc: 4.106</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (4106, "Đọc: 4.106")


def test_a_reading_time_after_the_verb_is_no_view_count() -> None:
    meta = "<div class='meta'><span>04/11/2025 08:30</span><span>Đọc: 6 phút</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["views"] is None


def test_the_sites_visit_counter_beside_its_online_count_is_no_view_count() -> None:
    column = (
        "<div class='column-two'><dl class='box'><dt>Thống kê</dt><dd><p>Đang trực tuyến: 14</p>"
        "<p>Lượt truy cập: 803.112</p></dd></dl></div>"
    )
    page = f"<div class='column-one'>{HEADLINE}{TEXT}</div>{column}"
    record = extract_record(html(page), URL, NOW)
    assert (record["views"], record["views_raw"]) == (None, None)


def test_a_label_after_the_lines_other_items_opens_the_publish_line() -> None:
    meta = (
        "<div class='meta'><div>Số 12 (tháng 10/2025)</div><div>|</div>"
        "<div>Ngày đăng: 16/10/2025</div><div>|</div><div>8 phút</div></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "Ngày đăng: 16/10/2025",
        "2025-10-16T00:00:00+07:00",
    )


def test_a_time_printed_in_utc_inside_its_utc_time_element_is_read_from_the_element() -> None:
    meta = (
        "<div class='post-meta'><a href='/u/minh_tu'>minh_tu</a> "
        "<time datetime='2025-11-03T23:15:40Z'>3 Tháng mười một, 2025 23:15</time></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "2025-11-03T23:15:40Z",
        "2025-11-04T06:15:40+07:00",
    )


@pytest.mark.parametrize(
    ("signed", "people"),
    [
        ("Tin, ảnh: Quế Chi - VKSND khu vực 4", ["Quế Chi"]),
        ("Đỗ Văn Khoa - Tòa án nhân dân khu vực 2", ["Đỗ Văn Khoa"]),
        ("Lương Thị Huế - Trạm Khuyến nông Quỳ Hợp", ["Lương Thị Huế"]),
        ("Nông Văn Tâm, Học viện Nông nghiệp", ["Nông Văn Tâm"]),
    ],
)
def test_an_office_after_the_name_under_the_text_is_no_author(
    signed: str, people: list[str]
) -> None:
    text = TEXT.replace(
        "</div>", f"<p style='text-align:right'><strong>{signed}</strong></p></div>"
    )
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert record["authors"] == people


@pytest.mark.parametrize(
    ("signed", "display", "people"),
    [
        ("KS. Hoàng Văn Lộc", "KS. Hoàng Văn Lộc", ["Hoàng Văn Lộc"]),
        ("PGS.TS LÊ THỊ MINH", "PGS.TS LÊ THỊ MINH", ["LÊ THỊ MINH"]),
        ("ThS. Vi Thị Hằng", "ThS. Vi Thị Hằng", ["Vi Thị Hằng"]),
    ],
)
def test_an_academic_or_professional_title_is_no_part_of_the_name(
    signed: str, display: str, people: list[str]
) -> None:
    text = TEXT.replace(
        "</div>", f"<p style='text-align:right'><strong>{signed}</strong></p></div>"
    )
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert (record["byline"], record["authors"]) == (display, people)


def test_the_affiliation_line_of_an_author_box_is_no_author() -> None:
    box = (
        "<div class='author-card'><img src='/a/avatar-lam.jpg' alt='' class='author-card__pic'>"
        "<div class='author-card__info'><div class='author-card__name'>TS. Đinh Văn Lâm</div>"
        "<div class='author-card__org'>Trường Đại học Nông Lâm, Đại học Thái Nguyên</div>"
        "</div></div>"
    )
    record = extract_record(html(HEADLINE + box + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("TS. Đinh Văn Lâm", ["Đinh Văn Lâm"])


def test_a_role_line_among_the_posts_details_is_the_byline_alone() -> None:
    meta = (
        "<div class='meta'><span>Thực hiện: Mai Hoa, Cầm Thị Vân</span> "
        "<span>Đăng lúc 09:10, 4/11/2025</span> <span>Cập nhật 11:40</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["authors"] == ["Mai Hoa", "Cầm Thị Vân"]


def test_a_forum_handle_with_the_posters_name_in_brackets_gives_the_name() -> None:
    meta = (
        "<div class='post-meta'><span class='creator' itemprop='author'>"
        "<a href='/u/thuha_88'><span itemprop='name'>thuha_88</span></a> (Lò Thu Hà)</span>"
        " <span>04/11/2025 07:20</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Lò Thu Hà", ["Lò Thu Hà"])


def test_a_trail_whose_id_names_breadcrumbs_gives_the_section() -> None:
    trail = (
        "<div id='portal-breadcrumbs'><span><a href='https://tin.example.vn/'>Trang chủ</a>"
        "<span class='sep'>/</span></span> <span><a href='https://tin.example.vn/doi-song'>"
        "Đời sống</a><span class='sep'>/</span></span> <span>Hợp tác xã miền núi</span></div>"
    )
    filed = (
        "<div class='byline'>Lưu dưới: <a class='link-category' rel='tag' "
        "href='/@@search?Subject=che'>chè shan tuyết</a></div>"
    )
    record = extract_record(html(trail + HEADLINE + TEXT + filed), URL, NOW)
    assert record["category"] == "Đời sống"


def test_a_breadcrumb_nav_inside_the_article_gives_the_section() -> None:
    article = (
        "<article class='Article_article__x7Q1'><nav aria-label='breadcrumb' "
        "class='Breadcrumb_wrap__k2Pz'><ol><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/kinh-te'>Kinh tế</a></li><li><a href='/kinh-te/nong-san'>Nông sản</a>"
        f"</li></ol></nav>{HEADLINE}{TEXT}</article>"
    )
    record = extract_record(html(article), URL, NOW)
    assert record["category"] == "Nông sản"


def test_an_uptitle_over_the_headline_names_the_section() -> None:
    top = f"<div class='t-col'><div class='t019__uptitle t-uptitle'>Sự kiện</div>{HEADLINE}</div>"
    record = extract_record(html(top + TEXT), URL, NOW)
    assert record["category"] == "Sự kiện"


def test_a_figures_caption_stays_with_its_picture_on_a_page_in_another_language() -> None:
    before = (
        "<p>The river rose slowly this autumn, and the fishing nets stayed dry for weeks.</p>"
        "<p>Fishermen along the canal say the catch is the smallest they can remember.</p>"
    )
    picture = (
        "<figure><a href='https://cdn.example.com/full/nets.jpeg'><img "
        "src='https://cdn.example.com/w_1200/nets.jpeg' width='1200' height='800' alt=''></a>"
        "<figcaption>Empty nets beside the canal in October.</figcaption></figure>"
    )
    after = (
        "<p>Traders in the market now buy most of their fish from farms further upstream.</p>"
        "<p>Local officials expect the flood season to end early again next year as well.</p>"
    )
    page = (
        "<html lang='en'><head><title>A quiet flood season</title></head><body><article>"
        f"<h1>A quiet flood season on the canal</h1><div class='markup'>{before}{picture}{after}"
        "</div></article></body></html>"
    )
    record = extract_record(page, "https://news.example.com/p/a-quiet-flood-season", NOW)
    assert record["images"] == [
        {
            "url": "https://cdn.example.com/w_1200/nets.jpeg",
            "caption": "Empty nets beside the canal in October.",
        }
    ]


def test_lần_sửa_cuối_labels_the_update_time() -> None:
    meta = (
        "<div class='byline'><span>đăng lúc 03/11/2025 09:15</span> — "
        "<span>lần sửa cuối 04/11/2025 08:12</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["published_at"], record["modified_at"]) == (
        "2025-11-03T09:15:00+07:00",
        "2025-11-04T08:12:00+07:00",
    )


def test_an_update_line_in_a_sidebar_box_is_not_the_articles() -> None:
    article = (
        f"<div class='col-main'><div class='detail'>{HEADLINE}<p class='meta'>Ngày đăng: "
        f"03/11/2025 - 8 giờ 30</p><div class='bodytext'><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p></div></div></div>"
    )
    prices = (
        "<div class='col-side'><div class='box'><div class='box-title'>Giá nông sản</div>"
        "<table><tr><td>Lúa tẻ</td><td>7.800 đ/kg</td></tr></table>"
        "<p class='small'>Cập nhật: 05/11/2025</p></div></div>"
    )
    record = extract_record(html(article + prices), URL, NOW)
    assert (record["published_at"], record["modified_at"]) == ("2025-11-03T08:30:00+07:00", None)
