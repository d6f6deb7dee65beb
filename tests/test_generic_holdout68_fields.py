"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the sixty-eighth holdout set's pages on elections, voters' meetings, councils' sessions and
citizens' petitions, on fediverse servers, podcast hosts, note hosts, forums and help centres."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://ghichep.example.vn/@doanphuong/hop-chi-doan-thang-12"
TITLE = "Họp chi đoàn tháng 12: thống nhất ngày chủ nhật xanh"
TEXT = (
    "Buổi họp diễn ra tối thứ Năm tại nhà văn hóa khu phố 2, có 20 trên 24 đoàn viên dự.",
    "Chi đoàn thống nhất tổ chức ngày chủ nhật xanh vào sáng 13/12 để dọn các tuyến hẻm.",
    "Kinh phí dự kiến 3,5 triệu đồng, do đoàn viên và các hộ kinh doanh trong khu phố góp.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _note(infobar: str, before_text: str = "") -> str:
    """A published note: its bar of facts over the Markdown, the headline first in it."""
    return (
        f"<div class='ui-infobar'><small>{infobar}</small></div>"
        f"<div id='doc' class='markdown-body'><h1>{TITLE}</h1>{before_text}{PARAGRAPHS}</div>"
    )


def test_a_note_s_last_edited_time_is_its_update_not_its_publish_time() -> None:
    """`Created Tue, Dec 1, 2026 8:40 PM · Last edited Thu, Dec 3, 2026 9:42 AM`, each label a
    span of its own before the time's: the later time is the update, the note was published
    when it was created."""
    infobar = (
        "<span><span class='created-label'>Created</span> "
        "<span class='createtime'>Tue, Dec 1, 2026 8:40 PM</span> · "
        "<span class='lastchange-label'>Last edited</span> "
        "<span class='lastchange'>Thu, Dec 3, 2026 9:42 AM</span></span>"
    )
    record = ARTICLE.record(_note(infobar))
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-01T20:40:00+07:00",
        "Tue, Dec 1, 2026 8:40 PM",
        "2026-12-03T09:42:00+07:00",
    )


def test_an_episode_s_duration_between_its_day_and_its_plays_is_no_hour() -> None:
    """`Dec 4, 2026 · 21:48 · 2.4K plays`, the `21:48` classed as the episode's duration: how
    long it runs, no hour of the day printed without one."""
    meta = (
        "<div class='episode__meta'><span class='episode__date'>Dec 4, 2026</span> "
        "<span class='episode__duration'>21:48</span> "
        "<span class='episode__plays'>2.4K plays</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T00:00:00+07:00",
        "Dec 4, 2026",
    )


def test_a_tags_line_s_code_items_set_apart_by_empty_spans_are_the_tags() -> None:
    """Markdown's `###### tags: \\`họp\\` \\`chi đoàn\\`` rendered as an `<h6>`, the items in
    `<code>` and a `<span> </span>` between them: each item is a tag."""
    tags = (
        "<h6><span>tags: </span><code>họp</code><span> </span><code>chi đoàn</code>"
        "<span> </span><code>khu phố 2</code></h6>"
    )
    record = ARTICLE.record(_note("", tags))
    assert record["tags"] == ["họp", "chi đoàn", "khu phố 2"]


def test_a_forum_author_s_role_under_his_name_is_no_part_of_it() -> None:
    """bbPress's author box prints the poster's name in his profile link and his role on the
    forum under it (`<div class="bbp-author-role">Thành viên</div>`): the name alone."""
    author = (
        "<div class='bbp-reply-author'><a href='/dien-dan/thanh-vien/tranvanbinh/'>"
        "<span class='bbp-author-name'>Trần Văn Bình</span></a>"
        "<div class='bbp-author-role'>Thành viên</div></div>"
    )
    record = ARTICLE.under_headline(author)
    assert (record["byline"], record["authors"]) == ("Trần Văn Bình", ["Trần Văn Bình"])


def test_a_note_s_owner_names_nobody_and_its_notes_taker_writes_it() -> None:
    """`Owned this note <a href="/@doanphuong">Đoàn phường</a>` says which team holds the note;
    `Người ghi: <strong>Lê Thị Hoa</strong>, Phó Bí thư chi đoàn` under the text says who took
    the notes: she is the writer, her post no part of her name."""
    infobar = (
        "<span class='owner'>Owned this note <a href='/@doanphuong'>Đoàn phường Phú Mỹ</a></span>"
    )
    signed = (
        "<p><span>Người ghi: </span><strong>Lê Thị Hoa</strong>"
        "<span>, Phó Bí thư chi đoàn</span></p>"
    )
    page = (
        f"<div class='ui-infobar'><small>{infobar}</small></div>"
        f"<div id='doc' class='markdown-body'><h1>{TITLE}</h1>{PARAGRAPHS}<hr>{signed}</div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Lê Thị Hoa", ["Lê Thị Hoa"])


