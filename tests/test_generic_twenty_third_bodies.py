"""Rules the generic extractor learnt from the twenty-third holdout set's families (a martyrs'
cemetery board on ApostropheCMS, an employment service centre on Frappe, an association of the
blind on Dotclear, a military command on e107, a seed company's blog on PrestaShop): lead, body
and pictures."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T08:00:00+07:00")
URL = "https://nghiatrang.example.vn/tin-tuc/chinh-trang-khu-mo-a4410"
TITLE = "Chỉnh trang khu mộ liệt sĩ trước ngày Thương binh - Liệt sĩ"
FIRST = (
    "Sáng 2/12, Ban Quản lý nghĩa trang đã huy động hơn ba mươi cán bộ, nhân viên sơn lại toàn"
    " bộ bia mộ, thay mới các bát hương đã hư hỏng và trồng thêm hai hàng cây xanh dọc lối đi."
)
SECOND = (
    "Các đoàn thanh niên của bốn phường lân cận đăng ký tình nguyện quét dọn khu mộ vào mỗi"
    " sáng Chủ nhật trong suốt tháng cao điểm, mỗi đợt khoảng năm mươi đoàn viên tham gia."
)
THIRD = (
    "Nhà tưởng niệm mở cửa đón thân nhân các liệt sĩ từ sáng sớm đến chiều tối, có cán bộ trực"
    " hướng dẫn tra cứu vị trí phần mộ và hỗ trợ các cụ cao tuổi đi lại trong khuôn viên."
)
TEXT = [FIRST, SECOND, THIRD]
LEAD = "Sáng nay, Ban Quản lý ra quân chỉnh trang khu mộ trước ngày lễ."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record = ARTICLE.record


def widget(inner: str) -> str:
    """One block of a page builder that names every block a widget, the text's own included."""
    return f"<div class='area-widget-wrapper'><div class='area-widget'>{inner}</div></div>"


def area(*blocks: str) -> str:
    """The article: its publish line, its lead and `blocks` in the builder's area."""
    return (
        f"<article class='article'><h1>{TITLE}</h1><div class='meta'><span>04/12/2026 07:30"
        f"</span></div><div class='lead'>{LEAD}</div><div class='area'>{''.join(blocks)}</div>"
        "</article>"
    )


FIGURE = widget(
    "<figure class='image'><img src='/anh/khu-mo.jpg' alt=''>"
    "<figcaption>Khu mộ sau khi chỉnh trang.</figcaption></figure>"
)


def test_a_builders_row_of_text_widgets_is_the_text() -> None:
    """Short rich-text blocks, each wrapped as a widget among widgets (a picture's among them),
    are the text: the class word names the builder's every block, not a block set apart."""
    found = record(
        area(widget(f"<p>{FIRST}</p>"), FIGURE, widget(f"<p>{SECOND}</p><p>{THIRD}</p>"))
    )
    assert (found["summary"], found["body"]) == (LEAD, "\n\n".join(TEXT))


def test_a_callout_wrapped_as_a_builders_widget_is_no_text() -> None:
    """A callout box (a title line over its text), wrapped by the builder in
    blocks of its own between the text's widgets, is set apart from the text."""
    callout = (
        "<div class='callout-box'><p class='callout-title'>Thân nhân cần tra cứu</p>"
        "<p>Xin liên hệ phòng quản lý mộ trong giờ hành chính các ngày làm việc.</p></div>"
    )
    blocks = (widget(f"<p>{FIRST}</p>"), FIGURE, widget(f"<p>{SECOND}</p>"), widget(callout))
    found = record(area(*blocks, widget(f"<p>{THIRD}</p>")))
    assert found["body"] == "\n\n".join(TEXT)


def test_a_box_of_one_titled_line_calling_a_phone_is_no_text() -> None:
    """A box among the paragraphs holding one line that opens with a title in bold run into its
    text and prints a phone number (a library's lending service) is the site's notice."""
    box = (
        "<div class='encadre'><p><strong>Phòng đọc chữ nổi</strong> mở cửa các buổi sáng trong"
        " tuần, hội viên ở xa gọi số 0292 3811 207 để được gửi sách tận nhà.</p></div>"
    )
    assert record(ARTICLE.between(box))["body"] == "\n\n".join(TEXT)


def test_a_framed_titled_line_calling_a_phone_among_br_lines_is_no_text() -> None:
    """The same notice in a framed block between lines typed with `<br /><br />`."""
    box = (
        "<div style='border:1px solid #999;padding:8px'><b>Đường dây nóng</b> tiếp nhận ý kiến"
        " của thân nhân: 0210 3846 215 (trực giờ hành chính).</div>"
    )
    text = f"{FIRST}<br /><br />{box}{SECOND}<br /><br />{THIRD}"
    lead = f"<div class='lead'>{LEAD}</div>"
    page = f"<article><h1>{TITLE}</h1>{lead}<div class='body'>{text}</div></article>"
    assert record(page)["body"] == "\n\n".join(TEXT)


