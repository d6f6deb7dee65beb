"""Rules the generic extractor learnt from the second blind table of whole pages with furniture
in and around the text (`tests/fixtures/placements/edges2.json`): the site's lines and boxes in
guises the earlier body tables lack, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baodongque.example.vn/xa-hoi/don-rac-ven-kenh-d5120.html"
TITLE = "Thanh niên xã ra quân dọn rác ven kênh Bà Bầu"
LEAD = "Hơn 80 đoàn viên đã làm sạch gần hai cây số bờ kênh sau nhiều năm người dân đổ rác tự phát."
TEXT = [
    "Sáng 4/12, đoàn thanh niên xã Phước Hưng ra quân dọn bãi rác tự phát ven kênh Bà Bầu.",
    "Chỉ trong buổi sáng, các đoàn viên đã thu gom gần ba tấn rác thải sinh hoạt.",
    "Xã cắm biển cấm đổ rác và lắp hai camera giám sát ở hai đầu kênh.",
    "Anh Lê Hữu Phước, bí thư đoàn xã, cho biết đội sẽ ra quân mỗi tháng một lần.",
    "Người vi phạm lần đầu bị nhắc nhở, tái phạm sẽ bị xử phạt theo quy định.",
]
BODY = "\n\n".join(TEXT)


def page(opening: str = "", middle: str = "", closing: str = "") -> str:
    """The page with `opening` in the text's container before its first paragraph, `middle`
    after its second paragraph and `closing` after its last."""
    text = "".join(f"<p>{line}</p>" for line in TEXT[:2]) + middle
    text += "".join(f"<p>{line}</p>" for line in TEXT[2:])
    return (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>"
        f"<div class='r7Tq2'>{opening}{text}{closing}</div></article>"
        "<footer><p>Báo Đồng Quê, cơ quan của hội nông dân tỉnh.</p></footer></body></html>"
    )


def body(**parts: str) -> str:
    return extract_record(page(**parts), URL, NOW)["body"]


def test_a_box_cut_before_a_selector_is_answered_leaves_the_page_read() -> None:
    """A box the reader cuts early (radio buttons choosing a voice) before a box a selector
    finds (a `widget` class): the page's elements are paired with their copies as the copy is
    made, not after the first cut, which read past the copy's end and raised."""
    voices = (
        "<div><label><input type='radio' name='g' checked> Giọng nữ</label>"
        "<label><input type='radio' name='g'> Giọng nam</label></div>"
    )
    widget = "<div class='vote-widget'><span>Bạn thấy bài viết thế nào?</span></div>"
    assert body(opening=voices, closing=widget) == BODY


def test_a_line_forbidding_copies_without_consent_is_no_text() -> None:
    """`Mọi hình thức sao chép … đều là vi phạm bản quyền.`: the site's copyright notice,
    between the paragraphs or closing them."""
    line = (
        "<p>Mọi hình thức sao chép thông tin khi chưa có sự đồng ý bằng văn bản của Báo Đồng Quê"
        " đều là vi phạm bản quyền.</p>"
    )
    assert body(middle=line) == BODY
    assert body(closing=line) == BODY


def test_a_disclaimer_that_the_text_is_the_writers_view_is_no_text() -> None:
    """A closing note that the article is its writer's view, not the newsroom's."""
    for line in (
        "<p><em>Bài viết thể hiện quan điểm riêng của tác giả.</em></p>",
        "<p><i>Nội dung trên không nhất thiết phản ánh quan điểm của tòa soạn.</i></p>",
    ):
        assert body(closing=line) == BODY, line


def test_a_note_that_the_story_is_still_being_written_is_no_text() -> None:
    """`(Tin đang tiếp tục được cập nhật)` closes a story still being written, as `(Còn nữa)`
    closes a part."""
    for line in ("<p>(Tin đang tiếp tục được cập nhật)</p>", "<p><em>(Đang cập nhật)</em></p>"):
        assert body(closing=line) == BODY, line


def test_a_line_crediting_the_content_and_the_graphics_is_no_text() -> None:
    """`Nội dung: … - Đồ họa: …` under an infographic credits who made it, as `Đồ họa: …`."""
    line = "<p><em>Nội dung: Lê Thảo - Đồ họa: Quang Vũ</em></p>"
    assert body(middle=line) == BODY


