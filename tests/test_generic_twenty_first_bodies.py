"""Rules the generic extractor learnt from the twenty-first holdout set's families (a bar
association on SPIP, a veterinary office on CodeIgniter, a radio station's desk on Textpattern, a
help site on MkDocs Material): lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T08:00:00+07:00")
URL = "https://thuyloi.example.vn/tin-hoat-dong/nao-vet-kenh-cap-mot-a3310.html"
TITLE = "Nạo vét kênh cấp một trước vụ lúa đông xuân"
FIRST = "Công ty đã đưa sáu máy đào vào nạo vét gần mười cây số kênh chính từ đầu tuần."
SECOND = "Bùn đất được đổ lên bờ để gia cố mặt đường cho xe chở lúa đi lại trong mùa gặt."
THIRD = "Các cống đầu kênh sẽ mở lại khi mực nước ngoài sông lên đủ cao vào cuối tháng."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
LEAD = (
    "Để kịp lấy nước cho vụ đông xuân, công ty thủy lợi nạo vét toàn bộ kênh cấp một trên "
    "địa bàn ba xã ven sông."
)

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between = ARTICLE.record, ARTICLE.between


def test_a_chapo_is_a_lead() -> None:
    """SPIP names the lead its `chapo`; the description is the site's."""
    head = "<meta name='description' content='Trang thông tin Công ty Thủy lợi số Hai'>"
    page = (
        f"<div class='article'><h1>{TITLE}</h1><div class='chapo'><p>{LEAD}</p></div>"
        f"<div class='texte'>{PARAGRAPHS}</div></div>"
    )
    found = record(page, head)
    assert (found["summary"], found["body"]) == (LEAD, "\n\n".join(TEXT))


def test_a_description_naming_the_office_over_the_headline_is_no_lead() -> None:
    """The banner prints the office's name, the description and the footer repeat it with its
    province: the site's name on every page, so the bold paragraph opening the text is the
    lead."""
    head = "<meta name='description' content='Chi cục Kênh mương tỉnh Bến Tre'>"
    banner = "<div id='banner'><p>SỞ NÔNG NGHIỆP TỈNH BẾN TRE</p><p>CHI CỤC KÊNH MƯƠNG</p></div>"
    page = (
        f"{banner}<div class='tin'><h2>{TITLE}</h2><div class='noi-dung'>"
        f"<p><b>{LEAD}</b></p>{PARAGRAPHS}</div></div>"
        "<div class='chan-trang'><p>Chi cục Kênh mương tỉnh Bến Tre</p></div>"
    )
    found = record(page, head)
    assert (found["summary"], found["body"]) == (LEAD, "\n\n".join(TEXT))


def test_a_framed_box_of_lines_opening_with_a_label_is_no_text() -> None:
    box = (
        "<div style='border:1px solid #06c;padding:6px'><p><b>Đường dây nóng:</b> 0275 3822 "
        "119 (24/24 giờ)</p><p>Các cụm thủy nông trực từ 6:00 đến 20:00 hằng ngày.</p></div>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)


def test_a_headings_link_to_itself_is_no_part_of_it() -> None:
    """A documentation site closes each heading with a pilcrow linking to the heading."""
    heading = "<h2 id='lich'>Lịch nạo vét<a class='anchor' href='#lich'>¶</a></h2>"
    assert record(between(heading))["body"] == "\n\n".join([FIRST, "Lịch nạo vét", SECOND, THIRD])


def test_a_description_spelling_out_the_sites_name_is_no_lead() -> None:
    """The title prints the site's name beside the headline; the description opens with it,
    a few words between: the site's own blurb on every page, and the post prints no lead."""
    page = ARTICLE.html(f"<article><h1>{TITLE}</h1>{PARAGRAPHS}</article>").replace(
        f"<title>{TITLE}</title>",
        f"<title>{TITLE} - Sổ tay kênh mương và lúa nước</title>"
        "<meta property='og:site_name' content='Sổ tay kênh mương và lúa nước'><meta "
        "name='description' content='Sổ tay về kênh mương, đồng ruộng và lúa nước của công ty'>",
    )
    found = extract_record(page, URL, NOW)
    assert (found["summary"], found["body"]) == (None, "\n\n".join(TEXT))


def test_a_note_box_of_one_italic_line_between_paragraphs_is_no_text() -> None:
    note = (
        "<div class='note-ban-dich'><p><em>Bản tiếng Khmer của tin này đã phát lúc 18:00 ngày "
        "03/12/2026, biên dịch: Thạch Sô Phanh.</em></p></div>"
    )
    assert record(between(note))["body"] == "\n\n".join(TEXT)
