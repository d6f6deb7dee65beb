"""Rules the generic extractor learnt for bodies and summaries from the fifty-third holdout
set's article pages whose surroundings echo the article (info lines over the text, machine
summaries, pull quotes, next-page teasers, correction and update notes)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://xabanmuong.example.vn/post/318"
TITLE = "Khánh thành nhà văn hóa thôn Nà Pồng sau sáu tháng thi công"
LEAD = "Sáng 4/12, xã Bản Mường khánh thành nhà văn hóa thôn Nà Pồng, nơi sinh hoạt của 120 hộ."
FIRST = "Nhà văn hóa thôn Nà Pồng được xây dựng trên diện tích 300 m2, tổng kinh phí 1,2 tỷ đồng."
SECOND = "Người dân trong thôn đã đóng góp hơn 400 ngày công san nền, vận chuyển vật liệu."
THIRD = "Ông Lý Văn Tiến, Chủ tịch UBND xã, cho biết chi phí làm sân chỉ bằng một nửa dự toán."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _text(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_an_info_line_between_the_headline_and_the_text_is_no_opening_paragraph() -> None:
    """emlog's `<p class="date">Tác giả: admin <span>Đăng lúc 2026-12-5 8:30</span> … Lượt
    đọc (1532) Bình luận (9)</p>` between the `<h2>` and the text's block: a paragraph holding
    an element that prints only a date is the info line, not the text's first paragraph set
    apart; the text opens with its bold lead."""
    info = (
        "<p class='date'>Tác giả: <a href='/author/1'>admin</a> "
        "<span class='post-date'>Đăng lúc 2026-12-5 8:30</span> "
        "<span class='post-views'>Lượt đọc (1532)</span> <a href='#comments'>Bình luận (9)</a></p>"
    )
    text = f"<p><strong>{LEAD}</strong></p>" + _text(FIRST, SECOND, THIRD)
    page = f"<div id='content'><h2>{TITLE}</h2>{info}<div class='log-content'>{text}</div></div>"
    record = ARTICLE.record(page)
    assert (record["summary"], record["body"]) == (LEAD, "\n\n".join((FIRST, SECOND, THIRD)))