def test_a_line_quill_centres_under_a_picture_is_its_caption() -> None:
    """Quill centres a line by its `ql-align-center` class: right under a picture centred the
    same way, the line (in a grey span, neither italic nor small) is the picture's caption."""
    block = (
        "<p class='ql-align-center'><img src='/anh/le-tuyen-duong.jpg' width='700'></p>"
        "<p class='ql-align-center'><span style='color: rgb(102, 102, 102);'>"
        "Thanh niên dâng hương tại đài tưởng niệm.</span></p>"
    )
    found = record(ARTICLE.between(block))
    picture = {
        "url": "https://nghiatrang.example.vn/anh/le-tuyen-duong.jpg",
        "caption": "Thanh niên dâng hương tại đài tưởng niệm.",
    }
    assert (found["body"], found["images"]) == ("\n\n".join(TEXT), [picture])


def test_a_description_calling_itself_the_sites_website_is_no_lead() -> None:
    """`Trang thông tin điện tử của …` naming the site as the title does after the headline is
    the site's description of itself: a page with no lead has none."""
    url = "https://vanhoasongthao.example.vn/tin-tuc/chinh-trang-khu-mo.html"
    site = InventedArticle(url, f"{TITLE} - Văn hóa Sông Thao", NOW, ARTICLE.text)
    head = (
        "<meta name='description' content='Trang thông tin điện tử của Hội Văn học Nghệ thuật"
        " tỉnh - Tạp chí Văn hóa Sông Thao'>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    found = site.record(f"<article><h1>{TITLE}</h1><div class='post'>{text}</div></article>", head)
    assert (found["summary"], found["body"]) == (None, "\n\n".join(TEXT))


def test_a_post_image_titled_as_the_headline_above_its_block_is_the_posts_picture() -> None:
    """A blog module prints the post's image in a block of its own over the block holding the
    headline and the text, its `alt` the headline: the post's picture, uncaptioned."""
    page = (
        f"<div class='post-large'><div class='post-img'><img src='/anh/khu-mo.jpg' alt='{TITLE}'>"
        f"</div><div class='post-content'><h1>{TITLE}</h1><div class='post-details'>"
        f"<div class='post-text'>{''.join(f'<p>{p}</p>' for p in TEXT)}</div></div></div></div>"
    )
    found = record(page)
    picture = {"url": "https://nghiatrang.example.vn/anh/khu-mo.jpg", "caption": None}
    assert (found["body"], found["images"]) == ("\n\n".join(TEXT), [picture])


def test_an_entry_body_and_its_extended_body_beside_the_headline_are_both_the_text() -> None:
    """The entry's body (a bold lead, a paragraph, a picture, a paragraph), then its extended
    body (paragraphs, a notice box, a signature), both in the element that holds the headline's
    block: the extended body wins the vote, and the body before it, below the headline, is the
    text's too."""
    lead = f"{LEAD} Hơn ba mươi cán bộ và đoàn viên cùng tham gia."
    fourth = (
        "Cuối buổi, Ban Quản lý trao giấy khen cho ba đoàn thanh niên có nhiều ngày công nhất"
        " và hẹn các đoàn trở lại vào dịp Tết Nguyên đán để thắp hương các phần mộ."
    )
    fifth = (
        "Nhà tưởng niệm cũng được lắp thêm màn hình tra cứu, thân nhân chỉ cần nhập tên liệt sĩ"
        " là biết ngay khu, hàng và số thứ tự của phần mộ trong nghĩa trang."
    )
    notice = (
        "<div class='note'><p><b>Liên hệ:</b> Thân nhân cần tra cứu phần mộ gọi số 0210 3822"
        " 114 trước ngày 20/12/2026.</p></div>"
    )
    picture = "<div class='pic'><img src='/anh/khu-mo.jpg'><div>Khu mộ sau khi sơn lại.</div></div>"
    page = (
        f"<main><article class='entry'><header><h2><a href='{URL}'>{TITLE}</a></h2>"
        "<p class='by'>Đăng bởi bbt vào 02/12/2026 08:00</p></header>"
        f"<div class='entry-body'><p><strong>{lead}</strong></p><p>{FIRST}</p>{picture}"
        f"<p>{SECOND}</p></div><div id='extended' class='entry-body'><p>{THIRD}</p>{notice}"
        f"<p>{fourth}</p><p>{fifth}</p>"
        "<p style='text-align: right;'><em>Bài và ảnh: Khánh Linh</em></p></div>"
        "</article></main>"
    )
    result = record(page)
    assert result["body"] == "\n\n".join((FIRST, SECOND, THIRD, fourth, fifth))
    assert result["summary"] == lead
