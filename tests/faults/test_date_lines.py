"""The publish line written the ways other Vietnamese templates print it: without the weekday
or the seconds, the weekday in words and the month without its zero, the time before the day,
dashes between day, month and year, a twelve-hour clock marked `SA` (sáng, morning) or `CH`
(chiều, afternoon), the day in words (`ngày 22 tháng 9 năm 2022`), the hour written `14h20`,
the zone written after the time, a `Đăng lúc:` label before it; and beside the publish time on
its line, the lunar date or the time of the last update.

docs/database.md: `published_at` is the publish time as ISO 8601 at `+07:00` on a Vietnamese
page, `published_raw` the string exactly as printed; dates are day first. Each form is given
to the date line of one article of its own, so one crawl serves every probe; each record must
be the plain page's with the time the line names (seconds `00` where it prints none) and the
line as its raw text. README: the publish line is read, not an update time printed beside it
or a lunar date; docs/database.md: `modified_at` is the last-update time when the page shows one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from parsers.vietnamese.dates import LOCAL_TZ
from pipelines.normalize import extract_record
from tests.faults.harness import ARTICLES, article_path, crawled_rows, expected_records
from tests.faults.server import Fault

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def twelve_hour(at: datetime) -> str:
    """`02:20 CH` for 14:20, `08:27 SA` for 08:27."""
    hour = at.hour % 12 or 12
    return f"{hour:02d}:{at:%M} {'CH' if at.hour >= 12 else 'SA'}"


# form name: (article id, the line printed for its time, whether the line prints seconds)
FORMS: dict[str, tuple[str, Callable[[datetime], str], bool]] = {
    "no_weekday_no_seconds": ("101877", lambda d: f"{d:%d/%m/%Y %H:%M}", False),
    "weekday_in_words_month_without_zero": (
        "102296",
        lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year} - {d:%H:%M}",
        False,
    ),
    "time_before_the_day": ("103907", lambda d: f"{d:%H:%M:%S} {d:%d/%m/%Y}", True),
    "dashes_between_day_month_year": ("107420", lambda d: f"{d:%d-%m-%Y %H:%M:%S}", True),
    "afternoon_on_a_twelve_hour_clock": (
        "105870",
        lambda d: f"{d:%d/%m/%Y} {twelve_hour(d)}",
        False,
    ),
    "morning_on_a_twelve_hour_clock": ("102908", lambda d: f"{d:%d/%m/%Y} {twelve_hour(d)}", False),
    "day_in_words": (
        "108765",
        lambda d: f"Ngày {d.day} tháng {d.month} năm {d.year}, {d:%H:%M}",
        False,
    ),
    "hour_written_with_h": ("108990", lambda d: f"{d:%d/%m/%Y} {d.hour}h{d:%M}", False),
    "zone_written_after": ("109650", lambda d: f"{d:%d/%m/%Y %H:%M} (GMT+7)", False),
    "posted_label_before": ("107903", lambda d: f"Đăng lúc: {d:%H:%M} ngày {d:%d/%m/%Y}", False),
}


def printed(name: str) -> tuple[str, str]:
    """The line FORMS[name] prints for its article, and the time a reader reads from it."""
    ident, form, seconds = FORMS[name]
    at = datetime.fromisoformat(expected_records()[article_path(ident)]["published_at"])
    if not seconds:
        at = at.replace(second=0)
    return form(at), at.isoformat()


def dated(old: str, new: str) -> Callable[[bytes], bytes]:
    """An edit printing `new` in the article's date line in place of `old`."""

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        line = f'<span class="date">{old}</span>'
        assert line in text
        return text.replace(line, f'<span class="date">{new}</span>', 1).encode("utf-8")

    return edit


# name: (article id, the line, the publish time and the update time a reader reads from it)
BESIDE: dict[str, tuple[str, str, str, str | None]] = {
    "lunar_date_between_day_and_time": (
        "109874",
        "Thứ Sáu, 28/06/2024 (23/5 âm lịch) 16:38",
        "2024-06-28T16:38:00+07:00",
        None,
    ),
    "update_time_after_the_publish_time": (
        "109512",
        "18/05/2024 21:04 | Cập nhật: 19/05/2024 07:30",
        "2024-05-18T21:04:00+07:00",
        "2024-05-19T07:30:00+07:00",
    ),
}


def lines() -> dict[str, str]:
    """The date line each probed article prints, keyed by its path."""
    printed_lines = {ident: printed(name)[0] for name, (ident, _, _) in FORMS.items()}
    printed_lines |= {ident: line for ident, line, _, _ in BESIDE.values()}
    return {article_path(ident): line for ident, line in printed_lines.items()}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each probed line in its article."""
    records = expected_records()
    faults = {
        path: Fault(edit=dated(records[path]["published_raw"], line))
        for path, line in lines().items()
    }
    return crawled_rows(tmp_path_factory.mktemp("date_lines"), faults)


@pytest.mark.parametrize("form", list(FORMS))
def test_a_date_line_in_another_form_gives_its_time(rows: dict[str, dict], form: str) -> None:
    path = article_path(FORMS[form][0])
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    line, at = printed(form)
    expected = {**expected_records()[path], "published_at": at, "published_raw": line}
    assert {key: rows[path][key] for key in expected} == expected


@pytest.mark.parametrize("line", list(BESIDE))
def test_the_publish_time_is_read_beside_another_date(rows: dict[str, dict], line: str) -> None:
    ident, _, published, modified = BESIDE[line]
    row = rows[article_path(ident)]
    assert (row["published_at"], row["modified_at"]) == (published, modified)
    expected = expected_records()[article_path(ident)]
    changed = ("published_at", "published_raw", "modified_at")
    assert {k: row[k] for k in expected if k not in changed} == {
        k: v for k, v in expected.items() if k not in changed
    }


PAGE = """<html lang="vi"><head><title>Đường mới qua xã ven sông</title></head><body>
<div class="detail"><h1 class="title-detail">Đường mới qua xã ven sông</h1>
<div class="meta"><span class="date">{line}</span></div>
<div class="news_content"><div class="fr-view info">
<p>Con đường mới dài gần ba cây số đã được thông xe sau tám tháng thi công, nối hai thôn ven
sông với trung tâm xã và chợ phiên.</p>
<p>Người dân trong xã góp công, góp đất để mở rộng mặt đường, trồng thêm hàng cây hai bên và
lắp đèn chiếu sáng.</p>
</div></div></div></body></html>"""


@pytest.mark.parametrize(
    ("line", "modified"),
    [
        ("18/05/2024 21:04 | Cập nhật: 19/05/2024 07:30", "2024-05-19T07:30:00+07:00"),
        ("Thứ Bảy, 18/05/2024 21:04 (cập nhật 19/05/2024 07:30)", "2024-05-19T07:30:00+07:00"),
        ("18/05/2024 21:04", None),
        ("Cập nhật: 18/05/2024 21:04", None),
    ],
)
def test_an_update_printed_on_a_layouts_publish_line_is_the_update_time(
    line: str, modified: str | None
) -> None:
    """A layout declaring no update element (Báo Thái Bình's) still reads one its own publish
    line prints after the publish time; a line that is all update is the publish line."""
    url = "https://baothaibinh.com.vn/tin-tuc/15/999001/duong-moi-qua-xa-ven-song"
    record = extract_record(PAGE.format(line=line), url, datetime(2024, 6, 1, tzinfo=LOCAL_TZ))
    assert (record["published_at"], record["modified_at"]) == (
        "2024-05-18T21:04:00+07:00",
        modified,
    )
