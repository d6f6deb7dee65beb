"""Rules the generic extractor learnt for dates and leads from the sixty-seventh holdout set's
market, price, banking and tax pages on documentation generators, podcast hosts, fediverse
servers, video hosts and shop blogs."""

from __future__ import annotations

from datetime import datetime

from parsers.vietnamese.names import is_organisation
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
TEXT = (
    "Từ ngày 1/1/2027, hộ kinh doanh có doanh thu từ 1 tỷ đồng mỗi năm phải dùng hóa đơn điện tử.",
    "Trên địa bàn hiện có khoảng 4.300 hộ thuộc diện chuyển đổi, mới có 1.270 hộ đăng ký.",
    "Hộ đăng ký bằng mẫu trên cổng thông tin hóa đơn điện tử của cơ quan thuế trước cuối tháng.",
)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
ARTICLE = InventedArticle(
    "https://huongdan.thuehokinhdoanh.example.vn/ho-kinh-doanh/hoa-don/may-tinh-tien",
    "Hóa đơn từ máy tính tiền: hộ kinh doanh nào phải dùng từ năm 2027",
    NOW,
    TEXT,
)


def test_a_footer_update_line_that_is_the_only_day_takes_its_time_element_s_hour() -> None:
    """A documentation site prints its only day in the page's footer, `Cập nhật lần cuối vào
    <time datetime="2026-12-03T02:41:00.000Z">3 tháng 12, 2026</time>`: the publish time, the
    hour that element's own `datetime` gives (09:41 in Việt Nam), the machine string the raw."""
    footer = (
        "<footer><div class='footer-line'>Cập nhật lần cuối vào <time dateTime="
        "'2026-12-03T02:41:00.000Z'>3 tháng 12, 2026</time></div><span>© 2026 Đại lý thuế"
        "</span></footer>"
    )
    page = (
        f"<div class='layout'><main><article><h1>{ARTICLE.title}</h1>{PARAGRAPHS}</article>"
        f"</main>{footer}</div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-03T09:41:00+07:00",
        "2026-12-03T02:41:00.000Z",
        None,
    )


def test_an_english_weekday_opens_the_date_after_an_episode_s_number() -> None:
    """A podcast's line `S2 E48 · Thursday, December 3, 2026 · 27:14`: the weekday is part of
    the printed date, the episode's number before it is not."""
    meta = (
        "<div class='episode-meta'><span>S2 E48</span><span>·</span><span class='episode-date'>"
        "Thursday, December 3, 2026</span><span>·</span><span class='episode-duration'>27:14"
        "</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "Thursday, December 3, 2026",
    )


def test_a_summary_inside_a_link_to_another_page_is_that_page_s_teaser() -> None:
    """The account's other pages as preview cards, each one link (`<a class="pagePreview"
    href="…"><div class="title">…</div><div class="summary">…</div></a>`): their summaries are
    theirs, and the page's own description is the lead."""
    cards = (
        "<div class='other-pages'><a class='pagePreview' href='/ho-kinh-doanh/ke-khai-quy'>"
        "<div class='title'>Kê khai theo quý</div><div class='summary'>Những dòng cần kiểm tra"
        " trên tờ khai quý của hộ kinh doanh.</div></a></div>"
    )
    head = "<meta name='description' content='Ai phải dùng hóa đơn từ máy tính tiền, từ khi nào.'>"
    article = f"<article><h1>{ARTICLE.title}</h1><div class='content'>{PARAGRAPHS}</div></article>"
    record = ARTICLE.record(article + cards, head)
    assert record["summary"] == "Ai phải dùng hóa đơn từ máy tính tiền, từ khi nào."


