"""Rules the generic extractor learnt from the fourth holdout set's families (Hugo, tagDiv's
Newspaper theme, AMP, Sitefinity, Swiper galleries, print views, infinite scroll, MyBB)."""

from __future__ import annotations

from datetime import datetime

from parsers.extract import extract
from parsers.page import Page, text_of
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
THIRD = "Các hợp tác xã đã ký hợp đồng tiêu thụ với doanh nghiệp chế biến trong tỉnh năm nay."


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def page(body: str, head: str = "") -> Page:
    return Page(html(body, head), URL, NOW)


def test_an_element_with_the_hidden_attribute_is_no_text() -> None:
    heading = page("<h2 id='a'>Giá vải tăng<a hidden class='anchor' href='#a'>#</a></h2>")
    assert text_of(heading.root.find(".//h2")) == "Giá vải tăng"


def test_of_two_breadcrumbs_the_one_nearest_the_headline_names_the_section() -> None:
    next_article = (
        "<div class='next-label'>Bài tiếp theo</div><article><ul class='breadcrumb'>"
        "<li><a href='/'>Trang chủ</a></li><li><a href='/kinh-te'>Kinh tế</a></li></ul>"
        f"<h1>Khu công nghiệp thu hút thêm dự án</h1><p>{THIRD}</p></article>"
    )
    body = (
        "<article><ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/xa-hoi'>Xã hội</a></li><li><a href='/xa-hoi/giao-thong'>Giao thông</a>"
        f"</li></ul>{HEADLINE}<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div></article>"
        + next_article
    )
    head = "<title>Nông dân thu hoạch vải sớm được giá</title>"
    assert extract(html(body, head), URL, fetched_at=NOW).category == "Giao thông"


def test_a_breadcrumb_whose_items_are_classed_as_crumbs_is_one_trail() -> None:
    body = (
        "<ol class='breadcrumb'><li class='breadcrumb-item'><a href='/'>Trang chủ</a></li>"
        "<li class='breadcrumb-item'><a href='/tin-tuc'>Tin tức</a></li>"
        "<li class='breadcrumb-item'><a href='/tin-tuc/y-te'>Y tế dự phòng</a></li>"
        "<li class='breadcrumb-item active'><span>Tiêm vắc xin</span></li></ol>"
        f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
    )  # no headline element to measure the items' distance from: one trail all the same
    assert extract(html(body), URL, fetched_at=NOW).category == "Y tế dự phòng"


def test_a_print_views_title_is_not_the_headline() -> None:
    body = (
        "<div class='tool'><a href='javascript:window.print()'>In bài viết</a></div>"
        "<table><tr><td><img src='/logo.png'></td><td>Ngày in: 07/03/2026</td></tr></table>"
        "<h2 class='print-title'>Nông dân thu hoạch vải sớm được giá</h2>"
        f"<div class='print-time'>05/03/2026 14:05</div><div class='print-content'><p>{FIRST}</p>"
        f"<p>{SECOND}</p></div>"
    )
    record = extract_record(html(body, "<title>In bài viết - Báo Mẫu</title>"), URL, NOW)
    assert (record["headline"], record["published_at"]) == (
        "Nông dân thu hoạch vải sớm được giá",
        "2026-03-05T14:05:00+07:00",
    )


def test_mybb_in_its_english_locale_prints_dates_month_first() -> None:
    """MyBB's default date format is m-d-Y: known from its credit link, never guessed; the
    date opens an element whose edit note makes it too long to be a date line."""
    body = (
        "<div class='navigation'><a href='index.php'>Diễn đàn</a></div>"
        f"<td class='thead'><strong>Nông dân thu hoạch vải sớm được giá</strong></td>"
        "<div class='post'><div class='post_head'><span class='post_date'>03-02-2026, 08:15 PM"
        " <span class='post_edited'>(This post was last modified: 03-04-2026, 07:02 AM by "
        f"<a href='user-3.html'>bientap</a>.)</span></span></div><div class='post_body'>{FIRST}"
        f"<br><br>{SECOND}<br><br>{THIRD}</div></div>"
        "<div id='copyright'>Powered By <a href='https://mybb.com'>MyBB</a></div>"
    )
    page_html = html(body, "<title>Nông dân thu hoạch vải sớm được giá</title>")
    record = extract_record(page_html.replace("lang='vi'", "lang='en'"), URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-03-02T20:15:00+07:00",
        "03-02-2026, 08:15 PM",
    )


