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
