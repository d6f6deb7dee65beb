"""Rules the generic extractor learnt from the seventh holdout set's families (vBulletin, Moodle,
Haravan, a Party portal, a union's WebForms site, a police portal, a hospital, a bilingual paper,
Vue rendered on the server, Squarespace, a chaptered longform, Concrete CMS): headline, lead and
body."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.extract import extract
from parsers.induce import Sample, induce
from parsers.page import Page

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


@pytest.mark.parametrize("label", ["Từ khóa:", "Từ khoá", "Tags:", "Thẻ:", "Nhãn:"])
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


def test_a_text_in_a_site_builders_blocks_is_read_from_its_first_block_to_its_last() -> None:
    def text_block(paragraphs: str) -> str:
        return (
            "<div class='sqs-block html-block'><div class='sqs-block-content'>"
            f"<div class='sqs-html-content'>{paragraphs}</div></div></div>"
        )

    picture = (
        "<div class='sqs-block image-block'><figure><img src='/anh/vai.jpg' alt=''>"
        "<figcaption>Vải chín đỏ vườn.</figcaption></figure></div>"
    )
    donate = (
        "<div class='sqs-block button-block'><p>Mỗi 200.000 đồng giúp bà con mua thêm lưới che"
        " cho vườn vải.</p><a href='/ung-ho'>Ủng hộ</a></div>"
    )
    longer = f"{SECOND} Giá bán lẻ tại chợ cũng tăng theo, nhiều người mua làm quà biếu."
    blocks = text_block(f"<p>{FIRST}</p>") + picture + text_block(f"<p>{longer}</p><p>{THIRD}</p>")
    body = f"<h1>{TITLE}</h1><div class='col'>{blocks}{donate}</div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, longer, THIRD]
    assert [(image.url, image.caption) for image in result.images] == [
        ("https://tin.example.vn/anh/vai.jpg", "Vải chín đỏ vườn.")
    ]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='box-app'><img src='/icon/app.png' alt=''><p><strong>Cài đặt ứng dụng"
        "</strong> - Người dân có thể gửi phản ánh qua ứng dụng của tỉnh, mục Kiến nghị. "
        "<a href='https://app.example.vn'>Tải ứng dụng</a></p></div>",
        "<div class='product-inline'><div class='product-inline__title'>Sản phẩm trong bài</div>"
        "<a href='/products/vai-say-500g'><img src='/product/vai-say.jpg' alt=''>"
        "<span>Vải sấy Lục Ngạn 500g</span><span>120.000₫</span><span>Mua ngay</span></a></div>",
        "<aside class='box'><h4>Đặt lịch khám</h4><p>Gọi tổng đài để được khám vào khung giờ "
        "mong muốn.</p><a href='/dat-lich'>Đặt lịch ngay</a></aside>",
    ],
)
def test_a_box_ending_in_a_call_to_go_elsewhere_is_no_text(box: str) -> None:
    text = f"<p>{FIRST}</p>{box}<p>{SECOND}</p><p>{THIRD}</p>"
    body = f"<h1>{TITLE}</h1><div class='content'>{text}</div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert (result.paragraphs, result.images) == ([FIRST, SECOND, THIRD], [])


@pytest.mark.parametrize(
    "caption",
    [
        "<p class='caption'>Vườn vải ở Lục Ngạn. Ảnh: <a href='/tac-gia/minh-anh'>Minh Anh</a></p>",
        "<p class='caption'>Vườn vải ở Lục Ngạn. <a href='/tac-gia/minh-anh'>Minh Anh</a></p>",
        "<p class='caption'>Vườn vải ở Lục Ngạn. <a href='/anh/lon.jpg'>xem ảnh lớn</a></p>",
    ],
)
def test_a_picture_with_a_caption_ending_in_a_link_stays(caption: str) -> None:
    figure = f"<div class='image'><img src='/anh/vuon-vai.jpg' alt=''>{caption}</div>"
    text = f"<p>{FIRST}</p>{figure}<p>{SECOND}</p><p>{THIRD}</p>"
    body = f"<h1>{TITLE}</h1><div class='content'>{text}</div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert [image.url for image in result.images] == ["https://tin.example.vn/anh/vuon-vai.jpg"]


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Lưu ý: Thông tin trong bài viết chỉ mang tính chất tham khảo, không thay thế cho chẩn "
        "đoán và điều trị của bác sĩ.",
        "Bài viết chỉ có tính tham khảo, bạn đọc cần hỏi ý kiến chuyên gia trước khi áp dụng.",
        "Thông tin trên không thể thay thế việc khám và tư vấn trực tiếp của bác sĩ.",
        "This article is for informational purposes only.",
    ],
)
def test_a_disclaimer_closing_the_text_is_no_text(disclaimer: str) -> None:
    body = f"<h1>{TITLE}</h1><div class='content'>{PARAGRAPHS}<p><em>{disclaimer}</em></p></div>"
    assert extract(html(body), URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_an_induced_body_selector_picks_the_texts_own_block_over_one_around_it() -> None:
    def sample(n: int) -> Sample:
        markup = (
            f"<div class='c'><div class='inner-box'><div id='noi-dung'>{PARAGRAPHS}</div>"
            "<div class='share'><a href='/chia-se'>Chia sẻ bài viết</a></div></div></div>"
        )
        page = Page(html(f"<h1>{TITLE} {n}</h1>{markup}"), f"{URL}?n={n}", NOW)
        expected = {
            "headline": f"{TITLE} {n}",
            "summary": None,
            "published_raw": None,
            "modified_at": None,
            "views_raw": None,
            "byline": None,
            "category": None,
            "tags": [],
            "body": "\n\n".join([FIRST, SECOND, THIRD]),
            "images": [],
        }
        return Sample(page, expected, NOW)

    samples = [sample(1), sample(2)]
    css = induce(samples).fields["body"]
    assert all(s.page.select(css)[0].get("id") == "noi-dung" for s in samples)
