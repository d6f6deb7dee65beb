"""Rules the generic extractor learnt for headlines, leads, dates, bylines and categories from
the forty-eighth holdout set's carried, syndicated, serial and sponsored pieces."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T09:00:00+07:00")
URL = "https://longform.baomau.example.vn/mua-nuoc-noi/ky-2-cho-tren-song"
TITLE = "Kỳ 2: Chợ trên sông lúc rạng sáng"
LEAD = "Khi trời còn chưa sáng, những chiếc ghe chở đầy nông sản đã neo kín khúc sông trước chợ."
TEXT = (
    "Chợ nổi họp từ ba giờ sáng, tiếng máy ghe hòa với tiếng gọi nhau í ới khắp mặt sông.",
    "Bà Năm bán bưởi ở chợ đã hơn hai mươi năm, mỗi sáng bán hết vài trăm trái cho thương lái.",
    "Khi mặt trời lên cao, ghe hàng lần lượt rời bến, chợ vãn dần trước tám giờ sáng.",
)
ARTICLE = InventedArticle(URL, f"Mùa nước nổi - {TITLE} | Báo Mẫu Longform", NOW, TEXT)


def _story(cover_class: str) -> str:
    """A long-form reader's page: the trail in a `<nav>`, the cover a `<header>` beside the
    text (no `<article>` or `<main>`) with the series' kicker, the headline, the dek, the
    signature and the date."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        "<nav class='story-crumbs'><a href='https://baomau.example.vn/'>Trang chủ</a> / "
        "<a href='https://baomau.example.vn/phong-su/'>Phóng sự</a></nav>"
        f"<header class='{cover_class}'><p class='series-kicker'>"
        "<a href='/mua-nuoc-noi/'>Loạt bài: Mùa nước nổi</a></p>"
        f"<h1>{TITLE}</h1><p class='story-dek'>{LEAD}</p>"
        "<p class='story-byline'>Ghi chép: Minh Khang - Bảo Ngọc</p>"
        "<p class='story-date'>06:00, 04/12/2026</p></header>"
        f"<section class='story-body'>{text}</section>"
    )


def test_a_header_classed_as_the_story_s_cover_heads_the_article() -> None:
    """A `<header class="story-cover">` holding the `<h1>` is the story's cover, not the
    site's header: its headline, dek, signature and date are the article's."""
    record = ARTICLE.record(_story("story-cover"))
    assert (record["headline"], record["summary"]) == (TITLE, LEAD)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T06:00:00+07:00",
        "06:00, 04/12/2026",
    )
    assert (record["byline"], record["authors"]) == (
        "Minh Khang - Bảo Ngọc",
        ["Minh Khang", "Bảo Ngọc"],
    )


def test_a_trail_classed_crumbs_names_the_section_from_a_nav() -> None:
    """A trail classed `story-crumbs` in a `<nav>` over the cover is a breadcrumb wherever it
    sits: its last crumb is the section, not the series' kicker over the headline."""
    assert ARTICLE.record(_story("story-cover"))["category"] == "Phóng sự"


def test_a_spanish_product_s_entradilla_is_the_lead() -> None:
    """Protecmedia's `<h2 class="mln-entradilla">` (Spanish for the lead) under the headline is
    the lead, not the shorter page description cut from it."""
    lead = f"{LEAD} Ghe nào đến muộn phải neo ngoài luồng."
    head = f"<meta name='description' content='{LEAD}'>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article><h1>{TITLE}</h1><h2 class='mln-entradilla'>{lead}</h2>"
        f"<div class='mln-cuerpo'>{text}</div></article>"
    )
    assert ARTICLE.record(page, head)["summary"] == lead
