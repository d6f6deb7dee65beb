"""Rules the generic extractor learnt for dates, views, bylines, categories and pictures from the
seventy-first holdout set's family, women and children pages on wikis, work documents, community
platforms, intranets and webinar hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://wiki.clbtre.example.vn/Ke-hoach-mua-dong"
TITLE = "Kế hoạch mùa đông: 30 tình nguyện viên thăm các gia đình có trẻ nhỏ"
TEXT = (
    "Từ ngày 10/12/2026, câu lạc bộ chia 30 tình nguyện viên thành 6 nhóm thăm 120 gia đình.",
    "Mỗi nhóm phụ trách 20 gia đình, đến thăm ít nhất một lần mỗi tuần trong ba tháng.",
    "Kinh phí mua áo ấm và chăn cho các cháu khoảng 36 triệu đồng, do các nhà hảo tâm đóng góp.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_wiki_s_last_edit_line_alone_is_the_publish_time() -> None:
    """A wiki's footer prints only `Last edited by <account>, 2026-12-04 10:12:33 +0700` (Gollum's
    `#last-edit`): the page's last change, its only date, is the publish time to the second, the
    whole line as the element holds it, with no update."""
    page = (
        f"<div id='wiki-wrapper'><h1 class='header-title'>{TITLE}</h1>"
        f"<div id='wiki-content'><div class='markdown-body'>{PARAGRAPHS}</div></div>"
        "<div id='wiki-footer'><p id='last-edit'><span>Last edited by minhtu, 2026-12-04"
        " 10:12:33 +0700</span></p></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T10:12:33+07:00",
        "Last edited by minhtu, 2026-12-04 10:12:33 +0700",
        None,
    )


def test_a_numeric_date_only_month_first_can_read_is_read_so() -> None:
    """A community platform left in its US default prints `11-28-2026 14:35` under a Vietnamese
    page: read day-first it names no month, read month-first it is 28 November, the one reading
    the page allows; and `posted` before it is no part of the poster's name."""
    meta = (
        "<div class='byline'>By <a href='/people/tran-thu-ha'>Trần Thu Hà</a> posted"
        " <span id='PublishedDate'>11-28-2026 14:35</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (
        record["published_at"],
        record["published_raw"],
        record["byline"],
        record["authors"],
    ) == ("2026-11-28T14:35:00+07:00", "11-28-2026 14:35", "Trần Thu Hà", ["Trần Thu Hà"])


def test_a_numeric_date_day_first_can_read_stays_day_first() -> None:
    """`04-12-2026 14:35` names a month read either way: read day-first, as Vietnamese pages print
    it, it is 4 December; such a date never turns the page month-first."""
    meta = "<div class='byline'>By <a href='/people/tran-thu-ha'>Trần Thu Hà</a> posted"
    meta += " <span>04-12-2026 14:35</span></div>"
    assert ARTICLE.under_headline(meta)["published_at"] == "2026-12-04T14:35:00+07:00"


DOC_URL = "https://doc.congviec.example/9011/d/h/7ab-12/3f9c/7ab-88"


def _doc(meta: str) -> dict:
    """A shared work document: its page tree with the page's own entry, a trail of crumbs
    without links, the title and `meta` over the text."""
    page = (
        "<aside class='doc-sidebar'><a href='/9011/d/h/7ab-12/3f9c/7ab-80'>Lịch họp</a>"
        "<a class='doc-page doc-page_active' href='/9011/d/h/7ab-12/3f9c/7ab-88'>Mùa đông ấm</a>"
        "</aside><main><div class='doc-breadcrumbs'><span>Hội phụ nữ phường</span> /"
        " <span>Kế hoạch quý IV</span> / <span>Mùa đông ấm</span></div>"
        f"<h1 class='doc-title'>{TITLE}</h1>{meta}<div class='doc-editor'>{PARAGRAPHS}</div></main>"
    )
    return InventedArticle(DOC_URL, TITLE, NOW, TEXT).record(page)


def test_a_trail_of_crumbs_without_links_closing_with_the_page_names_its_folder() -> None:
    """A shared doc's trail prints every crumb in a `<span>` of its own with no link, and closes
    with the page's name as the doc's tree links it to the page's own address: the crumb before
    it, the folder holding the page, is the category."""
    record = _doc("<div class='doc-meta'><span>Nov 30, 2026</span></div>")
    assert record["category"] == "Kế hoạch quý IV"


def test_a_date_after_its_label_s_own_element_among_fields_is_the_line() -> None:
    """`<span>Lê Thu Hà</span> <span class="…__label">Created</span> <span class="…__created">
    Nov 30, 2026</span> · <span>Last updated …</span>`: the value's element is the printed date,
    without the creator and the label beside it."""
    meta = (
        "<div class='doc-meta'><span class='doc-meta__author'>Lê Thu Hà</span>"
        " <span class='doc-meta__label'>Created</span> <span class='doc-meta__created'>Nov 30,"
        " 2026</span> · <span class='doc-meta__updated'>Last updated Dec 1, 2026 at 4:20 pm"
        "</span></div>"
    )
    record = _doc(meta)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-11-30T00:00:00+07:00",
        "Nov 30, 2026",
        "2026-12-01T16:20:00+07:00",
    )


