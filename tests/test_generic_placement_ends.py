"""Rules the generic extractor learnt from the blind table of whole articles at their body's end
(`tests/fixtures/placements/ends.json`): which lines against the text's last paragraph are the
site's or a document's, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinvungbien.example.vn/xa-hoi/lop-hoc-boi-mien-phi-b5120.html"
TITLE = "Lớp dạy bơi miễn phí cho trẻ em xóm chài"
LEAD = "Suốt mùa hè, hơn 150 trẻ em ở xóm chài được các tình nguyện viên dạy bơi miễn phí."
TEXT = [
    "Mỗi chiều, bãi tắm phía bắc xóm chài lại rộn tiếng cười của những đứa trẻ đang tập bơi.",
    "Lớp học do đoàn thanh niên xã mở, mỗi khóa kéo dài mười buổi với sáu huấn luyện viên.",
    "Các em được dạy cách nổi, cách thở và cách giúp bạn khi gặp nạn dưới nước.",
    "Sau ba khóa, đã có 152 em biết bơi, nhiều phụ huynh xin cho con học thêm khóa nâng cao.",
]
BODY = "\n\n".join(TEXT)


def record(after: str, outside: str = "") -> dict:
    """The page with `after` set in the text's container after its last paragraph, `outside`
    after the container."""
    text = "".join(f"<p>{line}</p>" for line in TEXT) + after
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>"
        f"<div class='k2Lx9'>{text}</div>{outside}</article>"
        "<footer><p>Tin Vùng Biển, trang tin điện tử của huyện đảo.</p></footer></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_copyright_line_saying_the_text_is_the_sites_is_no_text() -> None:
    """`Bài viết thuộc bản quyền của …` under the text, however it goes on, is the site's claim
    on the text, as `Bản quyền thuộc …` is; a sentence speaking of someone else's rights is
    text."""
    for line in (
        "Bài viết thuộc bản quyền của Tin Vùng Biển. Mọi hình thức sao chép phải được sự đồng ý"
        " bằng văn bản.",
        "Nội dung này thuộc bản quyền Tin Vùng Biển.",
        "Toàn bộ nội dung thuộc bản quyền của trang tin, ghi rõ nguồn khi phát hành lại.",
        "Nghiêm cấm sao chép dưới mọi hình thức khi chưa được sự đồng ý của Tin Vùng Biển.",
    ):
        assert record(f"<div class='m8Zq'>{line}</div>")["body"] == BODY, line
    sentence = "Bài hát mà các em tập hát khi bơi thuộc bản quyền của một nhạc sĩ trong tỉnh."
    assert record(f"<p>{sentence}</p>")["body"] == f"{BODY}\n\n{sentence}"


def test_a_signature_block_set_in_a_tables_rows_is_no_text() -> None:
    """A notice's signature block set as a table's rows, an empty cell beside each line (the
    post, `(Đã ký)`, the signer's name), is the block its lines typed in paragraphs are."""
    rows = ("<b>CHỦ TỊCH</b>", "<i>(Đã ký)</i>", "<b>Đoàn Văn Lộc</b>")
    block = "".join(f"<tr><td width='50%'></td><td align='center'>{row}</td></tr>" for row in rows)
    assert record(f"<table>{block}</table>")["body"] == BODY


def test_a_box_titled_as_readers_comments_after_the_text_is_no_text() -> None:
    """A box after the text's lines opened by `Ý kiến bạn đọc (1)` or `Bình luận` holds the
    readers' words, in the text's paragraph markup too, with who wrote them."""
    for title in ("Ý kiến bạn đọc (1)", "Bình luận"):
        box = (
            f"<div class='c7'><p><b>{title}</b></p>"
            "<p>Lớp học rất ý nghĩa, mong xã duy trì hằng năm cho các cháu ở xóm chài.</p>"
            "<p><i>Lê Văn Nam - 04/12/2025</i></p></div>"
        )
        assert record(box)["body"] == BODY, title


def test_a_bar_of_reaction_buttons_with_their_counts_is_no_text() -> None:
    """`Thích (24) | Chia sẻ (6)` under the text: the buttons' words with the counts they show,
    as a bar of their words alone is."""
    for bar in ("Thích (24) | Chia sẻ (6)", "Chia sẻ 15 · Gửi email"):
        assert record(f"<div class='w9'>{bar}</div>")["body"] == BODY, bar
