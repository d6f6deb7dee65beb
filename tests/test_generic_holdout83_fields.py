"""Rules the generic extractor learnt for dates, bylines, leads, tags and pictures from the
eighty-third holdout set's labour export and remittance pages on wikis, mailings, blogs, podcast
hosts and video share pages."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://xuatkhau.example.vn/tin/che-do-moi-nhat-ban"
TITLE = "Nhật Bản thay chế độ thực tập sinh từ tháng 4/2027"
TEXT = (
    "Chế độ mới áp dụng cho 17 lĩnh vực, trong đó có chế biến thực phẩm và điều dưỡng.",
    "Người lao động phải đạt tiếng Nhật trình độ N5 trước khi nhập cảnh, N4 sau năm đầu.",
    "Phí môi giới người lao động phải trả được giới hạn ở mức một tháng lương.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_wiki_footer_s_whole_sentence_is_the_printed_line() -> None:
    """MediaWiki's footer `Trang này được sửa đổi lần cuối vào ngày 2 tháng 12 năm 2026, lúc
    21:18.` as the only date: the page naming itself as last changed opens the line, however
    long its sentence, so the line as printed is the whole sentence, not the day alone."""
    footer = (
        "<ul id='footer-info'><li id='footer-info-lastmod'> Trang này được sửa đổi lần cuối vào"
        " ngày 2 tháng 12 năm 2026, lúc 21:18.</li></ul>"
    )
    page = f"<div id='content'><h1>{TITLE}</h1><div class='mw-parser-output'>{PARAGRAPHS}</div>"
    record = ARTICLE.record(f"{page}</div><div id='footer'>{footer}</div>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T21:18:00+07:00",
        "Trang này được sửa đổi lần cuối vào ngày 2 tháng 12 năm 2026, lúc 21:18.",
    )


def _mailing(closing: str) -> tuple[str | None, list[str]]:
    """A mailing's web version: its text, then `closing` in lines aligned right."""
    page = f"<table><tr><td><h1>{TITLE}</h1>{PARAGRAPHS}{closing}</td></tr></table>"
    record = ARTICLE.record(page)
    return record["byline"], record["authors"]


def _signed_under_source(source: str) -> str:
    """A source line in small italics, then the desk signing in bold."""
    return (
        f"<p style='text-align:right;font-size:13px'><em>{source}</em></p>"
        "<p style='text-align:right'><strong>Phòng Thị trường Nhật Bản</strong></p>"
    )


def test_an_office_after_and_in_a_source_line_is_a_second_source() -> None:
    """`Theo NHK và Bộ Tư pháp Nhật Bản` over the desk signing the text: `và` joins the second
    source credited, an office, as a comma joins two outlets; no second signer beside the
    desk."""
    closing = _signed_under_source("Theo NHK và Bộ Tư pháp Nhật Bản")
    assert _mailing(closing) == ("Phòng Thị trường Nhật Bản", [])


def test_an_agency_named_by_its_word_is_a_body() -> None:
    """`Cơ quan Xuất nhập cảnh Nhật Bản` credited as the source: an agency by its word, as
    `Cục` and `Sở` name offices, no person beside the desk signing."""
    closing = _signed_under_source("Theo Cơ quan Xuất nhập cảnh Nhật Bản")
    assert _mailing(closing) == ("Phòng Thị trường Nhật Bản", [])


BLOG_URL = "https://mangxahoi.example.com/phamvantinh/blog/trang-trai-de-1658"
BLOG = InventedArticle(BLOG_URL, TITLE, NOW, TEXT)


def test_hashtags_linked_to_the_site_s_search_for_them_are_the_tags() -> None:
    """A line of hashtags closing a post, each linked to the site's search for itself
    (`/discovery/search?q=%23kieuhoi`): the pages listing what is filed under them, as tag
    pages do, so the post's tags without their marks."""
    hashtags = " ".join(
        f"<a class='m-hashtag' href='/discovery/search?q=%23{tag}&amp;f=top'>#{tag}</a>"
        for tag in ("kieuhoi", "xuatkhaulaodong")
    )
    page = f"<article><h1>{TITLE}</h1><div class='post-text'>{PARAGRAPHS}<p>{hashtags}</p>"
    assert BLOG.record(f"{page}</div></article>")["tags"] == ["kieuhoi", "xuatkhaulaodong"]


def test_a_blog_owner_s_name_as_a_camel_cased_element_is_the_author() -> None:
    """The owner's display name under a post's title, classed as a camel-cased block's element
    (`m-blogOwner__name`), beside the handle: the post's writer."""
    owner = (
        "<div class='m-blog-owner'><a class='m-blogOwner__name' href='/phamvantinh/'>Phạm Văn"
        " Tình</a> <span class='m-blogOwner__username'>@phamvantinh</span></div>"
    )
    page = f"<div class='m-blog'><h1>{TITLE}</h1>{owner}<div class='post-text'>{PARAGRAPHS}"
    record = BLOG.record(f"{page}</div></div>")
    assert (record["byline"], record["authors"]) == ("Phạm Văn Tình", ["Phạm Văn Tình"])


def test_the_shared_picture_right_over_the_headline_is_the_post_s() -> None:
    """A blog's banner in a block of its own right before the headline, untitled
    (`<div class="m-blog--image"><img alt="">`), and the picture the page shares
    (`og:image`): the post's own picture."""
    banner = "https://cdn.mangxahoi.example.com/banners/1658/1764590525"
    page = (
        f"<div class='m-blog'><div class='m-blog--image'><img src='{banner}' alt=''></div>"
        f"<h1>{TITLE}</h1><div class='post-text'>{PARAGRAPHS}</div></div>"
    )
    record = BLOG.record(page, f"<meta property='og:image' content='{banner}'>")
    assert record["images"] == [{"url": banner, "caption": None}]


def test_an_episode_s_art_is_no_picture() -> None:
    """An episode's square art beside its title in the episode's header (`<img
    class="sd-episode-art">`): the show's art, no picture of the episode."""
    episode = InventedArticle("https://kinhte.podcast.example.fm/episode/kieu-hoi", TITLE, NOW)
    art = "https://cdn.podcast.example.fm/shows/5f21/cover.jpg"
    page = (
        f"<main><div class='sd-episode-header'><img class='sd-episode-art' src='{art}' alt=''"
        f" width='240' height='240'><div class='sd-episode-info'><h1>{TITLE}</h1></div></div>"
        f"<section class='sd-episode-description'>{PARAGRAPHS}</section></main>"
    )
    assert episode.record(page)["images"] == []


def test_a_video_s_description_read_as_its_text_is_no_lead() -> None:
    """A share page's description named in BEM as the title is (`share-page__title`, then
    `share-page__description`), its parts typed between line breaks: the text is read from
    it, so it is the video's whole text (its chapter marks closing it no part of it), no lead
    over it."""
    video = InventedArticle("https://share.video.example.com/watch/Qx7Tn2", TITLE, NOW)
    parts = "<br><br>".join((*TEXT, "00:00 Giới thiệu · 00:35 Bước 1 · 01:10 Bước 2"))
    page = (
        f"<main><div class='share-page__details'><h1 class='share-page__title'>{TITLE}</h1>"
        f"<div class='share-page__description'>{parts}</div></div></main>"
    )
    record = video.record(page)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))
