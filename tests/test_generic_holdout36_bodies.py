"""Rules the generic extractor learnt for bodies and summaries from the thirty-sixth holdout
set's radio and television stations (text articles beside a player, on newsroom CMSs and page
builders that print the programme's air times, label headings and boxes around the text)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://truyenhinh.example.vn/chuong-trinh/doi-thoai/nuoc-sach-vung-cao-2026.html"
TITLE = "Dân hỏi: Bao giờ nước sạch về đến các bản vùng cao?"
FIRST = "Chương trình kỳ này nhận được nhiều câu hỏi về tiến độ các công trình nước sạch."
SECOND = "Ông Lò Văn Sơn: Bản tôi đã có đường ống từ năm ngoái nhưng vẫn chưa có nước chảy về."
THIRD = "Ông Hà Minh Đức: Công trình đang thử áp lực, dự kiến cấp nước trước Tết Nguyên đán."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _page_builder(*blocks: str) -> str:
    """A page builder's cell, every block a custom element (`<pb-paragraph>`, `<pb-block>`)
    around the headline, the meta line, the player and the text's paragraphs."""
    inside = "".join(blocks)
    return f"<pb-page><pb-grid><pb-cell class='col-8'>{inside}</pb-cell></pb-grid></pb-page>"


def _paragraph(text: str) -> str:
    return f"<pb-paragraph class='pb-text'><p>{text}</p></pb-paragraph>"


def test_a_date_line_with_the_views_after_it_is_no_text() -> None:
    """`20h40 - 03/12/2026 · Lượt xem: 736` printed as a paragraph in the text's cell: the
    article's meta line, its date and its views, no line of the text."""
    page = _page_builder(
        f"<pb-heading><h1>{TITLE}</h1></pb-heading>",
        "<pb-paragraph class='meta-line'><p><span>20h40 - 03/12/2026</span> · "
        "<span>Lượt xem: 736</span></p></pb-paragraph>",
        *(_paragraph(text) for text in (FIRST, SECOND, THIRD)),
    )
    record = ARTICLE.record(page)
    assert (record["body"], record["published_at"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        "2026-12-03T20:40:00+07:00",
    )


def test_the_lines_in_a_page_builder_s_player_block_are_no_text() -> None:
    """`<pb-block class="video-block"><video …></video><p>Phát sóng 20h00 thứ Tư, 02/12/2026 ·
    Phát lại 11h15 thứ Sáu, 04/12/2026 · Thời lượng 26:40</p></pb-block>`: the programme's air
    and rerun times and its length in the player's own block, which a page builder draws as a
    custom element rather than a `<div>`."""
    player = (
        "<pb-block class='video-block'><video src='https://vod.example.vn/dan-hoi.mp4'></video>"
        "<p>Phát sóng 20h00 thứ Tư, 02/12/2026 · Phát lại 11h15 thứ Sáu, 04/12/2026 · "
        "Thời lượng 26:40</p></pb-block>"
    )
    page = _page_builder(
        f"<pb-heading><h1>{TITLE}</h1></pb-heading>",
        player,
        *(_paragraph(text) for text in (FIRST, SECOND, THIRD)),
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_signature_over_a_box_to_send_questions_is_the_byline() -> None:
    """`<p style="text-align:right"><b>Lê Thu Phương</b></p>` closing a call-in programme's
    text in a page builder's blocks, over a box to send questions (its title, then the next
    programme's day, the hotline and the address to write to): the box is the programme's
    notice, which no longer hides the writer's bold name over it."""
    box = (
        "<pb-block class='ask-box'><h4>Gửi câu hỏi cho chương trình</h4><p>Kỳ tới phát sóng lúc"
        " 20h00 thứ Tư, 09/12/2026. Người dân gửi câu hỏi qua đường dây nóng 0255 3822 999 hoặc "
        "thư điện tử danhoi@truyenhinh.example.vn trước 17h00 thứ Hai, 07/12/2026.</p></pb-block>"
    )
    name = "<pb-paragraph><p style='text-align:right'><b>Lê Thu Phương</b></p></pb-paragraph>"
    page = _page_builder(
        f"<pb-heading><h1>{TITLE}</h1></pb-heading>",
        *(_paragraph(text) for text in (FIRST, SECOND, THIRD)),
        name,
        box,
    )
    record = ARTICLE.record(page)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        "Lê Thu Phương",
        ["Lê Thu Phương"],
    )


def test_a_lead_box_holding_the_player_is_the_lead_media_no_lead() -> None:
    """Brightspot's `<div class="ArticlePage-lead">` under the headline holds the video player
    and the programme's air and rerun times (`Phóng sự phát sóng lúc 20h15 …`, `Phát lại: …`):
    the lead media, whose class word names no summary; the sub-headline over it, the page's
    description, is the lead."""
    deck = "Giữa mùa khô, bộ đội biên phòng vẫn bám rừng, bám dân, giúp đồng bào ổn định cuộc sống."
    lead_media = (
        "<div class='ArticlePage-lead'><video-js data-video-id='6364' controls></video-js>"
        "<div class='ProgrammeInfo'><p>Phóng sự phát sóng lúc 20h15 thứ Ba, 01/12/2026 trên kênh"
        " ĐNRTV1</p><p>Phát lại: 10h00 thứ Năm, 03/12/2026 · Thời lượng 12:48</p></div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        f"<main><h1>{TITLE}</h1><h2 class='ArticlePage-subHeadline'>{deck}</h2>{lead_media}"
        f"<div class='ArticlePage-articleBody'>{text}</div></main>"
    )
    head = f"<meta name='description' content='{deck}'>"
    assert ARTICLE.record(page, head)["summary"] == deck


def test_a_bare_content_label_heading_over_the_whole_text_is_no_text() -> None:
    """An OTT episode page's `<div class="desc"><h2>Nội dung</h2><p>…</p></div>`: the heading,
    with no class, only names what the box holds (`Nội dung`, as `Nội dung bản tin` over a
    bulletin's text and `Lời bình` do), the template's label over the text, not a heading of
    it."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = f"<section><h1>{TITLE}</h1><div class='desc'><h2>Nội dung</h2>{text}</div></section>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_box_titled_in_another_script_inside_the_text_is_no_text() -> None:
    """`<div class="box-khmer"><p><strong>ព័ត៌មានភាសាខ្មែរ</strong> - Bản tin tiếng Khmer</p>
    <p>Nội dung này được phát trong bản tin tiếng Khmer lúc …</p></div>` between a Vietnamese
    text's paragraphs: a box titled in Khmer script pointing to the bulletin for Khmer
    listeners, no part of the text."""
    box = (
        "<div class='box-khmer'><p><strong>ព័ត៌មានភាសាខ្មែរ</strong> - Bản tin tiếng Khmer</p>"
        "<p>Nội dung này được phát trong bản tin tiếng Khmer lúc 17h45 ngày 04/12/2026. "
        "<a href='/khmer/ban-tin-17h45'>Xem bản tin</a></p></div>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))
