"""Any instant, printed in any supported site format, parses back to itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime, search_datetime

NOW = datetime(2030, 12, 31, 23, 59, tzinfo=LOCAL_TZ)
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAY_DIGITS = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN"]
MONTH_WORDS = [
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Mười Hai",
]


def h12(dt: datetime) -> int:
    return dt.hour % 12 or 12


def am_pm(dt: datetime) -> str:
    return "AM" if dt.hour < 12 else "PM"


def sa_ch(dt: datetime) -> str:
    return "SA" if dt.hour < 12 else "CH"


def part_of_day(dt: datetime) -> str:
    """The word sites print with a 12-hour clock: 12 giờ đêm is midnight, 1 giờ trưa is 13:00."""
    hour = dt.hour
    if hour < 5 or hour >= 22:
        return "đêm"
    if hour < 11:
        return "sáng"
    if hour < 13:
        return "trưa"
    return "chiều" if hour < 18 else "tối"


# (formatter, precision): each mirrors a shape of docs/vn-formats.md section 1.
FORMATS: list[tuple[Callable[[datetime], str], str]] = [
    (lambda d: f"{WEEKDAY_DIGITS[d.weekday()]}, {d:%d/%m/%Y | %H:%M:%S}", "second"),
    (lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)", "minute"),
    (lambda d: f"{WEEKDAYS[d.weekday()].upper()} - {d:%d/%m/%Y %H:%M}", "minute"),
    (lambda d: f"{d:%d/%m/%Y - %H:%M}", "minute"),
    (lambda d: f"{d:%d/%m/%Y  %H:%M}", "minute"),
    (lambda d: f"{d:%d/%m/%Y %H:%M} GMT+7", "minute"),
    (lambda d: f"{d:%d-%m-%Y} - {h12(d):02d}:{d:%M} {am_pm(d)}", "minute"),
    (lambda d: f"{d:%d/%m/%Y} {h12(d)}:{d:%M} {sa_ch(d)}", "minute"),
    (lambda d: f"{d:%d/%m/%Y} {h12(d)}:{d:%M} {part_of_day(d)}", "minute"),
    (lambda d: f"- {d:%d/%m/%Y %H:%M}", "minute"),
    (lambda d: f"{d:%H:%M, %d/%m/%Y}", "minute"),
    (lambda d: f"{d:%H:%M} Ngày {d:%d/%m/%Y}", "minute"),
    (lambda d: f"{d:%H:%M}' {d:%d/%m/%Y}", "minute"),
    (lambda d: f"{d.hour}h{d:%M} ngày {d.day}/{d.month}/{d.year}", "minute"),
    (lambda d: f"{d:%d/%m/%Y} {d.hour} giờ {d.minute} phút", "minute"),
    (lambda d: f"{d:%d.%m.%Y %H:%M}", "minute"),
    (lambda d: f"{d:%d-%m-%Y, %H:%M} (GMT+7)", "minute"),
    (lambda d: f"Cập nhật lúc {d:%H:%M, %d/%m/%Y}", "minute"),
    (lambda d: f"Ngày đăng: {d:%d/%m/%Y}", "day"),
    (lambda d: f"{d.day}/{d.month}/{d:%y}", "day"),
    (lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}", "day"),
    (lambda d: f"NGÀY {d.day} THÁNG {d.month}, {d.year} | {d:%H:%M}", "minute"),
    (lambda d: f"Tháng {MONTH_WORDS[d.month - 1]} {d.day}, {d.year}, {d:%H:%M}", "minute"),
    (lambda d: f"{d:%d} Tháng {MONTH_WORDS[d.month - 1].lower()} {d.year} - {d:%H:%M}", "minute"),
    (lambda d: f"{WEEKDAYS[d.weekday()]}, ngày {d:%d} tháng {d:%m} năm {d.year}", "day"),
    (lambda d: f"{d.day} thg {d.month}, {d.year}", "day"),
    (lambda d: d.isoformat(timespec="seconds"), "second"),
    (lambda d: f"{d:%Y-%m-%dT%H:%M:%S}.000000+07:00", "second"),
    (lambda d: f"{d:%Y-%m-%dT%H:%M:%S+0700}", "second"),
    (lambda d: f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}", "second"),
    (lambda d: d.astimezone(UTC).isoformat(timespec="seconds"), "second"),
    (lambda d: f"{d:%Y-%m-%dT%H:%M:%S}&#x2B;07:00", "second"),
    (lambda d: f"{d:%Y-%m-%d %H:%M}", "minute"),
    (lambda d: f"{d:%Y-%m-%d}+07{d:%H:%M:%S}", "second"),
]

instants = st.datetimes(
    min_value=datetime(1995, 1, 1), max_value=datetime(2030, 12, 31, 23, 59, 59)
).map(lambda d: d.replace(microsecond=0, tzinfo=LOCAL_TZ))


def truncate(value: datetime, precision: str) -> datetime:
    if precision == "day":
        return value.replace(hour=0, minute=0, second=0)
    if precision == "minute":
        return value.replace(second=0)
    return value


@pytest.mark.parametrize(("fmt", "precision"), FORMATS, ids=[str(i) for i in range(len(FORMATS))])
@settings(max_examples=100, deadline=None)
@given(instant=instants)
def test_round_trip(fmt: Callable[[datetime], str], precision: str, instant: datetime) -> None:
    text = fmt(instant)
    expected = truncate(instant, precision)
    assert parse_datetime(text, now=NOW) == expected, text
    found = search_datetime(f"Tin mới {text} | 1.234 lượt xem", now=NOW)
    assert found is not None and found.value == expected, text


@settings(max_examples=200, deadline=None)
@given(instant=instants, offset=st.integers(min_value=1, max_value=24 * 60))
def test_future_beyond_a_day_is_rejected(instant: datetime, offset: int) -> None:
    now = instant - timedelta(days=1, minutes=offset)
    assert parse_datetime(instant.strftime("%d/%m/%Y %H:%M"), now=now) is None
    assert parse_datetime(instant.strftime("%d/%m/%Y %H:%M"), now=instant) == instant.replace(
        second=0
    )
