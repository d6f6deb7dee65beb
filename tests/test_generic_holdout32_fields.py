"""Rules the generic extractor learnt for headlines, dates, views, bylines and tags from the
thirty-second holdout set's organisation portals (a commune's and a ward's e-government portals,
a Party committee, a youth union, a women's union, a veterans' chapter, a cooperative alliance,
a power company, a hospital, a museum, a vocational college and a diocese)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://dienluc.example.vn/tin-tuc/chi-tiet/48213"
TITLE = "Điện lực tỉnh bảo đảm cấp điện an toàn dịp cuối năm"
FIRST = "Công ty đã rà soát toàn bộ các trạm biến áp và đường dây trung thế trên địa bàn tỉnh."
SECOND = "Các tổ trực sự cố được bố trí tại từng khu vực, sẵn sàng xử lý khi có sự cố lưới điện."
THIRD = "Khách hàng có thể báo sự cố qua tổng đài chăm sóc khách hàng suốt hai mươi bốn giờ."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def signed_inside(line: str) -> tuple[str | None, list[str]]:
    """The byline and the authors when `line` is the last paragraph of the text's box."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}{line}</div></article>"
    record = ARTICLE.record(page)
    return record["byline"], record["authors"]


def test_a_power_company_in_brackets_is_the_writer_s_unit() -> None:
    """`Thu Trang (PC Hưng Yên)`, `Thu Trang (Điện lực Khoái Châu)`: a power company by its
    initials and its province, or its district branch, is who the writer is; it leaves the
    display and names nobody."""
    for unit in ("PC Hưng Yên", "Điện lực Khoái Châu"):
        line = f"<p style='text-align:right'><b>Thu Trang ({unit})</b></p>"
        assert signed_inside(line) == ("Thu Trang", ["Thu Trang"])


def test_a_unit_s_name_goes_on_after_va_in_lower_case() -> None:
    """`Nguyễn Thị Thu Sương - Trung tâm Tư vấn và Hỗ trợ HTX`: the words after `và` are in
    lower case, as no person's name is, so they are more of the centre's name, not a second
    writer."""
    line = (
        "<p style='text-align: right;'><strong>Nguyễn Thị Thu Sương - Trung tâm Tư vấn và Hỗ trợ"
        " HTX</strong></p>"
    )
    assert signed_inside(line) == ("Nguyễn Thị Thu Sương", ["Nguyễn Thị Thu Sương"])
