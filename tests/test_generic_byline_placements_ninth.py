"""Rules the generic extractor learnt from the ninth byline placements table
(`tests/fixtures/placements/bylines9.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_byline_placements import (
    DATE,
    HEADLINE,
    NOW,
    PARAGRAPHS,
    TITLE,
    URL,
    byline_of,
)


def test_parsely_author_names_the_writer_of_a_page_printing_none() -> None:
    head = "<meta name='author' content='bientap'><meta name='parsely-author' content='Hồ Thị Lài'>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article, head) == ("Hồ Thị Lài", ["Hồ Thị Lài"])


def test_twitter_card_field_labelled_as_the_writer_names_him() -> None:
    head = (
        "<meta name='twitter:label1' content='Thời gian đọc'>"
        "<meta name='twitter:data1' content='3 phút'>"
        "<meta name='twitter:label2' content='Được viết bởi'>"
        "<meta name='twitter:data2' content='Kha Văn Bền'>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article, head) == ("Kha Văn Bền", ["Kha Văn Bền"])


def test_twitter_card_field_under_another_label_names_nobody() -> None:
    head = (
        "<meta name='twitter:label1' content='Chuyên mục'>"
        "<meta name='twitter:data1' content='Kha Văn Bền'>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article, head) == (None, [])


def test_an_untranslated_author_label_in_an_author_box_is_stripped() -> None:
    box = "<div class='entry-author'>Autor: Giàng Thị Sua</div>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{box}"
    assert byline_of(article) == ("Giàng Thị Sua", ["Giàng Thị Sua"])


def test_an_english_text_label_names_the_writer_beside_the_photos() -> None:
    credit = "<p><em>Text: Hầu A Lử / Photos: Vừ Thị Dợ</em></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Hầu A Lử", ["Hầu A Lử"])


def test_a_desk_and_its_outlet_in_brackets_leave_the_display() -> None:
    credit = "<p style='text-align:right'><b>Lục Văn Páo</b> (Ban Kinh tế, Báo Bản Giốc cũ)</p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Lục Văn Páo", ["Lục Văn Páo"])


def test_a_role_line_ends_at_a_break_before_another_field() -> None:
    box = "<div class='thong-tin'><p>Tác giả: Đèo Văn Chiến<br>Cập nhật: 02/12/2025</p></div>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{box}"
    assert byline_of(article) == ("Đèo Văn Chiến", ["Đèo Văn Chiến"])


def test_anh_va_bai_between_a_photo_storys_pictures_names_the_writer() -> None:
    pictures = "".join(
        f"<figure><img src='/a{n}.jpg'><figcaption>Bản làng {n}.</figcaption></figure>"
        for n in (1, 2, 3)
    )
    text = f"{PARAGRAPHS}{pictures}<p><em>Ảnh và bài: Thào A Vừ</em></p>{pictures}"
    article = f"{HEADLINE}{DATE}<div class='content'>{text}</div>"
    assert byline_of(article) == ("Thào A Vừ", ["Thào A Vừ"])


def test_a_dash_and_a_name_alone_closing_the_text_sign_it() -> None:
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}<p>— Mùa A Chư</p></div>"
    assert byline_of(article) == ("Mùa A Chư", ["Mùa A Chư"])


def test_a_dash_and_a_speakers_post_closing_a_quote_sign_nothing() -> None:
    speaker = "<p>— Ông Vàng Seo Hồ, Chủ tịch UBND xã</p>"
    quote = f"<blockquote><p>“Xã sẽ làm tiếp.”</p>{speaker}</blockquote>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{quote}</div>"
    assert byline_of(article) == (None, [])


def test_writers_listed_as_loose_text_before_the_time_element() -> None:
    names = "Lù Văn Sình, Hà Thị Dung và Giàng A Páo"
    line = f"<p class='meta'>{names} · <time>08:20 02/12/2025</time></p>"
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == (
        "Lù Văn Sình, Hà Thị Dung và Giàng A Páo",
        ["Lù Văn Sình", "Hà Thị Dung", "Giàng A Páo"],
    )


def test_a_single_writer_as_loose_text_before_the_time_element() -> None:
    line = "<div class='meta'>Lò Thị Chăm — <time>08:20 02/12/2025</time></div>"
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Lò Thị Chăm", ["Lò Thị Chăm"])


def test_an_author_links_tooltip_names_the_writer_it_pictures() -> None:
    avatar = "<a href='/tac-gia/sa-van-hung' title='Sa Văn Hùng'><img src='/a.jpg' alt=''></a>"
    line = f"<div class='meta'>{avatar} <span>08:20 02/12/2025</span></div>"
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Sa Văn Hùng", ["Sa Văn Hùng"])


def test_an_untranslated_by_after_the_time_names_the_writer() -> None:
    line = "<p class='info'><time>08:20 02/12/2025</time> by Lương Thị Thoa</p>"
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Lương Thị Thoa", ["Lương Thị Thoa"])


def test_a_reporter_and_her_name_in_brackets_closing_the_sapo_sign_it() -> None:
    lead = "Ba thôn đã có điện lưới sau nhiều năm chờ đợi"
    sapo = f"<p class='sapo'>{lead} (Phóng viên Lường Thị Ón)</p>"
    article = f"{HEADLINE}{DATE}{sapo}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Phóng viên Lường Thị Ón", ["Lường Thị Ón"])


def test_a_reporter_asking_in_brackets_signs_nothing() -> None:
    lead = "Ba thôn đã có điện lưới sau nhiều năm chờ đợi"
    sapo = f"<p class='sapo'>{lead} (phóng viên ghi nhận)</p>"
    article = f"{HEADLINE}{DATE}{sapo}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == (None, [])


def test_a_unit_over_a_break_and_a_bold_name_signs_with_the_name() -> None:
    unit = "<em>Trạm Y tế xã Nậm Cang</em>"
    credit = f"<p style='text-align:right'>{unit}<br><strong>BS. Sùng Thị Mỷ</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("BS. Sùng Thị Mỷ", ["Sùng Thị Mỷ"])


def test_a_posters_real_name_signs_a_page_printing_no_writer() -> None:
    info = "<div class='info'>Người đăng: Nông Thị Lụa | Lượt xem: 120</div>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{info}"
    assert byline_of(article) == ("Nông Thị Lụa", ["Nông Thị Lụa"])


def test_a_writers_line_wins_over_the_poster_printed_before_it() -> None:
    poster = "<div class='info'>Người đăng: Nông Thị Lụa</div>"
    writer = "<p><b>Tác giả: Hoàng Văn Chản</b></p>"
    article = f"{HEADLINE}{DATE}{poster}<div class='content'>{PARAGRAPHS}{writer}</div>"
    assert byline_of(article) == ("Hoàng Văn Chản", ["Hoàng Văn Chản"])


def test_a_posters_login_signs_nothing() -> None:
    info = "<div class='info'>Người đăng: quantri02 | Lượt xem: 120</div>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{info}"
    assert byline_of(article) == (None, [])


def test_an_english_by_line_under_the_headline_names_the_writer() -> None:
    line = "<div class='meta-row'>By <a href='https://hoangthibay.example'>Hoàng Thị Bảy</a></div>"
    article = f"{HEADLINE}{line}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Hoàng Thị Bảy", ["Hoàng Thị Bảy"])


def test_the_main_element_is_the_page_whatever_its_class_says() -> None:
    line = "<div class='meta-row'>Tác giả: Hoàng Thị Bảy</div>"
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<main class='main-content-and-footer'>"
        f"<article>{HEADLINE}{line}{DATE}<div class='content'>{PARAGRAPHS}</div></article>"
        "</main><footer>Báo Bản Giốc</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hoàng Thị Bảy", ["Hoàng Thị Bảy"])


def test_a_link_to_a_profile_on_the_sites_own_at_handle_names_the_writer() -> None:
    line = (
        "<div class='x1'><a class='q r' href='/@vuthilan'>Vũ Thị Lan</a> · "
        "<button>Theo dõi</button></div>"
    )
    article = f"{HEADLINE}{line}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Vũ Thị Lan", ["Vũ Thị Lan"])
