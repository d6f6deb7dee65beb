"""Rules the generic extractor learnt from the fourth blind table of publish-time placements
(`tests/fixtures/placements/published4.json`, whole pages of other stacks): which line holds
the article's publish and update times, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import record_from_html

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinhuyen.example.vn/tin-tuc/cho-phien-moi-t5520.aspx"
TITLE = "Xã Vĩnh Hòa khai trương chợ phiên nông sản cuối tuần"
TEXT = (
    "<p>Chợ họp vào sáng thứ Bảy hằng tuần tại sân nhà văn hóa xã.</p>"
    "<p>Hơn 40 hộ dân đăng ký bán rau, trái cây và cá đồng tự nuôi.</p>"
    "<p>Ban quản lý chợ cho biết sẽ thu phí thấp để bà con cùng tham gia.</p>"
)
FIELDS = ("published_at", "published_raw", "modified_at", "modified_raw")
NONE = dict.fromkeys(FIELDS)


def times(after: str = "", lead: str = "", side: str = "", entry: str = "") -> dict:
    """The record's times for an article printing `after` under its headline, `lead` as its
    first paragraph and `entry` after its text, beside a side column `side`."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Tin Huyện</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<div class='wrap'><div class='col-main'><h1>{TITLE}</h1>{after}"
        f"<div class='content'>{lead}{TEXT}</div>{entry}</div>"
        f"<div class='col-side'>{side}</div></div>"
        "<footer>© 2025 Tin Huyện</footer></body></html>"
    )
    record = record_from_html(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


def table_times(top: str, left: str, after: str) -> dict:
    """The record's times for an old table layout: a top row `top`, the logo's row, a left cell
    `left` beside the article's cell, the article printing `after` under its headline."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><table class='main'>"
        f"<tr><td class='top' colspan='2'>{top}</td></tr>"
        "<tr><td class='logo' colspan='2'><a href='/'><img src='/logo.gif' alt='Tin Huyện'></a>"
        "</td></tr>"
        f"<tr><td class='left'>{left}</td><td class='center'><h1>{TITLE}</h1>{after}"
        f"<div class='content'>{TEXT}</div></td></tr>"
        "</table></body></html>"
    )
    record = record_from_html(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


HOT_ITEMS = "".join(
    f"<div class='hot-item'><a href='/tin/{slug}.aspx'>{title}</a>"
    f" <span class='d'>{day}/12/2025 0{n}:15</span></div>"
    for n, (slug, title, day) in enumerate(
        (
            ("gia-lua-tang-t5401", "Giá lúa tăng, nông dân phấn khởi xuống giống", "05"),
            ("mua-lon-sat-lo-t5402", "Mưa lớn gây sạt lở trên tuyến tỉnh lộ 8", "04"),
            ("lich-cat-dien-t5403", "Lịch cắt điện tuần tới tại các xã phía nam", "03"),
        )
    )
)


def test_a_date_in_a_run_of_like_items_is_their_articles() -> None:
    """A date in one of a run of like `<div>` items (an old layout's `Tin đọc nhiều` column,
    each a title linking another article and its day) is that article's, as in a `<li>`: a
    page printing no time of its own has none."""
    assert times(side=HOT_ITEMS) == NONE
    assert table_times("Tin Huyện", HOT_ITEMS, "") == NONE


def test_todays_date_in_a_row_over_the_logos_row_is_the_sites() -> None:
    """A table's top row printing today (`Thứ Bảy, 06/12/2025`) over the row of the logo
    linked home, before the row holding the article, is the site's header."""
    assert table_times("Thứ Bảy, 06/12/2025", "", "") == NONE


def test_a_count_in_words_ends_its_word() -> None:
    """`chính trước` is no `chín h trước` (nine hours ago): a deadline in the text (`Phòng Hành
    chính trước ngày 15/12/2025`) names no publish time."""
    lead = "<p>Các đơn vị gửi báo cáo về Phòng Hành chính trước ngày 15/12/2025 để tổng hợp.</p>"
    assert times(lead=lead) == NONE


def test_an_update_clock_on_twelve_hours_closing_the_line() -> None:
    """`Cập nhật lúc 9:15 SA` closing the publish line is the update time on its day, as
    `Cập nhật lúc 09:15` is."""
    got = times(after="<p>02/12/2025 06:45 - Cập nhật lúc 3:15 CH</p>")
    assert got == {
        "published_at": "2025-12-02T06:45:00+07:00",
        "published_raw": "02/12/2025 06:45",
        "modified_at": "2025-12-02T15:15:00+07:00",
        "modified_raw": "Cập nhật lúc 3:15 CH",
    }


def test_an_update_clock_in_the_element_after_the_line() -> None:
    """An update's clock in its own element right after the publish line's (`<span>02/12/2025
    06:45</span> <span>Cập nhật lúc 9:15 SA</span>`) is the line's update."""
    got = times(after="<p><span>02/12/2025 06:45</span> <span>Cập nhật lúc 9:15 SA</span></p>")
    assert got == {
        "published_at": "2025-12-02T06:45:00+07:00",
        "published_raw": "02/12/2025 06:45",
        "modified_at": "2025-12-02T09:15:00+07:00",
        "modified_raw": "Cập nhật lúc 9:15 SA",
    }


def test_a_relative_update_under_its_own_title_after_a_relative_publish() -> None:
    """`Đã hỏi <span title=…>3 ngày trước</span> Đã sửa <span title=…>2 ngày trước</span>`:
    the first title is the publish time, the second the update time."""
    after = (
        "<div class='stats'><span>Đã hỏi <span title='2025-12-03 09:14:00Z'>3 ngày trước</span>"
        "</span> <span>Đã sửa <span title='2025-12-04 01:00:00Z'>2 ngày trước</span></span></div>"
    )
    assert times(after=after) == {
        "published_at": "2025-12-03T16:14:00+07:00",
        "published_raw": "2025-12-03 09:14:00Z",
        "modified_at": "2025-12-04T08:00:00+07:00",
        "modified_raw": "2025-12-04 01:00:00Z",
    }


def test_an_hatom_stamp_in_the_entrys_footer() -> None:
    """Blogger's `<abbr class="published" title="…">` in the `post-footer` of the entry holding
    the headline gives the minute of the day its date header prints alone."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<div class='header-outer'><a href='/'>Sổ tay Vĩnh Hòa</a></div>"
        "<div class='post hentry'><h2 class='date-header'><span>Thứ Ba, 2 tháng 12, 2025</span>"
        f"</h2><h3 class='post-title entry-title'>{TITLE}</h3>"
        f"<div class='post-body entry-content'>{TEXT}</div>"
        "<div class='post-footer'>Đăng bởi <span class='fn'>Thanh Vân</span> lúc "
        "<abbr class='published' title='2025-12-02T19:30:00+07:00'>7:30 CH</abbr></div></div>"
        "</body></html>"
    )
    record = record_from_html(page, URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-12-02T19:30:00+07:00",
        "2025-12-02T19:30:00+07:00",
    )