def test_labelled_relative_times_side_by_side_are_the_publish_and_the_update() -> None:
    """A fediverse page's footer after the author's block: `Tạo lúc: <time title="14:05:22
    4/12/2026">2 ngày trước</time>` and `Cập nhật lúc: <time title="08:30:10 5/12/2026">1
    ngày trước</time>` (the vi-VN locale prints the time first): each label is a line with its
    own time, the second the update, printed beside the publish line."""
    footer = (
        "<div class='page-user'><a href='/@vangthanhtam'>Tiệm vàng Thanh Tâm</a></div>"
        "<div class='page-meta'><div class='created'>Tạo lúc: <time title='14:05:22 4/12/2026'>"
        "2 ngày trước</time></div><div class='updated'>Cập nhật lúc: <time title='08:30:10"
        " 5/12/2026'>1 ngày trước</time></div></div>"
    )
    page = (
        f"<main><div class='panel'><div class='page-main'><h1>{ARTICLE.title}</h1>"
        f"<div class='page-content'>{PARAGRAPHS}</div></div>{footer}</div></main>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T14:05:22+07:00",
        "14:05:22 4/12/2026",
        "2026-12-05T08:30:10+07:00",
    )


def test_a_description_holding_the_whole_text_is_no_lead() -> None:
    """A video page's description is its text, the crew's line closing it (`<div
    class="description" itemprop="description"><p>…</p>…<p>Thực hiện: …<br>Quay phim: …</p>
    </div>`): the text, not a lead over it."""
    crew = "<p>Thực hiện: Đinh Văn Khải<br>Quay phim: Lý Văn Tâm</p>"
    page = (
        f"<main><div class='clip-info'><h1>{ARTICLE.title}</h1><span>8.412 lượt xem</span></div>"
        f"<div class='clip-details'><div class='description' itemprop='description'>{PARAGRAPHS}"
        f"{crew}</div><div class='clip-tags'><a href='/tag:hoa-don' class='tag'>#hóa đơn</a>"
        "</div></div></main>"
    )
    record = ARTICLE.record(page)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_a_trail_s_unlinked_crumbs_end_with_the_page_after_its_folder() -> None:
    """A documentation site's trail `<a>Hộ kinh doanh</a> › Hóa đơn điện tử › Máy tính tiền
    từ 2027`, its separators icons, its last two crumbs without links: the last names the page
    (its menu title, not the headline), the folder before it is the category."""
    arrow = "<svg viewBox='0 0 24 24'><path d='M9 5l7 7-7 7'></path></svg>"
    trail = (
        "<div class='nextra-breadcrumb'><div title='Hộ kinh doanh'><a href='/ho-kinh-doanh'>"
        f"Hộ kinh doanh</a></div>{arrow}<div title='Hóa đơn điện tử'>Hóa đơn điện tử</div>"
        f"{arrow}<div title='Máy tính tiền từ 2027'>Máy tính tiền từ 2027</div></div>"
    )
    page = f"<main><article>{trail}<h1>{ARTICLE.title}</h1>{PARAGRAPHS}</article></main>"
    assert ARTICLE.record(page)["category"] == "Hóa đơn điện tử"


def test_a_picture_with_its_caption_opening_the_article_is_its_own() -> None:
    """An intranet's news article opens with its picture and the caption under it (`<div
    class="news-article__image"><img><div class="news-article__image-caption">…`), then the
    headline: the article's picture, with its caption."""
    caption = "Cán bộ tín dụng thẩm định ruộng lúa – tôm của một hộ vay ngày 26/11."
    picture = (
        "<div class='news-article__image'><img src='/anh/tham-dinh.jpg' alt=''>"
        f"<div class='news-article__image-caption'>{caption}</div></div>"
    )
    page = (
        f"<main><article class='news-article'>{picture}<h1>{ARTICLE.title}</h1>"
        f"<div class='news-article__content'>{PARAGRAPHS}</div></article></main>"
    )
    assert ARTICLE.record(page)["images"] == [ARTICLE.picture("tham-dinh", caption)]


