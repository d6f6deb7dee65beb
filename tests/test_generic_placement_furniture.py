"""Rules the generic extractor learnt from the blind table of furniture inside and around the
text (`tests/fixtures/placements/furniture.json`): which boxes and lines set among the text's
paragraphs are the site's, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baolangque.example.vn/doi-song/cho-phien-vung-cao-b3391.html"
TITLE = "Chợ phiên vùng cao rộn ràng ngày cuối năm"
LEAD = "Mỗi sáng Chủ nhật, hàng trăm người từ các bản quanh vùng lại đổ về chợ phiên ở thị trấn."
TEXT = [
    "Từ tờ mờ sáng, những con đường đất dẫn về chợ đã đông người gùi hàng và dắt ngựa thồ.",
    "Mặt hàng nhiều nhất là rau rừng, mật ong, vải lanh và những tấm thổ cẩm dệt tay nhiều màu.",
    "Bà Vàng Thị Dở, 64 tuổi, đã bán thổ cẩm ở góc chợ này hơn ba mươi năm, chưa bỏ phiên nào.",
    "Ban quản lý chợ cho biết năm nay đã lát lại nền và dựng thêm mái che cho khu hàng ăn.",
]


def record(between: str, after: str = "") -> dict:
    """The page with `between` set after the text's second paragraph and `after` after its last."""
    text = "".join(f"<p>{line}</p>" for line in TEXT[:2])
    text += between + "".join(f"<p>{line}</p>" for line in TEXT[2:]) + after
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>"
        f"<div class='noi-dung'>{text}</div></article>"
        "<footer><p>Báo Làng Quê điện tử, cơ quan của Hội Nông dân tỉnh.</p>"
        "<p>Giấy phép số 21/GP-BTTTT cấp ngày 4/5/2022, ghi rõ nguồn khi phát hành lại.</p>"
        "</footer></body></html>"
    )
    return extract_record(page, URL, NOW)


BODY = "\n\n".join(TEXT)


def test_a_report_error_and_feedback_line_is_no_text() -> None:
    """`Báo lỗi | Gửi phản hồi` among the text's paragraphs: the site's links for readers, as a
    print and font-size bar's are."""
    for line in ("Báo lỗi | Gửi phản hồi", "<a href='/bao-loi'>Báo lỗi</a> · Gửi phản hồi"):
        assert record(f"<p class='x1'>{line}</p>")["body"] == BODY, line


def test_an_ad_label_takes_its_box_with_it() -> None:
    """A short box opened by an ad's label (`PR`, `Tài trợ`, `Nội dung tài trợ`) is the ad:
    its pitch and its link go with the label, whatever its class."""
    for label in ("PR", "Tài trợ", "Nội dung tài trợ"):
        box = (
            f"<div class='k9x2'><span>{label}</span>"
            "<p>Gói vay tiêu dùng lãi suất ưu đãi, giải ngân trong 24 giờ cho khách hàng mới.</p>"
            "<a href='https://nganhang.example/vay'>Xem chi tiết</a></div>"
        )
        assert record(box)["body"] == BODY, label


def test_an_app_banners_store_links_are_no_text() -> None:
    """The store links of a banner calling to install the app (`App Store | Google Play`) are
    the banner's, with its call or alone under the text."""
    banner = (
        "<div class='q7'><p>Cài đặt ứng dụng để đọc tin nhanh hơn mỗi ngày</p>"
        "<p><a href='https://apps.apple.com/app/id1'>App Store</a> | "
        "<a href='https://play.google.com/store/apps/details?id=vn.x'>Google Play</a></p></div>"
    )
    assert record(banner)["body"] == BODY
    stores = "<p><a href='#'>App Store</a> <a href='#'>Google Play</a></p>"
    assert record("", stores)["body"] == BODY


def test_a_rating_widgets_prompt_and_score_are_no_text() -> None:
    """`Đánh giá bài viết` over the stars and `4,2/5 (86 lượt đánh giá)` under them close many
    texts: the widget's lines, never a sentence of the text."""
    widget = (
        "<div class='z3'><p>Đánh giá bài viết</p><span>★</span><span>★</span><span>☆</span>"
        "<p>3,5/5 (41 lượt đánh giá)</p></div>"
    )
    assert record("", widget)["body"] == BODY
    assert record("", "<p>Chấm điểm bài viết này</p><p>8,5/10</p>")["body"] == BODY


def test_a_maps_address_card_is_no_text() -> None:
    """The lines in an embedded map's own box (an address, opening hours, a directions link)
    belong to the map, as a player's title belongs to the player."""
    card = (
        "<div class='m1'><iframe src='https://www.google.com/maps/embed?pb=!1m2'></iframe>"
        "<p>Địa chỉ: Thị trấn Bắc Hà, tỉnh Lào Cai</p><p>Họp chợ: 6:00 - 14:00 Chủ nhật</p>"
        "<a href='https://maps.google.com/?q=bac+ha'>Chỉ đường</a></div>"
    )
    assert record(card)["body"] == BODY


def test_a_qr_code_box_is_no_text() -> None:
    """A short box around a picture of a QR code (a call to give, pay or install, an account
    number) is set beside the text, whatever its class."""
    for picture in ("<img src='/img/qr-ung-ho.png' alt=''>", "<img src='/a/1.png' alt='Mã QR'>"):
        box = (
            f"<div class='w5'><p>Chung tay giúp bà con vùng sạt lở</p>{picture}"
            "<p>Quét mã để chuyển khoản: STK 9988 7766 55, Ngân hàng Công Thương</p></div>"
        )
        assert record(box)["body"] == BODY, picture


def test_lines_that_look_like_furniture_in_the_text_stay() -> None:
    """A sentence giving a hotline, a sentence on an app and a rating in the text's words are
    the text's own."""
    lines = [
        "Du khách cần hỗ trợ có thể gọi đường dây nóng 0214 3880 123 của ban quản lý chợ.",
        "Người dân có thể tải ứng dụng của huyện để xem lịch họp chợ và đường đi.",
        "Chợ được du khách đánh giá 4,5/5 trên các trang du lịch trong năm qua.",
    ]
    between = "".join(f"<p>{line}</p>" for line in lines)
    assert record(between)["body"] == "\n\n".join([*TEXT[:2], *lines, *TEXT[2:]])
