"""Rules the generic extractor learnt for dates, bylines, headlines, leads, categories and
pictures from the eightieth holdout set's seaport, airport and logistics pages on mailings,
podcast directories, forums, handbooks and galleries."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hiephoilogistics.example.vn/ban-tin/tuan-49"
TITLE = "Cước container đi Mỹ tăng 9% trước mùa hàng Tết"
TEXT = (
    "Cước giao ngay tuyến Hải Phòng – Los Angeles tuần này ở mức 2.850 USD/container 40 feet.",
    "Các hãng tàu cắt 2 chuyến trong tuần 50 để điều tàu sang tuyến châu Âu.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_day_in_an_italic_line_right_under_a_picture_is_the_caption_s() -> None:
    """A mailing's picture set alone, not in a paragraph, then an italic paragraph naming the
    day it was taken (`Cần cẩu … chiều 27/11/2026. Ảnh: …`): the picture's caption, so the
    issue row's day over the headline is the publish date."""
    first, second = TEXT
    page = (
        "<table><tr><td><span class='issue-date'>Thứ Sáu, 04/12/2026</span></td></tr>"
        f"<tr><td><h1>{TITLE}</h1><p>{first}</p>"
        "<img src='https://hiephoilogistics.example.vn/anh/tan-vu.jpg' width='592' alt=''>"
        "<p><em>Cần cẩu bờ xếp hàng tại bến Tân Vũ chiều 27/11/2026. Ảnh: Văn phòng hiệp hội"
        f"</em></p><p>{second}</p></td></tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T00:00:00+07:00",
        "Thứ Sáu, 04/12/2026",
    )


BOOK = "Sổ tay nghiệp vụ đại lý hải quan"
SECTION = "4.2. Khai báo manifest điện tử cho hàng hàng không"
HANDBOOK_URL = "https://dailyhaiquan.example.vn/so-tay/chuong-4/khai-bao-manifest.html"


