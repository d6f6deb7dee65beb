"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the twenty-eighth holdout set's document shapes (a Word page, a newsletter archive, a feed
reader's item, a Fediverse post, pdf2htmlEX, MediaWiki, Quarto, a translation proxy, a messenger
embed, a reader view, a published online document and a LibreOffice export)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baocao.trungtamyte.example.vn/bao-cao/tuan-48/bao-cao.html"
TITLE = "Tình hình bệnh tay chân miệng tuần 48 trên địa bàn tỉnh"
FIRST = "Trong tuần, toàn tỉnh ghi nhận 41 ca mắc tay chân miệng, giảm sáu ca so với tuần trước đó."
SECOND = "Các ca bệnh chủ yếu là trẻ dưới năm tuổi, tập trung ở các phường ven sông phía Nam tỉnh."
THIRD = "Trung tâm tiếp tục hướng dẫn các trường mầm non khử khuẩn đồ chơi và phòng học mỗi ngày."
TEXT = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_title_banner_drawing_no_logo_names_no_site() -> None:
    """A report's title block classed as a banner holds its `<h1>` and lead, and no picture:
    its lines are no site's name, so the date under it is the publish date."""
    header = (
        f"<header class='report-title-block'><div class='report-title-banner'><h1>{TITLE}</h1>"
        "<div class='mo-ta'><p>Số ca giảm nhẹ nhưng vẫn cao hơn cùng kỳ năm trước.</p></div>"
        "</div><div class='meta'><div class='nhan'>Ngày xuất bản</div>"
        "<p class='date'>03/12/2026</p></div></header>"
    )
    record = ARTICLE.record(f"{header}<main>{TEXT}</main>")
    assert (record["headline"], record["published_at"]) == (TITLE, "2026-12-03T00:00:00+07:00")


def test_a_title_paragraph_outranks_a_file_name_typed_without_diacritics() -> None:
    """`<title>` is a file's name without diacritics (`THONG TIN TUAN 48`, printed nowhere, or
    printed in a bar over the document); the paragraph the document classes as its title (Word's
    `MsoTitle`) is the headline."""
    for title, bar in (
        ("THONG TIN TUAN 48", ""),
        ("Thong tin tuan 48 - Tai lieu", "<div id='title-bar'>Thong tin tuan 48</div>"),
    ):
        page = (
            f"<html><head><title>{title}</title></head><body>{bar}<div class='WordSection1'>"
            f"<p class='MsoTitle'>{TITLE}</p>{TEXT}</div></body></html>"
        )
        assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_forest_rangers_calling_before_a_name_is_no_part_of_it() -> None:
    """`Kiểm lâm viên …` in bold right-aligned under the text: the calling stays in the display,
    the author is the name (so for a procurator's `Kiểm sát viên`)."""
    for calling in ("Kiểm lâm viên", "Kiểm sát viên"):
        signature = f"<p style='text-align:right'><b>{calling} Đào Văn Sinh</b></p>"
        record = ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{TEXT}{signature}</div></article>")
        assert (record["byline"], record["authors"]) == (
            f"{calling} Đào Văn Sinh",
            ["Đào Văn Sinh"],
        )


def test_a_publish_line_enclosed_in_brackets_leaves_them_out_of_the_raw() -> None:
    """`(Tin đăng ngày 30/11/2026, lúc 15 giờ 20)` under the headline: the pair sets the line
    apart; the raw is the line inside it."""
    record = ARTICLE.under_headline("<p><i>(Tin đăng ngày 30/11/2026, lúc 15 giờ 20)</i></p>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-11-30T15:20:00+07:00",
        "Tin đăng ngày 30/11/2026, lúc 15 giờ 20",
    )


def test_a_student_writers_class_in_brackets_leaves_the_display() -> None:
    """`Bài: Minh Khôi (K47 Sư phạm) – Ảnh: …` under a student paper's text, or a school class
    (`Lớp 11A2`): who the writer is, no part of the byline."""
    for note in ("K47 Sư phạm", "Lớp 11A2"):
        signature = (
            "<p style='text-align:right'><em>Bài: Minh Khôi "
            f"({note}) – Ảnh: CLB Ảnh nhà trường</em></p>"
        )
        record = ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{TEXT}{signature}</div></article>")
        assert (record["byline"], record["authors"]) == ("Minh Khôi", ["Minh Khôi"])


