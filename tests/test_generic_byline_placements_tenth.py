"""Rules the generic extractor learnt from the tenth byline placements table
(`tests/fixtures/placements/bylines10.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


def test_a_school_pages_writer_of_the_article_label_is_stripped() -> None:
    credit = "<p>Người viết bài: Sùng Văn Dơ</p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Sùng Văn Dơ", ["Sùng Văn Dơ"])


def test_a_bulletins_maker_label_names_the_writer() -> None:
    credit = "<p>Người thực hiện bản tin: Hờ Thị Súa</p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Hờ Thị Súa", ["Hờ Thị Súa"])


def test_a_teachers_post_in_short_after_a_dash_leaves_the_display() -> None:
    credit = "<p style='text-align:right'><b>Sùng Văn Dơ - GV Trường Tiểu học Pà Cò</b></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Sùng Văn Dơ", ["Sùng Văn Dơ"])


def test_three_writers_joined_by_commas_in_italics_closing_the_text_sign_it() -> None:
    credit = "<p><em>Lù Văn Pao, Giàng Thị Dở, Hạng A Tủa</em></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == (
        "Lù Văn Pao, Giàng Thị Dở, Hạng A Tủa",
        ["Lù Văn Pao", "Giàng Thị Dở", "Hạng A Tủa"],
    )


def test_two_writers_joined_by_và_in_bold_closing_the_text_sign_it() -> None:
    credit = "<p><strong>Lù Văn Pao và Giàng Thị Dở</strong></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{credit}</div>"
    assert byline_of(article) == ("Lù Văn Pao và Giàng Thị Dở", ["Lù Văn Pao", "Giàng Thị Dở"])


def test_a_lowercase_by_before_a_linked_name_and_a_weekday_after_a_dash() -> None:
    line = (
        "<div class='meta'>bởi <a href='/user/view.php?id=9'>Vàng A Sử</a>"
        " - Thứ Ba, 2 tháng 12 2025, 08:20</div>"
    )
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Vàng A Sử", ["Vàng A Sử"])


def test_an_author_heading_of_two_links_joined_by_a_comma_keeps_the_comma() -> None:
    line = (
        "<h4 class='article-author-name'><a href='/author/a/'>Quàng Văn Ún</a>, "
        "<a href='/author/b/'>Lò Thị Ính</a></h4>"
    )
    article = f"{HEADLINE}{line}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Quàng Văn Ún, Lò Thị Ính", ["Quàng Văn Ún", "Lò Thị Ính"])


def test_pictures_of_two_writers_beside_their_names_name_both() -> None:
    line = (
        "<div class='post-author-image'><a href='/u/a/'><img src='/a.jpg' alt='Quàng Văn Ún'></a>"
        "<a href='/u/b/'><img src='/b.jpg' alt='Lò Thị Ính'></a></div>"
        "<div class='post-meta'><h4><a href='/u/a/'>Quàng Văn Ún</a>, "
        "<a href='/u/b/'>Lò Thị Ính</a></h4><time>08:20 02/12/2025</time></div>"
    )
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Quàng Văn Ún, Lò Thị Ính", ["Quàng Văn Ún", "Lò Thị Ính"])


def test_a_rank_and_name_over_a_long_units_part_and_the_time_under_the_headline() -> None:
    line = (
        "<div class='m'><div class='_a1'>Thiếu tá Mùa A Vàng</div>"
        "<div class='_a2'>Đồn Biên phòng Cửa khẩu Quốc tế Pa Tần</div>"
        "<div class='_a3'>08:20 02/12/2025</div></div>"
    )
    article = f"{HEADLINE}{line}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Thiếu tá Mùa A Vàng", ["Mùa A Vàng"])
