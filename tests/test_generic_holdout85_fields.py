"""Rules the generic extractor learnt for dates, bylines, leads, tags and pictures from the
eighty-fifth holdout set's provincial sport pages on forums, wikis, help centres, storefronts and
photo pages."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://chaybo.example.vn/chu-de/giai-chay-ven-bien-2026"
TITLE = "Kinh nghiệm chạy giải ven biển 2026: cung đường và trạm nước"
TEXT = (
    "Cự ly 21 km xuất phát lúc 5:00 tại quảng trường, chạy dọc đường ven biển rồi quay đầu.",
    "Trạm nước đặt mỗi 2,5 km, hai trạm cuối có thêm chuối và gel cho người chạy.",
    "Nhận số đeo ngày 11 và 12/12 tại nhà thi đấu, nhớ mang giấy khám sức khỏe.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _forum_post(edited: str = "") -> dict:
    """A forum topic's first post: its time in a span classed as showing a popup, titled with
    the full date, then the text and `edited` under it."""
    posted = (
        "<div class='post-head'><span class='popup-posted'>Gửi lúc: </span>"
        "<span class='popup-posted stamp' title='Thứ Năm, 3 tháng 12 năm 2026 21:40'>"
        "3/12/2026 21:40</span></div>"
    )
    post = f"<div class='post'>{posted}<div class='post-text'>{PARAGRAPHS}</div>{edited}</div>"
    return ARTICLE.record(f"<h1>{TITLE}</h1>{post}")


def test_a_titled_span_classed_popup_is_the_post_s_time() -> None:
    """YAF.NET's `<span class="popup-posted DateTime" title="…">3/12/2026 21:40</span>`: a span
    of words alone showing its title on hover is what its popup word names, no popup window of
    the site's, so its day is the post's publish time."""
    record = _forum_post()
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T21:40:00+07:00",
        "3/12/2026 21:40",
    )


def test_edited_by_a_person_is_an_update() -> None:
    """`Đã sửa bởi người viết: 04/12/2026 07:55` under a forum post: an edit's label naming who
    edited it is an update's, as `Đã sửa:` is, not the post's publish time."""
    edited = (
        "<div class='post-edited'>Đã sửa bởi người viết: 04/12/2026 07:55 · Lý do: thêm giờ</div>"
    )
    record = _forum_post(edited)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-03T21:40:00+07:00",
        "2026-12-04T07:55:00+07:00",
    )


def _wiki_page(footer: str) -> dict:
    """A wiki page: the headline, the text, then `footer` in the site's footer."""
    page = f"<div id='content'><h1>{TITLE}</h1><div class='wikitext'>{PARAGRAPHS}</div></div>"
    return ARTICLE.record(f"{page}<div id='footer'>{footer}</div>")


def test_a_wiki_footer_s_worded_last_edit_after_vao_is_the_page_s() -> None:
    """PhpWiki's footer `Sửa lần cuối vào 3 tháng 12, 2026 21:12.` before its version as the
    only date: a worded day with its clock after `vào` names the page as last changed, as the
    footer's numeric day does, so it is the publish time, the line as printed."""
    record = _wiki_page(
        "<p class='editdate'>Sửa lần cuối vào 3 tháng 12, 2026 21:12. <a href='?action=diff'>"
        "(khác)</a> · Phiên bản 14</p>"
    )
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T21:12:00+07:00",
        "Sửa lần cuối vào 3 tháng 12, 2026 21:12",
    )


def test_a_wiki_footer_s_visits_to_this_page_are_its_views() -> None:
    """`Trang này đã được truy cập 1.532 lần.` in a wiki's footer names the page itself as
    visited: its count, the verb, the count and `lần`, as `Trang này đã được xem … lần` is."""
    record = _wiki_page("<p class='hitcount'>Trang này đã được truy cập 1.532 lần.</p>")
    assert (record["views"], record["views_raw"]) == (1532, "truy cập 1.532 lần")


def test_a_badge_between_the_poster_and_the_time_is_no_part_of_the_name() -> None:
    """A community post's author line `<a>Phan Thanh Sơn</a> <span class="cm-badge">Huấn luyện
    viên</span> · <time>1 thg 12</time>` over the headline: with the time gone, the runs left are
    the name and a job of several words, the `·` and the time no lines of the name's text, so
    the byline is the name alone."""
    author = (
        "<div class='cm-post-author'><a class='cm-author-name' href='/user/908812'>Phan Thanh Sơn"
        "</a> <span class='cm-badge'>Huấn luyện viên</span> · "
        "<time datetime='2026-12-01T13:05:42.000Z'>1 thg 12</time></div>"
    )
    post = (
        f"<article class='post'>{author}<h1>{TITLE}</h1><div class='post-body'>{PARAGRAPHS}</div>"
    )
    record = ARTICLE.record(f"<main>{post}</article></main>")
    assert (record["byline"], record["authors"]) == ("Phan Thanh Sơn", ["Phan Thanh Sơn"])