def test_a_footer_line_saying_when_the_page_was_last_changed_is_its_update() -> None:
    """A wiki's site footer prints `Trang này được sửa đổi lần cuối vào …` under every page:
    the page names itself, so the line is the article's update wherever it stands."""
    article = (
        f"<div id='content'><h1>{TITLE}</h1><p>Thứ tư, ngày 2 tháng 12 năm 2026</p>{TEXT}</div>"
    )
    footer = (
        "<footer id='footer'><ul><li>Trang này được sửa đổi lần cuối vào ngày 4 tháng 12 năm"
        " 2026, lúc 09:12.</li><li><a href='/gioi-thieu'>Giới thiệu</a></li></ul></footer>"
    )
    record = ARTICLE.record(f"{article}{footer}")
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T00:00:00+07:00",
        "2026-12-04T09:12:00+07:00",
    )


def test_a_grid_of_author_boxes_one_under_the_other_names_every_author() -> None:
    """A report's title block lists its two authors in a grid, each `<p class="author">` in a
    cell of its own beside an affiliation, and the meta tags name them with their titles: both
    are the byline, joined with a comma, and neither title is an author."""
    cell = "<div class='meta-contents'><p class='{}'>{}</p></div>".format
    grid = (
        "<div class='title-meta-author'><div class='meta-heading'>Tác giả</div>"
        f"{cell('author', 'ThS. Đỗ Văn Hải')}{cell('affiliation', 'Khoa Kiểm soát bệnh tật')}"
        f"{cell('author', 'CN. Vi Thị Mến')}{cell('affiliation', 'Khoa Kiểm soát bệnh tật')}"
        "</div>"
    )
    head = "".join(
        f"<meta name='author' content='{name}'>" for name in ("ThS. Đỗ Văn Hải", "CN. Vi Thị Mến")
    )
    record = ARTICLE.record(f"<header><h1>{TITLE}</h1>{grid}</header><main>{TEXT}</main>", head)
    assert (record["byline"], record["authors"]) == (
        "ThS. Đỗ Văn Hải, CN. Vi Thị Mến",
        ["Đỗ Văn Hải", "Vi Thị Mến"],
    )


def test_a_clerks_post_after_the_dash_of_a_signature_is_no_author() -> None:
    """`Lò Thị Dung - Thư ký Hội đồng` right-aligned under the text: the clerk signs, her post
    after the dash is no second author and leaves the display."""
    signature = "<p style='text-align:right'><b><i>Lò Thị Dung - Thư ký Hội đồng</i></b></p>"
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{TEXT}{signature}</div></article>")
    assert (record["byline"], record["authors"]) == ("Lò Thị Dung", ["Lò Thị Dung"])


def test_a_wiki_s_shown_category_links_are_the_tags() -> None:
    """MediaWiki's category box under the text (`<div class="mw-normal-catlinks"><a>Thể loại</a>:
    <ul><li><a>…</a></li>…</ul>`): the listed categories are the tags, not the label's link nor
    the hidden categories' box beside it."""
    categories = (
        "<div id='catlinks' class='catlinks'><div class='mw-normal-catlinks'>"
        "<a href='/wiki/Special:Categories'>Thể loại</a>: <ul>"
        "<li><a href='/wiki/Category:Y_t%E1%BA%BF'>Y tế</a></li>"
        "<li><a href='/wiki/Category:Tay_ch%C3%A2n_mi%E1%BB%87ng'>Tay chân miệng</a></li></ul>"
        "</div><div class='mw-hidden-catlinks mw-hidden-cats-hidden'>Thể loại ẩn: <ul>"
        "<li><a href='/wiki/Category:Ch%E1%BB%9D_duy%E1%BB%87t'>Chờ duyệt</a></li></ul></div></div>"
    )
    record = ARTICLE.record(f"<h1>{TITLE}</h1><main>{TEXT}</main>{categories}")
    assert record["tags"] == ["Y tế", "Tay chân miệng"]


