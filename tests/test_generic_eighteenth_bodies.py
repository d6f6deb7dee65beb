"""Rules the generic extractor learnt from the eighteenth holdout set's families (a TV
programme on Rails, a football club on Framer, a science bulletin, an inspectorate's Java
portal, a commune service centre, public bodies' boxes inside the text): headline, lead, body
and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-04T08:00:00+07:00")
URL = "https://nuocsach.example.vn/tin-tuc/cap-nuoc-sach-vung-cao-a2207.html"
TITLE = "Đưa nước sạch về các thôn vùng cao"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Công trình cấp nước tập trung thôn Nà Khoang đã hoàn thành sau tám tháng thi công."
SECOND = "Mỗi hộ được lắp một đồng hồ riêng, giá nước 6.500 đồng mỗi mét khối theo quy định."
THIRD = "Trung tâm sẽ kiểm tra chất lượng nước định kỳ mỗi quý và công khai kết quả tại thôn."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
html, record, between, picture = ARTICLE.html, ARTICLE.record, ARTICLE.between, ARTICLE.picture


def test_a_box_classed_as_one_among_the_paragraphs_is_no_text() -> None:
    """A short block among the text's paragraphs classed as a box, an alert or a notice (a
    tip under a bold title, a floated fact table, a notice of one line) is set apart from the
    text; the paragraphs around it are the body."""
    boxes = (
        "<div class='box-info'><p><strong>Bạn có biết?</strong></p>"
        "<p>Nước máy đạt chuẩn có thể dùng ngay để nấu ăn mà không cần lọc thêm.</p></div>",
        "<div class='alert alert-info' role='note'><p><strong>Hướng dẫn nhanh</strong></p>"
        "<p>Đăng ký lắp đồng hồ nước tại nhà văn hóa thôn, mang theo căn cước.</p></div>",
        "<table class='box-info' align='right'><tr><td><p><strong>Công trình</strong></p>"
        "<p>Công suất: 120 m³/ngày đêm</p><p>Vốn: 4,2 tỷ đồng</p></td></tr></table>",
        "<div class='notices yellow'><p>Mọi thắc mắc về hóa đơn tiền nước xin gọi số điện "
        "thoại 0209 3 870 123 trong giờ hành chính.</p></div>",
    )
    for box in boxes:
        assert record(between(box))["body"] == "\n\n".join(TEXT), box


def test_a_boxed_note_for_the_reader_stays_in_the_text() -> None:
    """A box whose text opens with a note's label for the reader (`Lưu ý:`) tells of the
    article's subject: it stays in the body like any such note."""
    note = "Lưu ý: không dùng nước giếng khoan chưa qua xử lý để nấu ăn."
    got = record(between(f"<div class='box-note'><p>{note}</p></div>"))
    assert got["body"] == "\n\n".join([FIRST, note, SECOND, THIRD])


def test_a_rich_text_editors_div_paragraphs_are_the_text() -> None:
    """Rails' Action Text (the Trix editor) types each paragraph in a `<div>` with `<div><br>
    </div>` spacers, under a `trix-content` block: those are the body, with its headings and
    attached figures, not the short lines of `<p>` over it (a date and counts line)."""
    page = (
        "<div class='show'><div class='show__head'><p class='show__series'><a href='/ct'>Nông "
        f"thôn mới</a> · Số 48/2025 · Thời lượng 14:52</p><h1 class='show__title'>{TITLE}</h1>"
        "<p class='show__air'>Phát sóng: 20h15 Thứ Năm, 04/12/2025 | Phát lại: 10h00 Thứ Bảy</p>"
        "<p class='show__stats'>Đăng lúc 21:40 ngày 04/12/2025 · 1.530 lượt xem</p></div>"
        f"<div class='show__text trix-content'><div>{FIRST}</div><div><br></div>"
        "<figure class='attachment attachment--preview'><img src='/anh/be-nuoc.jpg'>"
        "<figcaption class='attachment__caption'>Bể chứa nước của thôn.</figcaption></figure>"
        f"<div>{SECOND}</div><div><br></div><h3>Kiểm tra định kỳ</h3><div>{THIRD}</div>"
        "</div></div>"
    )
    got = record(page)
    assert got["body"] == "\n\n".join([FIRST, SECOND, "Kiểm tra định kỳ", THIRD])
    assert got["images"] == [picture("be-nuoc", "Bể chứa nước của thôn.")]


def test_the_description_the_headlines_component_prints_is_the_lead() -> None:
    """A description block named in BEM as the headline is (`show__title`, then
    `show__desc`), text with no link nor paragraph of its own, is the lead, where the page's
    meta description describes something else (the programme)."""
    lead = "Sau tám tháng thi công, 214 hộ dân thôn Nà Khoang đã có nước máy dùng hằng ngày."
    head = "<meta name='description' content='Chương trình Nông thôn mới phát sóng tối thứ Ba.'>"
    page = (
        f"<div class='show'><h1 class='show__title'>{TITLE}</h1>"
        f"<div class='show__desc'>{lead}</div><div class='show__text'>{PARAGRAPHS}</div></div>"
    )
    got = record(page, head)
    assert got["summary"] == lead
    assert got["body"] == "\n\n".join(TEXT)


