"""Rules the generic extractor learnt for article bodies from the sixty-fourth holdout set's
procedures, civic notices, obituaries and readers' letters on wikis, podcast hosts, site
builders, mailing list archives, feedback forums and newsletters."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://gopy-phuongtanhoa.example.vn/blog/2026/12/duong-hem-12-xuong-cap.html"
TITLE = "Đường hẻm 12 xuống cấp sau mùa mưa, mong phường sớm sửa"
TEXT = (
    "Tôi ở hẻm 12 đường Trần Phú đã hơn 20 năm, chưa năm nào đường hẻm hư hỏng như năm nay.",
    "Sau trận mưa ngày 18/11/2026, mặt đường bong tróc thành nhiều ổ gà sâu gần 15 cm.",
    "Mong phường sớm cho vá tạm các ổ gà trước Tết để bà con đi lại an toàn hơn.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_rule_under_the_lead_is_no_paragraph() -> None:
    """A blog prints its intro in italics as the lead, then `***`, then the reader's letter:
    the rule sets the two apart and is no part of the text."""
    intro = (
        "<p><em>Bạn đọc Lê Văn Bảy ở hẻm 12 đường Trần Phú gửi thư phản ánh đường hẻm xuống"
        " cấp sau mùa mưa, nhiều ổ gà sâu gây nguy hiểm cho người đi đường.</em></p><p>***</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div class='entry'><h1>{TITLE}</h1><div class='entry-body'>{intro}{text}</div></div>"
    record = ARTICLE.record(page)
    assert record["body"] == "\n\n".join(TEXT)


def test_a_tip_in_a_quotation_block_is_no_paragraph_bold_or_not() -> None:
    """A Markdown post sets a tip apart as a quotation (`> Mẹo: …`, rendered `<blockquote><p>Mẹo:
    …</p></blockquote>`): the writer's aside to the reader, no part of the text, its label in
    bold or not."""
    tip = (
        "<blockquote><p>Mẹo: chụp ảnh ổ gà kèm biển số nhà rồi gửi qua ứng dụng phản ánh của "
        "thành phố, hồ sơ được chuyển thẳng đến phường trong ngày.</p></blockquote>"
    )
    record = ARTICLE.record(ARTICLE.between(tip))
    assert record["body"] == "\n\n".join(TEXT)


EPISODE_URL = "https://radio-phuongtanhoa.example.vn/episodes/so-12-lich-cat-dien"


def _episode(in_notes: str, after_notes: str = "") -> dict:
    """A podcast host's episode page: the show notes holding `in_notes` after their first
    paragraph, then `after_notes` beside them."""
    first, *rest = (f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<section class='episode-header'><h1>{TITLE}</h1></section><section class='body'>"
        f"<div class='show-notes'>{first}{in_notes}{''.join(rest)}</div>{after_notes}</section>"
    )
    return InventedArticle(EPISODE_URL, TITLE, NOW, TEXT).record(page)


def test_an_episode_s_chapter_list_and_its_heading_are_no_text() -> None:
    """`<h3>Mục lục</h3><ul><li>(00:00) Mở đầu</li><li>(02:15) …</li>…`: every item opens
    with a timestamp, the first at the start: the recording's index, no part of its notes."""
    chapters = (
        "<h3>Mục lục</h3><ul><li>(00:00) Mở đầu</li><li>(02:15) Hẻm 12 xuống cấp</li>"
        "<li>(06:40) Ý kiến của phường</li></ul>"
    )
    assert _episode(chapters)["body"] == "\n\n".join(TEXT)


def test_a_programme_s_hours_in_a_list_stay_in_the_text() -> None:
    """`<ul><li>08:00 Đón khách</li><li>08:30 Khai mạc</li>…`: a day's programme starts later
    than the recording's start, and is the text's."""
    programme = "<ul><li>08:00 Đón khách</li><li>08:30 Khai mạc</li><li>09:15 Trao giải</li></ul>"
    first, *rest = TEXT
    programme_lines = ("08:00 Đón khách", "08:30 Khai mạc", "09:15 Trao giải")
    assert _episode(programme)["body"] == "\n\n".join((first, *programme_lines, *rest))


