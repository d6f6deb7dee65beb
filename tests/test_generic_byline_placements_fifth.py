"""Rules the generic extractor learnt from the fifth byline placements table
(`tests/fixtures/placements/bylines5.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from tests.test_generic_byline_placements import DATE, HEADLINE, PARAGRAPHS, byline_of

# A list of other articles that no class marks as one, each item carrying its writer.
OTHER_ARTICLES = (
    "<div class='box'><h3>Tin cùng chủ đề</h3><ul>"
    "<li><a href='/tin/311.html'>Nghiệm thu trạm bơm điện phục vụ vụ mùa</a>"
    " <span class='author'>Lưu Thị Gấm</span></li>"
    "<li><a href='/tin/312.html'>Hội thi nấu ăn của phụ nữ các thôn</a>"
    " <span class='author'>Bàn Văn Tư</span></li>"
    "</ul></div>"
)


def test_writers_of_items_in_a_list_of_other_articles_sign_nothing() -> None:
    assert byline_of(f"{HEADLINE}{DATE}{PARAGRAPHS}", aside=OTHER_ARTICLES) == (None, [])


def test_a_name_line_under_the_publish_line_wins_over_listed_writers() -> None:
    article = f"{HEADLINE}{DATE}<p>Sầm Thị Nhớ</p>{PARAGRAPHS}"
    assert byline_of(article, aside=OTHER_ARTICLES) == ("Sầm Thị Nhớ", ["Sầm Thị Nhớ"])


def test_an_author_link_beside_another_articles_title_in_a_list_item_signs_nothing() -> None:
    listed = (
        "<ul><li><a href='/tin/401.html'>Thả cá giống xuống hồ chứa nước Khe Lau</a>"
        " - <a href='/tac-gia/ha-van-kien'>Hà Văn Kiên</a></li></ul>"
    )
    assert byline_of(f"{HEADLINE}{DATE}{PARAGRAPHS}", aside=listed) == (None, [])


def test_an_author_item_among_the_articles_own_details_is_still_the_byline() -> None:
    details = (
        "<ul class='meta'><li class='author'>Chu Minh Đạo</li>"
        "<li><a href='/chuyen-muc/nong-nghiep'>Nông nghiệp</a></li></ul>"
    )
    article = f"{HEADLINE}{details}{DATE}{PARAGRAPHS}"
    assert byline_of(article) == ("Chu Minh Đạo", ["Chu Minh Đạo"])


def test_the_name_on_an_unclassed_writers_card_after_the_text_is_the_byline() -> None:
    card = (
        "<div class='mt-6 flex gap-3'><img src='/u/ntk.jpg' alt=''>"
        "<div><p class='font-bold'>ThS. Nguyễn Thị Khuê</p>"
        "<p class='text-sm'>Trung tâm Y tế huyện</p></div></div>"
    )
    article = f"{HEADLINE}{DATE}<div class='prose'>{PARAGRAPHS}</div>{card}"
    assert byline_of(article) == ("ThS. Nguyễn Thị Khuê", ["Nguyễn Thị Khuê"])


def test_a_picture_with_a_two_line_caption_after_the_text_is_no_writers_card() -> None:
    figure = (
        "<div><img src='/anh/cau.jpg' alt=''>"
        "<div><p>Cầu Bản Mế</p><p>Cây cầu mới nối hai bờ suối</p></div></div>"
    )
    article = f"{HEADLINE}{DATE}<div class='prose'>{PARAGRAPHS}</div>{figure}"
    assert byline_of(article) == (None, [])


def test_initials_opening_with_an_acting_officials_mark_sign_the_text() -> None:
    signed = "<p style='text-align:right'><strong>Q.T</strong></p>"
    source = "<p class='source'><strong>Nguồn tin:</strong> Báo Bắc Sơn</p>"
    article = f"{HEADLINE}{DATE}<div class='bodytext'>{PARAGRAPHS}{signed}</div>{source}"
    assert byline_of(article) == ("Q.T", ["Q.T"])
