"""Rules the generic extractor learnt for dates, views, bylines, categories, tags and pictures
from the tenth holdout set's families (a merged provincial paper's redesign, an infographic, a
match report, an English edition, an AMP cache copy, an app shell, a frameset magazine, a news
agency's photo story, a sector paper's series, LadiPage, Google Sites, Docusaurus)."""

from __future__ import annotations

from datetime import datetime

from parsers.generic import _below_root
from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-11-25T00:00:00+07:00")
URL = "https://tin.example.vn/nong-nghiep/bai-viet-9120.html"
TITLE = "Nông dân trồng thử giống lúa chịu mặn trên cánh đồng ven biển"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Vụ này, hợp tác xã gieo thử hai mươi héc-ta giống lúa mới chịu được độ mặn bốn phần nghìn."
SECOND = "Cán bộ khuyến nông theo dõi từng thửa ruộng, ghi chép độ mặn mỗi sáng trong mùa khô."
THIRD = "Nếu năng suất đạt như kỳ vọng, giống lúa sẽ được nhân rộng ra các xã lân cận vào năm sau."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_an_english_views_label_before_the_count_gives_the_views() -> None:
    meta = "<div class='meta'><span>By Lan Anh</span> <span class='stat'>Views: 1,204</span></div>"
    page = html(HEADLINE + meta + TEXT).replace("lang='vi'", "lang='en'")
    record = extract_record(page, URL, NOW)
    assert (record["views"], record["views_raw"]) == (1204, "Views: 1,204")


def test_a_link_to_another_site_beside_the_count_is_no_listed_article() -> None:
    meta = (
        "<div class='info'><span>Minh Châu</span> <span class='read'>2.705 lượt đọc</span>"
        " <a href='https://news.example.com/publications/tin'>Theo dõi báo Tin trên ứng dụng"
        " đọc báo</a></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (2705, "2.705 lượt đọc")


def test_a_box_of_hashtags_gives_the_tags_without_their_mark() -> None:
    box = (
        "<div class='post__hashtags'><a href='/tag/lua-chiu-man'>#lúa chịu mặn</a>"
        " <a href='/tag/ven-bien'>#Ven biển</a></div>"
    )
    record = extract_record(html(HEADLINE + TEXT + box), URL, NOW)
    assert record["tags"] == ["lúa chịu mặn", "Ven biển"]


MENU = (
    "<nav><a href='/'>Trang chủ</a><a href='/thoi-su'>Thời sự</a>"
    "<a href='/nong-nghiep'>Nông nghiệp</a><a href='/van-hoa'>Văn hóa</a></nav>"
)


def test_a_trail_known_by_its_nested_addresses_gives_the_section_over_the_meta() -> None:
    trail = (
        "<ol class='tr'><li><a href='/'>Trang chủ</a></li><li><a href='/kinh-te'>Kinh tế</a>"
        "</li><li><a href='/kinh-te/nong-nghiep'>Nông nghiệp</a></li></ol>"
    )
    head = "<meta property='article:section' content='Kinh tế'>"
    record = extract_record(html(MENU + trail + HEADLINE + TEXT, head), URL, NOW)
    assert record["category"] == "Nông nghiệp"


def test_a_trail_of_home_and_one_section_wins_over_a_series_kicker() -> None:
    trail = (
        "<div class='tr'><a href='/'>Trang chủ</a> <span>/</span>"
        " <a href='/van-hoa'>Văn hóa</a></div>"
    )
    kicker = "<div class='kicker'><a href='/chu-de/le-hoi-mua-nuoc'>Lễ hội mùa nước</a></div>"
    record = extract_record(html(MENU + trail + kicker + HEADLINE + TEXT), URL, NOW)
    assert record["category"] == "Văn hóa"


def test_a_menu_of_home_and_one_section_is_no_trail() -> None:
    menu = "<td class='side'><a href='/'>Trang chủ</a><br><a href='/van-hoa/'>Văn hóa</a></td>"
    record = extract_record(
        html(f"<table><tr>{menu}<td>{HEADLINE}{TEXT}</td></tr></table>"), URL, NOW
    )
    assert record["category"] is None


def test_a_date_in_the_headline_is_no_publish_line() -> None:
    title = "Infographic: Sản lượng lúa 10 tháng năm 2025"
    head = "<meta property='article:published_time' content='2025-11-21T06:00:00+07:00'>"
    meta = "<div class='meta'><span class='date'>Thứ Bảy, 22/11/2025 06:00</span></div>"
    page = html(f"<h1>{title}</h1>{meta}{TEXT}", head).replace(TITLE, title)
    record = extract_record(page, URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-11-22T06:00:00+07:00",
        "Thứ Bảy, 22/11/2025 06:00",
    )


def test_the_zone_after_a_date_printed_clock_first_stays_in_the_printed_line() -> None:
    meta = "<div class='meta'><span class='time'>16:30 - 24/11/2025 (GMT+7)</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-11-24T16:30:00+07:00",
        "16:30 - 24/11/2025 (GMT+7)",
    )


