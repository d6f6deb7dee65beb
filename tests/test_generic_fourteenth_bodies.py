"""Rules the generic extractor learnt from the fourteenth holdout set's families (a military
region's paper, a farmers' association portal on Joomla 4, a journal on Open Journal Systems, a
paper's press-release channel, a women's paper's recipe, a gold-price table, a book review):
headline, lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://tinmiennui.example.vn/thoi-su/dien-tap-cuu-ho-vung-bien-gioi-8812.html"
TITLE = "Dân quân xã biên giới diễn tập cứu hộ khi sạt lở đất"
HEADLINE = f"<h1>{TITLE}</h1>"
LEAD = "Sáng 2/12, hơn 300 dân quân và bộ đội biên phòng diễn tập cứu hộ tại bản Pa Khoang."
FIRST = "Tình huống đặt ra là mưa lớn kéo dài làm sạt taluy, vùi lấp bốn ngôi nhà ven đường."
SECOND = "Lực lượng cứu hộ chia thành ba mũi, dùng máy cắt bê tông và chó nghiệp vụ tìm người."
THIRD = "Sau ba giờ, các tổ đã đưa toàn bộ người bị nạn giả định ra khỏi khu vực nguy hiểm."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


ARTICLE = InventedArticle(URL, TITLE, NOW)
html, record = ARTICLE.html, ARTICLE.record


def test_a_stamp_of_capitals_and_a_digit_opening_the_lead_is_a_dateline() -> None:
    """A military region's paper opens its sapo with the region (`QK7 - `), capitals and the
    region's digit, as other papers open theirs with `TTO - `: the stamp, not the lead; an
    index named with digits (`VN30-Index`) is the lead's first word."""
    index = "VN30-Index tăng 9 điểm trong phiên sáng nay nhờ nhóm ngân hàng."
    for sapo, summary in ((f"QK7 - {LEAD}", LEAD), (index, index)):
        page = f"<article>{HEADLINE}<h2 class='sapo'>{sapo}</h2><div class='content'>"
        assert record(f"{page}{PARAGRAPHS}</div></article>")["summary"] == summary


def test_a_description_naming_the_kind_of_site_and_its_logo_s_name_is_no_lead() -> None:
    """A portal's description on every page, `Cổng thông tin điện tử` before the name its logo
    carries: the site speaking of itself, so the article, with no sapo, has no lead; a
    description of the article is its lead."""
    logo = "<a href='/'><img src='/logo.png' alt='Hội Cựu chiến binh tỉnh Lâm Sơn'></a>"
    page = f"<header>{logo}</header><article>{HEADLINE}<div class='content'>{PARAGRAPHS}</div>"
    for described, summary in (
        ("Cổng thông tin điện tử Hội Cựu chiến binh tỉnh Lâm Sơn", None),
        (LEAD, LEAD),
    ):
        head = f"<meta name='description' content='{described}'>"
        assert record(f"{page}</article>", head)["summary"] == summary


def test_a_label_the_template_sets_over_the_whole_text_is_no_text() -> None:
    """A journal's abstract under the template's label (`<h2 class="label">Tóm tắt</h2>`), the
    text's only heading: the label of the section it sits in, like a box's title, not a line
    of the abstract."""
    abstract = f"<section class='item abstract'><h2 class='label'>Tóm tắt</h2>{PARAGRAPHS}"
    page = f"<article>{HEADLINE}{abstract}</section></article>"
    assert record(page)["body"] == "\n\n".join(TEXT)


def test_a_short_box_closing_the_text_under_a_label_alone_is_no_text() -> None:
    """A press release's contact box under its text: the bold label alone on its first line
    (`Thông tin liên hệ báo chí:`), a desk, a person and a telephone under it. The site puts
    it under every release, as it does a one-line labelled box; the same box between the
    paragraphs is the text's own list."""
    box = (
        "<div class='lien-he'><p><strong>Thông tin liên hệ báo chí:</strong></p>"
        "<p>Ban Truyền thông – Công ty Cổ phần Cà phê Cao Nguyên</p>"
        "<p>Anh Lê Văn Hòa – Điện thoại: 0262 3xxx xxx</p></div>"
    )
    page = f"<article>{HEADLINE}<div class='content'>{PARAGRAPHS}{box}</div></article>"
    assert record(page)["body"] == "\n\n".join(TEXT)
    inside = f"<p>{FIRST}</p>{box}<p>{SECOND}</p><p>{THIRD}</p>"
    page = f"<article>{HEADLINE}<div class='content'>{inside}</div></article>"
    kept = [
        "Thông tin liên hệ báo chí:",
        "Ban Truyền thông – Công ty Cổ phần Cà phê Cao Nguyên",
        "Anh Lê Văn Hòa – Điện thoại: 0262 3xxx xxx",
    ]
    assert record(page)["body"] == "\n\n".join([FIRST, *kept, SECOND, THIRD])


def test_a_box_whose_line_labels_a_link_to_another_site_is_no_text() -> None:
    """A shop's line in a box between the paragraphs, its words up to a colon labelling a link
    to the shop's site (`…: <a href="https://cho.example.vn/…">Đặt mua</a> – 95.000 đồng/hộp`):
    the site's notice, as a box with a bold label is; the same line linking to another page of
    the site itself is the text's own."""
    line = "Chè búp Tân Cương gửi tận nhà: Đặt mua – 95.000 đồng/hộp"
    for href, text in (
        ("https://cho.example.vn/che", [FIRST, SECOND, THIRD]),
        ("/tin-tuc/che-8800.html", [FIRST, SECOND, line, THIRD]),
    ):
        shop = (
            f"<div class='box'><p>Chè búp Tân Cương gửi tận nhà: <a href='{href}'>Đặt mua</a>"
            " – 95.000 đồng/hộp</p></div>"
        )
        page = f"<article>{HEADLINE}<div class='content'><p>{FIRST}</p><p>{SECOND}</p>"
        body = record(f"{page}{shop}<p>{THIRD}</p></div></article>")["body"]
        assert body == "\n\n".join(text)


