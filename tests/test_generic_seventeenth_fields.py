"""Rules the generic extractor learnt for dates, views, bylines and categories from the
seventeenth holdout set's families (an economic-zone board on Orchard Core, a department's
archive on Lotus Domino, a traffic radio channel, a statistics office, a school portal, an
e-commerce floor on Magento)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-04T10:00:00+07:00")
URL = "https://khucongnghiep.example.gov.vn/tin-tuc/khoi-cong-nha-may-xu-ly-nuoc-thai-tap-trung"
TITLE = "Khởi công nhà máy xử lý nước thải tập trung tại khu công nghiệp phía Nam"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Nhà máy có công suất 12.000 mét khối mỗi ngày, phục vụ ba khu công nghiệp lân cận."
SECOND = "Chủ đầu tư cam kết hoàn thành giai đoạn một trước mùa mưa năm sau để đón nhà đầu tư."
THIRD = "Ban quản lý sẽ giám sát chất lượng nước sau xử lý bằng trạm quan trắc tự động."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_title_in_the_pages_masthead_heads_the_article_with_its_date() -> None:
    page = html(
        "<div class='strip'><span>Thứ Năm, 04/12/2025</span></div>"
        "<nav><a href='/'>Trang chủ</a> <a href='/tin-tuc'>Tin tức</a></nav>"
        f"<header class='masthead'><div class='post-heading'>{HEADLINE}"
        "<span class='meta'>Đăng bởi <a href='#'>quantri</a> vào Thứ Hai, 1 tháng 12, 2025"
        f"</span></div></header><article><div class='container'>{TEXT}</div></article>"
    )
    record = extract_record(page, URL, NOW)
    assert record["headline"] == TITLE
    assert record["published_raw"] == "Thứ Hai, 1 tháng 12, 2025"
    assert record["published_at"] == "2025-12-01T00:00:00+07:00"


def category_of(before: str, after_text: str = "", url: str = URL) -> str | None:
    page = html(f"{before}<article>{HEADLINE}{TEXT}{after_text}</article>")
    return extract_record(page, url, NOW)["category"]


def test_a_closing_crumb_the_title_opens_with_is_the_section_its_address_files_it_in() -> None:
    trail = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/du-an'>Dự án"
        "</a></li><li class='active'>Khởi công nhà máy</li></ul>"
    )
    filed = "https://khucongnghiep.example.gov.vn/du-an/khoi-cong-nha-may/nuoc-thai-2291.html"
    assert category_of(trail, url=filed) == "Khởi công nhà máy"
    assert category_of(trail) == "Dự án"  # the title's opening words, cut short


def test_a_language_switch_is_no_breadcrumb_trail() -> None:
    switch = (
        "<div class='strip'><span><a href='/'>Tiếng Việt</a> | <a href='/en'>English</a>"
        "</span></div>"
    )
    filed = (
        "<div class='taxonomy'>Chuyên mục: <a href='/chuyen-muc/moi-truong'>Môi trường</a></div>"
    )
    assert category_of(switch, filed) == "Môi trường"


def record_of(after_text: str, meta: str = "") -> dict:
    page = html(
        f"<article>{HEADLINE}{meta}<div class='entry-content'>{TEXT}{after_text}</div></article>"
    )
    return extract_record(page, URL, NOW)


def test_a_teacher_signing_under_the_title_his_pupils_use_is_named_without_it() -> None:
    signed = (
        "<p style='text-align:right'><strong>Thầy Nguyễn Văn Bình – Phó Hiệu trưởng</strong></p>"
    )
    record = record_of(signed)
    assert (record["byline"], record["authors"]) == ("Thầy Nguyễn Văn Bình", ["Nguyễn Văn Bình"])


def test_a_division_whose_name_ends_in_tong_hop_signs_with_its_whole_name() -> None:
    signed = "<p style='text-align:right'><strong>Phòng Hành chính tổng hợp</strong></p>"
    record = record_of(signed)
    assert (record["byline"], record["authors"]) == ("Phòng Hành chính tổng hợp", [])


def test_a_relative_time_whose_hover_text_states_the_time_is_read_from_it() -> None:
    meta = (
        "<div class='info'><span class='ago' title='04/12/2025 06:25'>3 giờ trước</span></div>"
        "<div class='edit'>Cập nhật <abbr title='04/12/2025 09:05'>1 giờ trước</abbr></div>"
    )
    record = record_of("", meta)
    assert record["published_raw"] == "04/12/2025 06:25"
    assert record["published_at"] == "2025-12-04T06:25:00+07:00"
    assert record["modified_at"] == "2025-12-04T09:05:00+07:00"


def test_an_eye_glyph_before_a_labelled_count_is_kept_in_the_count_as_printed() -> None:
    record = record_of("<div class='stats'><span>👁 2,4 nghìn lượt xem</span></div>")
    assert (record["views"], record["views_raw"]) == (2400, "👁 2,4 nghìn lượt xem")


def test_a_signature_over_the_count_and_section_lines_in_the_content_signs_the_text() -> None:
    under = (
        "<p style='text-align:right'><strong>Hải Yến - T.L</strong></p>"
        "<div class='stats'><span>2.315 lượt xem</span></div>"
        "<div class='taxonomy'>Chuyên mục: <a href='/chuyen-muc/ha-tang'>Hạ tầng</a></div>"
    )
    record = record_of(under)
    assert (record["byline"], record["authors"]) == ("Hải Yến - T.L", ["Hải Yến", "T.L"])
    assert record["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_a_day_printed_alone_after_the_only_update_time_is_not_the_publish_day() -> None:
    page = html(
        "<table><tr><td><a href='/'>Trang chủ</a> | <a href='/tin-tuc'>Tin tức</a>"
        " <font>Thứ Năm, 04/12/2025</font></td></tr>"
        f"<tr><td>{HEADLINE}</td></tr>"
        "<tr><td><font>Ngày cập nhật: 15/03/2010 9:05:12 SA</font></td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    record = extract_record(page, URL, NOW)
    assert record["published_raw"] == "Ngày cập nhật: 15/03/2010 9:05:12 SA"
    assert record["published_at"] == "2010-03-15T09:05:12+07:00"
    assert record["modified_at"] is None


def views_in_columns(meta: str) -> tuple[int | None, str | None]:
    page = html(
        "<table><tr><td width='200'><a href='/dat-dai'>Đất đai</a><br>"
        "<a href='/moi-truong'>Môi trường</a><p>Lượt truy cập:<br><b>2.845.119</b></p></td>"
        f"<td width='780'><table><tr><td>{HEADLINE}</td></tr><tr><td>{meta}</td></tr>"
        f"<tr><td>{TEXT}</td></tr></table></td></tr></table>"
    )
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_a_visit_counter_in_the_column_beside_the_articles_is_no_view_count() -> None:
    assert views_in_columns("<font>15/03/2010 9:05</font>") == (None, None)
    assert views_in_columns("<font>15/03/2010 9:05 | Lượt xem: 318</font>") == (
        318,
        "Lượt xem: 318",
    )
