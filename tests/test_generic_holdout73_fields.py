"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the seventy-third holdout set's performing-arts, book and reading pages on event
platforms, audio and podcast hosts, help centres, course players, reading platforms and forums."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://doctruyen.example.vn/bai/1840-dem-doc-sach-o-nha-van-hoa-thon"
TITLE = "Đêm đọc sách ở nhà văn hóa thôn kéo dài thêm một giờ"
TEXT = (
    "Từ tháng 12/2026, phòng đọc của nhà văn hóa thôn Đông mở cửa đến 21:00 mỗi tối thứ Sáu.",
    "Mỗi tối có khoảng 40 bạn đọc, phần lớn là học sinh cấp hai và cấp ba trong thôn.",
    "Ban quản lý dự kiến nhận thêm 300 cuốn sách do các gia đình trong thôn góp tặng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_an_instructor_s_label_leaves_the_byline_and_the_degree_the_name() -> None:
    """A course lesson signed `Giảng viên: ThS. Đỗ Minh Hằng` closing its text: the instructor
    wrote it; the label leaves the byline, the degree stays in it and out of the name."""
    line = "<p style='text-align:right'>Giảng viên: <strong>ThS. Đỗ Minh Hằng</strong></p>"
    record = ARTICLE.under_headline("", line)
    assert (record["byline"], record["authors"], record["body"]) == (
        "ThS. Đỗ Minh Hằng",
        ["Đỗ Minh Hằng"],
        "\n\n".join(TEXT),
    )


def test_a_forum_s_topic_by_label_leaves_the_starter_s_name() -> None:
    """A forum's first post prints `Chủ đề của <strong>Vi Văn Tâm</strong>` (its theme's `Topic
    by`) beside the post's time: the member who started the topic is the author."""
    meta = (
        "<div class='posthead'><span class='post-byline'><span>Chủ đề của </span>"
        "<strong>Vi Văn Tâm</strong></span> <a class='permalink' href='#p1'>2026-12-04 21:14:07"
        "</a></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Vi Văn Tâm", ["Vi Văn Tâm"])


def test_an_event_s_host_names_no_writer() -> None:
    """`Tổ chức bởi Lê Gia Bảo` under an event's title names who holds the event, not a writer."""
    meta = "<div><div>Tổ chức bởi</div><span class='font-semibold'>Lê Gia Bảo</span></div>"
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def _episode(show_link: str, meta: str = "<span>December 3, 2026</span>") -> str:
    """A podcast host's episode page: the show's link over the episode's `<h1>` and its day
    under it, in one block, the show notes after it."""
    return (
        f"<main><section class='episode-hero'><div class='episode-hero__info'>{show_link}"
        f"<h1 class='episode-hero__title'>{TITLE}</h1><div class='episode-hero__meta'>{meta}"
        f"</div></div></section><div class='episode-description__content'>{PARAGRAPHS}</div>"
        "</main>"
    )


def test_a_show_s_link_over_an_episode_s_title_is_no_writer_and_no_section() -> None:
    """`<a class="episode-hero__podcast">Đọc Cùng Nhau</a>` over the episode's `<h1>`, the day
    under it in the same block: the show, neither the writer opening the publish line nor the
    section."""
    link = "<a class='episode-hero__podcast' href='/podcasts/doccungnhau/'>Đọc Cùng Nhau</a>"
    record = ARTICLE.record(_episode(link))
    assert (record["byline"], record["category"], record["published_raw"]) == (
        None,
        None,
        "December 3, 2026",
    )


def test_a_show_s_cover_its_title_names_before_the_host_is_no_picture() -> None:
    """`<title>Episode | Đọc Cùng Nhau | PodHost</title>` over a cover whose `alt` is the show's
    name: the show's art, on its every episode, no picture of the article."""
    article = InventedArticle(URL, f"{TITLE} | Đọc Cùng Nhau | PodHost", NOW, TEXT)
    cover = (
        "<img class='episode-hero__cover' src='https://doctruyen.example.vn/anh/bia-show.jpg'"
        " alt='Đọc Cùng Nhau'>"
    )
    assert article.record(_episode(cover))["images"] == []


def test_an_upload_s_artwork_is_no_picture() -> None:
    """An audio host's upload prints its square art by the title (`<img
    class="styles__CloudcastArtwork-sc-1x2y3z-3">`): the upload's art, no picture of it."""
    art = (
        "<img class='styles__CloudcastArtwork-sc-1x2y3z-3'"
        " src='https://doctruyen.example.vn/anh/artwork-300.jpg' alt=''>"
    )
    text = f"<div class='description'>{PARAGRAPHS}</div>"
    page = f"<main><div>{art}<h1>{TITLE}</h1></div>{text}</main>"
    assert ARTICLE.record(page)["images"] == []


def test_a_label_in_the_date_s_own_element_stays_in_the_raw() -> None:
    """`<span>Phòng Bạn đọc</span><span>Cập nhật lần cuối: 27/11/2026</span>` in one line: the
    label is the date's own element's, and stays in `published_raw`, the desk before it not."""
    meta = (
        "<div class='article-meta'><img class='avatar' src='/a.png' alt=''><div>"
        "<span class='article-author'>Phòng Bạn đọc</span>"
        "<span class='article-date'>Cập nhật lần cuối: 27/11/2026</span></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_raw"], record["published_at"]) == (
        "Cập nhật lần cuối: 27/11/2026",
        "2026-11-27T00:00:00+07:00",
    )


