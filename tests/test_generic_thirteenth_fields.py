"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the thirteenth holdout set's families (a photo story, a radio-TV news video, a round-table,
a reader's letter, an e-paper reader, a print view, an event timeline, a 2012 archive, a
web-component page, an e-magazine in a frame, WordPress with Yoast, ASP.NET Web Forms)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://tinvungcao.example.vn/kinh-te/vu-mia-moi-tren-dat-doi-5521.html"
TITLE = "Nông dân vùng đồi vào vụ ép mía mới với giá thu mua ổn định"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ đầu tuần, các đội chặt mía đã tỏa về những quả đồi ven hồ để kịp đưa mía về nhà máy."
SECOND = "Công ty đường cử cán bộ xuống từng thôn để đo chữ đường và chốt lịch vận chuyển."
THIRD = "Nhiều hộ cho biết năm nay lãi khá nhờ giá thu mua được giữ ổn định từ đầu vụ."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_count_in_brackets_after_an_eye_icon_is_the_views() -> None:
    meta = (
        "<div class='meta'><span><i class='fa fa-clock'></i> 18:40 | 21/11/2025</span>"
        "<span><i class='fa fa-eye'></i> (1.475)</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (1475, "(1.475)")


def test_a_publish_line_printed_by_javascript_s_date_to_string_is_read_as_printed() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2025-11-20T02:45:00.000Z"}</script>'
    )
    meta = (
        "<div class='meta'><span data-ts='1763606700000'>Đăng lúc: Thu Nov 20 2025 09:45:00"
        " GMT+0700 (Indochina Time)</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert record["published_at"] == "2025-11-20T09:45:00+07:00"
    assert record["published_raw"] == (
        "Đăng lúc: Thu Nov 20 2025 09:45:00 GMT+0700 (Indochina Time)"
    )


def test_a_writer_labelled_pictures_first_then_text_is_the_author() -> None:
    meta = (
        "<div class='meta'><span class='author'>Ảnh, bài: HOÀNG VŨ</span>"
        "<span class='time'>21/11/2025 - 18:40</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("HOÀNG VŨ", ["HOÀNG VŨ"])


def test_the_line_under_a_signed_name_says_who_the_person_is_and_is_no_part_of_it() -> None:
    signature = (
        "<p style='text-align:right'><strong>LÊ THỊ NGỌC</strong><br>"
        "(thôn Đồng Tâm, xã Yên Lạc, tỉnh Phú Thọ)</p>"
    )
    text = TEXT.replace("</div>", signature + "</div>")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert (record["byline"], record["authors"]) == ("LÊ THỊ NGỌC", ["LÊ THỊ NGỌC"])
    assert record["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_an_institute_under_the_name_in_an_author_box_is_left_out_of_the_byline() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type":"Article",'
        '"author":{"@type":"Person","name":"Trần Quốc Bảo"}}</script>'
    )
    box = (
        "<p class='article-author'><strong>PGS.TS Trần Quốc Bảo</strong><br>"
        "<em>Viện Kinh tế nông nghiệp</em></p>"
    )
    record = extract_record(html(HEADLINE + TEXT + box, head), URL, NOW)
    assert (record["byline"], record["authors"]) == ("PGS.TS Trần Quốc Bảo", ["Trần Quốc Bảo"])


def test_a_section_label_and_its_value_in_one_element_give_the_category() -> None:
    panel = "<div class='panel-head'><span>Trang 3</span> · <span>Chuyên mục: Xã hội</span></div>"
    record = extract_record(html(panel + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Xã hội"


def test_a_section_named_without_a_link_in_a_box_classed_cat_over_the_headline() -> None:
    label = "<div class='print-cat'>Nông nghiệp - Nông thôn</div>"
    record = extract_record(html(label + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Nông nghiệp - Nông thôn"


def test_a_caption_table_between_the_headline_and_the_text_captions_its_picture() -> None:
    picture = (
        "<table class='pic' align='center'><tr><td><img src='/anh/doi-mia.jpg' alt=''></td></tr>"
        "<tr><td>Xe chở mía xếp hàng trước cổng nhà máy. Ảnh: Bạn đọc cung cấp</td></tr></table>"
    )
    page = f"<div class='news'>{HEADLINE}{picture}{TEXT}</div>"
    record = extract_record(html(page), URL, NOW)
    assert record["images"] == [
        {
            "url": "https://tinvungcao.example.vn/anh/doi-mia.jpg",
            "caption": "Xe chở mía xếp hàng trước cổng nhà máy. Ảnh: Bạn đọc cung cấp",
        }
    ]
