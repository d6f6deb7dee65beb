"""Rules the generic extractor learnt for headlines, dates, views, bylines and tags from the
thirty-second holdout set's organisation portals (a commune's and a ward's e-government portals,
a Party committee, a youth union, a women's union, a veterans' chapter, a cooperative alliance,
a power company, a hospital, a museum, a vocational college and a diocese)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://dienluc.example.vn/tin-tuc/chi-tiet/48213"
TITLE = "Ngành điện bảo đảm cấp điện an toàn dịp cuối năm"
FIRST = "Công ty đã rà soát toàn bộ các trạm biến áp và đường dây trung thế trên địa bàn tỉnh."
SECOND = "Các tổ trực sự cố được bố trí tại từng khu vực, sẵn sàng xử lý khi có sự cố lưới điện."
THIRD = "Khách hàng có thể báo sự cố qua tổng đài chăm sóc khách hàng suốt hai mươi bốn giờ."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def signed_inside(line: str) -> tuple[str | None, list[str]]:
    """The byline and the authors when `line` is the last paragraph of the text's box."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}{line}</div></article>"
    record = ARTICLE.record(page)
    return record["byline"], record["authors"]


def test_a_power_company_in_brackets_is_the_writer_s_unit() -> None:
    """`Thu Trang (PC Hưng Yên)`, `Thu Trang (Điện lực Khoái Châu)`: a power company by its
    initials and its province, or its district branch, is who the writer is; it leaves the
    display and names nobody."""
    for unit in ("PC Hưng Yên", "Điện lực Khoái Châu"):
        line = f"<p style='text-align:right'><b>Thu Trang ({unit})</b></p>"
        assert signed_inside(line) == ("Thu Trang", ["Thu Trang"])


def test_a_unit_s_name_goes_on_after_va_in_lower_case() -> None:
    """`Nguyễn Thị Thu Sương - Trung tâm Tư vấn và Hỗ trợ HTX`: the words after `và` are in
    lower case, as no person's name is, so they are more of the centre's name, not a second
    writer."""
    line = (
        "<p style='text-align: right;'><strong>Nguyễn Thị Thu Sương - Trung tâm Tư vấn và Hỗ trợ"
        " HTX</strong></p>"
    )
    assert signed_inside(line) == ("Nguyễn Thị Thu Sương", ["Nguyễn Thị Thu Sương"])


def portal_page(title: str, heading: str, crumbs: tuple[str, ...], classed: str = "") -> str:
    """A portal's news item: the unit's name in the site's `<h1>`, a breadcrumb trail of
    `crumbs`, `heading` over the item and its own title in an `<h2>` of class `classed`."""
    trail = "".join(f"<li><a href='/muc/{i}'>{c}</a></li>" for i, c in enumerate(crumbs))
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    return (
        f"<html lang='vi'><head><title>{title}</title></head><body>"
        "<header><h1 class='site-title'><a href='/'>Điện lực tỉnh Hưng Yên</a></h1></header>"
        f"<ol class='breadcrumb'>{trail}</ol><section class='news-portlet'>{heading}"
        f"<article><h2 class='{classed}'>{TITLE}</h2><div class='news-content'>{text}</div>"
        "</article></section></body></html>"
    )


def test_a_middle_dot_parts_the_title_from_the_site_s_name() -> None:
    """`<title>headline · Điện lực tỉnh Hưng Yên</title>` (Omeka S and other products part a
    page's title from the site's name with a spaced middle dot): the site's name is no part of
    the title, and the plain `<h2>` printing the rest is the headline."""
    page = portal_page(f"{TITLE} · Điện lực tỉnh Hưng Yên", "", ("Trang chủ", "Tin tức"))
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_portlet_heading_naming_a_crumbed_section_is_no_headline() -> None:
    """`<h1>Tin tức - Sự kiện</h1>` heading the news portlet, a section the breadcrumb trail
    passes through, under `<title>unit - Tin tức - Sự kiện</title>`: the box's heading, not the
    item's; the `<h2>` classed as a title is the headline."""
    heading = "<h1 class='portlet-heading'>Tin tức - Sự kiện</h1>"
    crumbs = ("Trang chủ", "Tin tức - Sự kiện", "Kinh tế")
    page = portal_page("Điện lực tỉnh Hưng Yên - Tin tức - Sự kiện", heading, crumbs, "news-title")
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def test_a_posted_day_beside_an_update_time_is_the_publish_day() -> None:
    """`Ngày đăng: 04/12/2026` (the day alone) then `Cập nhật: 04/12/2026 16:12` in spans of one
    line under the headline: the label says the day the item was posted, 00:00 as no time is
    printed for it, and the update time is when it was edited, not its publish time."""
    meta = (
        "<div class='info'><span class='ngaydang'>Ngày đăng: 04/12/2026</span> <span"
        " class='capnhat'>Cập nhật: 04/12/2026 16:12</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T00:00:00+07:00",
        "Ngày đăng: 04/12/2026",
        "2026-12-04T16:12:00+07:00",
    )


