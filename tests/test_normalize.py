"""Raw extraction → record: nothing guessed, raw strings kept, reasons reported."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.body import Image
from parsers.extract import Extraction
from parsers.record import RECORD_KEYS
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines.normalize import normalize, strip_dateline

pytestmark = pytest.mark.usefixtures("far_clock")
FETCHED = datetime(2024, 7, 3, 3, 15, tzinfo=LOCAL_TZ)


def raw(**fields) -> Extraction:
    return Extraction(
        url="https://baothaibinh.com.vn/tin-tuc/12/1/x", site="baothaibinh", layout="2020", **fields
    )


@pytest.mark.parametrize(
    ("lead", "summary"),
    [
        ("(BTB) - Sáng 25/9, tỉnh khai mạc.", "Sáng 25/9, tỉnh khai mạc."),
        ("(Dân trí) - Giá vàng giảm.", "Giá vàng giảm."),
        ("(NLĐO)- Hộ kinh doanh chưa quen.", "Hộ kinh doanh chưa quen."),
        ("(Baonghean.vn) - Nông dân xuống đồng.", "Nông dân xuống đồng."),
        ("PTO- Các cụm công nghiệp thu hút vốn.", "Các cụm công nghiệp thu hút vốn."),
        ("BGĐT - Vải thiều được giá.", "Vải thiều được giá."),
        ("VN-Index tăng 12 điểm.", "VN-Index tăng 12 điểm."),
        ("UBND tỉnh họp phiên thường kỳ.", "UBND tỉnh họp phiên thường kỳ."),
        (None, None),
    ],
)
def test_dateline_prefix_is_stripped(lead: str | None, summary: str | None) -> None:
    assert strip_dateline(lead) == summary


def test_full_record() -> None:
    result = normalize(
        raw(
            headline="  Bảo đảm\u00a0an toàn  ",
            summary="(BTB) - Lead.",
            published_raw="Thứ 6, 25/09/2020 | 10:13:43",
            views_raw="9,330 lượt xem",
            byline_raw="Bài và ảnh: Minh Hằng",
            paragraphs=["Một.", "  ", "Hai\u200b."],
            images=[Image("https://media.x.vn/a.jpg", " Chú thích ")],
            tags=["Đại hội", "Đại hội", "An ninh"],
            site_article_id="1",
        ),
        FETCHED,
    )
    assert result.record == {
        "url": "https://baothaibinh.com.vn/tin-tuc/12/1/x",
        "site": "baothaibinh",
        "headline": "Bảo đảm an toàn",
        "summary": "Lead.",
        "published_at": "2020-09-25T10:13:43+07:00",
        "published_raw": "Thứ 6, 25/09/2020 | 10:13:43",
        "modified_at": None,
        "views": 9330,
        "views_raw": "9,330 lượt xem",
        "byline": "Minh Hằng",
        "authors": ["Minh Hằng"],
        "body": "Một.\n\nHai.",
        "category": None,
        "tags": ["Đại hội", "An ninh"],
        "images": [{"url": "https://media.x.vn/a.jpg", "caption": "Chú thích"}],
        "source": None,
        "site_article_id": "1",
        "modified_raw": None,
        "fetched_at": "2024-07-03T03:15:00+07:00",
        "layout": "2020",
    }
    assert tuple(result.record) == RECORD_KEYS
    assert (result.date_rule, result.problems) == ("dmy_time", [])


def test_unreadable_values_are_null_with_raw_kept_and_a_reason() -> None:
    result = normalize(
        raw(published_raw="Đang cập nhật", modified_raw="Sửa lần cuối", views_raw="nhiều lượt xem"),
        FETCHED,
    )
    record = result.record
    assert (record["published_at"], record["published_raw"]) == (None, "Đang cập nhật")
    assert (record["modified_at"], record["modified_raw"]) == (None, "Sửa lần cuối")
    assert (record["views"], record["views_raw"]) == (None, "nhiều lượt xem")
    assert result.date_rule is None
    assert result.problems == [
        "unreadable publish time 'Đang cập nhật'",
        "unreadable update time 'Sửa lần cuối'",
        "unreadable view count 'nhiều lượt xem'",
    ]


def test_a_time_after_the_fetch_is_null_with_raw_kept_and_said_to_be_future() -> None:
    """Never moved back to a plausible year: a scheduled post or a typo, told apart from an
    unreadable line."""
    result = normalize(
        raw(published_raw="22/09/2099 | 14:20", modified_raw="Thứ 2, 01/01/2099 08:00"), FETCHED
    )
    assert (result.record["published_at"], result.record["modified_at"]) == (None, None)
    assert result.problems == [
        "future publish time '22/09/2099 | 14:20'",
        "future update time 'Thứ 2, 01/01/2099 08:00'",
    ]


def test_a_weekday_with_a_bare_hour_is_null_and_reported_unreadable() -> None:
    """The fallback would fill the day from the fetch time; the line names none, so the value is
    NULL and the reason is reported."""
    result = normalize(raw(published_raw="thứ bảy 1 giờ"), FETCHED)
    assert (result.record["published_at"], result.date_rule) == (None, None)
    assert result.problems == ["unreadable publish time 'thứ bảy 1 giờ'"]


def test_an_evening_still_to_come_is_null_and_reported_unreadable() -> None:
    """`tối nay` on a page fetched in the morning names an evening that has not begun: the
    fetch time would be a guess, so the value is NULL and the reason is reported."""
    result = normalize(raw(published_raw="Tối nay"), FETCHED)
    assert (result.record["published_at"], result.date_rule) == (None, None)
    assert result.problems == ["unreadable publish time 'Tối nay'"]


def test_agency_credit_is_a_source_not_a_person() -> None:
    record = normalize(raw(byline_raw="Theo TTXVN"), FETCHED).record
    assert (record["byline"], record["authors"], record["source"]) == (None, [], "TTXVN")


def test_relative_date_is_anchored_on_the_fetch_time() -> None:
    record = normalize(raw(published_raw="2 giờ trước"), FETCHED).record
    assert record["published_at"] == "2024-07-03T01:15:00+07:00"
