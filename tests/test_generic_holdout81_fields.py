"""Rules the generic extractor learnt for dates, views, bylines, headlines, leads, categories,
tags and pictures from the eighty-first holdout set's forestry pages on help centres, wikis,
video portals, intranets and galleries."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle
from tests.test_generic_holdout81_bodies import newsletter

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://kiemlam.example.vn/kb/article.php?id=88"
TITLE = "Cấp dự báo cháy rừng tuần đầu tháng 12"
TEXT = (
    "Ba xã vùng cao đang ở cấp IV, nguy cơ cháy rừng cao, trên diện tích 6.400 ha rừng thông.",
    "Các tổ đội trực 24/24 giờ tại 42 chòi canh, mỗi chòi 2 người theo ca 12 giờ.",
    "Người dân không đốt thực bì trong rừng và ven rừng đến hết tháng 4/2027.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _help_article(rows: str) -> dict:
    """A help centre's article with its info panel in the sidebar beside the text: a table of
    label cells and value cells, `rows`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    main = f"<div class='col-md-8'><h1>{TITLE}</h1><div class='kb-content'>{text}</div></div>"
    panel = (
        "<aside class='col-md-4'><div class='panel article-info'>"
        f"<div class='panel-heading'>Thông tin bài viết</div><table>{rows}</table></div>"
        "<div class='panel related'><div class='panel-heading'>Bài viết liên quan</div><ul>"
        "<li><a href='/kb/article.php?id=12'>Thủ tục khai thác gỗ rừng trồng</a>"
        " <span>4.870 lượt xem</span></li></ul></div></aside>"
    )
    return ARTICLE.record(f"<div class='row'>{main}{panel}</div>")


PANEL = (
    "<tr><td>Tác giả:</td><td>Phòng Bảo tồn thiên nhiên</td></tr>"
    "<tr><td>Ngày tạo:</td><td>28/11/2026 09:40</td></tr>"
    "<tr><td>Cập nhật lần cuối:</td><td class='date-updated'>03/12/2026 15:05</td></tr>"
    "<tr><td>Lượt xem:</td><td>1.532</td></tr>"
)


def test_an_info_panel_s_creation_row_makes_its_views_the_article_s() -> None:
    """A help centre's info panel in the sidebar, a table whose row labelled `Ngày tạo:` holds
    the article's creation: the panel is the column of the article's facts, its `Lượt xem:`
    row the article's views (the related list's counts are other articles')."""
    record = _help_article(PANEL)
    assert (record["views"], record["views_raw"]) == (1532, "1.532")


def test_an_info_panel_s_update_cell_is_the_article_s_update() -> None:
    """The same panel's update cell, classed so, is the article's last change."""
    record = _help_article(PANEL)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-11-28T09:40:00+07:00",
        "2026-12-03T15:05:00+07:00",
    )


def test_an_info_panel_s_author_row_is_the_byline() -> None:
    """The same panel's `Tác giả:` row names the article's writer (here a department)."""
    record = _help_article(PANEL)
    assert record["byline"] == "Phòng Bảo tồn thiên nhiên"


def test_a_wiki_footer_s_last_edit_with_its_colon_and_clock_is_the_only_date() -> None:
    """A wiki's footer `Sửa lần cuối: 03.12.2026 10:22` before `bởi <account>` and the owner's
    link, the page printing no other date: the page's last edit, its only date."""
    wiki = InventedArticle("https://xa.example.vn/BaoVeRung/ToTuanTra", TITLE, NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    footer = (
        "<footer><nav class='footer'><ul><li><a href='/x/revisions'>Lịch sử</a></li></ul>"
        "<div class='page-info'><span class='edit-info'>Sửa lần cuối: 03.12.2026 10:22</span>"
        " bởi <a href='/NguoiDung/LeHoa'>LeHoa</a> · Lượt sửa: 7</div></nav></footer>"
    )
    record = wiki.record(f"<main><h1>{TITLE}</h1><div class='page'>{text}</div></main>{footer}")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T10:22:00+07:00",
        "Sửa lần cuối: 03.12.2026 10:22",
    )


