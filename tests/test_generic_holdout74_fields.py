"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the seventy-fourth holdout set's fisheries, aquaculture and sea-economy pages on Q&A
software, community platforms, forums, hosted blogs, course platforms and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hoidap.nuoitom.example.vn/question/318/tom-giam-an-sau-mua-lon/"
TITLE = "Tôm giảm ăn sau mưa lớn thì có nên cắt thức ăn hẳn không?"
TEXT = (
    "Ao tôm thẻ 40 ngày tuổi của tôi ở Long Phú giảm ăn từ sau trận mưa 120 mm đêm 1/12/2026.",
    "Độ mặn trong ao xuống còn 8‰, pH sáng 7,4 và chiều 8,1, tôi đã bón 50 kg vôi mỗi ao.",
    "Xin hỏi nên giảm bao nhiêu phần trăm thức ăn và trong mấy ngày thì cho ăn lại bình thường?",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _question(facts: str = "", tip: str = "") -> str:
    """A Q&A page: the question's title, its text, the asker's line (`tip`) and a sidebar box
    of its facts (`facts`) beside a box of related questions."""
    return (
        f"<div id='main'><div id='left'><h1><a href='{URL}'>{TITLE}</a></h1>"
        f"<div class='question'><div class='post-body'>{PARAGRAPHS}</div>"
        f"<div class='post-info'>{tip}<a href='/users/77/tomlongphu/'>tomlongphu</a></div></div>"
        "</div><div id='right'>"
        f"<div class='box'><h2>Thống kê</h2>{facts}</div>"
        "<div class='box'><h2>Câu hỏi liên quan</h2><ul>"
        "<li><a href='/question/301/tom-noi-dau/'>Tôm nổi đầu vào sáng sớm phải làm sao?</a>"
        " (2.310 lượt xem)</li>"
        "<li><a href='/question/290/oxy-ao-tom/'>Oxy trong ao tôm bao nhiêu là đủ?</a>"
        " (905 lượt xem)</li></ul></div></div></div>"
    )


def test_a_count_in_the_question_s_facts_box_beside_related_questions_is_the_views() -> None:
    """`Đã xem: <strong>214 lần</strong>` in the question's facts box, the related questions
    listed in the box after it with their own counts: the question's views; the links in the
    other box's list items title those items, not the facts box."""
    facts = "<p>Đã xem: <strong>214 lần</strong></p>"
    record = ARTICLE.record(_question(facts))
    assert (record["views"], record["views_raw"]) == (214, "Đã xem: 214 lần")


def test_a_short_day_s_hover_title_gives_its_hour() -> None:
    """`hỏi <abbr class="timeago" title="2026-12-04 15:20:31 +0700">4 Thg 12 '26</abbr>`: the
    short form prints a day, the title the instant: the publish time is the title's, seconds
    kept, and the title is the line as printed."""
    tip = (
        "<p class='tip'>hỏi <abbr class='timeago' title='2026-12-04 15:20:31 +0700'>4 Thg 12 '26"
        "</abbr></p>"
    )
    record = ARTICLE.record(_question(tip=tip))
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T15:20:31+07:00",
        "2026-12-04 15:20:31 +0700",
    )


def test_a_hover_title_of_another_day_leaves_the_printed_day() -> None:
    """A title naming another day than the one printed (the edit's, `2026-12-05 09:00:00
    +0700` over `4 Thg 12 '26`) is not the printed day's hour: the day stands, at 00:00."""
    tip = (
        "<p class='tip'>hỏi <abbr class='timeago' title='2026-12-05 09:00:00 +0700'>4 Thg 12 '26"
        "</abbr></p>"
    )
    record = ARTICLE.record(_question(tip=tip))
    assert record["published_at"] == "2026-12-04T00:00:00+07:00"


def _community_post(stats: str) -> str:
    """A community's topic: the title in a header, then a post box of the poster's line, the
    text and a footer of the tags and `stats`, then a related topics box with its counts."""
    return (
        "<main><div class='topic-block'><div class='topic-header'>"
        f"<h1 class='topic-title'>{TITLE}</h1></div><div class='topic-post-box'>"
        "<div class='topic-meta'><a class='username' href='/members/le-van-tam-12'>Lê Văn Tâm"
        "</a> <span class='post-date'>04/12/2026 08:15</span></div>"
        f"<div class='post__content'>{PARAGRAPHS}</div>"
        "<div class='topic-footer'><ul class='topic-tags'><li><a class='tag' href='/tags/tom'>"
        f"tôm</a></li></ul><div class='post-stats'>{stats}</div></div></div></div>"
        "<aside class='sidebar'><h3>Chủ đề liên quan</h3><ul><li><a href='/t/3391'>Mật độ thả"
        " tôm mùa mưa ở Sóc Trăng</a> <span>842 lượt xem</span></li></ul></aside></main>"
    )


