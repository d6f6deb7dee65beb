"""Rules the generic extractor learnt for bodies from the seventy-second holdout set's charity
and volunteering pages on podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://phatthanhvien.example.vn/episodes/tap-12-tim-nguoi-than"
TITLE = "Tập 12: Hành trình tìm người thân sau 30 năm"
FIRST = "Năm nay, hội đã tiếp nhận 52 hồ sơ tìm người thân thất lạc từ nhiều tỉnh thành."
SECOND = "Thời gian xử lý trung bình một hồ sơ là từ 5 đến 9 tháng, hoàn toàn miễn phí."
THIRD = "Hồ sơ gửi về văn phòng hội từ 7 giờ 30 đến 17 giờ các ngày trong tuần."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_an_episode_s_chapters_under_a_bold_title_are_no_text() -> None:
    """`<p><strong>Trong tập này:</strong></p>` over a list of timestamped chapters, one title
    opening with a count (`02:15 – 52 hồ sơ trong năm`), between the show notes' paragraphs:
    the recording's index and its title go, the paragraph after them stays."""
    chapters = (
        "<p><strong>Trong tập này:</strong></p><ul><li>00:00 – Giới thiệu</li><li>02:15 – 52"
        " hồ sơ trong năm</li><li>08:40 – Cuộc gọi từ nước ngoài</li></ul>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><div class='episode-description'><p>{FIRST}</p><p>{SECOND}"
        f"</p>{chapters}<p>{THIRD}</p></div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def _line_block(text: str) -> str:
    """A doc editor's paragraph: a block around a line around the words."""
    return f"<div class='block doc-text'><div class='text-line'><span>{text}</span></div></div>"


def test_a_callout_among_a_doc_editor_s_wrapped_lines_is_no_text() -> None:
    """A document editor types each paragraph as a block wrapping one line (`<div
    class="block doc-text"><div class="text-line">…`), and its callout block, an emoji beside
    a line (`💡 Phụ huynh cần liên hệ …`), stands among them: a notice set apart, not the
    text's."""
    callout = (
        "<div class='block doc-callout-block'><div class='callout-icon'>💡</div>"
        "<div class='callout-children'>"
        + _line_block("Cần hỏi thêm, xin gọi văn phòng hội từ 8 giờ đến 11 giờ sáng thứ Hai.")
        + "</div></div>"
    )
    page = (
        f"<div class='page'><h1>{TITLE}</h1><div class='doc-body'>{_line_block(FIRST)}"
        f"{_line_block(SECOND)}{_line_block(THIRD)}{callout}</div></div>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_box_of_paragraphs_classed_as_a_note_among_the_text_is_no_text() -> None:
    """A help desk's note box between the steps (`<div class="Note"><p>…</p></div>`, one
    paragraph in a framed block): a note set apart from the paragraphs around it."""
    note = "<div class='Note'><p>Việc tìm người thân không mất phí, hội không nhận quà.</p></div>"
    page = (
        f"<article><h1>{TITLE}</h1><div class='kb-content'><p>{FIRST}</p><p>{SECOND}</p>"
        f"{note}<p>{THIRD}</p></div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
