"""Rules the generic extractor learnt from the fourth blind table of view-count placements
(`tests/fixtures/placements/views4.json`, whole pages of other stacks): more icon sets' eyes,
an icon element named for an eye, an exact count in a rounded one's `title`, a long line of
facts, a sentence naming this page in the footer, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://baolongmy.example.vn/xa-hoi/cho-que-hop-lai-b7731.html"
TITLE = "Chợ quê Long Mỹ họp lại sau khi được sửa mái và nền"
TEXT = (
    "<p>Chợ có mái tôn mới, nền lát gạch và rãnh thoát nước quanh các dãy sạp.</p>"
    "<p>Tiểu thương cho biết ngày mưa không còn phải dọn hàng sớm như năm trước.</p>"
    "<p>Ban quản lý chợ bố trí thêm chỗ để xe cho người đi chợ vào buổi sáng.</p>"
)


def counted(line: str, footer: str = "") -> tuple[int | None, str | None]:
    """The record's `views` and `views_raw` for an article printing `line` under its headline
    and `footer` in the site's footer."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Báo Long Mỹ</a><nav><a href='/xa-hoi'>Xã hội</a></nav></header>"
        f"<main><article><h1>{TITLE}</h1>{line}<div class='content'>{TEXT}</div></article>"
        f"</main><footer><p>© 2025 Báo Long Mỹ</p>{footer}</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_more_icon_sets_eyes() -> None:
    """Bootstrap 3's open eye (`glyphicon-eye-open`) and Boxicons' (`bx-show`, `bxs-show`)
    before a bare number: the count; the same sets' other icons are no eye."""
    line = "<p>04/12/2025 <span><i class='{}'></i> 2.150</span></p>"
    assert counted(line.format("glyphicon glyphicon-eye-open")) == (2150, "2.150")
    assert counted(line.format("bx bx-show")) == (2150, "2.150")
    assert counted(line.format("bxs-show")) == (2150, "2.150")
    assert counted(line.format("glyphicon glyphicon-heart")) == (None, None)
    assert counted(line.format("bx bx-heart")) == (None, None)


def test_an_icon_element_named_for_an_eye() -> None:
    """A custom icon element drawing the icon its `name` or `icon` names (`<ion-icon
    name="eye-outline">`, `<iconify-icon icon="mdi:eye">`) marks the number after it; an icon
    element named otherwise does not."""
    line = "<p>04/12/2025 <span><{0} {1}='{2}'></{0}> 1.077</span></p>"
    assert counted(line.format("ion-icon", "name", "eye-outline")) == (1077, "1.077")
    assert counted(line.format("sl-icon", "name", "eye")) == (1077, "1.077")
    assert counted(line.format("iconify-icon", "icon", "mdi:eye")) == (1077, "1.077")
    assert counted(line.format("ion-icon", "name", "chatbubble-outline")) == (None, None)


def test_an_exact_count_in_a_rounded_ones_title() -> None:
    """`<abbr title="8.342 lượt xem">8,3K lượt xem</abbr>`: the exact count the title gives."""
    line = "<p>04/12/2025 · <abbr title='8.342 lượt xem'>8,3K lượt xem</abbr></p>"
    assert counted(line) == (8342, "8.342 lượt xem")


def test_a_long_line_of_facts() -> None:
    """A line of short facts set apart by middle dots or bars, longer than a count's line: the
    views' fact is read; the same words run together as prose are not."""
    facts = (
        "Người gửi: <b>bachanh_longmy</b>{0}04/12/2025 09:20{0}Trả lời: 31{0}"
        "Lượt thích: 77{0}Lượt xem: 6.204"
    )
    assert counted(f"<div>{facts.format(' · ')}</div>") == (6204, "Lượt xem: 6.204")
    assert counted(f"<div>{facts.format(' | ')}</div>") == (6204, "Lượt xem: 6.204")
    assert counted(f"<div>{facts.format(', rồi ')}</div>") == (None, None)


def test_this_pages_count_in_the_footer() -> None:
    """`Trang này đã được xem 2.718 lần.` in the site's footer names the page itself: its
    count (the verb, the count and `lần`, as a sentence's count is read); the site's visit
    counter there is not."""
    footer = "<ul><li>Trang này đã được xem 2.718 lần.</li></ul>"
    assert counted("<p>04/12/2025</p>", footer) == (2718, "xem 2.718 lần")
    counter = "<p>Đang truy cập: 41 | Tổng lượt truy cập: 3.204.118</p>"
    assert counted("<p>04/12/2025</p>", counter) == (None, None)
