"""Rules the generic extractor learnt from the fourth blind table of pictures
(`tests/fixtures/placements/images4.json`): which caption each of the article's pictures has,
on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baosuoimo.example.vn/xa-hoi/cho-phien-vung-cao-a5521.html"
TITLE = "Chợ phiên vùng cao ngày giáp Tết"
FIRST = "Từ tờ mờ sáng, người dân các bản đã gùi hàng xuống chợ phiên ở trung tâm xã Nậm Pồ."
SECOND = "Mặt hàng được bày bán nhiều nhất là thổ cẩm, mật ong rừng và gà đồi."
THIRD = "Ban quản lý chợ cho biết phiên chợ năm nay đông gấp rưỡi năm trước."
PICTURE = "https://baosuoimo.example.vn/media/2025/12/cho-phien-1.jpg"
OTHER = "https://baosuoimo.example.vn/media/2025/12/cho-phien-2.jpg"
CAPTION = "Người dân gùi hàng xuống chợ."


def record(text: str) -> dict:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main>"
        f"<article><h1>{TITLE}</h1><div class='bai'><p>{FIRST}</p>{text}"
        f"<p>{SECOND}</p><p>{THIRD}</p></div></article></main></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_cite_in_a_figure_without_figcaption_is_its_caption() -> None:
    """A figure printing its caption in a `<cite>` rather than a `<figcaption>`."""
    got = record(
        f"<figure class='hinh'><img src='{PICTURE}' alt=''><cite>{CAPTION}</cite></figure>"
    )
    assert got["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert got["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_the_short_line_in_the_cell_beside_a_lone_picture_is_its_caption() -> None:
    """A table setting the caption to the right of the picture, in the same row."""
    table = (
        f"<table width='100%'><tr><td width='60%'><img src='{PICTURE}' width='400'></td>"
        f"<td valign='middle'><em>{CAPTION}</em></td></tr></table>"
    )
    got = record(table)
    assert got["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert got["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_pictures_in_one_paragraph_each_take_their_own_italic_line() -> None:
    """Two pictures typed into one centred paragraph, each followed by its caption after a line
    break: each picture its own line, not the second both."""
    paragraph = (
        f"<p style='text-align:center'><img src='{PICTURE}'><br><em>{CAPTION}</em><br>"
        f"<img src='{OTHER}'><br><em>Gà đồi được bán theo cặp.</em></p>"
    )
    got = record(paragraph)
    assert got["images"] == [
        {"url": PICTURE, "caption": CAPTION},
        {"url": OTHER, "caption": "Gà đồi được bán theo cặp."},
    ]
    assert got["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"
