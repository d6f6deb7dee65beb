"""Rules the generic extractor learnt for headlines, dates, bylines, categories and tags from the
fifty-ninth holdout set's science, technology, real estate and planning pages on help centres,
forums, wikis, documentation builders and site builders."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hotro.dichvucong.example.vn/hc/vi/articles/3601-cap-phep-xay-dung"
TITLE = "Ra mắt dịch vụ cấp phép xây dựng trực tuyến toàn trình"
TEXT = (
    "Từ ngày 01/12/2026, người dân có thể nộp hồ sơ cấp phép xây dựng trên Cổng Dịch vụ công.",
    "Dịch vụ kết nối với cơ sở dữ liệu đất đai nên người nộp không phải khai lại thông tin.",
    "Thời hạn giải quyết giảm từ 15 ngày xuống 7 ngày làm việc kể từ khi hồ sơ hợp lệ.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_help_centre_agent_linked_to_her_profile_is_the_author() -> None:
    """A help centre prints the agent who wrote the article as a link to her profile (Zendesk
    Guide's `<a href="/hc/vi/profiles/3600-…">Lê Thị Thanh Huyền</a>` beside the times): the
    author, as a link to an author's page is."""
    meta = (
        "<div class='article-author'><div class='avatar'><img src='/photos/avatar.png' alt=''>"
        "</div><div class='article-meta'>"
        "<a href='/hc/vi/profiles/36005566778-Le-Thi-Thanh-Huyen'>Lê Thị Thanh Huyền</a>"
        "<ul class='meta-group'><li><time datetime='2026-12-02T02:30:00Z'>2 tháng 12, 2026 09:30"
        "</time></li><li>Đã cập nhật <time datetime='2026-12-04T09:10:00Z'>4 tháng 12, 2026 "
        "16:10</time></li></ul></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Lê Thị Thanh Huyền", ["Lê Thị Thanh Huyền"])


def test_a_posting_account_s_profile_link_gives_way_to_the_writer_s_line() -> None:
    """An association platform prints `Bài: Phạm Thanh Tùng` over `Đăng bởi: <a
    href="/profiles/hhdn_admin/">hhdn_admin</a>`: the profile's login names nobody, and the
    writer's line is the byline."""
    meta = (
        "<div class='t-byline'>Bài: Phạm Thanh Tùng</div><ul class='t-meta'>"
        "<li class='t-posted-by'>Đăng bởi: <a href='/profiles/hhdn_admin/'>hhdn_admin</a></li>"
        "<li>Ngày phát hành: 02/12/2026 15:45</li></ul>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Phạm Thanh Tùng", ["Phạm Thanh Tùng"])


def test_a_posted_by_label_over_a_login_names_nobody() -> None:
    """`<span class="blog-post-author">Đăng bởi <a href="/blogs/author/tuyensinh_cdlc">
    tuyensinh_cdlc</a></span>`: the login names nobody, and the label left beside it is no
    name either."""
    meta = (
        "<div class='blog-post-meta'><span class='blog-post-author'>Đăng bởi <a "
        "href='/blogs/author/tuyensinh_cdlc'>tuyensinh_cdlc</a></span> "
        "<span class='blog-post-date'>04/12/2026 10:05</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_an_update_label_without_its_colon_before_a_time_element_is_the_update() -> None:
    """`<li>Đã cập nhật <time datetime="…">4 tháng 12, 2026 16:10</time></li>` under the
    publish `<time>`: a help centre's update line, its label typed without a colon."""
    meta = (
        "<ul class='meta-group'><li><time datetime='2026-12-02T02:30:00Z'>2 tháng 12, 2026 09:30"
        "</time></li><li>Đã cập nhật <time datetime='2026-12-04T09:10:00Z'>4 tháng 12, 2026 16:10"
        "</time></li></ul>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T09:30:00+07:00",
        "2026-12-04T16:10:00+07:00",
    )


def test_a_documentation_site_s_pilcrow_is_no_part_of_the_headline() -> None:
    """Sphinx closes the `<h1>` with a link to itself (`<a class="headerlink" href="#…">¶</a>`),
    and the site's name is a logo `<h1>` that opens the `<title>`: the article's `<h1>` is
    still the headline, without the mark."""
    page = (
        f"<div class='body'><section><h1>{TITLE}<a class='headerlink' href='#ra-mat'>¶</a></h1>"
        f"{PARAGRAPHS}</section></div><div class='sphinxsidebar'><h1 class='logo'><a href='/'>"
        "Trung tâm IOC</a></h1></div>"
    )
    article = InventedArticle(URL, f"{TITLE} — Trung tâm IOC", NOW, TEXT)
    assert article.record(page)["headline"] == TITLE


def test_a_site_builder_s_widgets_are_no_zone_around_the_article() -> None:
    """Yola puts every block of the page in a `yola-widget` beside its kind (`yola-widget
    yola-text`), the article's headline, date line and text too: the widget word under the
    builder's own name names no box beside the article."""
    page = (
        "<div class='content'><div class='yola-widget yola-text'>"
        f"<h1>{TITLE}</h1><p><em>Ngày đăng: 01/12/2026 16:30</em></p>{PARAGRAPHS}</div></div>"
        "<div class='sidebar'><div class='yola-widget'><p>Lượt truy cập: 128.540</p></div></div>"
    )
    article = InventedArticle(URL, "Thông báo - UBND phường", NOW, TEXT)
    record = article.record(page)
    assert (record["headline"], record["published_at"], record["published_raw"]) == (
        TITLE,
        "2026-12-01T16:30:00+07:00",
        "Ngày đăng: 01/12/2026 16:30",
    )


def test_a_trail_of_list_items_opened_by_their_separators_gives_the_board() -> None:
    """Simple Machines Forum's link tree, no class naming it a breadcrumb: `<li><a>Diễn
    đàn</a></li><li><span> » </span><a>Cộng đồng</a></li>…`, each item after the first opened
    by its separator, the last linking the topic itself: the board before it is the category."""
    url = "https://diendan.example.vn/index.php?topic=18734.0"
    items = (
        ("/index.php", "Diễn đàn Tin học"),
        ("/index.php#c3", "Cộng đồng"),
        ("/index.php?board=42.0", "An toàn thông tin"),
        ("/index.php?topic=18734.0", TITLE),
    )
    tree = "".join(
        f"<li>{'<span class=dividers> » </span>' if at else ''}<a href='{href}'><span>{text}"
        "</span></a></li>"
        for at, (href, text) in enumerate(items)
    )
    page = (
        f"<div class='navigate_section'><ul>{tree}</ul></div>"
        f"<div id='display_head'><h2 class='display_title'>{TITLE}</h2></div>"
        f"<div class='post'><div class='inner'>{PARAGRAPHS}</div></div>"
    )
    article = InventedArticle(url, TITLE, NOW, TEXT)
    assert article.record(page)["category"] == "An toàn thông tin"


def test_a_wiki_s_trail_of_pages_visited_is_no_section() -> None:
    """A wiki prints the pages the reader visited as the same list of items opened by `»`
    (MoinMoin's `<ul id="pagetrail">`), the page itself last: the reader's history, not the
    section the page is filed under, so no category."""
    url = "https://wiki.example.vn/LeHoiLongTong2026"
    items = (("/TrangChinh", "TrangChinh"), ("/LichLeHoi", "LichLeHoi"), ("/TetNhay", "TetNhay"))
    items += ((url, TITLE),)
    visited = "".join(
        f"<li>{'<span class=sep>»</span>' if at else ''}<a href='{href}'>{text}</a></li>"
        for at, (href, text) in enumerate(items)
    )
    page = f"<ul id='pagetrail'>{visited}</ul><div id='content'><h1>{TITLE}</h1>{PARAGRAPHS}</div>"
    article = InventedArticle(url, TITLE, NOW, TEXT)
    assert article.record(page)["category"] is None


def test_tag_pills_without_links_are_the_tags() -> None:
    """A wiki's tiddler prints its tags as pills under the title, `<span>`s in a box classed as
    the tags, none a link: each pill is a tag."""
    pills = (
        "<div class='tc-tags-wrapper'><span class='tc-tag-list-item'><span class='tc-tag-label'>"
        "Tin tức</span></span> <span class='tc-tag-list-item'><span class='tc-tag-label'>Chỉ số "
        "DTI</span></span></div>"
    )
    assert ARTICLE.under_headline(pills)["tags"] == ["Tin tức", "Chỉ số DTI"]


def test_a_tags_box_holding_its_label_alone_lists_no_tag() -> None:
    """`<div class="tags"><span>Từ khóa:</span> </div>` after the text: the label over no
    keyword, no tag."""
    box = "<div class='tags'><span>Từ khóa:</span> </div>"
    assert ARTICLE.under_headline("", after_text=box)["tags"] == []


def test_a_login_before_the_day_is_no_part_of_the_date_line() -> None:
    """A wiki's subtitle `<a href="vp_cds.html">vp_cds</a> 04 tháng 12 năm 2026 lúc 15:42`: the
    account that posted, then the day; the line as printed is the day and its time."""
    meta = (
        "<div class='subtitle'><a href='vp_cds.html'>vp_cds</a> 04 tháng 12 năm 2026 lúc 15:42"
        "</div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T15:42:00+07:00",
        "04 tháng 12 năm 2026 lúc 15:42",
    )


def test_a_forum_post_s_own_date_link_is_its_line_over_the_topic_head_s() -> None:
    """Simple Machines Forum prints the topic's starter and day under the subject (`Tác giả chủ
    đề: canhbao_antt, 04/12/2026 08:47:13`), then the first post's own line in its head, a link
    to the post (`<a href="index.php?msg=48213"><strong>vào lúc:</strong> 04/12/2026
    08:47:13</a>`), over its text: the post's line, at the same minute, is the article's."""
    url = "https://diendan.example.vn/index.php?topic=18734.0"
    page = (
        f"<div id='display_head'><h2 class='display_title'>{TITLE}</h2><p>Tác giả chủ đề: <a "
        "href='/index.php?action=profile;u=2051'>canhbao_antt</a>, 04/12/2026 08:47:13 <span>"
        "(Đọc 1.932 lần)</span></p></div><div id='forumposts'><div class='windowbg'>"
        "<div class='poster'><h4><a href='/index.php?action=profile;u=2051'>canhbao_antt</a></h4>"
        "</div><div class='postarea'><div class='keyinfo'><div class='postinfo'><a "
        "href='/index.php?msg=48213' class='smalltext'><strong>vào lúc:</strong> 04/12/2026 "
        f"08:47:13</a></div></div><div class='post'><div class='inner'>{'<br><br>'.join(TEXT)}"
        "</div></div></div></div></div>"
    )
    record = InventedArticle(url, TITLE, NOW, TEXT).record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T08:47:13+07:00",
        "vào lúc: 04/12/2026 08:47:13",
    )
