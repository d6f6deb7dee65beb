"""Rules the generic extractor learnt for the text from the sixty-sixth holdout set's sport and
school sports pages: a video host's description shown whole behind its teaser."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
TITLE = "Giải chạy học sinh Đông Hà: 1.300 em về đích trong buổi sáng"
TEXT = (
    "Giải chạy học sinh thành phố Đông Hà sáng 5/12/2026 có 1.300 em của 24 trường tham dự, "
    "chạy hai cự ly 2 km và 3 km quanh hồ Khe Sắn.",
    "Ở cự ly 3 km nam, em Lê Văn Hùng lớp 9A về nhất với thời gian 11 phút 42 giây.",
    "Ban tổ chức trao 60 suất quà, mỗi suất 500.000 đồng, cho học sinh có hoàn cảnh khó khăn.",
)
ARTICLE = InventedArticle("https://video.example.com/video/Zx81Qw/", TITLE, NOW, TEXT)


def test_a_description_hidden_behind_its_teaser_is_the_text() -> None:
    """A video host prints the description's opening cut with `…` (`<div class="teaser">`) and
    the whole description in a block a `Show more` toggle hides (`<div class="full hidden">`):
    the hidden block opening with the teaser's words is the text, the teaser a copy of its
    start."""
    teaser = TEXT[0][:70].rsplit(" ", 1)[0] + " …"
    full = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='video-container'><h1 id='video-title'>{TITLE}</h1>"
        "<div class='video-publish-date'>First published at 00:42 UTC on December 6th, 2026.</div>"
        f"<div id='video-description'><div class='teaser'><p>{teaser}</p></div>"
        f"<div class='full hidden'>{full}</div><a href='#' class='show-more'>SHOW MORE</a></div>"
        "</div>"
    )
    record = ARTICLE.record(page)
    assert record["body"] == "\n\n".join(TEXT)


def test_a_paragraph_classed_as_a_box_or_a_tip_is_no_text() -> None:
    """A paragraph the site styles as a box or a docs generator as a tip (`<p class="info-box">`
    opening with a pictograph, `<p class="tip">`) among the text's paragraphs is a note set
    apart for the reader, not a line of the text; a lead's `box-category-sapo` is no box."""
    for note in (
        "<p class='info-box'>📌 Ảnh của giải có trong thư viện của trường. Lớp cần bản in liên"
        " hệ văn phòng trước 16:00 thứ Sáu.</p>",
        "<p class='tip'>Học sinh mang theo nước uống và mũ; phụ huynh đón con đúng giờ.</p>",
    ):
        record = ARTICLE.record(ARTICLE.between(note))
        assert record["body"] == "\n\n".join(TEXT)
    sapo = f"<p class='box-category-sapo'>{TEXT[1]}</p>"
    page = ARTICLE.between(sapo).replace(f"<p>{TEXT[1]}</p>", "")
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_callout_among_lines_typed_as_divs_is_no_text() -> None:
    """A doc editor types each line of the text as a `<div>` of words (`<div class="line">`):
    a callout among them (`<div class="callout callout-info"><div class="line">💡 …`) is set
    apart from those lines as from `<p>`s."""
    lines = [f"<div class='line'>{p}</div>" for p in TEXT]
    callout = (
        "<div class='callout callout-info'><div class='line'>💡 Phụ huynh có thắc mắc vui lòng"
        " gọi 0233 3852 111 từ 8:00 đến 17:00.</div></div>"
    )
    page = (
        f"<main><h1>{TITLE}</h1><div class='canvas'>{lines[0]}{callout}{''.join(lines[1:])}"
        "</div></main>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_grid_headed_among_the_lines_is_a_table_of_the_text() -> None:
    """A grid of `<div>`s with ARIA roles whose first row is `columnheader` cells, standing
    among the text's lines, is the editor's table: read one paragraph a row, cells joined by
    ` | `, the header row included. A database view's grid under its own name stays out."""

    def cell(role: str, text: str) -> str:
        return f"<div role='{role}'><span>{text}</span></div>"

    rows = (
        ("Cự ly", "Số em", "Về nhất"),
        ("2 km", "640", "Trần Thị Mai"),
        ("3 km", "660", "Lê Văn Hùng"),
    )
    grid = (
        "<div role='table'>"
        + "".join(
            "<div role='row'>"
            + "".join(cell("columnheader" if i == 0 else "cell", text) for text in row)
            + "</div>"
            for i, row in enumerate(rows)
        )
        + "</div>"
    )
    first, second, last = (f"<div class='line'>{p}</div>" for p in TEXT)
    page = f"<main><h1>{TITLE}</h1><div class='canvas'>{first}{second}{grid}{last}</div></main>"
    table = [" | ".join(row) for row in rows]
    assert ARTICLE.record(page)["body"] == "\n\n".join((*TEXT[:2], *table, TEXT[2]))
    view = f"<div class='view'><div class='view-title'>Danh sách đội</div>{grid}</div>"
    page = f"<main><h1>{TITLE}</h1><div class='canvas'>{first}{second}{view}{last}</div></main>"
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_heading_linked_to_itself_is_a_sub_heading_of_the_text() -> None:
    """A docs generator links each heading's words to the heading itself (`<h2 id="x"><a
    href="#x">`, or under a hash route `<a href="#/bai-viet?id=x">`): its own anchor, so the
    heading is the text's, where a heading linked to another page is a teaser's title."""
    for href in ("#ket-qua", "#/thong-bao/giai-chay?id=ket-qua"):
        heading = f"<h2 id='ket-qua'><a href='{href}' class='anchor'><span>Kết quả</span></a></h2>"
        record = ARTICLE.record(ARTICLE.between(heading))
        assert record["body"] == "\n\n".join((TEXT[0], "Kết quả", *TEXT[1:]))
    heading = "<h2 id='ket-qua'><a href='/tin/giai-boi-hoc-sinh'>Giải bơi học sinh</a></h2>"
    assert ARTICLE.record(ARTICLE.between(heading))["body"] == "\n\n".join(TEXT)


def test_an_episode_s_contents_under_its_notes_close_the_text() -> None:
    """A podcast episode's notes end with `Mục lục:` in bold over its chapters, then its credits
    and a line on where to hear it again: the contents close the text, and the lines under them
    are no part of it. Contents opening a long text, headings after them, do not."""
    chapters = "<ul><li>00:00 Mở đầu</li><li>04:10 Phỏng vấn thầy Hùng</li></ul>"
    closing = (
        f"<p><strong>Mục lục:</strong></p>{chapters}<p>Dẫn chương trình: Hồ Thị Lan</p>"
        "<p>Nghe lại các số trước tại đài phát thanh thành phố mỗi tối thứ Năm.</p>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><div class='episode-description'>"
        f"{''.join(f'<p>{p}</p>' for p in TEXT)}{closing}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)
    contents = "<h2>Mục lục</h2><ul><li><a href='#a'>Cự ly</a></li></ul>"
    sections = "".join(f"<h2>Phần {i}</h2><p>{p}</p>" for i, p in enumerate(TEXT, 1))
    page = f"<article><h1>{TITLE}</h1><div class='noi-dung'>{contents}{sections}</div></article>"
    assert ARTICLE.record(page)["body"].endswith(TEXT[-1])


def test_a_note_on_the_programme_the_report_was_made_in_is_no_text() -> None:
    """A closing note in italics saying what the report was made within or with whose support
    (`Bài viết được thực hiện với sự hỗ trợ của Quỹ …`) speaks of the report, not its story."""
    note = (
        "<div><i>Bài viết được thực hiện với sự hỗ trợ của Quỹ Báo chí Thể thao học đường năm"
        " 2026.</i></div>"
    )
    lines = "<div><br></div>".join(f"<div>{p}</div>" for p in TEXT)
    page = (
        f"<main><h1 class='title'>{TITLE}</h1><div class='project-module module text'>"
        f"<div class='rich-text'>{lines}{note}</div></div></main>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_wiki_s_note_on_the_folder_its_page_is_filed_in_is_no_text() -> None:
    """A wiki page opening with an italic note naming the folder it is filed in (`Trang này thuộc
    mục Thông báo. …`) tells the reader where the page sits, not the story."""
    note = (
        "<p><em>Trang này thuộc mục <a href='/clb/-/wikis/Thong-bao'>Thông báo</a>. Thành viên"
        " ban điều hành có quyền sửa.</em></p>"
    )
    page = (
        f"<main><h1 class='wiki-page-title'>{TITLE}</h1><div class='wiki-page-content md'>{note}"
        f"{''.join(f'<p>{p}</p>' for p in TEXT)}</div></main>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_a_titled_box_with_its_button_row_in_an_e_mail_is_no_text() -> None:
    """An e-mail's web view sets each paragraph in a row of its own and, under them, a shaded box
    laid out as a table: a cell with a title in bold over its lines (`<b>Lịch tập huấn</b><br>
    …`), and a row holding only its button. The box is a notice set apart from the text."""
    rows = "".join(f"<tr><td class='fd-text'><p>{p}</p></td></tr>" for p in TEXT)
    box = (
        "<tr><td><table role='presentation' style='background:#1f3b63'><tr><td><b>Lịch tập huấn"
        " trọng tài</b><br>Thứ Bảy 19/12/2026, 8:00–11:00 · Nhà thi đấu phường<br>Đăng ký trước"
        " ngày 15/12.</td></tr><tr><td align='center'><a href='https://dangky.example.com/tap-huan'"
        ">Đăng ký ngay</a></td></tr></table></td></tr>"
    )
    page = f"<table role='presentation'><tr><td><h1>{TITLE}</h1></td></tr>{rows}{box}</table>"
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)
