"""Rules the generic extractor learnt for dates, bylines, headlines, leads and pictures from
the eighty-fourth holdout set's school and education pages on handbooks, wikis, forums,
intranets and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-08T10:00:00+07:00")
URL = "https://sotay.truong.example.vn/docs/tuyen-sinh/lich-thi-nang-khieu/"
TITLE = "Lịch thi năng khiếu năm học 2026-2027"
TEXT = (
    "Thí sinh dự thi năng khiếu đăng ký trực tuyến từ ngày 05/01 đến hết ngày 20/01/2027.",
    "Mỗi thí sinh dự thi 2 môn, mỗi môn 90 phút; lệ phí 300.000 đồng một môn.",
    "Kết quả được công bố trên cổng thông tin của trường sau 10 ngày kể từ ngày thi.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
LEAD = "Thời gian, môn thi và lệ phí kỳ thi năng khiếu vào lớp chuyên năm học 2026-2027."


def _handbook(head: str, after_text: str = "") -> dict:
    """A handbook page built with a site generator: the page's heading, its lead in a block of
    its own, its text, then `after_text`; `head`'s tags in the page's head."""
    page = (
        f"<main><div class='td-content'><h1>{TITLE}</h1><div class='lead'>{LEAD}</div>"
        f"{PARAGRAPHS}{after_text}</div></main>"
    )
    return ARTICLE.record(page, head)


def test_a_lead_block_repeating_a_generator_s_description_is_the_lead() -> None:
    """Hugo writes the description from the front matter, which its theme prints as `<div
    class="lead">` under the heading: the author's lead, printed apart from the text, not a
    generator's excerpt of the text's opening."""
    head = (
        f"<meta name='generator' content='Hugo 0.139.4'><meta name='description' content='{LEAD}'>"
    )
    assert _handbook(head)["summary"] == LEAD


def test_an_only_update_day_takes_the_machine_update_s_hour() -> None:
    """`Last modified December 2, 2026:` with the commit's message as the page's only date,
    beside an `article:modified_time` on that day: the update is the publish time, its hour
    the machine time's (the machine string then the line as read), no update besides."""
    head = "<meta property='article:modified_time' content='2026-12-02T15:47:11+07:00'>"
    footer = (
        "<div class='td-page-meta__lastmod'>Last modified December 2, 2026: <a"
        " href='https://git.example.vn/commit/9f3c2a1'>Sửa lịch thi (9f3c2a1)</a></div>"
    )
    record = _handbook(head, footer)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-02T15:47:11+07:00",
        "2026-12-02T15:47:11+07:00",
        None,
    )


WIKI_URL = "https://wiki.truong.example.vn/giaovien/show/Lich+thi+nang+khieu"
WIKI = InventedArticle(WIKI_URL, f"Giáo viên - {TITLE}", NOW, TEXT)


def _wiki_page(after_text: str = "") -> dict:
    """An Instiki-like wiki page: the web's name and the page's in the heading, the text, then
    `after_text`."""
    heading = (
        "<h1 id='pageName'><span class='webName'>Giáo viên</span>"
        f" <span class='pageName'>{TITLE}</span></h1>"
    )
    return WIKI.record(
        f"<div id='Content'>{heading}<div id='revision'>{PARAGRAPHS}</div>{after_text}</div>"
    )


def test_a_web_s_name_opening_the_heading_is_no_part_of_the_headline() -> None:
    """`<span class="webName">Giáo viên</span>` before the page's name in the heading, which the
    `<title>` prints before a dash: the wiki's web, as a label opening the heading is, not
    words of the headline."""
    assert _wiki_page()["headline"] == TITLE


def test_a_revision_line_in_a_byline_box_names_nobody() -> None:
    """Instiki's `<div class="byline">Revised on December 3, 2026 16:05:22 by <a>ThayGiangA</a>`:
    the words before the time are the revision's label, no name; the editor is an account."""
    line = (
        "<div class='byline'>Revised on December 3, 2026 16:05:22 by <a class='existingWikiWord'"
        " href='/giaovien/show/ThayGiangA'>ThayGiangA</a> (113.185.42.17)</div>"
    )
    record = _wiki_page(line)
    assert (record["byline"], record["authors"], record["published_raw"]) == (
        None,
        [],
        "Revised on December 3, 2026 16:05:22",
    )


EPISODE_URL = "https://podcast.example.vn/bua-com-ban-tru-audios-mp3_rf_1382_1.html"
EPISODE = InventedArticle(EPISODE_URL, TITLE, NOW, TEXT)


