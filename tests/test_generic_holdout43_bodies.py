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


MAG_URL = "https://emag.baolaocai.example.vn/mua-xoe-thai-tren-dat-muong-lo/"
MAG_TITLE = "Điệu xòe Thái giữa cánh đồng Mường Lò"
MAG_TEXT = (
    "Mỗi tối thứ Bảy, sân nhà văn hóa bản Chiềng Thìn lại sáng đèn, tiếng chiêng, tiếng trống "
    "gọi mọi người ra vòng xòe.",
    "Bà Lò Thị Xiêng, 72 tuổi, là người dạy xòe lâu năm nhất bản, đã truyền nghề cho hơn ba "
    "trăm học trò trong và ngoài tỉnh.",
    "Từ khi nghệ thuật xòe Thái được ghi danh, khách du lịch tìm về bản ngày một đông, nhiều "
    "gia đình mở thêm nhà nghỉ cộng đồng.",
    "Đêm khuya, vòng xòe vẫn chưa tan, người già dắt tay người trẻ, khách lạ nắm tay người bản.",
)
MAG = InventedArticle(MAG_URL, MAG_TITLE, NOW)


def _placed(top: int, kind: str, inside: str) -> str:
    """A block a builder places on its canvas, classed with its own widget word."""
    return (
        f"<div class='bwwidget widget-{kind}' style='position:absolute;left:120px;top:{top}px;"
        f"width:720px'>{inside}</div>"
    )


def _magazine(middle: str) -> str:
    """A builder's e-magazine: the headline's block, a block of two paragraphs, one of one,
    `middle`, one more, and the credits' block with the publish line closing it."""
    first, second, third, fourth = (f"<p>{text}</p>" for text in MAG_TEXT)
    credits = (
        "<div class='tv'><p style='font-size:14px'>Bài: Lò Văn Thương · Ảnh: Cầm Hoa</p>"
        "<p style='font-size:14px'>Đăng ngày 04/12/2026, 20:15</p></div>"
    )
    return (
        "<div class='mag-page' style='position:relative;height:4000px'>"
        + _placed(300, "text", f"<div class='tv'><h1>{MAG_TITLE}</h1></div>")
        + _placed(900, "text", f"<div class='tv'>{first}{second}</div>")
        + _placed(1300, "text", f"<div class='tv'>{third}</div>")
        + middle
        + _placed(2400, "text", f"<div class='tv'>{fourth}</div>")
        + _placed(2800, "text", credits)
        + "</div>"
    )


def test_a_builder_s_placed_text_blocks_are_the_text_whatever_their_widget_class() -> None:
    """An e-magazine builder places every block on its canvas (`position:absolute`), each
    classed with the builder's own widget word and its kind (`bwwidget widget-text`), a few
    paragraphs to a block, a picture's block between them, the credits and the publish line
    in the last: the blocks together are the text, and `widget` names no box beside the
    article (the publish line's block is the article's)."""
    picture = _placed(
        1800, "picture", "<img src='https://cdn.example.net/mag/Image-3c/vong-xoe.jpg' alt=''>"
    )
    record = MAG.record(_magazine(picture))
    assert record["body"] == "\n\n".join(MAG_TEXT)
    assert (record["published_at"], record["published_raw"], record["authors"]) == (
        "2026-12-04T20:15:00+07:00",
        "Đăng ngày 04/12/2026, 20:15",
        ["Lò Văn Thương"],
    )
    assert record["images"] == [
        {"url": "https://cdn.example.net/mag/Image-3c/vong-xoe.jpg", "caption": None}
    ]


def test_a_stat_block_s_figure_over_its_label_is_no_text() -> None:
    """A stat block among the text's blocks: a figure alone in big type over a short label
    closing no sentence (`<p>320</p><p>học trò bà Xiêng đã dạy</p>`): the number set large
    for the eye, which the text tells in a sentence."""
    stat = _placed(
        1800,
        "text",
        "<div class='tv'><p style='font-size:120px'>320</p>"
        "<p style='font-size:14px'>học trò bà Xiêng đã dạy</p></div>",
    )
    assert MAG.record(_magazine(stat))["body"] == "\n\n".join(MAG_TEXT)


PODCAST_URL = "https://baokiengiang.example.vn/podcast/tap-12-mua-kho-ca-a486990.html"
PODCAST_TITLE = "Tập 12: Mùa khô cá ở hòn Thơm"
PODCAST = InventedArticle(PODCAST_URL, PODCAST_TITLE, NOW)


def test_a_podcast_s_cover_art_over_its_series_line_is_the_episode_s_picture() -> None:
    """A podcast episode's cover art in a block classed as the cover, then the series line
    (`Chuyện biển đảo · Tập 12`) over the headline: the cover is the episode's picture,
    with no caption, though the series line stands between it and the headline."""
    text = "".join(f"<p>{p}</p>" for p in MAG_TEXT[:2])
    page = (
        "<article class='episode'><div class='episode-cover'>"
        "<img src='/anh/tap-12-cover.jpg' alt='Chuyện biển đảo - Tập 12'></div>"
        "<div class='episode-series'><a href='/podcast/chuyen-bien-dao/'>Chuyện biển đảo</a>"
        f" · Tập 12</div><h1>{PODCAST_TITLE}</h1><div class='episode-body'>{text}</div></article>"
    )
    assert PODCAST.record(page)["images"] == [PODCAST.picture("tap-12-cover")]


def test_a_note_under_a_quiz_embedded_in_the_text_is_no_text() -> None:
    """A quiz embedded between the text's paragraphs (its frame in the embed's box) with a note
    boxed under it in italics, classed as the quiz's note (`<div class="quiz-note"><p><em>Đã
    có 1.247 người tham gia …</em></p></div>`): the quiz's participants, prize and result
    day, no text of the article."""
    quiz = (
        "<div class='quiz-wrapper' data-id='bBn7'><iframe title='Trắc nghiệm' "
        "src='https://quiz.example.com/embed/a/bBn7'></iframe></div><div class='quiz-note'><p>"
        "<em>Đã có 1.247 người tham gia. Ba bạn đọc trả lời đúng và nhanh nhất trước 23:59 ngày "
        "12/12/2026 sẽ nhận quà của Báo; kết quả công bố ngày 15/12/2026.</em></p></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in MAG_TEXT[:2])
    after = "".join(f"<p>{p}</p>" for p in MAG_TEXT[2:])
    page = f"<article><h1>{MAG_TITLE}</h1><div class='content'>{text}{quiz}{after}</div></article>"
    assert MAG.record(page)["body"] == "\n\n".join(MAG_TEXT)
