"""Rules the generic extractor learnt for headlines, dates, bylines, summaries, categories, tags
and pictures from the sixty-third holdout set's environment and disaster pages on intranets,
help centres, membership platforms, video platforms, podcast hosts, forums and note sites."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://moitruong.example.vn/tin-noi-bo/quan-trac-nuoc-song-day"
TITLE = "Quan trắc nước sông Đáy: ba điểm vượt chuẩn amoni trong tháng 11"
TEXT = (
    "Trong tháng 11/2026, Trung tâm Quan trắc lấy 36 mẫu nước tại 12 điểm dọc sông Đáy.",
    "Ba điểm ở hạ lưu có amoni vượt quy chuẩn từ 1,4 đến 2,2 lần, cao hơn tháng trước.",
    "Trung tâm đề nghị các xã ven sông rà soát nguồn xả của các cơ sở chăn nuôi trước 20/12.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _widgets(meta: str) -> str:
    """An intranet's page of widgets, each classed with the bare word and its kind after `_`
    (`widget widget_heading`, `widget widget_text`)."""
    return (
        "<div id='page_content'>"
        f"<div class='widget widget_heading'><h1>{TITLE}</h1></div>{meta}"
        f"<div class='widget widget_text'><div class='text'>{PARAGRAPHS}</div></div>"
        "</div>"
    )


def test_a_widget_with_its_kind_after_an_underscore_holding_the_h1_is_the_headline() -> None:
    """`<div class="widget widget_heading"><h1>…</h1></div>` beside the page's other widgets:
    every block of the page is so classed, the headline's too, which is no sidebar widget; the
    `<title>` with the site's name after it is not the headline."""
    page = ARTICLE.html(_widgets("<p>04/12/2026 09:40</p>")).replace(
        f"<title>{TITLE}</title>", f"<title>{TITLE} - Cổng nội bộ Sở</title>"
    )
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_page_creator_s_label_names_the_author() -> None:
    """`Tạo bởi <a>Phạm Thu Hà</a> · 04/12/2026 09:40`: an intranet's `Created by` before the
    page creator, a person: the byline."""
    meta = (
        "<div class='page-info'><span class='created'>Tạo bởi <a class='user-link' href='/people/"
        "pham-thu-ha'>Phạm Thu Hà</a> · <span class='timestamp'>04/12/2026 09:40</span></span>"
        "</div>"
    )
    record = ARTICLE.record(_widgets(meta))
    assert (record["byline"], record["authors"]) == ("Phạm Thu Hà", ["Phạm Thu Hà"])


def test_the_time_after_an_update_label_and_the_editor_s_name_is_the_update() -> None:
    """`Sửa lần cuối bởi Trần Văn Long · <span>05/12/2026 16:20</span>` on an intranet page: the
    update label and the editor's name stand before the time's own element, which is the
    update, not a second publish line."""
    after = (
        "<div class='page-edited'>Sửa lần cuối bởi Trần Văn Long · <span class='timestamp'>"
        "05/12/2026 16:20</span></div>"
    )
    meta = "<div class='page-info'><span class='timestamp'>04/12/2026 09:40</span></div>"
    record = ARTICLE.record(_widgets(meta + after))
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-04T09:40:00+07:00",
        "2026-12-05T16:20:00+07:00",
    )


HELP_PAGE = (
    "<div id='navbar'><a href='/'><img src='/logo.svg' alt='logo'></a></div>"
    "<div id='content-area'><header id='header'><div class='eyebrow h-5 text-sm font-semibold'>"
    f"Bản tin quan trắc</div><h1 id='page-title'>{TITLE}</h1></header>"
    f"<div class='mdx-content prose' id='content'><p><em>Phát hành: 05/12/2026 10:00</em></p>"
    f"{PARAGRAPHS}</div></div>"
)


def test_a_header_over_the_text_s_block_heads_the_article() -> None:
    """A help centre's `<header id="header">` holding the page's `<h1>`, right before the block
    of the text's paragraphs: the article's header, not the site's; its `<h1>` is the headline,
    not the `<title>` with the site's name."""
    page = ARTICLE.html(HELP_PAGE).replace(
        f"<title>{TITLE}</title>", f"<title>{TITLE} - Quan Trắc Việt</title>"
    )
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_the_eyebrow_over_the_headline_is_the_category() -> None:
    """The design system's `eyebrow` line over the page's title (the group the page is filed
    in), no link: the category."""
    assert ARTICLE.record(HELP_PAGE)["category"] == "Bản tin quan trắc"