def test_a_place_date_line_beside_the_number_s_cell_keeps_its_place() -> None:
    """A document's header table prints its number and its place-date line in two cells of one
    row (`Số: 112/TB-TTYT` beside `Kon Tum, ngày 01 tháng 12 năm 2026`): the line is its cell,
    the place included, not the row."""
    header = (
        "<table><tr><td><p><b>TRUNG TÂM Y TẾ</b></p></td>"
        "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p></td></tr>"
        "<tr><td><p><span>Số: 112/TB-TTYT</span></p></td>"
        "<td><p><i><span>Kon Tum, ngày 01 tháng 12 năm 2026</span></i></p></td></tr></table>"
    )
    record = ARTICLE.record(f"{header}<h1>{TITLE}</h1><main>{TEXT}</main>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T00:00:00+07:00",
        "Kon Tum, ngày 01 tháng 12 năm 2026",
    )


def test_a_titled_name_and_its_unit_after_a_dash_sign_the_text() -> None:
    """A post closing with a dash, a degree before the writer's name and her department after a
    comma (`— BS. Lò Văn Khanh, Khoa Truyền nhiễm`), no style setting it apart: the writer
    signing, her title kept in the display, her department no part of it."""
    signature = "<p>— BS. Lò Văn Khanh, Khoa Truyền nhiễm</p>"
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{TEXT}{signature}</div></article>")
    assert (record["byline"], record["authors"], record["body"]) == (
        "BS. Lò Văn Khanh",
        ["Lò Văn Khanh"],
        "\n\n".join((FIRST, SECOND, THIRD)),
    )


def test_a_reader_view_s_credits_line_is_the_byline() -> None:
    """A page saved from a browser's reader view prints, in the reader's header under its title,
    the byline it found as a credits line (`<div class="credits reader-credits">`): the writer,
    her union after the dash out of the display."""
    page = (
        "<div class='container'><div class='header reader-header'>"
        "<a class='domain reader-domain' href='https://hoinongdan.example.vn/tin/1'>"
        f"hoinongdan.example.vn</a><h1 class='reader-title'>{TITLE}</h1>"
        "<div class='credits reader-credits'>Lê Thu Hà - Hội Nông dân xã Tân Mỹ</div>"
        "<div class='meta-data'><div class='reader-estimated-time'>3–4 phút</div></div></div>"
        f"<hr><div class='content'><div class='moz-reader-content'>{TEXT}</div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Lê Thu Hà", ["Lê Thu Hà"])


def test_a_date_under_a_heading_block_of_its_own_leaves_the_label_out_of_the_raw() -> None:
    """A title block prints each fact as a heading block over its value's block, no colon
    (`<div class="meta-heading">Ngày đăng</div><div class="meta-value"><p>01/12/2026</p>`): the
    heading is another block's, no part of the printed line; the update beside it is its own."""
    fact = (
        "<div><div class='meta-heading'>{}</div><div class='meta-value'><p>{}</p></div></div>"
    ).format
    meta = f"<div class='meta'>{fact('Ngày đăng', '01/12/2026')}{fact('Cập nhật', '02/12/2026')}"
    record = ARTICLE.record(f"<header><h1>{TITLE}</h1>{meta}</div></header><main>{TEXT}</main>")
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-01T00:00:00+07:00",
        "01/12/2026",
        "2026-12-02T00:00:00+07:00",
    )


def test_quarto_s_category_chips_are_the_tags() -> None:
    """Quarto prints a document's categories as chips under its title (`<div
    class="quarto-categories"><div class="quarto-category">…</div>…`), no link: its tags."""
    chips = (
        "<div class='quarto-categories'><div class='quarto-category'>Tay chân miệng</div>"
        "<div class='quarto-category'>Trường mầm non</div></div>"
    )
    record = ARTICLE.record(f"<header><h1>{TITLE}</h1>{chips}</header><main>{TEXT}</main>")
    assert record["tags"] == ["Tay chân miệng", "Trường mầm non"]
