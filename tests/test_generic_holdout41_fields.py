"""Rules the generic extractor learnt for bylines from the forty-first holdout set's service news
(prices, weather, bulletins, closures, results and schedules on provincial papers' newsroom and
enterprise products)."""

from __future__ import annotations

from datetime import datetime

import time_machine

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/xo-so/ket-qua-xo-so-ngay-5-12-2026-48213.html"
TITLE = "Kết quả xổ số kiến thiết ngày 5/12/2026"
TEXT = (
    "Chiều 5/12, công ty xổ số kiến thiết tổ chức quay số mở thưởng kỳ vé 12K1 tại trụ sở.",
    "Người trúng thưởng lĩnh thưởng trong thời hạn 30 ngày kể từ ngày xác định kết quả.",
    "Công ty khuyến cáo người dân không mua vé số qua mạng xã hội hoặc ứng dụng không phép.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_the_publish_line_is_read_against_the_fetch_time_not_the_machine_clock() -> None:
    """`Thứ Bảy, 5 tháng 12 năm 2026 - 16:45` under the headline, read on a machine whose clock
    is a year and a half before the page was fetched: the line is the publish line against the
    fetch time, as every date of the page, so its weekday is no name and a desk signing the
    text alone (`Ban Biên tập Điện tử`) stays the byline with no author."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div id='content'><h1>{TITLE}</h1><p class='date'>Thứ Bảy, 5 tháng 12 năm 2026 - 16:45"
        f"</p><div class='article'>{text}<p style='text-align:right'><strong>Ban Biên tập Điện"
        " tử</strong></p></div></div>"
    )
    with time_machine.travel(datetime.fromisoformat("2025-06-01T09:00:00+07:00"), tick=False):
        record = ARTICLE.record(page)
    assert (record["published_at"], record["byline"], record["authors"]) == (
        "2026-12-05T16:45:00+07:00",
        "Ban Biên tập Điện tử",
        [],
    )


def test_a_name_before_the_publish_time_is_cut_at_the_time_read_against_the_fetch_time() -> None:
    """`Hoàng Yến - 16:45 05/12/2026` as the publish line, read on a machine whose clock is a
    year and a half before the page was fetched: the time is found against the fetch time, so
    the name before it is the byline (against the machine clock the time was no date and the
    whole line no name)."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div id='content'><h1>{TITLE}</h1><p class='date'>Hoàng Yến - 16:45 05/12/2026</p>"
        f"<div class='article'>{text}</div></div>"
    )
    with time_machine.travel(datetime.fromisoformat("2025-06-01T09:00:00+07:00"), tick=False):
        record = ARTICLE.record(page)
    assert (record["published_at"], record["byline"], record["authors"]) == (
        "2026-12-05T16:45:00+07:00",
        "Hoàng Yến",
        ["Hoàng Yến"],
    )
