"""Rules the generic extractor learnt from the blind table of publish-time placements
(`tests/fixtures/placements/published.json`): which line, attribute or box holds the article's
publish and update times, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinvungcao.example.vn/xa-hoi/truong-ban-tru-moi-a4417.html"
TITLE = "Trường bán trú mới đón học sinh vùng cao"
TEXT = (
    "<p>Ngôi trường hai tầng với mười hai phòng học và khu nội trú vừa được đưa vào sử dụng.</p>"
    "<p>Hơn ba trăm học sinh người Mông và người Dao đã chuyển về học tại điểm trường mới.</p>"
    "<p>Nhà trường bố trí bếp ăn tập thể, mỗi ngày phục vụ ba bữa cho các em ở lại.</p>"
)
FIELDS = ("published_at", "published_raw", "modified_at")


def times(before: str = "", after: str = "", inside: str = "") -> dict:
    """The record's times for an article printing `before` above its headline, `after` under
    it and `inside` after its text, in the `<article>` element."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Tin Vùng Cao</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<main><article>{before}<h1>{TITLE}</h1>{after}<div class='content'>{TEXT}</div>"
        f"{inside}</article></main><footer>© 2025 Tin Vùng Cao</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return {name: record[name] for name in FIELDS}


def test_an_only_time_labelled_as_an_update_is_no_update() -> None:
    """A page whose only time is labelled `Cập nhật lúc …` (no other date anywhere) posted the
    article then: that is its publish time, and it has no update time."""
    line = "Cập nhật lúc 09:15 ngày 02/12/2025"
    got = times(after=f"<div class='thoi-gian'>{line}</div>")
    assert got == {
        "published_at": "2025-12-02T09:15:00+07:00",
        "published_raw": line,
        "modified_at": None,
    }


def test_the_publish_day_in_a_facts_box_of_the_article() -> None:
    """A facts box in the `<article>` (an `<aside>` with a description list) labelling its value
    as the publish day (`<dt>Ngày đăng</dt>`) prints the publish time, furniture by its tag or
    not; a list's other facts give no time."""
    for label, expected in (("Ngày đăng", "2025-12-02T10:10:00+07:00"), ("Sự kiện", None)):
        facts = (
            f"<aside class='facts'><dl><dt>{label}</dt><dd>02/12/2025 10:10</dd>"
            "<dt>Chuyên mục</dt><dd>Xã hội</dd></dl></aside>"
        )
        got = times(inside=facts)
        assert got["published_at"] == expected, label


def test_a_machine_time_in_an_abbr_title_or_a_data_attribute() -> None:
    """An ISO time in an `<abbr>`'s `title` (hAtom) or in a `data-` attribute behind a printed
    day or a relative word (`Hôm qua`) is the machine form of the publish line, and gives its
    minute; a `data-` attribute naming an update (`data-updated`) is none."""
    stamp = "2025-12-04T13:10:00+07:00"
    for line in (
        f"<p>Đăng ngày <abbr class='published' title='{stamp}'>04/12/2025</abbr></p>",
        f"<div class='meta'><span class='ago' data-published='{stamp}'>Hôm qua</span></div>",
    ):
        got = times(after=line)
        assert (got["published_at"], got["published_raw"]) == ("2025-12-04T13:10:00+07:00", stamp)
    got = times(after=f"<div class='meta'><span data-updated='{stamp}'>Hôm qua</span></div>")
    assert got["published_at"] is None


def test_an_apps_own_data_attributes_are_no_publish_time() -> None:
    """A `data-` time on a container (a site builder's build time on its page wrapper) or on an
    empty widget (a countdown's target), or under a name that is no time's, is not the machine
    form of the publish line: the printed day stays the publish time, at midnight."""
    stamp = "2025-12-05T02:10:00Z"
    day = "<p class='ngay'>4 thg 12, 2025</p>"
    for before, after in (
        ("", f"<div data-site-built='{stamp}'>{day}</div>"),
        (f"<div class='dem-nguoc' data-time='{stamp}'></div>", day),
        ("", f"{day}<div class='meta'><span data-target='{stamp}'>Còn 2 ngày</span></div>"),
    ):
        got = times(before=before, after=after)
        assert (got["published_at"], got["published_raw"]) == (
            "2025-12-04T00:00:00+07:00",
            "4 thg 12, 2025",
        ), (before, after)


def test_an_update_stamp_time_element_by_the_headline() -> None:
    """WordPress's `<time class="updated">` after its `entry-date published` is the update time
    even where the theme prints the day alone; the publish time stays the `published` one."""
    line = (
        "<span class='posted-on'><a href='#'>"
        "<time class='entry-date published' datetime='2025-12-01T20:00:00+07:00'>01/12/2025</time>"
        "<time class='updated' datetime='2025-12-02T08:00:00+07:00'>02/12/2025</time></a></span>"
    )
    got = times(after=line)
    assert got == {
        "published_at": "2025-12-01T20:00:00+07:00",
        "published_raw": "2025-12-01T20:00:00+07:00",
        "modified_at": "2025-12-02T08:00:00+07:00",
    }


def test_a_posted_line_with_its_time_over_a_print_edition_day() -> None:
    """A print edition's day over the headline (`Báo in số 280, thứ Năm, 04/12/2025`, no time)
    gives way to the line labelled as the post's with its time under it, the evening before:
    when the article went online."""
    got = times(
        before="<div class='print'>Báo in số 280, thứ Năm, 04/12/2025</div>",
        after="<div class='meta'>Đăng lúc 22:10 | 03/12/2025</div>",
    )
    assert got == {
        "published_at": "2025-12-03T22:10:00+07:00",
        "published_raw": "Đăng lúc 22:10 | 03/12/2025",
        "modified_at": None,
    }