def _handbook(title: str, heading: str) -> dict:
    """A handbook's page: the book's name in the header's `<h1>` linking its first page, then
    the section's `<h1>` (`heading`) over its text."""
    page = InventedArticle(HANDBOOK_URL, title, NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = (
        f"<div class='book-header'><h1><a href='..'>{BOOK}</a></h1></div>"
        f"<section class='markdown-section'>{heading}{text}</section>"
    )
    return page.record(body)


def test_a_heading_opening_with_an_icon_anchor_prints_its_words() -> None:
    """A documentation heading opening with a link to itself that holds an icon and no words
    (`<a href="#42-…"><i class="fa fa-link"></i></a>4.2. …`): the section's title the `<title>`
    opens, so the headline, not the book's name in the header."""
    heading = (
        "<h1 id='42-khai-bao'><a name='42-khai-bao' class='anchor' href='#42-khai-bao'>"
        f"<i class='fa fa-link' aria-hidden='true'></i></a>{SECTION}</h1>"
    )
    assert _handbook(f"{SECTION} | {BOOK}", heading)["headline"] == SECTION


def test_a_title_s_book_after_a_middle_dot_leaves_the_section_as_headline() -> None:
    """A `<title>` joining the section and the book with ` · ` (HonKit's, GitBook's): the
    header's `<h1>` printing the book closes it, and the section's `<h1>` printing the rest is
    the headline."""
    assert _handbook(f"{SECTION} · {BOOK}", f"<h1>{SECTION}</h1>")["headline"] == SECTION


FORUM_URL = "https://diendantaixe.example.vn/index.php?topic=18427.0"
TOPIC = "Cổng B Cát Lái tối nay chờ 6 tiếng, anh em ai chạy đêm cho hỏi"


def _forum_post(poster: str) -> dict:
    """A forum topic's first post: `poster` (the poster's details) before its header's
    `<time>` and its text."""
    first, second = TEXT
    forum = InventedArticle(FORUM_URL, TOPIC, NOW, TEXT)
    page = (
        f"<h1>{TOPIC}</h1><div id='forumposts'><article class='post_wrapper'>{poster}"
        "<div class='postarea'><div class='keyinfo'>"
        f"<h5><a href='index.php?topic=18427.msg201544#msg201544'>{TOPIC}</a> – "
        "<time datetime='2026-12-04T14:37:12Z'>December 04, 2026, 09:37:12 PM</time></h5></div>"
        f"<section><div class='messageContent'><div class='inner'>{first}<br><br>{second}"
        "</div></div></section></div></article></div>"
    )
    record = forum.record(page)
    return record["byline"], record["authors"]


def test_a_forum_s_profile_action_with_a_member_s_number_is_his_page() -> None:
    """Simple Machines' and ElkArte's member page is the script's profile action with his
    number (`index.php?action=profile;u=4821`): the link before the post's time names its
    poster."""
    poster = (
        "<div class='poster'><a class='name' href='index.php?action=profile;u=4821'>"
        "Lê Minh Tuấn</a> · Bài viết: 1.046</div>"
    )
    assert _forum_post(poster) == ("Lê Minh Tuấn", ["Lê Minh Tuấn"])


def test_a_poster_s_name_in_an_aside_of_his_post_is_the_poster() -> None:
    """The poster's name, group and post counts in an `<aside>` inside the post's own block
    (ElkArte's `<aside class="poster">`), beside its header's time: the post's column of its
    poster, no sidebar of the page."""
    poster = (
        "<aside class='poster'><ul class='poster_details'>"
        "<li><a class='name' href='/members/le-minh-tuan/'>Lê Minh Tuấn</a></li>"
        "<li class='postcount'>Bài viết: 1.046</li></ul></aside>"
    )
    assert _forum_post(poster) == ("Lê Minh Tuấn", ["Lê Minh Tuấn"])


def test_a_summary_classed_line_of_counts_is_no_lead() -> None:
    """A poll's `<div class="poll-common-stance-summary">` printing its votes alone (`Đồng ý 14 ·
    Băn khoăn 2 · Phản đối 3 · 19/31 đã biểu quyết`) after the thread's text: a tally, no
    lead's sentence."""
    tally = (
        "<div class='poll-common-card'><h2>Ký hợp đồng thuê chung kho 12 tháng</h2>"
        "<div class='poll-common-stance-summary'><span>Đồng ý 14</span> · <span>Băn khoăn 2"
        "</span> · <span>Phản đối 3</span> · <span>19/31 đã biểu quyết</span></div></div>"
    )
    assert ARTICLE.under_headline("", tally)["summary"] is None


def test_a_media_classed_box_after_the_text_holds_the_post_s_pictures() -> None:
    """A work app's post: its text, then `<div class="post-card__media">` holding its photo
    alone, no word nor link: the post's picture, no caption printed."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    photo = "https://cdn.example.vn/photos/559031/ben5.jpg?size=large"
    page = (
        f"<article class='post-card'><h1 class='post-card__title'>{TITLE}</h1>"
        f"<div class='post-card__text rich-text'>{text}</div>"
        f"<div class='post-card__media'><img class='post-card__photo' src='{photo}' alt=''>"
        "</div><footer><span>56 lượt thích</span></footer></article>"
    )
    assert ARTICLE.record(page)["images"] == [{"url": photo, "caption": None}]


def test_a_stream_s_name_over_the_post_is_its_category() -> None:
    """A frontline app's `<a class="stream-name">` with its member count over the post, the
    stream it is published in: its section, as a channel's or a community's name is."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='stream-header'><a href='/streams/1842' class='stream-name'>Tin Cảng Lạch "
        "Huyện</a> <span class='stream-members'>1.386 thành viên</span></div>"
        f"<article class='post-card'><h1 class='post-card__title'>{TITLE}</h1>"
        f"<div class='post-card__text'>{text}</div></article>"
    )
    assert ARTICLE.record(page)["category"] == "Tin Cảng Lạch Huyện"


def test_a_views_cell_counting_times_after_its_label_cell_is_the_count() -> None:
    """A gallery's file information table: `<td>Lượt xem:</td><td>586 lần</td>`, the count
    with `lần` (times) in the cell after its label: `views_raw` the value cell as printed, as
    a bare number's cell is."""
    facts = (
        "<table class='maintable'><tr><td>Ngày thêm:</td><td>02/12/2026</td></tr>"
        "<tr><td class='tableb'>Lượt xem:</td><td class='tableb'>586 lần</td></tr></table>"
    )
    record = ARTICLE.under_headline("", facts)
    assert (record["views"], record["views_raw"]) == (586, "586 lần")


