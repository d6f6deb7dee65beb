"""Rules the generic extractor learnt from the third blind table of leads and headlines
(`tests/fixtures/placements/leads3.json`): sub-titles in the headline, leads set apart as
subtitles, quotations and decks, stamps on a line of their own, hidden copies and slogans, on
invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baodongthap.example.vn/xa-hoi/lop-hoc-boi-mien-phi-cho-tre-vung-lu-b5120.html"
TITLE = "Lớp học bơi miễn phí cho trẻ vùng lũ"
LEAD = (
    "Suốt ba tháng hè, hơn 400 em nhỏ ở các xã ven sông đã biết bơi nhờ lớp học miễn phí "
    "do đoàn thanh niên và trạm y tế cùng tổ chức ngay tại ao làng."
)
FIRST = (
    "Mỗi buổi chiều, các huấn luyện viên tình nguyện chia các em thành nhóm nhỏ, dạy cách "
    "nổi, thở và bám vào phao trước khi tập bơi qua một quãng dài mười mét."
)
SECOND = (
    "Cuối khóa, những em bơi được hai mươi mét liên tục nhận giấy chứng nhận và một chiếc "
    "áo phao để mang theo trong những chuyến đò đến trường mùa nước nổi."
)
TEXT = "\n\n".join([FIRST, SECOND])
CONTENT = f"<div class='chi-tiet'><p>{FIRST}</p><p>{SECOND}</p></div>"
SLOGAN = "Thông tin nhanh chóng, chính xác cho bà con vùng sông nước"


def record(
    article: str, description: str | None = None, heading: str = f"<h1>{TITLE}</h1>", top: str = ""
) -> dict:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    page = (
        f"<html lang='vi'><head><title>{TITLE} | Báo Đồng Tháp Mới</title>{meta}</head><body>"
        f"<header class='site-header'><a href='/'>Báo Đồng Tháp Mới</a>{top}</header>"
        f"<article>{heading}<div class='meta'>04/12/2025 08:15</div>{article}</article>"
        "</body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_small_sub_title_closing_the_headline_is_no_part_of_it() -> None:
    """A `<small>` closing the `<h1>`, after a `<br>` or on the same line, is a sub-title set
    under the headline; `<title>` says the headline without it."""
    for sub in ("<br><small>Trẻ em ven sông tự tin xuống nước</small>", " <small>(ảnh)</small>"):
        got = record(CONTENT, heading=f"<h1>{TITLE}{sub}</h1>")
        assert got["headline"] == TITLE, sub


def test_a_small_the_title_also_says_stays_in_the_headline() -> None:
    """When the metadata title says the `<small>`'s words too, they are the headline's."""
    page = (
        f"<html lang='vi'><head><title>{TITLE} mùa hè 2025</title></head><body><article>"
        f"<h1>{TITLE} <small>mùa hè 2025</small></h1>{CONTENT}</article></body></html>"
    )
    assert extract_record(page, URL, NOW)["headline"] == f"{TITLE} mùa hè 2025"


def test_a_doc_subtitle_or_a_blockquote_under_the_headline_is_the_lead() -> None:
    """A block of prose marked `role="doc-subtitle"`, or a `<blockquote>` under the publish line
    before the text, is the lead, whatever the description says (here the site's slogan)."""
    for block in (
        f"<p role='doc-subtitle' class='subtitle'>{LEAD}</p>",
        f"<blockquote><p>{LEAD}</p></blockquote>",
        f"<blockquote>{LEAD}</blockquote>",
    ):
        got = record(f"{block}{CONTENT}", description=SLOGAN)
        assert (got["summary"], got["body"]) == (LEAD, TEXT), block


def test_a_deck_right_before_the_text_is_the_lead() -> None:
    """A `p.deck` after the cover picture, right before the text's box, is the lead."""
    figure = "<figure><img src='/anh/boi.jpg' alt=''><figcaption>Giờ học bơi.</figcaption></figure>"
    got = record(f"{figure}<p class='deck'>{LEAD}</p>{CONTENT}")
    assert (got["summary"], got["body"]) == (LEAD, TEXT)


def test_a_dateline_on_a_line_of_its_own_is_no_part_of_the_lead() -> None:
    """A place and a day in a span before a `<br>` opening the lead box is its dateline."""
    block = f"<div class='sapo'><span>Đồng Tháp, ngày 3/12/2025</span><br>{LEAD}</div>"
    got = record(f"{block}{CONTENT}")
    assert (got["summary"], got["body"]) == (LEAD, TEXT)


def test_a_hidden_lead_is_no_lead() -> None:
    """A sapo inside a block carrying `hidden` (a reader view's copy of the original page) is
    never shown: the bold paragraph opening the shown text is the lead."""
    hidden = "<div hidden><p class='sapo'>Lớp học vẽ cho người cao tuổi khai giảng.</p></div>"
    got = record(
        f"<div class='chi-tiet'><p><strong>{LEAD}</strong></p><p>{FIRST}</p>"
        f"<p>{SECOND}</p></div>{hidden}"
    )
    assert (got["summary"], got["body"]) == (LEAD, TEXT)


def test_a_description_printed_as_the_masthead_slogan_is_no_lead() -> None:
    """A description the masthead prints whole before the headline is the site's slogan: with
    no lead printed, the summary is none and the first paragraph is body."""
    got = record(CONTENT, description=SLOGAN, top=f"<p class='slogan'>{SLOGAN}</p>")
    assert (got["summary"], got["body"]) == (None, TEXT)


def test_a_section_h1_over_a_title_closing_with_the_site_name_is_no_headline() -> None:
    """A section's `<h1>` opening a `<title>` that goes on with the headline and the site's name
    (`Xã hội » … | Báo …`) names the section: the heading after it printing the rest is the
    headline."""
    page = (
        f"<html lang='vi'><head><title>Xã hội » {TITLE} | Báo Đồng Tháp Mới</title></head><body>"
        f"<h1 class='section-name'>Xã hội</h1><article><h2>{TITLE}</h2>{CONTENT}</article>"
        "</body></html>"
    )
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_title_opening_or_closing_a_document_title_printed_large_is_the_headline() -> None:
    """With no heading element, bold type in a large `<font>` or a paragraph classed as the
    title printing the part of `<title>` before or after a separator (an archive's `Lưu trữ
    bản tin » …`, an export's `… - Google Tài liệu`) is the headline."""
    for title, printed in (
        (f"Lưu trữ bản tin » {TITLE}", f"<font size='5'><b>{TITLE}</b></font>"),
        (f"{TITLE} - Google Tài liệu", f"<p class='c4 title'>{TITLE}</p>"),
    ):
        page = (
            f"<html lang='vi'><head><title>{title}</title></head><body><table><tr><td>"
            f"{printed}</td></tr><tr><td><p>{FIRST}</p><p>{SECOND}</p></td></tr></table>"
            "</body></html>"
        )
        assert extract_record(page, URL, NOW)["headline"] == TITLE, title


def document(paragraphs: str) -> dict:
    """A page that is a document saved as HTML: its paragraphs straight in `<body>`."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body class='doc-content'>"
        f"{paragraphs}</body></html>"
    )
    return extract_record(page, URL, NOW)


def test_the_letterhead_over_a_document_title_is_no_text() -> None:
    """Short lines closing no sentence over the title a document prints among its paragraphs
    (the issue's name and date in brackets, its number) are its letterhead: the text starts
    under the title and the lead."""
    got = document(
        "<p>Bản tin Hội Chữ thập đỏ huyện — Thứ Năm, 04/12/2025 09:30 (GMT+7)</p>"
        "<p>Số 12 (lưu hành nội bộ)</p>"
        f"<p class='title'>{TITLE}</p><p class='subtitle'>{LEAD}</p>"
        f"<p>Người viết: Kim Oanh · 04/12/2025</p><p>{FIRST}</p><p>{SECOND}</p>"
    )
    assert (got["headline"], got["summary"], got["body"]) == (TITLE, LEAD, TEXT)


def test_a_sentence_over_the_title_is_text_not_letterhead() -> None:
    """A paragraph closing a sentence over the title is read as the text's."""
    note = "Bản tin này được gửi tới các chi hội trong toàn huyện."
    got = document(
        f"<p>{note}</p><p class='title'>{TITLE}</p><p class='subtitle'>{LEAD}</p>"
        f"<p>{FIRST}</p><p>{SECOND}</p>"
    )
    assert got["body"].split("\n\n")[0] == note


def test_a_word_subtitle_under_the_date_line_is_the_lead() -> None:
    """Word's `MsoSubtitle` paragraph under the title and its date line is the lead."""
    got = document(
        f"<p class='MsoTitle'>{TITLE}</p><p class='MsoNormal'><i>Đăng ngày 04/12/2025</i></p>"
        f"<p class='MsoSubtitle'>{LEAD}</p><p class='MsoNormal'>{FIRST}</p>"
        f"<p class='MsoNormal'>{SECOND}</p>"
    )
    assert (got["headline"], got["summary"], got["body"]) == (TITLE, LEAD, TEXT)


def test_the_paragraphs_of_a_newsletter_cell_are_read_apart() -> None:
    """A newsletter laid out as a table of rows, one cell each: the paragraphs of the text's
    cell are paragraphs, not one line run into the rows after it."""
    third = "Ban tổ chức dự kiến mở thêm hai lớp học bơi vào mùa hè năm sau cho trẻ ở các xã."
    rows = [
        f"<h2>{TITLE}</h2>",
        f"<em>{LEAD}</em>",
        f"<p>{FIRST}</p><p>{SECOND}</p>",
        f"<p>{third}</p><p>Ảnh và bài: Kim Oanh, cộng tác viên của bản tin tại huyện.</p>",
    ]
    cells = "".join(f"<tr><td class='text-cell'>{row}</td></tr>" for row in rows)
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><center>"
        f"<table width='600'>{cells}</table></center></body></html>"
    )
    got = extract_record(page, URL, NOW)
    assert got["body"].split("\n\n")[:3] == [FIRST, SECOND, third]


def test_a_newsletter_row_titling_other_articles_ends_the_text() -> None:
    """A row titling a box of other articles (`Các tin khác trong tuần`) after the text's rows
    ends the text: the rows of teasers under it are no part of it."""
    rows = [
        f"<h2>{TITLE}</h2>",
        f"<em>{LEAD}</em>",
        f"<p>{FIRST}</p><p>{SECOND}</p>",
        "<h3>Các tin khác trong tuần</h3>",
        "<h4><a href='/tin/1'>Chợ phiên vùng cao nhộn nhịp ngày cuối tuần</a></h4>"
        "<p>Hơn trăm gian hàng nông sản của bà con các xã được bày bán.</p>",
        "<h4><a href='/tin/2'>Hội thi nấu ăn của phụ nữ xã ven biển</a></h4>"
        "<p>Mười hai đội tham gia với các món ăn từ hải sản địa phương.</p>",
    ]
    cells = "".join(f"<tr><td class='text-cell'>{row}</td></tr>" for row in rows)
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><center>"
        f"<table width='600'>{cells}</table></center></body></html>"
    )
    assert extract_record(page, URL, NOW)["body"] == TEXT
