"""Rules the generic extractor learnt from the fifth blind table of publish-time placements
(`tests/fixtures/placements/published5.json`, whole pages of other stacks): which line holds
the article's publish and update times, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import record_from_html

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinhuyen.example.vn/tin-tuc/ben-do-moi-t5620.html"
TITLE = "Xã Long Phú đưa bến đò ngang mới vào sử dụng"
TEXT = (
    "<p>Bến đò mới có mái che, phao cứu sinh và nhà chờ cho khoảng 40 người.</p>"
    "<p>Mỗi ngày có hơn 300 lượt học sinh và bà con qua sông tại bến này.</p>"
    "<p>Xã giao tổ tự quản của ấp theo dõi, nhắc chủ đò chở đúng số người quy định.</p>"
)
FIELDS = ("published_at", "published_raw", "modified_at", "modified_raw")
NONE = dict.fromkeys(FIELDS)


def _times(page: str) -> dict:
    record = record_from_html(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


def times(after: str = "", top: str = "") -> dict:
    """The record's times for an article printing `after` under its headline, the page opening
    with `top` over the site's name."""
    return _times(
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>{top}"
        "<header><a href='/'>Tin Huyện</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<div class='wrap'><div class='col-main'><h1>{TITLE}</h1>{after}"
        f"<div class='content'>{TEXT}</div></div></div>"
        "<footer>© 2025 Tin Huyện</footer></body></html>"
    )


def thread_times(head: str, replies: str = "") -> dict:
    """The record's times for a forum thread whose first post opens with `head`, the text under
    it, then the `replies`."""
    return _times(
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<div id='header'><a href='/'>Diễn đàn Tin Huyện</a></div>"
        f"<div id='content'><h1>{TITLE}</h1><div class='post' id='post-1'>{head}"
        f"<div class='post-body'>{TEXT}</div></div>{replies}</div>"
        "</body></html>"
    )


def test_a_tiny_age_in_words_under_a_title() -> None:
    """A forum's tiny age, a count and its unit's word without `trước` (`<span title="3 Thg 12,
    2025 9:15 sáng">2 ngày</span>`), under a title stating the time: the title is the line."""
    after = "<div class='post-date'><span title='3 Thg 12, 2025 9:15 sáng'>2 ngày</span></div>"
    assert times(after) == {
        "published_at": "2025-12-03T09:15:00+07:00",
        "published_raw": "3 Thg 12, 2025 9:15 sáng",
        "modified_at": None,
        "modified_raw": None,
    }


def test_a_relative_day_with_its_clock_in_a_child() -> None:
    """`Hôm qua, <span class="time">21:40</span>`: the day named relative to today and its clock
    in a child of its own are one line, the first post's, not a reply's `Hôm nay, 06:02`."""
    head = "<span class='date'>Hôm qua, <span class='time'>21:40</span></span>"
    replies = (
        "<div class='post reply'><div class='post-date'>Hôm nay, 06:02</div>"
        "<p>Cảm ơn thông tin hữu ích.</p></div>"
    )
    assert thread_times(head, replies) == {
        "published_at": "2025-12-05T21:40:00+07:00",
        "published_raw": "Hôm qua, 21:40",
        "modified_at": None,
        "modified_raw": None,
    }


def test_a_posts_own_header_after_the_headline() -> None:
    """A `<header>` heading the post that holds the text, after the headline (Flarum's
    `Post-header` with the poster and a relative `<time datetime>`), is the post's head: its
    time is the publish time, not the site header's tag's furniture."""
    head = (
        "<header class='Post-header'><span class='username'>namkhoa</span> "
        "<time datetime='2025-12-02T13:05:00+00:00'>3 ngày trước</time></header>"
    )
    assert thread_times(head) == {
        "published_at": "2025-12-02T20:05:00+07:00",
        "published_raw": "2025-12-02T13:05:00+00:00",
        "modified_at": None,
        "modified_raw": None,
    }


def test_a_date_in_a_cell_beside_the_articles_cell_is_the_columns() -> None:
    """A table layout's right column of new documents (`Quyết định số 210/QĐ-UBND` and `Ban
    hành: 25/11/2025`), beside the cell holding the headline and the text: the column's dates,
    not the article's, which prints none."""
    documents = "".join(
        f"<div class='vb-item'><a href='/van-ban/{n}.aspx'>Quyết định số {n}/QĐ-UBND</a> "
        f"<span>Ban hành: {n - 185}/11/2025</span></div>"
        for n in (210, 209, 208)
    )
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><table>"
        "<tr><td colspan='2'><a href='/'><img src='/logo.gif' alt='Tin Huyện'></a></td></tr>"
        f"<tr><td class='center'><h2>{TITLE}</h2><div class='noidung'>{TEXT}</div></td>"
        f"<td class='right'>{documents}</td></tr></table></body></html>"
    )
    assert _times(page) == NONE


def test_a_date_in_the_sites_banner_before_the_headline() -> None:
    """A portal's banner (`<div id="banner" class="portlet-banner">` with its emblem, linked
    nowhere, its name and `Thứ Bảy, ngày 06/12/2025`) is the site's: today, not the article's
    `Ngày cập nhật` day."""
    top = (
        "<div id='banner' class='portlet-banner'><img src='/emblem.png' alt=''>"
        "<div>CỔNG THÔNG TIN ĐIỆN TỬ XÃ LONG PHÚ</div><div>Thứ Bảy, ngày 06/12/2025</div></div>"
    )
    assert times(top=top) == NONE
    assert times("<div class='news-date'>Ngày cập nhật 03/12/2025</div>", top) == {
        "published_at": "2025-12-03T00:00:00+07:00",
        "published_raw": "Ngày cập nhật 03/12/2025",
        "modified_at": None,
        "modified_raw": None,
    }


def test_a_writers_list_item_before_the_days() -> None:
    """A page builder's list of the post's facts, the writer's item, then the day's and the
    clock's (`<li>Quốc Đạt</li><li>03/12/2025</li><li>10:25 SA</li>`): the writer is another
    item, no part of the line."""
    after = (
        "<ul class='post-info'><li><span>Quốc Đạt</span></li><li><span>03/12/2025</span></li>"
        "<li><span>10:25 SA</span></li></ul>"
    )
    assert times(after) == {
        "published_at": "2025-12-03T10:25:00+07:00",
        "published_raw": "03/12/2025 10:25 SA",
        "modified_at": None,
        "modified_raw": None,
    }


def test_an_update_label_without_colon_before_the_weekday() -> None:
    """K2's `Sửa lần cuối vào Thứ tư, 03 Tháng 12 2025 08:15` under the text keeps its label, as
    `Lần cập nhật cuối: Thứ ba, …` does: the weekday follows the label, not a name."""
    after = "<div class='created'>Thứ ba, 02 Tháng 12 2025 10:24</div>"
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Tin Huyện</a></header>"
        f"<div class='itemView'><h1>{TITLE}</h1>{after}<div class='itemFullText'>{TEXT}</div>"
        "<div class='itemDateModified'>Sửa lần cuối vào Thứ tư, 03 Tháng 12 2025 08:15</div>"
        "</div></body></html>"
    )
    assert _times(page) == {
        "published_at": "2025-12-02T10:24:00+07:00",
        "published_raw": "Thứ ba, 02 Tháng 12 2025 10:24",
        "modified_at": "2025-12-03T08:15:00+07:00",
        "modified_raw": "Sửa lần cuối vào Thứ tư, 03 Tháng 12 2025 08:15",
    }