def test_a_path_nav_right_over_the_headline_s_article_is_its_trail() -> None:
    """Zensical's `<nav class="md-path">` right before the `<article>` holding the `<h1>`, in
    the content column: the article's trail, though its tag is furniture's, so its last link is
    the category."""
    trail = (
        "<nav class='md-path'><ol><li><a href='../..'>Điều lệ chung</a></li>"
        "<li><a href='../'>Đăng ký thi đấu</a></li></ol></nav>"
    )
    content = f"<div class='content'>{trail}<article><h1>{TITLE}</h1>{PARAGRAPHS}</article></div>"
    record = ARTICLE.record(f"<main>{content}</main>")
    assert record["category"] == "Đăng ký thi đấu"


def test_the_only_h1_in_a_photo_page_s_sidebar_heads_the_post() -> None:
    """ViewBug's `<div class="vb-photo-sidebar">` beside the photo holds the page's only `<h1>`,
    the description and its facts: the column is the post's, whatever its class says, so the
    `<h1>` is the headline (the title's `Photo by …` no part of it) and its upload line the
    publish time."""
    photo = "<div class='photo-frame'><img src='https://anh.example.vn/98241736_large.jpg'></div>"
    column = (
        f"<div class='photo-sidebar'><h1>{TITLE}</h1><div class='photo-description'>"
        f"{'<br><br>'.join(TEXT)}</div><div class='photo-dates'><span>Tải lên lúc 22:05 ngày"
        " 30/11/2026</span></div></div>"
    )
    og_title = f"<meta property='og:title' content='{TITLE} Photo by Đinh Công Hậu'>"
    record = ARTICLE.record(f"<main>{photo}{column}</main>", og_title)
    assert (record["headline"], record["published_at"]) == (TITLE, "2026-11-30T22:05:00+07:00")


def test_a_lone_link_over_the_post_to_the_space_marked_current_is_its_category() -> None:
    """PeerBoard's `<div class="pb-space-header"><a href="/space/tin-cau-lac-bo">Tin câu lạc
    bộ</a></div>` over the `<article>` of a post at `/post/<id>` (the poster's line over the
    `<h1>`), the sidebar marking the same link's item `pb-active`: the space the post is filed
    in, though its address names none."""
    spaces = (
        "<aside class='cm-sidebar'><ul><li><a href='/space/chung'>Thảo luận chung</a></li>"
        "<li class='cm-active'><a href='/space/tin-cau-lac-bo'>Tin câu lạc bộ</a></li></ul></aside>"
    )
    header = "<div class='cm-space-header'><a href='/space/tin-cau-lac-bo'>Tin câu lạc bộ</a></div>"
    poster = (
        "<div class='cm-post-author'><a href='/user/908812'>Phan Thanh Sơn</a> · "
        "<time datetime='2026-12-01T13:05:42.000Z'>1 thg 12</time></div>"
    )
    post = f"<article>{poster}<h1>{TITLE}</h1>{PARAGRAPHS}</article>"
    record = InventedArticle("https://clb.example.vn/post/2081734512", TITLE, NOW).record(
        f"{spaces}<main>{header}{post}</main>"
    )
    assert record["category"] == "Tin câu lạc bộ"


def test_days_labelled_by_their_icons_titles_are_creation_and_update() -> None:
    """Zensical's `<aside class="md-source-file">` closing the `<article>`: two worded days,
    each labelled only by the title of the icon before it (`Cập nhật lần cuối`, `Ngày tạo`),
    are the update and the creation, the creation the publish day, each read alone."""

    def fact(label: str, day: str) -> str:
        icon = f"<span class='md-icon' title='{label}'><svg viewBox='0 0 24 24'></svg></span>"
        return f"<span class='md-source-file__fact'>{icon}<span>{day}</span></span>"

    facts = fact("Cập nhật lần cuối", "1 tháng 12, 2026") + fact("Ngày tạo", "20 tháng 11, 2026")
    post = f"<article><h1>{TITLE}</h1>{PARAGRAPHS}<aside class='md-source-file'>{facts}</aside>"
    record = ARTICLE.record(f"<main>{post}</article></main>")
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-11-20T00:00:00+07:00",
        "20 tháng 11, 2026",
        "2026-12-01T00:00:00+07:00",
    )


def test_a_member_s_capitalised_profile_path_names_the_poster() -> None:
    """YAF.NET's first post: the member's card, `<a href="/Profile/2207-Le-Quang-Vinh">` over
    his rank and facts, beside the post: an ASP.NET forum's capitalised `/Profile/` is a
    member's page as `/profile/` is, so its link names the poster."""
    card = (
        "<div class='col-md-3 user-box'><a class='fw-bold' href='/Profile/2207-Le-Quang-Vinh'>"
        "Lê Quang Vinh</a><div class='user-rank'>Thành viên năng nổ</div>"
        "<ul><li>Tham gia: 14/03/2021</li><li>Bài viết: 612</li></ul></div>"
    )
    posted = "<div class='message-header'><span>Gửi lúc: </span><span>3/12/2026 21:40</span></div>"
    message = f"<div class='col-md-9'>{posted}<div class='message-content'>{'<br><br>'.join(TEXT)}"
    topic = f"<h1>{TITLE}</h1><div class='row message' id='post8841'>{card}{message}</div></div>"
    record = ARTICLE.record(f"<main>{topic}</main>")
    assert (record["byline"], record["authors"]) == ("Lê Quang Vinh", ["Lê Quang Vinh"])
