"""Rules the generic extractor learnt from the blind table of view-count placements
(`tests/fixtures/placements/views.json`): which element, icon or attribute holds the article's
own count, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://tinmiennui.example.vn/kinh-te/cho-phien-mo-rong-b2093.html"
TITLE = "Chợ phiên vùng cao mở rộng thêm khu hàng nông sản"
TEXT = (
    "<p>Ban quản lý chợ vừa dành thêm một khu rộng gần nghìn mét vuông cho hàng nông sản.</p>"
    "<p>Bà con các thôn lân cận mang mật ong, măng khô và gạo nương xuống chợ từ sáng sớm.</p>"
    "<p>Xã cũng bố trí lực lượng giữ trật tự và hướng dẫn khách gửi xe miễn phí.</p>"
)


def counted(line: str, table: bool = False) -> tuple[int | None, str | None]:
    """The record's `views` and `views_raw` for an article printing `line` under its headline,
    in a page laid out in a table when `table` (the line in a row between headline and text)."""
    if table:
        article = (
            f"<table><tr><td><h1>{TITLE}</h1></td></tr><tr><td>{line}</td></tr>"
            f"<tr><td>{TEXT}</td></tr></table>"
        )
    else:
        article = f"<article><h1>{TITLE}</h1>{line}<div class='content'>{TEXT}</div></article>"
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Tin Miền Núi</a><nav><a href='/kinh-te'>Kinh tế</a></nav></header>"
        f"<main>{article}</main><footer>© 2025 Tin Miền Núi</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_readers_present_now_are_no_views() -> None:
    """`Đang xem: 12` counts who reads the page at this moment, not how often it was read: no
    count alone, and the total beside it wins."""
    assert counted("<div class='meta'><span>02/12/2025</span> <span>Đang xem: 9</span></div>") == (
        None,
        None,
    )
    line = "<div class='meta'><span>Đang xem: 4</span> · <span>Đã xem: 1.377</span></div>"
    assert counted(line) == (1377, "Đã xem: 1.377")


def test_an_icon_sets_filled_variant_and_a_vietnamese_views_class() -> None:
    """An icon set's filled or outlined eye (`bi-eye-fill`) is an eye beside a bare number, as
    `bi-eye` is; a class naming the views in Vietnamese (`luot-xem`) names them as `views` does.
    An eye crossed out (`fa-eye-slash`) is no count."""
    line = "<p><span>02/12/2025</span> <span><i class='bi bi-eye-fill'></i> 528</span></p>"
    assert counted(line) == (528, "528")
    assert counted("<p><span>02/12/2025</span> <span class='luot-xem'>2.904</span></p>") == (
        2904,
        "2.904",
    )
    line = "<p><span>02/12/2025</span> <span><i class='fa fa-eye-slash'></i> 31</span></p>"
    assert counted(line) == (None, None)


def test_an_svg_sprites_eye_symbol_beside_a_bare_number() -> None:
    """An icon named by the sprite symbol it draws (`<use href="#icon-eye">`), its classes hashed
    and saying nothing, marks the bare number after it; the comment symbol's number is not it."""
    icon = "<svg class='Icon_a__x1'><use href='#{}'></use></svg>"
    line = (
        "<div class='Meta_bar__q9'><span>02/12/2025</span>"
        f"<span class='Meta_stat__z2'>{icon.format('icon-comment')}14</span>"
        f"<span class='Meta_stat__z2'>{icon.format('icon-eye')}3.061</span></div>"
    )
    assert counted(line) == (3061, "3.061")
    line = f"<div><span>02/12/2025</span><span>{icon.format('icon-comment')}14</span></div>"
    assert counted(line) == (None, None)


def test_a_count_only_in_a_tooltip_or_an_accessible_name() -> None:
    """An empty icon element whose `title` or `aria-label` is a labelled count shows that count
    on hover or reads it out, and an exact one there wins over a rounded one printed; a
    `title` that is no count gives none."""
    line = "<p><span>02/12/2025</span> <span class='stat' title='Lượt xem: 319'></span></p>"
    assert counted(line) == (319, "Lượt xem: 319")
    line = "<p><span>02/12/2025</span> <span aria-label='1.118 lượt xem'><svg></svg></span></p>"
    assert counted(line) == (1118, "1.118 lượt xem")
    line = "<p><span>02/12/2025</span> <span title='24.706 lượt xem'><svg></svg>24,7K</span></p>"
    assert counted(line) == (24706, "24.706 lượt xem")
    line = "<p><span>02/12/2025</span> <span class='stat' title='Chia sẻ bài viết'></span></p>"
    assert counted(line) == (None, None)


def test_a_table_cells_label_in_a_font_element() -> None:
    """An old table layout styles its labels (`<td><font>Lượt xem:</font></td>`): the cell is
    the label all the same, and the next cell's number the count, as printed."""
    line = (
        "<table><tr><td><font size='2'>Ngày đăng:</font></td><td><font>02/12/2025</font></td>"
        "<td><font size='2'>Lượt xem:</font></td><td><font size='2'>1.640</font></td></tr></table>"
    )
    assert counted(line, table=True) == (1640, "1.640")
