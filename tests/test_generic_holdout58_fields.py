"""Rules the generic extractor learnt for dates, views, bylines and categories from the
fifty-eighth holdout set's coverage of ethnic-minority regions, religion and festivals on
newsletters, wikis, forums, community and federated blogs, a press room, a project tracker's
news, a church platform, a portfolio builder and a headless CMS."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://blog.vanhoa.example.vn/~/LangNghe/lang-gom-bau-truc-don-khach"
TITLE = "Làng gốm Bàu Trúc đón đoàn khách đầu tiên của mùa cao điểm"
TEXT = (
    "Sáng 5/10, hơn 60 du khách đã đến làng gốm Bàu Trúc, xem các nghệ nhân nặn gốm bằng tay.",
    "Mỗi du khách được tự nặn một chiếc bình nhỏ và nung ngay trong lò rơm của làng.",
    "Hợp tác xã gốm dự kiến đón thêm 12 đoàn khách trong hai tháng cuối năm.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_bar_holding_a_button_link_is_no_trail() -> None:
    """A blog engine's bar `<a href="/">Instance</a> <a href="/~/Blog/">Blog</a> <a
    class="button" href="/~/Blog/new">Bài viết mới</a>`: the addresses nest as a trail's
    sections do, but a link styled as a button is an action; the bar is a menu and the page
    files the article under no section."""
    bar = (
        "<nav><a href='/'>Văn hóa</a> <a href='/~/LangNghe/'>Làng nghề</a> "
        "<a href='/~/LangNghe/new' class='button'>Bài viết mới</a></nav>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = ARTICLE.record(f"<header>{bar}</header><article><h1>{TITLE}</h1>{text}</article>")
    assert record["category"] is None


def test_a_class_every_tag_shares_names_no_section() -> None:
    """An h-entry's tags each classed `p-category` (microformats' word for a tag): a class
    every link of the list shares names each tag's kind, not the section a lone classed link
    names; they are the tags and the page has no category."""
    tags = (
        "<ul class='tags'><li><a class='p-category' href='/tag/gom'>gốm</a></li>"
        "<li><a class='p-category' href='/tag/nguoi-cham'>người Chăm</a></li></ul>"
    )
    record = ARTICLE.under_headline("", after_text=tags)
    assert (record["category"], record["tags"]) == (None, ["gốm", "người Chăm"])


TRACKER_URL = "https://duan.bandantoc.example.vn/news/318"
TRACKER_TITLE = "Hỗ trợ nước sinh hoạt phân tán cho 640 hộ đồng bào vùng cao"
TRACKER = InventedArticle(TRACKER_URL, TRACKER_TITLE, NOW, TEXT)


def test_a_count_back_link_s_title_is_the_publish_time() -> None:
    """A tracker's `Thêm bởi <a>Siu H'Nhi</a> <a title="04/12/2026 14:25" href="…/activity?
    from=2026-12-04">2 ngày</a> trước`: the link holds the count and its unit, the `trước`
    after it; the time the page states in the link's `title` is the publish time and the
    line's raw, and `Thêm bởi` (added by) is the poster's label, no part of the name."""
    line = (
        "<p><span class='author'>Thêm bởi <a class='user' href='/users/27'>Siu H'Nhi</a> "
        "<a title='04/12/2026 14:25' href='/projects/nuoc-sach/activity?from=2026-12-04'>"
        "2 ngày</a> trước</span></p>"
    )
    record = TRACKER.under_headline(line)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T14:25:00+07:00",
        "04/12/2026 14:25",
    )
    assert (record["byline"], record["authors"]) == ("Siu H'Nhi", ["Siu H'Nhi"])


def test_a_trail_box_closing_with_its_mark_goes_on_in_the_next_element() -> None:
    """A tracker's header `<h1><span class="breadcrumb"><a>Ban Dân tộc</a> » </span><span
    class="current-project">Chương trình 135</span></h1>` over the news's own `<h2>`: the trail's
    box closes with its mark and the project after it is the page's own section, its number
    (three digits, no year) part of its name."""
    header = (
        "<div id='header'><h1><span class='breadcrumb'><a href='/projects/ban-dan-toc'>Ban Dân"
        " tộc tỉnh</a><span class='separator'> » </span></span><span class='current-project'>"
        "Chương trình 135</span></h1></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = TRACKER.record(f"{header}<div id='content'><h2>{TRACKER_TITLE}</h2>{text}</div>")
    assert record["category"] == "Chương trình 135"


def test_an_empty_edit_indicator_s_title_is_the_update_time() -> None:
    """A forum's first post: its time, then `<span component="post/edit-indicator"
    class="edit-icon"><i class="fa fa-pencil"></i> <span class="timeago" title="…Z"></span>
    </span>`, empty until a script prints it relative: the title's ISO time (UTC) is the post's
    last edit."""
    line = (
        "<p>15/04/2026 08:30 <span component='post/edit-indicator' class='edit-icon'>"
        "<i class='fa fa-pencil-alt'></i> <span class='timeago' title='2026-04-15T03:05:00.000Z'>"
        "</span></span></p>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-04-15T08:30:00+07:00",
        "2026-04-15T10:05:00+07:00",
    )


def test_a_tagline_sharing_a_headline_word_only_when_folded_is_no_lead() -> None:
    """A photographer's blog describes itself on every post (`Nhật ký của một phóng viên ảnh
    miền Tây.`) over a post on fire safety in boarding houses (`phòng cháy`): folded, `phóng` is
    `phòng`, but both are typed with their marks and differ; the tagline says nothing of the
    post, which has no lead."""
    title = "Kiểm tra phòng cháy ở các nhà trọ ven kênh"
    text = (
        "Đoàn kiểm tra của phường đã đến 14 nhà trọ dọc bờ kênh, nơi có hơn 300 người thuê.",
        "Một nửa số nhà trọ chưa trang bị bình chữa cháy, lối thoát hiểm bị chắn bởi xe máy.",
        "Chủ các nhà trọ được yêu cầu khắc phục trước ngày 20/12.",
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in text)
    head = "<meta name='description' content='Nhật ký của một phóng viên ảnh miền Tây.'>"
    article = InventedArticle(URL, title, NOW, text)
    record = article.record(
        f"<main><h1>{title}</h1><div class='post'>{paragraphs}</div></main>", head
    )
    assert record["summary"] is None