def test_a_box_of_classified_ads_under_its_label_is_no_text() -> None:
    """A `RAO VẶT` box: an ad's label over the ads' lines, taken whole as `Quảng cáo`'s."""
    box = (
        "<div><p><b>RAO VẶT</b></p><p>Cần bán xe tải 1,5 tấn đời 2021, máy êm. LH: 0913 222 111</p>"
        "<p>Nhận thiết kế nhà trọn gói, bảo hành 5 năm. LH: 0987 654 321</p></div>"
    )
    assert body(middle=box) == BODY


def test_a_text_split_by_ad_slots_is_read_from_its_first_block() -> None:
    """The text in three blocks of one class with an ad slot between them, the last one the
    longest and elected: the blocks before it come along, as those after an elected one do."""
    more = [
        *TEXT,
        "Nhiều hộ dân sống ven kênh cũng ra phụ dọn rác và góp nước uống cho các đoàn viên.",
        "Xã dự kiến trồng thêm 200 cây xanh dọc bờ kênh trong tháng tới.",
        "Bà Trần Thị Bông, một người dân, mong con kênh sẽ sạch như hồi bà còn nhỏ.",
        "Kinh phí mua cây do các doanh nghiệp trên địa bàn tài trợ.",
    ]
    blocks = [more[:2], more[2:5], more[5:]]
    ad = "<div class='ad-slot'><span>Advertisement</span><div id='gpt-1'></div></div>"
    text = ad.join(
        "<div class='entry-content'>" + "".join(f"<p>{t}</p>" for t in block) + "</div>"
        for block in blocks
    )
    html = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>{text}</article>"
        "<footer><p>Báo Đồng Quê, cơ quan của hội nông dân tỉnh.</p></footer></body></html>"
    )
    assert extract_record(html, URL, NOW)["body"] == "\n\n".join(more)


def test_footnotes_to_markers_closing_the_text_are_no_text() -> None:
    """`[1] …` lines after the text are its footnotes (their markers in `<sup>` are no text
    either), as a `(*) …` note is."""
    marked = page(
        middle="",
        closing="<hr><div><p>[1] Theo số liệu của xã năm 2024.</p>"
        "<p>[2] Quy định của ủy ban nhân dân huyện.</p></div>",
    ).replace(f"{TEXT[1]}</p>", f"{TEXT[1]}<sup>[1]</sup></p>")
    assert extract_record(marked, URL, NOW)["body"] == BODY


def test_the_lines_in_an_embedded_podcast_players_box_are_no_text() -> None:
    """A podcast's player embedded from its host, its title and length in its box."""
    box = (
        "<div class='pod'><p>Nghe podcast: Những dòng kênh xanh</p>"
        "<iframe src='https://open.spotify.com/embed/episode/7Yq2' height='152'></iframe>"
        "<p>Tập 8 · 21 phút</p></div>"
    )
    assert body(middle=box) == BODY


def test_a_heading_naming_a_video_over_its_player_is_no_text() -> None:
    """`<h3>Video: …</h3>` over a player's box is the recording's title, not a subhead."""
    player = (
        "<h3>Video: Đoàn viên dọn rác ven kênh</h3><div class='pl'>"
        "<video controls src='/v/don-rac.mp4'></video><span>01:52</span></div>"
    )
    assert body(middle=player) == BODY


def test_a_short_box_holding_a_paid_link_is_no_text() -> None:
    """A product's card whose link the page marks `rel="sponsored"` is an ad."""
    card = (
        "<div class='sp'><p><strong>Máy lọc nước 10 lõi</strong></p><p>Giá: 4.590.000đ</p>"
        "<p><a href='https://shop.example.vn/loc-nuoc' rel='sponsored nofollow'>Mua ngay</a></p>"
        "</div>"
    )
    assert body(middle=card) == BODY


def test_a_short_box_under_a_summary_title_is_no_text() -> None:
    """A `Tóm tắt nhanh` box opening the text tells it in a line, not in a list: the key
    points, no text."""
    box = (
        "<div class='sm'><p><b>Tóm tắt nhanh</b></p>"
        "<p>Ba tấn rác được dọn; xã lắp camera; vi phạm sẽ bị phạt.</p></div>"
    )
    assert body(opening=box) == BODY


def test_an_offers_countdown_is_no_text() -> None:
    """`… - còn 02:14:33`: a timer to the second, counting down an offer."""
    box = "<div class='km'><p>Giảm giá cuối tuần - còn <span>05:41:09</span></p></div>"
    assert body(middle=box) == BODY


