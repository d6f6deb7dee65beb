"""Rules the generic extractor learnt from the thirteenth holdout set's families (an e-magazine
in an inline frame, a radio-TV station's commentary transcript, a youth paper on web
components, a health magazine on WordPress, a reader's letter with the editors' reply):
headline, lead and body."""

from __future__ import annotations

from html import escape

from parsers.extract import extract
from tests.test_generic_ninth_bodies import FIRST, NOW, SECOND, THIRD, TITLE, URL, html

TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_an_inline_frame_s_own_document_is_read_where_the_frame_is() -> None:
    """An e-magazine laid out apart from the site's template, its whole document escaped into
    an `<iframe srcdoc>`: the reader is shown that document in the frame, so its headline, its
    text and its pictures are the page's, and the site's footer around it is none."""
    shown = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body class='emag'>"
        f"<section class='cover'><h1>{TITLE}</h1></section><section class='text'>"
        f"<p>{FIRST}</p><figure><img src='/emag/anh-1.jpg'><figcaption>Đồi chè Tân Cương."
        f"</figcaption></figure><p>{SECOND}</p><p>{THIRD}</p></section></body></html>"
    )
    page = html(
        f"<div class='menu'><a href='/'>Trang chủ</a></div><main><iframe class='frame'"
        f' srcdoc="{escape(shown)}"></iframe></main>'
        "<footer><p>BÁO NÔNG THÔN - Cơ quan của Hội Nông dân tỉnh</p></footer>",
        head=f"<title>{TITLE} - Báo Nông thôn</title>"
        f"<meta property='og:title' content='[Emagazine] {TITLE}'>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.headline == TITLE
    assert result.paragraphs == TEXT
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/emag/anh-1.jpg", "Đồi chè Tân Cương.")
    ]


def test_a_title_the_template_sets_over_the_whole_text_is_no_text() -> None:
    """A video's commentary under a heading the template writes over it (`<h3
    class="box-title">Lời bình</h3>`), the only heading of the text: the box's title, not a
    section of the text; a heading typed in the editor with the text, or a bold first line, is
    the text's own."""
    for title, kept in (
        ("<h3 class='transcript-title'>Lời bình</h3>", []),
        ("<h3 style='text-align:center'>Lịch tiếp công dân</h3>", ["Lịch tiếp công dân"]),
        ("<p><strong>Lịch tiếp công dân</strong></p>", ["Lịch tiếp công dân"]),
    ):
        page = html(f"<h1>{TITLE}</h1><div class='transcript'>{title}{PARAGRAPHS}</div>")
        assert extract(page, URL, fetched_at=NOW).paragraphs == [*kept, *TEXT]


