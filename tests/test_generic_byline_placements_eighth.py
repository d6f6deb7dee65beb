"""Rules the generic extractor learnt from the eighth byline placements table
(`tests/fixtures/placements/bylines8.json`, whole pages): each on invented HTML of its own."""

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


def test_tin_bai_before_a_name_is_a_writers_label() -> None:
    credit = "<p><strong>Tin, bài: Hứa Văn Thanh</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Hứa Văn Thanh", ["Hứa Văn Thanh"])


def test_tin_and_anh_joined_by_a_dash_are_a_writers_label() -> None:
    credit = "<p><b>Tin - Ảnh: Sầm Thị Nguyệt</b></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Sầm Thị Nguyệt", ["Sầm Thị Nguyệt"])


def test_nhom_tac_gia_before_names_is_a_label() -> None:
    credit = "<p><b>Nhóm tác giả:</b> Kiều Minh Sang, Vi Thị Gấm</p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{credit}"
    assert byline_of(article) == (
        "Kiều Minh Sang, Vi Thị Gấm",
        ["Kiều Minh Sang", "Vi Thị Gấm"],
    )


def test_pvtt_before_a_name_is_a_role_kept_in_the_display() -> None:
    line = "<p class='writer'>PVTT Lò Thị Chiến</p>"
    article = f"{HEADLINE}{DATE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("PVTT Lò Thị Chiến", ["Lò Thị Chiến"])


def test_dublin_core_creator_names_the_writer_of_a_page_printing_none() -> None:
    head = "<meta name='author' content='quantri'><meta name='DC.creator' content='Mông Thị Ngát'>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article, head) == ("Mông Thị Ngát", ["Mông Thị Ngát"])


def test_dublin_core_creator_naming_an_office_names_nobody() -> None:
    head = "<meta name='DC.creator' content='Sở Xây dựng tỉnh Bình Phước'>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article, head) == (None, [])


def test_a_name_after_the_sections_in_the_publish_line() -> None:
    line = (
        "<div class='meta'><span class='cat'>Giao thông</span> / <span>Bạch Văn Tỉnh</span>"
        " / <span>02/12/2025 - 08:20</span></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Bạch Văn Tỉnh", ["Bạch Văn Tỉnh"])


def test_a_name_closing_the_publish_line_after_the_reading_time() -> None:
    line = "<div class='meta'><span>02/12/2025</span> · 4 phút đọc · Khúc Thị Hoa</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Khúc Thị Hoa", ["Khúc Thị Hoa"])


def test_a_section_closing_the_publish_line_names_nobody() -> None:
    line = "<div class='meta'><span>02/12/2025</span> · 4 phút đọc · Giao thông</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == (None, [])


def test_an_untranslated_posted_by_before_the_date() -> None:
    line = "<div class='meta'>Posted by <a href='/members/7/'>Tạ Quang Bửu</a> on 02/12/2025</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Tạ Quang Bửu", ["Tạ Quang Bửu"])


def test_bold_capitals_closing_the_last_paragraph_sign_it() -> None:
    last = "<p>Xã sẽ nghiệm thu con đường trong tháng tới. <strong>LÂM KHẢI</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{last}</div>"
    assert byline_of(article) == ("LÂM KHẢI", ["LÂM KHẢI"])


def test_bold_capitals_closing_an_earlier_paragraph_are_text() -> None:
    inner = "<p>Người dân gọi đó là con đường <strong>TÌNH NGHĨA</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{inner}{PARAGRAPHS}</div>"
    assert byline_of(article) == (None, [])


def test_an_italic_name_with_the_day_after_a_dash_closes_the_text() -> None:
    last = "<p><em>Hoàng Thu Trà - 01/12/2025</em></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{last}</div>"
    assert byline_of(article) == ("Hoàng Thu Trà", ["Hoàng Thu Trà"])


def test_a_small_heading_with_a_name_between_the_sapo_and_the_text() -> None:
    sapo = "<p class='sapo'>Con đường mới giúp bà con đi lại thuận tiện hơn.</p>"
    article = f"{HEADLINE}{DATE}{sapo}<h5>Triệu Thị Mai</h5><div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Triệu Thị Mai", ["Triệu Thị Mai"])


def test_an_interviewees_name_and_post_over_the_text_is_no_byline() -> None:
    sapo = "<p class='sapo'>Con đường mới giúp bà con đi lại thuận tiện hơn.</p>"
    heading = "<h4>Ông Hà Văn Tư, Chủ tịch UBND xã</h4>"
    article = f"{HEADLINE}{DATE}{sapo}{heading}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == (None, [])


def test_a_right_aligned_mail_link_signs_the_text() -> None:
    last = "<p style='text-align:right'><a href='mailto:hanh@tin.example.vn'>Ma Thị Hạnh</a></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{last}</div>"
    assert byline_of(article) == ("Ma Thị Hạnh", ["Ma Thị Hạnh"])


def test_a_small_inside_the_headline_holding_a_name() -> None:
    headline = "<h1>Đường bê tông về bản Pà Cò <small>Lý Văn Sáng</small></h1>"
    article = f"{headline}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Lý Văn Sáng", ["Lý Văn Sáng"])


def test_a_small_inside_the_headline_holding_a_subtitle_names_nobody() -> None:
    headline = "<h1>Đường bê tông về bản Pà Cò <small>Kỳ 2: Niềm vui của bản</small></h1>"
    article = f"{headline}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == (None, [])


def test_a_smallest_heading_closing_the_text_signs_it_without_its_desk() -> None:
    """`<h6>` closing the text with a name in capitals and the desk after an en dash: the
    writer's signature set small, the desk no part of the display."""
    last = "<h6>ĐINH KHÁNH LY – Ban Thời sự</h6>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{last}</div>"
    assert byline_of(article) == ("ĐINH KHÁNH LY", ["ĐINH KHÁNH LY"])


def test_a_smallest_heading_closing_the_text_with_other_words_signs_nothing() -> None:
    last = "<h6>Xem thêm – Tin cùng chuyên mục</h6>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{last}</div>"
    assert byline_of(article) == (None, [])


def test_an_author_box_in_the_posts_own_footer_names_the_writer() -> None:
    """Blogger's `post-footer` inside the `<article>` under the text: `Đăng bởi` and the
    writer's profile link in an author-classed span, the post's own footer."""
    footer = (
        "<div class='post-footer'><span class='post-author vcard'>Đăng bởi <a class='g-profile'"
        " href='https://profiles.example.com/77'>Sùng A Páo</a></span></div>"
    )
    article = f"{HEADLINE}{DATE}<div class='post-body'>{PARAGRAPHS}</div>{footer}"
    assert byline_of(article) == ("Sùng A Páo", ["Sùng A Páo"])


def test_a_full_name_between_the_headline_and_the_paper_in_the_title_is_the_writer() -> None:
    """`<title>` reads `headline | Nguyễn Hải Yến | Báo …` and the page prints no byline: the
    writer; a section or a place there (`Thời sự`, `Hà Nội`) is no one."""
    for part, expected in (
        ("Nguyễn Hải Yến", ("Nguyễn Hải Yến", ["Nguyễn Hải Yến"])),
        ("Hà Nội", (None, [])),
        ("Thời sự", (None, [])),
    ):
        page = (
            f"<html lang='vi'><head><title>{TITLE} | {part} | Báo Vùng Cao</title></head><body>"
            f"<article>{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div></article>"
            "</body></html>"
        )
        record = extract_record(page, URL, NOW)
        assert (record["byline"], record["authors"]) == expected