def test_the_pictures_on_a_card_of_the_episode_s_people_are_no_pictures_of_it() -> None:
    """Transistor's people cards (`<div class="person"><img class="person-image" …>Tên
    …</div>`) under the notes: portraits of the host and the editor."""
    people = (
        "<div class='episode-people'><div class='person'><img class='person-image' "
        "src='https://img.example.vn/person/1/ha-mai.jpg' alt='Hà Mai'><div>Hà Mai</div>"
        "<div>Người dẫn</div></div></div>"
    )
    assert _episode("", after_notes=people)["images"] == []


def test_the_italic_row_under_a_newsletter_s_picture_is_its_caption_and_no_date_line() -> None:
    """An e-mail newsletter's layout table: the picture alone in its row, its caption in the
    next row's cell set in italics by a style. The caption's day is when the photo was taken;
    the issue's day in the header is the publish day."""
    rows = "".join(f"<tr><td><p style='font-size:15px'>{p}</p></td></tr>" for p in TEXT)
    page = (
        "<table><tr><td>BẢN TIN PHƯỜNG TÂN HÒA</td><td>Số 8<br>Ngày 02 tháng 12 năm 2026</td>"
        f"</tr></table><table><tr><td><h1>{TITLE}</h1></td></tr>"
        "<tr><td><img src='/anh/hem-12.jpg' width='552' alt='Hẻm 12'></td></tr>"
        "<tr><td style='font-size:12px;font-style:italic'>Ổ gà trong hẻm 12, sáng 30/11/2026."
        f"</td></tr>{rows}<tr><td><p>Người dân phản ánh tình trạng đường hẻm xuống cấp qua"
        " đường dây nóng của phường hoặc gửi thư về Bộ phận Một cửa trong giờ hành chính.</p>"
        "</td></tr></table>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["images"]) == (
        "2026-12-02T00:00:00+07:00",
        [ARTICLE.picture("hem-12", "Ổ gà trong hẻm 12, sáng 30/11/2026.")],
    )


def test_a_plain_text_message_in_a_pre_is_split_at_blank_lines_its_signature_left_out() -> None:
    """A mail archive prints the message as plain text in a `<pre>`: its paragraphs are parted
    by blank lines; `Trân trọng.` and the `-- ` signature (the sender's post and phone) close
    it and are no text."""
    message = (
        "\n\n".join(TEXT) + "\n\nTrân trọng.\n\n-- \nLê Văn Bảy\nTổ 3, hẻm 12\nĐT: 0909 111 222\n"
    )
    page = (
        f"<h1>{TITLE}</h1><ul><li>From: Lê Văn Bảy</li><li>Date: Tue, 1 Dec 2026 20:05:11 +0700"
        f"</li></ul><hr><pre style='white-space: pre-wrap;'>{message}</pre>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def test_an_office_s_response_under_an_idea_is_no_part_of_its_text() -> None:
    """A feedback forum prints the city office's answer under the citizen's idea, in the same
    article (`<section class="uvIdeaResponse">`): its status, its day and its words are the
    office's, not the idea's."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article class='idea'><h1>{TITLE}</h1><section class='idea-description'>"
        f"<div class='typeset'>{text}</div></section><div class='idea-meta'><a href='#c'>3 bình"
        " luận</a></div><section class='uvIdeaResponse'><div class='uvUserActionHeader'>Đã lên"
        " kế hoạch · Phòng Quản lý đô thị phản hồi · 4 tháng 12, 2026</div><div class='typeset'>"
        "<p>Cảm ơn ông đã góp ý. Phòng đã phối hợp với đơn vị thi công khảo sát hiện trường sáng"
        " 03/12/2026 và sẽ vá tạm các ổ gà trong hẻm 12 trước ngày 20/12/2026, sau đó thảm lại"
        " mặt đường trong quý I năm 2027.</p></div></section></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)


def _signed_letter(after_signature: str) -> dict:
    """A reader's letter in a blog's entry, signed on the right with the reader's name in bold
    over the address on the next line, `after_signature` under it."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    signature = (
        "<p style='text-align: right;'><strong>Lê Văn Bảy</strong><br>"
        "Hẻm 12 đường Trần Phú, phường Tân Hòa</p>"
    )
    page = (
        f"<div class='entry'><h1>{TITLE}</h1><div class='entry-body'>{text}{signature}"
        f"{after_signature}</div></div>"
    )
    return ARTICLE.record(page)


