"""Rules the generic extractor learnt for dates, views, bylines and categories from the
forty-second holdout set's archives of absorbed papers, imported into the merged papers' new sites
after the 2025 merger (the old site's box kept inside the new text, import notices and times)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baomoi-tinh.example.vn/luu-tru/nong-nghiep/mua-vai-thieu-2025.html"
TITLE = "Vải thiều sớm được giá ngay đầu vụ"
TEXT = (
    "Những ngày này, nông dân các xã vùng đồi đang tập trung thu hoạch vải thiều sớm.",
    "Giá vải đầu vụ dao động từ 35.000 đến 40.000 đồng/kg, cao hơn năm trước.",
    "Thương lái đến tận vườn thu mua, nhiều hộ thu về hàng trăm triệu đồng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def imported(new_line: str, old_line: str, notice: str) -> dict:
    """The record of an article imported into a new site: the new CMS's line under the
    headline, the old site's box (its own date line, then the text) inside the text's box, and
    `notice` after it."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='article'><h1>{TITLE}</h1><div class='meta'>{new_line}</div>"
        f"<div class='article-body'><div class='old-box' style='font-family:Arial'>"
        f"<div class='old-date' style='color:#888'>{old_line}</div>{text}</div></div>"
        f"{notice}</div>"
    )
    return ARTICLE.record(page)


def test_an_imported_article_s_old_line_in_its_text_box_is_its_publish_line() -> None:
    """A merged paper's new site shows an absorbed paper's article with the import's time as
    its own (`Ngày đăng: 14/08/2025 08:00` under the headline) over the old site's box that the
    import pasted in the text, which keeps the old line: the page's notice says the article was
    moved from the old paper, so the new line is the import's time and the old one the
    article's."""
    record = imported(
        "Ngày đăng: 14/08/2025 08:00 | Người đăng: nhap_lieu",
        "Thứ Năm, 22/05/2025 | 07:45",
        "<p class='note'><em>Bài viết được chuyển từ Báo Bắc Giang (cũ).</em></p>",
    )
    assert (record["published_at"], record["published_raw"]) == (
        "2025-05-22T07:45:00+07:00",
        "Thứ Năm, 22/05/2025 | 07:45",
    )


def test_an_import_source_line_names_the_old_paper_too() -> None:
    """`Nguồn bài viết: Báo Bắc Kạn (cũ)` under the text says the same as a notice: the
    import's day under the headline (`Gửi bởi … vào ngày 03/07/2025`) is not the article's."""
    record = imported(
        "Gửi bởi nhap_lieu vào ngày 03/07/2025",
        "Đăng ngày 28/02/2025 - 16:45",
        "<span class='source'>Nguồn bài viết: Báo Bắc Kạn (cũ)</span>",
    )
    assert (record["published_at"], record["published_raw"]) == (
        "2025-02-28T16:45:00+07:00",
        "Đăng ngày 28/02/2025 - 16:45",
    )


def test_without_an_import_notice_the_new_line_stays_the_publish_line() -> None:
    """The same page with no notice: a day inside the text's box does not move the publish time
    of a page whose own line is right (a print edition's day pasted over its text)."""
    record = imported("Ngày đăng: 14/08/2025 08:00", "Thứ Năm, 22/05/2025 | 07:45", "")
    assert (record["published_at"], record["published_raw"]) == (
        "2025-08-14T08:00:00+07:00",
        "Ngày đăng: 14/08/2025 08:00",
    )


def test_a_cms_abstract_block_over_the_text_is_the_lead() -> None:
    """A CMS's abstract block under the date line (`<div class="content-abstract">`), over the
    text's box: the article's lead, where the page description is only its first words cut
    short."""
    lead = "Dịp nghỉ lễ vừa qua, các khu du lịch ven biển đón hơn 30.000 lượt khách, kín phòng."
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article><h1>{TITLE}</h1><div class='content-meta'>Ngày đăng: 03/05/2025 15:20</div>"
        f"<div class='content-abstract'><p>{lead}</p></div>"
        f"<div class='content-rich-text'><div class='old-box'>{text}</div></div></article>"
    )
    head = "<meta name='description' content='Dịp nghỉ lễ vừa qua, các khu du lịch ven biển'>"
    assert ARTICLE.record(page, head)["summary"] == lead


