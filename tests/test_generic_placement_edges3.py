"""Rules the generic extractor learnt from the third blind table of whole pages with furniture in
and around the text (`tests/fixtures/placements/edges3.json`): the site's lines and boxes in
guises the earlier body tables lack, and text that looks like them, on invented pages of their
own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baovunglua.example.vn/nong-nghiep/kenh-tuoi-moi-d6120.html"
TITLE = "Nông dân xã Mỹ Lợi có kênh tưới mới trước vụ đông xuân"
LEAD = "Tuyến kênh bê tông dài 3 km giúp hơn 200 hộ chủ động nước tưới cho ruộng lúa vụ tới."
TEXT = [
    "Sáng 3/12, xã Mỹ Lợi nghiệm thu tuyến kênh tưới bê tông dài gần 3 km qua hai ấp.",
    "Trước đây, nông dân phải bơm nước qua nhiều bờ ruộng, tốn thêm tiền dầu mỗi vụ.",
    "Công trình có tổng vốn 6 tỷ đồng, người dân góp thêm công đào đất và dọn mặt bằng.",
    "Ông Huỳnh Văn Tám, trưởng ấp Mỹ Hòa, nói bà con đã tính chuyện xuống giống sớm hơn.",
    "Xã sẽ giao tổ hợp tác dùng nước quản lý cống và lịch mở nước cho từng cánh đồng.",
]
BODY = "\n\n".join(TEXT)


def page(middle: str = "", closing: str = "", article: str = "<article>") -> str:
    """The page with `middle` in the text's container after its second paragraph and
    `closing` after its last."""
    text = "".join(f"<p>{line}</p>" for line in TEXT[:2]) + middle
    text += "".join(f"<p>{line}</p>" for line in TEXT[2:])
    return (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        f"{article}<h1>{TITLE}</h1><p class='sapo'>{LEAD}</p>"
        f"<div class='k3Fz8'>{text}{closing}</div></article>"
        "<footer><p>Địa chỉ tòa soạn: 12 đường Hùng Vương, thành phố Vĩnh Long.</p></footer>"
        "</body></html>"
    )


def body(**parts: str) -> str:
    return extract_record(page(**parts), URL, NOW)["body"]


def test_an_article_with_the_headline_is_no_zone_whatever_its_class() -> None:
    """`<article class="newsletter-post">` around the `<h1>` and the text: a newsletter's post
    is the page's article, not a sign-up box, and its text is read."""
    assert body(article="<article class='newsletter-post post'>") == BODY


def test_a_card_of_another_article_with_its_date_is_no_text() -> None:
    """An unlabelled card between the paragraphs: a picture, the other article's linked title,
    its teaser and its date."""
    card = (
        "<div class='x81Lq'><a href='/tin/cho-que-d6001.html'><img src='/a/6001.jpg' alt=''></a>"
        "<h4><a href='/tin/cho-que-d6001.html'>Chợ quê nhộn nhịp ngày cuối năm</a></h4>"
        "<p>Hàng trăm tiểu thương bày bán nông sản, hoa kiểng phục vụ người dân dịp Tết.</p>"
        "<span>02/12/2025</span></div>"
    )
    assert body(middle=card) == BODY


def test_a_countdown_box_in_days_hours_and_minutes_is_no_text() -> None:
    """An event's countdown between the paragraphs: its name, `Còn 9 ngày 03 giờ 15 phút` and
    its link go together; a sentence counting days until Tết is text."""
    box = (
        "<div><p><b>Ngày hội nông sản 2026</b></p><p>Còn 9 ngày 03 giờ 15 phút</p>"
        "<a href='/su-kien/ngay-hoi'>Xem chương trình</a></div>"
    )
    sentence = "Còn chưa đầy hai tháng nữa là đến Tết, nông dân tranh thủ sửa bờ bao."
    assert body(middle=box) == BODY
    assert body(middle=f"<p>{sentence}</p>") == "\n\n".join([*TEXT[:2], sentence, *TEXT[2:]])


def test_a_metered_walls_lines_are_no_text() -> None:
    """`Bạn đã đọc 2/4 bài viết miễn phí …` and `Đăng nhập để đọc tiếp …` closing the text;
    a sentence telling readers to log in to a public service is text."""
    wall = (
        "<div><p>Bạn đã đọc 2/4 bài viết miễn phí trong tháng.</p>"
        "<p><a href='/dang-nhap'>Đăng nhập để đọc tiếp</a> hoặc mua gói tháng 29.000đ.</p></div>"
    )
    sentence = "Đăng nhập cổng dịch vụ công, người dân theo dõi hồ sơ đăng ký dùng nước của mình."
    assert body(closing=wall) == BODY
    assert body(closing=f"<p>{sentence}</p>") == "\n\n".join([*TEXT, sentence])


def test_a_sentence_linked_to_a_document_is_text() -> None:
    """A paragraph that is one link to a PDF whose words are a long sentence of the text
    stays; a file's name linked so is an attachment."""
    sentence = (
        "Danh sách các hộ được nhận nước đợt đầu đã được niêm yết công khai tại nhà văn hóa"
        " hai ấp và trên trang thông tin của xã."
    )
    linked = f"<p><a href='/files/danh-sach-ho.pdf'>{sentence}</a></p>"
    attachment = "<p><a href='/files/ke-hoach.pdf'>Kế hoạch mở nước vụ đông xuân (PDF)</a></p>"
    assert body(middle=linked) == "\n\n".join([*TEXT[:2], sentence, *TEXT[2:]])
    assert body(closing=attachment) == BODY


def test_a_follow_rows_count_of_followers_is_no_text() -> None:
    """The writer's follow row between the paragraphs: a portrait, the name, `+ Theo dõi` and
    `3,4K người theo dõi`."""
    row = (
        "<div><img src='/tg/12.jpg' alt='Huỳnh Minh'><span>Huỳnh Minh</span>"
        "<button type='button'>+ Theo dõi</button><span>3,4K người theo dõi</span></div>"
    )
    assert body(middle=row) == BODY


def test_a_cookie_notice_in_the_text_is_no_text() -> None:
    """The site's cookie notice with its button, set inside the text's container."""
    notice = (
        "<div><p>Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn. Tiếp tục truy cập nghĩa là"
        " bạn đồng ý với chính sách của chúng tôi.</p><button type='button'>Đồng ý</button></div>"
    )
    assert body(closing=notice) == BODY


def test_an_aria_hidden_copy_of_the_text_is_no_text() -> None:
    """A block marked `aria-hidden="true"` printing the text's first paragraphs again (a
    reader mode's copy) closing the container; a paragraph so marked that the text prints
    nowhere else (a paywalled page's) stays."""
    copy = "<div aria-hidden='true'>" + "".join(f"<p>{line}</p>" for line in TEXT[:2]) + "</div>"
    own = "Mùa khô tới, xã sẽ nạo vét thêm hai đoạn kênh nhánh dẫn nước vào cánh đồng phía bắc."
    assert body(closing=copy) == BODY
    assert body(closing=f"<p aria-hidden='true'>{own}</p>") == "\n\n".join([*TEXT, own])
