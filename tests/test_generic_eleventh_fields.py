"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the eleventh holdout set's families (a legal paper on WordPress, a travel magazine, a
merged province's party paper and radio-TV station, a culture weekly, an agricultural
e-magazine on Inertia, a youth paper's interview, a bank's newsroom on AEM)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://tinhoi.example.vn/doi-song/cho-phien-vung-cao-mua-dong-7731.html"
TITLE = "Chợ phiên vùng cao đông vui trong những ngày đầu đông"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ sáng sớm, người dân các bản đã gùi rau rừng, mật ong và vải thổ cẩm xuống chợ phiên."
SECOND = "Ban quản lý chợ bố trí thêm khu trưng bày nông sản để du khách dễ chọn mua làm quà."
THIRD = "Chợ họp đến quá trưa, khi những gánh hàng cuối cùng được dọn đi trong tiếng cười nói."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_publish_line_linked_to_the_article_itself_is_its_date_and_its_views_are_read() -> None:
    head = "<meta property='article:published_time' content='2025-12-02T01:15:00+00:00'>"
    meta = (
        f"<div class='post-meta'><div class='date'><a href='{URL}'><i class='ic-clock'></i>"
        " Thứ Ba, 02/12/2025 | 08:15 GMT+7</a></div>"
        "<div class='views'><i class='fa fa-eye'></i> 2.180 lượt xem</div></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert record["published_at"] == "2025-12-02T08:15:00+07:00"
    assert record["published_raw"] == "Thứ Ba, 02/12/2025 | 08:15 GMT+7"
    assert (record["views"], record["views_raw"]) == (2180, "2.180 lượt xem")


def test_a_date_linked_to_another_article_is_not_the_publish_line() -> None:
    head = "<meta property='article:published_time' content='2025-12-02T01:15:00+00:00'>"
    meta = (
        "<div class='post-meta'><div class='date'><a href='/doi-song/bai-khac-7702.html'>"
        "Thứ Hai, 01/12/2025 | 17:40 GMT+7</a></div></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert record["published_raw"] == "2025-12-02T01:15:00+00:00"


MENU = (
    "<nav class='menu'><a href='/'>Trang chủ</a><a href='/doi-song'>Đời sống</a>"
    "<a href='/du-lich'>Du lịch</a><a href='/kinh-te'>Kinh tế</a></nav>"
)


def test_a_trail_closing_with_a_crumb_without_a_link_gives_that_section() -> None:
    trail = (
        "<nav class='breadcrumbs'><a href='/'>Trang chủ</a> › <a href='/du-lich'>Du lịch</a>"
        " › <span>Tây Bắc</span></nav>"
    )
    record = extract_record(html(MENU + trail + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Tây Bắc"


def test_a_trail_closing_with_the_active_item_gives_that_section() -> None:
    trail = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức</a>"
        "</li><li class='active'>Đời sống</li></ul>"
    )
    record = extract_record(html(MENU + trail + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Đời sống"


def test_a_trail_closing_with_the_headline_without_a_link_gives_the_crumb_before() -> None:
    trail = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/doi-song'>Đời"
        f" sống</a></li><li>{TITLE}</li></ul>"
    )
    record = extract_record(html(MENU + trail + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Đời sống"


def test_a_row_of_links_to_tag_pages_gives_the_tags() -> None:
    row = (
        "<div class='mt-4 flex gap-2'><a href='/tag/cho-phien' class='rounded'>chợ phiên</a>"
        "<a href='/tag/tay-bac' class='rounded'>Tây Bắc</a></div>"
    )
    record = extract_record(html(HEADLINE + TEXT + row), URL, NOW)
    assert record["tags"] == ["chợ phiên", "Tây Bắc"]


def test_a_tag_page_linked_from_a_sentence_gives_no_tags() -> None:
    text = TEXT.replace(
        f"<p>{THIRD}</p>", f"<p>{THIRD} Xem thêm về <a href='/tag/cho-phien'>chợ phiên</a>.</p>"
    )
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert record["tags"] == []


def test_the_interviewer_before_thuc_hien_is_the_author() -> None:
    meta = "<div class='author-line'><span class='author'>LAN ANH thực hiện</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("LAN ANH", ["LAN ANH"])


def test_a_caption_after_the_link_around_a_featured_picture_is_its_caption() -> None:
    featured = (
        "<div class='featured'><a href='/uploads/cho-phien.jpg'><div class='thumb-wrap'>"
        "<img src='/uploads/cho-phien-750x450.jpg' width='750' height='450' alt='Chợ phiên'>"
        "</div></a><p class='wp-caption-text'>Gian hàng thổ cẩm ở chợ phiên. Ảnh: H.L</p></div>"
    )
    record = extract_record(html(HEADLINE + featured + TEXT), URL, NOW)
    assert record["images"] == [
        {
            "url": "https://tinhoi.example.vn/uploads/cho-phien-750x450.jpg",
            "caption": "Gian hàng thổ cẩm ở chợ phiên. Ảnh: H.L",
        }
    ]


def test_the_one_line_of_a_box_holding_only_the_picture_is_its_caption() -> None:
    picture = (
        "<div class='image'><div class='cmp-image'><img src='/content/dam/cho.jpg.transform/"
        "w1200/img.jpeg' class='cmp-image__image' alt='Chợ'><span class='cmp-image__title'>"
        "Du khách chọn mua mật ong rừng.</span></div></div>"
    )
    record = extract_record(html(HEADLINE + picture + TEXT), URL, NOW)
    assert record["images"] == [
        {
            "url": "https://tinhoi.example.vn/content/dam/cho.jpg.transform/w1200/img.jpeg",
            "caption": "Du khách chọn mua mật ong rừng.",
        }
    ]


def test_a_captioned_figure_of_the_text_classed_as_a_portrait_is_a_picture() -> None:
    figure = (
        "<figure class='avatar-obit'><img src='/anh/cu-ong.jpg' alt='Cụ ông' width='300'>"
        "<figcaption>Cụ Lò Văn Pành (1931 - 2025).</figcaption></figure>"
    )
    text = TEXT.replace("<div class='content'>", f"<div class='content'>{figure}")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert record["images"] == [
        {
            "url": "https://tinhoi.example.vn/anh/cu-ong.jpg",
            "caption": "Cụ Lò Văn Pành (1931 - 2025).",
        }
    ]


def test_a_picture_whose_alternative_text_says_advertisement_is_no_picture() -> None:
    ad = (
        "<div class='slot'><a href='https://qc.example.vn/c/12'><img"
        " src='https://qc.example.vn/banner-mat-ong.gif' alt='Quảng cáo'></a></div>"
    )
    text = TEXT.replace(f"<p>{THIRD}</p>", f"{ad}<p>{THIRD}</p>")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert record["images"] == []


def test_a_translator_after_a_photographer_is_an_author_beside_the_writer() -> None:
    credit = (
        "<div class='news-credit'>Bài: <b>Kim Min-ji</b> · Ảnh: <b>Vũ Hoàng</b>"
        " · Người dịch: <b>Trịnh Lan</b></div>"
    )
    head = "<meta name='author' content='Trịnh Lan'>"
    record = extract_record(html(HEADLINE + credit + TEXT, head), URL, NOW)
    assert (record["byline"], record["authors"]) == (
        "Kim Min-ji · Trịnh Lan",
        ["Kim Min-ji", "Trịnh Lan"],
    )


def test_a_reporter_s_line_closing_the_text_beside_a_camera_operator_gives_the_reporter() -> None:
    credit = "<p>Phóng viên: Lan Hương · Quay phim: Minh Đức</p>"
    text = TEXT.replace("</div>", f"{credit}</div>")
    record = extract_record(html(HEADLINE + text), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Lan Hương", ["Lan Hương"])
    assert "Quay phim" not in record["body"]


def test_an_author_line_by_the_headline_naming_more_than_the_author_links_wins() -> None:
    line = "<div class='info'><span class='detail-authors'>Lan Hương - Minh Đức</span></div>"
    box = (
        "<div class='author-box'><a href='/tac-gia/lan-huong'>Lan Hương</a>"
        "<span>Phóng viên</span></div>"
    )
    record = extract_record(html(HEADLINE + line + TEXT + box), URL, NOW)
    assert (record["byline"], record["authors"]) == (
        "Lan Hương - Minh Đức",
        ["Lan Hương", "Minh Đức"],
    )


def test_authors_the_metadata_lists_printed_each_in_a_block_are_joined_as_a_list() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "headline": '
        f'"{TITLE}", "author": [{{"@type": "Person", "name": "Lê Minh Khang"}}, '
        '{"@type": "Person", "name": "Phạm Thu Trang"}]}</script>'
    )
    blocks = (
        "<div class='row'><div class='col'><div class='avatar__name'><a href='https://git.example"
        ".org/khang'>Lê Minh Khang</a></div></div><div class='col'><div class='avatar__name'>"
        "<a href='https://git.example.org/trang'>Phạm Thu Trang</a></div></div></div>"
    )
    record = extract_record(html(HEADLINE + blocks + TEXT, ld), URL, NOW)
    assert (record["byline"], record["authors"]) == (
        "Lê Minh Khang, Phạm Thu Trang",
        ["Lê Minh Khang", "Phạm Thu Trang"],
    )
