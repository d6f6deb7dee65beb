"""Rules the generic extractor learnt from the sixth byline placements table
(`tests/fixtures/placements/bylines6.json`, whole pages): each on invented HTML of its own."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_byline_placements import (
    DATE,
    HEADLINE,
    NOW,
    PARAGRAPHS,
    TITLE,
    URL,
    byline_of,
)

TAGS = "<div class='keywords'>Từ khóa: <a href='/tag/duong-bon-mua'>đường bốn mùa</a></div>"


def test_a_name_between_bars_each_in_a_span_of_its_own_in_the_publish_line() -> None:
    line = (
        "<div class='info'><span><i class='ic-time'></i> 07:35 02/12/2025</span>"
        "<span class='sep'>|</span><span><i class='ic-user'></i> Giàng Thị Dua</span>"
        "<span class='sep'>|</span><span><i class='ic-eye'></i> 3.120</span></div>"
    )
    assert byline_of(f"{HEADLINE}{line}{PARAGRAPHS}") == ("Giàng Thị Dua", ["Giàng Thị Dua"])


def test_a_signature_after_the_tags_row_under_the_text() -> None:
    signed = "<p class='font-bold text-right'>Lục Văn Thành</p>"
    article = f"{HEADLINE}{DATE}<div class='prose'>{PARAGRAPHS}</div>{TAGS}{signed}"
    assert byline_of(article) == ("Lục Văn Thành", ["Lục Văn Thành"])


def test_a_job_title_in_an_author_box_beside_the_link_leaves_the_name() -> None:
    box = (
        "<div class='author-info'><img src='/u/cvt.jpg' alt=''>"
        "<a href='/tac-gia/cam-van-tho'>Cầm Văn Thọ</a>"
        "<span>Phóng viên Ban Nông thôn</span></div>"
    )
    assert byline_of(f"{HEADLINE}{box}{DATE}{PARAGRAPHS}") == ("Cầm Văn Thọ", ["Cầm Văn Thọ"])


def test_a_writers_credit_closing_the_pictures_caption_signs_the_text() -> None:
    figure = (
        "<figure><img src='/anh/duong.jpg' alt=''>"
        "<figcaption>Đoạn đường mới qua bản Pà Cò. Tin, ảnh: Sùng A Páo</figcaption></figure>"
    )
    article = f"{HEADLINE}{DATE}<div class='noidung'>{figure}{PARAGRAPHS}</div>"
    assert byline_of(article) == ("Sùng A Páo", ["Sùng A Páo"])


def test_a_photographers_credit_alone_in_the_caption_signs_nothing() -> None:
    figure = (
        "<figure><img src='/anh/duong.jpg' alt=''>"
        "<figcaption>Đoạn đường mới qua bản Pà Cò. Ảnh: Sùng A Páo</figcaption></figure>"
    )
    article = f"{HEADLINE}{DATE}<div class='noidung'>{figure}{PARAGRAPHS}</div>"
    assert byline_of(article) == (None, [])


def test_initials_before_the_given_name_in_a_field_of_the_posts_details() -> None:
    details = (
        "<dl class='details'><dd class='writer'>K.Liên</dd>"
        "<dd class='time'><time datetime='2025-12-02T08:20'>08:20 02/12/2025</time></dd>"
        "<dd>Lượt xem: 210</dd></dl>"
    )
    assert byline_of(f"{HEADLINE}{details}{PARAGRAPHS}") == ("K.Liên", ["K.Liên"])


def test_an_interviews_last_question_after_its_label_signs_nothing() -> None:
    questions = (
        "<p><strong>Phóng viên: Bà có kiến nghị gì với tỉnh?</strong></p>"
        "<p>Bà Vàng Thị Mỷ: Chúng tôi mong có thêm vốn cho bà con làm nhà.</p>"
        "<p><strong>Phóng viên: Xin cảm ơn bà!</strong></p>"
    )
    article = f"{HEADLINE}{DATE}<div class='content'>{PARAGRAPHS}{questions}</div>"
    assert byline_of(article) == (None, [])


def test_an_entry_footer_in_main_content_with_no_article_holds_the_writer() -> None:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<main><div class='post'>{HEADLINE}{DATE}<div class='entry'>{PARAGRAPHS}</div>"
        "<footer class='post-footer'><span class='byline'>"
        "<a href='/author/homai/'>Hồ Mai</a></span></footer></div></main>"
        "<footer><p>Tổng Biên tập: Trần Văn Dũng</p></footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hồ Mai", ["Hồ Mai"])


def test_two_writers_one_under_the_other_by_a_break_under_the_publish_line() -> None:
    names = "<p><strong>Mùa A Sơn</strong><br><strong>Lường Thị Yến</strong></p>"
    article = f"{HEADLINE}{DATE}{names}{PARAGRAPHS}"
    expected = ("Mùa A Sơn - Lường Thị Yến", ["Mùa A Sơn", "Lường Thị Yến"])
    assert byline_of(article) == expected
