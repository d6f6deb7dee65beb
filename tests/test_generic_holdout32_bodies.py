"""Rules the generic extractor learnt for bodies and leads from the thirty-second holdout set's
organisation portals (a youth union on Kohana, a general hospital on Mura CMS)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://tinhdoan.example.org.vn/tin/xem/12450-doi-hinh-tinh-nguyen"
TITLE = "Đội hình tình nguyện sửa ba điểm trường ở vùng cao"
LEAD = (
    "Hơn 60 đoàn viên thanh niên đã dành ba ngày cuối tuần để sửa chữa, lợp lại mái và làm sân"
    " chơi cho ba điểm trường mầm non ở các thôn vùng cao."
)
FIRST = (
    "Đội hình huy động hơn 1.200 ngày công, 300 tấm tôn và 40 bao xi măng do các cơ sở đóng góp."
)
SECOND = "Tại điểm trường thôn Ngải Thầu, các bạn thay toàn bộ mái tôn bị gió lốc làm hư hỏng."
THIRD = "Ở hai điểm trường tiểu học, đội hình làm mới bể chứa nước và lắp đặt bóng đèn mặt trời."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
BODY = f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def item(before_text: str = "", box: str = "", after: str = "") -> dict:
    """A union's item: its `<h1>`, `before_text` between it and the text's `<div>`, `box` in
    the text between its first and second paragraphs, `after` after the text."""
    text = f"<p>{FIRST}</p>{box}<p>{SECOND}</p><p>{THIRD}</p>"
    return ARTICLE.record(
        f"<article class='tin-chi-tiet'><h1 class='tin-tieu-de'>{TITLE}</h1>{before_text}"
        f"<div class='tin-noi-dung'>{text}</div>{after}</article>"
    )


def test_a_description_div_named_in_vietnamese_is_the_lead() -> None:
    """`<div class="tin-mo-ta">` (`mô tả`, a description) between the headline and the text:
    the item's lead, no part of the text."""
    record = item(f"<div class='tin-mo-ta'>{LEAD}</div>")
    assert (record["summary"], record["body"]) == (LEAD, BODY)


def test_anh_tin_labels_the_writer_opening_the_text() -> None:
    """`<p><em>Ảnh, tin: Vàng Thị Dung - Bí thư Đoàn xã Y Tý</em></p>` opening the text: the
    pictures' and the item's maker (as `Tin, ảnh:`), her post after the dash no part of the
    name; the line is no paragraph of the text."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    credit = "<p><em>Ảnh, tin: Vàng Thị Dung - Bí thư Đoàn xã Y Tý</em></p>"
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='tin-noi-dung'>{credit}{text}</div></article>"
    )
    assert (record["byline"], record["authors"], record["body"]) == (
        "Vàng Thị Dung",
        ["Vàng Thị Dung"],
        BODY,
    )


def test_hashtag_links_to_the_site_s_the_pages_are_its_tags() -> None:
    """`<a href="/tin/the/bat-xat">#BátXát</a>` in a row after the text (`thẻ`, the Vietnamese
    for a tag, names the tag pages): the item's tags, without the mark."""
    links = "".join(
        f"<a href='/tin/the/{slug}'>#{tag}</a> "
        for slug, tag in (("tinh-nguyen-mua-dong", "TìnhNguyệnMùaĐông"), ("bat-xat", "BátXát"))
    )
    record = item(after=f"<div class='tin-the'>{links}</div>")
    assert record["tags"] == ["TìnhNguyệnMùaĐông", "BátXát"]


def test_a_classed_box_under_a_bold_run_and_a_line_break_is_no_text() -> None:
    """`<div class="box-dang-ky"><strong>Đăng ký tham gia …</strong><br>Các cơ sở Đoàn gửi danh
    sách trước ngày 15/12/2026 …</div>` between the text's paragraphs: a registration note
    under a title of its own, not the text."""
    box = (
        "<div class='box-dang-ky'><strong>Đăng ký tham gia Ngày hội Thanh niên tình nguyện"
        "</strong><br>Các cơ sở Đoàn gửi danh sách đội hình trước ngày 15/12/2026 qua hộp thư"
        " <a href='mailto:phongtrao@tinhdoan.example.org.vn'>phongtrao@tinhdoan.example.org.vn"
        "</a>.</div>"
    )
    assert item(box=box)["body"] == BODY


def test_a_box_under_a_long_minor_heading_is_no_text() -> None:
    """`<div class="box-huong-dan"><h4>Hướng dẫn đặt lịch khám chuyên khoa Ngoại lồng
    ngực</h4><p>Người bệnh gọi tổng đài …</p></div>` between the text's paragraphs: a booking
    guide under a minor heading longer than a short title, set apart from the text."""
    box = (
        "<div class='box-huong-dan'><h4>Hướng dẫn đặt lịch khám chuyên khoa Ngoại lồng ngực</h4>"
        "<p>Người bệnh gọi tổng đài 0229 3871 030 hoặc đặt lịch trên ứng dụng của bệnh viện."
        " Phòng khám số 14 mở cửa từ 7h00 đến 16h30 các ngày làm việc.</p></div>"
    )
    assert item(box=box)["body"] == BODY
