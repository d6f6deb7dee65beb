"""Rules the generic extractor learnt from the twentieth holdout set's families (a water
company's block editor, a ward's embedded social post, a 2003 table layout in decomposed
Unicode): lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T08:00:00+07:00")
URL = "https://capnuoc.example.vn/tin-nganh/nang-cong-suat-nha-may-nuoc-a2207.html"
TITLE = "Nâng công suất nhà máy nước trước mùa khô"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Nhà máy nước số hai đã lắp thêm ba máy bơm mới để tăng công suất lên gấp rưỡi."
SECOND = "Công ty cũng thay hơn hai cây số đường ống cũ trên các tuyến phố ven sông lớn."
THIRD = "Từ tháng sau, các hộ ở xã ven biển sẽ được cấp nước liên tục cả ngày lẫn đêm."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between, picture = ARTICLE.record, ARTICLE.between, ARTICLE.picture


def test_an_info_box_titled_inside_its_wrappers_is_no_text() -> None:
    """A block library's info box (`wp-block-acme-infobox`) wraps its heading and its text in
    a link wrapper and a text wrapper: the heading inside them is its title, and the box is set
    apart from the paragraphs around it."""
    box = (
        "<div class='wp-block-acme-infobox'><div class='acme-link-wrap'><div class='acme-text'>"
        "<h3>Lịch ngừng cấp nước</h3><p>Ngừng cấp nước từ 22 giờ đến 4 giờ sáng hôm sau để "
        "đấu nối đường ống mới tại phường Một.</p></div></div></div>"
    )
    assert record(between(box))["body"] == "\n\n".join(TEXT)


def test_a_description_naming_the_kind_of_site_and_its_name_is_no_lead() -> None:
    """`Trang thông tin của xã Tân Phú, tỉnh Đồng Nai.` under a title printing the site's name
    beside the headline (`… - Xã Tân Phú - Tỉnh Đồng Nai`) is the site describing itself, though
    the headline names the commune too."""
    title = "Xã Tân Phú nâng công suất nhà máy nước trước mùa khô"
    head = (
        f"<title>{title} - Xã Tân Phú - Tỉnh Đồng Nai</title>"
        "<meta name='description' content='Trang thông tin của xã Tân Phú, tỉnh Đồng Nai.'>"
        f"<meta property='og:title' content='{title}'>"
    )
    body = f"<article><h1>{title}</h1><div class='body'>{PARAGRAPHS}</div></article>"
    page = f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"
    got = extract_record(page, URL, NOW)
    assert got["summary"] is None
    assert got["body"] == "\n\n".join(TEXT)


def test_an_embedded_posts_attribution_line_is_neither_text_nor_byline() -> None:
    """A site builder's page whose article is a social post's fallback quote: after the post's
    paragraphs, `Đăng bởi <a>page</a> vào <a>day</a>` links back to the network, the embed's
    attribution; the credit closing the post is the byline."""
    post = "https://social.example.com/xatanphu/posts/9912"
    lines = "<br><br>".join([*TEXT, "Tin: Lê Thị Hoa - Văn phòng UBND xã"])
    quote = (
        f"<blockquote cite='{post}'><p>{lines}</p>Đăng bởi "
        "<a href='https://social.example.com/xatanphu'>Xã Tân Phú - Đồng Nai</a> vào "
        f"<a href='{post}'>Thứ Ba, 2 tháng 12, 2026</a></blockquote>"
    )
    got = record(f"<article>{HEADLINE}<div class='post'>{quote}</div></article>")
    assert got["body"] == "\n\n".join(TEXT)
    assert (got["byline"], got["authors"]) == ("Lê Thị Hoa", ["Lê Thị Hoa"])


def test_a_class_on_the_body_naming_a_profile_module_makes_no_profile_box() -> None:
    """A site builder lists its modules' styles on `<body>` (`m-profile-styles`): the page is
    no author's box, and the picture over the text is the article's."""
    figure = (
        "<figure><img src='/anh/may-bom.jpg' alt=''><figcaption>Ba máy bơm mới của nhà máy"
        "</figcaption></figure>"
    )
    body = f"<article>{HEADLINE}<div class='post'>{figure}<div class='text'>{PARAGRAPHS}</div>"
    page = ARTICLE.html(f"{body}</div></article>").replace(
        "<body>", "<body class='m-text-styles m-profile-styles'>"
    )
    got = extract_record(page, URL, NOW)
    assert got["images"] == [picture("may-bom", "Ba máy bơm mới của nhà máy")]


def test_a_bold_lead_under_the_headline_in_the_texts_cell_is_the_lead() -> None:
    """An old table layout types the headline, in a large bold font, and a lead in bold
    italics into the text's own cell: the lead is the line under the headline, no text."""
    lead = (
        "Sau sáu tháng thi công, công ty đã hoàn thành nâng cấp nhà máy nước số hai, kịp cấp "
        "đủ nước sạch cho các xã ven biển trước mùa khô năm nay."
    )
    cell = (
        f"<p><font size='4'><b>{TITLE}</b></font></p><p><font size='2'><b><i>{lead}</i></b>"
        "</font></p>" + "".join(f"<p><font size='2'>{p}</font></p>" for p in TEXT)
    )
    menu = "<td><a href='/'>Trang chủ</a><br><a href='/tin-nganh/'>Tin ngành</a></td>"
    got = record(f"<table><tr>{menu}<td>{cell}</td></tr></table>")
    assert (got["headline"], got["summary"]) == (TITLE, lead)
    assert got["body"] == "\n\n".join(TEXT)
