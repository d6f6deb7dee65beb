"""Rules the generic extractor learnt from the seventh holdout set's families (vBulletin, Moodle,
Haravan, a Party portal, a union's WebForms site, a police portal, a hospital, a bilingual paper,
Vue rendered on the server, Squarespace, a chaptered longform, Concrete CMS): headline, lead and
body."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.extract import extract

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
TITLE = "Nông dân thu hoạch vải sớm được giá"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
THIRD = "Các hợp tác xã đã ký hợp đồng tiêu thụ với doanh nghiệp chế biến trong tỉnh năm nay."
PARAGRAPHS = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
TEXT = f"<div class='content'>{PARAGRAPHS}</div>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def test_an_id_with_spaces_is_one_name_not_a_site_header() -> None:
    head = f"<title>Trang tin điện tử xã Tân Lập :: {TITLE}</title>"
    body = f"<div id='Page Header'><h1>{TITLE}</h1></div><div id='Main'>{TEXT}</div>"
    result = extract(html(body, head), URL, fetched_at=NOW)
    assert (result.headline, result.paragraphs) == (TITLE, [FIRST, SECOND, THIRD])


def test_the_elements_around_the_main_content_are_no_furniture_whatever_their_class() -> None:
    head = f"<title>Trang tin điện tử xã Tân Lập :: {TITLE}</title>"
    body = (
        f"<div class='page page-template-right-sidebar'><main><h1>{TITLE}</h1>{TEXT}</main>"
        "<div class='sidebar'><p>Đường dây nóng của xã: 0213.3881.xxx, gọi từ 7 giờ.</p>"
        "</div></div>"
    )
    result = extract(html(body, head), URL, fetched_at=NOW)
    assert (result.headline, result.paragraphs) == (TITLE, [FIRST, SECOND, THIRD])


@pytest.mark.parametrize("label", ["Từ khóa:", "Từ khoá", "Tags:", "Thẻ:", "Nhãn:", "Chủ đề:"])
def test_a_tag_box_inside_the_text_is_no_text_and_lets_the_closing_credit_go(label: str) -> None:
    tags = (
        f"<div class='block-tags-wrapper'><h5>{label}</h5><a href='/tag/vai'>vải thiều</a> "
        "<a href='/tag/nong-san'>nông sản</a></div>"
    )
    office = "<p style='text-align: right;'><strong>Văn phòng UBND xã</strong></p>"
    body = f"<h1>{TITLE}</h1><div class='content'>{PARAGRAPHS}{office}{tags}</div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_the_heading_that_reads_the_end_of_the_title_is_the_headline() -> None:
    head = f"<title>THPT Tân Lập: Tin tức nhà trường: {TITLE}</title>"
    body = (
        "<header id='page-header'><h1>Trường THPT Tân Lập</h1></header>"
        f"<div role='main'><h2>Tin tức nhà trường</h2><h3 class='discussionname'>{TITLE}</h3>"
        f"{TEXT}</div>"
    )
    assert extract(html(body, head), URL, fetched_at=NOW).headline == TITLE


def test_a_heading_part_after_a_kicker_printed_beside_it_is_not_the_headline() -> None:
    head = f"<title>Mùa vải: {TITLE}</title>"
    body = (
        "<h1 class='sr-only'>Mùa vải</h1><h2 class='headline'><span>Mùa vải</span>"
        f"<span class='headline-text'>{TITLE}</span></h2>{TEXT}"
    )
    assert extract(html(body, head), URL, fetched_at=NOW).headline == f"Mùa vải: {TITLE}"


def test_a_description_opening_with_the_sites_name_is_its_slogan_not_a_lead() -> None:
    head = (
        f"<title>{TITLE} - Diễn đàn Nhà nông Bắc Giang</title><meta name='description' "
        "content='Diễn đàn Nhà nông Bắc Giang - nơi bà con chia sẻ kinh nghiệm trồng trọt'>"
    )
    assert extract(html(f"<h1>{TITLE}</h1>{TEXT}", head), URL, fetched_at=NOW).summary is None


def test_a_description_of_the_headline_and_more_cut_with_an_ellipsis_is_no_lead() -> None:
    head = (
        f"<meta name='description' content='{TITLE}. Giá vải tại vườn tăng, thương lái "
        "đặt mua sớm, các hợp tác xã ký hợp đồng...'>"
    )
    assert extract(html(f"<h1>{TITLE}</h1>{TEXT}", head), URL, fetched_at=NOW).summary is None


def test_a_see_also_line_typed_between_blocks_is_no_text() -> None:
    quote = (
        "<div class='quote_container'><div class='quote_header'></div>Xem thêm: "
        "<a href='/bai-viet-99.html'>Giá vải đầu mùa tăng nhẹ</a></div>"
    )
    body = (
        f"<h1>{TITLE}</h1><div class='content'>{FIRST}<br><br>{quote}{SECOND}<br><br>{THIRD}</div>"
    )
    assert extract(html(body), URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]