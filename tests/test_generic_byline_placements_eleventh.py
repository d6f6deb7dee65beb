"""Rules the generic extractor learnt from the eleventh byline placements table
(`tests/fixtures/placements/bylines11.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


def test_a_plain_full_name_closing_the_text_signs_it() -> None:
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}<p>Đặng Thị Mỷ</p></div>"
    assert byline_of(article) == ("Đặng Thị Mỷ", ["Đặng Thị Mỷ"])


def test_a_plain_place_closing_the_text_signs_nothing() -> None:
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}<p>Hà Giang</p></div>"
    assert byline_of(article) == (None, [])


def test_a_desk_in_bold_under_a_source_line_signs_the_text() -> None:
    closing = (
        "<p><em>Theo Cổng Thông tin điện tử huyện</em></p>"
        "<p><strong>Ban Biên tập Bản tin Nông nghiệp</strong></p>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{closing}</div>"
    assert byline_of(article) == ("Ban Biên tập Bản tin Nông nghiệp", [])


def _signed_in_row(row: str) -> str:
    return (
        f"<table><tr><td>{HEADLINE}</td></tr><tr><td>{DATE}</td></tr>"
        f"<tr><td class='Normal'>{PARAGRAPHS}</td></tr>{row}</table>"
    )


def test_a_newsroom_desk_in_bold_in_the_row_under_the_texts_cell_signs_it() -> None:
    row = "<tr><td align='right'><b>Nhóm PV Xã hội</b></td></tr>"
    assert byline_of(_signed_in_row(row)) == ("Nhóm PV Xã hội", [])


def test_a_name_in_the_right_aligned_cell_under_the_texts_cell_signs_it() -> None:
    row = "<tr><td align='right'><span style='font-weight:bold'>ĐẶNG VĂN TUẤN</span></td></tr>"
    assert byline_of(_signed_in_row(row)) == ("ĐẶNG VĂN TUẤN", ["ĐẶNG VĂN TUẤN"])


def test_two_names_in_capitals_joined_by_a_capital_và_sign_together() -> None:
    row = "<tr><td><b>LÒ VĂN PHONG VÀ CẦM THỊ ÚT</b></td></tr>"
    assert byline_of(_signed_in_row(row)) == (
        "LÒ VĂN PHONG VÀ CẦM THỊ ÚT",
        ["LÒ VĂN PHONG", "CẦM THỊ ÚT"],
    )


def test_an_author_link_showing_its_login_names_nobody() -> None:
    line = (
        "<div class='entry-meta'>Đăng bởi <a href='/author/bientap07/' rel='author'>bientap07</a>"
        " | 08:20 02/12/2025</div>"
    )
    assert byline_of(f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>") == (None, [])


def test_a_forum_scripts_member_link_over_the_post_time_names_the_poster() -> None:
    header = (
        "<div class='post_author'><a href='/member.php?uid=12'>Lường Văn Thái</a>"
        " <span class='smalltext'>(@thai_lv)</span><br><span>Điều hành viên</span></div>"
        "<div class='post_head'><span class='post_date'>08:20 02/12/2025</span></div>"
    )
    article = f"<div class='post'>{HEADLINE}{header}<div class='post_body'>{PARAGRAPHS}</div></div>"
    assert byline_of(article) == ("Lường Văn Thái", ["Lường Văn Thái"])
