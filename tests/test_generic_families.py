"""Rules the generic extractor learnt from page families no fixture had (SharePoint, Liferay and
Blogger portals, Ghost, Joomla 1.5, Drupal 10, Elementor, page builders' lazy pictures)."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers import generic
from parsers.extract import extract
from parsers.page import Page
from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.names import clean_byline, is_organisation
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def page(body: str, head: str = "") -> Page:
    return Page(html(body, head), URL, NOW)


@pytest.mark.parametrize(
    ("line", "raw", "count"),
    [
        ("<span class='post-meta__views'>👁 12.504</span>", "👁 12.504", 12504),
        ("<span class='meta'>👁️ 1,204</span>", "👁️ 1,204", 1204),
    ],
)
def test_an_eye_glyph_before_a_number_is_a_view_count(line: str, raw: str, count: int) -> None:
    found = generic.views(page(f"{HEADLINE}<div class='post-meta'>{line}</div>{TEXT}"))
    assert (found, parse_count(found)) == (raw, count)


@pytest.mark.parametrize(
    ("printed", "display"),
    [
        ("Tác giả Hoàng Vân", "Hoàng Vân"),  # a field label beside the name, no colon
        ("Viết bởi Lê Thị Hoa", "Lê Thị Hoa"),  # Joomla
        ("Đăng bởi Trần Minh Khoa", "Trần Minh Khoa"),  # Blogger
    ],
)
def test_a_label_without_its_colon_is_no_part_of_the_byline(printed: str, display: str) -> None:
    assert clean_byline(printed).display == display


@pytest.mark.parametrize(
    "name", ["Phòng Thống kê Tổng hợp", "Văn phòng UBND tỉnh", "Cục Thống kê", "Administrator"]
)
def test_offices_and_cms_accounts_are_no_people(name: str) -> None:
    assert is_organisation(name)


def test_an_office_signing_the_text_leaves_the_byline_to_the_author_line() -> None:
    """Joomla 1.5: `Viết bởi` over the text, the office that compiled it under it."""
    body = (
        "<table class='contentpaneopen'><tr><td class='contentheading'>Nông dân thu hoạch vải "
        "sớm được giá</td></tr></table><table class='contentpaneopen'><tr><td><span "
        "class='small'>Viết bởi Lê Thị Hoa</span></td></tr><tr><td>"
        f"{TEXT}<p align='right'><em>Phòng Thống kê Tổng hợp</em></p></td></tr></table>"
    )
    head = (
        "<title>Nông dân thu hoạch vải sớm được giá</title>"
        "<meta name='author' content='Administrator'>"
    )
    record = extract_record(html(body, head), URL, NOW)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Lê Thị Hoa",
        ["Lê Thị Hoa"],
        f"{FIRST}\n\n{SECOND}",
    )
    assert extract(html(body, head), URL, fetched_at=NOW).byline_raw == "Viết bởi Lê Thị Hoa"


def test_the_lead_by_class_word_is_the_one_after_the_headline() -> None:
    """Drupal: a notice above the article in a body field (`text-with-summary`) and the lead in
    a `field-sapo` after the headline."""
    notice = (
        "<div class='field--type-text-with-summary'><p>Thông báo: từ ngày 01/7/2025 hai báo hợp "
        "nhất, trang này chỉ lưu trữ các bài viết cũ.</p></div>"
    )
    lead = "Những ngày giữa tháng 6, nhiều tàu cá cập cảng với khoang đầy cá cơm."
    body = f"{notice}{HEADLINE}<div class='field--name-field-sapo'>{lead}</div>{TEXT}"
    assert generic.summary(page(body)) == lead


def test_a_description_too_short_for_a_lead_is_none() -> None:
    assert (
        generic.summary(
            page(HEADLINE + TEXT, "<meta name='description' content='Thống kê Hưng Yên'>")
        )
        is None
    )


def test_a_description_cut_from_the_first_paragraph_is_no_lead() -> None:
    """Blogger describes a post with its first 150 characters and `...`: the post has no lead,
    and its first paragraph stays body."""
    cut = FIRST[:60].rstrip() + "..."
    record = extract_record(
        html(
            f"{HEADLINE}<div class='entry-content'>{TEXT}</div>",
            f"<meta name='description' content='{cut}'>",
        ),
        URL,
        NOW,
    )
    assert (record["summary"], record["body"]) == (None, f"{FIRST}\n\n{SECOND}")


def test_a_bold_opening_paragraph_is_the_lead_when_none_is_printed_apart() -> None:
    lead = (
        "Năm 2011, mặc dù chịu ảnh hưởng của lạm phát và lãi suất cao, kinh tế của tỉnh vẫn duy "
        "trì tốc độ tăng trưởng khá."
    )
    body = f"{HEADLINE}<div class='entry-content'><p><strong>{lead}</strong></p>{TEXT}</div>"
    record = extract_record(html(body), URL, NOW)
    assert (record["summary"], record["body"]) == (lead, f"{FIRST}\n\n{SECOND}")


def test_a_bold_section_heading_opening_the_text_is_no_lead() -> None:
    body = f"{HEADLINE}<div class='entry-content'><p><strong>Giá vải tăng</strong></p>{TEXT}</div>"
    record = extract_record(html(body), URL, NOW)
    assert (record["summary"], record["body"]) == (None, f"Giá vải tăng\n\n{FIRST}\n\n{SECOND}")


def test_paragraphs_typed_as_divs_in_a_known_body() -> None:
    """Blogger's post body: one `<div>` a line, `<div><br></div>` between them, no `<p>`."""
    lines = [FIRST * 2, SECOND * 2, FIRST]
    typed = "<div><br /></div>".join(f"<div style='text-align: justify;'>{t}</div>" for t in lines)
    body = (
        "<div class='header-widget'><h1><a href='/'>Khuyến nông Tân Phước</a></h1>"
        "<p>Tin tức, kỹ thuật sản xuất nông nghiệp của huyện Tân Phước</p></div>"
        f"<h3 class='post-title'>Nông dân thu hoạch vải sớm được giá</h3>"
        f"<div class='post-body entry-content'>{typed}</div>"
    )
    head = "<meta property='og:title' content='Nông dân thu hoạch vải sớm được giá'>"
    record = extract_record(html(body, head), URL, NOW)
    assert (record["headline"], record["body"]) == (
        "Nông dân thu hoạch vải sớm được giá",
        "\n\n".join(lines),
    )


