"""Rules the generic extractor learnt for dates, views, bylines and categories from the
seventy-fifth holdout set's energy, electricity and fuel pages on help desks, wikis, forums,
podcast and video hosts, membership platforms, site builders and intranets."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://nangluongsach.example.vn/blog/bon-truong-hoc-lap-dien-mat-troi"
TITLE = "Bốn trường học ở Long Thành lắp 120 kWp điện mặt trời trên mái"
TEXT = (
    "Bốn trường tiểu học ở huyện Long Thành đã lắp tổng cộng 120 kWp tấm pin trên mái nhà học.",
    "Trong tháng đầu, các hệ thống sản xuất khoảng 14.300 kWh, đủ 38% điện năng của các trường.",
    "Huyện dự kiến mở rộng cho thêm sáu trường trong năm học 2027 - 2028.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_css_module_s_camel_cased_length_is_no_hour() -> None:
    """A podcast host's hashed CSS module classes its length camel-cased
    (`styles__episodeDuration___2xK3R`): `24:18` beside the day is the episode's length, no
    hour (24:18 is none at all), and the day is the publish line, not an older episode's."""
    meta = (
        "<div class='styles__episodeMeta___9aB'><span class='styles__episodeDate___1cD'>"
        "2 thg 12, 2026</span> • <span class='styles__episodeDuration___7eF'>24:18</span></div>"
    )
    older = (
        "<section><h2>Tập khác</h2><div><a href='/tap-truoc'>Tập trước</a>"
        "<span>25 thg 11, 2026</span> • <span>19:42</span></div></section>"
    )
    record = ARTICLE.under_headline(meta, older)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "2 thg 12, 2026",
    )


