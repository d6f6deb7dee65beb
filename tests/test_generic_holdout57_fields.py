"""Rules the generic extractor learnt for dates, bylines, headlines and tags from the
fifty-seventh holdout set's farm-world sites (forums, a wiki, a community platform, a handbook,
a site builder, a social intranet, a hosted blog, a learning platform, an enterprise community,
a creator platform and a newsletter archive)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://htxlua.example.vn/blog/f/lua-mua-ven-bien-2026"
TITLE = "Lúa mùa ven biển được mùa, được giá"
TEXT = (
    "Vụ lúa mùa năm nay ở các xã ven biển đạt năng suất bình quân 58 tạ/ha, cao hơn vụ trước.",
    "Giá lúa tươi tại ruộng được thương lái thu mua ở mức 7.500 đồng/kg, tăng 300 đồng/kg.",
    "Ngành nông nghiệp khuyến cáo nông dân vệ sinh đồng ruộng, chuẩn bị giống cho vụ đông xuân.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _closed_by(line: str) -> dict:
    """The record of the article whose text's last paragraph is `line`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}{line}</div></article>"
    )


def test_an_italic_last_line_of_a_name_and_its_unit_after_a_dash_signs_the_text() -> None:
    """`<p><em>Võ Thanh Tâm - Trung tâm Khuyến nông tỉnh</em></p>` closing the text: the
    writer signing in italics with the unit after the dash, as in bold; the unit is no part of
    the name, the line no part of the text."""
    record = _closed_by("<p><em>Võ Thanh Tâm - Trung tâm Khuyến nông tỉnh</em></p>")
    assert (record["byline"], record["authors"]) == ("Võ Thanh Tâm", ["Võ Thanh Tâm"])
    assert record["body"] == "\n\n".join(TEXT)


def test_an_italic_last_line_of_a_name_alone_signs_nothing() -> None:
    """An italic name with no unit after a dash may be a quote's speaker or a note: no byline."""
    assert _closed_by("<p><em>Võ Thanh Tâm</em></p>")["byline"] is None


def test_a_commune_s_extension_team_is_a_unit_after_the_writer_s_name() -> None:
    """`Tổ khuyến nông cộng đồng xã …` (a commune's extension team), like `Tổ Truyền thông`,
    names a unit: after a dash it is the writer's unit, not part of the name."""
    record = _closed_by(
        "<p><strong>Võ Thanh Tâm - Tổ khuyến nông cộng đồng xã Đất Mũi</strong></p>"
    )
    assert (record["byline"], record["authors"]) == ("Võ Thanh Tâm", ["Võ Thanh Tâm"])