def test_a_table_of_figures_in_the_text_is_body_a_row_a_line() -> None:
    figures = (
        "<table border='1'><tbody><tr><td><strong>Chỉ tiêu</strong></td><td><strong>Năm 2011"
        "</strong></td></tr><tr><td><p>Kim ngạch xuất khẩu (triệu USD)</p></td><td>1.052</td>"
        "</tr><tr><td>Sản lượng lương thực (nghìn tấn)</td><td>665,1</td></tr></tbody></table>"
    )
    body = f"{HEADLINE}<div class='entry-content'><p>{FIRST}</p>{figures}<p>{SECOND}</p></div>"
    assert extract_record(html(body), URL, NOW)["body"].split("\n\n") == [
        FIRST,
        "Chỉ tiêu | Năm 2011",
        "Kim ngạch xuất khẩu (triệu USD) | 1.052",
        "Sản lượng lương thực (nghìn tấn) | 665,1",
        SECOND,
    ]


def test_a_layout_table_around_the_text_is_read_as_its_paragraphs() -> None:
    layout = (
        f"<table><tr><td><p>{FIRST}</p><p>{SECOND}</p></td><td><div>Quảng cáo</div></td></tr>"
        "<tr><td colspan='2'></td></tr></table>"
    )
    body = f"{HEADLINE}<div class='entry-content'>{layout}</div>"
    assert extract_record(html(body), URL, NOW)["body"] == f"{FIRST}\n\n{SECOND}"


def test_a_call_to_action_card_in_the_text_is_not_body() -> None:
    card = (
        "<div class='kg-card kg-cta-card'><div class='kg-cta-text'><p>Bạn thấy bài viết hữu ích? "
        "Đăng ký để nhận bản tin mỗi sáng thứ Hai.</p></div></div>"
    )
    body = f"{HEADLINE}<section class='entry-content'>{TEXT}{card}</section>"
    assert extract_record(html(body), URL, NOW)["body"] == f"{FIRST}\n\n{SECOND}"