def test_a_post_by_the_site_s_administrator_by_his_role_has_no_byline() -> None:
    """A shop blog's `<span class="post-author">Đăng bởi: Quản trị viên</span>` under the
    headline: the account of whoever runs the site, named by its role, nobody."""
    meta = (
        "<div class='blog-post-meta'><span class='post-author'>Đăng bởi: Quản trị viên</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_labelled_category_wins_over_a_trail_closing_at_the_blog() -> None:
    """A shop's trail `Trang chủ / Blog / <post>` names the kind of page; the post's own
    `Danh mục: <a>Kinh nghiệm gửi hàng</a>` under the headline is its section."""
    trail = (
        "<nav class='breadcrumb'><a href='/'>Trang chủ</a> / <a href='/blog'>Blog</a> / "
        f"<span>{TITLE}</span></nav>"
    )
    meta = (
        "<div class='blog-post-meta'><span class='post-category'>Danh mục: "
        "<a href='/blog/category/kinh-nghiem-gui-hang'>Kinh nghiệm gửi hàng</a></span></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    content = f"<div class='blog-post-content'>{text}</div>"
    page = f"{trail}<article><h1>{TITLE}</h1>{meta}{content}</article>"
    assert ARTICLE.record(page)["category"] == "Kinh nghiệm gửi hàng"


def test_an_italic_line_alone_in_the_block_after_a_picture_is_its_caption() -> None:
    """A page builder's blocks: the picture alone in one wrapper, then a wrapper whose text
    block prints one italic paragraph (`<p><em>… Ảnh: …</em></p>`): the picture's caption."""
    first, second = TEXT
    photo = "https://cdn.example.vn/media/iW=1170&iH=658/kho-hang.jpg"
    caption = "Khu tập kết hàng xuất tại nhà ga hàng hóa, ngày 27/11/2026. Ảnh: Sao Việt"
    page = (
        f"<div class='brz-section'><h1>{TITLE}</h1>"
        f"<div class='brz-wrapper'><div class='brz-image'><picture><img src='{photo}'>"
        "</picture></div></div><div class='brz-wrapper'><div class='brz-rich-text'>"
        f"<p class='brz-text-lg-center'><em>{caption}</em></p></div></div>"
        f"<div class='brz-wrapper'><div class='brz-rich-text brz-post-content'><p>{first}</p>"
        f"<p>{second}</p></div></div></div>"
    )
    assert ARTICLE.record(page)["images"] == [{"url": photo, "caption": caption}]


def test_an_author_classed_link_to_a_show_s_page_names_no_author() -> None:
    """A podcast directory's `<p class="ep-item-con-author">` under the episode's title, its one
    link to the show's page (`/channel/id5873102`): the show, no person; the reporter's label
    in the description's credits names the writer."""
    url = "https://podcast.example.fm/episode/cang-id58-id71"
    episode = InventedArticle(url, f"{TITLE} | Kinh tế biển Gia Lai | Podcast", NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='ep-item'><h1 class='ep-item-con-title'>{TITLE}</h1>"
        "<p class='ep-item-con-author'><a href='https://podcast.example.fm/channel/id5873102'>"
        "Kinh tế biển Gia Lai</a></p></div>"
        f"<div class='ep-desc'><div class='ep-desc-content'>{text}"
        "<p>Phóng viên: Hồ Văn Sơn<br>Kỹ thuật âm thanh: Nguyễn Đình Khoa</p>"
        "<p>Chương trình phát lúc 17:30 thứ Năm hằng tuần trên sóng FM 102,7 MHz.</p></div></div>"
    )
    record = episode.record(page)
    assert (record["byline"], record["authors"]) == ("Hồ Văn Sơn", ["Hồ Văn Sơn"])


def test_a_description_wrapping_the_headline_in_a_sentence_is_no_lead() -> None:
    """A podcast directory's description `Listen to <headline> and 212 more episodes by
    <show>, free! No signup or install needed.`: a template around the title, no lead."""
    described = (
        f"Listen to {TITLE} and 212 more episodes by Kinh tế biển Gia Lai, free! No signup or"
        " install needed."
    )
    head = f"<meta name='description' content='{described}'>"
    assert ARTICLE.under_headline("", head=head)["summary"] is None


def test_a_clock_printing_the_json_ld_length_beside_the_day_is_no_hour() -> None:
    """An episode's row `03/12/2026 · 18:42 · 1,2K lượt nghe` whose `18:42` is the length the
    page's JSON-LD gives (`timeRequired` `PT18M42S`): the day alone, no hour."""
    head = (
        '<script type=\'application/ld+json\'>{"@type": "PodcastEpisode",'
        ' "timeRequired": "PT18M42S"}</script>'
    )
    row = (
        "<div class='ep-item-con-bottom'><span class='item icon date'>03/12/2026</span> "
        "<span class='item icon time'>18:42</span> <span class='item icon play'>1,2K lượt nghe"
        "</span></div>"
    )
    record = ARTICLE.under_headline(row, head=head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "03/12/2026",
    )


def test_a_trail_closing_at_the_page_a_wiki_headline_is_a_subpage_of_names_no_section() -> None:
    """A wiki's trail `Luồng Soài Rạp / Mớn nước tháng 1` over the headline `Luồng Soài
    Rạp/Mớn nước tháng 1`: the crumb is the page the headline is a subpage of, its path
    before the solidus, no section."""
    wiki = InventedArticle(
        "https://wiki.cangvu.example.vn/index.php/Luong_Soai_Rap/Mon_nuoc_thang_1",
        "Luồng Soài Rạp/Mớn nước tháng 1",
        NOW,
        TEXT,
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div id='bs-breadcrumb' class='bs-breadcrumb'>"
        "<a href='/index.php/Luong_Soai_Rap'>Luồng Soài Rạp</a> / <span>Mớn nước tháng 1</span>"
        "</div><h1 id='firstHeading'>Luồng Soài Rạp/Mớn nước tháng 1</h1>"
        f"<div class='mw-parser-output'>{text}</div>"
    )
    assert wiki.record(page)["category"] is None
