"""Rules the generic extractor learnt for bodies from the fifty-seventh holdout set's farm-world
sites (a site builder's sections, a handbook's hint box, a newsletter's brief box, a social
intranet's post heading)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://htxtom.example.vn/blog/f/tom-su-cuoi-nam-2026"
TITLE = "Tôm sú sinh thái được giá cuối năm"
TEXT = (
    "Vụ tôm cuối năm ở các ấp ven rừng đã thu hoạch được khoảng 65% diện tích, năng suất khá.",
    "Giá tôm sú sinh thái loại 20 con/kg được thu mua tại ao ở mức 285.000 đồng/kg, tăng nhẹ.",
    "Hợp tác xã cung ứng tôm giống sạch bệnh cho thành viên, thả nuôi theo lịch thời vụ mới.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_site_builder_s_section_holding_the_headline_is_the_article() -> None:
    """A site builder classes every section of the page `widget widget-KIND` (GoDaddy's
    `widget widget-header`, `widget widget-blog`): the section holding the `<h1>` and the text
    is the article, not a widget beside it, even when the header's section is the page's
    `role=main`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='widget widget-header widget-header-9'><div role='main'>"
        "<p>Gọi cho chúng tôi: 0290 3880 146 · Mở cửa 7:00 - 17:00, Thứ Hai - Thứ Bảy</p>"
        "</div></div>"
        "<div class='widget widget-blog widget-blog-blog-1'><div>"
        f"<p><a href='/blog?blogcategory=Tin'>Tin hợp tác xã</a></p><h1>{TITLE}</h1>"
        f"<div class='post'>{text}</div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["headline"], record["body"]) == (TITLE, "\n\n".join(TEXT))


def test_pictures_after_the_blocks_the_text_closes_are_the_post_s() -> None:
    """A post's text closes its body's boxes (`<div class='wall-entry-body'><div><div
    class='markdown'>…`), its attached pictures' previews, each linked to its file on the site,
    after them: the post's pictures, with no captions."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    files = "".join(
        f"<a href='/file/download?guid={n}'><img src='/file/download?guid={n}&variant=preview'></a>"
        for n in ("a1", "b2")
    )
    page = (
        f"<article><h1>{TITLE}</h1><div class='entry-body'><div class='content'>"
        f"<div class='markdown'>{text}</div></div></div><div class='post-files'>{files}</div>"
        "</article>"
    )
    assert ARTICLE.record(page)["images"] == [
        {
            "url": f"https://htxtom.example.vn/file/download?guid={n}&variant=preview",
            "caption": None,
        }
        for n in ("a1", "b2")
    ]


def test_a_table_of_aria_roles_whose_cells_hold_paragraphs_is_the_text_s_table() -> None:
    """A docs builder draws the editor's table in `<div>`s with ARIA roles, each cell's words in
    a paragraph (GitBook): a table of the text, one line a row, the header row included; a
    database view's cells hold bare values and stay out."""
    cell = "<div role='{0}'><div class='blocks'><p>{1}</p></div></div>"
    rows = [("columnheader", ("Sản phẩm", "Hạng sao")), ("cell", ("Dừa sáp", "4 sao"))]
    grid = "<div role='table'>" + "".join(
        "<div role='row'>" + "".join(cell.format(role, text) for text in texts) + "</div>"
        for role, texts in rows
    )
    record = ARTICLE.record(ARTICLE.between(grid + "</div>"))
    first, *rest = TEXT
    assert record["body"] == "\n\n".join([first, "Sản phẩm | Hạng sao", "Dừa sáp | 4 sao", *rest])


def test_a_hint_box_among_the_paragraphs_is_no_text() -> None:
    """A docs builder's hint (`<div class="hint">` with its `Lưu ý` title and a deadline) set
    apart among the paragraphs: no part of the text."""
    hint = (
        "<div class='hint theme-info'><div><p class='font-semibold'>Lưu ý</p><p>Các tổ nộp hồ "
        "sơ đăng ký về văn phòng hợp tác xã trước ngày 15/01/2027.</p></div></div>"
    )
    assert ARTICLE.record(ARTICLE.between(hint))["body"] == "\n\n".join(TEXT)


def test_a_shaded_box_of_briefs_under_its_own_heading_closing_the_text_is_no_text() -> None:
    """A newsletter's `<div style="background:#f4f8f1"><h3>Tin vắn trong tuần</h3><ul>…</ul>
    </div>` after the signature closing the text: other items set apart, no part of the text;
    the signature above it still names the writer."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    box = (
        "<div style='background: #f4f8f1; border-left: 4px solid #1b5e20'><h3>Tin vắn trong tuần"
        "</h3><ul><li>Ngày 01/12/2026, xã Thạch Hà đón nhận bằng công nhận nông thôn mới.</li>"
        "<li>Hạn cuối nộp hồ sơ xét công nhận thôn kiểu mẫu là ngày 20/12/2026.</li></ul></div>"
    )
    signed = "<p style='text-align: right;'><strong>Bài: Đặng Thị Hồng Nhung</strong></p>"
    record = ARTICLE.record(f"<div class='wrap'><h1>{TITLE}</h1>{text}{signed}{box}</div>")
    assert (record["body"], record["byline"]) == ("\n\n".join(TEXT), "Đặng Thị Hồng Nhung")
