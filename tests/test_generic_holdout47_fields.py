"""Rules the generic extractor learnt for bylines and categories from the forty-seventh holdout
set's notices and announcements (auctions, recruitment, tenders, public listings, obituaries,
water cuts, court summons, enrolment) on provincial papers' and public bodies' content
products."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/kinh-te/moi-thau-goi-thau-xl-05-7731.html"
TITLE = "Thông báo mời thầu gói thầu XL-05: Xây dựng nhà văn hóa xã"
TEXT = (
    "Ban Quản lý dự án khu vực mời các nhà thầu đủ năng lực tham gia đấu thầu rộng rãi trong nước.",
    "Hồ sơ mời thầu được phát hành trên Hệ thống mạng đấu thầu quốc gia từ 08 giờ ngày 07/12/2026.",
    "Thời điểm đóng thầu là 09 giờ 00 ngày 18/12/2026, mở thầu ngay sau khi đóng thầu.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_posting_account_names_nobody() -> None:
    """`Đăng bởi: bbt_kinhte` in the node's info line: a CMS account's login, one lower-case
    word joined by an underscore, posted the notice; it names no person (no byline)."""
    meta = (
        "<div class='node-info'><span class='author'>Đăng bởi: bbt_kinhte</span> | "
        "<span class='date'>Đăng lúc 10:20 ngày 03/12/2026</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_comment_count_in_the_post_s_author_and_date_box_is_no_name() -> None:
    """A blog module's `<div class="post_author_date">` holds the date and `3 bình luận` (a
    comment count), and the writer is labelled on the line under it (`Bài và ảnh: …`): a line
    opening with a count is no name, the labelled writer is the author."""
    meta = (
        "<div class='post_author_date'><span class='post_date'>04/12/2026 | 09:15 GMT+7</span> "
        "<span class='post_comments'><a href='#comments'>3 bình luận</a></span></div>"
        "<p class='post_author'>Bài và ảnh: <strong>Lê Thu Hằng</strong></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Lê Thu Hằng", ["Lê Thu Hằng"])


def test_a_trail_closing_with_the_headline_unlinked_gives_the_section_before_it() -> None:
    """`<nav class="crumbs">Trang chủ / Thông báo / Thông báo mời thầu / <span>the
    headline</span></nav>` over the article, its sections nested by address: the headline
    closing the trail is the page's own crumb, no words of the trail; the section is the crumb
    before it, not a sidebar's list of categories with their counts."""
    crumbs = (
        "<nav class='crumbs'><a href='/'>Trang chủ</a> / <a href='/thong-bao'>Thông báo</a> / "
        "<a href='/thong-bao/moi-thau'>Thông báo mời thầu</a> / "
        f"<span>{TITLE}</span></nav>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    sidebar = (
        "<aside><h2>Danh mục</h2><ul id='categories'><li><a href='/thong-bao/moi-thau'>"
        "Thông báo mời thầu (86)</a></li><li><a href='/thong-bao/dau-gia'>Đấu giá (142)</a>"
        "</li></ul></aside>"
    )
    page = f"{crumbs}<article><h1>{TITLE}</h1><div class='body'>{text}</div></article>{sidebar}"
    assert ARTICLE.record(page)["category"] == "Thông báo mời thầu"
