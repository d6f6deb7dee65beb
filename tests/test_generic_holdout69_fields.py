"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories, tags
and pictures from the sixty-ninth holdout set's food-safety, consumer and recall pages on
photo-sharing servers, community forums, publishing platforms and documentation generators."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T09:00:00+07:00")
URL = "https://anh.ongheo.example.vn/p/lethu.chup/90412"
TITLE = "Sáng sớm ở chợ đầu mối, đội kiểm tra lấy mẫu 40 kg thịt heo"
TEXT = (
    "Khoảng 3 giờ sáng 5/12, đội kiểm tra liên ngành lấy mẫu thịt heo tại 12 sạp của chợ.",
    "Hai mẫu có dư lượng chất cấm vượt ngưỡng, 40 kg thịt của hai sạp bị tạm giữ.",
    "Tôi đứng chụp ở cổng chợ gần ba tiếng, lạnh nhưng thấy việc này cần có người ghi lại.",
)
ARTICLE = InventedArticle(URL, f"Lê Thu trên Ongheo: “{TITLE[:40]}...”", NOW, TEXT)
PHOTO = "https://anh.ongheo.example.vn/storage/m/90412/cho-dau-moi.jpg"


def _photo_post(caption: str, head: str = "", stamp: str = "") -> str:
    """A photo-sharing post: the photo in a column of its own, beside a column with the poster,
    the caption (its headline and text printed as the first comment of the thread, clamped by
    a `read-more` paragraph), the comments and the post's time."""
    stamp = stamp or (
        "<a class='small text-muted' href='/p/lethu.chup/90412' title='Dec 5, 2026, 7:20:15 AM'>"
        "2 ngày trước</a>"
    )
    return (
        "<main><div class='card status-card'><div class='row'>"
        f"<div class='col-md-8'><div class='photo'><img src='{PHOTO}' alt='Sạp thịt lúc 3 giờ "
        "sáng'></div></div><div class='col-md-4'>"
        "<div class='card-header'><div class='status-username'><a class='username-link' "
        "href='/lethu.chup'>Lê Thu</a> <span class='text-muted'>@lethu.chup</span></div></div>"
        f"<div class='card-body status-comments'><div class='status-comment'>{caption}"
        "<div class='comments'><p><a href='/minh.an'>minh.an</a> Ảnh đẹp quá. <a href='#' "
        "title='Dec 5, 2026, 9:02:00 AM'>1 ngày trước</a></p></div></div></div>"
        f"<div class='card-body'><span>12 lượt thích</span><div class='timestamp'>{stamp}</div>"
        "</div></div></div></div></main>"
    )


CAPTION = (
    f"<div class='comment-caption'><h1 class='status-title'>{TITLE}</h1><p class='read-more'>"
    + "<br><br>".join(TEXT)
    + "<br><br><a href='/discover/tags/attp'>#attp</a></p></div>"
)
SHARED = f"<meta property='og:image' content='{PHOTO}'>"


def test_a_photo_post_s_caption_printed_as_the_first_comment_is_the_article() -> None:
    """A photo-sharing post prints its caption as the first comment of its thread
    (`status-comments`, `comment-caption`), the headline the page's only `<h1>` and the text a
    paragraph clamped by a `read-more` toggle: the headline and the text are the article's."""
    record = ARTICLE.record(_photo_post(CAPTION), head=SHARED)
    assert (record["headline"], record["body"]) == (TITLE, "\n\n".join(TEXT))


def test_a_post_s_shared_picture_in_the_column_beside_its_text_is_its_picture() -> None:
    """The photo alone in a column right before the column holding the caption, and the page's
    `og:image`: the post's own picture, its alt text no caption."""
    record = ARTICLE.record(_photo_post(CAPTION), head=SHARED)
    assert record["images"] == [{"url": PHOTO, "caption": None}]


def test_a_display_name_beside_the_handle_is_the_poster() -> None:
    """`<a>Lê Thu</a> <span>@lethu.chup</span>` in the post's column, whose time is the publish
    time: the display name is the author, the handle no part of it."""
    record = ARTICLE.record(_photo_post(CAPTION), head=SHARED)
    assert (record["byline"], record["authors"]) == ("Lê Thu", ["Lê Thu"])


FORUM_URL = "https://hoidap.nguoimua.example.vn/-2207/mua-nham-sua-rua-mat-gia"
FORUM_TITLE = "Mua nhầm sữa rửa mặt giả trên sàn, được hoàn tiền sau 12 ngày"
FORUM = InventedArticle(FORUM_URL, f"{FORUM_TITLE} | Hỏi đáp người mua", NOW, TEXT)


def _forum_topic(ancestors: str) -> str:
    """A forum's topic: the topbar's list of the topic's ancestors, the title post, the first
    post's header (the poster's display name and handle, the time) and its text."""
    return (
        f"<div class='topbar'><a class='logo' href='/'>Hỏi đáp người mua</a></div>{ancestors}"
        f"<div class='page'><div class='post post-title'><h1>{FORUM_TITLE}</h1></div>"
        "<div class='post orig-post'><div class='post-head'><a class='post-by' href="
        "'/-/users/thanhha.tran'><span class='by-full'>Trần Thanh Hà</span> <span "
        "class='by-user'>@thanhha.tran</span></a> <time datetime='2026-12-03T02:10:00Z' "
        "title='Thứ Năm, 3 tháng 12, 2026 09:10'>4 ngày trước</time></div><div class='post-body'>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></div></div>"
    )


ANCESTORS = (
    "<div class='page-ancestors'><ol><li><a href='/latest/'>Trang chủ</a></li><li><a "
    "href='/latest/my-pham'>Mỹ phẩm</a></li></ol></div>"
)


def test_a_forum_topbar_s_list_of_ancestors_ends_with_the_category() -> None:
    """A forum's topbar lists the topic's ancestors (`<div class="esTopbar_ancestors"><ol><li>
    <a>Trang chủ</a></li><li><a>Mỹ phẩm</a></li></ol>`), no separator printed between them:
    a trail, the category its last item."""
    assert FORUM.record(_forum_topic(ANCESTORS))["category"] == "Mỹ phẩm"


def test_a_member_link_s_handle_after_the_display_name_is_no_part_of_it() -> None:
    """`<a href="/-/users/thanhha.tran"><span>Trần Thanh Hà</span> <span>@thanhha.tran</span>
    </a>` before the post's `<time>`: the poster is the display name."""
    record = FORUM.record(_forum_topic(ANCESTORS))
    assert (record["byline"], record["authors"]) == ("Trần Thanh Hà", ["Trần Thanh Hà"])
