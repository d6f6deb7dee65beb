"""Rules the generic extractor learnt for where a byline sits on a page (the placements table,
`tests/fixtures/placements/bylines.json`): each on invented HTML of its own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-03T10:00:00+07:00")
URL = "https://tinvungcao.example.vn/xa-hoi/mo-duong-len-ban-pa-co-2841.html"
TITLE = "Mở đường bê tông lên bản Pà Cò trước mùa khô"
HEADLINE = f"<h1>{TITLE}</h1>"
DATE = "<div class='date'>08:20 - 02/12/2025</div>"
FIRST = "Con đường dài 3,2 km nối bản Pà Cò với trung tâm xã đã được đổ bê tông xong."
SECOND = "Người dân góp hơn 400 ngày công và hiến đất để mở rộng mặt đường thêm một mét."
THIRD = "Xã sẽ trồng cây xanh hai bên đường và lắp đèn năng lượng mặt trời trong tháng tới."
PARAGRAPHS = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


def byline_of(article: str, head: str = "", aside: str = "") -> tuple[str | None, list[str]]:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title>{head}</head><body>"
        f"<article>{article}</article>{aside}</body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["byline"], record["authors"]


def test_a_last_paragraph_aligned_right_by_bootstraps_text_end_signs_the_text() -> None:
    signed = "<p class='text-end'><b>PV Lò Thanh - BTV Mai Hoa</b></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{signed}</div>"
    assert byline_of(article) == ("PV Lò Thanh - BTV Mai Hoa", ["Lò Thanh", "Mai Hoa"])


def test_the_time_after_lúc_or_vào_in_a_posted_by_line_is_no_part_of_the_name() -> None:
    posted = "<div class='meta'>Đăng bởi Lò Văn Thanh lúc 08:20 ngày 02/12/2025</div>"
    assert byline_of(f"{HEADLINE}{posted}{PARAGRAPHS}") == ("Lò Văn Thanh", ["Lò Văn Thanh"])
    posted = "<div class='meta'>Gửi bởi Mai Thị Hoa vào T3, 02/12/2025 - 08:20</div>"
    assert byline_of(f"{HEADLINE}{posted}{PARAGRAPHS}") == ("Mai Thị Hoa", ["Mai Thị Hoa"])


def test_an_author_link_a_role_line_labels_wins_over_another_person_in_meta() -> None:
    head = "<meta name='author' content='Phạm Thị Loan'>"
    line = "<p class='info'>Tác giả: <a href='/tac-gia/tran-bao'>Trần Bảo</a> - 02/12/2025</p>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}", head) == ("Trần Bảo", ["Trần Bảo"])


def test_a_name_before_the_time_in_the_publish_lines_own_element_is_the_byline() -> None:
    line = "<div><span>Lò Thanh Hải - 08:20 02/12/2025</span></div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Lò Thanh Hải", ["Lò Thanh Hải"])


def test_a_place_before_the_time_after_a_comma_is_no_byline() -> None:
    line = "<div><span>Lai Châu, 08:20 02/12/2025</span></div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == (None, [])


def test_a_bold_name_under_the_headline_the_container_holds_is_the_byline() -> None:
    name = "<p><strong>Lò Thanh Hải</strong></p>"
    article = f"<div class='detail'>{HEADLINE}{DATE}{name}{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Lò Thanh Hải", ["Lò Thanh Hải"])


def test_a_role_line_between_the_bars_of_the_publish_line_is_the_byline() -> None:
    line = "<div class='info'>Thứ Ba, 02/12/2025 08:20 | Tác giả: Mai Hoa | Lượt xem: 1.024</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Mai Hoa", ["Mai Hoa"])


def test_a_bold_name_in_the_table_row_under_the_texts_cell_is_the_byline() -> None:
    table = (
        f"<table><tr><td>{HEADLINE}</td></tr><tr><td>02/12/2025 08:20</td></tr>"
        f"<tr><td>{PARAGRAPHS}</td></tr><tr><td align='right'><b>Lò Thanh Hải</b></td></tr>"
        "<tr><td><a href='/in'>In bài</a></td></tr></table>"
    )
    assert byline_of(table) == ("Lò Thanh Hải", ["Lò Thanh Hải"])


def test_a_signature_classed_paragraph_after_the_texts_box_is_the_byline() -> None:
    signed = "<p class='Post_signature__k2Lq'>Mai Thị Hoa</p><p>Xuất bản ngày 02/12/2025</p>"
    article = f"{HEADLINE}<div class='Post_body__x9'>{PARAGRAPHS}</div>{signed}"
    assert byline_of(article) == ("Mai Thị Hoa", ["Mai Thị Hoa"])


def test_a_heading_in_capitals_after_the_texts_box_is_no_byline() -> None:
    box = (
        "<h3>TIN LIÊN QUAN</h3><ul><li><a href='/a.html'>Khánh thành cầu treo bản Mù</a></li></ul>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{box}"
    assert byline_of(article) == (None, [])


def test_author_links_on_one_line_are_joined_as_the_page_joins_them() -> None:
    line = (
        "<div class='meta'><a href='/tac-gia/mai-hoa'>Mai Hoa</a>, "
        "<a href='/tac-gia/lo-thanh'>Lò Thanh</a> <span>08:20 02/12/2025</span></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == (
        "Mai Hoa, Lò Thanh",
        ["Mai Hoa", "Lò Thanh"],
    )


def test_a_bold_last_line_of_a_name_and_its_outlet_after_a_slash_signs_the_text() -> None:
    signed = "<p><strong>Lò Thanh Hải/VOV-Tây Bắc</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{signed}</div>"
    assert byline_of(article) == ("Lò Thanh Hải", ["Lò Thanh Hải"])


def test_author_links_in_a_titled_box_of_writers_beside_the_article_are_no_byline() -> None:
    aside = (
        "<div class='col-4'><div class='card'><h5>Cây bút nổi bật</h5>"
        "<p><a href='/tac-gia/mai-hoa'>Mai Hoa</a></p>"
        "<p><a href='/tac-gia/lo-thanh'>Lò Thanh</a></p></div></div>"
    )
    assert byline_of(f"{HEADLINE}{DATE}{PARAGRAPHS}", aside=aside) == (None, [])


def test_the_name_heading_the_box_of_an_author_link_that_names_nobody_is_the_byline() -> None:
    box = (
        "<div class='mt-8 flex gap-4'><img src='/a/mai-hoa.jpg' alt=''><div>"
        "<p class='font-bold'>Mai Thị Hoa</p><p>Phóng viên thường trú tại Lai Châu.</p>"
        "<a href='/tac-gia/mai-thi-hoa'>Xem tất cả bài viết (86)</a></div></div>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{box}"
    assert byline_of(article) == ("Mai Thị Hoa", ["Mai Thị Hoa"])


def test_an_office_after_a_posted_by_label_with_a_colon_signs_the_text() -> None:
    line = "<p class='meta'>Đăng bởi: Văn phòng HĐND và UBND xã | 02/12/2025 08:20</p>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Văn phòng HĐND và UBND xã", [])


def test_a_desk_before_the_time_in_the_publish_line_is_the_display_naming_nobody() -> None:
    line = "<div class='small'>Nhóm PV Thời sự · 08:20 02/12/2025</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Nhóm PV Thời sự", [])


def test_an_account_before_the_time_in_the_publish_line_is_no_byline() -> None:
    line = "<div class='small'>Quản trị viên · 08:20 02/12/2025</div>"
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == (None, [])
