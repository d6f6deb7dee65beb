"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
twenty-eighth holdout set's document shapes (a Word page, a newsletter archive, a feed reader's
item, a Fediverse post, pdf2htmlEX, MediaWiki, Quarto, a translation proxy, a messenger embed, a
reader view, a published online document and a LibreOffice export)."""

from __future__ import annotations

from datetime import datetime

import time_machine

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoikhuyenhoc.example.vn/tin-tuc/trao-hoc-bong-mua-dong-a5120.html"
TITLE = "Trao 80 suất học bổng mùa đông cho học sinh vùng cao"
FIRST = "Sáng 02/12, Hội Khuyến học huyện trao 80 suất học bổng cho học sinh ở bốn xã vùng cao."
SECOND = "Mỗi suất gồm một triệu đồng tiền mặt, một chiếc áo ấm và bộ sách giáo khoa của năm học."
THIRD = "Hội dự kiến vận động thêm 50 suất học bổng để trao vào dịp Tết Nguyên đán năm sau."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def body_with(box: str) -> str:
    """The body read when `box` sits between the text's first and second paragraphs."""
    return ARTICLE.record(ARTICLE.between(box))["body"]


def test_a_bordered_box_under_a_bold_title_alone_is_no_text() -> None:
    """`<div style="border:…"><p><b>Title</b></p><p>…</p></div>`: a notice framed apart from
    the text under a bold title with no colon after it."""
    box = (
        "<div style='border:1px solid #999;padding:8px'><p><b>Địa chỉ nhận hồ sơ</b></p>"
        "<p>Văn phòng Hội, tầng 1 trụ sở xã; điện thoại 0209 3 812 440 trong giờ hành chính.</p>"
        "</div>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_one_cell_table_under_a_bold_title_over_broken_lines_is_no_text() -> None:
    """`<table><tr><td><strong>Title</strong><br>line<br>line</td></tr></table>`: a schedule in
    a frame laid out as a table of one cell."""
    box = (
        "<table width='100%' style='background:#f4f4f4'><tr><td><strong>Lịch trao tiếp theo"
        "</strong><br>09/12/2026, 8:00 - Xã Nậm Cang<br>11/12/2026, 14:00 - Xã Tả Van</td></tr>"
        "</table>"
    )
    assert body_with(box) == "\n\n".join(TEXT)


def test_a_date_line_opening_the_text_is_read_against_the_fetch_time() -> None:
    """`<p><strong>Thứ năm, ngày 3 tháng 12 năm 2026</strong></p>` opening the text of a page
    fetched in December 2026 is its date line, no text, whatever the machine's clock says (a
    page read again years before or after it was fetched)."""
    line = (
        "<p><strong><span title='2026-12-03'>Thứ năm, ngày 3 tháng 12 năm 2026</span></strong></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = f"<h1>{TITLE}</h1><div class='noi-dung'>{line}{text}</div>"
    bodies = []
    for clock in ("2025-06-01T09:00:00+07:00", "2033-02-01T09:00:00+07:00"):
        with time_machine.travel(datetime.fromisoformat(clock), tick=False):
            bodies.append(ARTICLE.record(body)["body"])
    assert bodies == ["\n\n".join(TEXT)] * 2


LEAD = (
    "Tám mươi học sinh ở bốn xã vùng cao vừa nhận học bổng mùa đông của Hội Khuyến học huyện,"
    " kèm áo ấm và sách giáo khoa cho cả năm học."
)


def test_bold_and_italics_set_by_the_pages_own_class_rules_mark_a_lead_and_a_caption() -> None:
    """An online document exported to the web sets its lead bold and its caption italic only
    by classes of its own style sheet (`.s1{font-weight:700}`, `<p><span class="s1">`): the
    lead is read as the summary and leaves the text, the caption goes with its picture."""
    sheet = (
        "<style>.s0{color:#000;font-weight:400;font-style:normal}.s1{color:#000;"
        "font-weight:700}.s2{font-size:11pt;font-style:italic}.s3{text-align:center}</style>"
    )
    paragraph = "<p><span class='s0'>{}</span></p>".format
    body = (
        f"{sheet}<div class='doc'><h1>{TITLE}</h1><p><span class='s1'>{LEAD}</span></p>"
        f"{paragraph(FIRST)}<p class='s3'><img src='/anh/trao-hoc-bong.jpg' width='600'"
        " height='400'></p><p class='s3'><span class='s2'>Các em nhận quà tại sân trường.</span>"
        f"</p>{paragraph(SECOND)}{paragraph(THIRD)}</div>"
    )
    record = ARTICLE.record(body)
    assert (record["summary"], record["body"], record["images"]) == (
        LEAD,
        "\n\n".join(TEXT),
        [ARTICLE.picture("trao-hoc-bong", "Các em nhận quà tại sân trường.")],
    )


def test_a_bold_paragraph_closing_the_headlines_block_outranks_a_generic_description() -> None:
    """A newsletter's story cell: a kicker, the `<h1>` and a paragraph of prose in bold, the
    picture and the text in the cells after it; the description is the newsletter's blurb. The
    bold paragraph is the lead."""
    head = (
        "<meta property='og:description' content='Bản tin tuần của Hội Khuyến học huyện gửi hội"
        " viên, học sinh và bạn đọc.'>"
    )
    cell = "<table width='100%'><tr><td valign='top'>{}</td></tr></table>".format
    story = (
        f"<p style='font-size:12px;font-weight:bold'>Tin nổi bật</p><h1>{TITLE}</h1>"
        f"<p style='font-weight:bold'>{LEAD}</p>"
    )
    picture = cell("<img src='/anh/trao-hoc-bong.jpg' width='560'>")
    text = cell("".join(f"<p>{p}</p>" for p in TEXT))
    body = f"<table width='100%'><tr><td>{cell(story)}{picture}{text}</td></tr></table>"
    assert ARTICLE.record(body, head)["summary"] == LEAD


def test_a_notices_recipients_and_signer_block_after_the_text_are_no_text() -> None:
    """An office's notice closes with a table of two cells, its recipients (`Nơi nhận:` over
    `- …;` lines) beside its signer (`TM. …`, `(Đã ký)`, the name), and a line about where it
    is posted: none of it is text."""
    block = (
        "<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Thường trực Hội;</p>"
        "<p>- Các chi hội xã;</p><p>- Lưu: VP.</p></td><td><p align='center'><b>TM. BAN THƯỜNG"
        " VỤ</b></p><p align='center'><b>CHỦ TỊCH</b></p><p align='center'><i>(Đã ký)</i></p>"
        "<p align='center'><b>Hà Văn Lự</b></p></td></tr></table>"
        "<p>Thông báo được đăng trên trang tin của Hội Khuyến học huyện.</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = f"<div class='WordSection1'><h1>{TITLE}</h1>{text}{block}</div>"
    assert ARTICLE.record(body)["body"] == "\n\n".join(TEXT)


def test_a_listed_items_summary_beside_its_title_link_is_no_lead() -> None:
    """A feed reader prints the open item (its `<h1>`, a bold first paragraph, the text) over
    the collapsed items, each a list item with a link titling another article and its cut
    summary (`<span class="summary">`): that summary is the other article's teaser, and the
    open item's bold paragraph is its lead."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    item = (
        "<ul><li><a href='https://hoikhuyenhoc.example.vn/tin-tuc/khai-giang-lop-hoc-a5101.html'>"
        "Khai giảng lớp học tình thương ở xã Nậm Cang</a> <span class='summary'>Sáng 28/11,"
        " Hội Khuyến học huyện khai giảng lớp học…</span></li></ul>"
    )
    body = (
        f"<div class='item'><article><h1>{TITLE}</h1><div class='text'><p><strong>{LEAD}"
        f"</strong></p>{text}</div></article></div>{item}"
    )
    record = ARTICLE.record(body)
    assert (record["summary"], record["body"]) == (LEAD, "\n\n".join(TEXT))


def test_a_folded_code_cell_is_no_text_and_its_figure_stays() -> None:
    """A report rendered from a notebook folds the code that drew each figure into a
    `<details>` (`<summary>Code</summary>` over a `<pre>`), the figure under it: the code is
    no text, the figure is the report's picture with its caption."""
    code = (
        "<details class='code-fold'><summary>Code</summary><div class='sourceCode'><pre"
        " class='sourceCode python'><code>df = pd.read_csv('hoc-bong.csv')\n"
        "df.plot(x='xa', y='suat')</code></pre></div></details>"
    )
    figure = (
        "<figure><img src='/anh/suat-hoc-bong-theo-xa.jpg' width='640'>"
        "<figcaption>Số suất học bổng theo xã</figcaption></figure>"
    )
    record = ARTICLE.record(ARTICLE.between(f"<div class='cell'>{code}{figure}</div>"))
    assert (record["body"], record["images"]) == (
        "\n\n".join(TEXT),
        [ARTICLE.picture("suat-hoc-bong-theo-xa", "Số suất học bổng theo xã")],
    )


def test_a_notice_closing_a_section_of_one_paragraph_is_no_text() -> None:
    """A document cut into `<section>`s under `<h2>` headings, a warning box (`<div
    class="callout callout-important">` with its title and its note) closing a section of one
    paragraph: the box is set apart from the text around it, as it is among a section's
    paragraphs."""
    box = (
        "<div class='callout callout-important'><div class='callout-header'>Lưu ý hồ sơ</div>"
        "<div class='callout-body'><p>Hồ sơ nộp sau ngày 15/12 sẽ được xét vào đợt học bổng"
        " mùa hè năm sau.</p></div></div>"
    )
    sections = (
        f"<section class='level2'><h2>Đợt trao</h2><p>{FIRST}</p>{box}</section>"
        f"<section class='level2'><h2>Kế hoạch</h2><p>{SECOND}</p><p>{THIRD}</p></section>"
    )
    record = ARTICLE.record(f"<h1>{TITLE}</h1><main>{sections}</main>")
    assert record["body"] == "\n\n".join(("Đợt trao", FIRST, "Kế hoạch", SECOND, THIRD))