def _episode(ld_type: str) -> list[dict]:
    """An audio host's episode page, its JSON-LD of `ld_type`: the art classed `cover` beside
    the heading, the description's paragraphs."""
    ld = f'<script type="application/ld+json">{{"@type":"{ld_type}","name":"{TITLE}"}}</script>'
    page = (
        "<main><section class='episode-header'><img class='cover'"
        f" src='https://static.example.vn/audios/1382_XXL.jpg' alt='{TITLE}' width='260'>"
        f"<div class='episode-info'><h1>{TITLE}</h1></div></section>"
        f"<section class='description'><div class='description-text'>{PARAGRAPHS}</div></section>"
        "</main>"
    )
    return EPISODE.record(page, ld)["images"]


def test_a_cover_on_an_episode_s_page_is_its_art() -> None:
    """`<img class="cover">` beside the heading of a page whose JSON-LD is a `PodcastEpisode`:
    the episode's art, no picture of the text."""
    assert _episode("PodcastEpisode") == []


def test_a_forum_s_month_day_year_comma_clock_is_its_post_time() -> None:
    """Invision 1.3's `<b>Posted:</b> <span class="post-date">Dec 1 2026, 07:45 PM</span>`: an
    English short month, no comma before the year, one before the 12-hour clock; the post's
    time as printed."""
    meta = "<div class='postdetails'><b>Posted:</b> <span>Dec 1 2026, 07:45 PM</span></div>"
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T19:45:00+07:00",
        "Dec 1 2026, 07:45 PM",
    )


def test_an_invision_board_s_member_link_names_the_poster() -> None:
    """Invision Power Board's post row: the poster's name linked to `index.php?showuser=316`,
    then the post's time: the member who posted the text."""
    row = (
        "<table><tr><td class='row4'><span class='normalname'><a"
        " href='https://forum.example.vn/index.php?showuser=316'>Nguyễn Hữu Phước</a></span></td>"
        "<td class='row4'><div class='postdetails'><b>Posted:</b> <span>Dec 1 2026, 07:45"
        f" PM</span></div></td></tr><tr><td class='post1'></td><td class='post1'><div"
        f" class='postcolor'>{'<br /><br />'.join(TEXT)}</div></td></tr></table>"
    )
    page = f"<div class='maintitle'><b>{TITLE}</b></div>{row}"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Nguyễn Hữu Phước", ["Nguyễn Hữu Phước"])


def test_a_channel_printed_with_its_network_address_is_the_poster_s() -> None:
    """Hubzilla's post head: `<a href="/channel/thanhha">Ngô Thị Thanh Hà</a>` beside the
    channel's address `thanhha@hub.example.vn`: a member's own channel, the person who posted,
    not a show's."""
    meta = (
        "<div class='wall-item-author'><a href='https://hub.example.vn/channel/thanhha'"
        " class='wall-item-name-link u-url'><span class='wall-item-name'>Ngô Thị Thanh Hà</span>"
        "</a> <span class='wall-item-addr'>thanhha@hub.example.vn</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Ngô Thị Thanh Hà", ["Ngô Thị Thanh Hà"])


def test_a_link_after_a_labelled_in_is_the_space_posted_in() -> None:
    """eXo's line `<span>Đăng bởi</span> <a>Vũ Minh Tuấn</a> <span>trong</span> <a>Phòng Tổ
    chức cán bộ</a>`, each label in an element of its own: the link after `trong` is the space
    the post is filed in, its category."""
    meta = (
        "<div class='newsInformation'><span class='label'>Đăng bởi</span> <a"
        f" href='{URL}../../nguoi/vuminhtuan'>Vũ Minh Tuấn</a> <span class='label'>trong</span>"
        f" <a href='{URL}../../khong-gian/to-chuc-can-bo'>Phòng Tổ chức cán bộ</a></div>"
    )
    assert ARTICLE.under_headline(meta)["category"] == "Phòng Tổ chức cán bộ"


def test_an_illustration_block_over_the_headline_is_the_cover() -> None:
    """eXo's `<div class="illustration"><img src="/…/illustration?v=…"></div>` right over the
    headline's block: the article's own picture, as a block classed as a cover is; the query
    is kept and the address resolved against the site."""
    page = (
        "<div class='newsDetails'><div class='topBar'><a href='/tin-tuc'>← Quay lại</a></div>"
        "<div class='illustration'><img src='/rest/news/7c41/illustration?v=1796182200000'"
        f" alt='Ảnh minh họa'></div><div class='newsHeader'><h1>{TITLE}</h1></div>"
        f"<div class='newsBody'>{PARAGRAPHS}</div></div>"
    )
    assert ARTICLE.record(page)["images"] == [
        {
            "url": "https://sotay.truong.example.vn/rest/news/7c41/illustration?v=1796182200000",
            "caption": None,
        }
    ]