def test_an_author_link_before_the_time_is_no_field_label() -> None:
    """An intranet's meta line: the author's link, then a `<time>` printing `Đăng lúc 10:15
    ngày 02/12/2026` at the instant of its `datetime`. The link names a person (`Lê Thị Hà`
    folds to the words of an exam's day), no field the time is the value of: the line is the
    publish line, as printed."""
    meta = (
        "<div class='meta'><a class='author' href='/people/113'>Lê Thị Hà</a> "
        "<time datetime='2026-12-02T03:15:00Z'>Đăng lúc 10:15 ngày 02/12/2026</time> "
        "<span class='updated'>Cập nhật 03/12/2026 08:40</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T10:15:00+07:00",
        "Đăng lúc 10:15 ngày 02/12/2026",
    )


def test_a_channel_chip_over_the_headline_is_read_without_its_label() -> None:
    """An intranet's channel chip linking the channel's page over the headline, its label
    before the name (`Kênh: Sản xuất – Lâm sinh`): the section is the name."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = ARTICLE.record(
        "<article><a class='chip' href='/news/channel/14'>Kênh: Sản xuất – Lâm sinh</a>"
        f"<h1>{TITLE}</h1><div class='body'>{text}</div></article>"
    )
    assert record["category"] == "Sản xuất – Lâm sinh"


def _video_page(after_text: str, closing: str = "") -> dict:
    """A video portal's page: the title's banner holding the `<h1>`, the views and the like
    buttons, the uploader's banner with an avatar, then the description (its last line
    `closing`) and `after_text`."""
    video = InventedArticle("https://video.example.vn/view?m=Xk29aQ7pL", TITLE, NOW)
    text = "".join(f"<p>{p}</p>" for p in TEXT) + closing
    return video.record(
        "<div class='viewer-info'><div class='media-title-banner'>"
        f"<h1 class='media-title'>{TITLE}</h1>"
        "<div class='media-views-actions'><div class='media-views'>1.204 lượt xem</div>"
        "<div class='like'><button>thumb_up<span>56</span></button></div></div></div>"
        "<div class='media-author-banner'><div><a class='author-banner-thumb' href='/user/ltv/'>"
        "<img src='/media/userlogos/ltv.jpg' alt='ltv'></a></div>"
        "<div class='author-banner-name'><a href='/user/ltv/'>ltv</a></div></div>"
        f"<div class='media-content-banner'><div class='media-content-description'>{text}</div>"
        f"{after_text}</div></div>"
    )


def test_a_title_banner_beside_an_uploader_s_avatar_is_no_site_banner() -> None:
    """The `<h1>` in a block classed `media-title-banner`, an avatar in the uploader's
    `author-banner` a few blocks off: an item's banners, not the site's logo block, so the
    `<h1>` is no site name and is the headline alone (not the banner with its counts)."""
    assert _video_page("")["headline"] == TITLE


def test_a_content_banner_s_closing_credit_is_no_site_name() -> None:
    """The description's block classed `media-content-banner`, an avatar a few blocks off: the
    item's banner, so its closing credit is no line the site's logo prints beside it, and the
    reporter it names signs the text (not the site signing in other words)."""
    record = _video_page("", "<p>Phóng viên: Hoàng Anh Tuấn. Quay phim: Lê Văn Minh.</p>")
    assert (record["byline"], record["authors"]) == ("Hoàng Anh Tuấn", ["Hoàng Anh Tuấn"])


def test_a_field_label_alone_in_its_block_opens_the_links_block_after_it() -> None:
    """A video portal's fields: `<div class="field-label"><h4>Danh mục</h4></div>` then a
    block of one link, and the same for `Thẻ` with three links: the section and the tags."""

    def field(label: str, links: list[str]) -> str:
        linked = "".join(f"<a href='/search?t={i}'>{name}</a>" for i, name in enumerate(links))
        return (
            f"<div class='media-content-field'><div class='media-content-field-label'>"
            f"<h4>{label}</h4></div><div class='media-content-field-content'>{linked}</div></div>"
        )

    record = _video_page(
        field("Danh mục", ["Thời sự"]) + field("Thẻ", ["cháy rừng", "Lâm Đồng", "kiểm lâm"])
    )
    assert (record["category"], record["tags"]) == (
        "Thời sự",
        ["cháy rừng", "Lâm Đồng", "kiểm lâm"],
    )


def test_a_shop_posting_its_blog_under_its_logo_s_name_signs_nothing() -> None:
    """A shop's blog prints `Đăng bởi Gỗ An Phú` under the headline, the name its logo's
    `alt` gives: the shop posting, no person, so no byline."""
    shop = InventedArticle("https://goanphu.example.com/blogs/tin-tuc/gia-go-keo", TITLE, NOW)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = shop.record(
        "<header><a href='/'><img src='/logo.png' alt='Gỗ An Phú'></a></header>"
        f"<article class='blog-article'><h1 class='article__title'>{TITLE}</h1>"
        "<div class='article__meta'><span class='article__date'>03 Tháng 12, 2026</span> "
        "<span class='article__author'>Đăng bởi Gỗ An Phú</span></div>"
        f"<div class='rte'>{text}</div></article>"
    )
    assert (record["byline"], record["authors"]) == (None, [])


def test_an_album_s_thumbs_with_taken_times_and_buy_links_are_its_pictures() -> None:
    """A gallery's thumbnails after its description and a row of share links leading nowhere:
    each thumb linked alone to the photo's page, its caption beside it, then the photo's
    `Ngày chụp:` taken time and `Mua ảnh`, `Lưu` links to `#` (a script's buttons): the
    album's pictures, the captions theirs, the taken times and controls no part of them."""
    album = InventedArticle("https://anh.example.vn/gallery/U-Minh/G0001", TITLE, NOW)
    text = "".join(f"<p>{p}</p>" for p in TEXT)

    def thumb(n: int, caption: str, taken: str) -> str:
        return (
            f"<div class='thumb'><a href='/gallery-image/U-Minh/G0001/I000{n}'>"
            f"<img src='https://anh.example.vn/img/I000{n}/fit=1000x750/anh-{n}.jpg' alt=''></a>"
            f"<div class='thumb-caption'>{caption}</div>"
            f"<div class='thumb-exif'>Ngày chụp: {taken}</div>"
            "<div class='thumb-actions'><a href='#' class='add-to-cart'>Mua ảnh</a> "
            "<a href='#' class='add-to-lightbox'>Lưu</a></div></div>"
        )

    record = album.record(
        f"<section class='gallery-header'><h1>{TITLE}</h1>"
        f"<div class='gallery-description'>{text}</div>"
        "<div class='gallery-actions'><a href='#'>Trình chiếu</a> <a href='#'>Chia sẻ</a></div>"
        "</section><section class='thumbs'>"
        + thumb(1, "Kiểm lâm đo mực nước kênh sáng 29/11.", "29/11/2026 06:42")
        + thumb(2, "Chòi canh lửa số 9 ở tiểu khu 12.", "29/11/2026 16:08")
        + "</section>"
    )
    assert record["images"] == [
        {
            "url": "https://anh.example.vn/img/I0001/fit=1000x750/anh-1.jpg",
            "caption": "Kiểm lâm đo mực nước kênh sáng 29/11.",
        },
        {
            "url": "https://anh.example.vn/img/I0002/fit=1000x750/anh-2.jpg",
            "caption": "Chòi canh lửa số 9 ở tiểu khu 12.",
        },
    ]


def test_a_right_aligned_cell_in_italics_under_a_newsletter_s_text_signs_it() -> None:
    """A newsletter's web version closes its text with a layout cell aligned right holding one
    line in italics, a board's name: the desk signing, the byline with no authors."""
    closing = (
        "<tr><td style='font-size:14px' align='right'>"
        "<em>Ban quản lý Nhóm chứng chỉ rừng Cam Lộ</em></td></tr>"
    )
    record = newsletter("", closing)
    assert (record["byline"], record["authors"]) == ("Ban quản lý Nhóm chứng chỉ rừng Cam Lộ", [])
    assert "Ban quản lý" not in record["body"]
