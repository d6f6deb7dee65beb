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


WIKI_URL = "https://cloud.attp-q5.example.vn/apps/collectives/p/Xk29aB/Thanh-tra/Ket-qua/Dot-12"
WIKI_TITLE = "Kiểm tra nhanh phẩm màu trong bánh kẹo đợt đầu tháng 12"
WIKI = InventedArticle(WIKI_URL, f"{WIKI_TITLE} - Thanh tra - Collectives - Cloud", NOW, TEXT)


def test_an_emoji_opening_the_headline_in_an_element_of_its_own_is_no_part_of_it() -> None:
    """A wiki page's title prints the page's emoji in a span of its own (`<h1><span
    class="page-emoji">🍬</span> Kiểm tra …</h1>`): the page's icon, not a word of the
    headline."""
    page = (
        f"<main><h1 class='page-title'><span class='page-emoji'>🍬</span> {WIKI_TITLE}</h1>"
        "<div class='page-info'><span title='5/12/2026, 10:20:00'>2 ngày trước</span></div>"
        "<div class='ProseMirror'>" + "".join(f"<p>{p}</p>" for p in TEXT) + "</div></main>"
    )
    assert WIKI.record(page)["headline"] == WIKI_TITLE


KB_URL = "https://hotro.tongdai.example.vn/csm?id=kb_article_view&sysparm_article=KB0020311"
KB_TITLE = "Cách đổi trả hàng điện tử bị lỗi mua qua mạng"
KB = InventedArticle(KB_URL, f"KB0020311 - {KB_TITLE} - Cổng hỗ trợ", NOW, TEXT)


def test_an_author_box_s_label_for_screen_readers_is_no_part_of_the_name() -> None:
    """A service portal's meta line labels the author for screen readers alone (`<span
    class="kb-author"><span class="sr-only">Tác giả</span><a>Đặng Thu Hằng</a></span>`): the
    label, glued to the name in the page's text, is no word of it."""
    meta = (
        "<div class='kb-meta'><span>KB0020311</span> · <span class='kb-author'><span class="
        "'sr-only'>Tác giả</span><a href='/csm?id=user_profile&amp;sys_id=4f1a'>Đặng Thu Hằng"
        "</a></span> · <span title='2026-12-04 08:15:00'>3 ngày trước</span></div>"
    )
    record = KB.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Đặng Thu Hằng", ["Đặng Thu Hằng"])


DOCS_URL = "https://hiephoi-banhmi.example.vn/huong-dan/ghi-nhan/nhan-phu/"
DOCS_TITLE = "Dán nhãn phụ cho bánh kẹo nhập khẩu bán lẻ"
DOCS = InventedArticle(DOCS_URL, f"{DOCS_TITLE} | Hướng dẫn", NOW, TEXT)


def test_a_docs_author_block_over_the_date_names_a_trade_association_s_team() -> None:
    """A documentation generator's author block, its avatar, then the team's name over the
    day and the reading time (`<div>Nhóm Kỹ thuật – Hiệp hội Bánh mì Cần Thơ</div><div><span>
    2 tháng 12, 2026</span> · <span>3 phút đọc</span></div>`): the team signs the page, the
    byline with no person, a trade association (`Hiệp hội`) no one's name."""
    page = (
        "<div id='docs-content'><div class='docs-author'><img src='/anh/nhom.png' alt=''><div>"
        "<div class='font-medium'>Nhóm Kỹ thuật – Hiệp hội Bánh mì Cần Thơ</div><div><span>"
        "2 tháng 12, 2026</span> · <span>3 phút đọc</span></div></div></div><div class="
        f"'docs-markdown'><h1>{DOCS_TITLE}</h1>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></div>"
    )
    record = DOCS.record(page)
    assert (record["byline"], record["authors"]) == ("Nhóm Kỹ thuật – Hiệp hội Bánh mì Cần Thơ", [])


PUB_URL = "https://luattieudung.example.vn/pub/hang-loi-tra-lai/release/3"
PUB_TITLE = "Đổi trả hàng lỗi mua trực tuyến: người bán hay sàn chịu trách nhiệm"
PUB = InventedArticle(PUB_URL, f"{PUB_TITLE} · Luật tiêu dùng", NOW, TEXT)


def _pub_header(details: str) -> str:
    """A community publishing platform's pub: the collection over the title after its label,
    the title, the details row and the text."""
    return (
        "<div class='pub-header'><div class='top-row'><div class='collections-bar'><span class="
        "'collection-label'>Tuyển tập</span> <a class='collection-link' href='/hop-dong'>Hợp "
        "đồng điện tử</a></div><span class='release-badge'>Bản phát hành #3</span></div>"
        f"<h1 class='title'>{PUB_TITLE}</h1><div class='details-row'>{details}</div></div>"
        "<div class='pub-body'><div class='pub-document editor'>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></div>"
    )


RELEASES = (
    "<div class='published-on'><span class='label'>Published on</span> <span class='date'>"
    "Nov 27, 2026</span></div><div class='last-released'><span class='label'>Last released"
    "</span> <span class='date'>Dec 03, 2026</span></div>"
)


def test_a_collection_labelled_over_the_title_is_the_category() -> None:
    """`<span>Tuyển tập</span> <a>Hợp đồng điện tử</a>` over the pub's title, beside its
    release badge: the collection the pub is filed in, its section."""
    assert PUB.record(_pub_header(RELEASES))["category"] == "Hợp đồng điện tử"


def test_a_pub_s_last_release_is_its_update() -> None:
    """`Last released Dec 03, 2026` beside `Published on Nov 27, 2026`: a new release of the
    same pub, its update (a day at midnight)."""
    record = PUB.record(_pub_header(RELEASES))
    assert (record["published_at"], record["modified_at"]) == (
        "2026-11-27T00:00:00+07:00",
        "2026-12-03T00:00:00+07:00",
    )