def test_a_school_post_after_a_dash_is_no_author() -> None:
    line = "<p style='text-align:right'><b>Người viết: Lò Thị Hạnh - Tổng phụ trách Đội</b></p>"
    record = extract_record(html(HEADLINE + TEXT.replace("</div>", line + "</div>")), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Lò Thị Hạnh", ["Lò Thị Hạnh"])


def test_a_camera_operator_after_a_middle_dot_is_no_author() -> None:
    line = "<p class='credit'>Tác giả: K.Ngân · Quay phim: Vũ Đạt</p>"
    record = extract_record(html(HEADLINE + TEXT.replace("</div>", line + "</div>")), URL, NOW)
    assert (record["byline"], record["authors"]) == ("K.Ngân", ["K.Ngân"])


def test_an_element_classed_for_several_authors_gives_the_byline() -> None:
    meta = "<div class='info'><span class='post-authors'>Hà Linh - Quốc Bảo</span></div>"
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hà Linh - Quốc Bảo", ["Hà Linh", "Quốc Bảo"])


def test_an_update_line_printed_without_its_minute_takes_it_from_its_time_element() -> None:
    meta = "<div class='meta'><span class='date'>20/11/2025 07:30</span></div>"
    footer = (
        "<footer><span>Cập nhật lần cuối vào <time datetime='2025-11-21T02:05:00.000Z'"
        " itemprop='dateModified'>21 tháng 11, 2025</time></span></footer>"
    )
    record = extract_record(html(f"<article>{HEADLINE}{meta}{TEXT}{footer}</article>"), URL, NOW)
    assert record["modified_at"] == "2025-11-21T09:05:00+07:00"


def test_a_section_label_and_its_value_in_bold_after_it_give_the_category() -> None:
    field = "<font size='2'>Chuyên mục: <b>Nghiên cứu - Trao đổi</b></font><br>"
    record = extract_record(html(HEADLINE + field + TEXT), URL, NOW)
    assert record["category"] == "Nghiên cứu - Trao đổi"


def test_a_link_below_the_site_root_is_known_without_resolving_it() -> None:
    """The trail-by-addresses search skips most links by their text alone; a link it cannot
    judge so (relative, a query or fragment on the root) is resolved as before."""
    judged = {
        href: _below_root(href)
        for href in (
            "/kinh-te/",
            "/",
            "https://tin.example.vn/kinh-te/nong-nghiep",
            "HTTPS://tin.example.vn/kinh-te",
            "https://tin.example.vn",
            "https://tin.example.vn/",
            "https://tin.example.vn/?ref=logo",
            "https://tin.example.vn/#top",
            "https://tin.example.vn/./",
            "kinh-te/bai-1.html",
            "?u=https://khac.example.vn/a",
        )
    }
    assert judged == {
        "/kinh-te/": True,
        "/": False,
        "https://tin.example.vn/kinh-te/nong-nghiep": True,
        "HTTPS://tin.example.vn/kinh-te": True,
        "https://tin.example.vn": False,
        "https://tin.example.vn/": False,
        "https://tin.example.vn/?ref=logo": False,
        "https://tin.example.vn/#top": False,
        "https://tin.example.vn/./": False,
        "kinh-te/bai-1.html": False,
        "?u=https://khac.example.vn/a": False,
    }
