"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-third holdout set's copies and re-presentations of articles (an aggregator's import, an
exchange reprint, an AMP cache copy, a social network's post, an app's share page, a
newsstand's text view, language editions, a photo service, a PDF landing page, a channel's copy
and a research institute's translation)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/tieng-jrai/kophe-pla-phrao-318402.html"
TITLE = "Ană plei hrưn đĭ hơdip hăng kơphê pla phrâo"
FIRST = "Mơ\u0306ng thun 2024, să pơtô brơi ană plei pla phrâo kơphê hăng hơdră phrâo, yua ia."
SECOND = "Amai H'Lơn, amăng plei Dơ\u0306ng, brơi thâo: sang anŏ ñu pla phrâo 2 ha kơphê."
THIRD = "Amăng thun 2027, să či djru pla phrâo dơ\u0306ng 300 ha kơphê kơ ană plei."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_breve_no_letter_precomposes_stays_on_its_letter() -> None:
    """Jrai (as Ê Đê and Bahnar) writes `ơ̆` as ơ and a combining breve: no precomposed form
    exists, so NFC leaves the breve apart; it is the letter's mark, not stray junk."""
    assert ARTICLE.record(ARTICLE.between(""))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_line_linking_to_a_recording_s_file_is_no_text() -> None:
    """`<div class="listen-box"><p>🎧 Hmư: <a href="….mp3">Ƀuh tơlơi pơhiăp 04/12/2026</a>
    (6 phút)</p></div>` between paragraphs: the box offering the news read aloud, its label,
    the recording's title and length, is no line of the text."""
    box = (
        "<div class='listen-box'><p>🎧 Hmư bơni hăng tơlơi Jrai: <a href='/podcast/jrai-04-12-"
        "2026.mp3'>Ƀuh tơlơi pơhiăp 04/12/2026</a> (6 phút)</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


COPY_URL = "https://tintonghop.example.vn/nong-nghiep/ca-chua-bi-trai-vu/"
COPY_TITLE = "Nông dân trúng mùa cà chua bi trái vụ"
COPY_TEXT = (
    "Những ngày đầu tháng 12, nông dân trong các nhà màng tất bật thu hái cà chua bi.",
    "Mỗi vụ một gia đình thu khoảng 9,5 tấn quả, sau khi trừ chi phí lãi hơn 150 triệu đồng.",
    "Xã sẽ hỗ trợ các hợp tác xã xây dựng mã số vùng trồng cho 80 ha cà chua bi năm tới.",
)
COPY = InventedArticle(COPY_URL, COPY_TITLE, NOW, COPY_TEXT)
COPY_NOTE = (
    "<p class='read-more'><em>Bài viết được tổng hợp tự động từ Báo Lâm Đồng. Bản quyền nội dung"
    " thuộc về cơ quan báo chí.</em> <a href='https://baolamdong.example.vn/kinh-te/388417.html'>"
    "Xem bài gốc tại đây »</a></p>"
)


def copied_record() -> dict:
    """An aggregator's imported copy: the text, its writer in bold capitals right-aligned, and
    the aggregator's copy note with its link to the original under it."""
    sign = "<p style='text-align: right;'><strong>PHƯƠNG THẢO</strong></p>"
    return COPY.under_headline("", after_text=sign + COPY_NOTE)


def test_an_aggregator_s_note_on_its_imported_copy_is_no_text() -> None:
    """`Bài viết được tổng hợp tự động từ Báo …` closing an imported copy says where the text
    was taken from, as `This article first appeared in …` does: the site's note, no body."""
    assert copied_record()["body"] == "\n\n".join(COPY_TEXT)


def test_a_signature_over_a_closing_note_is_the_byline() -> None:
    """The writer's name in bold capitals, right-aligned, with only the site's note under it:
    the note hides no signature, the name is the byline."""
    record = copied_record()
    assert (record["byline"], record["authors"]) == ("PHƯƠNG THẢO", ["PHƯƠNG THẢO"])


def test_a_signed_source_closes_the_text_over_a_copier_s_list() -> None:
    """`<strong>BẢO LÂM</strong>` over `Nguồn: Báo Cần Thơ`, then a channel's own list of its
    other copies under its title (`Tin đã đăng trên kênh:`, items with their days in
    brackets): the name and its source close the article, the list is the copier's, and the
    name is the byline."""
    listed = "".join(
        f"<li><a href='/kenh/{i}'>{item}</a> (0{i}/12)</li>"
        for i, item in enumerate(
            ("Xuống giống lúa đông xuân sớm 10 ngày", "Khánh thành cầu Cái Côn mới"), start=3
        )
    )
    after = (
        "<p><strong>BẢO LÂM</strong></p><p>Nguồn: <a href='https://baocantho.example.vn/a.html'>"
        "Báo Cần Thơ</a></p><hr><p><strong>Tin đã đăng trên kênh:</strong></p>"
        f"<ul>{listed}</ul>"
    )
    record = COPY.under_headline("", after_text=after)
    assert (record["body"], record["byline"]) == ("\n\n".join(COPY_TEXT), "BẢO LÂM")
