"""Rules the generic extractor learnt from the blind table of body placements
(`tests/fixtures/placements/bodies.json`): where the text starts and ends, and which boxes and
lines inside it are furniture or text, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinhuyen.example.vn/doi-song/cho-phien-vung-cao-a9031.html"
TITLE = "Chợ phiên vùng cao tấp nập ngày cuối tuần"
FIRST = "Từ tờ mờ sáng, người dân các bản đã gùi hàng xuống chợ, phần lớn là rau rừng và măng."
SECOND = "Chợ họp mỗi chủ nhật trên khoảng đất rộng cạnh trụ sở xã, có hơn hai trăm gian hàng."
THIRD = "Ngoài mua bán, chợ phiên còn là nơi thanh niên các bản gặp gỡ, hát giao duyên."
TEXT = [FIRST, SECOND, THIRD]


def record(text: str) -> dict:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><div class='detail'>{text}</div></article></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_read_also_line_without_a_link_is_no_text() -> None:
    """`Đọc thêm: <title>` typed as a line of its own without a link (the label bold or not,
    the whole line in capitals) points to another article as the linked line does; a
    sentence after such a label is the text's."""
    for line in (
        "<p><em><strong>Đọc thêm:</strong> Phiên chợ tình Khau Vai thu hút du khách</em></p>",
        "<p><b>ĐỌC THÊM: PHIÊN CHỢ TÌNH KHAU VAI THU HÚT DU KHÁCH</b></p>",
        "<p>Tin liên quan: Phiên chợ tình Khau Vai thu hút du khách</p>",
    ):
        got = record(f"<p>{FIRST}</p>{line}<p>{SECOND}</p><p>{THIRD}</p>")
        assert got["body"] == "\n\n".join(TEXT), line


def test_a_note_box_for_the_reader_is_text() -> None:
    """A box between paragraphs holding one line under a `Lưu ý:` or `Chú ý:` label tells the
    reader about the article's subject: a paragraph of the text, label kept; a box labelled
    with the site's notice (`Đường dây nóng:`) is none."""
    note = "Lưu ý: Du khách nên mang theo áo ấm vì sáng sớm trên núi nhiệt độ xuống thấp."
    label, rest = note.split(": ")
    for box in (
        f"<div class='box-luu-y'><b>{label}:</b> {rest}</div>",
        f"<div class='note-box'><p><strong>{label}:</strong> {rest}</p></div>",
    ):
        got = record(f"<p>{FIRST}</p><p>{SECOND}</p>{box}<p>{THIRD}</p>")
        assert got["body"] == "\n\n".join([FIRST, SECOND, note, THIRD]), box
    hotline = "<div><b>Đường dây nóng:</b> bà con liên hệ số 0209 3870 123 để được hỗ trợ.</div>"
    got = record(f"<p>{FIRST}</p><p>{SECOND}</p>{hotline}<p>{THIRD}</p>")
    assert got["body"] == "\n\n".join(TEXT)


def test_a_players_title_in_its_box_is_no_text() -> None:
    """The one short line in a video player's own box (`<div class="video-player"><video>
    <p class="video-title">Clip: …</p></div>`) is the video's title, no paragraph of the text."""
    player = (
        "<div class='video-player'><video controls src='/video/cho-phien.mp4'></video>"
        "<p class='video-title'>Clip: Không khí chợ phiên nhìn từ trên cao</p></div>"
    )
    got = record(f"<p>{FIRST}</p>{player}<p>{SECOND}</p><p>{THIRD}</p>")
    assert got["body"] == "\n\n".join(TEXT)


