"""Rules the generic extractor learnt for dates, views, bylines and categories from the
thirty-fifth holdout set's sector and trade press (police, army, union, agriculture, health,
education, customs, law, culture, science, youth and ethnic-affairs papers and magazines on
enterprise content products)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://tapchithue.example.vn/nghien-cuu-trao-doi/thue-xuat-khau-2026.html"
TITLE = "Thu ngân sách từ hoạt động xuất nhập khẩu vượt dự toán năm"
TEXT = (
    "Trong 11 tháng, số thu từ hoạt động xuất nhập khẩu đạt 392.000 tỷ đồng, vượt 4% dự toán.",
    "Các cục hải quan khu vực đẩy mạnh kiểm tra sau thông quan và thu hồi nợ thuế tồn đọng.",
    "Tháng cuối năm, ngành tập trung hoàn thuế giá trị gia tăng nhanh cho doanh nghiệp xuất khẩu.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_percussion_region_s_widgets_are_no_zone_around_the_article() -> None:
    """Percussion CMS draws every block of a region as a `perc-widget`, the article's own text
    as a `perc-rich-text-widget` holding the headline, the date line, the byline and the text:
    the word names no box beside the article, whose date and section are read."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='perc-region' id='content'><div class='perc-widget crumbs'>"
        "<a href='/'>Trang chủ</a> / <span>Nghiên cứu - Trao đổi</span></div>"
        "<div class='perc-widget perc-rich-text-widget'>"
        f"<h1>{TITLE}</h1><p class='date'>Ngày đăng: 04/12/2026 - 08:10</p>"
        f"<div class='content'>{text}</div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T08:10:00+07:00",
        "Ngày đăng: 04/12/2026 - 08:10",
    )


def test_a_label_s_delimiter_span_is_no_value_of_its_field() -> None:
    """A blog theme's `<h4>Chuyên mục<span class="delimiter">:</span></h4>` over the list of
    the entry's categories: the colon in its span is the label's, no section named `:`; the
    category is the list's link."""
    box = (
        "<div class='entry-categories'><h4>Chuyên mục<span class='delimiter'>:</span></h4>"
        "<ul><li class='entry-category'><a href='/thue/' rel='tag'>Thuế</a></li></ul></div>"
    )
    assert ARTICLE.under_headline("", after_text=box)["category"] == "Thuế"


SCIENCE_URL = "https://khcn.example.vn/nghien-cuu/pin-natri-ion-1204.html"
SCIENCE_TITLE = "Pin natri-ion mở hướng lưu trữ điện giá rẻ cho vùng nông thôn"
SCIENCE = InventedArticle(
    SCIENCE_URL,
    SCIENCE_TITLE,
    NOW,
    (
        "Nhóm nghiên cứu đã chế tạo pin natri-ion từ vật liệu trong nước với chi phí thấp hơn.",
        "Kết quả thử nghiệm cho thấy pin giữ được 90% dung lượng sau hai nghìn chu kỳ sạc xả.",
    ),
)


def test_an_author_box_too_long_for_a_name_gives_the_names_over_the_faculty() -> None:
    """`<div class="authors"><p><strong>PGS.TS … - ThS. …</strong></p><p><em>Khoa Kỹ thuật,
    Trường Đại học …</em></p></div>`: two titled writers over their faculty, too long together
    for one name; the faculty's line names an organisation, the line over it the writers."""
    box = (
        "<div class='authors'><p class='names'><strong>PGS.TS Đỗ Minh Tâm - ThS. Phạm Thu Trang"
        "</strong></p><p class='affil'><em>Khoa Kỹ thuật Hóa học, Trường Đại học Bách khoa</em>"
        "</p></div>"
    )
    record = SCIENCE.under_headline(box)
    assert (record["byline"], record["authors"]) == (
        "PGS.TS Đỗ Minh Tâm - ThS. Phạm Thu Trang",
        ["Đỗ Minh Tâm", "Phạm Thu Trang"],
    )