def test_a_web_component_linking_to_another_article_is_a_link() -> None:
    """A card of another article between the paragraphs, drawn by a web component that
    carries the address itself (`<news-card href="/…"><p>Xem thêm: …</p><small>…</small>`):
    a link to that article, like an `<a>` around the same words, so no text."""
    card = (
        "<news-card href='/kinh-te/bai-khac-1234.html'><p>Xem thêm: Hợp tác xã chè mở điểm"
        " giới thiệu sản phẩm</p><small>18/11/2025</small></news-card>"
    )
    page = html(
        f"<h1>{TITLE}</h1><div class='noi-dung'><p>{FIRST}</p>{card}<p>{SECOND}</p>"
        f"<p>{THIRD}</p></div>"
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == TEXT


def test_a_question_to_the_reader_over_its_buttons_is_no_text() -> None:
    """`Bài viết có hữu ích với bạn? <button>Có</button> <button>Không</button>` under the
    text: a widget asking the reader, like a control marked by its ARIA role; the text ends
    before it."""
    helpful = (
        "<div class='helpful'>Bài viết có hữu ích với bạn? <button>Có</button>"
        " <button>Không</button></div>"
    )
    page = html(f"<h1>{TITLE}</h1><div class='noi-dung'>{PARAGRAPHS}{helpful}</div>")
    assert extract(page, URL, fetched_at=NOW).paragraphs == TEXT


LETTER = (
    "<p>Tôi là người dân thôn Đông, xã Tân Cương. Từ đầu năm, đoạn kênh tưới chạy qua "
    "thôn bị bồi lấp, nhiều thửa chè phải tưới bằng máy bơm dầu rất tốn kém.</p>"
    "<p>Chiều 16/11, sau trận mưa lớn, nước từ kênh tràn vào ngõ xóm, nhiều hộ phải kê đồ "
    "đạc lên cao, trẻ em lội nước đi học.</p>"
    "<p>Kính mong cơ quan chức năng sớm khảo sát, nạo vét để bà con yên tâm sản xuất.</p>"
)
ANSWER = (
    "<p><strong>Trả lời:</strong> Ngày 20/11, ông Lê Văn Hòa, Chủ tịch UBND xã Tân Cương "
    "cho biết, xã đã giao cán bộ địa chính khảo sát tuyến kênh và sẽ nạo vét toàn bộ đoạn "
    "kênh trong tháng 12, trước khi bà con bước vào vụ chè xuân năm sau. Kinh phí lấy từ "
    "nguồn thủy lợi phí của xã.</p>"
    "<p>Tòa soạn sẽ tiếp tục theo dõi, thông tin đến bạn đọc kết quả giải quyết.</p>"
)


def test_a_block_answering_the_text_under_it_is_text_too() -> None:
    """A reader's letter, a picture, then the answer in a block of its own opening with a bold
    label closed by a colon (`<b>Trả lời:</b> …`) and going on in prose: the text is both
    parts, where a short box the site puts under every text would end it."""
    page = html(
        f"<h1>{TITLE}</h1><div class='chi-tiet'><div class='thu'>{LETTER}</div>"
        "<table class='anh'><tr><td><img src='/anh/kenh.jpg'></td></tr>"
        "<tr><td>Đoạn kênh bị bồi lấp. Ảnh: Bạn đọc cung cấp</td></tr></table>"
        f"<div class='tra-loi'>{ANSWER}</div></div>"
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.paragraphs == [
        "Tôi là người dân thôn Đông, xã Tân Cương. Từ đầu năm, đoạn kênh tưới chạy qua thôn bị "
        "bồi lấp, nhiều thửa chè phải tưới bằng máy bơm dầu rất tốn kém.",
        "Chiều 16/11, sau trận mưa lớn, nước từ kênh tràn vào ngõ xóm, nhiều hộ phải kê đồ đạc lên "
        "cao, trẻ em lội nước đi học.",
        "Kính mong cơ quan chức năng sớm khảo sát, nạo vét để bà con yên tâm sản xuất.",
        "Trả lời: Ngày 20/11, ông Lê Văn Hòa, Chủ tịch UBND xã Tân Cương cho biết, xã đã giao "
        "cán bộ địa chính khảo sát tuyến kênh và sẽ nạo vét toàn bộ đoạn kênh trong tháng 12, "
        "trước khi bà con bước vào vụ chè xuân năm sau. Kinh phí lấy từ nguồn thủy lợi phí của xã.",
        "Tòa soạn sẽ tiếp tục theo dõi, thông tin đến bạn đọc kết quả giải quyết.",
    ]
    assert [(i.url, i.caption) for i in result.images] == [
        ("https://tin.example.vn/anh/kenh.jpg", "Đoạn kênh bị bồi lấp. Ảnh: Bạn đọc cung cấp")
    ]


def test_a_signature_closing_a_part_of_the_text_is_its_author_and_no_text() -> None:
    """The reader signs the letter (`<b>NGUYỄN VĂN AN</b><br>(thôn Đông, xã Tân Cương)`) above
    the answer, which the paper's desk signs (`BAN BẠN ĐỌC`): the reader's signature is no
    text though more follows it, and the reader is the byline, not the desk."""
    signed = "<p style='text-align:right'><b>NGUYỄN VĂN AN</b><br>(thôn Đông, xã Tân Cương)</p>"
    desk = "<p style='text-align:right'><b>BAN BẠN ĐỌC</b></p>"
    page = html(
        f"<h1>{TITLE}</h1><div class='chi-tiet'><div class='thu'>{LETTER}{signed}</div>"
        f"<div class='tra-loi'>{ANSWER}{desk}</div></div>"
    )
    result = extract(page, URL, fetched_at=NOW)
    assert len(result.paragraphs) == 5 and "NGUYỄN VĂN AN" not in " ".join(result.paragraphs)
    assert result.byline_raw == "NGUYỄN VĂN AN"