def test_figures_inside_a_custom_element_keep_their_own_captions() -> None:
    carousel = "".join(
        f"<figure><amp-img src='https://tin.example.vn/anh-{i}.jpg' width='600' height='400'>"
        f"</amp-img><figcaption>Ảnh số {i} của phóng sự.</figcaption></figure>"
        for i in (1, 2)
    )
    body = (
        f"{HEADLINE}<div class='content'><p>{FIRST}</p><amp-carousel type='slides'>{carousel}"
        f"</amp-carousel><p>{SECOND}</p><p>{THIRD}</p></div>"
    )
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/anh-1.jpg", "Ảnh số 1 của phóng sự."),
        ("https://tin.example.vn/anh-2.jpg", "Ảnh số 2 của phóng sự."),
    ]


def test_a_gallerys_slides_give_captions_and_its_thumbnail_strip_gives_nothing() -> None:
    slides = "".join(
        f"<div class='swiper-slide'><img class='swiper-lazy' data-src='/photo/cho-{i}.jpg'>"
        f"<div class='swiper-lazy-preloader'></div><div class='slide-caption'><span>{i}/2</span>"
        f"<p>Chợ hoa ngày thứ {i}.</p></div></div>"
        for i in (1, 2)
    )
    thumbs = "".join(
        f"<div class='swiper-slide'><img src='/photo/thumb/cho-{i}.jpg'></div>" for i in (1, 2)
    )
    body = (
        f"{HEADLINE}<div class='gallery'><div class='swiper gallery-main'>{slides}</div>"
        f"<div class='swiper gallery-thumbs'>{thumbs}</div></div>"
        f"<div class='photo-text'><p>{FIRST}</p><p>{SECOND}</p></div>"
    )
    result = extract(html(body), URL, fetched_at=NOW)
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/photo/cho-1.jpg", "Chợ hoa ngày thứ 1."),
        ("https://tin.example.vn/photo/cho-2.jpg", "Chợ hoa ngày thứ 2."),
    ]


def test_lượt_truy_cập_beside_the_headline_is_the_articles_count() -> None:
    body = (
        f"<div class='news'>{HEADLINE}<div class='meta'>Lượt truy cập: 2&#160;345</div>"
        f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div></div>"
        "<aside><div class='counter'><p>Lượt truy cập: 18.402.331</p></div></aside>"
    )
    record = extract_record(html(body), URL, NOW)
    assert (record["views"], record["views_raw"]) == (2345, "Lượt truy cập: 2 345")


def test_an_invitation_to_read_another_article_is_not_body() -> None:
    pointer = "<p>Mời bạn đọc xem thêm: <a href='/bai-khac-1.html'>Giá vải thiều tăng mạnh</a></p>"
    body = f"{HEADLINE}<div class='content'><p>{FIRST}</p>{pointer}<p>{SECOND}</p></div>"
    assert extract(html(body), URL, fetched_at=NOW).paragraphs == [FIRST, SECOND]


def test_the_picture_of_an_ad_slot_labelled_quảng_cáo_is_no_article_image() -> None:
    ad = (
        "<div class='td-a-rec'><span class='td-adspot-title'>- Quảng cáo -</span>"
        "<div><a href='/lien-he'><img src='/uploads/banner-300x250.png'></a></div></div>"
    )
    body = (
        f"{HEADLINE}<div class='content'><p>{FIRST}</p>{ad}<p>{SECOND}</p>"
        "<figure><img src='/uploads/vai-thieu.jpg'><figcaption>Vải thiều chín.</figcaption>"
        "</figure></div>"
    )
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND]
    assert [image.url for image in result.images] == [
        "https://tin.example.vn/uploads/vai-thieu.jpg"
    ]


def test_published_raw_is_the_datetime_of_the_time_element_the_reader_sees() -> None:
    head = "<meta property='article:published_time' content='2026-03-03T00:20:11+00:00'>"
    body = (
        f"{HEADLINE}<div class='meta'><time class='entry-date updated' "
        "datetime='2026-03-03T07:20:11+07:00'>03/03/2026</time></div>"
        f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
    )
    record = extract_record(html(body, head), URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-03-03T07:20:11+07:00",
        "2026-03-03T07:20:11+07:00",
    )