FACTS = (
    "<aside class='bai-thongtin'><dl><dt>Tác giả</dt><dd>Ngô Thị Mỹ Hạnh</dd><dt>Đơn vị</dt>"
    "<dd>Hội LHPN xã Mỹ Thọ</dd><dt>Ngày đăng</dt><dd>04/12/2026 10:10</dd><dt>Lượt xem</dt>"
    "<dd>2.113</dd></dl></aside>"
)


def facts_beside_text(column: str) -> dict:
    """The record of an item whose facts list (`FACTS`, an `<aside>`) sits before the text's
    `<div>` in one `column` element, the headline in a block of its own above them."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    return ARTICLE.record(
        f"<main><div class='tieude'><h1>{TITLE}</h1></div><{column} class='bai-cot'>{FACTS}"
        f"<div class='bai-noidung'>{text}</div></{column}></main>"
    )


def test_a_facts_list_beside_the_text_gives_the_time_and_the_views() -> None:
    """`<aside><dl><dt>Ngày đăng</dt><dd>04/12/2026 10:10</dd><dt>Lượt xem</dt><dd>2.113</dd>`
    beside the text's paragraphs in one column, no `<article>` tag around them (REDAXO's
    slices): the article's own facts, not a sidebar's."""
    record = facts_beside_text("div")
    assert (record["published_raw"], record["published_at"], record["views"]) == (
        "04/12/2026 10:10",
        "2026-12-04T10:10:00+07:00",
        2113,
    )


def test_a_writer_s_term_in_the_article_s_facts_names_the_writer() -> None:
    """`<dt>Tác giả</dt><dd>Ngô Thị Mỹ Hạnh</dd>` in the facts list of the `<article>`: the
    writer, her unit in the next term (`Đơn vị`) no part of the byline."""
    record = facts_beside_text("article")
    assert (record["byline"], record["authors"]) == ("Ngô Thị Mỹ Hạnh", ["Ngô Thị Mỹ Hạnh"])


def test_nguoi_thuc_hien_labels_the_writer_beside_her_unit_s_cell() -> None:
    """`Người thực hiện: Lê Thị Hồng Nhung` in the first cell of a row closing the text, `Đơn
    vị: Phòng Đào tạo` in the second: `Người thực hiện:` labels the writer as `Thực hiện:` does;
    the unit's cell names nobody."""
    line = (
        "<table class='nguoi-thuc-hien'><tr><td><i>Người thực hiện: Lê Thị Hồng Nhung</i></td>"
        "<td align='right'><i>Đơn vị: Phòng Đào tạo</i></td></tr></table>"
    )
    assert signed_inside(line) == ("Lê Thị Hồng Nhung", ["Lê Thị Hồng Nhung"])


def news_module_post(short: str, footer: str) -> dict:
    """A news module's post: its title `<h2>`, the poster's account and the time, `short` in
    the short text's block before the long text's, `footer` in the post's footer block."""
    text = "".join(f"<p>{p}</p>" for p in (SECOND, THIRD))
    return ARTICLE.record(
        f"<div class='post-block'><h2 class='post-title'>{TITLE}</h2><div class='post-header'>"
        "<span class='post-by'>Gửi bởi <a href='/account'>dienluc</a> vào</span> "
        f"<span class='post-date'>03.12.2026, 14:30</span></div>{short}"
        f"<div class='post-long'>{text}</div>{footer}</div>"
    )