def test_a_reading_time_glued_to_the_day_is_no_part_of_its_year() -> None:
    """`<time datetime="2026-12-02T00:00:00.000Z">02 thg 12, 2026</time><span>5 phút đọc</span>`:
    the reading time, printed flush after the year with no class, leaves the day alone, which
    stands at midnight as printed (the machine time at 07:00 local adds no hour)."""
    meta = (
        "<p class='content-meta'><time datetime='2026-12-02T00:00:00.000Z'>02 thg 12, 2026</time>"
        "<span>5 phút đọc</span></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_raw"], record["published_at"]) == (
        "02 thg 12, 2026",
        "2026-12-02T00:00:00+07:00",
    )


def test_a_video_s_phan_muc_attribute_is_the_category() -> None:
    """A video platform's attributes under the description: `Phân mục` (its `Category`) beside
    its linked value is the category; the language's link beside it is none."""
    after = (
        "<div class='video-attributes'><div class='attribute attribute-category'><span class="
        "'attribute-label'>Phân mục</span><a class='attribute-value' href='/search?categoryOneOf"
        "=11'>Tin tức &amp; Chính trị</a></div><div class='attribute attribute-language'><span "
        "class='attribute-label'>Ngôn ngữ</span><a class='attribute-value' href='/search?"
        "languageOneOf=vi'>Tiếng Việt</a></div></div>"
    )
    record = ARTICLE.under_headline("<p>04/12/2026 09:40</p>", after_text=after)
    assert record["category"] == "Tin tức & Chính trị"


THREAD = (
    f"<div class='container posts'><div class='title-bar'><h1>{TITLE}</h1></div>"
    "<table class='list'><tr class='item post first'><td class='left-panel'><div class="
    "'mini-profile'><a class='user-link display-name' href='/user/412'>Trần Văn Bảy</a>"
    "<div class='avatar'><img src='/anh/avatar-412.jpg' alt=''></div></div></td>"
    "<td class='content'><div class='date'><abbr class='time' title='Sat Dec 5, 2026 14:30:00 "
    f"GMT+7'>Dec 5, 2026 at 2:30pm</abbr></div><article><div class='message'>{TEXT[0]}<br><br>"
    f"{TEXT[1]}<br><br>{TEXT[2]}</div></article><div class='likes'>Thích bởi <a href='/user/508'>"
    "hoangnam_eakly</a></div></td></tr>"
    "<tr class='item post'><td class='left-panel'><div class='mini-profile'><a class='user-link "
    "display-name' href='/user/508'>hoangnam_eakly</a></div></td><td class='content'><div "
    "class='date'><abbr class='time'>Dec 5, 2026 at 4:01pm</abbr></div><article><div class="
    "'message'>Nhà tôi cũng bị như vậy.<br><br><img src='/anh/tra-loi.jpg' alt=''></div>"
    "</article></td></tr></table></div>"
    "<div class='container similar-threads'><table class='list'><thead><tr><th>Chủ đề</th><th>"
    "Trả lời</th><th>Lượt xem</th></tr></thead><tbody><tr><td><a href='/thread/2790/x'>Nắng "
    "hạn sớm</a></td><td>18</td><td>2.406</td></tr></tbody></table></div>"
)


def test_the_poster_named_before_the_printed_post_time_is_the_author() -> None:
    """A forum's post row: the poster's mini-profile (`<a href="/user/412">Trần Văn Bảy</a>`),
    then the post's time printed in an `<abbr>` whose title states no machine time: the poster,
    a person, is the author; the account liking it after the text names nobody."""
    record = ARTICLE.record(THREAD)
    assert (record["byline"], record["authors"]) == ("Trần Văn Bảy", ["Trần Văn Bảy"])