def test_a_shop_s_profile_link_names_nobody() -> None:
    """A fediverse page's owner is a shop's account (`<a href="/@vangthanhtam">Tiệm vàng Thanh
    Tâm</a>`): a shop, no person, no byline."""
    owner = (
        "<div class='page-user'><a href='/@vangthanhtam'><span>Tiệm vàng Thanh Tâm</span></a></div>"
    )
    record = ARTICLE.under_headline("", after_text=owner)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_link_back_over_the_headline_is_no_author_link() -> None:
    """A group's post opens with a link back to the group's page, `← HTX Bình An`, an `/@`
    profile address like a member's: a way back, no credit; the post's `Đăng bởi` line names
    the group, an organisation, the byline with no person."""
    back = "<p class='buttons'><a class='tag' href='/@htxbinhan'>← HTX Bình An</a></p>"
    meta = (
        "<p class='metadata'><span>Đăng bởi <a href='/@htxbinhan'>Hợp tác xã Nông nghiệp Bình An"
        "</a></span></p>"
    )
    page = (
        f"<main><article><div class='heading'>{back}<h1>{ARTICLE.title}</h1>{meta}</div>"
        f"<section class='post-content'>{PARAGRAPHS}</section></article></main>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Hợp tác xã Nông nghiệp Bình An", [])


def test_a_show_s_art_named_as_the_title_names_the_show_is_no_picture_of_the_episode() -> None:
    """A podcast episode's page opens with the show's cover, its `alt` the show's name that the
    `<title>` prints after the episode's (`… | Giá nông sản Tây Nguyên`): the show's art on its
    every page, no picture of this episode."""
    show = "Giá nông sản Tây Nguyên"
    page = (
        f"<section class='episode-hero'><div class='episode-hero-image'><img src='/anh/cover.jpg'"
        f" alt='{show}'></div><div class='episode-hero-info'><h1>{ARTICLE.title}</h1></div>"
        f"</section><section class='episode-content'><div class='episode-notes'>{PARAGRAPHS}"
        "</div></section>"
    )
    podcast = InventedArticle(ARTICLE.url, f"{ARTICLE.title} | {show}", NOW, TEXT)
    record = podcast.record(page)
    assert (record["headline"], record["images"]) == (ARTICLE.title, [])


def test_a_category_labelled_thể_loại_after_a_dot_is_the_category() -> None:
    """A video page's line of facts `Giấy phép: Ghi công · Thể loại: <a>Báo chí</a>`: the
    labelled link is the category, the line's fields parted by the dot."""
    facts = (
        "<div class='clip-license'>Giấy phép: Ghi công – Không thương mại · Thể loại: <a"
        " href='/categories/journalism'>Báo chí</a></div>"
    )
    assert ARTICLE.under_headline("", after_text=facts)["category"] == "Báo chí"


def test_a_board_in_sentence_case_and_its_bank_sign_a_newsletter() -> None:
    """A bank's newsletter closes with its board and the bank after a dash, set right in bold
    (`Ban Kiểm soát rủi ro – Ngân hàng Đông Hải`): a body's name is written in sentence case, its
    field's first word capitalised and the rest not, where a person's words are each
    capitalised; a bank signs as a company does. The masthead over the issue's day (`BẢN TIN
    KHÁCH HÀNG`) names the bulletin, no writer."""
    masthead = (
        "<td align='right'><span style='font-weight:bold'>BẢN TIN KHÁCH HÀNG</span><br>"
        "<span>Thứ Sáu, ngày 4 tháng 12 năm 2026</span></td>"
    )
    signed = (
        "<p style='text-align:right'><strong>Ban Kiểm soát rủi ro – Ngân hàng Đông Hải</strong></p>"
    )
    page = (
        f"<table><tr>{masthead}</tr><tr><td><h1>{ARTICLE.title}</h1>{PARAGRAPHS}{signed}</td>"
        "</tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Ban Kiểm soát rủi ro – Ngân hàng Đông Hải",
        [],
        "\n\n".join(TEXT),
    )
    assert is_organisation("Ban Kiểm soát rủi ro")
    assert not is_organisation("Ban Mai Hoa")