def test_a_component_description_of_paragraphs_is_the_text_not_its_lead() -> None:
    """A BEM description block holding paragraphs of its own (a video's whole text under its
    title) is the text: no lead is read from it."""
    head = f"<meta name='description' content='{FIRST}'>"
    page = (
        f"<div class='video'><h1 class='video__title'>{TITLE}</h1>"
        f"<div class='video__desc'>{PARAGRAPHS}</div></div>"
    )
    got = record(page, head)
    assert got["summary"] == FIRST
    assert got["body"] == "\n\n".join([SECOND, THIRD])


def test_a_framer_excerpt_layer_is_the_lead() -> None:
    """A Framer site names its layers (`data-framer-name`), its classes are hashes: the layer
    named `Excerpt` over the text is the lead, where the meta describes the whole site."""
    lead = "Sau tám tháng thi công, 214 hộ dân thôn Nà Khoang đã có nước máy dùng hằng ngày."
    head = (
        "<meta property='og:type' content='website'>"
        "<meta name='description' content='Trang của Trung tâm Nước sạch: tin tức, lịch cắt nước.'>"
    )
    page = (
        f"<div class='framer-a1'><div data-framer-name='Title'>{HEADLINE}</div>"
        f"<div data-framer-name='Excerpt'><p class='framer-text'>{lead}</p></div>"
        f"<div data-framer-name='Content' class='framer-b2'>{PARAGRAPHS}</div></div>"
    )
    got = record(page, head)
    assert got["summary"] == lead
    assert got["body"] == "\n\n".join(TEXT)


def test_a_journal_articles_abstract_is_the_lead() -> None:
    """A journal article's abstract (`<p class="abstract">` under its `Tóm tắt` heading) is
    its lead; it and its keywords line are not the text."""
    lead = "Nghiên cứu đánh giá chất lượng nước của 12 công trình cấp nước tập trung vùng cao."
    page = (
        f"<article>{HEADLINE}<div class='abstract-box'><h2 class='abstract-title'>Tóm tắt</h2>"
        f"<p class='abstract'>{lead}</p>"
        "<p class='keywords'><strong>Từ khóa:</strong> nước sạch; vùng cao</p></div>"
        f"<div class='content'>{PARAGRAPHS}</div></article>"
    )
    got = record(page)
    assert got["summary"] == lead
    assert got["body"] == "\n\n".join(TEXT)


def test_a_heading_classed_as_the_title_under_a_title_of_the_site_and_section() -> None:
    """A portal whose `<title>` names only the site (its banner's words) and the section (a
    crumb's link), with no `<h1>` and no large bold line, prints the headline in a heading
    classed as a title (`<h2 class="news-title">`); a box's title (`Các tin khác`) never is."""
    page = (
        "<div class='header'><div class='banner'><img src='/banner.jpg' "
        "alt='TRUNG TÂM NƯỚC SẠCH TỈNH'></div></div>"
        "<div class='path'><a href='/'>Trang chủ</a> &gt; <a href='/tin-tuc'>Tin tức</a></div>"
        f"<div class='news-detail'><h2 class='news-title'>{TITLE}</h2>"
        f"<div class='news-content'>{PARAGRAPHS}</div></div>"
        "<div><h3 class='box-title'>Các tin khác</h3>"
        "<a href='/a'>Một tin khác của trung tâm</a></div>"
    )
    got = extract_record(
        f"<html lang='vi'><head><title>Trung tâm Nước sạch tỉnh - Tin tức</title></head>"
        f"<body>{page}</body></html>",
        URL,
        NOW,
    )
    assert got["headline"] == TITLE
    assert got["body"] == "\n\n".join(TEXT)


def test_a_tables_caption_element_captions_its_picture() -> None:
    """A picture in a table whose `<caption>` holds its caption (before the picture in the
    source, shown under it by `caption-side: bottom`) is captioned by it."""
    caption = "Công nhân lắp đồng hồ nước cho hộ dân. Ảnh: Lò Văn Hùng"
    table = (
        f"<table class='hinh-anh'><caption style='caption-side:bottom'>{caption}</caption>"
        "<tr><td><img src='/anh/dong-ho.jpg' alt=''></td></tr></table>"
    )
    got = record(between(table))
    assert got["images"] == [picture("dong-ho", caption)]
    assert got["body"] == "\n\n".join(TEXT)


def test_a_description_cut_from_a_paragraph_after_the_opening_lines_is_no_lead() -> None:
    """A blog platform's description is the text cut with an ellipsis, from the first
    paragraph of prose after a bulletin's short issue line and an item's bold title: no lead
    is printed, and the issue line is the text's."""
    issue = "Bản tin phát lúc 17h00 ngày 04/12/2025 trên hệ thống truyền thanh xã."
    heading = "Nước sạch về thôn Nà Khoang"
    head = f"<meta name='description' content='{FIRST[:60]}...'>"
    text = f"<p><em>{issue}</em></p><p><strong>{heading}</strong></p>{PARAGRAPHS}"
    got = record(f"<article>{HEADLINE}<div class='content'>{text}</div></article>", head)
    assert got["summary"] is None
    assert got["body"] == "\n\n".join([issue, heading, *TEXT])


