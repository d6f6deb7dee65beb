"""Rules the generic extractor learnt from the sixth holdout set's families (Joomla K2, a block
theme WordPress with Jetpack, Odoo, XenForo, Wix, react-helmet, a TV station, a legal Q&A page,
a print edition, an ASP.NET Web Forms commune portal)."""

from __future__ import annotations

import json
from datetime import datetime

from parsers.extract import extract
from parsers.vietnamese.names import clean_byline
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
THIRD = "Các hợp tác xã đã ký hợp đồng tiêu thụ với doanh nghiệp chế biến trong tỉnh năm nay."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def test_pv_with_a_colon_is_a_role_label() -> None:
    byline = clean_byline("PV: Quang Vinh - Thu Hằng")
    assert (byline.display, byline.people) == ("Quang Vinh - Thu Hằng", ("Quang Vinh", "Thu Hằng"))


def test_an_editors_or_approvers_credit_beside_the_authors_names_no_author() -> None:
    assert clean_byline("Tác giả: Hoàng Minh | Biên tập: Thu Trang").people == ("Hoàng Minh",)
    assert clean_byline("Người viết: Lê Lâm Người duyệt: Trần Hải").people == ("Lê Lâm",)
    assert clean_byline("Biên tập: Thu Trang").people == ()


def test_metadata_listing_the_editor_as_an_author_does_not_make_them_one() -> None:
    ld = {"@type": "NewsArticle", "author": [{"name": "Hoàng Minh"}, {"name": "Thu Trang"}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    meta = (
        "<div class='meta'><span>Tác giả: </span><a href='/tac-gia/hoang-minh'>Hoàng Minh</a>"
        "<span> | </span><span>Biên tập: </span><span>Thu Trang</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hoàng Minh", ["Hoàng Minh"])


def test_a_người_viết_line_in_a_table_cell_after_the_text_is_the_byline() -> None:
    credits = (
        "<table><tr><td align='right'>Người viết: <span>Nguyễn Văn Lâm</span><br>"
        "Người duyệt: <span>Trần Đức Hải</span></td></tr></table>"
    )
    record = extract_record(html(HEADLINE + TEXT + credits), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Nguyễn Văn Lâm", ["Nguyễn Văn Lâm"])


def test_the_verb_before_the_number_and_lần_after_it_is_a_view_count() -> None:
    toolbar = (
        "<ul class='itemToolbar'><li><a href='?print=1'>In</a></li>"
        "<li><span class='itemHits'>Đọc 1.482 lần</span></li></ul>"
    )
    record = extract_record(html(HEADLINE + toolbar + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (1482, "Đọc 1.482 lần")


def test_an_ad_box_classed_in_vietnamese_gives_no_picture_and_no_text() -> None:
    ad = (
        "<div class='moduletable quangcao-giua'><p><a href='https://nongsan.example.vn'>"
        "<img src='/images/nongsan-728.gif' alt='Quảng cáo'></a></p></div>"
    )
    text = f"<div class='content'><p>{FIRST}</p>{ad}<p>{SECOND}</p><p>{THIRD}</p></div>"
    result = extract(html(HEADLINE + text), URL, fetched_at=NOW)
    assert (result.paragraphs, result.images) == ([FIRST, SECOND, THIRD], [])


def test_a_related_posts_box_is_no_zone_to_read_a_lead_from() -> None:
    related = (
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Có liên quan</h3>"
        "<div class='jp-relatedposts-post'><a href='/2025/07/28/mua-nuoc-noi/'>Mùa nước nổi</a>"
        "<p class='jp-relatedposts-post-excerpt'>Nước lũ về sớm, bà con đặt dớn bắt cá linh.</p>"
        "</div></div>"
    )
    text = f"<div class='entry-content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>{related}</div>"
    assert extract(html(HEADLINE + text), URL, fetched_at=NOW).summary is None


def test_a_description_made_of_the_first_sentence_is_no_lead() -> None:
    opening = f"{FIRST} Giá vải thiều loại một dao động từ 35.000 đến 40.000 đồng mỗi kg."
    head = f"<meta name='description' content='{FIRST}'>"
    text = f"<div class='post'><p>{opening}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
    result = extract(html(HEADLINE + text, head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (None, [opening, SECOND, THIRD])


def test_a_description_cut_with_an_ellipsis_past_the_first_paragraph_is_no_lead() -> None:
    head = f"<meta name='description' content='{FIRST} Thương lái đặt mua ngay&hellip;'>"
    text = f"<div class='post'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
    result = extract(html(HEADLINE + text, head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (None, [FIRST, SECOND, THIRD])


def test_a_box_around_a_form_asking_for_an_email_address_is_no_text() -> None:
    sign_up = (
        "<div class='wp-block-group'><h3>Nhận bản tin mỗi sáng</h3>"
        "<p>Đăng ký để nhận tin mới về miền Tây qua email, miễn phí.</p>"
        "<div class='wp-block-jetpack-subscriptions'><form action='#' method='post'>"
        "<input type='email' name='email'><button type='submit'>Đăng ký</button></form></div></div>"
    )
    text = f"<div class='entry-content'><p>{FIRST}</p><p>{SECOND}</p>{sign_up}<p>{THIRD}</p></div>"
    assert extract(html(HEADLINE + text), URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_an_update_line_that_is_the_only_time_printed_is_the_publish_time() -> None:
    issue = "<div class='issue'><span>Số báo: 5.678</span> <span>Ra ngày 29/08/2025</span></div>"
    line = "<div class='time-line'>Cập nhật: 29/08/2025 05:00</div>"
    record = extract_record(html(issue + HEADLINE + line + TEXT), URL, NOW)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2025-08-29T05:00:00+07:00",
        "Cập nhật: 29/08/2025 05:00",
        None,
    )


def test_a_label_printed_before_the_dates_own_element_is_part_of_the_line() -> None:
    line = (
        "<div class='news-date'>Ngày xuất bản: <span>30/08/2025 4:45:10 CH</span>"
        " &nbsp; Lượt xem: <span>95</span></div>"
    )
    record = extract_record(html(HEADLINE + line + TEXT), URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-08-30T16:45:10+07:00",
        "Ngày xuất bản: 30/08/2025 4:45:10 CH",
    )


def test_a_text_in_sibling_sections_is_read_whole() -> None:
    question = f"Hỏi: {FIRST} Xin hỏi tôi có được nhận chuyển nhượng không?"
    body = (
        f"{HEADLINE}<div class='article-body'><div class='qa-question'>"
        "<p class='qa-sent'>Câu hỏi gửi ngày 02/08/2025</p>"
        f"<p><strong>Hỏi:</strong> {question.removeprefix('Hỏi: ')}</p></div>"
        f"<div class='qa-answer'><p><strong>Trả lời:</strong> {SECOND}</p><p>{THIRD}</p>"
        f"<p>{FIRST}</p></div></div>"
    )
    assert extract(html(body), URL, fetched_at=NOW).paragraphs == [
        question,
        f"Trả lời: {SECOND}",
        THIRD,
        FIRST,
    ]


def test_odoos_machine_time_without_an_offset_is_utc() -> None:
    head = (
        "<meta name='generator' content='Odoo'>"
        "<meta property='article:published_time' content='2025-08-21 02:30:00'>"
    )
    line = "<div class='meta'><span>thg 8 21, 2025</span></div>"
    record = extract_record(html(HEADLINE + line + TEXT, head), URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-08-21T09:30:00+07:00",
        "2025-08-21 02:30:00",
    )


def test_the_name_beside_an_authors_picture_is_the_byline() -> None:
    author = (
        "<div class='post-meta'><div class='o_wblog_author_avatar'><img src='/avatar/57.png'"
        " alt='Avatar'></div><div class='small'><span>Đoàn Kim Ngân</span>"
        "<small><span>thg 8 21, 2025</span></small></div></div>"
    )
    record = extract_record(html(HEADLINE + author + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Đoàn Kim Ngân", ["Đoàn Kim Ngân"])


def test_a_cover_painted_as_a_css_background_over_the_headline_is_a_picture() -> None:
    cover = (
        "<div class='post-top'><div class='o_record_cover_image'"
        " style=\"background-image: url('/web/image/2231-7c1e9a4b/canh-dong.jpg');\"></div>"
        f"<div class='title'>{HEADLINE}</div></div>"
    )
    body = f"{cover}<div class='post-main'>{TEXT}</div>"
    result = extract(html(body), URL, fetched_at=NOW)
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/web/image/2231-7c1e9a4b/canh-dong.jpg", None)
    ]


def test_a_reply_quoting_the_post_is_neither_the_text_nor_where_it_is() -> None:
    post = f"<div class='bbWrapper'>{FIRST}<br><br>{SECOND}<br><br>{THIRD}</div>"
    reply = (
        "<div class='bbWrapper'><blockquote class='bbCodeBlock--quote'><div>Thanh Nga đã viết:"
        f"</div><div>{THIRD}</div><div>Bấm để xem thêm...</div></blockquote>"
        "Mừng quá, trước đi làm qua cầu cũ tắc suốt. Mong sớm làm thêm đèn chiếu sáng.</div>"
    )
    body = f"{HEADLINE}<article class='message'>{post}</article><article class='message'>{reply}"
    result = extract(html(body + "</article>"), URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_a_label_opening_the_headline_element_is_not_headline() -> None:
    title = "Tin địa phương - Cầu Cửa Sót mới thông xe"
    head = f"<title>{title} | Diễn đàn</title><meta property='og:title' content='{title}'>"
    h1 = (
        "<h1 class='p-title-value'><span class='label label--blue'>Tin địa phương</span>"
        "<span class='label-append'>&nbsp;</span>Cầu Cửa Sót mới thông xe</h1>"
    )
    result = extract(html(h1 + TEXT, head), URL, fetched_at=NOW)
    assert result.headline == "Cầu Cửa Sót mới thông xe"


def test_a_description_cut_with_an_ellipsis_keeps_no_lead_across_its_newlines() -> None:
    head = f"<meta name='description' content='{FIRST}\nThương lái đặt mua...'>"
    text = f"<div class='post'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
    result = extract(html(HEADLINE + text, head), URL, fetched_at=NOW)
    assert (result.summary, result.paragraphs) == (None, [FIRST, SECOND, THIRD])


def test_the_poster_a_post_element_names_is_the_byline() -> None:
    post = (
        "<article class='message' data-author='Thanh Nga'><div class='message-user'>"
        "<h4><a href='/members/thanh-nga.1532/'>Thanh Nga</a></h4></div>"
        f"<div class='bbWrapper'>{FIRST}<br><br>{SECOND}<br><br>{THIRD}</div></article>"
    )
    record = extract_record(html(HEADLINE + post), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Thanh Nga", ["Thanh Nga"])


def test_the_count_of_another_listed_thread_is_not_the_articles() -> None:
    similar = (
        "<div class='block'><h3>Chủ đề tương tự</h3><div class='structItem'>"
        "<div class='structItem-title'><a href='/threads/khoi-cong-cau.41022/'>Khởi công cầu"
        " Cửa Sót mới bắc qua sông</a></div><dl class='pairs'><dt>Lượt xem</dt><dd>5.112</dd>"
        "</dl></div></div>"
    )
    record = extract_record(html(HEADLINE + TEXT + similar), URL, NOW)
    assert (record["views"], record["views_raw"]) == (None, None)
