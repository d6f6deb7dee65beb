"""Rules the generic extractor learnt for bodies from the forty-third holdout set's
multimedia formats (live blog embeds, e-magazines, a mega story, a photo story, an
infographic, a podcast, an audio article, video pages and a quiz in an article)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baobienhai.example.vn/xa-hoi/truc-tiep-dua-thuyen-tren-song-215900.htm"
TITLE = "Trực tiếp: Hội đua thuyền truyền thống trên sông Trà Khúc"
ENTRIES = (
    (
        "07:30",
        "Các đội thuyền của mười hai xã đã tập trung tại bến, người dân đứng kín hai bờ.",
    ),
    (
        "08:15",
        "Lễ khai mạc bắt đầu với nghi thức cúng thần sông, đánh trống khai hội trên thuyền rồng.",
    ),
    ("09:40", "Đội thuyền xã Tịnh Khê về nhất lượt đua nam, phá kỷ lục của hội đua năm ngoái."),
)
ARTICLE = InventedArticle(URL, TITLE, NOW)


def _live_page(entries: str) -> str:
    """The live page around an embed's list of entries."""
    return (
        f"<div class='article'><h1>{TITLE}</h1>"
        "<div class='meta'><span class='time'>07:00 | 05/12/2026</span></div>"
        f"<div id='live-embed' data-order='asc'>{entries}</div></div>"
    )


def test_a_live_embed_s_entries_opening_with_a_time_box_are_the_text_in_order() -> None:
    """A live blog embed's `<li>` entries, each a box with the time alone over the box of its
    text (`<div class="item-time"><span>07:30</span></div><div class="item-content"><div
    class="text"><p>…</p></div></div>`), in a list the embed classes a news list: a list of
    entries linking nowhere, no list of other articles; every entry is the text, its time
    opening its paragraph, in the printed order."""
    items = "".join(
        f"<li class='lb-news-list-item'><div class='lb-item-time'><span>{hour}</span></div>"
        f"<div class='lb-item-content'><div class='lb-text'><p>{text}</p></div></div>"
        "<div class='lb-item-share'><a>Chia sẻ</a></div></li>"
        for hour, text in ENTRIES
    )
    body = ARTICLE.record(_live_page(f"<ul class='lb-news-list'>{items}</ul>"))["body"]
    assert body == "\n\n".join(f"{hour} {text}" for hour, text in ENTRIES)


def test_a_live_entry_s_time_box_with_the_desk_s_label_gives_only_the_time() -> None:
    """Entries of another embed (`<div class="event"><div class="meta"><span>09:40</span>
    <span>Ban biên tập</span></div><div class="event-body">…</div></div>`), one holding only a
    video its script draws from a stream (`<div data-src="….m3u8">` with the words for a
    browser that cannot play it): each entry's time opens its text, the desk's label is no
    text, and the video's entry is none."""

    def event(hour: str, inside: str) -> str:
        return (
            f"<div class='ev-event'><div class='ev-meta'><span class='ev-time'>{hour}</span> "
            f"<span class='ev-author'>Ban biên tập</span></div>"
            f"<div class='ev-event-body'>{inside}</div></div>"
        )

    video = (
        "<div class='ev-media'><div class='ev-video' data-src='https://vod.example.vn/l/9.m3u8'>"
        "<p>Trình duyệt của bạn không hỗ trợ phát video.</p></div></div>"
    )
    newest_first = list(reversed(ENTRIES))
    (hour, text), *rest = newest_first
    events = event(hour, f"<p>{text}</p>") + event("09:05", video)
    events += "".join(event(hour, f"<div class='rich'><p>{text}</p></div>") for hour, text in rest)
    body = ARTICLE.record(_live_page(f"<div class='ev-feed'>{events}</div>"))["body"]
    assert body == "\n\n".join(f"{hour} {text}" for hour, text in newest_first)
