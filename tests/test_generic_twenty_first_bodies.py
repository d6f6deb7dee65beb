"""Rules the generic extractor learnt from the twenty-first holdout set's families (a bar
association on SPIP, a veterinary office on CodeIgniter, a radio station's desk on Textpattern, a
help site on MkDocs Material): lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

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


def test_a_note_box_of_one_italic_line_between_paragraphs_is_no_text() -> None:
    note = (
        "<div class='note-ban-dich'><p><em>Bản tiếng Khmer của tin này đã phát lúc 18:00 ngày "
        "03/12/2026, biên dịch: Thạch Sô Phanh.</em></p></div>"
    )
    assert record(between(note))["body"] == "\n\n".join(TEXT)
