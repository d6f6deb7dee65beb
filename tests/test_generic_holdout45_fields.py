"""Rules the generic extractor learnt for dates and bylines from the forty-fifth holdout set's
everyday article pages of national and provincial papers (newsroom and regional platforms,
headless front ends and self-built stacks)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T09:35:00+07:00")
URL = "https://baotinh.example.vn/xa-phuong/202612/t20261205_2048117.html"
TITLE = "Xã vùng cao hoàn thành bê tông hóa đường liên thôn trước mùa mưa"
TEXT = (
    "Sau tám tháng thi công, xã đã hoàn thành 14 km đường bê tông nối các thôn vùng cao.",
    "Người dân góp ngày công và hiến đất để mở rộng mặt đường tại những đoạn cua hẹp.",
    "Năm tới, xã tiếp tục làm đường nội đồng phục vụ vận chuyển nông sản ra chợ phiên.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_long_line_of_facts_opening_with_the_publish_time_is_the_publish_line() -> None:
    """A portal's details line under the headline, `Ngày đăng: 05/12/2026 07:30 | Nguồn: Báo
    … | Tác giả: … | Lượt xem: 962` in one element's text, too long for one date line: each
    fact between the bars is a line of its own, the first the publish time with its label, the
    labelled writer among the others the byline."""
    line = (
        "<div class='detail-info'>Ngày đăng: 05/12/2026 07:30 &nbsp;|&nbsp; Nguồn: Báo Tỉnh"
        " Miền Núi &nbsp;|&nbsp; Tác giả: Lệ Quyên &nbsp;|&nbsp; Lượt xem: 1.375</div>"
    )
    record = ARTICLE.under_headline(line)
    assert (
        record["published_at"],
        record["published_raw"],
        record["byline"],
        record["authors"],
        record["views_raw"],
    ) == (
        "2026-12-05T07:30:00+07:00",
        "Ngày đăng: 05/12/2026 07:30",
        "Lệ Quyên",
        ["Lệ Quyên"],
        "Lượt xem: 1.375",
    )