def test_the_line_in_an_audio_players_box_is_no_text() -> None:
    """The one short line in an audio player's box (`Nghe lại bản tin (12 phút 05 giây)`)
    names the recording: no more body than the player."""
    player = (
        "<div class='audio'><audio controls src='/ban-tin.mp3'></audio>"
        "<div>Nghe lại bản tin (12 phút 05 giây)</div></div>"
    )
    assert record(between(player))["body"] == "\n\n".join(TEXT)


def test_a_weebly_blogs_layout_classes_are_no_furniture() -> None:
    """Weebly calls its content block `wsite-not-footer` and the table holding the post's
    cell and its sidebar's `blog-sidebar-separator`: neither is the footer or the sidebar,
    so the post's title, text and picture are read there; the inner `blog-sidebar` cell is
    the sidebar."""
    title = "Bản tin truyền thanh ngày 04/12/2025"
    caption = "Bể chứa nước của thôn."
    post = (
        f"<h2 class='blog-title'><a href='{URL}'>{title}</a></h2>"
        f"<div class='blog-content'><div class='paragraph'>{FIRST}<br><br>{SECOND}</div>"
        "<div><div class='wsite-image'><a><img src='/anh/be-nuoc.jpg' alt='Picture'></a>"
        f"<div style='display:block'>{caption}</div></div></div>"
        f"<div class='paragraph'>{THIRD}</div></div>"
    )
    page = (
        "<div id='wsite-content' class='wsite-elements wsite-not-footer'>"
        "<div class='blog-sidebar-separator'><table class='blog-sidebar-table'><tr>"
        f"<td class='blog-body'><div class='blog-post'>{post}</div></td>"
        "<td class='blog-sidebar'><h2>Lưu trữ</h2><a href='/a'>Tháng Mười Hai 2025</a></td>"
        "</tr></table></div></div>"
    )
    got = extract_record(
        f"<html lang='vi'><head><title>{title}</title></head><body>{page}</body></html>", URL, NOW
    )
    assert got["headline"] == title
    assert got["body"] == "\n\n".join(TEXT)
    assert got["images"] == [picture("be-nuoc", caption)]


def test_an_old_portals_text_typed_in_a_font_element_of_a_cell() -> None:
    """A PHP-Nuke page: the `<title>` joins the site, the module and the headline with `::`,
    the headline is bold type after the section's link in a `<font class="title">`, and the
    text is typed with `<br><br>` in a `<font class="content">` inside a cell (no `<p>`
    anywhere), its bold first line the lead: the headline is the bold type, the body the
    typed paragraphs."""
    lead = (
        "Đến cuối tháng 3, toàn huyện đã có 214 hộ dân vùng cao được dùng nước máy sạch, "
        "vượt kế hoạch năm gần ba tháng."
    )
    typed = "<br><br>".join(TEXT)
    page = (
        "<table><tr><td class='menu'><a href='/'>Trang chủ</a></td></tr><tr><td>"
        "<table><tr><td><font class='title'><a href='/cat/2'><b>Xã hội</b></a>: "
        f"<b>{TITLE}</b></font><br><font class='content'>Được gửi vào Thứ hai, 14 Tháng 3 "
        "2005</font></td></tr></table>"
        f"<table><tr><td><font class='content'><b>{lead}</b><br><br>{typed}</font>"
        "</td></tr></table></td></tr></table>"
    )
    got = extract_record(
        f"<html><head><title>Báo Mẫu :: Tin tức :: {TITLE}</title></head><body>{page}</body>"
        "</html>",
        URL,
        NOW,
    )
    assert (got["headline"], got["summary"]) == (TITLE, lead)
    assert got["body"] == "\n\n".join(TEXT)


def test_a_line_linking_a_document_file_is_an_attachment_not_text() -> None:
    """A line holding a link to a PDF and a short note beside it (its download count) offers
    the attached file: no line of the text. A sentence of the text with such a link stays."""
    attached = (
        "<div class='button-wrapper'><a class='button' href='/files/ket-qua-nuoc.pdf'>Tải kết "
        "quả kiểm nghiệm nước (PDF, 412 KB)</a> <span>(42 lượt tải)</span></div>"
    )
    assert record(between(attached))["body"] == "\n\n".join(TEXT)
    said = "Kết quả kiểm nghiệm cho thấy nước đạt quy chuẩn ở cả 12 chỉ tiêu, xem bản kết quả."
    cited = said.replace("bản kết quả", "<a href='/files/ket-qua-nuoc.pdf'>bản kết quả</a>")
    assert record(between(f"<p>{cited}</p>"))["body"] == "\n\n".join([FIRST, said, SECOND, THIRD])
