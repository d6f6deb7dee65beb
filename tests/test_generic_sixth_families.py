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
