"""Rules the generic extractor learnt from the fifth blind table of leads and headlines
(`tests/fixtures/placements/leads5.json`), on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://vungtrung.example.vn/tin-tuc/lang-nghe-det-chieu-vao-mua-4417"
TITLE = "Làng nghề dệt chiếu vào mùa cuối năm"
LEAD = (
    "Những ngày cuối năm, các hộ dệt chiếu ở làng ven sông làm việc từ sáng sớm đến tối "
    "muộn để kịp giao hàng cho thương lái khắp các tỉnh."
)
FIRST = (
    "Tiếng khung dệt vang khắp xóm từ bốn giờ sáng, mỗi hộ có hai đến ba người thay nhau "
    "ngồi dệt, người già chẻ cói, phơi sợi ngoài sân."
)
SECOND = (
    "Bà Nguyễn Thị Hoa, người có hơn bốn mươi năm trong nghề, cho biết năm nay giá chiếu "
    "tăng nhẹ nên bà con ai cũng phấn khởi."
)
THIRD = (
    "Chính quyền xã đang hỗ trợ các hộ đăng ký nhãn hiệu tập thể và đưa sản phẩm lên các "
    "sàn thương mại điện tử để bán được giá hơn."
)
TEXT = (FIRST, SECOND, THIRD)


def _page(article: str, description: str = "") -> str:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    return (
        f"<html lang='vi'><head><title>{TITLE} - Báo Vùng Trũng</title>{meta}</head><body>"
        "<header><a href='/'>Báo Vùng Trũng</a></header>"
        f"<main>{article}</main>"
        "<footer><p>© 2025 Báo Vùng Trũng. Giấy phép số 12/GP-BTTTT.</p></footer></body></html>"
    )


def _paragraphs(texts: tuple[str, ...] = TEXT) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_a_lead_classed_tom_luoc_is_the_lead() -> None:
    """A lead named `tóm lược` (`<div class="tom-luoc">`) in a portal's article, as `tom-tat`
    names one: the lead, and not again the text's first paragraph."""
    article = (
        f"<div class='journal-content-article'><h1>{TITLE}</h1>"
        "<div class='ngay-dang'>04/12/2025</div>"
        f"<div class='tom-luoc'>{LEAD}</div><div class='noi-dung'>{_paragraphs()}</div></div>"
    )
    got = extract_record(_page(article), URL, NOW)
    assert got["summary"] == LEAD
    assert got["body"].split("\n\n")[0] == FIRST


def test_a_section_named_intro_around_the_text_is_no_lead() -> None:
    """A landing page's section named for its place (`<section class="section-intro">`) that
    holds the text's own block is the page's text, not its lead: the sub-title printed under
    the headline is."""
    article = (
        f"<section class='section-hero'><h1 class='heading-style-h1'>{TITLE}</h1>"
        f"<p class='hero-subtitle'>{LEAD}</p><a class='button' href='/dang-ky'>Đăng ký</a>"
        "</section><section class='section-intro'><div class='container-medium'>"
        f"<div class='text-rich-text w-richtext'>{_paragraphs()}</div></div></section>"
    )
    got = extract_record(_page(article), URL, NOW)
    assert got["summary"] == LEAD
    assert got["body"].split("\n\n")[0] == FIRST


def test_a_bold_cell_under_a_headline_cell_is_the_lead() -> None:
    """A table layout whose headline is a cell alone in its row (`<td class="NewsTitle">`),
    with a cell in bold under it (its date's row between) and the text's cell after: the bold
    cell is the lead, its place stamp left out, the text opening at its own first paragraph."""
    article = (
        "<table class='ArticleDetail' width='100%'>"
        f"<tr><td class='NewsTitle'><span class='Head'>{TITLE}</span></td></tr>"
        "<tr><td class='SubHead'><span>04/12/2025 08:15</span></td></tr>"
        f"<tr><td class='Normal'><b>NAM ĐỊNH - {LEAD}</b></td></tr>"
        f"<tr><td class='Normal'>{_paragraphs()}</td></tr></table>"
    )
    got = extract_record(_page(article), URL, NOW)
    assert got["summary"] == LEAD
    assert got["body"].split("\n\n")[0] == FIRST


def test_a_line_in_an_italic_styled_span_opening_the_text_is_the_lead() -> None:
    """Blogger's editor types italics as a styled span (`<div><span style="font-style:
    italic;">…</span></div>`): a first line wholly so set is the lead in italics, as an
    `<em>` around it would be, and the text opens at the line after it."""
    lines = "<div><br></div>".join(f"<div style='text-align: justify;'>{t}</div>" for t in TEXT)
    article = (
        f"<div class='post hentry'><h3 class='post-title entry-title'>{TITLE}</h3>"
        "<div class='post-body entry-content'>"
        f"<div style='text-align: justify;'><span style='font-style: italic;'>{LEAD}</span></div>"
        f"<div><br></div>{lines}</div></div>"
    )
    got = extract_record(_page(article), URL, NOW)
    assert got["summary"] == LEAD
    assert got["body"].split("\n\n")[0] == FIRST