def test_the_title_of_a_box_of_pictures_is_no_text() -> None:
    """A short line opening a box that holds pictures only is the gallery's title, as its
    captions are no text."""
    gallery = (
        "<div class='ps'><p>Ảnh ghi nhận</p>"
        "<figure><img src='/a/1.jpg' alt=''><figcaption>1/2 - Bờ kênh trước khi dọn.</figcaption>"
        "</figure><figure><img src='/a/2.jpg' alt=''><figcaption>2/2 - Bờ kênh sau khi dọn."
        "</figcaption></figure></div>"
    )
    assert body(middle=gallery) == BODY


def test_a_note_of_what_an_update_added_is_no_text() -> None:
    """`Cập nhật lúc 15:20 ngày 4/12: bổ sung …` opening the text says what an update changed,
    as a correction note does."""
    note = "<p><em>Cập nhật lúc 10:05 ngày 5/12: bổ sung ý kiến của công an xã.</em></p>"
    assert body(opening=note) == BODY


def _record(sapo: str, meta: str = "", opening: str = "") -> dict:
    text = "".join(f"<p>{line}</p>" for line in TEXT)
    html = (
        f"<html lang='vi'><head><title>{TITLE}</title>"
        f"<meta name='description' content='{LEAD}'></head><body>"
        f"<article><h1 class='title'>{TITLE}</h1>{meta}{sapo}"
        f"<div class='content'>{opening}{text}</div></article></body></html>"
    )
    return extract_record(html, URL, NOW)


def test_a_standfirst_is_the_lead() -> None:
    """`p.standfirst`, the newsroom's word for the sapo, names the lead as `sapo` does, before
    a summary box the text opens with."""
    box = (
        "<div class='tom-tat-nhanh'><p><b>Tóm tắt nhanh</b></p>"
        "<p>Ba tấn rác được dọn, hai camera được lắp.</p></div>"
    )
    record = _record(f"<p class='standfirst'>{LEAD}</p>", opening=box)
    assert (record["summary"], record["body"]) == (LEAD, BODY)


def test_a_publish_line_classed_as_the_subtitle_is_no_lead() -> None:
    """A name and a date under the headline classed `subtitle` (Bulma's) is the publish line:
    the sapo after it is the lead, and no body."""
    meta = "<p class='subtitle is-6'>Nguyễn Lê Hữu Tâm - 04/12/2025 08:30</p>"
    record = _record(f"<p class='has-text-weight-bold'>{LEAD}</p>", meta)
    assert (record["summary"], record["body"]) == (LEAD, BODY)


def test_the_sites_notes_closing_the_text_are_no_text() -> None:
    """Closing notes the site prints under any text: who supplied it, that software helped
    write it, how to report a typo, a call to follow the paper's Zalo account."""
    for line in (
        "<p><em>Thông tin do đơn vị tài trợ cung cấp.</em></p>",
        "<p><i>Bài viết có sử dụng trí tuệ nhân tạo để hỗ trợ biên tập.</i></p>",
        "<p>Thấy lỗi trong bài? Bôi đen đoạn chữ rồi nhấn Ctrl+Enter để gửi cho tòa soạn.</p>",
        "<p>📌 Quan tâm Zalo Báo Đồng Quê để đọc tin nhanh mỗi ngày.</p>",
    ):
        assert body(closing=line) == BODY, line


def test_a_call_to_comment_below_is_no_text() -> None:
    """A closing question to readers followed by a call to comment under the article is the
    site's, not the text's."""
    line = "<p>Bạn nghĩ gì về cách làm này? Mời gửi ý kiến của bạn ở phía dưới bài viết.</p>"
    assert body(closing=line) == BODY


def test_a_box_closed_by_a_call_to_give_is_no_text() -> None:
    """The site's appeal for donations, a title and a line over an `Ủng hộ ngay` link, as a
    box closed by `Đăng ký ngay` is."""
    box = (
        "<div class='dn'><p><b>Đồng hành cùng Báo Đồng Quê</b></p>"
        "<p>Sự ủng hộ của bạn giúp tòa soạn đưa tin từ mọi thôn xóm.</p>"
        "<p><a href='/ung-ho'>Ủng hộ ngay</a></p></div>"
    )
    assert body(closing=box) == BODY


def test_links_to_the_other_parts_of_a_story_are_no_text() -> None:
    """`« Phần 1 | Phần 3 »` under the text: a pager of the story's parts."""
    assert body(closing="<p><a href='/p1'>« Kỳ 1</a> | <a href='/p3'>Kỳ 3 »</a></p>") == BODY