COVER = "https://tin.example.vn/anh/cover.jpg"
INSIDE = "https://tin.example.vn/anh/trong-bai.jpg"
PICTURE_IN_TEXT = f"<figure><img src='{INSIDE}'><figcaption>Trong bài.</figcaption></figure>"


@pytest.mark.parametrize(
    ("article", "caption"),
    [
        # a longform's cover over the headline, in a `<picture>`, outside the text element
        (
            "<section class='lf-cover'><picture><source srcset='/anh/cover.webp'>"
            f"<img src='{COVER}' alt='Hải đăng'></picture>{HEADLINE}</section>"
            "<div class='lf-container'>"
            f"<div class='entry-content'>{TEXT}{PICTURE_IN_TEXT}</div></div>",
            None,
        ),
        # a feature image between the headline and the text, the author's avatar in a link
        (
            f"<article><header>{HEADLINE}<a href='/author/hai-dang/'><img src='/anh/avatar-hd.jpg'>"
            f"</a><figure><img src='{COVER}' srcset='/anh/cover-600.jpg 600w'><figcaption>Rừng "
            f"đước.</figcaption></figure></header><section class='entry-content'>{TEXT}"
            f"{PICTURE_IN_TEXT}</section></article>",
            "Rừng đước.",
        ),
        # Drupal: the image field and its caption field above the body field
        (
            f"<div class='region'><div class='title'>{HEADLINE}</div><div class='node'>"
            f"<div class='field--name-field-image'><img src='{COVER}' width='960'><div "
            "class='field--name-field-image-caption'>Cá cơm tại cảng.</div></div><div "
            f"class='field--name-body'>{TEXT}{PICTURE_IN_TEXT}</div></div></div>",
            "Cá cơm tại cảng.",
        ),
        # gatsby-image: the address in `data-src`, a `<noscript>` copy, the caption after both
        (
            f"<article><header>{HEADLINE}</header><div class='gatsby-image-wrapper'><picture>"
            f"<img data-src='{COVER}' alt='Hải đăng'></picture><noscript><picture><img "
            f"src='{COVER}' alt='Hải đăng'></picture></noscript></div><p class='cover-caption'>"
            f"Hải đăng Kê Gà.</p><section class='post-body'>{TEXT}{PICTURE_IN_TEXT}</section>"
            "</article>",
            "Hải đăng Kê Gà.",
        ),
        # the article element read as the text: the byline's avatar is a portrait, not a picture
        (
            f"<article class='post-content'><header>{HEADLINE}<span class='meta-author-avatar'>"
            "<a href='/author/hd/'><img src='/anh/tac-gia/12.jpg' class='avatar avatar-140 photo'"
            f" width='140' height='140'></a></span></header><figure><img src='{COVER}'>"
            f"<figcaption>Rừng đước.</figcaption></figure><div class='entry-content'>{TEXT}"
            f"{PICTURE_IN_TEXT}{TEXT}</div></article>",
            "Rừng đước.",
        ),
    ],
)
def test_the_cover_picture_outside_the_text_is_the_articles(article: str, caption: str) -> None:
    body = (
        f"<div class='top-bar'><a href='/'><img src='/anh/logo.png'></a></div>{article}"
        f"<div class='related'><a href='/bai-khac.html'><img src='/anh/khac.jpg'></a></div>"
    )
    assert extract_record(html(body), URL, NOW)["images"] == [
        {"url": COVER, "caption": caption},
        {"url": INSIDE, "caption": "Trong bài."},
    ]


@pytest.mark.parametrize(
    "line",
    [
        "3 thg 2, 2026 lúc 14:20",  # CLDR's short month
        "03 Th02 2026 14:20",  # .NET's
        "Th02 03, 2026",
        "March 3, 2026 2:20 PM",  # an English-locale CMS
        "3 February 2026 14:20",
    ],
)
def test_a_publish_line_with_a_short_or_english_month_name_is_found(line: str) -> None:
    body = f"{HEADLINE}<div class='meta'><span class='date'>{line}</span></div>{TEXT}"
    assert generic.published(page(body)) == line