def test_a_pull_quote_in_an_aside_is_text_once() -> None:
    """A quotation set apart in an `<aside>` without a `<blockquote>` is a pull quote: the
    text's own words when the text prints them nowhere else, left out when it prints them."""
    quote = "“Chợ phiên là nơi giữ lại cái hồn của bản làng, mất chợ là mất nhiều thứ.”"
    aside = f"<aside class='quote'>{quote}</aside>"
    got = record(f"<p>{FIRST}</p>{aside}<p>{SECOND}</p><p>{THIRD}</p>")
    assert got["body"] == "\n\n".join([FIRST, quote, SECOND, THIRD])
    said = f"<p>Ông Giàng A Páo nói: {quote}</p>"
    got = record(f"<p>{FIRST}</p>{aside}<p>{SECOND}</p>{said}<p>{THIRD}</p>")
    assert got["body"] == "\n\n".join([FIRST, SECOND, f"Ông Giàng A Páo nói: {quote}", THIRD])


def test_text_typed_with_breaks_around_a_box_of_paragraphs_is_the_text() -> None:
    """Text typed between `<br><br>` by an old editor, with one box of `<p>`s among its lines
    (a note): the text is the block it is typed in, not the box whose paragraph elected it."""
    note = "Lưu ý: Du khách nên mang theo áo ấm vì sáng sớm trên núi nhiệt độ xuống thấp."
    typed = (
        f"<div class='news-content'>{FIRST}<br><br>{SECOND}<br><br>"
        f"<div class='note-box'><p>{note}</p></div>{THIRD}<br><br></div>"
    )
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<div class='news-detail'><div class='news-title'>{TITLE}</div>{typed}</div>"
        "<div class='footer'>Trang tin điện tử huyện, giấy phép số 12/GP-STTTT.</div></body></html>"
    )
    got = extract_record(page, URL, NOW)
    assert got["body"] == "\n\n".join([FIRST, SECOND, note, THIRD])


def test_one_card_of_another_article_in_the_text_is_no_text() -> None:
    """One card of another article between the paragraphs, a link laid out around a picture
    and blocks, or a quote box whose title line is a link to the other article over a short
    teaser, is no text; a quote box holding the text's quotation is."""
    teaser = "Phiên chợ năm nay có thêm khu ẩm thực với hơn ba mươi món ăn của đồng bào."
    link = "<a href='/doi-song/cho-tinh-khau-vai-a9002.html'>"
    for card in (
        f"<div class='inline-card'>{link}<img src='/thumb/9002.jpg' alt=''>"
        f"<div><h3>Chợ tình Khau Vai đón khách</h3><p>{teaser}</p></div></a></div>",
        f"<blockquote class='embed'>{link}<strong>Chợ tình Khau Vai đón khách</strong></a>"
        f"<p>{teaser}</p></blockquote>",
    ):
        got = record(f"<p>{FIRST}</p><p>{SECOND}</p>{card}<p>{THIRD}</p>")
        assert got["body"] == "\n\n".join(TEXT), card
    quote = f"<blockquote><p>{teaser}</p></blockquote>"
    got = record(f"<p>{FIRST}</p><p>{SECOND}</p>{quote}<p>{THIRD}</p>")
    assert got["body"] == "\n\n".join([FIRST, SECOND, teaser, THIRD])


def test_a_card_about_the_writer_closing_the_text_without_a_title_is_no_text() -> None:
    """A box closing the text with only a person's name on a line and a short line saying who
    she is (by what she does, or after her name with `là`) is the writer's card; a box of the
    same shape whose second line is about something else stays text."""
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    for card in (
        "<div class='x9k'><span>Lường Thị Mai</span>"
        "<p>Phóng viên thường trú tại Lai Châu, theo dõi mảng dân tộc và miền núi.</p></div>",
        "<section><b>Đinh Văn Khải</b>"
        "<div>Đinh Văn Khải là giảng viên ngữ văn, viết về phong tục các dân tộc phía Bắc.</div>"
        "</section>",
    ):
        assert record(f"{paragraphs}{card}")["body"] == "\n\n".join(TEXT), card
    quoted = (
        "<div><span>Lường Thị Mai</span>"
        "<p>Mỗi phiên chợ bà mang xuống vài bó măng đắng và mấy con gà.</p></div>"
    )
    assert record(f"{paragraphs}{quoted}")["body"].endswith("mấy con gà.")
