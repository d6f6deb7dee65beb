"""Rules the generic extractor learnt for dates, bylines, headlines, leads, categories and
pictures from the eightieth holdout set's seaport, airport and logistics pages on mailings,
podcast directories, forums, handbooks and galleries."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hiephoilogistics.example.vn/ban-tin/tuan-49"
TITLE = "Cước container đi Mỹ tăng 9% trước mùa hàng Tết"
TEXT = (
    "Cước giao ngay tuyến Hải Phòng – Los Angeles tuần này ở mức 2.850 USD/container 40 feet.",
    "Các hãng tàu cắt 2 chuyến trong tuần 50 để điều tàu sang tuyến châu Âu.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_day_in_an_italic_line_right_under_a_picture_is_the_caption_s() -> None:
    """A mailing's picture set alone, not in a paragraph, then an italic paragraph naming the
    day it was taken (`Cần cẩu … chiều 27/11/2026. Ảnh: …`): the picture's caption, so the
    issue row's day over the headline is the publish date."""
    first, second = TEXT
    page = (
        "<table><tr><td><span class='issue-date'>Thứ Sáu, 04/12/2026</span></td></tr>"
        f"<tr><td><h1>{TITLE}</h1><p>{first}</p>"
        "<img src='https://hiephoilogistics.example.vn/anh/tan-vu.jpg' width='592' alt=''>"
        "<p><em>Cần cẩu bờ xếp hàng tại bến Tân Vũ chiều 27/11/2026. Ảnh: Văn phòng hiệp hội"
        f"</em></p><p>{second}</p></td></tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T00:00:00+07:00",
        "Thứ Sáu, 04/12/2026",
    )
