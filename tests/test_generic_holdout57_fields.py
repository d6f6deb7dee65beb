"""Rules the generic extractor learnt for dates, bylines, headlines and tags from the
fifty-seventh holdout set's farm-world sites (forums, a wiki, a community platform, a handbook,
a site builder, a social intranet, a hosted blog, a learning platform, an enterprise community,
a creator platform and a newsletter archive)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://htxlua.example.vn/blog/f/lua-mua-ven-bien-2026"
TITLE = "Lúa mùa ven biển được mùa, được giá"
TEXT = (
    "Vụ lúa mùa năm nay ở các xã ven biển đạt năng suất bình quân 58 tạ/ha, cao hơn vụ trước.",
    "Giá lúa tươi tại ruộng được thương lái thu mua ở mức 7.500 đồng/kg, tăng 300 đồng/kg.",
    "Ngành nông nghiệp khuyến cáo nông dân vệ sinh đồng ruộng, chuẩn bị giống cho vụ đông xuân.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _closed_by(line: str) -> dict:
    """The record of the article whose text's last paragraph is `line`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}{line}</div></article>"
    )


def test_an_italic_last_line_of_a_name_and_its_unit_after_a_dash_signs_the_text() -> None:
    """`<p><em>Võ Thanh Tâm - Trung tâm Khuyến nông tỉnh</em></p>` closing the text: the
    writer signing in italics with the unit after the dash, as in bold; the unit is no part of
    the name, the line no part of the text."""
    record = _closed_by("<p><em>Võ Thanh Tâm - Trung tâm Khuyến nông tỉnh</em></p>")
    assert (record["byline"], record["authors"]) == ("Võ Thanh Tâm", ["Võ Thanh Tâm"])
    assert record["body"] == "\n\n".join(TEXT)


def test_an_italic_last_line_of_a_name_alone_signs_nothing() -> None:
    """An italic name with no unit after a dash may be a quote's speaker or a note: no byline."""
    assert _closed_by("<p><em>Võ Thanh Tâm</em></p>")["byline"] is None


def test_a_commune_s_extension_team_is_a_unit_after_the_writer_s_name() -> None:
    """`Tổ khuyến nông cộng đồng xã …` (a commune's extension team), like `Tổ Truyền thông`,
    names a unit: after a dash it is the writer's unit, not part of the name."""
    record = _closed_by(
        "<p><strong>Võ Thanh Tâm - Tổ khuyến nông cộng đồng xã Đất Mũi</strong></p>"
    )
    assert (record["byline"], record["authors"]) == ("Võ Thanh Tâm", ["Võ Thanh Tâm"])


FORUM_URL = "https://diendan.hoinongdan.example.vn/d/1532-gia-phan-bon-tang"
FORUM = InventedArticle(FORUM_URL, TITLE, NOW, TEXT)


def _forum_post(header: str, footer: str = "") -> dict:
    """The record of a forum's first post: `header` in the post's `<header>` over its text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return FORUM.record(
        f"<h1>{TITLE}</h1><article class='Post'><header class='Post-header'>{header}</header>"
        f"<div class='Post-body'>{text}</div>{footer}</article>"
    )


POST_TIME = (
    "<div class='Dropdown PostMeta'><a class='Dropdown-toggle'><span>#1</span> "
    "<time datetime='2026-11-02T01:45:10+00:00'>2 Thg 11</time></a>"
    "<div class='Dropdown-menu dropdown-menu'><span>Bài viết #1</span> "
    "<time>Thứ Hai, 2 Tháng Mười Một 2026 08:45</time></div></div>"
)


def test_a_dropdown_menu_s_full_time_is_no_line_the_page_prints() -> None:
    """A post's time printed `2 Thg 11` (no year, no hour) over its machine `datetime`, the
    full time restated in the post's dropdown menu (Flarum), shown only when opened: the
    machine string gives the time, as on a page printing only the short day."""
    record = _forum_post(POST_TIME)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-11-02T08:45:10+07:00",
        "2026-11-02T01:45:10+00:00",
    )


def test_the_member_linked_beside_the_post_s_time_posted_it() -> None:
    """A post's header links the poster's member page (`/u/<nick>`, a lettered avatar `N`
    before the display name) beside the `<time>` of the publish time: the poster, a person,
    without the avatar's letter; the likes line in the post's footer names no writer."""
    poster = (
        "<h3><a href='/u/ngocnguyen_hnd'><span class='Avatar'>N</span>"
        "<span class='username'>Nguyễn Thị Bích Ngọc</span></a></h3>"
    )
    likes = (
        "<footer class='Post-footer'><div class='Post-likedBy'><a href='/u/tuvan_le'>Lê Văn Tư"
        "</a>, <a href='/u/quanhm'>Huỳnh Minh Quân</a> và 12 người khác thích bài này.</div>"
        "</footer>"
    )
    record = _forum_post(poster + POST_TIME, likes)
    assert (record["byline"], record["authors"]) == (
        "Nguyễn Thị Bích Ngọc",
        ["Nguyễn Thị Bích Ngọc"],
    )


def test_a_login_linked_beside_the_post_s_time_names_nobody() -> None:
    """The member's link printing a login (`ngocnguyen_hnd`) names no person: no byline."""
    poster = "<h3><a href='/u/ngocnguyen_hnd'>ngocnguyen_hnd</a></h3>"
    assert _forum_post(poster + POST_TIME)["byline"] is None


