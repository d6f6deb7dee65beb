"""Rules the generic extractor learnt for dates, views, bylines and categories from the
eighteenth holdout set's families (a social insurance office on Blazor, a commune's service
centre with htmx, an inspectorate on a Java portal, a plant protection office on Avada, a
science bulletin on Bolt, a TV programme's episode page, a loudspeaker station on Weebly, a
football club on Framer, a national park on Grav, a paper's PHP-Nuke archive)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-05T10:00:00+07:00")
URL = "https://dichvucong.example.gov.vn/tin-tuc/mo-rong-diem-tiep-nhan-ho-so-luu-dong"
TITLE = "Mở rộng điểm tiếp nhận hồ sơ lưu động tới các thôn vùng cao"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ tháng sau, tổ lưu động sẽ đến từng thôn hai lần mỗi tháng để nhận hồ sơ của bà con."
SECOND = "Người dân chỉ cần mang căn cước, cán bộ sẽ quét giấy tờ và nộp hộ lên cổng dịch vụ công."
THIRD = "Kết quả được trả tại nhà văn hóa thôn vào lần đến tiếp theo, không thu thêm chi phí nào."
TEXT = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
html, record_of = ARTICLE.html, ARTICLE.under_headline


def views_of(meta: str) -> tuple[int | None, str | None]:
    record = record_of(meta)
    return record["views"], record["views_raw"]


def test_the_readers_counted_as_people_who_have_seen_it_label_the_count() -> None:
    meta = "<div class='meta'><span>05/12/2025</span> <span>Số người đã xem: 1.275</span></div>"
    assert views_of(meta) == (1275, "Số người đã xem: 1.275")


def test_a_count_in_the_cell_after_its_label_is_the_cell_as_printed() -> None:
    meta = (
        "<table class='info'><tr><td>Ngày đăng:</td><td>05/12/2025 08:10</td>"
        "<td>Lượt xem:</td><td>2.304</td></tr></table>"
    )
    assert views_of(meta) == (2304, "2.304")


def test_online_in_the_headline_does_not_make_its_block_a_site_counter() -> None:
    online = "<h1>Nộp hồ sơ trực tuyến toàn trình tăng mạnh ở vùng cao</h1>"
    page = html(
        f"<article><header>{online}<p class='meta'><span>05/12/2025 08:10</span> · "
        f"<span class='views'><span id='c'>546</span> lượt xem</span></p></header>"
        f"<div class='entry-content'>{TEXT}</div></article>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["views"], record["views_raw"]) == (546, "546 lượt xem")


def signed(line: str) -> tuple[str | None, list[str]]:
    record = record_of("<p class='meta'>05/12/2025 08:10</p>", line)
    return record["byline"], record["authors"]


def test_a_writer_of_notes_is_labelled_as_the_author() -> None:
    line = "<p style='text-align:right'><em>Ghi chép: Đinh Thị Mây</em></p>"
    assert signed(line) == ("Đinh Thị Mây", ["Đinh Thị Mây"])


def test_the_announcer_who_read_the_bulletin_on_air_is_no_author() -> None:
    line = "<p style='text-align:right'><b>Tin: Hà Thị Lụa - Phát thanh viên: Vi Văn Sáng</b></p>"
    assert signed(line) == ("Hà Thị Lụa", ["Hà Thị Lụa"])


def test_a_writers_label_alone_in_its_cell_names_the_writer_in_the_next() -> None:
    meta = (
        "<table class='info'><tr><td>Ngày đăng:</td><td>05/12/2025 08:10</td></tr>"
        "<tr><td>Tác giả:</td><td colspan='3'>Lò Văn Pấng (panglv@example.gov.vn)</td></tr>"
        "</table>"
    )
    record = record_of(meta)
    assert (record["byline"], record["authors"]) == ("Lò Văn Pấng", ["Lò Văn Pấng"])


def test_the_articles_own_footer_says_who_wrote_it_and_when_it_last_changed() -> None:
    page = html(
        f"<main><article><header>{HEADLINE}<p class='meta'>03/12/2025 - 10g20</p></header>"
        f"<div class='noi-dung'>{TEXT}</div><footer class='article-foot'>"
        "<p>Người viết: Bế Thị Hằng - Công chức Tư pháp - Hộ tịch</p>"
        "<p>Người duyệt: Hoàng Văn Khải</p><p>Sửa đổi lần cuối: 04/12/2025 08:00</p>"
        "</footer></article></main><footer><p>Trung tâm Phục vụ hành chính công xã</p></footer>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["byline"], record["authors"]) == ("Bế Thị Hằng", ["Bế Thị Hằng"])
    assert record["published_at"] == "2025-12-03T10:20:00+07:00"
    assert record["modified_at"] == "2025-12-04T08:00:00+07:00"


def test_affiliation_markers_after_the_authors_names_are_no_part_of_them() -> None:
    meta = (
        "<p class='authors'>TS. Lê Thị Bích<sup>1</sup>, KS. H Yâo Mlô<sup>2</sup></p>"
        "<p class='affiliations'><sup>1</sup> Viện Khoa học; <sup>2</sup> Trung tâm Khuyến nông"
        "</p><p class='meta'>05/12/2025 08:10</p>"
    )
    record = record_of(meta)
    assert record["byline"] == "TS. Lê Thị Bích, KS. H Yâo Mlô"
    assert record["authors"] == ["Lê Thị Bích", "H Yâo Mlô"]


def test_the_reporters_in_a_programmes_credits_are_its_authors() -> None:
    credits = (
        "<dl class='credits'><dt>Biên tập</dt><dd>Lục Thu Hiền</dd>"
        "<dt>Phóng viên</dt><dd>Sầm Văn Tới, Mông Thị Lả</dd>"
        "<dt>Quay phim</dt><dd>Hứa Văn Sinh</dd></dl>"
    )
    assert signed(credits) == ("Sầm Văn Tới, Mông Thị Lả", ["Sầm Văn Tới", "Mông Thị Lả"])


def test_an_office_signing_the_text_names_more_than_the_login_that_posted_it() -> None:
    meta = (
        "<div class='meta-info'>Bởi <a href='/author/ttpv_admin/' rel='author'>ttpv_admin</a>"
        " | 05/12/2025</div>"
    )
    office = "<p style='text-align: right;'><strong>TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG</strong></p>"
    record = record_of(meta, office)
    assert (record["byline"], record["authors"]) == ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", [])


def test_a_post_label_without_its_colon_after_the_issue_is_kept_with_the_day() -> None:
    meta = "<p class='meta'><span>Số 4/2025</span> · <span>Đăng ngày 02/12/2025</span></p>"
    record = record_of(meta)
    assert record["published_raw"] == "Đăng ngày 02/12/2025"
    assert record["published_at"] == "2025-12-02T00:00:00+07:00"


BULLETIN = "Bản tin phát thanh ngày 04/12/2025"


def bulletin(header: str, text: str = TEXT, wrapper: str = "content") -> dict:
    page = (
        f"<html lang='vi'><head><title>{BULLETIN}</title></head><body>"
        "<div class='site-header'>Thứ Sáu, 05/12/2025</div>"
        f"<div class='{wrapper}'><div class='post'>{header}<div class='post-content'>{text}</div>"
        "<p class='filed'>Danh mục: <a href='/ban-tin/category/thoi-su'>Thời sự</a></p>"
        "</div></div></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_date_line_under_a_title_with_a_date_is_read_without_the_title() -> None:
    record = bulletin(f"<div class='post-header'><h2>{BULLETIN}</h2><p>3/12/2025</p></div>")
    assert record["published_raw"] == "3/12/2025"
    assert record["published_at"] == "2025-12-03T00:00:00+07:00"


def test_a_time_opening_the_text_is_not_the_time_of_the_day_printed_over_it() -> None:
    issue = f"<p><em>Bản tin phát lúc 17h00 ngày 04/12/2025 trên loa truyền thanh.</em></p>{TEXT}"
    record = bulletin(f"<h2>{BULLETIN}</h2><p class='date'>4/12/2025</p>", issue)
    assert record["published_raw"] == "4/12/2025"
    assert record["published_at"] == "2025-12-04T00:00:00+07:00"


def test_the_chip_a_site_builder_names_as_the_category_over_the_headline_is_the_section() -> None:
    page = html(
        "<div class='builder-article'><div class='chip' data-builder-name='Category'>"
        "<p>Thủ tục hành chính</p></div><div data-builder-name='Title'>"
        f"{HEADLINE}</div><p>5 thg 12, 2025</p><div class='content'>{TEXT}</div></div>"
    )
    assert extract_record(page, URL, NOW)["category"] == "Thủ tục hành chính"


def test_a_machine_stamp_classed_as_the_update_is_the_modified_time_not_the_publish_line() -> None:
    meta = (
        "<div class='meta-info'>Bởi Lò Thị Xuân | <span class='updated snippet-data'>"
        "2025-12-05T09:15:40+07:00</span></div>"
    )
    head = "<meta property='article:published_time' content='2025-12-05T01:30:00+00:00'>"
    record = record_of(meta, head=head)
    assert record["published_raw"] == "2025-12-05T01:30:00+00:00"
    assert record["published_at"] == "2025-12-05T08:30:00+07:00"
    assert record["modified_at"] == "2025-12-05T09:15:40+07:00"


def test_a_posted_label_without_a_colon_before_the_weekday_is_kept_in_the_line() -> None:
    meta = "<p class='meta'>Được gửi vào Thứ hai, 14 Tháng 3 2005 @ 09:12:33 ICT bởi quantri</p>"
    record = record_of(meta)
    assert record["published_raw"] == "Được gửi vào Thứ hai, 14 Tháng 3 2005 @ 09:12:33 ICT"
    assert record["published_at"] == "2005-03-14T09:12:33+07:00"
