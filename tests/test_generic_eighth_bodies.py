"""Rules the generic extractor learnt from the eighth holdout set's families (Astro, Plone,
Discourse, an extension centre's PHP portal, Webflow, HubSpot, Tilda): lead, body and captions."""

from __future__ import annotations

from datetime import datetime

from parsers.body import Image
from parsers.extract import extract

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
TITLE = "Nông dân thu hoạch vải sớm được giá"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
THIRD = "Các hợp tác xã đã ký hợp đồng tiêu thụ với doanh nghiệp chế biến trong tỉnh năm nay."
CAPTION = "Nông dân xã Thanh Hà hái vải chín sớm."


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def article(text: str) -> str:
    return html(f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div></article>")


def test_a_box_set_apart_in_the_text_is_no_text_unless_it_quotes() -> None:
    notice = (
        "<aside class='thong-bao'><strong>Thông báo:</strong> Ủy ban tiếp công dân vào sáng "
        "thứ Năm hằng tuần tại trụ sở.</aside>"
    )
    said = "“Vải năm nay ngọt hơn, quả to đều, bán hết ngay tại vườn.”"
    quote = f"<aside class='trich-dan'><blockquote><p>{said}</p></blockquote></aside>"
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{notice}<p>{THIRD}</p>{quote}")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD, said]


def test_the_line_boxed_with_a_picture_is_its_caption_whatever_its_tag() -> None:
    photo = f"<div class='anh'><img src='/anh/vai.webp' alt=''><small>{CAPTION}</small></div>"
    page = article(f"<p>{FIRST}</p>{photo}<p>{SECOND}</p><p>{THIRD}</p>")
    result = extract(page, URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert result.images == [Image("https://tin.example.vn/anh/vai.webp", CAPTION)]


def test_a_picture_linked_to_its_file_with_its_name_and_size_keeps_its_caption() -> None:
    photo = (
        "<div class='khung-anh'><a class='phong-to' href='/files/IMG_2041.jpeg'>"
        "<img src='/files/IMG_2041_690x517.jpeg' alt='IMG_2041'>"
        "<div class='thong-tin'><span>IMG_2041</span><span>1600×1200 412 KB</span></div></a>"
        f"</div><p><em>{CAPTION}</em></p>"
    )
    page = article(f"<p>{FIRST}</p>{photo}<p>{SECOND}</p><p>{THIRD}</p>")
    result = extract(page, URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert result.images == [Image("https://tin.example.vn/files/IMG_2041_690x517.jpeg", CAPTION)]


def test_a_picture_linked_to_its_view_under_the_articles_address_is_the_articles() -> None:
    url = "https://toaan.example.gov.vn/tin-tuc/xet-xu-luu-dong"
    photo = (
        f"<div class='anh-bai'><a href='{url}/image_view_fullscreen'>"
        f"<img src='{url}/@@images/image/mini' alt=''>"
        "<span class='nho'><img src='/icon-kinh-lup.png' alt=''> Bấm vào ảnh để xem cỡ lớn</span>"
        f"</a><p class='nho'>{CAPTION}</p></div>"
    )
    page = article(f"{photo}<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    result = extract(page, url, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert result.images == [Image(f"{url}/@@images/image/mini", CAPTION)]


def test_an_invitation_to_look_elsewhere_closed_by_a_link_is_no_text() -> None:
    invitation = (
        "<p><em>Mời bạn đọc tra cứu văn bản pháp luật của tỉnh tại "
        "<a href='https://vanban.example.gov.vn'>Cơ sở dữ liệu văn bản</a>.</em></p>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{invitation}")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_footnote_markers_are_no_text_a_superscript_number_is() -> None:
    first = "Diện tích trồng vải đạt 9.500 ha<sup><a href='#ghi-1'>[1]</a></sup>, tăng nhẹ."
    second = "Mỗi 100 m<sup>2</sup> cho khoảng 300 kg quả<sup>[2]</sup> trong năm được mùa."
    page = article(f"<p>{first}</p><p>{second}</p><p>{THIRD}</p>")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [
        "Diện tích trồng vải đạt 9.500 ha, tăng nhẹ.",
        "Mỗi 100 m2 cho khoảng 300 kg quả trong năm được mùa.",
        THIRD,
    ]


def test_the_notes_and_references_after_the_text_are_no_text() -> None:
    notes = (
        "<h4>Chú thích</h4><p id='ghi-1'>[1] Sở Nông nghiệp, Báo cáo mùa vụ, 2025, tr. 12.</p>"
        "<h4>Tài liệu tham khảo</h4><p>Nguyễn Văn A (2019), <em>Cây vải ở miền Bắc</em>, "
        "Nxb Nông nghiệp.</p>"
    )
    page = article(f"<h2>1. Mùa vụ</h2><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{notes}")
    assert extract(page, URL, fetched_at=NOW).paragraphs == ["1. Mùa vụ", FIRST, SECOND, THIRD]


def test_a_list_of_attached_files_under_its_title_is_no_text() -> None:
    files = (
        "<div class='dinh-kem'><p>Tài liệu đính kèm:</p><ul><li>"
        "<a href='/files/quy-trinh.pdf'>Quy trình chăm sóc vải (PDF, 320 KB)</a></li></ul></div>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{files}")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_box_of_one_labelled_line_among_the_paragraphs_is_a_notice() -> None:
    hotline = (
        "<div class='duong-day-nong'><p><strong>Đường dây nóng:</strong> Mọi thắc mắc, bà con "
        "liên hệ số 0220.3xxx.567 trong giờ hành chính.</p></div>"
    )
    answer = "<p><strong>Ông Lê Văn Ba:</strong> Giá vải năm nay cao hơn năm trước.</p>"
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{hotline}{answer}<p>{THIRD}</p>")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [
        FIRST,
        SECOND,
        "Ông Lê Văn Ba: Giá vải năm nay cao hơn năm trước.",
        THIRD,
    ]


def test_a_blog_posts_excerpt_given_as_its_description_is_no_lead() -> None:
    head = f"<title>{TITLE}</title><meta name='description' content='{FIRST}'>"
    text = f"<div class='post-body'><p>{FIRST}</p><!--more--><p>{SECOND}</p><p>{THIRD}</p></div>"
    result = extract(html(f"<h1>{TITLE}</h1>{text}", head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (None, [FIRST, SECOND, THIRD])
    news = text.replace("<!--more-->", "")  # a paper's lead, printed as the first paragraph
    result = extract(html(f"<h1>{TITLE}</h1>{news}", head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (FIRST, [SECOND, THIRD])


SLOGAN = "Du lịch Hà Tĩnh - cổng thông tin du lịch chính thức"
LOGO = "<div class='menu'><a href='/'><img src='/logo.png' alt='Du lịch Hà Tĩnh'></a></div>"
LEAD = (
    "Lễ hội vải năm nay kéo dài một tháng tại các xã trồng vải, với hơn 20 hoạt động văn hóa, "
    "thể thao và du lịch."
)


def test_a_description_opening_with_the_name_the_logo_gives_is_the_sites_slogan() -> None:
    head = f"<title>{TITLE}</title><meta name='description' content='{SLOGAN}'>"
    body = f"{LOGO}<h1>{TITLE}</h1><div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
    assert extract(html(body, head), URL, fetched_at=NOW).summary is None


def test_prose_closing_the_headlines_block_is_the_lead_when_the_description_is_the_sites() -> None:
    head = f"<title>{TITLE}</title><meta name='description' content='{SLOGAN}'>"
    title_block = f"<div class='khoi'><div>Sự kiện</div><h1>{TITLE}</h1><div>{LEAD}</div></div>"
    body = f"{LOGO}{title_block}<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
    result = extract(html(body, head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (LEAD, [FIRST, SECOND])


def test_a_builders_text_blocks_spaced_apart_by_class_are_one_text() -> None:
    def record(spacing: str, inner: str) -> str:
        return (
            f"<div class='rec {spacing}'><div class='khoi'><div class='hang'><div class='cot'>"
            f"{inner}</div></div></div></div>"
        )

    photo = f"<img src='/anh/vai.jpg' alt=''><div class='chu chu-nho'>{CAPTION}</div>"
    body = (
        f"<h1>{TITLE}</h1>"
        + record("pt-15", f"<div class='chu chu-vua'>{FIRST}<br><br>{SECOND}</div>")
        + record("pt-30", photo)
        + record("pt-30", f"<div class='chu chu-vua'>{THIRD}</div>")
        + record("pt-0", "<div class='chu chu-nho'><em>Ảnh: Hoàng Long</em></div>")
    )
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert result.images == [Image("https://tin.example.vn/anh/vai.jpg", CAPTION)]
