"""Rules the generic extractor learnt for bodies, summaries and pictures from the thirtieth
holdout set's genres (a live report, an interview, a photo story, an Emagazine, a decree news
item, an obituary, a match report, a legal advice column, a price bulletin, an event calendar
item, an expert column and a video article)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinongdan.example.vn/tin-tuc/hoi-dap-phap-luat/ban-doc-hoi-luat-su-tra-loi-12"
TITLE = "Con cả có được tự ý bán đất cha mẹ để lại khi chưa chia thừa kế?"
FIRST = "Theo Bộ luật Dân sự, di sản không có di chúc được chia theo pháp luật cho hàng thừa kế."
SECOND = "Những người thừa kế cùng hàng được hưởng phần di sản bằng nhau theo quy định hiện hành."
THIRD = "Việc chuyển nhượng cần văn bản đồng ý của tất cả đồng thừa kế, công chứng theo quy định."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_live_entry_holding_only_a_video_leaves_no_time_alone() -> None:
    """A live report's entries (`<article><time>10:05</time><div>…</div></article>`), one of
    them holding only a video player: the player is no text, and its time goes with it."""
    lines = (("11:20", FIRST), ("10:05", None), ("09:50", SECOND), ("08:45", THIRD))
    entries = "".join(
        f"<article class='entry'><time>{hour}</time><div class='entry-body'>"
        + (
            f"<p>{text}</p>"
            if text
            else "<div class='video-embed' data-src='/media/video/12.mp4'>"
            "<button class='play'>▶</button><span class='video-duration'>02:14</span></div>"
        )
        + "</div></article>"
        for hour, text in lines
    )
    page = f"<article><h1>{TITLE}</h1><div class='live-feed'>{entries}</div></article>"
    assert ARTICLE.record(page)["body"] == (f"11:20 {FIRST}\n\n09:50 {SECOND}\n\n08:45 {THIRD}")


def test_a_boxed_line_under_an_icon_giving_a_phone_is_no_text() -> None:
    """`<div class="note"><p><i class="icon-info"></i> Nội dung … điện thoại 0270 …</p></div>`
    among the text's paragraphs: a service's notice under an icon font's glyph (a disclaimer
    and where to call), set apart in a box of its own, no text."""
    note = (
        "<div class='qa-note'><p><i class='icon-info'></i> Nội dung tư vấn mang tính tham khảo."
        " Cần tư vấn trực tiếp, vui lòng gọi Trung tâm Tư vấn pháp luật, điện thoại 0270 3822 915,"
        " giờ hành chính.</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(note))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_interviewee_s_card_under_the_lead_is_no_picture_of_the_article() -> None:
    """An interviewee's card between the lead and the text: the portrait alone in its box, the
    name in bold opening the text beside it, the post and the birth year under it, the
    picture's `alt` naming the same person: a portrait, no picture of the article; the
    text's own photo stays."""
    card = (
        "<div class='guest-card'><img src='/anh/chan-dung.jpg' alt='Ông Rơ Châm Thanh'>"
        "<div class='guest-card__text'><strong>Đại tá Rơ Châm Thanh</strong><br>Chủ tịch Hội "
        "Cựu chiến binh tỉnh<br>Sinh năm 1961</div></div>"
    )
    photo = "<figure><img src='/anh/vuon-sau-rieng.jpg' alt=''><figcaption>Vườn sầu riêng."
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND)) + f"{photo}</figcaption></figure>"
    page = (
        f"<article><h1>{TITLE}</h1><div class='sapo'><b>{THIRD}</b></div>{card}"
        f"<div class='detail-content'>{text}</div></article>"
    )
    assert ARTICLE.record(page)["images"] == [ARTICLE.picture("vuon-sau-rieng", "Vườn sầu riêng.")]
