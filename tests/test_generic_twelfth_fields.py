"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the twelfth holdout set's families (a ward's bulletin on Blogger, a national paper with a
correction, a magazine's paginated article, a radio podcast, a youth paper with a quiz, a
provincial paper republishing an article, a radio-TV station on Next.js, a trade-union paper's
photo story)."""

from __future__ import annotations

import json
from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://tinlangque.example.vn/xa-hoi/mua-gat-lua-mua-tren-canh-dong-4417.html"
TITLE = "Nông dân ven sông tất bật gặt lúa mùa trước đợt mưa lớn"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ tờ mờ sáng, các tổ máy gặt đã nối đuôi nhau xuống những thửa ruộng sát bờ đê."
SECOND = "Hợp tác xã huy động thêm xe vận chuyển để đưa lúa về sân phơi ngay trong ngày."
THIRD = "Đến chiều, phần lớn diện tích lúa chín ở vùng trũng đã được thu hoạch xong."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


MENU = (
    "<nav class='menu'><a href='/'>Trang chủ</a><a href='/thoi-su'>Thời sự</a>"
    "<a href='/xa-hoi'>Xã hội</a><a href='/kinh-te'>Kinh tế</a></nav>"
)


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_count_in_an_element_its_class_names_views_followed_by_luot_is_the_views() -> None:
    meta = (
        "<div class='meta'><a href='/tac-gia/minh-an'>Minh An</a>"
        "<span class='time'>21/11/2025 · 09:10</span>"
        "<span class='post__views'>2.416 lượt</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (2416, "2.416 lượt")


def test_a_count_rounded_with_n_for_nghin_beside_an_eye_glyph_is_the_views() -> None:
    meta = "<div class='meta'><span>21/11/2025 09:10</span><span>👁 5,7N</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (5700, "👁 5,7N")


def test_the_exact_count_in_the_title_of_a_rounded_count_is_the_views() -> None:
    meta = (
        "<div class='meta'><span>21/11/2025 09:10</span><span class='views' title='3.264 lượt"
        " xem'><svg class='ic-eye' viewBox='0 0 24 24'><path d='M1 1h2'/></svg> 3,3K</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (3264, "3.264 lượt xem")


def test_the_day_after_the_source_a_republished_article_credits_names_nobody() -> None:
    closing = (
        "<p style='text-align:right'><strong>Ngọc Lan</strong></p>"
        "<p style='text-align:right'><em>Theo Báo Đại Đoàn Kết, ngày 18/11/2025</em></p>"
    )
    text = TEXT.replace("</div>", closing + "</div>")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Ngọc Lan", ["Ngọc Lan"])


def test_a_publish_line_with_its_month_in_roman_numerals_is_read_as_printed() -> None:
    head = "<meta property='article:published_time' content='2025-11-21T02:40:00Z'>"
    meta = "<div class='post-meta'><span class='when'>Thứ Sáu, 21/XI/2025 | 09:40</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert record["published_at"] == "2025-11-21T09:40:00+07:00"
    assert record["published_raw"] == "Thứ Sáu, 21/XI/2025 | 09:40"


def test_a_day_printed_alone_gives_way_to_a_publish_line_printing_that_day_with_its_time() -> None:
    header = "<h2 class='date-header'><span>Thứ Sáu, 21 tháng 11, 2025</span></h2>"
    footer = (
        "<div class='post-footer'><span class='post-author'>Đăng bởi Ban biên tập</span>"
        f" <span class='post-timestamp'>lúc <a class='timestamp-link' href='{URL}'>"
        "<abbr class='published' itemprop='datePublished' title='2025-11-21T07:50:00+07:00'>"
        "21.11.2025 07:50</abbr></a></span></div>"
    )
    post = (
        "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        f"{HEADLINE}{TEXT}{footer}</div>"
    )
    record = extract_record(html(header + post), URL, NOW)
    assert record["published_at"] == "2025-11-21T07:50:00+07:00"
    assert record["published_raw"] == "21.11.2025 07:50"


def test_a_trail_of_flat_section_addresses_closing_at_the_page_s_own_section_gives_it() -> None:
    trail = (
        "<ul class='top-links'><li><a href='/'>Trang chủ</a></li><li><a href='/kinh-te'>Kinh"
        " tế</a></li><li><a href='/xa-hoi'>Xã hội</a></li></ul>"
    )
    record = extract_record(html(MENU + trail + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Xã hội"


def test_a_menu_of_flat_section_addresses_not_closing_at_the_page_s_own_gives_no_section() -> None:
    record = extract_record(html(MENU + HEADLINE + TEXT), URL, NOW)
    assert record["category"] is None


def test_a_box_classed_as_tags_over_the_headline_is_its_kicker_not_its_tags() -> None:
    kicker = (
        "<div class='post-card-tags'><span class='primary-tag'>"
        "<a href='/tag/nong-nghiep/'>Nông nghiệp</a></span></div>"
    )
    tags = "<div class='post-tags'><a href='/tag/lua-mua/'>lúa mùa</a></div>"
    record = extract_record(html(f"<article>{kicker}{HEADLINE}{TEXT}{tags}</article>"), URL, NOW)
    assert record["tags"] == ["lúa mùa"]


def test_a_lone_tag_link_over_the_headline_gives_no_tags() -> None:
    kicker = "<div class='kicker'><a href='/tag/nong-nghiep/'>Nông nghiệp</a></div>"
    record = extract_record(html(f"<article>{kicker}{HEADLINE}{TEXT}</article>"), URL, NOW)
    assert record["tags"] == []


def test_a_correction_with_its_own_time_is_the_update_time() -> None:
    head = '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "dateModified":'
    head += ' "2025-11-21T10:00:00+07:00"}</script>'
    meta = "<div class='meta'><span class='time'>Thứ Sáu, 21/11/2025 · 07:30</span></div>"
    note = (
        "<div class='note'><p><strong>Đính chính</strong> <em>(16:45 ngày 21/11/2025)</em>: Bài"
        " viết trước đó ghi sai diện tích lúa đã gặt; số đúng là 120 ha.</p></div>"
    )
    text = TEXT.replace("</div>", note + "</div>")
    record = extract_record(html(HEADLINE + meta + text, head), URL, NOW)
    assert record["published_at"] == "2025-11-21T07:30:00+07:00"
    assert record["modified_at"] == "2025-11-21T16:45:00+07:00"


def test_a_name_opening_the_publish_line_in_an_element_of_its_own_is_the_byline() -> None:
    meta = (
        "<div class='post-meta'><span class='by'>Trần Thu Trang</span>"
        "<span class='aff'>Viện Khoa học Nông nghiệp</span>"
        "<span class='when'>Thứ Sáu, 21/11/2025 | 10:15</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Trần Thu Trang", ["Trần Thu Trang"])


def test_a_section_opening_the_publish_line_is_no_byline() -> None:
    meta = (
        "<div class='post-meta'><span class='cat'>Nông nghiệp</span>"
        "<span class='when'>Thứ Sáu, 21/11/2025 | 10:15</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_page_built_from_its_data_takes_its_writers_section_and_tags_from_the_data() -> None:
    article = {
        "title": TITLE,
        "publishedAt": "2025-11-21T09:40:00+07:00",
        "category": {"name": "Xã hội", "slug": "xa-hoi"},
        "authors": [
            {"name": "Ngọc Hân", "role": "Phóng viên"},
            {"name": "Văn Tú", "role": "Quay phim"},
        ],
        "tags": [{"name": "lúa mùa"}, {"name": "thu hoạch"}],
        "contentHtml": f"<p>{FIRST} {SECOND}</p><p>{THIRD} {FIRST}</p><p>{SECOND} {THIRD}</p>",
        "related": [{"title": "Giá lúa tăng nhẹ", "category": {"name": "Kinh tế"}, "tags": []}],
    }
    data = json.dumps({"props": {"pageProps": {"article": article}}}, ensure_ascii=False)
    head = f"<meta property='og:title' content='{TITLE}'>"
    body = (
        "<div id='__next'><header>THTV</header><div class='skeleton'></div>"
        "<p>Đang tải nội dung...</p></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{data}</script>"
    )
    record = extract_record(html(body, head), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Ngọc Hân", ["Ngọc Hân"])
    assert record["category"] == "Xã hội"
    assert record["tags"] == ["lúa mùa", "thu hoạch"]


def _gallery(after: str = "") -> str:
    items = "".join(
        f"<div class='gallery__item'><div class='gallery__index'>{i}/2</div>"
        f"<img src='https://img.example.vn/2025/11/21/gat-lua-{i}.jpg' alt='Gặt lúa {i}'>"
        f"<div class='gallery__caption'><p>{caption}</p></div>{after}</div>"
        for i, caption in ((1, FIRST), (2, THIRD))
    )
    return f"<div class='gallery'>{items}</div>"


def test_a_gallery_of_captioned_pictures_right_after_the_text_is_the_article_s() -> None:
    intro = f"<div class='intro'><p>{SECOND}</p><p>{THIRD} {FIRST}</p></div>"
    record = extract_record(html(f"<article>{HEADLINE}{intro}{_gallery()}</article>"), URL, NOW)
    assert record["images"] == [
        {"url": "https://img.example.vn/2025/11/21/gat-lua-1.jpg", "caption": FIRST},
        {"url": "https://img.example.vn/2025/11/21/gat-lua-2.jpg", "caption": THIRD},
    ]


def test_a_box_of_linked_items_after_the_text_gives_no_pictures() -> None:
    intro = f"<div class='intro'><p>{SECOND}</p><p>{THIRD} {FIRST}</p></div>"
    box = _gallery("<a href='/xa-hoi/bai-khac-4410.html'>Xem tiếp</a>")
    record = extract_record(html(f"<article>{HEADLINE}{intro}{box}</article>"), URL, NOW)
    assert record["images"] == []
