"""Rules the generic extractor learnt for bodies, leads, bylines in the text and pictures from
the fifty-first holdout set's crime, courts, accidents and rescue news (police, border guard and
commune sites, papers' desks and a community network on small and uncommon products)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://congan.example.vn/tin-tuc/pha-duong-day-ca-do-bong-da.html"
TITLE = "Triệt phá đường dây cá độ bóng đá qua mạng hơn 30 tỷ đồng"
FIRST = "Phòng Cảnh sát hình sự phát hiện một nhóm đối tượng tổ chức cá độ bóng đá qua mạng."
SECOND = "Khoảng 22h30 ngày 1/12/2026, tổ công tác kiểm tra 4 địa điểm, bắt quả tang 4 đối tượng."
THIRD = "Vụ án đang được tiếp tục điều tra, mở rộng để truy tìm đối tượng cầm đầu đường dây."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_table_of_one_cell_holding_one_labelled_line_is_no_text() -> None:
    """`<table border="1"><tr><td><p><strong>Công an tỉnh khuyến cáo:</strong> … số điện thoại
    …</p></td></tr></table>` among the paragraphs: a frame laid out as a table around one
    labelled line, the site's notice set apart from the text, as the same line in a framed
    `<div>` is."""
    box = (
        "<table class='canh-bao' border='1' cellpadding='8' width='100%'><tr><td><p><strong>"
        "Công an tỉnh khuyến cáo:</strong> Người dân không tham gia cá độ dưới mọi hình thức; "
        "phát hiện hành vi tổ chức đánh bạc, báo ngay cho Công an xã, phường nơi gần nhất.</p>"
        "</td></tr></table>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_paragraph_all_in_small_print_closing_the_text_is_no_text() -> None:
    """`<p><small>Mọi thông tin liên quan …, số điện thoại 0256.3822.xxx …</small></p>` under
    the last paragraph: the fine print under the text (a contact note), no words of it."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    note = (
        "<p><small>Mọi thông tin liên quan đến vụ án, người dân cung cấp cho Phòng Cảnh sát hình "
        "sự, số điện thoại 0256.3822.xxx.</small></p>"
    )
    page = f"<article><h1>{TITLE}</h1><div class='post-body'>{text}{note}</div></article>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


LEAD = (
    "Công an tỉnh phát đi thông cáo báo chí về vụ cướp tiệm vàng: nghi phạm đã bị bắt giữ sau 18"
    " giờ gây án, toàn bộ số vàng bị cướp được thu hồi."
)


def test_a_writer_s_line_under_the_bold_lead_is_the_byline() -> None:
    """`<p><b>the lead</b></p><p>Phóng viên: Bảo Anh</p>` opening a post's text under a poster
    account's `Đăng bởi anninh-baogialai`: the lead typed in bold, then the writer's line under
    it, neither the text; the labelled line names the writer, over the account."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = (
        f"<article class='post'><h1>{TITLE}</h1><div class='post-meta'><span class='post-author'>"
        "Đăng bởi <a href='https://www.tumblr.com/anninh-baogialai'>anninh-baogialai</a></span>"
        " <span class='post-date'>16:10 - 02/12/2026</span></div><div class='post-body'>"
        f"<p><b>{LEAD}</b></p><p>Phóng viên: Bảo Anh</p>{text}</div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["summary"], record["byline"], record["authors"], record["body"]) == (
        LEAD,
        "Bảo Anh",
        ["Bảo Anh"],
        "\n\n".join((FIRST, SECOND, THIRD)),
    )


FIRE = InventedArticle(
    "https://pccc.example.vn/chay-kho-hang-khu-cong-nghiep,58.html",
    "Cháy lớn tại kho hàng trong khu công nghiệp, không có thương vong",
    NOW,
)
FIRE_LEAD = (
    "Vụ cháy bùng phát từ kho chứa hàng nhựa của một công ty logistics khiến khoảng 2.000 m² nhà"
    " xưởng bị thiêu rụi."
)
FIRE_TEXT = (
    "Khoảng 18h50 ngày 5/12, bảo vệ công ty phát hiện khói bốc lên từ kho số 3 nên đã hô hoán.",
    "Phòng Cảnh sát PCCC và CNCH Công an thành phố điều động 16 xe chữa cháy đến hiện trường.",
)
OFFICE = "<meta name='description' content='Phòng Cảnh sát PCCC và CNCH Công an thành phố'>"


def _fire_page(after_text: str = "") -> dict:
    """A fire police's page: its description the office's name, the lead a bold first
    paragraph, `after_text` under the text's block inside the article."""
    text = "".join(f"<p>{p}</p>" for p in FIRE_TEXT)
    page = (
        f"<article id='page'><h1>{FIRE.title}</h1><div class='date'>06.12.2026 06:15</div>"
        f"<div class='content'><p><strong>{FIRE_LEAD}</strong></p>{text}</div>{after_text}"
        "</article>"
    )
    return FIRE.record(page, head=OFFICE)


def test_a_description_naming_the_office_gives_way_to_the_bold_lead() -> None:
    """A description that is the office's name, no sentence (`Phòng Cảnh sát PCCC và CNCH Công
    an thành phố`), even where the text's first words name it: the site's own line on every
    page, no lead; the bold first paragraph is."""
    record = _fire_page()
    assert (record["summary"], record["body"]) == (FIRE_LEAD, "\n\n".join(FIRE_TEXT))


def test_a_list_of_thumbnails_linked_to_their_full_sizes_under_the_text_is_its_pictures() -> None:
    """Quick.Cms's `<ul class="imagesList"><li><a href="files/kho.jpg"><img
    src="files/600/kho.jpg"></a><p>…</p></li>…</ul>` under the text: the article's pictures at
    the thumbnails' addresses the page loads, each captioned by its line under it."""
    listed = (
        "<ul class='imagesList'><li><a href='files/kho.jpg' title='Tiếp cận đám cháy.'>"
        "<img src='files/600/kho.jpg' alt='Tiếp cận đám cháy.'></a><p>Tiếp cận đám cháy.</p></li>"
        "<li><a href='files/hien-truong.jpg'><img src='files/600/hien-truong.jpg' alt=''></a>"
        "<p>Kho số 3 sau khi đám cháy được dập tắt. Ảnh: Đức Thịnh</p></li></ul>"
    )
    assert _fire_page(listed)["images"] == [
        {"url": "https://pccc.example.vn/files/600/kho.jpg", "caption": "Tiếp cận đám cháy."},
        {
            "url": "https://pccc.example.vn/files/600/hien-truong.jpg",
            "caption": "Kho số 3 sau khi đám cháy được dập tắt. Ảnh: Đức Thịnh",
        },
    ]


def test_a_list_of_linked_thumbnails_leading_to_pages_is_no_pictures() -> None:
    """The same list whose items link the pictures to other articles' pages: teasers."""
    listed = (
        "<ul class='imagesList'><li><a href='dien-tap-chua-chay,57.html'><img "
        "src='files/600/dien-tap.jpg' alt=''></a><p>Diễn tập chữa cháy tại cảng.</p></li></ul>"
    )
    assert _fire_page(listed)["images"] == []
