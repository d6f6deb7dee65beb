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
