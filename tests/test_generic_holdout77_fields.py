"""Rules the generic extractor learnt for dates, views and bylines from the seventy-seventh
holdout set's digital government, telecoms and cybersecurity pages on developer hubs, shop
blogs, social networks, communities, forums and help centres."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://chuyendoiso.example.vn/bai-viet/ba-xa-dat-muc-ho-so-truc-tuyen-toan-trinh"
TITLE = "Ba xã ở Tháp Mười đạt 70% hồ sơ trực tuyến toàn trình"
TEXT = (
    "Ba xã của huyện Tháp Mười đã tiếp nhận 2.418 hồ sơ trực tuyến toàn trình trong tháng 11.",
    "Tỷ lệ này đạt 70%, cao hơn mức trung bình của tỉnh 12 điểm phần trăm.",
    "Các xã sẽ bố trí thêm tổ công nghệ số cộng đồng tại 14 ấp trong tháng 12.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_eyes_among_a_row_of_reaction_buttons_are_no_views() -> None:
    """`<button>👍 23</button><button>👀 6</button>` under a changelog post: reactions a reader
    adds by clicking, the eyes one among them, not the readers the page had."""
    reactions = "<span class='post-reactions'><button>👍 23</button><button>👀 6</button></span>"
    record = ARTICLE.under_headline("<span>03/12/2026 09:15</span>", reactions)
    assert (record["views"], record["views_raw"]) == (None, None)


def test_nguoi_viet_without_its_colon_labels_the_writer() -> None:
    """A shop blog's author span prints `Người viết Ngô Thanh Tùng` with no colon: the label
    leaves the byline, the name stays."""
    meta = "<span class='article-author'>Người viết Ngô Thanh Tùng</span>"
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Ngô Thanh Tùng", ["Ngô Thanh Tùng"])


def test_a_source_of_figures_line_signs_nothing() -> None:
    """`Nguồn số liệu: Bộ Khoa học và Công nghệ` (the source of the figures) in italics after
    the text names where the numbers come from, not who wrote it: the profile link under the
    headline stays the byline."""
    meta = "<span class='author'>Lâm Quang Huy</span>"
    source = "<p style='text-align:right'><em>Nguồn số liệu: Bộ Khoa học và Công nghệ</em></p>"
    record = ARTICLE.under_headline(meta, source)
    assert (record["byline"], record["authors"]) == ("Lâm Quang Huy", ["Lâm Quang Huy"])


def test_a_day_linked_to_its_own_day_s_listing_is_the_page_s() -> None:
    """A gallery links the day a picture was posted to the list of that day's posts (`<a
    href="index.php?/posted-monthly-list-2026-12-02">Thứ tư 2 Tháng mười hai 2026</a>`): the
    page's own day, not another page's date."""
    field = (
        "<dl><dt>Ngày đăng</dt><dd><a href='index.php?/posted-monthly-list-2026-12-02'>"
        "Thứ tư 2 Tháng mười hai 2026</a></dd></dl>"
    )
    record = ARTICLE.under_headline(field)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Thứ tư 2 Tháng mười hai 2026",
    )


def test_the_posted_field_wins_over_the_created_one_beside_it() -> None:
    """A gallery's fields print when the photo was made (`Ngày tạo`) over when it was posted
    (`Ngày đăng`), each in a list of its own: the posted day is the article's."""
    fields = (
        "<dl><dt>Ngày tạo</dt><dd>Thứ ba 1 Tháng mười hai 2026</dd></dl>"
        "<dl><dt>Ngày đăng</dt><dd>Thứ tư 2 Tháng mười hai 2026</dd></dl>"
    )
    record = ARTICLE.under_headline(fields)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Thứ tư 2 Tháng mười hai 2026",
    )


def test_a_short_age_titled_with_the_date_reads_the_title() -> None:
    """A community app prints the post's age as `3d` (no word, no date) under a `title` holding
    `Friday, December 4, 2026 at 7:52 AM`: the time a reader sees on hovering is the publish
    time, not the later comment's `12h trước` under the text."""
    meta = (
        "<div class='post-time'><span title='Friday, December 4, 2026 at 7:52 AM'>3d</span></div>"
    )
    after = "<div class='post-actions'><span>Bình luận mới nhất 12h trước</span></div>"
    record = ARTICLE.under_headline(meta, after)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T07:52:00+07:00",
        "Friday, December 4, 2026 at 7:52 AM",
    )


def test_a_camel_cased_comments_list_is_no_byline() -> None:
    """The comments of a styled component's post sit in `styled__CommentsList-sc-…` and each
    commenter's name reuses the author's link class: they are the comments', not the post's
    writers."""
    link = "<a class='styled__UserNameText-sc-24o0l3-0' href='/@{0}'><span>{1}</span></a>"
    meta = link.format("vu-hai-yen", "Vũ Hải Yến") + "<span>04/12/2026 07:52</span>"
    comments = (
        "<div class='styled__CommentsList-sc-1c9f2b0-0'><div class='styled__CommentItem-sc-1'>"
        + link.format("le-thanh-khoa", "Lê Thành Khoa")
        + "<div><p>Bổ sung: file APK nặng 18 MB, ai thấy thì gỡ ngay nhé.</p></div></div></div>"
    )
    record = ARTICLE.under_headline(meta, comments)
    assert (record["authors"], record["body"].count("18 MB")) == (["Vũ Hải Yến"], 0)


def test_a_login_link_in_a_cell_classed_as_the_trail_is_no_section() -> None:
    """A forum prints its trail in one `breadcrumbs` cell and the login link with today's date
    in another beside it, nearer the headline: the login is an account's action, the trail's
    last forum the section."""
    trail = (
        "<table><tr><td class='breadcrumbs'><a href='/forum/'>Diễn đàn</a> » "
        f"<a href='/forum/forums/31/canh-bao-lua-dao'>Cảnh báo lừa đảo</a> » <span>{TITLE}</span>"
        "</td><td class='breadcrumbs'>Bạn chưa đăng nhập. <a href='/forum/login'>Đăng nhập</a>"
        "</td></tr></table>"
    )
    record = ARTICLE.record(trail + ARTICLE.between("<p>05/12/2026 08:41</p>"))
    assert record["category"] == "Cảnh báo lừa đảo"


def test_views_in_facts_beside_a_linked_day_and_tag_links() -> None:
    """A gallery's facts list the posted day linked to that day's list and the tags linked to
    their pages beside `<dt>Lượt xem</dt><dd>1386</dd>`: neither link titles another item, so
    the count is this page's."""
    facts = (
        "<div class='info'><dl><dt>Ngày đăng</dt><dd><a href='index.php?/posted-monthly-list-"
        "2026-12-02'>Thứ tư 2 Tháng mười hai 2026</a></dd></dl><dl><dt>Thẻ</dt><dd>"
        "<a href='index.php?/tags/58-thanh_toan_khong_tien_mat'>thanh toán không tiền mặt</a>"
        "</dd></dl><dl><dt>Lượt xem</dt><dd>1386</dd></dl></div>"
    )
    record = ARTICLE.under_headline("", facts)
    assert (record["views"], record["views_raw"]) == (1386, "1386")


def test_a_trail_s_unlinked_closing_name_over_the_headline_is_the_section() -> None:
    """A site builder prints the trail over the headline as one link, a slash and the section
    without a link (`<p><a href="/tin-tuc">Tin tức</a> / Sự kiện</p>`): the closing name is the
    article's section, inside the linked one."""
    trail = "<div><p><a href='/tin-tuc'>Tin tức</a> / Sự kiện</p></div>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div class='news'>{trail}<div><h1>{TITLE}</h1></div><p>30.11.2026</p>{text}</div>"
    assert ARTICLE.record(page)["category"] == "Sự kiện"


def test_a_description_closing_with_a_picture_s_file_name_is_no_lead() -> None:
    """A gallery describes a picture's page by its title and its file's name (`Mã QR ở chợ
    Phường 3 - loa-bao-tien-cho-phuong-3.jpg`): generated from the picture, no lead."""
    described = "Ba xã ở Tháp Mười đạt 70% hồ sơ trực tuyến - ho-so-truc-tuyen-thap-muoi.jpg"
    head = f"<meta name='description' content='{described}'>"
    record = ARTICLE.under_headline("<span>02/12/2026</span>", head=head)
    assert record["summary"] is None


def test_a_forum_thread_by_its_number_under_topics_is_no_tag() -> None:
    """A forum lists similar threads under the post, each linked as `/topics/<number>/<slug>`
    (UBB.threads): threads of talk, no tag pages, so the page has no tags."""
    similar = (
        "<table><tr><td>Chủ đề tương tự</td><td>Lượt xem</td></tr><tr><td>"
        "<a href='/forum/ubbthreads.php/topics/47990/tin-nhan-gia-vneid'>Tin nhắn giả VNeID</a>"
        "</td><td>5,902</td></tr></table>"
    )
    assert ARTICLE.under_headline("<span>05/12/2026 20:41</span>", similar)["tags"] == []