def test_a_widget_s_rendering_is_no_picture_of_the_article() -> None:
    """A price chart the site's widget draws afresh each day (`/widget/bieu-do-….png?d=…`) in a
    box under the text, with its title and source: the site's furniture, like a theme's file;
    a chart uploaded with the article is its picture."""
    chart = (
        "<div class='box-chart'><p class='title'>Biểu đồ giá cà phê 30 ngày</p>"
        "<img src='{}' alt='Biểu đồ'><p class='chart-note'>Nguồn: sàn giao dịch</p></div>"
    )
    for src, images in (
        ("/widget/bieu-do-ca-phe.png?d=20251203", []),
        (
            "/uploads/2025/12/bieu-do-ca-phe.png",
            [
                {
                    "url": "https://tinmiennui.example.vn/uploads/2025/12/bieu-do-ca-phe.png",
                    "caption": "Nguồn: sàn giao dịch",
                }
            ],
        ),
    ):
        text = f"<div class='content'>{PARAGRAPHS}{chart.format(src)}</div>"
        assert record(f"<article>{HEADLINE}{text}</article>")["images"] == images


def test_a_line_classed_cap_after_a_picture_is_its_caption() -> None:
    """A book box over the text: the cover, then `<p class="cap">` (short for caption) saying
    what it shows, then the book's table. That line is the cover's caption, as one classed
    `caption` would be; a paragraph opening with a drop cap (`has-drop-cap`) is no caption."""
    box = (
        "<div class='book-info'><img src='/Upload/bia-sach.jpg' width='220'>"
        "<p class='cap'>Bìa tập truyện “Gió chướng” (NXB Kim Đồng, 2025).</p>"
        "<table><tr><td>Tác giả:</td><td>Hồ Văn Tư</td></tr>"
        "<tr><td>Số trang:</td><td>148</td></tr></table></div>"
    )
    text = f"<p class='has-drop-cap'>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
    result = record(f"<article>{HEADLINE}{box}<div class='content'>{text}</div></article>")
    assert result["body"] == "\n\n".join(TEXT)
    assert result["images"] == [
        {
            "url": "https://tinmiennui.example.vn/Upload/bia-sach.jpg",
            "caption": "Bìa tập truyện “Gió chướng” (NXB Kim Đồng, 2025).",
        }
    ]


def builder_page(picture: str = "", style: str = "") -> str:
    """A landing-page builder's page: every block an absolutely placed `<div>` with an id,
    each paragraph a `<div class="ladi-paragraph">`, the office signing under the text."""
    blocks = "".join(
        f"<div id='PARAGRAPH{i}' class='ladi-element'><div class='ladi-paragraph'>{p}</div></div>"
        for i, p in enumerate(TEXT[:2], start=14)
    )
    return html(
        "<div class='ladi-section'><div class='ladi-container'>"
        f"<div id='HEADLINE12' class='ladi-element'><h3 class='ladi-headline'>{TITLE}</h3></div>"
        f"{blocks}{picture}"
        f"<div id='PARAGRAPH22' class='ladi-element'><div class='ladi-paragraph'>{THIRD}</div>"
        "</div><div id='PARAGRAPH23' class='ladi-element'><div class='ladi-paragraph'"
        " style='text-align:right'><strong>Ban Chỉ huy Quân sự xã</strong></div></div>"
        "</div></div>",
        head=f"<style>{style}</style>",
    )


def test_a_page_builder_s_paragraph_blocks_are_the_text_s_paragraphs() -> None:
    """Each paragraph a `<div>` classed as the builder's paragraph, holding text only, where
    an editor types a `<p>`: they vote for the block around them as paragraphs do, so the text
    is read in the page's own markup, the office signing under it included."""
    result = extract_record(builder_page(), URL, NOW)
    assert result["body"] == "\n\n".join(TEXT)
    assert (result["byline"], result["authors"]) == ("Ban Chỉ huy Quân sự xã", [])


def test_a_picture_the_stylesheet_paints_behind_an_empty_block_is_a_picture() -> None:
    """A builder's picture element, no `<img>` in it: the page's `<style>` paints the picture
    behind the block by its id (`#IMAGE20 > .ladi-image > .ladi-image-background{background-
    image:url(…)}`). The reader sees a picture there, and the italic line under it is its
    caption, not a paragraph."""
    url = "https://cdn.tinmiennui.example.vn/s900x600/dien-tap-bai-sat.jpg"
    style = f"#IMAGE20 > .ladi-image > .ladi-image-background{{background-image:url('{url}')}}"
    picture = (
        "<div id='IMAGE20' class='ladi-element'><div class='ladi-image'>"
        "<div class='ladi-image-background'></div></div></div>"
        "<div id='PARAGRAPH21' class='ladi-element'><div class='ladi-paragraph'><em>Dân quân"
        " đưa người bị nạn giả định ra khỏi bãi sạt.</em></div></div>"
    )
    result = extract_record(builder_page(picture, style), URL, NOW)
    assert result["body"] == "\n\n".join(TEXT)
    caption = "Dân quân đưa người bị nạn giả định ra khỏi bãi sạt."
    assert result["images"] == [{"url": url, "caption": caption}]
