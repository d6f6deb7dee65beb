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
