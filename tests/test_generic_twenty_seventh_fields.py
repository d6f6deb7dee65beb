"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-seventh holdout set's families (a martial arts federation on actix-web, a kindergarten on
AdonisJS, a water resources survey federation on Play, a rubber company's branch on the Fat-Free
Framework)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://lienhoansinh.example.vn/tin-hoat-dong/giai-bong-ban-cong-nhan-a7340.html"
TITLE = "Giải bóng bàn công nhân các khu công nghiệp khép lại sau ba ngày thi đấu sôi nổi"
FIRST = "Giải quy tụ 146 tay vợt của 31 doanh nghiệp, nhiều hơn gần một phần ba so với mùa trước."
SECOND = "Nội dung đôi nam nữ có nhiều trận kéo dài năm ván, được khán giả cổ vũ đến cuối giờ tối."
THIRD = "Ban tổ chức trao cúp toàn đoàn cho công ty may Hòa Thọ cùng hai suất dự giải toàn quốc."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


signed = ARTICLE.signed


def closing(line: str) -> tuple[str | None, list[str]]:
    """The byline and the authors when `line` is the last line inside the text's box."""
    record = ARTICLE.under_headline("<p>03/12/2026 08:00</p>", line)
    return record["byline"], record["authors"]


def test_a_masters_title_stays_and_a_head_of_sections_post_in_brackets_leaves() -> None:
    """`<b>Võ sư …</b> (Trưởng bộ môn Karate)`: the title stays in the display, no part of the
    name; the post in brackets after it leaves both."""
    line = "<p style='text-align:right'><b>Võ sư Đinh Công Tráng</b> (Trưởng bộ môn Karate)</p>"
    assert signed(line) == ("Võ sư Đinh Công Tráng", ["Đinh Công Tráng"])


def test_an_honorary_title_after_the_calling_is_no_part_of_the_name() -> None:
    """`Nhà giáo ưu tú …`, `Thầy thuốc Nhân dân …`: the state's honour stays in the display."""
    line = "<p style='text-align:right'><b>Nhà giáo ưu tú Lò Thị Hiền</b></p>"
    assert signed(line) == ("Nhà giáo ưu tú Lò Thị Hiền", ["Lò Thị Hiền"])
    line = "<p style='text-align:right'><b>Thầy thuốc Nhân dân Mạc Văn Trí</b></p>"
    assert signed(line) == ("Thầy thuốc Nhân dân Mạc Văn Trí", ["Mạc Văn Trí"])


def test_a_numbered_unit_after_a_dash_is_no_second_writer() -> None:
    """`Kỹ sư … - Đoàn Khảo sát 117` in bold, the text's last line or the line after it: the
    unit's number says it is no person; the title stays in the display."""
    line = "<p><b>Kỹ sư Hà Đức Thịnh - Đoàn Khảo sát 117</b></p>"
    assert closing(line) == ("Kỹ sư Hà Đức Thịnh", ["Hà Đức Thịnh"])
    assert signed(line) == ("Kỹ sư Hà Đức Thịnh", ["Hà Đức Thịnh"])


def test_a_bold_last_line_with_the_writers_office_after_a_dash_signs_the_text() -> None:
    """`<b>Tạ Minh Quân - Phòng Tổng hợp</b>` closing the text, no class or alignment: a name
    and the writer's office, not a line of the text."""
    assert closing("<p><b>Tạ Minh Quân - Phòng Tổng hợp</b></p>") == (
        "Tạ Minh Quân",
        ["Tạ Minh Quân"],
    )


def test_a_line_classed_with_a_prefix_before_sign_signs_the_text() -> None:
    """`<p class="lhs-sign">…</p>`, plain: a template's signature class, its prefix a hyphen."""
    assert closing("<p class='lhs-sign'>Võ Hải Yến</p>") == ("Võ Hải Yến", ["Võ Hải Yến"])


def test_an_update_line_in_a_box_among_the_text_is_the_boxs_not_the_articles() -> None:
    """A price card between two paragraphs, closed by its own `Cập nhật lúc 09:00 ngày …`:
    the card's prices were updated, not the article."""
    card = (
        "<div class='lhs-gia'><div class='lhs-gia-title'>Giá vé xem chung kết</div>"
        "<p>Vé thường: 20.000 đồng - Vé VIP: 50.000 đồng</p>"
        "<p>Cập nhật lúc 09:00 ngày 05/12/2026</p></div>"
    )
    text = f"<p>{FIRST}</p>{card}<p>{SECOND}</p><p>{THIRD}</p>"
    meta = "<p class='ngay'>Thứ Năm, 03/12/2026 - 08:00</p>"
    page = f"<article><h1>{TITLE}</h1>{meta}<div class='noi-dung'>{text}</div></article>"
    record = ARTICLE.record(page)
    assert record["published_at"] == "2026-12-03T08:00:00+07:00"
    assert record["modified_at"] is None


def test_an_update_line_beside_the_publish_line_among_the_text_is_the_articles() -> None:
    """A meta block holding the publish line and `Cập nhật: …`, set between a plain lead and
    the text in the same container, is the article's own line, not a box's."""
    meta = (
        "<div class='meta'><time>08:00 | Thứ Năm, 03/12/2026</time>"
        " <span>Cập nhật: 11:02 03/12/2026</span></div>"
    )
    text = f"<p>{FIRST}</p>{meta}<p>{SECOND}</p><p>{THIRD}</p>"
    page = f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div></article>"
    assert ARTICLE.record(page)["modified_at"] == "2026-12-03T11:02:00+07:00"
