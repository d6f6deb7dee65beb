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


def test_a_summary_box_a_machine_wrote_is_no_lead() -> None:
    """Textcube's `<div class="ai-summary"><h4>Tóm tắt nhanh (AI)</h4><ul>…</ul></div>` over
    the text, its class naming the summary: a machine's digest, not the writer's lead, which is
    the bold first paragraph under it."""
    box = (
        "<div class='ai-summary'><h4>Tóm tắt nhanh (AI)</h4><ul><li>Nhà văn hóa 300 m2, kinh "
        "phí 1,2 tỷ đồng, khánh thành sáng 4/12.</li><li>Dân góp hơn 400 ngày công.</li></ul>"
        "<small>Phần tóm tắt do AI tạo tự động, có thể chưa chính xác.</small></div>"
    )
    text = f"<p><b>{LEAD}</b></p>" + _text(FIRST, SECOND, THIRD)
    page = f"<div class='entry'><h2>{TITLE}</h2>{box}<div class='article'>{text}</div></div>"
    record = ARTICLE.record(page)
    assert (record["summary"], record["body"]) == (LEAD, "\n\n".join((FIRST, SECOND, THIRD)))


def test_a_pull_quote_lifted_from_mid_sentence_with_a_capital_is_no_text() -> None:
    """`<blockquote class="pullquote">“Chi phí làm sân chỉ bằng một nửa dự toán ban đầu.”`:
    a clause the text prints after `cho biết chi phí …`, capitalised when set apart; the
    reader meets it once, in its paragraph."""
    quote = "<blockquote class='pullquote'>“Chi phí làm sân chỉ bằng một nửa dự toán.”</blockquote>"
    page = (
        f"<article><h1>{TITLE}</h1><div class='body'>"
        f"{_text(FIRST, SECOND, THIRD)}{quote}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_the_next_page_s_teaser_closing_a_split_article_is_no_text() -> None:
    """Page 1 of 3 closes with `<p><em>Xem tiếp trang 2: <a>…</a> — …</em></p>`: a pointer to
    the next page's part, not a paragraph of this page's text."""
    teaser = (
        "<p><em>Xem tiếp trang 2: <a href='/phongsu/1184_2.html'>Những người giữ nghề</a> — "
        "nơi các nghệ nhân cuối cùng của thôn giữ nghề qua bao mùa lễ hội.</em></p>"
    )
    page = ARTICLE.between("")[: -len("</div></article>")] + teaser + "</div></article>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_update_and_correction_notes_closing_the_text_are_no_text() -> None:
    """`Cập nhật lúc 21:40 ngày 05/12/2026: …` and `Đính chính lúc 16:30 ngày 04/12/2026: …`
    in italics under the last paragraph: notes of what changed since the article was posted,
    whatever they say (they give the modified time), not its text."""
    for note in (
        "Cập nhật lúc 21:40 ngày 05/12/2026: UBND xã cho biết lễ khánh thành có thể lùi sang "
        "ngày 20/12/2026, thông báo chính thức sẽ được phát trên loa truyền thanh.",
        "Đính chính lúc 16:30 ngày 04/12/2026: Bài viết đã sửa lại tổng kinh phí (1,2 tỷ đồng, "
        "không phải 2,1 tỷ đồng như bản đăng trước).",
    ):
        page = (
            f"<article><h1>{TITLE}</h1><div class='body'>{_text(FIRST, SECOND, THIRD)}"
            f"<p><em>{note}</em></p></div></article>"
        )
        assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD)), note
