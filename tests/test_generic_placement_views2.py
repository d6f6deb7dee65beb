"""Rules the generic extractor learnt from the second blind table of view-count placements
(`tests/fixtures/placements/views2.json`): eyes drawn with no class saying so, numbers grouped by
a no-break space, a time's minutes beside an empty count, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://baovungtau.example.vn/xa-hoi/ben-ca-moi-b3311.html"
TITLE = "Bến cá mới giúp ngư dân cập tàu an toàn trong mùa gió chướng"
TEXT = (
    "<p>Bến cá được xây thêm một cầu tàu dài hơn trăm mét cho tàu công suất lớn.</p>"
    "<p>Ngư dân cho biết việc bốc dỡ hải sản nay nhanh hơn trước gần một nửa.</p>"
    "<p>Ban quản lý cảng bố trí thêm đèn tín hiệu và phao cứu sinh dọc bờ kè.</p>"
)


def counted(line: str) -> tuple[int | None, str | None]:
    """The record's `views` and `views_raw` for an article printing `line` under its headline."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Báo Vũng Tàu</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<main><article><h1>{TITLE}</h1>{line}<div class='content'>{TEXT}</div></article></main>"
        "<footer>© 2025 Báo Vũng Tàu</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_an_svg_titled_as_the_views_is_an_eye() -> None:
    """An inline `<svg>` with no class, its `<title>` saying what it stands for, beside a bare
    number: the count; the same drawing titled as the comments is none."""
    svg = "<svg viewBox='0 0 24 24'><title>{}</title><path d='M2 12s4-7 10-7 10 7 10 7'/></svg>"
    line = "<div class='meta'><span>03/12/2025 10:20</span> <span>{} 3.118</span></div>"
    assert counted(line.format(svg.format("Lượt xem"))) == (3118, "3.118")
    assert counted(line.format(svg.format("Bình luận"))) == (None, None)


def test_an_icon_image_named_for_the_views() -> None:
    """An old layout's icon image named for the views (`icon_view.gif`) or an eye before a
    bare number: the count; a picture of another name is no marker."""
    line = "<p>03/12/2025 10:20 &nbsp; <img src='/img/{}' alt=''> 604</p>"
    assert counted(line.format("icon_view.gif")) == (604, "604")
    assert counted(line.format("eye-16.png")) == (604, "604")
    assert counted(line.format("icon_comment.gif")) == (None, None)


def test_an_icon_fonts_eye_ligature() -> None:
    """Material's icon font draws its glyph from the word inside the element (`visibility`):
    that word names an eye, and the number after it is the count, the word left out."""
    line = (
        "<div class='meta'><span>03/12/2025</span> "
        "<span><span class='material-icons-outlined'>{}</span> 2.075</span></div>"
    )
    assert counted(line.format("visibility")) == (2075, "2.075")
    assert counted(line.format("chat_bubble")) == (None, None)


def test_a_number_grouped_by_a_no_break_space_after_an_eye() -> None:
    """`7&nbsp;215` after an eye icon is 7215, as `Lượt xem: 7 215` is."""
    line = "<p><span>03/12/2025</span> <span><i class='fa fa-eye'></i> 7&nbsp;215</span></p>"
    assert counted(line) == (7215, "7 215")


def test_a_times_minutes_before_an_empty_count_are_no_count() -> None:
    """`Lượt xem:` whose number a script fills in later, right after the publish time: the
    minutes of `08:15` before the label are not read as the views (`15 Lượt xem`)."""
    line = (
        "<div class='meta'><span>04/12/2025 08:15</span> "
        "<span>Lượt xem: <span class='js-views' data-views='5120'></span></span></div>"
    )
    assert counted(line) == (None, None)