SPACE_URL = "https://mangluoi.khuyennong.example.vn/content/perma?id=4521"
SPACE = InventedArticle(SPACE_URL, "Lâm nghiệp - Trồng rừng - Mạng lưới Khuyến nông", NOW, TEXT)
POST_TITLE = "Tiến độ trồng rừng tập trung năm 2026 ở các xã phía đông tỉnh"


def _space_post(topics: str = "") -> dict:
    """A social network's post in a space's stream: the space's `<h1>`, the post's header
    linking the space `via`, the post's own `<h2>` opening its text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return SPACE.record(
        "<div class='space-header'><h1>Lâm nghiệp - Trồng rừng</h1></div>"
        f"<div class='wall-entry'><div class='wall-entry-header'>{topics}"
        "<h4><a href='/u/tranvanbinh/'>Trần Văn Bình</a> <span class='via'>"
        "<a href='/s/lam-nghiep-trong-rung/'>Lâm nghiệp - Trồng rừng</a></span></h4>"
        "<time datetime='2026-12-03T08:20:12+07:00'>3 ngày trước</time></div>"
        f"<div class='wall-entry-body'><div class='markdown'><h2>{POST_TITLE}</h2>{text}"
        "</div></div></div>"
    )


def test_a_post_s_heading_under_the_h1_of_the_space_it_links_is_the_headline() -> None:
    """The `<h1>` prints the space the post's header links (`via`), no article's title; the
    post's own `<h2>` opening its text is the headline, and no paragraph of the text."""
    record = _space_post()
    assert (record["headline"], record["body"]) == (POST_TITLE, "\n\n".join(TEXT))


def test_several_topic_links_over_a_post_s_heading_are_its_tags() -> None:
    """Topic labels linking the space's stream filtered by topic (`?topicId=12`) in the post's
    header, over its title: the post's tags, several of them no kicker."""
    topics = (
        "<div class='topics'><a class='label' href='/s/lam-nghiep/?topicId=12'>Trồng rừng</a> "
        "<a class='label' href='/s/lam-nghiep/?topicId=19'>Rừng gỗ lớn</a></div>"
    )
    assert _space_post(topics)["tags"] == ["Trồng rừng", "Rừng gỗ lớn"]


TOPIC = "Dịch tả lợn châu Phi xuất hiện ở 4 xã, tiêu hủy hơn 1.100 con"
BOARD_URL = "https://diendan.thuy.example.vn/viewtopic.php?id=1532"
BOARD = InventedArticle(
    BOARD_URL,
    f"{TOPIC} (Trang 1) / Dịch bệnh động vật / Diễn đàn Chăn nuôi - Thú y tỉnh Nam",
    NOW,
    TEXT,
)


def _topic_page(poster: str = "") -> dict:
    """A forum's topic: the board's name the only `<h1>`, linking the front page; the first
    post's permalink time in its `<h2>`, the topic's subject in its `<h3>`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return BOARD.record(
        "<div id='brdtitle'><h1><a href='index.php'>Diễn đàn Chăn nuôi - Thú y tỉnh Nam</a></h1>"
        "</div><div id='p18841' class='blockpost'><h2><span>#1</span> "
        "<a href='viewtopic.php?pid=18841#p18841'>Hôm qua 16:20:05</a></h2>"
        f"<div class='postleft'>{poster}</div>"
        f"<div class='postright'><h3>{TOPIC}</h3><div class='postmsg'>{text}</div></div></div>"
    )


def test_a_forum_s_h1_linking_its_front_page_is_no_headline_the_topic_s_heading_is() -> None:
    """The `<h1>` linking the front page names the forum; the title's parts are split at its
    spaced slashes, the page's number `(Trang 1)` before them: the topic's `<h3>` printing the
    title's opening is the headline."""
    assert _topic_page()["headline"] == TOPIC


