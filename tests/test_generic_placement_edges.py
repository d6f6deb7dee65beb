"""Rules the generic extractor learnt from the blind table of whole pages with furniture in
guises the earlier body tables lack (`tests/fixtures/placements/edges.json`): what a reader is
never shown, and the site's lines and boxes in and around the text, on invented pages of their
own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baovenbien.example.vn/doi-song/lang-nghe-chieu-coi-d4410.html"
TITLE = "Làng nghề chiếu cói ven biển vào mùa"
LEAD = "Những ngày cuối năm, cả làng chiếu cói ven biển tất bật dệt hàng cho các đơn đặt Tết."
TEXT = [
    "Từ sáng sớm, tiếng khung dệt đã vang lên đều đặn trong các ngõ nhỏ của làng.",
    "Bà Đinh Thị Lựu, 58 tuổi, cho biết mỗi ngày bà dệt được hai đôi chiếu hoa.",
    "Năm nay cói được mùa, giá mua tại ruộng khoảng 9.000 đồng mỗi kilogam khô.",
    "Hợp tác xã của làng đã nhận đơn hàng 4.000 đôi chiếu từ các cửa hàng ngoài tỉnh.",
    "Nhiều người trẻ đi làm xa cũng tranh thủ về phụ gia đình trong những tháng cao điểm.",
]
BODY = "\n\n".join(TEXT)


def page(opening: str = "", middle: str = "", closing: str = "", before: str = "") -> str:
    """The page with `before` between the sapo and the text's container, `opening` in the
    container before its first paragraph, `middle` after its second paragraph and `closing`
    after its last."""
    text = "".join(f"<p>{line}</p>" for line in TEXT[:2]) + middle
    text += "".join(f"<p>{line}</p>" for line in TEXT[2:])
    return (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>{before}"
        f"<div class='k3Wd8'>{opening}{text}{closing}</div></article>"
        "<footer><p>Báo Ven Biển, cơ quan của hội nghề cá tỉnh.</p></footer></body></html>"
    )


def body(**parts: str) -> str:
    return extract_record(page(**parts), URL, NOW)["body"]


def test_what_a_reader_is_never_shown_is_no_text() -> None:
    """An element marked `hidden`, a `<template>` the scripts copy from, a `<dialog>` not
    opened and text for screen readers only are not on the page a reader sees."""
    for unseen in (
        "<p hidden>Đang tải phần bình luận, xin chờ trong giây lát...</p>",
        "<div class='q1' hidden><p>Bạn đã xem hết nội dung. Mời đọc các tin khác.</p></div>",
        "<template><div><p>Tên bạn đọc</p><p>Bình luận sẽ hiện ở đây khi được duyệt.</p></div>"
        "</template>",
        "<dialog><p>Đăng nhập để lưu bài viết vào mục yêu thích của bạn.</p></dialog>",
        "<h2 class='visually-hidden'>Phần nội dung của bài</h2>",
        "<span class='sr-only'>Bắt đầu phần nội dung chính.</span>",
    ):
        assert body(middle=unseen) == BODY, unseen
        assert body(opening=unseen) == BODY, unseen


def test_a_line_saying_the_text_goes_on_after_the_ad_is_no_text() -> None:
    """`Nội dung tiếp tục sau quảng cáo` over an ad slot and `Cuộn xuống để tiếp tục đọc`
    are the site's lines, in whatever box."""
    for line in (
        "<div class='m2'><span>Nội dung tiếp tục sau quảng cáo</span><div id='slot-7'></div></div>",
        "<p class='r8'><em>Cuộn xuống để tiếp tục đọc</em></p>",
        "<p>Bài viết còn tiếp bên dưới quảng cáo</p>",
    ):
        assert body(middle=line) == BODY, line


def test_a_call_to_follow_the_site_after_an_invitation_is_no_text() -> None:
    """`Mời bạn đọc theo dõi … trên Google News …` invites the reader to follow the site: a
    call to subscribe, though its verb is not its first word."""
    for line in (
        "<p><em>Mời bạn đọc theo dõi Báo Ven Biển trên <a href='https://news.google.com/'>"
        "Google News</a> để cập nhật tin nhanh.</em></p>",
        "<p>Mời quý độc giả đăng ký kênh Zalo của báo để nhận tin mỗi ngày.</p>",
    ):
        assert body(closing=line) == BODY, line


def test_a_note_that_the_article_ran_in_print_is_no_text() -> None:
    """`(Bài đăng trên Báo in số 4.512, ra ngày …)` names the issue the article ran in,
    wherever it closes the text."""
    note = "<p><em>(Bài đăng trên Báo in số 2.087, ra ngày 04/12/2025)</em></p>"
    assert body(closing=note + "<p class='ft'><a href='/rss'>RSS</a></p>") == BODY
    assert body(closing="<p>Bài in trên ấn phẩm số 48 của báo.</p>") == BODY


def test_the_line_under_a_player_linking_to_the_recording_is_no_text() -> None:
    """The title, channel and views under an embedded video, linked to it on its host, are
    the player's; a sentence with such a link in it is the text's."""
    player = (
        "<div class='v4'><iframe src='https://www.youtube.com/embed/Qw3rT9'></iframe></div>"
        "<p><a href='https://www.youtube.com/watch?v=Qw3rT9'>Mùa dệt chiếu</a> · Kênh Ven Biển"
        " TV · 3.120 lượt xem</p>"
    )
    assert body(middle=player) == BODY
    sentence = (
        "Phóng sự về làng nghề đã được đăng trên "
        "<a href='https://www.youtube.com/watch?v=Qw3rT9'>kênh của hội</a> từ tháng trước."
    )
    got = body(middle=player.split("<p>")[0] + f"<p>{sentence}</p>")
    assert "Phóng sự về làng nghề đã được đăng trên kênh của hội từ tháng trước." in got


