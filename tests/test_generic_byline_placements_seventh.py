"""Rules the generic extractor learnt from the seventh byline placements table
(`tests/fixtures/placements/bylines7.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of


def test_a_genre_label_opening_the_text_names_its_writer() -> None:
    genre = "<p><em>Tản văn: Hà Thị Mỹ Duyên</em></p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{genre}{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Hà Thị Mỹ Duyên", ["Hà Thị Mỹ Duyên"])


def test_a_genre_of_its_writer_under_the_headline_is_a_label() -> None:
    genre = "<p class='the-loai'>Tản văn của Lục Thị Sen</p>"
    article = f"{HEADLINE}{genre}{DATE}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Lục Thị Sen", ["Lục Thị Sen"])


def test_a_phone_after_the_name_in_the_articles_address_is_no_part_of_it() -> None:
    address = "<address>Quàng Văn Thưởng - 0978 112 334</address>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{address}"
    assert byline_of(article) == ("Quàng Văn Thưởng", ["Quàng Văn Thưởng"])


def test_the_first_line_of_the_articles_own_footer_names_its_writer() -> None:
    footer = (
        "<footer><p>Y Thuyên Êban - ythuyen@tinvungcao.example.vn</p>"
        "<p>Từ khóa: <a href='/tag/duong'>đường</a></p></footer>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{footer}"
    assert byline_of(article) == ("Y Thuyên Êban", ["Y Thuyên Êban"])


def test_a_footer_opening_with_the_tags_names_no_writer() -> None:
    footer = "<footer><p>Từ khóa: <a href='/tag/duong'>Đường Bê Tông</a></p></footer>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{footer}"
    assert byline_of(article) == (None, [])


def test_a_link_to_wordpress_plain_author_address_among_the_posts_links() -> None:
    line = (
        "<div class='meta'><a href='/chuyen-muc/giao-thong'>Giao thông</a> · "
        "<a href='/?author=7'>Lâm Thị Bé Ba</a> · <span>08:20 - 02/12/2025</span> · "
        "<a href='#comments'>2 bình luận</a></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Lâm Thị Bé Ba", ["Lâm Thị Bé Ba"])


def test_a_link_to_a_nguoi_viet_page_beside_the_time() -> None:
    line = (
        "<div class='meta'><span>08:20 - 02/12/2025</span> "
        "<a href='/nguoi-viet/danh-thi-sa-ry'>Danh Thị Sa Ry</a></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Danh Thị Sa Ry", ["Danh Thị Sa Ry"])


def test_a_name_under_the_row_of_the_time_and_the_views() -> None:
    row = "<div class='info'><span>08:20 - 02/12/2025</span> <span>1.204 lượt xem</span></div>"
    name = "<p><cite>Tòng Văn Lả</cite></p>"
    article = f"{HEADLINE}{row}{name}<div class='content'>{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Tòng Văn Lả", ["Tòng Văn Lả"])


def test_a_name_and_its_workplace_after_a_comma_right_after_the_text() -> None:
    signed = "<p class='x7Hq2'>Nguyễn Thị Đoan Trang, Trường Đại học Tây Nguyên</p>"
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}</div>{signed}"
    assert byline_of(article) == ("Nguyễn Thị Đoan Trang", ["Nguyễn Thị Đoan Trang"])


def test_a_signature_picture_aligned_right_closing_the_text() -> None:
    signed = (
        "<p style='text-align: right;'>"
        "<img src='/uploads/chu-ky/thu-hoai.png' alt='Thu Hoài' width='110'></p>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{signed}</div>"
    assert byline_of(article) == ("Thu Hoài", ["Thu Hoài"])


def test_a_picture_aligned_right_closing_the_text_described_in_its_alt_signs_nothing() -> None:
    closing = (
        "<p style='text-align: right;'>"
        "<img src='/uploads/2025/12/cau.jpg' alt='Cây cầu mới bắc qua suối Nậm Pồ'></p>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{closing}</div>"
    assert byline_of(article) == (None, [])
