"""Rules the generic extractor learnt for dates, bylines, headlines, categories, tags and
pictures from the eighty-second holdout set's religion, festival and heritage pages on wikis,
forums and photo sites."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
WIKI_URL = "https://wiki.disan.example.vn/wiki/vi/Tu_bo_dinh_Phong_Dien"
WIKI_TITLE = "Tu bổ đình Phong Điền 2026"
TEXT = (
    "Đình Phong Điền được tu bổ mái ngói và 12 cột gỗ từ tháng 3 đến tháng 10/2026.",
    "Đơn vị thi công lợp lại 820 m² mái ngói âm dương, giữ lại khoảng 40% ngói cũ.",
)
WIKI = InventedArticle(WIKI_URL, f"Wiki Di sản - {WIKI_TITLE}", NOW, TEXT)


def _wiki_page(before_text: str = "", after_text: str = "", footer: str = "") -> dict:
    """A wiki's page: the topic over its text, `before_text` and `after_text` around the
    paragraphs, then the wiki's footer holding `footer`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return WIKI.record(
        f"<div id='wiki-content'><div id='contents-header'>{WIKI_TITLE}</div>"
        f"<div id='content-article'>{before_text}{text}</div>{after_text}</div>"
        f"<div id='wiki-footer'>{footer}</div>"
    )


def test_a_wiki_footer_s_whole_sentence_is_its_raw_date() -> None:
    """A wiki footer naming the page as last changed in a sentence longer than a label
    (`Trang này được sửa đổi lần cuối vào 16:42, ngày 3 tháng 12 năm 2026`, the clock before
    the day): the page's only date, printed with its whole sentence as `published_raw`."""
    line = "Trang này được sửa đổi lần cuối vào 16:42, ngày 3 tháng 12 năm 2026"
    footer = (
        f"<div id='footer-lastmod'>{line}</div><div id='footer-user'>Người sửa cuối:"
        " <a href='/wiki/vi/User:DiSan'>DiSan</a></div>"
    )
    record = _wiki_page(footer=footer)
    assert (record["published_at"], record["published_raw"]) == ("2026-12-03T16:42:00+07:00", line)


CATEGORY_LINKS = (
    "<div class='category-links'>Thể loại: "
    "<a href='/wiki/vi/Category:%C4%90%C3%ACnh_%E1%BB%9F_Hu%E1%BA%BF'>Đình ở Huế</a> | "
    "<a href='/wiki/vi/Category:Tu_b%E1%BB%95_di_t%C3%ADch'>Tu bổ di tích</a></div>"
)


def test_a_line_of_links_to_category_pages_lists_the_tags() -> None:
    """A wiki's categories typed in a line after `Thể loại:`, links parted by bars, each to a
    page of the wiki's `Category:` namespace (JAMWiki's `category-links`): the words the page is
    filed under, its tags, as MediaWiki's list of them is."""
    assert _wiki_page(after_text=CATEGORY_LINKS)["tags"] == ["Đình ở Huế", "Tu bổ di tích"]


def test_a_line_of_links_to_category_pages_names_no_section() -> None:
    """The same line: its first link after the `Thể loại:` label is one of the page's tags,
    no section the page is filed in."""
    assert _wiki_page(after_text=CATEGORY_LINKS)["category"] is None


def test_a_floated_box_of_facts_holds_no_picture_of_the_text() -> None:
    """A wiki's infobox floated beside the text (`<table class="infobox" style="float:right">`):
    a thumbnail in a row of its own, then rows of a label and its value; a box of facts, whose
    picture is no figure of the text (its caption would be the facts)."""
    infobox = (
        "<table class='infobox' style='float:right;width:260px'><tr><th colspan='2'>Đình Phong"
        " Điền</th></tr><tr><td colspan='2'><img src='/anh/dinh-mat-tien-220px.jpg' alt=''"
        " width='220'></td></tr><tr><td>Địa chỉ</td><td>12 đường Phú Lễ</td></tr>"
        "<tr><td>Xây dựng</td><td>1878</td></tr><tr><td>Diện tích</td><td>2.400 m²</td></tr>"
        "</table>"
    )
    record = _wiki_page(before_text=infobox)
    assert (record["images"], record["body"]) == ([], "\n\n".join(TEXT))


PHOTO_URL = "https://anh.example.com/doc/quocvinh.sg/58201248"
PHOTO = "Nhà thờ Huyện Sĩ sau đợt sơn lại"


def test_a_writer_in_the_title_linked_over_the_headline_is_the_author() -> None:
    """A photo page titled `<photo> | <member> | <site>` whose header over the photo links the
    member's home (`<a class="member_name" href="/home/quocvinh.sg">Trương Quốc Vinh</a>`): the
    person the title names is the page's owner, its author, the link over the headline being
    his own (a link under it would be a commenter's)."""
    page = InventedArticle(PHOTO_URL, f"{PHOTO} | Trương Quốc Vinh | ipernity", NOW)
    body = (
        "<div id='header'><a id='logo' href='/'><img src='/logo.png' alt='ipernity'></a></div>"
        "<div id='doc_header'><a class='member_name' href='/home/quocvinh.sg'>Trương Quốc Vinh"
        f"</a></div><div class='doc_info'><h1 class='doc_title'>{PHOTO}</h1>"
        f"<div class='doc_description'>{TEXT[0]}<br><br>{TEXT[1]}</div></div>"
    )
    record = page.record(body)
    assert (record["byline"], record["authors"]) == ("Trương Quốc Vinh", ["Trương Quốc Vinh"])


