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