def test_a_count_in_the_post_box_s_footer_is_the_views() -> None:
    """`1.236 lượt xem` beside likes and replies in the footer of the box holding the post's
    text (`<div class="topic-footer">`), the headline in a header beside the box: the post's
    own footer, its count the views; the related topics' counts are theirs."""
    stats = (
        "<span class='like-button'>21 lượt thích</span> <span>8 trả lời</span> "
        "<span class='meta-item--views'>1.236 lượt xem</span>"
    )
    record = ARTICLE.record(_community_post(stats))
    assert (record["views"], record["views_raw"]) == (1236, "1.236 lượt xem")


def test_a_reading_time_in_the_author_box_is_no_part_of_the_name() -> None:
    """A school blog's author box prints the name, the day and the reading time each in a span
    (`<span class="post-author-name">ThS. Phạm Minh Trí</span><span>02 Dec 2026, 14:10</span>
    <span>5 phút đọc</span>`): the byline is the name with its degree."""
    meta = (
        "<div class='blog-post-author'><img class='avatar' src='/anh/tri.jpg' alt=''>"
        "<span class='post-author-name'>ThS. Phạm Minh Trí</span><span class='post-date'>"
        "02 Dec 2026, 14:10</span><span class='read-time'>5 phút đọc</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("ThS. Phạm Minh Trí", ["Phạm Minh Trí"])


def test_an_english_short_weekday_before_the_post_time_is_no_name() -> None:
    """A forum's author line `gửi bởi <a>Đoàn Văn Sáu</a> » <span>Wed 2 Dec 2026 - 06:40
    </span>`: the weekday belongs to the date, the poster is the name alone."""
    page = (
        f"<div class='forum'><h1>{TITLE}</h1><div class='post row1'><div class='postbody'>"
        "<p class='author'>gửi bởi <strong><a href='/u52'>Đoàn Văn Sáu</a></strong> &raquo; "
        "<span class='post-date'>Wed 2 Dec 2026 - 06:40</span></p>"
        f"<div class='content'>{PARAGRAPHS}</div></div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Đoàn Văn Sáu", ["Đoàn Văn Sáu"])


BLOG_URL = "https://nhatkyhau.example.vn/archives/2026/12/02/51234.html"
BLOG = InventedArticle(BLOG_URL, TITLE, NOW, TEXT)


def _hosted_blog_post(footer: str) -> str:
    """A hosted blog's post: the blog's name in the `<h1>`, the day header, the post's title, its
    text and its footer line."""
    return (
        "<div id='banner'><h1><a href='/'>Nhật ký nuôi hàu</a></h1></div><div class='blogbody'>"
        f"<div class='date-header'>2 décembre 2026</div><h3 class='title'>{TITLE}</h3>"
        f"<div class='articlebody'>{PARAGRAPHS}</div><div class='itemfooter'>{footer}</div>"
        "</div>"
    )


def test_a_post_footer_s_clock_after_the_poster_joins_the_day_header() -> None:
    """`Publié par <a>nhatkyhau</a> à 18:20` in the footer under a day header printing no hour:
    the post's hour of that day; the header's day stays the line as printed."""
    footer = (
        "Publié par <a href='/'>nhatkyhau</a> à 18:20 - <a href='/archives/ky_thuat/index.html'>"
        "Kỹ thuật nuôi</a> - <a href='#comments'>Commentaires [2]</a>"
    )
    record = BLOG.record(_hosted_blog_post(footer))
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T18:20:00+07:00",
        "2 décembre 2026",
    )


def test_the_link_after_a_post_footer_s_clock_is_the_category() -> None:
    """The first link after the footer's clock and a dash (`… à 18:20 - <a href="/archives/
    ky_thuat/">Kỹ thuật nuôi</a>`), leading to another page of the blog: the category."""
    footer = (
        "Publié par <a href='/'>nhatkyhau</a> à 18:20 - <a href='/archives/ky_thuat/index.html'>"
        "Kỹ thuật nuôi</a> - <a href='#comments'>Commentaires [2]</a>"
    )
    assert BLOG.record(_hosted_blog_post(footer))["category"] == "Kỹ thuật nuôi"


def test_a_link_back_to_the_post_after_its_clock_is_no_category() -> None:
    """`Posted by <a>…</a> at 6:20 PM - <a href="…#comments">2 comments</a>`: the link leads
    back to the post's comments, no category."""
    footer = (
        "Posted by <a href='/'>nhatkyhau</a> at 6:20 PM - "
        f"<a href='{BLOG_URL}#comments'>Bình luận</a>"
    )
    record = BLOG.record(_hosted_blog_post(footer))
    assert (record["published_at"], record["category"]) == ("2026-12-02T18:20:00+07:00", None)


def test_an_update_label_without_a_colon_in_its_own_span_is_the_line_s() -> None:
    """A help article's `<span>Viết bởi …</span> <span>Cập nhật vào 2 tháng 12, 2026</span>`,
    the only date: the publish line keeps its label as printed."""
    meta = (
        "<div class='article-meta'><span class='article-author'>Viết bởi Lâm Thị Ngọc</span> "
        "<span class='article-updated'>Cập nhật vào 2 tháng 12, 2026</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_raw"], record["published_at"], record["modified_at"]) == (
        "Cập nhật vào 2 tháng 12, 2026",
        "2026-12-02T00:00:00+07:00",
        None,
    )


