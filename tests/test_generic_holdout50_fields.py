"""Rules the generic extractor learnt for bylines and categories from the fiftieth holdout set's
market, price and business reports (gold, currency, petrol, farm-gate, stock, property, results
and price-index pages of provincial papers' economy desks)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/html/kinhte/giaca/2026/1204/5521.html"
TITLE = "Giá cà phê hôm nay 4/12: tăng 500 đồng/kg ở các tỉnh Tây Nguyên"
TEXT = (
    "Khảo sát sáng nay cho thấy giá cà phê nhân xô tại các vùng trồng tăng 500 đồng/kg so với hôm"
    " qua, lên mức 118.500 - 119.200 đồng/kg.",
    "Trên sàn London, giá cà phê Robusta kỳ hạn tháng 1/2027 tăng 2,1%, lên 5.312 USD/tấn.",
    "Các doanh nghiệp cho biết lượng hàng về kho vẫn thấp do nông dân chưa thu hoạch xong.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _info_line_page(line: str) -> str:
    """The article with `line` (its publish line and other fields) between the headline and the
    text, a table-layout template's shape."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        f"<div class='news_title'><h1>{TITLE}</h1></div><div class='news_info'>{line}</div>"
        f"<div class='news_content'>{text}</div>"
    )


def test_a_writer_field_set_apart_by_non_breaking_spaces_in_the_publish_line() -> None:
    """`Ngày đăng: 04-12-2026 14:26:37&nbsp;&nbsp;&nbsp;Nguồn: Báo Tỉnh&nbsp;&nbsp;&nbsp;Tác
    giả: Hữu Huynh&nbsp;&nbsp;&nbsp;Lượt xem: <script …>`: a template printing the line's fields
    apart by runs of non-breaking spaces, not bars; the `Tác giả:` field names the writer, the
    source before it no one."""
    gap = "&nbsp;&nbsp;&nbsp;"
    line = (
        f"Ngày đăng: 04-12-2026 14:26:37{gap}Nguồn: Báo Tỉnh{gap}Tác giả: Hữu Huynh{gap}"
        "Lượt xem: <script src='/e/public/ViewClick/?classid=12&amp;id=5521'></script>"
    )
    record = ARTICLE.record(_info_line_page(line))
    assert (record["byline"], record["authors"], record["published_raw"]) == (
        "Hữu Huynh",
        ["Hữu Huynh"],
        "Ngày đăng: 04-12-2026 14:26:37",
    )


def test_one_space_between_words_of_the_publish_line_sets_no_field_apart() -> None:
    """The same line with a single space between its words: no field is set apart, and the
    words after the time (`Nguồn: Báo Tỉnh`) name no writer."""
    line = "Ngày đăng: 04-12-2026 14:26:37 Nguồn: Báo Tỉnh"
    assert ARTICLE.record(_info_line_page(line))["byline"] is None


def test_a_trail_named_by_a_camel_case_id_gives_the_section() -> None:
    """Weblication's `<div id="navigationBreadcrumb">` over the article: the trail's word closes
    a camel-case id, no separator before it, its links home (at the edition's `/vi/index.php`),
    the desk and the section, `/` marks in spans between them; the last link is the section."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div id='blockContent'><div id='navigationBreadcrumb'><a href='/vi/index.php'>Trang chủ"
        "</a> <span>/</span> <a href='/vi/kinh-te/index.php'>Kinh tế</a> <span>/</span> "
        "<a href='/vi/kinh-te/thi-truong/index.php'>Thị trường</a></div>"
        f"<div class='elementHeadline'><h1>{TITLE}</h1></div>"
        "<div class='elementText date'><p>Thứ Sáu, 04/12/2026 08:15</p></div>"
        f"<div class='elementText'>{text}</div></div>"
    )
    assert ARTICLE.record(page)["category"] == "Thị trường"
