"""Rules the generic extractor learnt from the second byline placements table
(`tests/fixtures/placements/bylines_more.json`): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


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
