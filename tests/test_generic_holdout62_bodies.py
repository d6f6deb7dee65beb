"""Rules the generic extractor learnt for bodies, pictures and captions from the sixty-second
holdout set's tourism, heritage and culture pages on site builders."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://homestay-banlac.example.vn/tin-tuc/le-hoi-xuong-dong"
TITLE = "Lễ hội xuống đồng của người Tày lần đầu đón du khách"
FIRST = "Năm nay, lễ hội xuống đồng của bản Lác có thêm phần dành cho du khách tham dự."
SECOND = "Lễ hội diễn ra vào ngày mùng 8 tháng Giêng âm lịch tại cánh đồng đầu bản."
THIRD = "Hợp tác xã hiện có 12 hộ làm homestay với khoảng 150 chỗ ngủ cho khách."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _builder_post(*widgets: str) -> str:
    """A site builder's blog post: its widget word under its own name, each block's kind glued
    to it (`cm-widget cm-widget_text`), the headline's block first."""
    return (
        "<div class='cm-templates-content'><div class='cm-widget cm-widget_blog-post'>"
        f"<div class='cm-blog-post__header'><h1>{TITLE}</h1><span>Đăng vào: 02.12.2026</span>"
        "</div>" + "".join(widgets) + "</div></div>"
    )


def _text(*paragraphs: str) -> str:
    return (
        "<div class='cm-widget cm-widget_text'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div>"
    )


def test_a_builder_s_blocks_with_their_kind_glued_to_the_widget_word_are_the_text() -> None:
    """CM4all classes each block of the post `cm-widget cm-widget_text`: the widget word names
    no zone and no box set apart from the text, the blocks are the text."""
    record = ARTICLE.record(_builder_post(_text(FIRST, SECOND), _text(THIRD)))
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_builder_s_picture_block_keeps_its_caption_block() -> None:
    """The picture's block (`cm-widget cm-widget_image`) holds the picture and its caption's
    block (`cm-widget_image-caption`): the caption is the picture's, not a widget dropped."""
    picture = (
        "<div class='cm-widget cm-widget_image'><img src='/anh/xuong-dong.jpg' alt=''>"
        "<div class='cm-widget_image-caption'><p>Già làng làm lễ xuống đồng năm 2026.</p></div>"
        "</div>"
    )
    record = ARTICLE.record(_builder_post(_text(FIRST), picture, _text(SECOND, THIRD)))
    assert record["images"] == [
        ARTICLE.picture("xuong-dong", "Già làng làm lễ xuống đồng năm 2026.")
    ]