def test_an_italic_note_under_a_reader_s_signature_is_no_paragraph() -> None:
    """`<p><em>Ghi chú: Thư đã được gửi đến …</em></p>` under the signature: the site's note on
    the letter, not the reader's words; the signature still names the writer."""
    note = (
        "<p><em>Ghi chú: Thư đã được gửi đến UBND phường Tân Hòa chiều 04/12/2026, chúng tôi sẽ"
        " đăng phản hồi khi có.</em></p>"
    )
    record = _signed_letter(note)
    assert record["body"] == "\n\n".join(TEXT)
    assert record["authors"] == ["Lê Văn Bảy"]


def test_a_plain_paragraph_under_a_reader_s_signature_stays() -> None:
    """A paragraph in roman type under the signature, closing a sentence: more text."""
    more = "<p>Phường đã nhận thư và hẹn khảo sát hẻm 12 trong tuần sau, theo cán bộ địa chính.</p>"
    record = _signed_letter(more)
    assert record["body"].endswith("theo cán bộ địa chính.")


MAIL_URL = "https://lists.phuongtanhoa.example.vn/arc/to-dan-pho-3/2026-12/msg00021.html"
MAIL_SUBJECT = "Mời họp tổ dân phố bàn việc sửa hẻm 12"
MAIL_TEXT = (
    "Kính gửi bà con tổ dân phố 3,",
    "Tổ dân phố mời đại diện mỗi hộ họp bàn việc góp kinh phí vá tạm các ổ gà trong hẻm 12.",
    "Thời gian: 19 giờ 15 tối thứ Tư, ngày 2/12/2026.",
    "Địa điểm: nhà văn hóa tổ dân phố 3, số 8 hẻm 12 đường Trần Phú.",
    "Mong bà con sắp xếp thời gian đến dự đông đủ để cùng thống nhất phương án.",
)


def _message(after_text: str = "") -> dict:
    """A mail archive's message: the subject, the header fields, the plain text in a `<pre>`
    with blank lines between its paragraphs, `after_text` under it."""
    header = (
        "<ul><li><b>From</b>: Lê Văn Bảy &lt;bay.tdp3 AT gmail.com&gt;</li>"
        "<li><b>Date</b>: Mon, 30 Nov 2026 20:15:00 +0700</li></ul>"
    )
    text = "\n\n".join(MAIL_TEXT)
    page = f"<h1>{MAIL_SUBJECT}</h1>{header}<hr><pre>{text}\n</pre>{after_text}"
    return InventedArticle(MAIL_URL, MAIL_SUBJECT, NOW, MAIL_TEXT).record(page)


def test_a_message_s_greeting_under_its_header_fields_opens_its_text() -> None:
    """`Kính gửi bà con tổ dân phố 3,` opens the text, though the header's lines stand over
    it; and the notice's `Thời gian: 19 giờ 15 tối thứ Tư, ngày 2/12/2026.`, closed by its full
    stop, is one of its fields, no date line of the page."""
    assert _message()["body"] == "\n\n".join(MAIL_TEXT)


def test_a_labelled_attachment_s_type_and_size_go_with_its_link() -> None:
    """`<strong>Tệp đính kèm:</strong> <a href="….pdf">moi-hop.pdf</a> (application/pdf, 96
    KB)`: the label, the file and its note are one line offering the file, no text."""
    attachment = (
        "<p><strong>Tệp đính kèm:</strong> <a href='/arc/to-dan-pho-3/2026-12/pdf8Kq2.pdf'>"
        "moi-hop-to-dan-pho-3.pdf</a> (application/pdf, 96 KB)</p>"
    )
    assert _message(attachment)["body"] == "\n\n".join(MAIL_TEXT)
