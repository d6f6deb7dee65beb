"""Rules the generic extractor learnt from the second blind table of lead placements
(`tests/fixtures/placements/leads2.json`): where the lead (sapo) sits, what closes it, and
where the body starts after it, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baoxomnui.example.vn/doi-song/cho-que-ngay-giap-tet-b3381.html"
TITLE = "Chợ quê những ngày giáp Tết"
LEAD = (
    "Những ngày cuối năm, chợ phiên ở thị trấn miền núi họp từ tờ mờ sáng, "
    "người dân các bản mang măng khô, gà đồi và rượu men lá xuống bán."
)
FIRST = (
    "Phiên chợ năm nay có thêm dãy hàng bán nông sản đã được cấp mã truy xuất nguồn gốc, "
    "từ mật ong rừng, chè shan tuyết đến thịt trâu gác bếp của các hợp tác xã trong huyện."
)
SECOND = (
    "Ban quản lý chợ bố trí bãi giữ xe miễn phí, tổ an ninh trực đến trưa và một điểm "
    "hướng dẫn người bán dùng mã QR để nhận tiền chuyển khoản của khách."
)
TEXT = [FIRST, SECOND]
CONTENT = f"<div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p></div>"


def record(article: str, description: str | None = None, title: str = TITLE) -> dict:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    page = (
        f"<html lang='vi'><head><title>{title}</title>{meta}</head><body>"
        f"<article><h1>{title}</h1>{article}</article></body></html>"
    )
    return extract_record(page, URL, NOW)


def lead_and_body(got: dict) -> tuple[str | None, str | None]:
    return got["summary"], got["body"]


def test_a_stamp_inside_an_inline_element_holding_the_whole_lead_is_no_part_of_it() -> None:
    """A place in bold glued to the lead's first word, inside the italics (or the link) that
    hold the whole lead (`<p class="sapo"><i><b>Sơn La</b>Những…</i></p>`), is a stamp, as it
    is with no italics around it."""
    for lead in (f"<i><b>Sơn La</b>{LEAD}</i>", f"<em><strong>SƠN LA</strong> - {LEAD}</em>"):
        got = record(f"<p class='sapo'>{lead}</p>{CONTENT}")
        assert lead_and_body(got) == (LEAD, "\n\n".join(TEXT)), lead


def test_a_link_to_another_article_closing_the_lead_is_no_part_of_it() -> None:
    """A `Xem thêm: …` link after the lead's last sentence, or a `>> Đọc thêm` line after a
    line break in the lead's block, points to another article: the summary ends before it."""
    for pointer in (
        " <a href='/bai/11'>Xem thêm: Giá măng khô tăng mạnh dịp cuối năm</a>",
        "<br><a href='/bai/12'>&gt;&gt; Đọc thêm: Phiên chợ vùng cao</a>",
    ):
        got = record(f"<p class='sapo'>{LEAD}{pointer}</p>{CONTENT}")
        assert lead_and_body(got) == (LEAD, "\n\n".join(TEXT)), pointer


def test_a_writers_credit_closing_the_lead_is_no_part_of_it() -> None:
    """A writer's credit in brackets after the lead's last sentence (`(Bài: …)`, `(Bài và
    ảnh: …)`), in the lead's box or in a bold first paragraph, is the byline, not the lead:
    the summary ends before it and the bold paragraph is still the lead, not the body."""
    for article in (
        f"<div class='sapo'><p>{LEAD} <em>(Bài: Lò Thị Hoa)</em></p></div>{CONTENT}",
        f"<div class='noi-dung'><p><strong>{LEAD} (Bài và ảnh: Lò Thị Hoa)</strong></p>"
        f"<p>{FIRST}</p><p>{SECOND}</p></div>",
    ):
        got = record(article)
        assert lead_and_body(got) == (LEAD, "\n\n".join(TEXT)), article


def test_a_lead_printed_in_two_paragraphs_is_not_printed_again_as_body() -> None:
    """A sapo box of two paragraphs read along with the text is the lead in both: the body
    starts after the second, not with the lead's two halves."""
    first, second = LEAD.split(", người dân ")
    first, second = f"{first}.", f"Người dân {second}"
    got = record(
        f"<div class='chi-tiet'><div class='sapo'><p>{first}</p><p>{second}</p></div>"
        f"<div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p></div></div>"
    )
    assert lead_and_body(got) == (f"{first} {second}", "\n\n".join(TEXT))


def test_a_heading_element_opening_the_text_as_a_sentence_is_the_lead() -> None:
    """A heading element that opens the text and reads as a whole sentence (a block editor's
    `<h2>` typed as the lead), on a page with no other lead, is the lead, not the body's first
    paragraph; a short heading opening the text stays the body's heading."""
    got = record(f"<div class='entry-content'><h2>{LEAD}</h2><p>{FIRST}</p><p>{SECOND}</p></div>")
    assert lead_and_body(got) == (LEAD, "\n\n".join(TEXT))
    got = record(
        f"<div class='entry-content'><h2>Hàng về sớm</h2><p>{FIRST}</p><p>{SECOND}</p></div>"
    )
    assert lead_and_body(got) == (None, "\n\n".join(["Hàng về sớm", *TEXT]))


def test_paragraphs_inside_a_font_element_are_read_one_by_one() -> None:
    """A `<font>` (or `<span>`) setting the type of the text around its paragraphs is laid out
    as a block: each paragraph is one of the body, and an italic first one is the lead."""
    for wrapper in ("font face='Arial' size='3'", "span class='chu'"):
        tag = wrapper.split()[0]
        page = (
            f"<html lang='vi'><head><title>{TITLE}</title></head><body><table><tr><td>"
            f"<font size='5'><b>{TITLE}</b></font><br><font size='2'>04/12/2025 10:05</font>"
            f"<br><br><{wrapper}><p><i>{LEAD}</i></p><p>{FIRST}</p><p>{SECOND}</p></{tag}>"
            "</td></tr></table></body></html>"
        )
        got = extract_record(page, URL, NOW)
        assert lead_and_body(got) == (LEAD, "\n\n".join(TEXT)), wrapper


def test_a_site_description_sharing_a_two_letter_syllable_with_the_headline_is_no_lead() -> None:
    """A description of the site (`Tin tức … và …`) sharing with the headline only a syllable
    of two letters, which folds to the same letters as another (`và`, `vá`), and hardly any
    word with the text, says nothing of the article: no lead."""
    title = "Thợ vá lưới ở làng chài Nhơn Lý"
    text = [
        "Mỗi sáng, hơn ba mươi người thợ ngồi dọc bãi cát để sửa những tấm lưới rách "
        "sau chuyến biển.",
        "Tiền công mỗi tấm lưới từ 150.000 đến 300.000 đồng tùy độ rách.",
    ]
    site = "Tin tức thời sự, kinh tế, văn hóa, xã hội mới nhất trong tỉnh và cả nước."
    got = record(f"<div class='noi-dung'><p>{text[0]}</p><p>{text[1]}</p></div>", site, title)
    assert lead_and_body(got) == (None, "\n\n".join(text))