def test_a_news_module_s_short_text_is_the_lead() -> None:
    """`<div class="post-short">` (WebsiteBaker) or `<div class="attribute-short">` (eZ
    Publish) before the long text: the short text the module prints as the item's lead."""
    for block in ("post-short", "attribute-short"):
        record = news_module_post(f"<div class='{block}'><p>{FIRST}</p></div>", "")
        assert (record["summary"], record["body"]) == (FIRST, f"{SECOND}\n\n{THIRD}")


def test_a_footer_block_right_after_the_text_gives_the_update_time() -> None:
    """`<div class="post-footer"><span>Sửa lần cuối: 04.12.2026, 08:02</span><a>« Quay
    lại</a></div>` right after the long text's block: the post's own footer (a `<footer>` by
    its class), its edit time the update, not the site's footer."""
    footer = (
        "<div class='post-footer'><span class='post-modified'>Sửa lần cuối: 04.12.2026, 08:02"
        "</span> <a href='/tin-tuc'>« Quay lại</a></div>"
    )
    record = news_module_post("", footer)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-03T14:30:00+07:00",
        "2026-12-04T08:02:00+07:00",
    )


def notice_metadata(poster: str) -> dict:
    """A notice under its headline with a metadata table: its number, its signing day, the
    posting time and `poster` in label cells and value cells."""
    rows = (
        ("Số ký hiệu:", "318/TB-UBND"),
        ("Ngày ban hành:", "01/12/2026"),
        ("Ngày đăng:", "02/12/2026 15:40"),
        ("Người đăng:", poster),
    )
    cells = "".join(
        f"<tr><td class='lbl'>{label}</td><td>{value}</td></tr>" for label, value in rows
    )
    return ARTICLE.under_headline(f"<table class='doc-meta'>{cells}</table>")


def test_a_posting_time_labelled_in_its_own_cell_wins_over_a_signing_day() -> None:
    """`Ngày ban hành:` | `01/12/2026` (the notice's signing day) over `Ngày đăng:` |
    `02/12/2026 15:40`: the cell before the time labels it as the post's, so it is the publish
    time, the label no part of the raw."""
    record = notice_metadata("Văn phòng HĐND và UBND xã")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T15:40:00+07:00",
        "02/12/2026 15:40",
    )


def test_an_office_in_the_poster_s_cell_signs_a_notice_with_no_writer() -> None:
    """`Người đăng:` | `Văn phòng HĐND và UBND xã`, no writer printed anywhere: the office
    posting the notice is the display, and it names nobody."""
    record = notice_metadata("Văn phòng HĐND và UBND xã")
    assert (record["byline"], record["authors"]) == ("Văn phòng HĐND và UBND xã", [])


def test_a_description_opening_with_the_portal_s_whole_title_is_no_lead() -> None:
    """`<title>Cổng thông tin điện tử xã Minh Quang</title>` (the portal's name alone) and the
    description `Cổng thông tin điện tử xã Minh Quang, tỉnh Tuyên Quang`: the portal describing
    itself on every page, no lead of the item."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    portal = "Cổng thông tin điện tử xã Minh Quang"
    page = (
        f"<html lang='vi'><head><title>{portal}</title><meta name='description'"
        f" content='{portal}, tỉnh Tuyên Quang'></head><body><div class='portlet'>"
        f"<h2 class='news-title'>{TITLE}</h2><div class='news-content'>{text}</div></div>"
        "</body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["headline"], record["summary"]) == (TITLE, None)


def test_the_item_s_footer_gives_the_views_though_other_items_follow_it() -> None:
    """`<div class="news-footer"><span>Lượt xem: 286</span>…</div>` closing a portlet's item,
    the section's other items listed after it in the same box: the footer is the item's own,
    its count the views."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    others = "".join(
        f"<li><a href='/tin/{i}'>Thông báo số {i} của Ủy ban nhân dân xã về công tác</a></li>"
        for i in range(3)
    )
    page = (
        f"<div class='portlet'><div class='PContent'><h2 class='news-title'>{TITLE}</h2>"
        f"<div class='news-content'>{text}</div><div class='news-footer'><span class='views'>"
        "Lượt xem: 286</span> <a href='javascript:history.back();'>Quay lại</a></div>"
        f"<div class='other-news'><div class='other-title'>Các thông báo khác</div><ul>{others}"
        "</ul></div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["views"], record["views_raw"]) == (286, "Lượt xem: 286")