def test_a_post_s_permalink_to_its_own_anchor_prints_its_time() -> None:
    """`<a href="viewtopic.php?pid=18841#p18841">Hôm qua 16:20:05</a>` inside `<div
    id="p18841">`: the link points at the post it sits in, and its words are the post's time
    (yesterday against the fetch, seconds kept); the poster's registration day is no time of
    the post."""
    record = _topic_page("<dl><dt>tramthuy_nam</dt><dd><span>Đăng ký: 2024-03-12</span></dd></dl>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T16:20:05+07:00",
        "Hôm qua 16:20:05",
    )


def test_the_place_a_post_is_filed_in_after_its_poster_is_no_part_of_the_name() -> None:
    """`Đăng bởi <a>Nguyễn Hữu Phước</a> trong <a>Trái cây xuất khẩu</a> vào <span>04/12/2026
    15:30:00</span>` (a community's blog post): the poster is the name before `trong`, the
    place after it no part of it."""
    line = (
        "<div class='post-author'>Đăng bởi <a href='/people/phuocnh'>Nguyễn Hữu Phước</a> trong "
        "<a href='/community/trai-cay/blog'>Trái cây xuất khẩu</a> vào "
        "<span class='post-date'>04/12/2026 15:30:00</span></div>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["byline"], record["published_raw"]) == (
        "Nguyễn Hữu Phước",
        "04/12/2026 15:30:00",
    )


def test_an_update_label_without_its_colon_before_the_date_s_element_labels_it() -> None:
    """`<div>Sửa đổi lần cuối vào <span>05/12/2026 08:12:44</span> bởi …</div>` under the text:
    the label before the date's element says it is the last update, no colon needed."""
    after = (
        "<div class='content-modified'>Sửa đổi lần cuối vào <span class='modified-date'>"
        "05/12/2026 08:12:44</span> bởi Nguyễn Hữu Phước</div>"
    )
    record = ARTICLE.under_headline("<p class='date'>04/12/2026 15:30</p>", after_text=after)
    assert (record["published_raw"], record["modified_at"]) == (
        "04/12/2026 15:30",
        "2026-12-05T08:12:44+07:00",
    )


def test_an_only_relative_update_line_gives_its_machine_time_as_the_publish_time() -> None:
    """`Cập nhật lần cuối <time datetime="2026-12-04T10:22:31.000Z">2 ngày trước</time>` under
    a text too long for its `<time>` to be the page's machine date, the only time the page
    prints: the publish time (an only update line is), read by its machine string, not two
    days before the fetch."""
    filler = "".join(f"<p>{p}</p>" for p in TEXT * 60)
    after = (
        f"{filler}<div class='last-updated'><p>Cập nhật lần cuối <time datetime="
        "'2026-12-04T10:22:31.000Z'>2 ngày trước</time></p></div>"
    )
    record = ARTICLE.under_headline("", after_text=after)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T17:22:31+07:00",
        "2026-12-04T10:22:31.000Z",
        None,
    )


def test_a_part_of_the_article_s_footer_classed_after_it_holds_the_publish_time() -> None:
    """`<footer class="entry-footer"><span class="entry-footer-time"><a href=permalink><time
    class="updated" datetime="…Z">2026-12-05 10:30</time></a></span></footer>` closing the
    entry: a part of the article's own footer, whose word is no site footer's; its time is the
    publish line (year first, local), and its `updated` class on that same time no update."""
    footer = (
        "<footer class='entry-footer'><p class='entry-footer-section'>tuyetmai_tv "
        f"<span class='entry-footer-time'><a href='{URL}'><time class='updated' "
        "datetime='2026-12-05T03:30:00Z'>2026-12-05 10:30</time></a></span></p></footer>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = ARTICLE.record(
        f"<article class='entry'><header><h1>{TITLE}</h1></header>"
        f"<div class='entry-content'>{text}</div>{footer}</article>"
    )
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-05T10:30:00+07:00",
        "2026-12-05 10:30",
        None,
    )