def test_a_trail_s_unlinked_item_between_its_links_is_the_category() -> None:
    """A documentation site's trail `<li><a>Sổ tay</a></li><li>Họp chi đoàn</li><li><a>Tháng
    12</a></li>` ends with the page; the section before it has no page of its own and is
    printed as plain text: it is the category all the same."""
    trail = (
        "<nav class='breadcrumbs'><ul><li><a href='../index.html'>Sổ tay đoàn viên</a></li>"
        "<li>Họp chi đoàn</li><li><a href='hop-chi-doan-thang-12'>Tháng 12</a></li></ul></nav>"
    )
    page = f"{trail}<article><h1>{TITLE}</h1><div class='doc'>{PARAGRAPHS}</div></article>"
    assert ARTICLE.record(page)["category"] == "Họp chi đoàn"


def _status(poster: str, handle: str, stamp: str, text: str, summary: str = "") -> str:
    """A fediverse server's status: the poster's account card and time, its subject, its text."""
    subject = (
        f"<div class='summary-container'><p class='status-summary'><strong>{summary}</strong></p>"
        "</div>"
        if summary
        else ""
    )
    return (
        "<div class='status-container'><div class='avatar'><img src='/media/a.png' alt=''>"
        f"</div><div class='activity-heading'><a href='/users/{handle}' class='account-link"
        f" h-card'><bdi class='display-name p-name'><span>{poster}</span></bdi><span"
        f" class='nickname u-url'>@{handle}</span></a><time datetime='{stamp}'>{stamp}</time>"
        f"</div><div class='text'>{subject}<div class='status-content e-content'>{text}</div>"
        "</div></div>"
    )


def test_a_status_s_subject_quoted_in_the_title_is_its_headline_and_its_poster_the_author() -> None:
    """A fediverse status has no `<h1>`: its `<title>` quotes the subject after the poster's
    name (`Lê Thị Hoa: "…"`), which the status prints in bold over its text, and its social
    card names the account (`Lê Thị Hoa (@lehoa)`). The subject is the headline, no lead; the
    account card's display name beside the `@handle` is the author."""
    subject = "Họp chi đoàn tháng 12: thống nhất ngày chủ nhật xanh"
    status = _status(
        "Lê Thị Hoa", "lehoa", "2026-12-03T02:15:00Z", PARAGRAPHS, summary=subject
    ) + _status("Trần Bình", "binhkp2", "2026-12-03T03:02:00Z", f"<p>@lehoa {TEXT[0]}</p>")
    page = InventedArticle(URL, f'Lê Thị Hoa: "{subject}" - Mạng xã hội phường', NOW, TEXT)
    record = page.record(
        f"<div class='activity-stream'>{status}</div>",
        head="<meta property='og:title' content='Lê Thị Hoa (@lehoa)'>",
    )
    assert (record["headline"], record["summary"], record["byline"]) == (
        subject,
        None,
        "Lê Thị Hoa",
    )


def test_a_hyphenated_login_in_the_author_meta_names_nobody() -> None:
    """A code forge names the repository's owner in its author meta (`doanphu-my`): one word
    in lower case, its parts joined by a hyphen, a login, no person's name."""
    record = ARTICLE.under_headline("", head="<meta name='author' content='doanphu-my'>")
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_line_classed_as_the_page_s_last_update_in_the_site_footer_is_the_update() -> None:
    """A documentation site prints `<p class="page-last-updated">Cập nhật lần cuối: 02/12/2026
    15:40</p>` in its site footer: the class says it is the page's update, not the site's."""
    footer = (
        "<footer class='footer'><p class='page-last-updated'>Cập nhật lần cuối: 02/12/2026 15:40"
        "</p><p>Văn phòng Đoàn phường · Tài liệu nội bộ.</p></footer>"
    )
    page = (
        f"<main><article class='doc'><h1>{TITLE}</h1><div class='details'><span>30/11/2026"
        f"</span></div>{PARAGRAPHS}</article></main>{footer}"
    )
    assert ARTICLE.record(page)["modified_at"] == "2026-12-02T15:40:00+07:00"


def test_a_repository_wiki_page_s_description_is_the_repository_s() -> None:
    """A code forge's wiki page (`/<owner>/<repo>/wiki/<page>`) carries the repository's
    description in its meta tags (`Sổ theo dõi các buổi họp chi đoàn khu phố 2`), the same on
    every page of the wiki and printed on none: no lead. A page elsewhere keeps its description
    as the lead."""
    head = "<meta name='description' content='Sổ theo dõi các buổi họp chi đoàn khu phố 2'>"
    page = f"<main><h1>{TITLE}</h1><div class='markdown-content'>{PARAGRAPHS}</div></main>"
    wiki = InventedArticle("https://git.example.org/chidoan-kp2/so-hop/wiki/Thang-12", TITLE, NOW)
    assert wiki.record(page, head)["summary"] is None
    assert ARTICLE.record(page, head)["summary"] == "Sổ theo dõi các buổi họp chi đoàn khu phố 2"
