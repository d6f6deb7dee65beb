"""Rules the generic extractor learnt from the third blind table of publish-time placements
(`tests/fixtures/placements/published3.json`, whole pages): which line holds the article's
publish and update times, and how much of it is the printed time, on invented pages of their
own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import record_from_html

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://baobaclieu.example.vn/xa-hoi/nha-van-hoa-ap-moi-c7301.html"
TITLE = "Ấp Cái Dầy khánh thành nhà văn hóa mới cho bà con"
TEXT = (
    "<p>Nhà văn hóa rộng 200 m2 được xây bằng vốn ngân sách và tiền bà con đóng góp.</p>"
    "<p>Đây là nơi sinh hoạt của các chi hội và lớp học xóa mù chữ buổi tối.</p>"
    "<p>Ban quản lý ấp đã lên lịch sử dụng cho từng đoàn thể trong tháng tới.</p>"
)
FIELDS = ("published_at", "published_raw", "modified_at", "modified_raw")
MOST_READ = (
    "<div class='box'><h3>Đọc nhiều</h3><ol>"
    "<li><a href='/tin/gia-lua-tang-c7001.html'>Giá lúa tăng, nông dân phấn khởi xuống giống</a>"
    " <span class='t'>05/12/2025 07:00</span></li>"
    "<li><a href='/tin/mua-lon-sat-lo-c7002.html'>Mưa lớn gây sạt lở trên tuyến tỉnh lộ</a>"
    " <span class='t'>04/12/2025 16:30</span></li>"
    "</ol></div>"
)


def times(after: str = "", lead: str = "", side: str = "") -> dict:
    """The record's times for an article printing `after` under its headline and `lead` as its
    first paragraph, beside a side column `side` no class marks as furniture."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Báo Bạc Liêu</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<div class='wrap'><div class='col-main'><h1>{TITLE}</h1>{after}"
        f"<div class='content'>{lead}{TEXT}</div></div><div class='col-side'>{side}</div></div>"
        "<footer>© 2025 Báo Bạc Liêu</footer></body></html>"
    )
    record = record_from_html(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


def test_a_most_read_items_time_is_no_publish_time() -> None:
    """A date in an item of a list of other articles (`<li><a>title</a> <span>05/12/2025
    07:00</span></li>`) is that article's: a page printing no time of its own has none, and a
    day printed alone under the headline keeps its midnight, not an item's minute that day."""
    assert times(side=MOST_READ) == dict.fromkeys(FIELDS)
    got = times(after="<p class='ngay'>Ngày đăng: 04/12/2025</p>", side=MOST_READ)
    assert got == {
        "published_at": "2025-12-04T00:00:00+07:00",
        "published_raw": "Ngày đăng: 04/12/2025",
        "modified_at": None,
        "modified_raw": None,
    }


def test_a_new_items_relative_time_is_no_publish_time() -> None:
    """`1 giờ trước` after another article's title in a list item is that article's age."""
    side = (
        "<ul><li><a href='/tin/hoi-thi-nau-an-c7003.html'>Hội thi nấu ăn ngon của phụ nữ xã"
        "</a> <em>1 giờ trước</em></li></ul>"
    )
    assert times(side=side) == dict.fromkeys(FIELDS)


def test_an_update_line_in_brackets_is_read_without_them() -> None:
    """`(Cập nhật 08:15 ngày 03/12/2025)` after the publish line or opening the text: the
    brackets set the note apart and are no part of the update line as printed."""
    after = "<p class='ngay'>Thứ Ba, 02/12/2025 - 20:30 (Cập nhật 08:15 ngày 03/12/2025)</p>"
    assert times(after=after) == {
        "published_at": "2025-12-02T20:30:00+07:00",
        "published_raw": "Thứ Ba, 02/12/2025 - 20:30",
        "modified_at": "2025-12-03T08:15:00+07:00",
        "modified_raw": "Cập nhật 08:15 ngày 03/12/2025",
    }
    got = times(
        after="<p class='ngay'>01/12/2025 18:30</p>",
        lead="<p><em>(Cập nhật lúc 07:10 ngày 02/12/2025)</em></p>",
    )
    assert got["modified_raw"] == "Cập nhật lúc 07:10 ngày 02/12/2025"


def test_a_labelled_writer_before_a_dash_is_no_part_of_the_line() -> None:
    """`Tác giả: Hồng Nhung - 04/12/2025 19:20`: the writer's field is another item of the row,
    set apart by the dash as `·` and `|` set a name apart; a date's own label before a weekday
    and a dash stays (`Ngày đăng: Thứ Năm - 04/12/2025 19:20`)."""
    got = times(after="<div class='info'>Tác giả: Hồng Nhung - 04/12/2025 19:20</div>")
    assert got["published_raw"] == "04/12/2025 19:20"
    assert got["published_at"] == "2025-12-04T19:20:00+07:00"
    got = times(after="<div class='info'>Ngày đăng: Thứ Năm - 04/12/2025 19:20</div>")
    assert got["published_raw"] == "Ngày đăng: Thứ Năm - 04/12/2025 19:20"


def test_today_in_a_dau_trang_header_is_no_publish_day() -> None:
    """`dau-trang` (the page's top, in Vietnamese) classes the site's header as `chan-trang`
    classes its footer: today's date printed there is no publish day of an article printing
    none."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<div class='dau-trang'><div class='ngay-hom-nay'>Thứ Bảy, 06/12/2025</div>"
        "<a href='/'>Báo Bạc Liêu</a></div>"
        f"<div class='noi-dung'><h1>{TITLE}</h1><div class='content'>{TEXT}</div></div>"
        "</body></html>"
    )
    record = record_from_html(page, URL, NOW)
    assert {name: record[name] for name in FIELDS} == dict.fromkeys(FIELDS)


def test_an_update_clock_alone_beside_the_publish_line_is_on_its_day() -> None:
    """`Cập nhật lúc 14:05` in its own span closing the publish line prints no day: the line's
    day is the update's; a clock before the publish time names a day the page does not print."""
    after = "<p class='ngay'>Thứ Tư, 03/12/2025 - 09:10 <span>Cập nhật lúc 14:05</span></p>"
    assert times(after=after) == {
        "published_at": "2025-12-03T09:10:00+07:00",
        "published_raw": "Thứ Tư, 03/12/2025 - 09:10",
        "modified_at": "2025-12-03T14:05:00+07:00",
        "modified_raw": "Cập nhật lúc 14:05",
    }
    after = "<p class='ngay'>Thứ Tư, 03/12/2025 - 09:10 <span>Cập nhật lúc 08:05</span></p>"
    assert times(after=after)["modified_at"] is None


def test_today_over_the_logo_in_an_unmarked_block_is_no_publish_day() -> None:
    """Today's date over the site's logo linked home and the menu, in a table cell (or a
    `<div>`) no tag or class marks as the header, is no publish day of an article printing
    none; a publish line under the headline is still read."""
    for top in ("<table><tr><td>{}</td></tr></table>", "<div>{}</div>"):
        header = top.format(
            "<div class='dong-tren'>Thứ Bảy, 06/12/2025</div><a class='lg' href='/'>"
            "<img src='/lg.png' alt='Báo Bạc Liêu'></a><ul><li><a href='/xa-hoi'>Xã hội</a></li>"
            "<li><a href='/kinh-te'>Kinh tế</a></li></ul>"
        )
        for after, expected in (("", None), ("<p>03/12/2025 15:40</p>", "03/12/2025 15:40")):
            page = (
                f"<html lang='vi'><head><title>{TITLE}</title></head><body>{header}"
                f"<div><div><h1>{TITLE}</h1>{after}<div>{TEXT}</div></div></div></body></html>"
            )
            assert record_from_html(page, URL, NOW)["published_raw"] == expected


def test_a_date_among_the_mastheads_lines_is_the_sites_stamp() -> None:
    """`Cập nhật lúc 09:30 06/12/2025` among a classless block's licence, editor and copyright
    lines closing the page is the site's stamp, not the article's publish or update time."""
    masthead = (
        "<div><p>Tổng Biên tập: Trần Văn Khải</p><p>Giấy phép số 45/GP-BTTTT cấp ngày"
        " 02/04/2022</p><p>Cập nhật lúc 09:30 06/12/2025</p><p>© 2025 Báo Bạc Liêu</p></div>"
    )
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<div><div><h1>{TITLE}</h1><div>{TEXT}</div></div></div>{masthead}</body></html>"
    )
    record = record_from_html(page, URL, NOW)
    assert {name: record[name] for name in FIELDS} == dict.fromkeys(FIELDS)
