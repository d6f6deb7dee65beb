"""Rules the generic extractor learnt from the blind table of lead placements
(`tests/fixtures/placements/leads.json`): where the lead (sapo) sits and where the body starts
after it, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinhuyen.example.vn/xa-hoi/lop-hoc-tinh-thuong-a7712.html"
TITLE = "Lớp học tình thương bên chân đê"
LEAD = (
    "Mười năm qua, lớp học nhỏ bên chân đê đã dạy chữ cho hơn 300 trẻ em nhà nghèo ở xã ven sông."
)
FIRST = "Lớp học do cô Trần Thị Huệ, giáo viên về hưu, mở trong căn nhà cấp bốn của gia đình."
SECOND = "Mỗi buổi tối, hơn hai mươi em đến học, được phát vở, bút và một ly sữa."
TEXT = [FIRST, SECOND]


def record(article: str, description: str | None = LEAD) -> dict:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title>{meta}</head><body>"
        f"<article><h1>{TITLE}</h1>{article}</article></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_place_in_capitals_before_the_lead_is_no_part_of_it() -> None:
    """A dateline of a place in capitals (`HÀ NỘI - `, `BÌNH DƯƠNG - `), in the lead's own
    span or typed into a bold lead, is left out of the summary, and the bold lead is not
    printed again as the body's first paragraph."""
    for article in (
        f"<p class='description'><span class='dateline'>BÌNH DƯƠNG -</span> {LEAD}</p>"
        f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>",
        f"<div class='content'><p><b>HÀ NỘI - {LEAD}</b></p><p>{FIRST}</p><p>{SECOND}</p></div>",
    ):
        got = record(article)
        assert (got["summary"], got["body"]) == (LEAD, "\n\n".join(TEXT)), article


def test_a_description_cut_from_a_first_paragraph_under_a_place_dateline_is_no_lead() -> None:
    """A description cut with an ellipsis from the first paragraph, which opens with a place
    in capitals (`HUẾ - `), is the platform's excerpt: no lead; the paragraph stays body,
    its dateline as printed."""
    cut = " ".join(FIRST.split()[:12]) + "..."
    got = record(
        f"<div class='content'><p><strong>HUẾ -</strong> {FIRST}</p><p>{SECOND}</p></div>", cut
    )
    assert (got["summary"], got["body"]) == (None, f"HUẾ - {FIRST}\n\n{SECOND}")


def test_a_paragraph_bold_by_its_class_or_style_opens_as_the_lead() -> None:
    """A first paragraph bold by a utility class or its style (`<p class="fw-bold">`,
    `<p style="font-weight:700">`) is a bold lead as `<p><strong>` is: over a description cut
    from it, it is the summary, and the body starts after it."""
    cut = " ".join(LEAD.split()[:12]) + "..."
    for opening in (
        "<p class='fw-bold mt-3'>",
        "<p class='font-bold'>",
        "<p style='font-weight:700'>",
    ):
        got = record(
            f"{opening}{LEAD}</p><div class='content'><p>{FIRST}</p><p>{SECOND}</p></div>", cut
        )
        assert (got["summary"], got["body"]) == (LEAD, "\n\n".join(TEXT)), opening


def test_a_short_label_bold_by_its_class_or_style_is_no_heading_of_the_text() -> None:
    """A short line the template sets bold by a class or its style over the text (a red
    `Cập nhật` label) is no section heading the writer typed, as a line all in `<strong>` is:
    it closes no sentence and opens no section, so the text starts under it."""
    for label in (
        "<p style='font-weight:700;color:#c00'>Cập nhật</p>",
        "<p class='fw-bold text-danger'>Cập nhật</p>",
    ):
        got = record(f"<div class='content'>{label}<p>{FIRST}</p><p>{SECOND}</p></div>", None)
        assert got["body"] == "\n\n".join(TEXT), label


def test_a_lead_behind_a_glued_location_stamp_is_not_body() -> None:
    """A lead whose location span is glued to its first word (`<span>Long An</span>Mười
    năm…`) is read without the stamp; the same paragraph read with the text is no body."""
    got = record(
        f"<p class='sapo'><span class='location'>Long An</span>{LEAD}</p>"
        f"<p>{FIRST}</p><p>{SECOND}</p>"
    )
    assert (got["summary"], got["body"]) == (LEAD, "\n\n".join(TEXT))