def test_a_channel_s_link_beside_a_video_s_count_is_no_other_video() -> None:
    """A video host prints the channel's avatar, name and followers as one link to its page
    (`/c/<channel>`) in the block holding the video's `1,807 views`: the channel names no other
    video, and the count is this one's."""
    meta = (
        "<div class='media-header'><a href='/c/nangluongxanh'><img src='/kenh.jpg' alt=''>"
        "<div>Kênh Năng Lượng Xanh Đồng Nai</div><div>9.2K followers</div></a>"
        "<div class='media-views'>1,807 views</div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["views"], record["views_raw"]) == (1807, "1,807 views")


def test_a_categories_label_in_its_own_element_names_the_section_not_a_tag() -> None:
    """`<span>Categories:</span> <a>Energy</a>` in a box classed as the tags: the label names
    the link the video's category, and no tag."""
    after = (
        "<div class='description-tags-container'><span>Categories:</span> "
        "<a href='/category/energy'>Energy</a></div>"
    )
    record = ARTICLE.under_headline("<span>Dec 2, 2026</span>", after)
    assert (record["category"], record["tags"]) == ("Energy", [])


def test_a_menu_link_to_a_wiki_s_categories_is_no_label() -> None:
    """A wiki's menu links its `Categories` page among its others (`<a>Categories</a> ::
    <a>PageIndex</a>`): no label, and the next link no section."""
    menu = (
        "<div id='topnav'><a href='/wikka.php?wakka=HomePage'>HomePage</a> :: "
        "<a href='/wikka.php?wakka=CategoryCategory'>Categories</a> :: "
        "<a href='/wikka.php?wakka=PageIndex'>PageIndex</a></div>"
    )
    record = ARTICLE.record(menu + ARTICLE.between("<p>Ngày đăng: 02/12/2026</p>"))
    assert record["category"] is None


def test_an_author_s_job_in_a_run_of_its_own_is_no_part_of_the_name() -> None:
    """An intranet's author block prints the name, the job and the time each in a run of its
    own (`<a class="…author__name">…</a><span class="…author__title">Trưởng phòng Điều độ -
    Vận hành</span>`): the name alone is the byline."""
    meta = (
        "<div class='article-author'><img class='avatar' src='/a.jpg' alt=''><div>"
        "<a class='article-author__name' href='/profile/12'>Vũ Minh Khang</a> "
        "<span class='article-author__title'>Trưởng phòng Điều độ - Vận hành</span> "
        "<span class='article-author__time' title='02/12/2026 08:15'>4 ngày trước</span>"
        "</div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Vũ Minh Khang", ["Vũ Minh Khang"])


def test_a_trail_classed_as_a_title_is_no_headline_but_the_section() -> None:
    """A help desk prints its trail in a block classed as the article's title (`<div
    class="article-title"><a>Tất cả danh mục</a> » <a>Điện mặt trời</a></div>`) over the
    question in its own title block, and the `<title>` names only the help centre: the trail
    is no headline, and its last link is the section."""
    page = (
        "<div class='faq-content'><div class='article-title'><a href='index.php'>Tất cả danh "
        "mục</a> » <a href='faq.php?cid=2'>Điện mặt trời</a></div>"
        f"<div class='faq-title'>{TITLE}</div><div class='faded'>Cập nhật lần cuối 02/12/2026 "
        "10:20</div><div class='thread-body'>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></div>"
    )
    helpdesk = InventedArticle(URL, "Trung tâm hỗ trợ - Năng lượng sạch Đồng Nai", NOW, TEXT)
    record = helpdesk.record(page)
    assert (record["headline"], record["category"]) == (TITLE, "Điện mặt trời")


def test_a_shared_note_s_owner_name_in_its_header_is_the_byline() -> None:
    """A note-taking app's shared page prints the owner's name and workspace in its header
    (`<span class="share-header__owner-name">…</span><span class="share-header__workspace">
    …</span>`): the owner wrote the note, the workspace is no part of the byline."""
    header = (
        "<div class='share-header'><a href='https://notes.example.com'>Notes</a>"
        "<div class='share-header__owner'><img class='avatar' src='/u/7.png' alt=''>"
        "<span class='share-header__owner-name'>Trịnh Hoài Nam</span>"
        "<span class='share-header__workspace'>Nhóm Điện mặt trời Long Thành</span></div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"{header}<div class='note-page'><h1 class='note-title'>{TITLE}</h1><div "
        f"class='note-info'><span>Tạo: 02/12/2026, 9:10 AM</span></div><div "
        f"class='note-content'>{text}</div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Trịnh Hoài Nam", ["Trịnh Hoài Nam"])


def test_an_italic_signature_with_the_post_after_a_comma_signs_the_text() -> None:
    """A wiki page's text typed in `<br>` parts closes with `<em>Lò Thị Mai, công chức Văn
    hóa - Xã hội xã</em>` under a floated box and over a `Xem thêm:` line of WikiWords: the
    writer signing, her post after the comma no part of the name nor of the text."""
    text = "<br /><br />".join(TEXT)
    box = "<div class='floatr'><strong>Hộp tin:</strong> Hạn đăng ký là 15/01/2027.</div>"
    page = (
        f"<div id='content'><h1>{TITLE}</h1><em>Ngày đăng: 02/12/2026</em><br /><br />{text}"
        f"<br /><br />{box}<em>Lò Thị Mai, công chức Văn hóa - Xã hội xã</em><br /><br /><hr />"
        "Xem thêm: <a href='/wikka.php?wakka=TruongHocXanh'>TruongHocXanh</a></div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["body"]) == ("Lò Thị Mai", "\n\n".join(TEXT))


def test_a_forum_member_s_standing_signature_is_no_byline() -> None:
    """A forum adds a member's signature under each of his posts (`<div class="signature">Hà
    Văn Toàn - Trang trại Toàn Phát, Gia Lâm, Hà Nội</div>`, under the first post and again
    under his reply): the member named beside the post is the byline, the signature neither
    the byline nor the text."""
    signature = "<div class='signature'>Hà Văn Toàn - Trang trại Toàn Phát, Gia Lâm, Hà Nội</div>"
    first = "<br/><br/>".join(TEXT)
    page = (
        f"<h1 id='post-title'>{TITLE}</h1><table class='classic-table'>"
        "<tr class='classic-header'><td class='classic-author-name'>"
        "<a href='/user_nodes?user=88'>Hà Văn Toàn</a></td><td><span class='post-date'>"
        "Dec 02, 2026; 8:14pm</span></td></tr><tr class='classic-row'><td class='classic-author'>"
        "<div class='post-count'>40 bài viết</div></td><td class='classic-message'>"
        f"<div class='message-text'>{first}{signature}</div></td></tr>"
        "<tr class='classic-header'><td class='classic-author-name'><a href='/user_nodes?user=88'>"
        "Hà Văn Toàn</a></td><td><span class='post-date'>Dec 03, 2026; 7:02am</span></td></tr>"
        "<tr class='classic-row'><td class='classic-author'><div class='post-count'>40 bài viết"
        "</div></td><td class='classic-message'><div class='message-text'>Cảm ơn các bác đã góp"
        f" ý, em làm thêm van xả rồi.{signature}</div></td></tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Hà Văn Toàn", ["Hà Văn Toàn"])


def test_an_edit_label_with_its_colon_under_the_creation_is_the_update() -> None:
    """A note app's info line prints `Tạo: 02/12/2026, 9:10 AM` and `Sửa: 04/12/2026, 4:25 PM`:
    the creation is the publish time, the edit (`Sửa:` with its colon) the update."""
    meta = (
        "<div class='note-info'><span>Tạo: 02/12/2026, 9:10 AM</span> "
        "<span>Sửa: 04/12/2026, 4:25 PM</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T09:10:00+07:00",
        "2026-12-04T16:25:00+07:00",
    )