FORUM_URL = "https://diendan.hanhhuong.example.vn/index.php?t=msg&th=512&start=0"
FORUM = "Diễn đàn Hành hương"
TOPIC = "Kinh nghiệm đi La Vang dịp lễ Đức Mẹ 2026: lịch lễ, chỗ nghỉ"
POST = (
    "Chào cả nhà, tuần rồi mình dẫn đoàn 40 người về La Vang khảo sát trước cho dịp lễ, xin ghi"
    " lại vài kinh nghiệm về lịch lễ, chỗ gửi xe và nhà nghỉ để anh chị em tiện sắp xếp."
    " Thánh lễ chính lúc 8 giờ, bãi xe nhận 150 xe 45 chỗ, giá 50.000 đồng một lượt."
)


def _forum_topic(poster: str = "", avatar: str = "") -> dict:
    """A forum topic in its script's table layout: the forum's name in the header linking the
    home page, the trail closing with the topic in bold, then the first message's table, its
    subject linking the message's own anchor and its time in the first row, `avatar` and
    `poster` (the member's details) in the next, the text in the last; then a reply by
    another member."""
    page = InventedArticle(FORUM_URL, f"{FORUM}: {TOPIC}", NOW)
    message = (
        "<table class='MsgTable'><tr><td class='MsgR1'><a href='index.php?t=msg&amp;th=512&amp;"
        f"goto=4001#msg_4001'>{TOPIC}</a></td><td class='MsgR1'><span class='DateText'>Thu, 03"
        " December 2026 20:15</span></td></tr>"
        f"<tr><td class='msgud' colspan='2'>{avatar}{poster}<br><b>Bài viết:</b> 418</td></tr>"
        f"<tr><td class='MsgR3' colspan='2'><span class='MsgBodyText'>{POST}</span></td></tr>"
        "</table>"
    )
    reply = (
        "<table class='MsgTable'><tr><td class='MsgR1'>Re: " + TOPIC + "</td><td class='MsgR1'>"
        "<span class='DateText'>Thu, 03 December 2026 21:48</span></td></tr>"
        "<tr><td class='msgud' colspan='2'><a href='index.php?t=usrinfo&amp;id=1540'>"
        "maria_thuy</a></td></tr><tr><td class='MsgR3' colspan='2'><span class='MsgBodyText'>"
        "Cảm ơn anh, cho em hỏi lễ lúc 8 giờ có hát thánh ca không ạ?</span></td></tr></table>"
    )
    body = (
        f"<div class='header'><div class='headtitle'><a href='index.php'>{FORUM}</a></div></div>"
        "<div class='content'><a href='index.php?t=i'>Trang chủ</a> » <a href='index.php?t=thread"
        f"&amp;frm_id=17'>Miền Trung</a> » <strong>{TOPIC}</strong><table class='ContentTable'>"
        f"<tr><td>{message}</td></tr><tr><td>{reply}</td></tr></table></div>"
    )
    return page.record(body)


def test_a_title_opening_with_the_home_link_s_name_and_a_colon_leaves_the_topic() -> None:
    """A forum titling a topic `<forum>: <topic>` (a colon typed with no space before it, the
    topic holding a colon of its own), the header's link to the home page printing the forum's
    name: the name is the site's, the headline the topic."""
    assert _forum_topic()["headline"] == TOPIC


def test_a_subject_linking_the_message_s_own_anchor_titles_no_other_article() -> None:
    """The first message's row: its subject, the topic's words, links the message's own anchor
    (`…&goto=4001#msg_4001`), its time beside it: that link titles this article, not another,
    so the time is the publish time (not the reply's after it)."""
    record = _forum_topic()
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T20:15:00+07:00",
        "Thu, 03 December 2026 20:15",
    )


def test_a_member_linked_between_the_post_s_time_and_its_text_is_the_poster() -> None:
    """The poster's row of details under the message's subject and time, his name linking his
    member page by the script's user-info action (`index.php?t=usrinfo&id=812`), then the text:
    the poster, the only member the message's table names."""
    record = _forum_topic(poster="<a href='index.php?t=usrinfo&amp;id=812'>Phạm Văn Khải</a>")
    assert (record["byline"], record["authors"]) == ("Phạm Văn Khải", ["Phạm Văn Khải"])


def test_a_picture_in_a_forum_s_avatars_folder_is_no_picture_of_the_post() -> None:
    """The poster's picture in the folder of portraits the members upload
    (`images/custom_avatars/812.jpg`): an avatar, no picture of the post."""
    avatar = "<img src='images/custom_avatars/812.jpg' alt=''> "
    assert _forum_topic(avatar=avatar)["images"] == []