def test_links_classed_as_a_kind_of_tag_are_the_tags() -> None:
    """An event platform's topic chips (`<a class="tag--topic">`, a tag of the kind `topic` in
    BEM's modifier) under a heading without a colon are the tags."""
    chips = "".join(
        f"<a class='tag--topic' href='/find/?keywords={word}'>{word}</a>"
        for word in ("Sách", "Đọc sách")
    )
    after = f"<div><h2>Chủ đề liên quan</h2>{chips}</div>"
    assert ARTICLE.under_headline("", after)["tags"] == ["Sách", "Đọc sách"]


def test_a_picture_described_as_a_user_s_is_an_avatar() -> None:
    """`alt="Ảnh của người dùng Trần Hà"` (an event platform's attendee list): a member's
    portrait, no picture of the article."""
    cover = "<p><img src='https://doctruyen.example.vn/anh/phong-doc.jpg' alt=''></p>"
    people = (
        "<ul><li><img src='https://doctruyen.example.vn/anh/u-2417.jpg'"
        " alt='Ảnh của người dùng Trần Hà'><span>Trần Hà</span></li></ul>"
    )
    record = ARTICLE.under_headline(cover, people)
    assert record["images"] == [ARTICLE.picture("phong-doc")]


def test_a_second_header_holding_the_h1_heads_the_article() -> None:
    """A reading platform's `<header class="panel">` with a part's `<h1>`, its reads and its day,
    under the site's `<header id="header">` and the story's title: the part's header, whose
    title, day and count are the article's."""
    page = (
        "<header id='header'><a href='/'>Truyện Mới</a><nav><a href='/kham-pha'>Khám phá</a></nav>"
        "</header><div class='part-header'><div class='toc-header'>"
        "<span class='h5 title'>Nhật ký phòng đọc</span></div>"
        f"<header class='panel panel-reading'><h1 class='h2'>{TITLE}</h1>"
        "<div class='stats'><span class='reads' title='2.418 lượt đọc'> 2.418</span></div>"
        "<div class='part-date'>Đăng ngày 1 tháng 12, 2026</div></header></div>"
        f"<div class='part-content'><pre>{PARAGRAPHS}</pre></div>"
    )
    article = InventedArticle(URL, f"Nhật ký phòng đọc - {TITLE} - Truyện Mới", NOW, TEXT)
    record = article.record(page)
    assert (record["headline"], record["published_raw"], record["views"], record["views_raw"]) == (
        TITLE,
        "Đăng ngày 1 tháng 12, 2026",
        2418,
        "2.418",
    )


def test_a_login_in_brackets_closing_a_dash_signature_is_no_part_of_the_name() -> None:
    """`<i>— Hoàng Thiên Ân (thienan_viet)</i>` closing a reading platform's part: the writer
    signs with her login in brackets; the name is the byline, the login no part of it, and the
    signature leaves the text."""
    record = ARTICLE.under_headline("", "<p><i>— Hoàng Thiên Ân (thienan_viet)</i></p>")
    assert (record["byline"], record["authors"], record["body"]) == (
        "Hoàng Thiên Ân",
        ["Hoàng Thiên Ân"],
        "\n\n".join(TEXT),
    )


def test_a_newsletter_s_issue_line_is_the_raw_date_whole() -> None:
    """`Thư Phòng Đọc · Số 12 · 02.12.2026` in one cell over a campaign's headline: the issue's
    name and number before its day are the issue line, `published_raw` whole."""
    meta = "<table><tr><td class='om-text'>Thư Phòng Đọc · Số 12 · 02.12.2026</td></tr></table>"
    record = ARTICLE.under_headline(meta)
    assert (record["published_raw"], record["published_at"]) == (
        "Thư Phòng Đọc · Số 12 · 02.12.2026",
        "2026-12-02T00:00:00+07:00",
    )


def test_an_episode_s_season_and_number_closing_the_publish_line_name_nobody() -> None:
    """A podcast episode's line under its title, `December 3, 2026 • 35:12 • S2 E38`, ends with
    the season and the episode's number, capitalised words as a name's are: a word holding a
    digit is no name's, so nobody signs the episode."""
    meta = (
        "<div class='episode-meta'><span class='date'>December 3, 2026</span>"
        "<span class='sep'>•</span><span class='duration'>35:12</span>"
        "<span class='sep'>•</span><span class='season'>S2 E38</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"], record["published_raw"]) == (
        None,
        [],
        "December 3, 2026",
    )