WIKI_URL = "https://langnghe.example.com/vi/wiki/Blog_người_dùng:Muoi/Mua_muoi_cuoi_nam"
WIKI = InventedArticle(WIKI_URL, TITLE, NOW, TEXT)


def test_a_wiki_s_category_links_are_the_tags_not_a_section() -> None:
    """A wiki farm prints the categories over the title (`<div class="page-header__categories">
    trong: <a>Nghề muối</a>, <a>Sa Huỳnh</a></div>`) and lists them in the page's footer (`<div
    class="page-footer__categories">`): the words the page is filed under, its tags; neither
    the box nor its `trong:` label is a section."""
    links = (
        "<a href='/vi/wiki/Thể_loại:Nghề_muối'>Nghề muối</a>, "
        "<a href='/vi/wiki/Thể_loại:Sa_Huỳnh'>Sa Huỳnh</a>"
    )
    items = (
        "<li><a href='/vi/wiki/Thể_loại:Nghề_muối'>Nghề muối</a></li>"
        "<li><a href='/vi/wiki/Thể_loại:Sa_Huỳnh'>Sa Huỳnh</a></li>"
    )
    page = (
        "<main><div class='page-header'><div class='page-header__categories'><span class="
        f"'page-header__categories-in'>trong:</span> {links}</div><h1 class='page-header__title'>"
        f"{TITLE}</h1></div><div class='page-content'>{PARAGRAPHS}</div>"
        "<div class='page-footer'><div class='page-footer__categories'><span>Thể loại</span>"
        f"<ul class='categories'>{items}</ul></div></div></main>"
    )
    record = WIKI.record(page)
    assert (record["tags"], record["category"]) == (["Nghề muối", "Sa Huỳnh"], None)


def test_a_trail_s_blog_crumb_gives_way_to_the_space_before_it() -> None:
    """An intranet's trail `Trang chủ / Phòng Kỹ thuật / Blog / <title>`: `Blog` names the kind
    of channel the space keeps; the category is the space."""
    page = (
        "<div class='breadcrumbs'><a href='/'>Trang chủ</a> / <a href='/phongkythuat'>Phòng Kỹ "
        "thuật</a> / <a href='/phongkythuat/blog'>Blog</a> / <span>Tôm giảm ăn…</span></div>"
        f"<article><h1>{TITLE}</h1><p class='date'>02/12/2026 08:15</p>"
        f"<div class='content'>{PARAGRAPHS}</div></article>"
    )
    assert ARTICLE.record(page)["category"] == "Phòng Kỹ thuật"


def test_a_podcast_host_s_show_name_over_the_episode_title_is_no_section() -> None:
    """Ausha's `<a class="sc-show-name" href="/<show>">` over the episode's `<h1>`: the show the
    episode belongs to, no section."""
    url = "https://podcast.ausha.example/tieng-song-ca-mau/tap-12-mua-cua"
    episode = InventedArticle(url, TITLE, NOW, TEXT)
    page = (
        "<main><section class='sc-episode-header'><div class='sc-episode-heading'><a class="
        "'sc-show-name' href='/tieng-song-ca-mau'>Tiếng sóng Cà Mau</a><h1 class="
        f"'sc-episode-title'>{TITLE}</h1><div class='sc-episode-meta'><span>Dec 2, 2026</span>"
        "</div></div></section><section class='sc-episode-description'><div>"
        f"{PARAGRAPHS}</div></section></main>"
    )
    assert episode.record(page)["category"] is None


def test_a_book_s_chapter_list_classed_as_its_summary_is_no_lead() -> None:
    """A book generator's side panel of chapters (`<div class="book-summary"><nav role=
    "navigation"><ul class="summary">…`) is the book's table of contents, not the chapter's
    lead: a page whose text opens with the news has none."""
    url = "https://chicuc.example.vn/bantin/2026-11/index.html"
    chapter = InventedArticle(url, TITLE, NOW, TEXT)
    page = (
        "<div class='book'><div class='book-summary'><nav role='navigation'><ul class='summary'>"
        "<li><a href='./'>Chi cục Thủy sản</a></li><li class='chapter'><a href='index.html'>"
        "<b>1</b> Tình hình nuôi tôm</a></li><li class='chapter'><a href='phu-luc.html'><b>2"
        "</b> Phụ lục số liệu</a></li></ul></nav></div><div class='book-body'><div class="
        f"'page-inner'><div id='header'><h1 class='title'>{TITLE}</h1><p class='date'><em>Ngày "
        f"04 tháng 12 năm 2026</em></p></div><div class='section level1'>{PARAGRAPHS}</div>"
        "</div></div></div>"
    )
    assert chapter.record(page)["summary"] is None
