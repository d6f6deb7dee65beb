"""Rules the generic extractor learnt for dates and leads from the sixty-seventh holdout set's
market, price, banking and tax pages on documentation generators, podcast hosts, fediverse
servers, video hosts and shop blogs."""

from __future__ import annotations

from datetime import datetime

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