def test_a_labelled_note_before_the_container_is_no_opening_paragraph() -> None:
    """A box between the sapo and the text opened by a bold label (`Ghi chú của tòa soạn:`)
    is the editors' note over the text, not its first paragraph printed apart; a plain
    paragraph there still is."""
    note = (
        "<div class='z9'><p><strong>Ghi chú của tòa soạn:</strong> Bài viết thuộc loạt bài về "
        "các làng nghề ven biển. Mời bạn đọc đón đọc các kỳ sau.</p></div>"
    )
    assert body(before=note) == BODY
    first = "Làng có hơn 300 hộ làm nghề, phần lớn là phụ nữ trung niên và người cao tuổi."
    assert body(before=f"<p>{first}</p>") == f"{first}\n\n{BODY}"


def test_a_list_of_attached_documents_under_its_label_is_no_text() -> None:
    """`Văn bản đính kèm:` over links to the files with their sizes: the attachments, their
    label included."""
    files = (
        "<p><strong>Văn bản đính kèm:</strong></p><ul>"
        "<li><a href='/files/qd-12.pdf'>Quyết định số 12/QĐ-UBND</a> (PDF, 180 KB)</li>"
        "<li><a href='/files/mau-01.docx'>Mẫu đơn số 01</a> (DOCX, 24 KB)</li></ul>"
    )
    assert body(closing=files) == BODY


def test_an_in_article_pager_is_no_text() -> None:
    """`Trang 1 2 3 Tiếp »` under the text leads to its other pages; a sentence naming
    pages is the text's."""
    pager = (
        "<p style='text-align:center'>Trang 1 <a href='?p=2'>2</a> <a href='?p=3'>3</a> "
        "<a href='?p=2'>Tiếp »</a></p>"
    )
    assert body(closing=pager) == BODY
    sentence = "Trang 12 của cuốn sổ ghi rõ số chiếu bà dệt trong năm 1998."
    assert body(closing=f"<p>{sentence}</p>") == f"{BODY}\n\n{sentence}"


def test_the_line_under_a_document_viewer_linking_to_its_file_is_no_text() -> None:
    """`Nếu không xem được văn bản, bấm vào đây để tải về.` under a viewer showing the same
    file offers it for download."""
    viewer = (
        "<iframe src='/viewer/web/viewer.html?file=/files/bao-cao-hop-tac-xa.pdf'></iframe>"
        "<p class='n5'>Nếu không xem được văn bản, bấm <a href='/files/bao-cao-hop-tac-xa.pdf'>"
        "vào đây</a> để tải về.</p>"
    )
    assert body(middle=viewer) == BODY


def test_a_table_box_closed_by_its_update_time_is_no_text() -> None:
    """A box of a title, a table and `Cập nhật lúc 08:30` is a widget the site refreshes; a
    table of the text with its italic title stays, one paragraph per row."""
    widget = (
        "<div><p>Giá cói khô hôm nay</p><table><tr><th>Loại</th><th>Giá</th></tr>"
        "<tr><td>Cói loại 1</td><td>9.000</td></tr></table><p>Cập nhật lúc 08:30</p></div>"
    )
    assert body(middle=widget) == BODY
    table = (
        "<p><em>Sản lượng chiếu của làng</em></p><table><tr><th>Năm</th><th>Đôi</th></tr>"
        "<tr><td>2024</td><td>31.000</td></tr></table>"
    )
    rows = ["Sản lượng chiếu của làng", "Năm | Đôi", "2024 | 31.000"]
    assert body(middle=table) == "\n\n".join([*TEXT[:2], *rows, *TEXT[2:]])


def test_a_box_closed_by_a_call_to_register_is_no_text() -> None:
    """An event's or a course's box, its title, time and place over `Đăng ký ngay`, calls the
    reader to register: none of it is the text."""
    box = (
        "<div class='t6'><p><strong>HỘI CHỢ LÀNG NGHỀ 2025</strong></p>"
        "<p>Thời gian: 8h00, ngày 20/12/2025</p><p>Địa điểm: Nhà văn hóa xã</p>"
        "<p><a href='/dang-ky'>Đăng ký ngay</a></p></div>"
    )
    assert body(middle=box) == BODY


def test_a_box_about_the_writer_closing_the_text_is_no_text() -> None:
    """`Thông tin tác giả` in bold and the writer's bio under it close the text: the writer's
    box, not the article's last paragraphs."""
    bio = (
        "<hr><p><strong>Thông tin tác giả</strong></p><p>Lê Hải Yến là phóng viên mảng kinh tế "
        "nông thôn, cộng tác với báo từ năm 2016.</p>"
    )
    assert body(closing=bio) == BODY


def test_unseen_text_cut_first_leaves_the_widgets_found_after_it_known() -> None:
    """Text for screen readers only, cut before the site's widgets are looked for, leaves a
    widget classed as one found and dropped."""
    unseen = "<span class='visually-hidden'>Bắt đầu nội dung.</span>"
    widget = "<div class='weather-widget'><span>Thời tiết</span> <span>24°C</span></div>"
    assert body(opening=unseen, middle=widget) == BODY
