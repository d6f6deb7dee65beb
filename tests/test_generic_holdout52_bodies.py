"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
fifty-second holdout set's article pages behind walls and overlays (consent walls and banners,
paywalls and login walls, subscribe and survey modals, age gates, folded text and docked video
players)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://tinmientrung.example.vn/thoi-su/2026/lu-song-cai-rut-cham"
TITLE = "Lũ sông Cái rút chậm, nhiều thôn vẫn bị chia cắt"
FIRST = "Đến trưa 5/12, mực nước sông Cái tại trạm Đồng Trăng vẫn trên báo động 2 khoảng 0,4 m."
SECOND = "Lực lượng cứu hộ đã dùng xuồng máy đưa gạo, nước uống đến các hộ bị cô lập ở ven sông."
THIRD = "Ủy ban nhân dân tỉnh yêu cầu các địa phương sẵn sàng di dời dân nếu mưa lớn tiếp diễn."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_hotline_box_closing_the_text_is_no_part_of_it() -> None:
    """A quotation classed as a hotline box closing the text (`<blockquote class="hotline"><p>
    <strong>Đường dây nóng cứu hộ: 112</strong> · …</p></blockquote>`): the numbers a reader
    calls, set apart from the paragraphs, no part of their text."""
    box = (
        "<blockquote class='hotline'><p><strong>Đường dây nóng cứu hộ, cứu nạn: 112</strong> · "
        "Ban Chỉ huy phòng thủ dân sự tỉnh trực 24/24 giờ đến hết đợt lũ.</p></blockquote>"
    )
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = f"<article><h1>{TITLE}</h1><div class='post-content'>{text}{box}</div></article>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_box_under_a_capitals_title_after_the_bold_signature_is_no_text() -> None:
    """A site builder's frames: the text's paragraphs, the writer's name in bold alone on its
    line, then a box under a title in capitals (`LỊCH TIẾP NHẬN HÀNG CỨU TRỢ` over its days
    and places): the signature closes the text and names its writer; the box is the site's."""
    text = "".join(f"<div class='frame'><p>{p}</p></div>" for p in ARTICLE.text)
    box = (
        "<div class='group'><div class='frame'><p>LỊCH TIẾP NHẬN HÀNG CỨU TRỢ THÁNG 12</p>"
        "<p>Thứ Hai 07/12: Nhà văn hóa thôn Tân Lập, từ 7 giờ đến 11 giờ. Thứ Tư 09/12: "
        "Trường Tiểu học Sơn Hòa.</p></div></div>"
    )
    page = (
        f"<div id='page'><div class='frame'><h1>{TITLE}</h1></div>{text}"
        f"<div class='frame'><p><b>Thanh Hà</b></p></div>{box}</div>"
    )
    record = ARTICLE.record(page)
    assert (record["body"], record["byline"]) == ("\n\n".join((FIRST, SECOND, THIRD)), "Thanh Hà")
