"""Rules the generic extractor learnt for bodies from the seventy-eighth holdout set's health
insurance pages in documentation handbooks."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://bhxhanphu.example.vn/huong-dan/bao-hiem-y-te/bhyt-hoc-sinh-2026-2027.html"
TITLE = "BHYT học sinh, sinh viên năm học 2026-2027"
FIRST = "Học sinh, sinh viên đóng 50% mức 4,5% của mức tham chiếu 2.340.000 đồng mỗi tháng."
SECOND = "Nhà trường thu và chuyển tiền về cơ quan bảo hiểm xã hội trước ngày 31/12/2026."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def test_a_note_classed_line_under_a_reader_s_label_is_text() -> None:
    """A handbook's `<p class="note">Lưu ý: …</p>` among the text's paragraphs, no picture near
    it: a note the text gives its reader, label kept, not a caption a note's class may name."""
    note = "Lưu ý: Thẻ có giá trị ngay từ ngày bắt đầu thời hạn nếu tham gia liên tục."
    body = ARTICLE.record(ARTICLE.between(f"<p class='note'>{note}</p>"))["body"]
    assert body == "\n\n".join((FIRST, note, SECOND))
