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


def test_a_wiki_s_warning_box_is_no_part_of_the_text() -> None:
    """A wiki's `<div class="warning">` among the paragraphs (visiting hours, a closed area):
    set apart from the text, as a notice box is."""
    warning = (
        "<div class='warning'>Khách tham quan không vào khu vực ruộng thiêng trong thời gian "
        "làm lễ. Nhà văn hóa bản mở cửa từ 8 giờ đến 11 giờ sáng Chủ nhật.</div>"
    )
    assert ARTICLE.record(ARTICLE.between(warning))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def _bulletin(*rows: str) -> str:
    """An e-mail bulletin's web page: its story in rows of a presentation table, each a cell."""
    cells = "".join(f"<tr><td style='padding:0 24px'>{row}</td></tr>" for row in rows)
    return (
        "<div id='bulletin_body'><table role='presentation'><tr><td><table role='presentation'>"
        f"<tr><td><h1>{TITLE}</h1></td></tr>{cells}</table></td></tr></table></div>"
    )


def test_an_e_mail_s_rows_of_paragraphs_are_the_text() -> None:
    """A bulletin's template sets the story's paragraphs straight into the cells of its rows,
    a picture's row between them: the rows together are the text, not the one cell of most
    prose."""
    page = _bulletin(
        f"<p>{FIRST}</p>",
        "<img src='/anh/xuong-dong.jpg' alt=''>",
        f"<p>{SECOND}</p><p>{THIRD}</p>",
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_e_mail_s_text_ends_with_the_cell_its_signature_closes() -> None:
    """The story's cell closes with its signature in bold, right-aligned; the rows after it
    hold the bulletin's other blocks in paragraphs of their own (a tips box): the text ends with
    the signed cell, and the signature is the byline."""
    tip = "Người dân đi lễ hội nên gửi xe tại bãi đỗ của xã, mở cửa từ 6 giờ đến 18 giờ hằng ngày."
    page = _bulletin(
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
        "<p style='text-align:right'><strong>Hà Thu</strong></p>",
        f"<p><strong>Lưu ý cho du khách</strong></p><p>{tip}</p>",
    )
    record = ARTICLE.record(page)
    assert (record["body"], record["byline"]) == ("\n\n".join((FIRST, SECOND, THIRD)), "Hà Thu")


def test_a_bulletin_s_brief_items_under_a_title_in_capitals_are_no_part_of_the_text() -> None:
    """`<strong>TIN NGẮN</strong><br>• … <br>• …` after the story: the bulletin's other news,
    each item a line opened by its bullet, not the story's text."""
    briefs = (
        "<strong>TIN NGẮN</strong><br>• Nhà văn hóa bản mở cửa đến 21 giờ các tối thứ Bảy.<br>"
        "• Hội thảo du lịch cộng đồng diễn ra lúc 8 giờ ngày 10/12/2026."
    )
    page = _bulletin(f"<p>{FIRST}</p>", f"<p>{SECOND}</p><p>{THIRD}</p>", briefs)
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
