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
