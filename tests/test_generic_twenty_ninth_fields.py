"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the twenty-ninth holdout set's provincial templates (a converged-newsroom CMS, ASP.NET
portals, VNPT and Viettel portal subsites, in-house PHP sites of the 2010s, a court, a weather
station, a customs office and a Khmer-language desk)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://tuyenquang.cuchaiquan.example.vn/tin-tuc/hoat-dong/doi-thoai-doanh-nghiep-3321"
TITLE = "Đối thoại với doanh nghiệp về thủ tục xuất khẩu nông sản qua cửa khẩu"
FIRST = "Sáng nay, đơn vị tổ chức buổi đối thoại với gần 50 doanh nghiệp xuất khẩu trong tỉnh."
SECOND = "Các doanh nghiệp nêu vướng mắc về khai báo điện tử, kiểm dịch thực vật và thời gian chờ."
THIRD = "Lãnh đạo đơn vị giải đáp tại chỗ và hẹn trả lời bằng văn bản các kiến nghị còn lại."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_courts_calling_before_a_name_is_no_part_of_it() -> None:
    """`Thẩm phán …` in bold under a court's news, or a juror's `Hội thẩm nhân dân …` (no
    association) and an enforcement officer's `Chấp hành viên …`: the calling stays in the
    display, the author is the name."""
    for calling in ("Thẩm phán", "Hội thẩm nhân dân", "Chấp hành viên"):
        line = f"<p style='text-align:right'><strong>{calling} Đỗ Minh Khải</strong></p>"
        assert ARTICLE.signed(line) == (f"{calling} Đỗ Minh Khải", ["Đỗ Minh Khải"])


def test_a_compilers_label_opens_roles_whose_reviewer_and_picture_credit_name_no_author() -> None:
    """`Biên soạn: … · Kiểm duyệt: … · Ảnh vệ tinh: …` under a bulletin: the compiler wrote it
    (the title stays in the display), the reviewer and the picture's source are credits."""
    line = (
        "<p class='ky-ten'>Biên soạn: ThS. Vũ Thị Lan · Kiểm duyệt: Đinh Quốc Hưng · "
        "Ảnh minh họa: Trạm Khí tượng</p>"
    )
    assert ARTICLE.signed(line) == ("ThS. Vũ Thị Lan", ["Vũ Thị Lan"])


def test_a_source_of_a_bodys_initials_and_its_place_names_no_author() -> None:
    """`Theo CDC Quảng Trị` in italics after the text, or an office's `Theo BHXH Thành phố
    Huế`: initials and the place a body serves are a source, so no byline."""
    for source in ("CDC Quảng Trị", "BHXH Thành phố Huế"):
        line = f"<p align='right'><i>Theo {source}</i></p>"
        assert ARTICLE.signed(line) == (None, [])


def test_a_detail_views_title_is_no_headline_but_the_large_bold_line_is() -> None:
    """`<title>` names the site and the view (`… - Tin chi tiết`), and the page prints the
    headline only in a bold `<font size="4">` cell: that cell is the headline."""
    for view in ("Tin chi tiết", "Chi tiết bài viết"):
        cell = f"<table><tr><td><font size='4'><b>{TITLE}</b></font></td></tr></table>"
        text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
        page = (
            f"<html lang='vi'><head><title>Chi cục Hải quan tỉnh - {view}</title></head>"
            f"<body><table><tr><td>{cell}<div class='noidung'>{text}</div></td></tr></table>"
            "</body></html>"
        )
        assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_labelled_publish_line_under_the_headline_outranks_a_badge_above_it() -> None:
    """A badge over the headline prints a bulletin's hour (`Bản tin phát lúc 04 giờ 30 ngày
    …`) and the line under it `Đăng ngày: … lúc 05:30`: the labelled line is the article's."""
    badge = "<div class='nhan'>Bản tin phát lúc 16 giờ 00 ngày 01/12/2026 - Mức cảnh báo: 2</div>"
    line = "<p class='meta'><span>Đăng ngày: 01/12/2026 lúc 16:45</span></p>"
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(f"<article>{badge}<h1>{TITLE}</h1>{line}<div>{text}</div></article>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T16:45:00+07:00",
        "Đăng ngày: 01/12/2026 lúc 16:45",
    )


def test_a_printed_day_alone_outranks_a_meta_day_alone_that_differs() -> None:
    """`Ngày 02 tháng 12 năm 2026` under the headline, no time anywhere, and a `pubdate` meta
    of the day before: the page's own line is the publish day."""
    head = "<meta name='pubdate' content='2026-12-01'>"
    record = ARTICLE.under_headline("<div class='ngay'>Ngày 02 tháng 12 năm 2026</div>", head=head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Ngày 02 tháng 12 năm 2026",
    )


def test_an_office_by_its_initials_in_brackets_after_a_name_leaves_the_display() -> None:
    """`Thanh Mai (CCHQ cửa khẩu Hữu Nghị)` in italics under the text: the writer's office by
    its initials and place is who she is, no part of the byline."""
    line = "<p style='text-align:right'><em>Thanh Mai (CCHQ cửa khẩu Hữu Nghị)</em></p>"
    record = ARTICLE.under_headline("", after_text=line)
    assert (record["byline"], record["authors"]) == ("Thanh Mai", ["Thanh Mai"])


def test_an_update_line_before_the_publish_time_is_no_update_of_the_article() -> None:
    """A bulletin's `cập nhật 17:00 ngày 03/12/2026` beside the headline of an article posted
    the next morning: no article is updated before it is posted, so no modified time."""
    bulletin = "<div class='ban-tin'>Bản tin dịch cập nhật 17:00 ngày 03/12/2026</div>"
    record = ARTICLE.under_headline(f"{bulletin}<div class='ngay'>04/12/2026 - 08:30</div>")
    assert (record["published_at"], record["modified_at"]) == ("2026-12-04T08:30:00+07:00", None)