def test_a_reply_s_picture_after_the_first_post_is_not_the_article_s() -> None:
    """The reply's picture, in the thread's table after the first post's text: no picture of
    the article, which has none (the avatar is a portrait)."""
    assert ARTICLE.record(THREAD)["images"] == []


def test_a_table_s_column_header_is_no_tags_label() -> None:
    """`<th>Chủ đề</th>` opening a list of threads' header row names a column (the topics
    under it), not a field of tags beside it: no tags."""
    assert ARTICLE.record(THREAD)["tags"] == []


CREATOR = "Lê Hoàng Sơn"
POST = (
    f"<header data-tag='creator-header'><a href='/lehoangson'>{CREATOR}</a><span>Ảnh tư liệu"
    "</span></header><main><div data-tag='post-card'><span data-tag='post-published-at'><a "
    "href='/posts/quan-trac-123'>4 thg 12, 2026 lúc 21:10</a></span>"
    f"<h1 data-tag='post-title'>{TITLE}</h1><div data-tag='post-content'><div>{PARAGRAPHS}"
    "<p>Bạn nào muốn nhận thêm ảnh từ các chuyến đi, hãy theo dõi mình trên nền tảng này.</p>"
    "</div></div><div data-tag='post-tags'><a href='/lehoangson/posts?filters%5Btag%5D=s%C3%B4ng"
    "%20%C4%90%C3%A1y'>sông Đáy</a><a href='/lehoangson/posts?filters%5Btag%5D=amoni'>amoni</a>"
    "</div></div></main>"
)
POST_HEAD = (
    f"<meta name='description' content='Nhận thêm từ {CREATOR} trên Nền tảng'>"
    f"<meta property='og:title' content='{TITLE} | {CREATOR}'>"
)


def _creator_post() -> dict:
    page = ARTICLE.html(POST, POST_HEAD).replace(
        f"<title>{TITLE}</title>", f"<title>{TITLE} | {CREATOR}</title>"
    )
    return extract_record(page, URL, NOW)


def test_the_creator_the_site_is_named_for_is_the_author() -> None:
    """A membership platform's creator page: `<title>… | Lê Hoàng Sơn</title>`, a person's full
    name, linked in the header over the headline; no byline elsewhere: the person whose page it
    is wrote the post."""
    record = _creator_post()
    assert (record["byline"], record["authors"]) == (CREATOR, [CREATOR])


def test_a_description_naming_the_site_and_nothing_of_the_headline_is_no_lead() -> None:
    """`Nhận thêm từ Lê Hoàng Sơn trên Nền tảng`: the platform's blurb for the creator's every
    page, naming the site as the title does and no word of the headline, however many words of
    the text it shares (`nhận thêm ảnh từ …`): no summary."""
    assert _creator_post()["summary"] is None


def test_links_filtering_posts_by_tag_are_the_tags() -> None:
    """A row of links each to the creator's posts filtered by one tag (`?filters[tag]=…`, the
    brackets encoded): the tags."""
    assert _creator_post()["tags"] == ["sông Đáy", "amoni"]


def test_a_box_a_lead_s_class_names_that_holds_the_text_is_no_lead() -> None:
    """A campaign platform prints the whole post in `<div id="intro" class="intro">`: the text,
    not its lead; the bold first paragraph with its dateline is the lead."""
    picture = (
        "<p><img src='/anh/song-day.jpg' alt=''></p><p style='text-align:center'>Lấy mẫu nước ở "
        "hạ lưu. Ảnh: nhóm Quan trắc</p>"
    )
    page = (
        f"<div id='blog_post'><h2 class='headline'>{TITLE}</h2><div class='byline'>Đăng bởi "
        "<a href='/tran_mai'>Trần Mai</a> · <span class='date'>04/12/2026 09:15</span></div>"
        "<div id='intro' class='intro'><p><strong>NINH BÌNH - Ba điểm quan trắc ở hạ lưu sông "
        f"Đáy vượt quy chuẩn amoni trong tháng 11.</strong></p>{picture}{PARAGRAPHS}</div></div>"
    )
    assert ARTICLE.record(page)["summary"] == (
        "Ba điểm quan trắc ở hạ lưu sông Đáy vượt quy chuẩn amoni trong tháng 11."
    )
