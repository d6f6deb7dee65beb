"""Rules the generic extractor learnt from the second byline placements table
(`tests/fixtures/placements/bylines_more.json`): each on invented HTML of its own."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_byline_placements import (
    DATE,
    FIRST,
    HEADLINE,
    NOW,
    PARAGRAPHS,
    SECOND,
    THIRD,
    TITLE,
    URL,
    byline_of,
)


def test_an_address_element_in_the_article_names_its_writer() -> None:
    address = "<address>Lường Văn Khiêm</address>"
    article = f"{HEADLINE}{address}{DATE}{PARAGRAPHS}"
    assert byline_of(article) == ("Lường Văn Khiêm", ["Lường Văn Khiêm"])


def test_an_email_after_the_name_in_an_author_box_is_no_part_of_it() -> None:
    mail = "<a href='mailto:nhungct@tin.vn'>nhungct@tin.vn</a>"
    box = f"<div class='author'>Cầm Thị Nhung | {mail}</div>"
    article = f"{HEADLINE}{box}{DATE}{PARAGRAPHS}"
    assert byline_of(article) == ("Cầm Thị Nhung", ["Cầm Thị Nhung"])


def test_a_cms_login_in_the_author_meta_tag_names_no_one() -> None:
    head = "<meta name='author' content='tbt_vungcao'>"
    assert byline_of(f"{HEADLINE}{DATE}{PARAGRAPHS}", head) == (None, [])


def test_an_icon_before_the_name_opening_the_publish_line_is_passed_over() -> None:
    line = (
        "<div><svg viewBox='0 0 16 16'><path d='M8 8'></path></svg>"
        "<span>Hà Thị Duyên</span><span>08:20 02/12/2025</span></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Hà Thị Duyên", ["Hà Thị Duyên"])


def test_a_source_in_brackets_after_the_name_before_the_time_leaves_the_name() -> None:
    line = "<div><span>Vi Văn Thắng (VNA) | 08:20 02/12/2025</span></div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Vi Văn Thắng", ["Vi Văn Thắng"])


def test_a_credit_line_the_photographers_credit_opens_names_the_writer_after_it() -> None:
    credit = "<span class='src'>Ảnh: Lò Văn Pọm - Tin: Sa Thị Mai</span>"
    line = f"<div><span>08:20 02/12/2025</span> {credit}</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Sa Thị Mai", ["Sa Thị Mai"])


def _straight_under_body(signature: str) -> str:
    """A page of an old hand-made template: the text's paragraphs straight under `<body>`, a
    signature, then a box of other articles and the site's footer lines after it."""
    return (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<div><a href='/'>Trang chủ</a> | <a href='/c/1'>Xã hội</a></div><hr>"
        f"{HEADLINE}<p><i>02/12/2025</i></p>{PARAGRAPHS}{signature}"
        "<h3>Bài khác</h3><ul><li><a href='/tin/7.html'>Sửa cầu treo bản Mường Cang</a></li>"
        "<li><a href='/tin/8.html'>Lớp học xóa mù chữ cho phụ nữ bản Huổi Lóng</a></li></ul><hr>"
        "<p>© 2025 Trang tin điện tử huyện Than Uyên. Giấy phép số 12/GP-TTĐT.</p>"
        "<p>Địa chỉ: 3 đường Hoàng Liên, thị trấn Than Uyên. Điện thoại: 0213 3784 111.</p>"
        "</body></html>"
    )


def test_the_site_footer_straight_under_body_ends_the_text_its_signature_closes() -> None:
    """The licence and copyright line after the text's paragraphs ends the text, so the address
    line under it is no text and the signature over it closes the text."""
    page = _straight_under_body("<p align='right'><b>Lò Văn Khiêm (Khiêm Lò)</b></p>")
    record = extract_record(page, URL, NOW)
    assert (record["byline"], record["authors"]) == ("Lò Văn Khiêm (Khiêm Lò)", ["Lò Văn Khiêm"])
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_bold_signature_with_a_compilers_note_in_brackets_signs_the_text() -> None:
    """`PV (tổng hợp)` in bold closing the text: a desk's signature, its note in brackets no
    word of a name."""
    record = extract_record(_straight_under_body("<p><b>PV (tổng hợp)</b></p>"), URL, NOW)
    assert (record["byline"], record["authors"]) == ("PV", [])
    signed = "<p><b>Lò Thị Hoa (lược dịch)</b></p>"
    record = extract_record(_straight_under_body(signed), URL, NOW)
    assert record["authors"] == ["Lò Thị Hoa"]


def test_an_office_after_a_person_icon_opening_the_publish_line_signs_the_text() -> None:
    """An office where the theme prints the writer, after a person icon: the display, with no
    person; without the icon a line opening `Phòng …` may be a topic, and names no one."""
    office = "<span><i class='fa fa-user'></i> Phòng Tài nguyên - Môi trường huyện</span>"
    line = f"<div class='meta'>{office}<span>08:20 02/12/2025</span></div>"
    article = f"{HEADLINE}{line}{PARAGRAPHS}"
    assert byline_of(article) == ("Phòng Tài nguyên - Môi trường huyện", [])
    topic = "<span>Phòng chống thiên tai</span><span>08:20 02/12/2025</span>"
    assert byline_of(f"{HEADLINE}<div class='meta'>{topic}</div>{PARAGRAPHS}") == (None, [])
