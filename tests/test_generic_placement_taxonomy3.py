"""Rules the generic extractor learnt from the blind table of headlines, categories and tags on
whole pages of forums, wikis, galleries, portals, intranets and apps
(`tests/fixtures/placements/taxonomy3.json`), on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinmiennui.example.vn/bai-viet/mua-hoa-tam-giac-mach-a5512.html"
TITLE = "Mùa hoa tam giác mạch nở sớm trên cao nguyên đá"
TEXT = (
    "<p>Những triền đồi ở Sủng Là đã phủ sắc hồng từ đầu tháng Mười Một.</p>"
    "<p>Người dân trồng hoa xen ngô để đón khách dịp cuối năm.</p>"
    "<p>Ban quản lý khu du lịch cho biết lượng khách tăng gần một phần ba.</p>"
)
MENU = (
    "<nav class='menu'><a href='/thoi-su'>Thời sự</a><a href='/kinh-te'>Kinh tế</a>"
    "<a href='/du-lich'>Du lịch</a></nav>"
)


def record(header: str = "", meta: str = "", after: str = "") -> dict:
    """The record of an article page: `header` over the headline in the article's header,
    `meta` under it, `after` after the text."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<header><a href='/'>Tin Miền Núi</a>{MENU}</header>"
        f"<main><article class='post'><header class='post-header'>{header}<h1>{TITLE}</h1>"
        f"</header>{meta}<div class='post-content'>{TEXT}</div>{after}</article></main>"
        "<footer>© 2025 Tin Miền Núi</footer></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_parent_then_child_category_badges_name_the_child() -> None:
    got = record(
        meta="<div class='topic-category'>"
        "<a class='badge-category__wrapper' href='/c/du-lich/3'>Du lịch</a> "
        "<a class='badge-category__wrapper' href='/c/du-lich/mien-nui/9'>Miền núi</a></div>"
    )
    assert got["category"] == "Miền núi"


def test_a_galleries_camel_case_browse_path_is_a_trail() -> None:
    got = record(
        header="<div class='browsePath'><a href='/'>Trang chủ</a> / "
        "<a href='/index.php?/category/4'>Mùa hoa</a> / "
        "<a href='/index.php?/category/12'>Hà Giang 2025</a> / "
        f"<span class='browsePathTitle'>{TITLE}</span></div>"
    )
    assert got["category"] == "Hà Giang 2025"


def test_a_field_of_activitys_one_link_names_the_section() -> None:
    got = record(
        meta="<div class='field field-label-inline'><div class='field-label'>Lĩnh vực:&nbsp;"
        "</div><div class='field-items'><a href='/linh-vuc/du-lich'>Du lịch - Dịch vụ</a>"
        "</div></div>"
    )
    assert got["category"] == "Du lịch - Dịch vụ"


def test_a_channels_link_over_the_headline_names_the_section() -> None:
    got = record(
        header="<div class='post-head'><span>Kênh:</span> "
        "<a class='channel-link' href='/kenh/du-lich'>Du lịch cộng đồng</a> · "
        "<time>04/12/2025 08:15</time></div>"
    )
    assert got["category"] == "Du lịch cộng đồng"


def test_a_section_badge_opening_with_its_label_names_what_follows() -> None:
    got = record(header="<p class='section-label'><strong>Mục:</strong> Điểm đến</p>")
    assert got["category"] == "Điểm đến"


def test_a_row_of_chip_links_lists_the_tags() -> None:
    got = record(
        after="<div class='article_chips__U8v'>"
        "<a class='chip_root__Z1' href='/chu-de/tam-giac-mach'>tam giác mạch</a>"
        "<a class='chip_root__Z1' href='/chu-de/ha-giang'>Hà Giang</a></div>"
    )
    assert got["tags"] == ["tam giác mạch", "Hà Giang"]


def test_a_wikis_one_shown_category_is_a_tag_and_no_section() -> None:
    got = record(
        after="<div id='catlinks' class='catlinks'><div class='mw-normal-catlinks'>"
        "<a href='/wiki/Đặc_biệt:Thể_loại'>Thể loại</a>: "
        "<ul><li><a href='/wiki/Thể_loại:Mùa_hoa'>Mùa hoa</a></li></ul></div></div>"
    )
    assert (got["category"], got["tags"]) == (None, ["Mùa hoa"])