def test_seen_by_a_count_is_the_post_s_views() -> None:
    """An intranet's reaction bar prints `Seen by 318` beside the reactions and comments: the
    readers who saw the post, its views; a pinned post's `Seen by 1,104` is that post's."""
    after = (
        "<div class='reaction-bar'><span>👏 42</span><span>6 comments</span>"
        "<span class='post-seen'>Seen by 318</span></div>"
    )
    meta = "<div class='post-header'><span>Dec 2, 2026, 9:05 AM</span></div>"
    pinned = (
        "<aside class='pinned'><a href='/p/2'>Lịch nghỉ Tết</a><span>Seen by 1,104</span></aside>"
    )
    record = ARTICLE.record(
        f"<main><article><h1>{TITLE}</h1>{meta}<div class='post-content'>{PARAGRAPHS}</div>"
        f"{after}</article>{pinned}</main>"
    )
    assert (record["views"], record["views_raw"]) == (318, "Seen by 318")


def _webinar(extra: str, bar: str = "") -> dict:
    """A webinar's replay page: the site's `bar`, the event's banner painted over its header,
    the title, the event's time, the description as the text and `extra` after it."""
    page = (
        f"{bar}<main class='event-page'><div class='event-cover' style='background-image:url("
        "https://cdn.webinar.example/event-covers/mua-dong.jpg)'></div><div class='event-header'>"
        f"<h1 class='event-title'>{TITLE}</h1><div class='event-time'>Thu, Dec 3, 2026 · 8:00 PM"
        f" GMT+7</div></div><section class='event-description'>{PARAGRAPHS}</section>{extra}"
        "</main>"
    )
    return ARTICLE.record(page)


def test_an_event_s_painted_cover_is_no_picture() -> None:
    """A webinar platform paints the event's banner over its page (`<div class="event-cover"
    style="background-image:url(…)">`): the event's, shown on every page of it, no picture of
    the article."""
    assert _webinar("")["images"] == []


def test_a_chat_replay_s_authors_name_no_writer() -> None:
    """The chat replay under a webinar's description (`<div class="chat-message"><span
    class="chat-author">…`) is the audience's: its authors write no part of the page."""
    chat = (
        "<section class='event-chat'><h3>Chat replay</h3><div class='chat-message'>"
        "<span class='chat-author'>Đào Minh Thư</span><span class='chat-time'>8:14 PM</span>"
        "<div class='rich-text'><p>Cảm ơn trung tâm, buổi chia sẻ rất bổ ích.</p></div></div>"
        "</section>"
    )
    record = _webinar(chat)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_picture_in_a_folder_of_avatars_is_no_picture() -> None:
    """A knowledge base prints its contributors' avatars from `…/avatars/u_81.png` over the
    text, no class saying so: portraits, not the article's pictures; its own figure stays."""
    contributors = (
        "<div class='doc-contributors'><img src='https://uploads.example.com/avatars/u_81.png'"
        " alt=''><span>1 contributor</span></div>"
    )
    figure = (
        "<figure><img src='https://uploads.example.com/k3/so-do.png' alt=''><figcaption>Sơ đồ"
        " các nhóm thăm hỏi</figcaption></figure>"
    )
    page = (
        f"<article><h1>{TITLE}</h1>{contributors}<div class='doc-body'>{PARAGRAPHS}"
        f"{figure}</div></article>"
    )
    assert ARTICLE.record(page)["images"] == [
        {"url": "https://uploads.example.com/k3/so-do.png", "caption": "Sơ đồ các nhóm thăm hỏi"}
    ]


def test_a_channel_s_name_over_the_post_is_its_section() -> None:
    """An intranet prints the channel's header (`<h2 class="channel-name">Tin Nhân sự</h2>` and
    its member count) over the post it shows: the channel is the post's section."""
    page = (
        "<main><div class='channel-header'><h2 class='channel-name'>Tin Nhân sự</h2>"
        "<span class='channel-members'>1.352 members</span></div><article class='channel-post'>"
        f"<h1 class='post-title'>{TITLE}</h1><span class='post-date'>Dec 2, 2026, 9:05 AM</span>"
        f"<div class='post-content'>{PARAGRAPHS}</div></article></main>"
    )
    assert ARTICLE.record(page)["category"] == "Tin Nhân sự"


def test_a_channel_s_name_in_the_site_s_header_bar_is_no_section() -> None:
    """A webinar platform's header bar prints the channel the site belongs to beside its login
    (`<header class="navbar"><a class="channel-name">…</a>`): the account, no section."""
    header = (
        "<header class='navbar'><a class='channel-name' href='/ctxh'>Trung tâm Công tác xã hội"
        "</a><a href='/login'>Log in</a></header>"
    )
    assert _webinar("", header)["category"] is None


def test_a_bracketed_date_after_another_article_s_title_is_that_article_s() -> None:
    """An old site lists other articles under the text, each title linked and its day in
    brackets after it (`- <a>Thơ lục bát và giọng Nam Bộ</a> <font>(11/10/2025)</font>`): the
    linked article's day, not this one's; the page's own update line, its only date, is its
    publish time, month first as the line can only be read."""
    others = (
        "<br><b>Các bài khác:</b><br>- <a href='noidung.asp?id=2219'>Thơ lục bát và giọng hát"
        " miền Nam Bộ</a> <font size='1'>(11/10/2026)</font><br>"
    )
    page = (
        f"<td class='noidung'><span class='tieude'><b>{TITLE}</b></span><br><font size='1'>Ngày"
        f" cập nhật: 11/28/2026 9:42:15 AM</font><br>{PARAGRAPHS}{others}</td>"
    )
    record = ARTICLE.record(f"<table><tr>{page}</tr></table>")
    assert (record["published_at"], record["modified_at"]) == ("2026-11-28T09:42:15+07:00", None)
