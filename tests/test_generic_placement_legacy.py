"""Rules the generic extractor learnt from the blind table of headlines and publish times on old
and archived whole pages (`tests/fixtures/placements/legacy.json`), on invented pages of their
own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "http://www.huyenmaudon.example.vn/tin.asp?id=418"
SITE = "Cổng thông tin huyện Mẫu Đơn"
TITLE = "Huyện Mẫu Đơn khai trương bến đò mới qua sông Lam"
TEXT = (
    "<p>Bến đò mới có nhà chờ rộng rãi, phao cứu sinh đủ cho mỗi chuyến đò.</p>"
    "<p>Bà con hai bờ sông từ nay không phải đi vòng hơn mười cây số để sang chợ.</p>"
    "<p>Ủy ban nhân dân huyện giao xã quản lý bến và thu phí theo giá niêm yết.</p>"
)


def record(side: str, headline: str) -> dict:
    """An old table layout titled with the site's name alone: `side` in the left column, the
    article's `headline` over its text in the middle one."""
    page = (
        f"<html><head><title>{SITE}</title></head><body><table width='778'>"
        f"<tr><td colspan='2'><img src='images/banner.jpg' alt='{SITE}'></td></tr><tr>"
        f"<td width='180' valign='top'>{side}</td>"
        f"<td valign='top'>{headline}{TEXT}</td></tr></table></body></html>"
    )
    return extract_record(page, URL, NOW)


ARTICLE_TITLE = f"<table><tr><td class='title'>{TITLE}</td></tr></table>"


def test_a_title_over_a_list_of_links_is_a_side_box_not_the_headline() -> None:
    side = (
        "<table><tr><td class='tieude'><b>Lĩnh vực</b></td></tr>"
        "<tr><td><a href='cm.asp?id=1'>Kinh tế</a></td></tr>"
        "<tr><td><a href='cm.asp?id=2'>Văn hóa - Xã hội</a></td></tr>"
        "<tr><td><a href='cm.asp?id=3'>Giáo dục</a></td></tr></table>"
    )
    assert record(side, ARTICLE_TITLE)["headline"] == TITLE


def test_a_title_classed_as_a_box_s_is_no_headline() -> None:
    side = (
        "<table><tr><td class='module-title'>Thống kê truy cập</td></tr>"
        "<tr><td>Hôm nay: 212</td></tr><tr><td>Tất cả: 1.204.512</td></tr></table>"
    )
    assert record(side, ARTICLE_TITLE)["headline"] == TITLE


def test_with_no_title_classed_the_large_bold_line_is_the_headline() -> None:
    side = "<p><a href='lienhe.asp'>Liên hệ</a></p>"
    headline = f"<p><font size='4' color='#003366'><b>{TITLE}</b></font></p>"
    assert record(side, headline)["headline"] == TITLE
