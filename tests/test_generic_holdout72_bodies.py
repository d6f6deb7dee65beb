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
