"""Rules the generic extractor learnt for bodies, leads and pictures from the fifty-sixth
holdout set's health pages on blogs, newsletters, a shop blog and a campaign's web version."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hienmau.example.vn/ban-tin/so-12-ngay-hoi-giot-hong.html"
TITLE = "Ngày hội hiến máu cuối năm tiếp nhận hơn 1.800 đơn vị máu"
LEAD = (
    "Trong hai ngày 28 và 29/11, ngày hội hiến máu cuối năm của tỉnh đã tiếp nhận 1.842 đơn vị"
    " máu, vượt 23% kế hoạch đề ra."
)
FIRST = "Ngày hội thu hút hơn 2.100 người đăng ký, phần lớn là đoàn viên và sinh viên các trường."
SECOND = "Có 214 người đã hiến máu từ 10 lần trở lên và được ban tổ chức trao giấy khen dịp này."
THIRD = "Toàn bộ số máu được chuyển về ngân hàng máu của bệnh viện vùng để dùng trong dịp Tết."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
SPAN = "<span style='font-size: 15px; color: rgb(51, 51, 51);{}'>{}</span>"


def _row(*paragraphs: str, cell: str = "") -> str:
    """A campaign's row of text: one cell, one editor's `<div>`, its `<p style="margin: 0;">`
    paragraphs with a spacer paragraph after each."""
    lines = "".join(
        f"<p style='margin: 0;'>{p}</p><p style='margin: 0;'><br></p>" for p in paragraphs
    )
    return (
        f"<tr><td class='layout-row'{cell}><div class='text-container galileo-ap-content-editor'>"
        f"{lines}</div></td></tr>"
    )


def test_a_campaign_s_rows_of_text_around_its_picture_are_one_text() -> None:
    """An e-mail campaign's web version sets each block in a row of one cell: the lead bold
    through its span's style, two rows of text with a picture's row and its caption's row
    between them. The rows together are the text, the picture and its caption the article's;
    the bold span is the lead."""
    header = _row("<span style='font-style: italic;'>Đắk Lắk, ngày 04/12/2026</span>")
    header = header.replace("</div>", f"<h1>{TITLE}</h1></div>")
    picture = (
        "<tr><td class='image_container' align='center'><img src='https://files.example.net/"
        "anh/hien-mau.jpg?rdr=true' width='570' alt=''></td></tr>"
        "<tr><td class='text_container'><div class='text-container'><p style='margin: 0;"
        " text-align: center;'><span style='font-style: italic;'>Sinh viên hiến máu tại ngày"
        " hội. Ảnh: Hội Chữ thập đỏ tỉnh</span></p></div></td></tr>"
    )
    rows = (
        header
        + _row(SPAN.format(" font-weight: bold;", LEAD), SPAN.format("", FIRST))
        + _row(SPAN.format("", SECOND))
        + picture
        + _row(SPAN.format("", THIRD))
    )
    record = ARTICLE.record(f"<table class='shell'>{rows}</table>")
    assert record["summary"] == LEAD
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))
    assert record["images"] == [
        {
            "url": "https://files.example.net/anh/hien-mau.jpg?rdr=true",
            "caption": "Sinh viên hiến máu tại ngày hội. Ảnh: Hội Chữ thập đỏ tỉnh",
        }
    ]


def test_a_shaded_row_of_a_campaign_under_a_bold_title_is_a_box() -> None:
    """A row of the campaign shaded by its cell's background, its first line a title bold
    through its span's style over plain lines (the coming sessions, an office's phone), over
    the register button and the desk's signature: a box set apart from the text, not its
    paragraphs."""
    lines = (
        SPAN.format(" font-weight: bold;", "Lịch hiến máu sắp tới"),
        "<span>Chủ nhật, 20/12/2026, 7h00 - 11h00: Trường Đại học Tây Nguyên</span>",
        "<span>Đăng ký hiến máu: 0262 3852 567</span>",
    )
    box = (
        "<tr><td class='layout-row' style='padding: 10px; background-color: #fdecec;'>"
        "<div class='text-container'>"
        + "".join(f"<p style='margin: 0;'>{line}</p>" for line in lines)
        + "</div></td></tr>"
    )
    closing = (
        "<tr><td class='button_container'><a href='/dang-ky'>Đăng ký hiến máu</a></td></tr>"
        + _row("<span style='font-style: italic;'>Ban Biên tập Bản tin Hiến máu</span>")
    )
    rows = f"<tr><td><h1>{TITLE}</h1></td></tr>" + _row(FIRST, SECOND) + _row(THIRD)
    rows += box + closing
    record = ARTICLE.record(f"<table class='shell'>{rows}</table>")
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_quotation_block_of_one_labelled_tip_is_no_text() -> None:
    """A newsletter's `<blockquote><p><strong>Mẹo nhỏ:</strong> …</p></blockquote>` between
    the paragraphs: a tip under its label set apart from the text, as a labelled box is."""
    tip = (
        "<blockquote><p><strong>Mẹo nhỏ:</strong> Nếu người hiến thấy chóng mặt, hãy nằm nghỉ"
        " và uống thêm nước ngọt.</p></blockquote>"
    )
    body = ARTICLE.record(ARTICLE.between(tip))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


SHOP_URL = "https://nhathuoc.example.vn/blog/canh-bao-thuoc-nam-tron-corticoid/"
SHOP_TITLE = "Cảnh báo thuốc nam trộn corticoid bán tràn lan trên mạng"
SHOP = InventedArticle(SHOP_URL, SHOP_TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_post_s_thumbnail_linked_to_the_post_itself_is_its_cover() -> None:
    """A shop blog's post thumbnail over the post's header, linked to the post's own address
    (`<figure class="blog-thumbnail"><a href="…/this-post/"><img alt="the headline">`): the
    post's own picture, no teaser of another page; the English ordinal day over the headline
    (`Dec 4th 2026`) its publish line."""
    text = "".join(f"<p>{p}</p>" for p in SHOP.text)
    page = (
        "<article class='blog'><div class='blog-post-figure'><figure class='blog-thumbnail'>"
        f"<a href='{SHOP_URL}'><img src='https://cdn.example.net/anh/corticoid.jpg?t=1764835200'"
        f" alt='{SHOP_TITLE}'></a></figure></div><div class='blog-post-body'><header>"
        f"<p class='blog-date'>Dec 4th 2026</p><h1><a href='{SHOP_URL}'>{SHOP_TITLE}</a></h1>"
        f"</header><div class='blog-post'>{text}</div></div></article>"
    )
    record = SHOP.record(page)
    assert record["images"] == [
        {"url": "https://cdn.example.net/anh/corticoid.jpg?t=1764835200", "caption": None}
    ]
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T00:00:00+07:00",
        "Dec 4th 2026",
    )
