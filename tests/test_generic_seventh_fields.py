"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the seventh holdout set's families (vBulletin, Moodle, Haravan, a Party portal, a trade
union's WebForms site, a police portal, a hospital, a bilingual paper, Vue SSR, Squarespace, a
chaptered longform, Concrete CMS)."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.extract import extract
from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-06-02T00:00:00+07:00")
URL = "https://tin.example.vn/xa-hoi/bai-viet-4821.html"
TITLE = "Xã vùng cao khánh thành cây cầu treo mới"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 30/5, người dân ba bản cùng chính quyền xã dự lễ khánh thành cây cầu treo mới."
SECOND = "Cây cầu dài 80 mét, rộng 1,5 mét, thay cho chiếc cầu tre cũ thường bị lũ cuốn trôi."
THIRD = "Trước đây học sinh phải lội suối đến trường vào mùa mưa, nay đã có đường đi an toàn."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_header_classed_block_inside_main_heads_the_article() -> None:
    site = (
        "<header class='header'><a href='/'>Trang chủ</a> <span>Thứ Hai, 02/06/2025</span></header>"
    )
    post = (
        "<div role='main'><div class='post'><div class='row header'>"
        f"<h3 class='subject'>{TITLE}</h3><div class='author'>bởi Lê Hoa - 31/05/2025 08:10</div>"
        f"</div>{TEXT}</div></div>"
    )
    record = extract_record(html(site + post), URL, NOW)
    assert record["published_at"] == "2025-05-31T08:10:00+07:00"


def test_a_name_before_the_weekday_is_no_label_of_the_publish_line() -> None:
    meta = "<div class='info'>bởi Đỗ Lan - Thứ Sáu, 30 Tháng Năm 2025, 4:20 PM</div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "Thứ Sáu, 30 Tháng Năm 2025, 4:20 PM",
        "2025-05-30T16:20:00+07:00",
    )


def test_a_spelled_weekday_opens_the_date_of_a_long_details_line() -> None:
    meta = (
        "<ul class='post-meta'><li>Tác giả bài: <b>Phạm Thị Thanh Hương</b></li>"
        "<li><span>Chủ nhật, 01/06/2025</span></li></ul>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["published_raw"] == "Chủ nhật, 01/06/2025"


def test_an_author_box_printing_the_time_after_the_name_gives_the_name() -> None:
    meta = "<div class='author'>bởi <a href='/user/9'>Lò Văn Sơn</a> - 31/05/2025, 10:05</div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Lò Văn Sơn", ["Lò Văn Sơn"])


def test_a_người_viết_item_of_the_posts_details_is_the_byline() -> None:
    meta = "<ul class='info'><li>Người viết: <strong>Hà Thu</strong></li><li>3 bình luận</li></ul>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["authors"] == ["Hà Thu"]


@pytest.mark.parametrize(
    "office", ["BAN GIÁM HIỆU", "Ban Chỉ huy Quân sự huyện", "Đảng ủy xã Nà Tấu", "Bệnh viện huyện"]
)
def test_an_office_signing_under_the_text_is_no_author(office: str) -> None:
    meta = "<div class='author'>bởi Quàng Thị Mai</div>"
    signed = f"<p style='text-align:right'><strong>{office}</strong></p>"
    text = TEXT.replace("</div>", f"{signed}</div>")
    record = extract_record(html(HEADLINE + meta + text), URL, NOW)
    assert record["authors"] == ["Quàng Thị Mai"]


@pytest.mark.parametrize(
    ("printed", "count"),
    [("1,5 nghìn lượt xem", 1500), ("2 ngàn lượt xem", 2000), ("Lượt xem: 1,2 triệu", 1_200_000)],
)
def test_a_count_rounded_in_words_is_read_as_the_number_it_denotes(
    printed: str, count: int
) -> None:
    meta = f"<div class='meta'><span>31/05/2025 08:10</span> <span>{printed}</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (count, printed)


