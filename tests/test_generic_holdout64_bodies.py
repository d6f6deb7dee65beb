"""Rules the generic extractor learnt for article bodies from the sixty-fourth holdout set's
procedures, civic notices, obituaries and readers' letters on wikis, podcast hosts, site
builders, mailing list archives, feedback forums and newsletters."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://gopy-phuongtanhoa.example.vn/blog/2026/12/duong-hem-12-xuong-cap.html"
TITLE = "Đường hẻm 12 xuống cấp sau mùa mưa, mong phường sớm sửa"
TEXT = (
    "Tôi ở hẻm 12 đường Trần Phú đã hơn 20 năm, chưa năm nào đường hẻm hư hỏng như năm nay.",
    "Sau trận mưa ngày 18/11/2026, mặt đường bong tróc thành nhiều ổ gà sâu gần 15 cm.",
    "Mong phường sớm cho vá tạm các ổ gà trước Tết để bà con đi lại an toàn hơn.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_rule_under_the_lead_is_no_paragraph() -> None:
    """A blog prints its intro in italics as the lead, then `***`, then the reader's letter:
    the rule sets the two apart and is no part of the text."""
    intro = (
        "<p><em>Bạn đọc Lê Văn Bảy ở hẻm 12 đường Trần Phú gửi thư phản ánh đường hẻm xuống"
        " cấp sau mùa mưa, nhiều ổ gà sâu gây nguy hiểm cho người đi đường.</em></p><p>***</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div class='entry'><h1>{TITLE}</h1><div class='entry-body'>{intro}{text}</div></div>"
    record = ARTICLE.record(page)
    assert record["body"] == "\n\n".join(TEXT)


def test_a_tip_in_a_quotation_block_is_no_paragraph_bold_or_not() -> None:
    """A Markdown post sets a tip apart as a quotation (`> Mẹo: …`, rendered `<blockquote><p>Mẹo:
    …</p></blockquote>`): the writer's aside to the reader, no part of the text, its label in
    bold or not."""
    tip = (
        "<blockquote><p>Mẹo: chụp ảnh ổ gà kèm biển số nhà rồi gửi qua ứng dụng phản ánh của "
        "thành phố, hồ sơ được chuyển thẳng đến phường trong ngày.</p></blockquote>"
    )
    record = ARTICLE.record(ARTICLE.between(tip))
    assert record["body"] == "\n\n".join(TEXT)