def old_box_labelled(notice: str) -> dict:
    """The record of an article whose text's box opens with an old site's `Chuyên mục:` line,
    under the new site's breadcrumb, with `notice` after the text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='path'><a href='/'>Trang chủ</a> › <a href='/kinh-te/'>Kinh tế</a></div>"
        f"<div class='document'><h1>{TITLE}</h1><div class='info'>Cập nhật: 02/07/2025 01:16</div>"
        "<div class='document-body'><div class='old-article' style='font-size:13px'>"
        "<div class='old-cat' style='font-weight:bold'>Chuyên mục: Nông nghiệp - Nông thôn</div>"
        f"{text}</div></div>{notice}</div>"
    )
    return ARTICLE.record(page)


def test_an_imported_article_s_old_category_line_is_not_its_section() -> None:
    """The old site's `Chuyên mục: Nông nghiệp - Nông thôn` that an import kept at the top of the
    text's box names the old paper's section; the new site's breadcrumb names the page's."""
    notice = "<p class='note'><i>Bài viết được chuyển từ Báo Bắc Giang (cũ).</i></p>"
    assert old_box_labelled(notice)["category"] == "Kinh tế"


def test_a_category_line_opening_the_text_of_a_page_not_imported_is_its_section() -> None:
    """Without an import notice, the page's own labelled category field wins over its trail."""
    assert old_box_labelled("")["category"] == "Nông nghiệp - Nông thôn"


def test_a_title_opening_with_the_site_s_name_is_no_file_name() -> None:
    """`<title>Báo Cà Mau | Tôm càng xanh …</title>`: the site's name (no letter only
    Vietnamese has) before the article's title does not make the title a file's name typed
    without diacritics, so the `<h1>` printing the article's title is the headline, not a
    line classed as a title under it."""
    title = "Tôm càng xanh trên ruộng lúa được mùa"
    article = InventedArticle(URL, f"Báo Cà Mau | {title}", NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='logo'><a href='/'><img src='/logo.png' alt='Báo Cà Mau'></a></div>"
        f"<article><header class='articletitle'><h1>{title}</h1><span class='titleb'>Đăng bởi"
        " bientap lúc Thứ hai 07 Tháng 7, 2025 02:11 ICT (12 lượt đọc)</span></header>"
        f"<div class='articlebody'>{text}</div></article>"
    )
    assert article.record(page)["headline"] == title


def test_a_trail_through_an_old_paper_s_archive_says_the_article_was_imported() -> None:
    """No notice, but the breadcrumb files the article under the absorbed paper's archive
    (`Trang chủ » Bạc Liêu (cũ) » Nông nghiệp`): the poster's line under the headline is the
    import's time, the old site's line in the text's box the article's."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<nav class='breadcrumb'><a href='/'>Trang chủ</a> » <a href='/bl/'>Bạc Liêu (cũ)</a> »"
        " <a href='/bl/nong-nghiep/'>Nông nghiệp</a></nav>"
        f"<article><h1>{TITLE}</h1><div class='meta'>Ngày đăng: 07/07/2025 02:11</div>"
        "<div class='articlebody'><div class='old-box' style='font-size:14px'>"
        f"<p class='old-date' style='color:#888'>Ngày đăng: 26/04/2025 - 14:30</p>{text}</div>"
        "</div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2025-04-26T14:30:00+07:00",
        "Ngày đăng: 26/04/2025 - 14:30",
    )


def test_print_and_send_buttons_in_a_topic_row_are_no_tags() -> None:
    """Tiki's trailer `Chủ đề: <a>Bạc Liêu (cũ)</a> · <a>In</a> · <a>Gửi</a>` names the one
    topic the article is filed under beside its print and send buttons: no tags; the tags are
    the `Thẻ:` links under the text."""
    trailer = (
        "<div class='articletrailer'>Chủ đề: <a href='view_articles.php?topic=9'>Bạc Liêu (cũ)"
        "</a> · <a href='print_article.php?articleId=2241'>In</a> · "
        "<a href='send_objects.php?articleId=2241'>Gửi</a></div>"
    )
    tags = (
        "<div class='freetaglist'>Thẻ: <a class='freetag' href='/tag?t=vai'>vải thiều</a> "
        "<a class='freetag' href='/tag?t=gia'>giá nông sản</a></div>"
    )
    assert ARTICLE.under_headline(trailer, after_text=tags)["tags"] == ["vải thiều", "giá nông sản"]
