"""Rules the generic extractor learnt from the fourth byline placements table
(`tests/fixtures/placements/bylines4.json`): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


def test_a_plain_name_line_under_the_publish_line_is_the_byline() -> None:
    article = f"{HEADLINE}{DATE}<div>Lục Văn Thắng</div>{PARAGRAPHS}"
    assert byline_of(article) == ("Lục Văn Thắng", ["Lục Văn Thắng"])


def test_a_plain_name_line_under_the_headline_keeps_its_degree_in_the_display() -> None:
    article = f"{HEADLINE}<div>TS. Nông Thị Huế</div>{DATE}{PARAGRAPHS}"
    assert byline_of(article) == ("TS. Nông Thị Huế", ["Nông Thị Huế"])


def test_two_plain_names_and_initials_under_the_publish_line_are_the_writers() -> None:
    article = f"{HEADLINE}{DATE}<p>Bế Thu Hà và K.L</p>{PARAGRAPHS}"
    assert byline_of(article) == ("Bế Thu Hà và K.L", ["Bế Thu Hà", "K.L"])


def test_a_rank_a_name_and_a_unit_under_the_publish_line_show_rank_and_name() -> None:
    line = "<div>Thiếu tá Hà Văn Dũng - Công an tỉnh</div>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Thiếu tá Hà Văn Dũng", ["Hà Văn Dũng"])


def test_the_editorial_board_alone_under_the_publish_line_signs_with_no_person() -> None:
    article = f"{HEADLINE}{DATE}<div>Ban Biên tập</div>{PARAGRAPHS}"
    assert byline_of(article) == ("Ban Biên tập", [])


def test_the_section_in_capitals_under_the_headline_is_no_byline() -> None:
    head = "<meta property='article:section' content='Giao Thông'>"
    article = f"{HEADLINE}<div>GIAO THÔNG</div>{DATE}{PARAGRAPHS}"
    assert byline_of(article, head) == (None, [])


def test_a_linked_section_under_the_publish_line_is_no_byline() -> None:
    article = f"{HEADLINE}{DATE}<div><a href='/giao-thong'>Giao Thông</a></div>{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_a_line_under_the_publish_line_holding_a_count_is_no_byline() -> None:
    article = f"{HEADLINE}{DATE}<div>Lượt Xem 1.204</div>{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_a_place_and_the_time_under_the_headline_are_no_name_line() -> None:
    article = f"{HEADLINE}<div>Mường Tè, 08:20 02/12/2025</div>{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_a_reporters_team_label_before_the_names_is_stripped() -> None:
    line = "<p class='author'>Nhóm phóng viên: Lý Văn Páo, Hầu Thị Sua</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Lý Văn Páo, Hầu Thị Sua", ["Lý Văn Páo", "Hầu Thị Sua"])


def test_an_office_whose_name_goes_on_after_a_dash_with_its_place_names_nobody() -> None:
    signed = "<p style='text-align:right'><b>Phòng Kinh tế - Hạ tầng xã Na Hối</b></p>"
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}{signed}"
    assert byline_of(article) == ("Phòng Kinh tế - Hạ tầng xã Na Hối", [])


def test_a_reporters_function_after_the_name_leaves_the_display() -> None:
    line = "<p class='author'>Giàng Seo Phử - Phóng viên thường trú tại Lào Cai</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Giàng Seo Phử", ["Giàng Seo Phử"])


def test_a_plain_name_after_a_publish_line_closing_its_box_is_the_byline() -> None:
    facts = "<dl><dt>Chi tiết</dt><dd>Ngày đăng: 08:20 02/12/2025</dd></dl>"
    article = f"{HEADLINE}{facts}<p><strong>Vương Thị Mai</strong></p>{PARAGRAPHS}"
    assert byline_of(article) == ("Vương Thị Mai", ["Vương Thị Mai"])


def test_a_name_then_a_count_in_elements_of_their_own_gives_the_name() -> None:
    line = "<div><span>Mùa A Chớ</span> <span><i class='icon-eye'></i> 2.318</span></div>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Mùa A Chớ", ["Mùa A Chớ"])


def test_a_bold_speaker_opening_a_paragraph_under_the_time_is_no_byline() -> None:
    line = "<p><b>Bà Lò Thị Xuân:</b> Năm nay bản có thêm 12 hộ làm du lịch cộng đồng.</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_a_writers_credit_in_brackets_closing_the_sapo_is_the_byline() -> None:
    sapo = (
        "<p><b>Bản Pà Cò có đường bê tông sau ba tháng thi công. (Bài và ảnh: Lò Văn Xôm)</b></p>"
    )
    article = f"{HEADLINE}{DATE}{sapo}{PARAGRAPHS}"
    assert byline_of(article) == ("Lò Văn Xôm", ["Lò Văn Xôm"])


def test_a_photographers_credit_in_brackets_closing_the_sapo_is_no_byline() -> None:
    sapo = "<p><b>Bản Pà Cò có đường bê tông sau ba tháng thi công. (Ảnh: Lò Văn Xôm)</b></p>"
    article = f"{HEADLINE}{DATE}{sapo}{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_a_writers_label_alone_in_bold_in_a_table_cell_names_the_next_cell() -> None:
    cells = (
        "<table><tr><td><b>Tác giả:</b></td><td>Sầm Văn Đông</td></tr>"
        "<tr><td><b>Lượt xem:</b></td><td>1.410</td></tr></table>"
    )
    article = f"{HEADLINE}{DATE}<div>{PARAGRAPHS}</div>{cells}"
    assert byline_of(article) == ("Sầm Văn Đông", ["Sầm Văn Đông"])


def test_a_role_under_the_name_in_an_author_box_leaves_the_display() -> None:
    box = (
        "<div class='tacgia-box'><p><b>Lương Thị Hiền</b></p><p>Biên tập viên Ban Thời sự</p></div>"
    )
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}{box}"
    assert byline_of(article) == ("Lương Thị Hiền", ["Lương Thị Hiền"])


def test_a_reporters_team_naming_its_members_on_the_last_line_signs_the_text() -> None:
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}<p><b>Nhóm PV: Thào A Sềnh, Vàng Thị Mỷ</b></p>"
    assert byline_of(article) == ("Thào A Sềnh, Vàng Thị Mỷ", ["Thào A Sềnh", "Vàng Thị Mỷ"])


def test_a_dotted_degree_before_a_bold_name_on_the_last_line_signs_the_text() -> None:
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}<p><b>BS.CKII Trịnh Văn Lâm</b></p>"
    assert byline_of(article) == ("BS.CKII Trịnh Văn Lâm", ["Trịnh Văn Lâm"])


def test_a_name_in_a_css_modules_sign_class_closing_the_text_signs_it() -> None:
    credit = "<div>Ảnh: Lò Văn Sinh</div>"
    signed = "<p class='Post_sign__Qz81k'>Cà Thị Nhàn</p>"
    article = f"{HEADLINE}{DATE}{credit}<div>{PARAGRAPHS}{signed}</div>"
    assert byline_of(article) == ("Cà Thị Nhàn", ["Cà Thị Nhàn"])


def test_a_sign_up_box_closing_the_text_is_no_signature() -> None:
    box = "<p class='sign-up'>Đăng Ký Nhận Tin</p>"
    article = f"{HEADLINE}{DATE}<div>{PARAGRAPHS}{box}</div>"
    assert byline_of(article) == (None, [])


def test_a_name_with_its_source_in_brackets_closing_the_text_signs_it() -> None:
    signed = "<p><em>Giàng Thị Dua</em> (Theo Báo Hà Giang)</p>"
    article = f"{HEADLINE}{DATE}<div>{PARAGRAPHS}{signed}</div>"
    assert byline_of(article) == ("Giàng Thị Dua", ["Giàng Thị Dua"])
