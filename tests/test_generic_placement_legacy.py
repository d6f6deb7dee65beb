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


def record(side: str, headline: str, title: str = SITE, strip: str = "") -> dict:
    """An old table layout titled with the site's name alone (or `title`) under an archive's
    `strip`: `side` in the left column, the article's `headline` over its text in the middle
    one."""
    page = (
        f"<html><head><title>{title}</title></head><body>{strip}<table width='778'>"
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


MENU = "<p><a href='/'>Trang chủ</a> | <a href='gioithieu.asp'>Giới thiệu</a></p>"


def test_an_editor_s_default_title_gives_way_to_the_strong_line_over_the_text() -> None:
    headline = f"<p><strong>{TITLE}</strong></p>"
    assert record(MENU, headline, "Untitled Document")["headline"] == TITLE


def test_a_menu_link_s_title_gives_way_to_the_bold_line_over_the_text() -> None:
    headline = f"<p><b><big>{TITLE}</big></b></p><p class='ngay'>Thứ Sáu, 05/12/2008</p>"
    assert record(MENU, headline, "Trang chủ")["headline"] == TITLE


def test_a_bold_cell_in_the_row_over_the_text_s_cell_is_the_headline() -> None:
    page = (
        f"<html><head><title>{SITE}</title></head><body>"
        f"<table><tr><td class='thead'><img src='icon.gif' alt=''> <strong>{TITLE}</strong>"
        "</td></tr><tr><td><div class='small'>05-12-2008, 08:05 AM</div>"
        f"<div>{TEXT}</div></td></tr></table></body></html>"
    )
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_label_and_a_kicker_over_the_headline_are_passed_over() -> None:
    headline = (
        "<p><b>Tin nổi bật:</b> <a href='tin.asp?id=417'>Hội nghị sơ kết vụ mùa</a></p>"
        "<font size='2'><b>(TIN HUYỆN NHÀ)</b></font><br>"
        f"<font size='3' color='#CC0000'><b>{TITLE}</b></font><br>"
    )
    assert record(MENU, headline, "Trang thong tin dien tu huyen Mau Don")["headline"] == TITLE


def test_a_line_styled_large_and_bold_over_the_text_is_the_headline() -> None:
    headline = (
        f"<span style='font-size:14pt;font-weight:bold'>{TITLE}</span><br>"
        "<span style='font-size:8pt'>08:05 - 05/12/2008</span>"
    )
    assert record(MENU, headline, "Trang chủ")["headline"] == TITLE


def test_an_update_line_beside_a_text_opening_with_its_headline_is_the_article_s() -> None:
    page = (
        "<html><head><title>Huyện Mẫu Đơn</title></head><body><div class='post'>"
        f"<div class='body'><div class='content'><p><strong>{TITLE}</strong></p>{TEXT}</div></div>"
        "<div class='stats'><span>Đăng: 05/12/2008 08:05</span>"
        "<span>Cập nhật: 05/12/2008 09:10</span></div></div></body></html>"
    )
    got = extract_record(page, URL, NOW)
    assert got["headline"] == TITLE
    assert got["modified_at"] == "2008-12-05T09:10:00+07:00"


def test_a_greeting_or_a_place_s_name_in_the_title_names_no_article() -> None:
    headline = f"<p><b><big>{TITLE}</big></b></p>"
    greeting = "::: Chào mừng quý khách đến với cổng thông tin điện tử huyện Mẫu Đơn :::"
    assert record(MENU, headline, greeting)["headline"] == TITLE
    assert record(MENU, headline, "Quê hương Lam Sơn")["headline"] == TITLE


def test_an_article_s_own_title_printed_nowhere_stands() -> None:
    own = "Bến đò mới trên sông Lam đón những chuyến khách đầu tiên"
    assert record(MENU, f"<p><b><big>{TITLE}</big></b></p>", own)["headline"] == own


def test_a_calendar_strip_s_months_and_day_are_no_publish_line() -> None:
    strip = (
        "<div style='position:relative'><table><tr><td><a href='/web/'><img src='logo.png' alt=''>"
        "</a></td><td align='center'><a href='#'>OCT</a> <b>NOV</b> <a href='#'>DEC</a><br>"
        "<b>09</b><br>2007 <b>2008</b> 2009</td><td><a href='/web/*/tin.asp'>12 bản lưu</a><br>"
        "9 Nov 2008 - 3 Mar 2016</td></tr></table></div>"
    )
    headline = f"{ARTICLE_TITLE}<font size='1'>Cập nhật lúc 08:05 AM, 05/12/2008</font>"
    got = record(MENU, headline, strip=strip)
    assert got["published_raw"] == "Cập nhật lúc 08:05 AM, 05/12/2008"
    assert got["published_at"] == "2008-12-05T08:05:00+07:00"


def test_a_day_beside_a_link_in_a_table_row_of_other_news_is_theirs() -> None:
    rows = "".join(
        f"<tr><td><img src='bullet.gif'> <a href='tin.asp?id={n}'>{title}</a> "
        f"<font size='1' color='#999999'>({day})</font></td></tr>"
        for n, (title, day) in enumerate(
            [
                ("Xã Mẫu Đơn khánh thành trường mầm non mới", "01/01/2009"),
                ("Nông dân Mẫu Đơn thu hoạch lạc được mùa", "04/02/2009"),
                ("Huyện tổ chức hội thi văn nghệ quần chúng", "07/03/2009"),
            ]
        )
    )
    side = f"<table class='tinmoi'><tr><td class='box_title'><b>TIN MỚI</b></td></tr>{rows}</table>"
    got = record(side, ARTICLE_TITLE)
    assert (got["published_at"], got["published_raw"]) == (None, None)


def test_a_label_in_a_cell_of_its_own_stays_out_of_the_day_s_line() -> None:
    dated = (
        "<table cellpadding='2'><tr><td width='90'><font size='1'>Ngày đăng:</font></td>"
        "<td><font size='1'>05/12/2008</font></td></tr></table>"
    )
    got = record(MENU, ARTICLE_TITLE + dated)
    assert (got["published_raw"], got["published_at"]) == (
        "05/12/2008",
        "2008-12-05T00:00:00+07:00",
    )


def test_a_price_box_s_stamp_is_no_publish_line() -> None:
    side = (
        "<table border='1' class='tygia'><tr><td colspan='3'><b>Tỷ giá ngoại tệ</b> "
        "(cập nhật 03/11/2009 08:30)</td></tr><tr><td>USD</td><td>17.941</td><td>17.943</td>"
        "</tr></table>"
    )
    got = record(side, ARTICLE_TITLE)
    assert (got["published_at"], got["published_raw"]) == (None, None)
    dated = "<font size='1'>Cập nhật lúc 07:40, 03/11/2009</font>"
    got = record(side, ARTICLE_TITLE + dated)
    assert (got["published_raw"], got["published_at"]) == (
        "Cập nhật lúc 07:40, 03/11/2009",
        "2009-11-03T07:40:00+07:00",
    )


def test_an_element_classed_as_the_blog_s_name_is_no_headline() -> None:
    headline = (
        "<h1 class='blogname'>Nhật ký Sông Lam</h1><div class='blogdesc'>Ghi chép vụn vặt</div>"
        f"<h4 class='entrytitle'>{TITLE}</h4>"
    )
    assert record(MENU, headline, title="Nhật ký Sông Lam - Blog")["headline"] == TITLE