def test_a_text_in_sections_of_its_own_is_read_whole_with_the_pictures_between() -> None:
    def text_section(*paragraphs: str) -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<section class='emag-section'><div class='emag-container'>{inner}</div></section>"

    picture = (
        "<section class='emag-section emag-section--full'><figure><img src='/emag/khung-cui.jpg'>"
        "<figcaption>Khung cửi dưới gầm sàn.</figcaption></figure></section>"
    )
    body = (
        f"<div class='emag'><section class='emag-cover'>{HEADLINE}</section>"
        f"{text_section(FIRST)}{picture}{text_section(SECOND, THIRD)}</div>"
    )
    result = extract(html(body), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/emag/khung-cui.jpg", "Khung cửi dưới gầm sàn.")
    ]


def test_the_writers_of_an_e_magazines_credits_are_its_byline() -> None:
    credits = (
        "<section class='credits'><p><span>Nội dung:</span> Lò Thị Hằng - Vi Hoàn</p>"
        "<p><span>Ảnh:</span> Trọng Đức</p><p><span>Thiết kế:</span> Mai Anh</p></section>"
    )
    body = f"{HEADLINE}<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>{credits}"
    record = extract_record(html(body), URL, NOW)
    assert (record["byline"], record["authors"]) == (
        "Lò Thị Hằng - Vi Hoàn",
        ["Lò Thị Hằng", "Vi Hoàn"],
    )


def test_a_paragraph_opening_with_nội_dung_before_a_sentence_is_body() -> None:
    last = "Nội dung: tập huấn kỹ năng sơ cứu cho học sinh các trường trong huyện."
    body = f"{HEADLINE}<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{last}</p></div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert (result.paragraphs, result.byline_raw) == ([FIRST, SECOND, last], None)


FORUM_POST = (
    "<div class='post'><div class='post_author'><div class='author_information'>"
    "<strong><a href='user-3.html'>bientap</a></strong> <img src='/images/buddy_offline.png'>"
    "<br><span class='smalltext'><img src='/images/star.png'><img src='/images/star.png'></span>"
    "</div></div><div class='post_content'><div class='post_head'>"
    "<span class='post_date'>07/03/2026 08:15</span></div>"
    "<div class='post_body'><span style='font-weight: bold;'>(DĐ) - {lead}</span><br><br>"
    "{first}<br><br><img src='/uploads/vai.jpg'><br>"
    "<span style='font-style: italic;'>Thương lái thu mua vải tại vườn.</span><br><br>"
    "{second}<br><br>{third}</div></div></div>"
)
LEAD = (
    "Sáng 7/3, nông dân huyện Lục Ngạn bắt đầu thu hoạch vải sớm, giá bán tại vườn cao hơn năm"
    " trước khoảng 20%, nhiều hộ có thu nhập khá."
)


def forum_page(description: str) -> str:
    post = FORUM_POST.format(lead=LEAD, first=FIRST, second=SECOND, third=THIRD)
    head = (
        "<title>Nông dân thu hoạch vải sớm được giá</title>"
        f"<meta name='description' content='{description}'>"
    )
    return html(
        f"<td class='thead'><strong>Nông dân thu hoạch vải sớm được giá</strong></td>{post}", head
    )


def test_a_post_typed_between_br_pairs_is_the_body_with_its_bold_lead_and_italic_caption() -> None:
    result = extract(forum_page(LEAD), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/uploads/vai.jpg", "Thương lái thu mua vải tại vườn.")
    ]


def test_a_description_cut_to_a_sentence_from_the_bold_opening_gives_way_to_it() -> None:
    cut = "Sáng 7/3, nông dân huyện Lục Ngạn bắt đầu thu hoạch vải sớm."
    result = extract_record(forum_page(cut), URL, NOW)
    assert result["summary"] == LEAD


def test_a_trail_of_links_joined_by_arrows_is_a_breadcrumb_whatever_its_class() -> None:
    body = (
        "<div class='navigation'><a href='index.php'>Diễn đàn Tin tức</a> › "
        "<a href='forum-2.html'>Tin tức</a> › <a href='forum-7.html'>Kinh tế</a><br>"
        "<span class='active'>Nông dân thu hoạch vải sớm được giá</span></div>"
        f"{HEADLINE}<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
        "<p class='login'><a href='/dang-nhap'>Đăng nhập</a> / <a href='/dang-ky'>Đăng ký</a></p>"
    )
    assert extract(html(body), URL, fetched_at=NOW).category == "Kinh tế"


def test_a_section_printed_without_a_link_above_the_headline_is_the_category() -> None:
    body = (
        f"<div class='print-cate'>Kinh tế</div>{HEADLINE}"
        f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>"
    )
    assert extract(html(body), URL, fetched_at=NOW).category == "Kinh tế"
