"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the thirty-first holdout set's archived and legacy pages (web archive captures and
replays, a mirror, Mambo, a Dreamweaver template, a frameset's content frame, a vBulletin
portal, classic ASP, a print view, Netscape Composer, WebSphere Portal and PHP-Fusion)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "http://www.thptbanxeo.example.edu.vn/news.php?readmore=318"
TITLE = "Học sinh trường vùng cao đạt tám giải thi học sinh giỏi cấp tỉnh"
FIRST = "Năm học này, đội tuyển của trường có 20 em dự thi học sinh giỏi cấp tỉnh ở bảy môn học."
SECOND = (
    "Các em đạt một giải nhì, ba giải ba và bốn giải khuyến khích, nhiều nhất từ trước tới nay."
)
THIRD = (
    "Nhà trường khen thưởng các em đạt giải và giáo viên bồi dưỡng đội tuyển trong buổi chào cờ."
)

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_school_media_team_signing_alone_is_no_person() -> None:
    """`Tin: Ban Truyền thông nhà trường` (a board or team of the school's media signing the
    item): the display keeps it, and it names nobody."""
    assert ARTICLE.signed("<p>Tin: Ban Truyền thông nhà trường</p>") == (
        "Ban Truyền thông nhà trường",
        [],
    )


def school_page(title: str, footer: str) -> dict:
    """An old CMS's item in table rows: today's day in the bar over the side panel and the
    headline's cell, the text as `<br />` lines in a cell, `footer` in a cell classed as the
    item's footer under it."""
    text = "<br /><br />".join((FIRST, SECOND, THIRD))
    pages = ("Giới thiệu", "Tin tức", "Tài liệu", "Thư viện ảnh", "Diễn đàn", "Liên hệ")
    panel = "".join(
        f"<img src='bullet.gif' alt=''> <a href='p{i}.php'>{p}</a><br />"
        for i, p in enumerate(pages)
    )
    page = (
        f"<html><head><title>Trường THPT Bản Xèo - {title}</title></head><body>"
        "<table><tr><td class='sub-header'>Thứ bảy, 05 Tháng 12 2026</td></tr></table>"
        f"<table><tr><td class='side-border-left'><table><tr><td class='scapmain'>Điều hướng</td>"
        f"</tr><tr><td class='side-body'>{panel}</td></tr></table></td><td class='main-bg'>"
        f"<table><tr><td class='capmain'>{TITLE}</td></tr></table>"
        f"<table><tr><td class='main-body'>{text}</td></tr>"
        f"<tr><td class='news-footer'>{footer}</td></tr></table></td></tr></table></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_title_opening_with_a_section_and_its_colon_names_the_printed_headline() -> None:
    """`<title>School - Tin tức: headline</title>` (PHP-Fusion's and other old CMSs' titles)
    over a cell printing the headline alone: that cell is the headline, the section no part
    of it."""
    assert school_page(f"Tin tức: {TITLE}", "")["headline"] == TITLE


def test_the_text_s_footer_row_gives_the_time_and_the_views() -> None:
    """`<tr><td class="news-footer">admin · 03.12.26 07:42 · 1532 Lượt đọc</td></tr>` under the
    row of the text's cell: the item's own footer (not the site's), its time the publish time
    (not the bar's today) and its count the views (the count before its label)."""
    footer = (
        "<a href='profile.php?lookup=1'>admin</a> &middot; <span class='news-date'>03.12.26 07:42"
        "</span> &middot; <span class='news-reads'>1532 Lượt đọc</span>"
    )
    record = school_page(TITLE, footer)
    assert (record["published_at"], record["published_raw"], record["views"]) == (
        "2026-12-03T07:42:00+07:00",
        "03.12.26 07:42",
        1532,
    )


def test_a_table_row_listing_another_item_with_its_day_gives_no_publish_time() -> None:
    """`<tr><td><a href="tin_….htm">headline</a> (03/12/26)</td></tr>` in a table of earlier
    items under the text (a static site's `Các tin đã đưa`): another item's day, as a list
    item's is, so the update line, the only day the page prints, is the publish time."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    earlier = (
        ("tin_261203_01.htm", "Khai mạc Tuần văn hóa các dân tộc huyện Na Rì", "03/12/26"),
        ("tin_261130_02.htm", "Tập huấn nghiệp vụ thư viện cơ sở cho cán bộ xã", "30/11/26"),
    )
    rows = "".join(
        f"<tr><td><img src='arrow.gif'> <a href='{href}'>{title}</a> ({day})</td></tr>"
        for href, title, day in earlier
    )
    page = (
        f"<table><tr><td><p class='tieude'>{TITLE}</p><p class='ngay'>Cập nhật: 05/12/26</p>"
        f"{text}</td></tr><tr><td><table>{rows}</table></td></tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-05T00:00:00+07:00",
        "Cập nhật: 05/12/26",
        None,
    )


def test_a_bold_name_in_a_font_over_its_unit_on_the_next_line_signs_alone() -> None:
    """`<p align="right"><b><font>KS. Name</font></b><br><i><font>unit</font></i></p>` (an old
    editor's signature): the name in bold is the byline, its title kept in the display, and
    the unit under it no part of it."""
    line = (
        "<p align='right'><b><font face='Times New Roman' size='3'>KS. Lò Văn Sinh</font></b>"
        "<br><i><font size='2'>Trạm Khuyến nông huyện</font></i></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(f"<h1>{TITLE}</h1><div class='noi-dung'>{text}{line}</div>")
    assert (record["byline"], record["authors"], record["body"]) == (
        "KS. Lò Văn Sinh",
        ["Lò Văn Sinh"],
        "\n\n".join((FIRST, SECOND, THIRD)),
    )


def test_a_portal_front_s_bold_title_linked_to_its_thread_is_the_headline() -> None:
    """A forum's portal front titled `Trang chủ` shows the last article in full under its bold
    title linked to the thread (`<td class="tcat"><a href="showthread.php?t=…"><strong>…`),
    beside a column of boxes under bold titles: a link of a headline's length titles the
    article, no section's name, so the column's first box title is not taken for it."""
    text = f"<b>{FIRST}</b><br /><br />{SECOND}<br /><br />{THIRD}"
    stats = "Chủ đề: 12,405<br />Bài viết: 98,213<br />Đang online: 38 (5 thành viên, 33 khách)"
    page = (
        "<html lang='vi'><head><title>Trang chủ</title></head><body><table><tr>"
        "<td width='180'><table class='tborder'><tr><td class='tcat'><strong>Thống kê diễn đàn"
        f"</strong></td></tr><tr><td class='alt1'>{stats}</td></tr></table></td>"
        "<td><table class='tborder'><tr><td class='tcat'><a href='showthread.php?t=18342'>"
        f"<strong>{TITLE}</strong></a></td></tr><tr><td class='alt1'>"
        f"<div id='post_message_104217'>{text}</div></td></tr></table></td></tr></table>"
        "</body></html>"
    )
    url = "http://www.diendanbanxeo.example.vn/forum/cmps_index.php"
    assert extract_record(page, url, NOW)["headline"] == TITLE
