"""Rules the generic extractor learnt from the fifteenth holdout set's families (a securities
magazine's session report, an education paper's exam schedule, a province's disaster-prevention
portal): headline, lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://tinthitruong.example.vn/chung-khoan/phien-chieu-ngan-hang-dan-dat-a5120.html"
TITLE = "Nhóm ngân hàng dẫn dắt thị trường trong phiên chiều"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Phiên sáng, chỉ số giằng co quanh mốc tham chiếu khi nhóm thép bị chốt lời mạnh."
SECOND = "Sang phiên chiều, dòng tiền vào nhóm ngân hàng giúp chỉ số tăng gần mười điểm."
THIRD = "Khối ngoại bán ròng nhẹ, tập trung ở hai mã bán lẻ và một mã công nghệ lớn."
TEXT = [FIRST, SECOND, THIRD]


ARTICLE = InventedArticle(URL, TITLE, NOW)
html, record = ARTICLE.html, ARTICLE.record


def article(inside: str) -> str:
    return f"<article>{HEADLINE}<div class='content'>{inside}</div></article>"


def test_a_widget_inside_the_text_is_no_text() -> None:
    """A price board the site draws between the paragraphs (`widget-…`: its own update time,
    a few prices, a link to the full board) is set apart from the text; a page builder that
    wraps every block in `elementor-widget-…` keeps its text."""
    board = (
        "<div class='widget-bang-gia'><p>Bảng giá - cập nhật lúc 14:58:03 02/12/2025</p>"
        "<p>ACB 24.100 | MBB 22.350 | TCB 23.800</p><a href='/bang-gia'>Xem toàn bộ</a></div>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{board}<p>{THIRD}</p>")
    assert record(page)["body"] == "\n\n".join(TEXT)
    blocks = "".join(
        f"<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'><p>{p}</p></div></div>"
        for p in TEXT
    )
    assert record(article(blocks))["body"] == "\n\n".join(TEXT)


def test_a_disclaimer_under_the_text_is_no_text() -> None:
    """A securities paper's italic disclaimer classed as one (`<p class="disclaimer">`: the
    article is no advice, the data's source) closes every report; it is not a line of it."""
    note = "Thông tin trong bài chỉ để tham khảo, không phải lời khuyên đầu tư. Số liệu: HNX."
    page = article(
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p><p class='disclaimer'><em>{note}</em></p>"
    )
    assert record(page)["body"] == "\n\n".join(TEXT)


def test_a_short_box_under_a_title_of_its_own_is_no_text() -> None:
    """A box among the paragraphs that opens with a line the template classes as its title
    (`<p class="label">HỎI – ĐÁP NHANH</p>` over one question and its answer) is set apart
    from the text; a part of the text under an `<h2>` heading is the text's."""
    box = (
        "<div class='qa-box'><p class='label'>HỎI NHANH</p><p><b>Nhà đầu tư mới có được giao "
        "dịch ký quỹ?</b> Chưa, cần mở tài khoản đủ sáu tháng.</p></div>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{box}<p>{THIRD}</p>")
    assert record(page)["body"] == "\n\n".join(TEXT)
    part = f"<div class='part'><h2>Khối ngoại</h2><p>{THIRD}</p></div>"
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{part}<p>{FIRST}</p>")
    assert record(page)["body"] == "\n\n".join([FIRST, SECOND, "Khối ngoại", THIRD, FIRST])


def test_a_title_the_site_banner_carries_names_the_site() -> None:
    """An old portal titles every page with the name its banner's picture carries (no link to
    the home page), and describes itself with its kind and that name, abbreviations written
    out (`UBND` as `Ủy ban nhân dân`): the headline is the heading classed as a title, and the
    page has no lead. A banner picture inside the article names nothing."""
    name = "Ban Chỉ huy PCCC và CNCH tỉnh Lâm Sơn"
    described = (
        "Cổng thông tin điện tử Ban Chỉ huy Phòng cháy, chữa cháy và Cứu nạn, cứu hộ tỉnh Lâm Sơn"
    )
    shown = "Cảnh báo cháy rừng cấp IV tại ba huyện phía Tây - bản tin 9h00 ngày 02/12/2025"
    head = f"<meta name='description' content='{described}'>"
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='banner'><img src='/banner.png' alt='{name}'></div>"
        f"<div class='news-view'><h2 class='news-title'>{shown}</h2>"
        f"<div class='news-body'>{paragraphs}</div></div>"
    )
    found = extract_record(html(page, head).replace(TITLE, name), URL, NOW)
    assert (found["headline"], found["summary"]) == (shown, None)
    inside = f"<article><div class='banner'><img src='/a.png' alt='{name}'></div>{page}</article>"
    assert extract_record(html(inside, head).replace(TITLE, name), URL, NOW)["headline"] == name


def test_a_line_ending_as_the_headline_ends_is_the_text_s() -> None:
    """A bulletin opens with its issue time, the words its headline ends with (`Bản tin phát
    lúc 9h00 ngày 02/12/2025.` under `… - bản tin 9h00 ngày 02/12/2025`): a line of the text,
    not the headline printed again under another kicker."""
    title = "Cảnh báo cháy rừng cấp IV tại ba huyện phía Tây - bản tin 9h00 ngày 02/12/2025"
    issue = "Bản tin phát lúc 9h00 ngày 02/12/2025."
    paragraphs = "".join(f"<p>{p}</p>" for p in (issue, *TEXT))
    page = f"<article><h1>{title}</h1><div class='content'>{paragraphs}</div></article>"
    found = extract_record(html(page).replace(TITLE, title), URL, NOW)
    assert found["body"] == "\n\n".join([issue, *TEXT])
