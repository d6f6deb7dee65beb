"""Rules the generic extractor learnt for bodies and headlines from the fifty-fifth holdout
set's learning platforms, wikis and blogs (Chamilo, Canvas LMS, Sakai, Mahara, BookStack,
Confluence, Wiki.js, PmWiki, LiveJournal, Micro.blog, an OpenCart shop's blog, Blot)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://congkhai.sogd.example.vn/display/TCCB/Ket+qua+tuyen+dung+2026"
TITLE = "Kết quả tuyển dụng giáo viên năm 2026: 380 thí sinh trúng tuyển"
TEXT = (
    "Sở Giáo dục và Đào tạo vừa phê duyệt kết quả tuyển dụng giáo viên năm 2026 của tỉnh.",
    "Kỳ tuyển dụng có 1.120 thí sinh dự vòng hai, gồm phỏng vấn và thực hành giảng dạy.",
    "Thí sinh trúng tuyển hoàn thiện hồ sơ tại đơn vị được phân công trong thời hạn 30 ngày.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def titled(title: str, body: str) -> dict:
    """The record of a page whose `<title>` is `title` (no headline of its own)."""
    html = f"<html lang='vi'><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_record(html, URL, NOW)


def test_a_wiki_s_information_macro_and_a_state_coloured_callout_are_no_text() -> None:
    """A wiki's information macro (Confluence's `confluence-information-macro`) and a callout
    its class names by its state's colour (Wiki.js's `<blockquote class="is-info">`) are boxes
    set apart from the text, like an alert or a notice: the paragraphs around them are the
    body."""
    boxes = (
        "<div class='confluence-information-macro confluence-information-macro-information'>"
        "<div class='confluence-information-macro-body'><p>Danh sách chi tiết xem trong tệp "
        "đính kèm, cập nhật lúc 08:00 ngày 05/12/2026.</p></div></div>",
        "<blockquote class='is-info'><p>Đường dây nóng tiếp nhận ý kiến phụ huynh: 0260 3911 "
        "xxx, từ 7h30 đến 17h00 các ngày làm việc.</p></blockquote>",
    )
    for box in boxes:
        assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join(TEXT), box


def test_a_second_header_holding_the_h1_heads_the_page() -> None:
    """Under the site's own `<header>`, a block classed as a header (`#main-header`) holding
    the breadcrumb and the `<h1>` heads the page's content: its `<h1>` is the headline, not a
    title of the site's furniture."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<header id='header'><a href='/'>Cổng công khai</a></header>"
        "<div id='main'><div id='main-header'><ol id='breadcrumbs'><li><a href='/display/TCCB'>"
        f"Tổ chức cán bộ</a></li></ol><h1><a href='/display/TCCB/Ket+qua'>{TITLE}</a></h1></div>"
        f"<div id='main-content'>{text}</div></div>"
    )
    assert titled(f"{TITLE} - Tổ chức cán bộ - Cổng công khai", page)["headline"] == TITLE


def test_a_tool_s_announcement_heading_over_a_bold_lead_is_the_headline() -> None:
    """A course's announcements tool titles the page with the tool's and the course's names
    (`Thông báo - Tuyển sinh 2027 - …`) and prints the announcement's title in a heading over
    its text, whose first paragraph is a bold lead over a captioned picture: a bold sentence
    of a lead's length closed by a full stop is the lead, not the title; the heading is the
    headline."""
    title = "Trường Cao đẳng Nghề tuyển 1.850 chỉ tiêu, miễn học phí cho học sinh"
    lead = (
        "Năm 2027, Trường Cao đẳng Nghề tỉnh tuyển 1.850 chỉ tiêu ở 24 ngành, nghề; học sinh "
        "tốt nghiệp THCS học trình độ trung cấp được miễn toàn bộ học phí và hỗ trợ chỗ ở ký "
        "túc xá."
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<ul class='breadcrumb'><li><a href='/index.php'>Trang chủ</a></li><li><a "
        "href='/courses/TS2027/index.php'>Tuyển sinh 2027</a></li><li class='active'>Thông báo"
        "</li></ul><div class='page-header'><h2>Thông báo</h2></div><table class='data_table'>"
        f"<tr><th><h3 class='announcement-title'>{title}</h3></th></tr><tr><td>"
        f"<p><strong>{lead}</strong></p><p><img src='/anh/thuc-hanh.jpg' alt=''></p>"
        f"<p><em>Học viên trong giờ thực hành. Ảnh: Phòng Đào tạo</em></p>{text}</td></tr></table>"
    )
    record = titled("Thông báo - Tuyển sinh 2027 - Cổng thông tin Trường Cao đẳng Nghề", page)
    assert (record["headline"], record["summary"]) == (title, lead)


def test_a_journal_entry_s_bold_first_line_is_the_lead_and_a_ruled_hotline_no_text() -> None:
    """A journal entry typed as lines between `<br>`s opens with a bold line of prose behind
    an outlet's stamp: the lead (without the stamp), whatever the description says, and no
    line of the body. A line calling a phone that a border on one side rules off from the
    lines around it (the numbers' last digits masked) is a service's notice, no text."""
    lead = "Sở Giáo dục và Đào tạo yêu cầu nhà trường xác minh, báo cáo vụ việc trước 17h."
    hotline = (
        "<div style='border-left:3px solid #c00;padding-left:8px'><i>Đường dây nóng của Sở "
        "tiếp nhận phản ánh bạo lực học đường: 0255 3822 xxx (24/7).</i></div>"
    )
    first, second, third = TEXT
    entry = (
        f"<div class='entry-content'><b>(QNO) - {lead}</b><br><br>{first}<br><br>{second}<br><br>"
        f"{hotline}<br>{third}<br><br></div>"
    )
    page = f"<div class='entry'><h3 class='entry-title'>{TITLE}</h3>{entry}</div>"
    head = f"<meta property='og:description' content='{first}'>"
    record = ARTICLE.record(page, head)
    assert (record["summary"], record["body"]) == (lead, "\n\n".join(TEXT))


def test_an_empty_cell_under_a_header_row_keeps_its_column() -> None:
    """A timetable under a header row of `<th>` cells: an empty cell stays in its row, empty,
    so the hour after it stays under the column its header names; a table with no header row
    leaves its empty cells out."""
    rows = (
        "<tr><td>10/6/2027</td><td>Làm thủ tục dự thi</td><td></td><td>08:00</td></tr>"
        "<tr><td>11/6/2027</td><td>Ngữ văn</td><td>07:30</td><td>07:35</td></tr>"
    )
    header = "<tr><th>Ngày</th><th>Bài thi</th><th>Giờ phát đề</th><th>Giờ bắt đầu</th></tr>"
    headed = ARTICLE.record(ARTICLE.between(f"<table>{header}{rows}</table>"))["body"]
    plain = ARTICLE.record(ARTICLE.between(f"<table>{rows}</table>"))["body"]
    first, *rest = TEXT
    assert headed.split("\n\n") == [
        first,
        "Ngày | Bài thi | Giờ phát đề | Giờ bắt đầu",
        "10/6/2027 | Làm thủ tục dự thi | | 08:00",
        "11/6/2027 | Ngữ văn | 07:30 | 07:35",
        *rest,
    ]
    assert plain.split("\n\n")[1] == "10/6/2027 | Làm thủ tục dự thi | 08:00"
