"""Rules the generic extractor learnt from the third byline placements table
(`tests/fixtures/placements/bylines3.json`): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


def test_a_reader_before_the_name_is_a_calling_no_part_of_the_person() -> None:
    line = "<p class='author'>Bạn đọc Hà Văn Lộc</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Bạn đọc Hà Văn Lộc", ["Hà Văn Lộc"])


def test_a_bar_association_in_brackets_after_the_name_leaves_the_display() -> None:
    line = "<p class='author'>Luật sư Mạc Văn Kiên (Đoàn Luật sư thành phố)</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Luật sư Mạc Văn Kiên", ["Mạc Văn Kiên"])


def test_a_surname_doan_alone_is_a_person() -> None:
    line = "<p class='author'>Đoàn Thị Lựu</p>"
    article = f"{HEADLINE}{DATE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Đoàn Thị Lựu", ["Đoàn Thị Lựu"])


def test_a_writers_label_naming_the_article_opens_a_role_line() -> None:
    line = "<p><strong>Tác giả bài viết:</strong> Vi Thị Lành</p>"
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}{line}"
    assert byline_of(article) == ("Vi Thị Lành", ["Vi Thị Lành"])


def test_the_name_under_an_about_the_author_heading_is_the_writer() -> None:
    bio = "<p>Phóng viên thường trú, nhiều năm viết về các xã vùng biên và đời sống bà con.</p>"
    box = f"<div class='box-author'><h5>Về tác giả</h5><p>Triệu Văn Sang</p>{bio}</div>"
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}{box}"
    assert byline_of(article) == ("Triệu Văn Sang", ["Triệu Văn Sang"])


def test_a_plain_name_under_a_line_of_dashes_closing_the_text_is_the_signature() -> None:
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}<p>* * *</p><p>Lục Thị Duyên</p>"
    assert byline_of(article) == ("Lục Thị Duyên", ["Lục Thị Duyên"])


def test_a_line_of_dashes_over_a_sentence_signs_nothing() -> None:
    closing = "<p>Xã mời bà con đến dự buổi họp vào sáng thứ Hai tới.</p>"
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}<p>---</p>{closing}"
    assert byline_of(article) == (None, [])


def test_a_paragraph_classed_as_the_signature_in_vietnamese_is_the_byline() -> None:
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}<p class='ky-ten'>HOÀNG VĂN PHÚ (CTV)</p>"
    assert byline_of(article) == ("HOÀNG VĂN PHÚ (CTV)", ["HOÀNG VĂN PHÚ"])


def test_a_name_floated_right_in_the_last_paragraph_is_the_signature() -> None:
    signature = "<p><span style='float:right'>Ma Văn Tỉnh</span></p>"
    article = f"{HEADLINE}{DATE}{PARAGRAPHS}{signature}"
    assert byline_of(article) == ("Ma Văn Tỉnh", ["Ma Văn Tỉnh"])


def test_a_name_after_the_time_opening_a_barred_publish_line_is_the_writer() -> None:
    line = "<div>02/12/2025 08:20 | Sầm Thị Nguyệt | 1.096 lượt xem</div>"
    article = f"{HEADLINE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Sầm Thị Nguyệt", ["Sầm Thị Nguyệt"])


def test_a_section_after_the_time_opening_a_barred_publish_line_is_no_writer() -> None:
    line = "<div>02/12/2025 08:20 | Thời sự | 1.096 lượt xem</div>"
    article = f"{HEADLINE}{line}{PARAGRAPHS}"
    assert byline_of(article) == (None, [])


def test_the_editorial_board_opening_the_publish_line_signs_with_no_person() -> None:
    line = "<div>Ban Biên tập - 08:20 02/12/2025</div>"
    article = f"{HEADLINE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Ban Biên tập", [])


def test_an_office_opening_the_publish_line_still_signs_nothing_there() -> None:
    line = "<div>Quản trị viên - 08:20 02/12/2025</div>"
    article = f"{HEADLINE}{line}{PARAGRAPHS}"
    assert byline_of(article) == (None, [])