def test_a_count_in_the_block_of_the_breadcrumb_and_headline_is_the_articles() -> None:
    head = (
        "<div class='page-head'><ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/kinh-te-xa-hoi'>Kinh tế - Xã hội và Môi trường</a></li></ol>"
        f"{HEADLINE}<div class='views'><span>Lượt xem:</span> 318</div></div>"
    )
    record = extract_record(html(head + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (318, "Lượt xem: 318")


PHOTO = "https://tin.example.vn/uploads/2025/05/31/cau-treo-moi.jpg"
FIGURE = f"<figure><img src='{PHOTO}' width='800'><figcaption>Cầu treo mới.</figcaption></figure>"


def pictures(body: str) -> list[tuple[str, str | None]]:
    result = extract(html(body), URL, fetched_at=NOW)
    return [(image.url, image.caption) for image in result.images]


def test_a_picture_classed_as_an_avatar_beside_the_headline_is_no_cover() -> None:
    head = (
        f"<div class='article-head'>{HEADLINE}<div class='poster'>"
        "<img class='post_avatar' src='/image.php?u=12&type=thumb'> Đăng bởi Lan</div></div>"
    )
    text = TEXT.replace("</div>", f"{FIGURE}</div>")
    assert pictures(f"<div class='post'>{head}{text}</div>") == [(PHOTO, "Cầu treo mới.")]


@pytest.mark.parametrize(
    "design",
    [
        "/wp-content/themes/tin/images/app-badge.png",
        "/App_Themes/Default/images/hotline.jpg",
        "/Portals/0/skins/tinh2024/images/dau-trang.png",
        "/assets/dau-ket-bai.svg",
    ],
)
def test_a_picture_of_the_sites_design_inside_the_text_is_no_picture(design: str) -> None:
    text = TEXT.replace("</p><p>", f"</p>{FIGURE}<p><img src='{design}'></p><p>", 1)
    assert pictures(HEADLINE + text) == [(PHOTO, "Cầu treo mới.")]


def test_a_cards_picture_in_a_link_with_its_name_is_no_picture() -> None:
    card = (
        "<div class='product-card'><a href='/san-pham/mat-ong-rung'>"
        "<img src='/uploads/products/mat-ong.jpg'><span>Mật ong rừng 500ml</span>"
        "<span>250.000₫</span></a></div>"
    )
    enlarged = f"<p><a href='{PHOTO}'><img src='{PHOTO}'></a></p>"
    text = TEXT.replace("</p><p>", f"</p>{enlarged}{card}<p>", 1)
    assert pictures(HEADLINE + text) == [(PHOTO, None)]


def test_a_cover_block_right_above_the_headlines_block_gives_the_cover() -> None:
    cover = "<div class='story-cover'><img src='/longform/2025/cau-treo/bia.jpg' alt=''></div>"
    head = f"<div class='story-head'>{HEADLINE}</div>"
    bar = "<div class='top'><img src='/uploads/2025/quang-cao.jpg'></div>"
    assert pictures(bar + cover + head + TEXT) == [
        ("https://tin.example.vn/longform/2025/cau-treo/bia.jpg", None)
    ]


def test_the_lone_link_of_a_box_classed_categories_is_the_section() -> None:
    meta = (
        "<div class='meta'><span class='post-author'>Lan Anh</span> "
        "<span class='post-categories'><a href='/blog?category=Dan+sinh'>Dân sinh</a></span></div>"
    )
    article = f"<article class='entry'>{meta}{HEADLINE}{TEXT}</article>"
    assert extract_record(html(article), URL, NOW)["category"] == "Dân sinh"


def test_a_src_giving_the_lazy_files_own_size_is_the_address_loaded() -> None:
    sized = (
        f"<figure><img data-src='{PHOTO}' src='{PHOTO}?format=1500w'>"
        "<figcaption>Cầu treo mới.</figcaption></figure>"
    )
    preview = "https://tin.example.vn/uploads/2025/05/31/nguoi-dan-qua-cau.jpg"
    lazy = (
        f"<p><img data-src='{preview}' src='/uploads/2025/05/31/nguoi-dan-qua-cau-20x12.jpg'></p>"
    )
    text = TEXT.replace("</p><p>", f"</p>{sized}{lazy}<p>", 1)
    assert pictures(HEADLINE + text) == [
        (f"{PHOTO}?format=1500w", "Cầu treo mới."),
        (preview, None),
    ]
