"""Rules the generic extractor learnt reading fields its tuned sets' pages still got wrong: a
source line an office compiled the text from, over the desk signing it."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hoicaphe.example.vn/ban-tin/gia-ca-phe-nhan-tuan-49"
TITLE = "Giá cà phê nhân xuất khẩu tăng 6% trong tuần 49"
TEXT = (
    "Giá cà phê nhân robusta giao tại kho Buôn Ma Thuột lên 118.500 đồng/kg ngày 03/12/2026.",
    "Lượng hàng xuất qua cảng Cát Lái trong tuần đạt 31.000 tấn, tăng 9% so với tuần trước.",
    "Hiệp hội khuyến nghị hội viên chốt hợp đồng giao tháng 1 trước ngày 15/12/2026.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_theo_line_an_office_compiled_credits_a_source_over_the_desk_signing() -> None:
    """`Theo ICE Futures Europe, Hiệp hội Cà phê Đắk Lắk tổng hợp` right-aligned under the text,
    over the desk's bold `Văn phòng Hiệp hội`: an office compiled the text from what `Theo`
    names, a source whatever its name (no outlet a list knows), and no person; the desk
    signs, no author."""
    closing = (
        "<p style='text-align:right'><i>Theo ICE Futures Europe, Hiệp hội Cà phê Đắk Lắk"
        " tổng hợp</i></p><p style='text-align:right'><strong>Văn phòng Hiệp hội</strong></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='body'>{text}{closing}</div></article>"
    )
    assert (record["byline"], record["authors"]) == ("Văn phòng Hiệp hội", [])


def test_a_folder_link_among_a_bar_s_links_over_the_headline_the_title_names_is_the_section() -> (
    None
):
    """`<a href="/nhom/caphe-daklak/">caphe-daklak</a>` beside the poster's link and the time in
    the bar right over the headline, the post at `/nhom/caphe-daklak/bai/…` titled `… :
    caphe-daklak`: the community the post is filed in, whichever link of the bar it is."""
    url = "https://congdong.example.vn/nhom/caphe-daklak/bai/8812/gia-ca-phe-tuan-49"
    article = InventedArticle(url, f"{TITLE} : caphe-daklak", NOW, TEXT)
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    bar = (
        "<span class='post-bar'><a href='/thanh-vien/nongdan_eatu/'>nongdan_eatu</a> · "
        "<a href='/nhom/caphe-daklak/'>caphe-daklak</a> · <span>3 giờ trước</span></span>"
    )
    record = article.record(f"<main><div class='post'>{bar}<h1>{TITLE}</h1>{text}</div></main>")
    assert (record["headline"], record["category"]) == (TITLE, "caphe-daklak")


def test_a_description_opening_with_the_words_before_the_site_s_initials_is_no_lead() -> None:
    """A handbook's page titled `… | Cẩm nang VCTS`, its metas describing `Cẩm nang truy xuất
    nguồn gốc cà phê cho hợp tác xã Đắk Lắk`, no sentence: the book's name spelled out (the
    initials those of its English name), the same on every page, no lead of this one."""
    url = "https://camnang.hoicaphe.example.vn/guide/khai-bao-toa-do-vuon.html"
    headline = "Khai báo tọa độ vườn cà phê"
    article = InventedArticle(url, f"{headline} | Cẩm nang VCTS", NOW, TEXT)
    described = "Cẩm nang truy xuất nguồn gốc cà phê cho hợp tác xã Đắk Lắk"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = article.record(
        f"<main><div class='doc'><h1>{headline}</h1>{text}</div></main>",
        head=f"<meta name='description' content='{described}'>",
    )
    assert (record["headline"], record["summary"]) == (headline, None)


def test_a_gallery_s_upload_named_by_its_file_high_over_the_title_s_cell_is_the_picture() -> None:
    """A gallery script's photo page, titled `Album/Photo`: the photo's own title in a cell
    nested five levels under the layout's row before it, which holds the photo alone, in a link
    running a script to open it at full size, its `alt` its file's name as uploaded. The
    title closing the `<title>` after the album's path is the headline; the photo is its
    picture."""
    url = "https://anhcaphe.example.vn/gallery/displayimage.php?pid=512"
    headline = "Hái cà phê chín trên đồi Ea Tu"
    article = InventedArticle(url, f"Ảnh Cà Phê - Mùa thu hoạch 2026/{headline}", NOW, TEXT)
    photo = (
        "<a href='javascript:;' onclick=\"openWindow('displayimage.php?pid=512&fullsize=1')\">"
        "<img src='albums/userpics/10007/normal_hai-ca-phe-ea-tu.jpg' alt='hai-ca-phe-ea-tu.jpg'>"
        "</a>"
    )
    text = "<br><br>".join(TEXT)
    title_cell = (
        f"<table class='tableb'><tr><td id='img_desc'><h2 class='img_title'>{headline}</h2>"
        f"<div class='img_caption'>{text}</div></td></tr></table>"
    )
    layout = (
        "<h1>Ảnh Cà Phê</h1><table class='maintable'>"
        f"<tr><td class='display_media'><table><tr><td>{photo}</td></tr></table></td></tr>"
        f"<tr><td>{title_cell}</td></tr></table>"
    )
    record = article.record(layout)
    assert (record["headline"], record["images"]) == (
        headline,
        [
            {
                "url": "https://anhcaphe.example.vn/gallery/albums/userpics/10007/normal_hai-ca-phe-ea-tu.jpg",
                "caption": None,
            }
        ],
    )


def test_a_logo_named_for_the_organisation_the_footer_opens_with_is_no_picture() -> None:
    """A newsletter's header row over its issue line shows a logo, `alt="Hợp tác xã Cà phê Ea
    Tu"`, and its footer opens `Hợp tác xã Cà phê xã Ea Tu, 12 Lê Duẩn, …`: the sender's
    logo, on its every issue, no picture of the article; the photo in the text stays."""
    photo = "https://hoicaphe.example.vn/anh/phoi-ca-phe.jpg"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    rows = (
        "<tr><td><img src='https://hoicaphe.example.vn/anh/htx-ea-tu.png' width='220'"
        " alt='Hợp tác xã Cà phê Ea Tu'></td></tr>"
        "<tr><td><span>BẢN TIN CÀ PHÊ · Số 12</span> · <span>Thứ Hai, 30/11/2026</span></td></tr>"
        f"<tr><td><h1>{TITLE}</h1></td></tr>"
        f"<tr><td><p><strong>{TEXT[0]}</strong></p></td></tr>"
        f"<tr><td><img src='{photo}' width='560' alt=''></td></tr>"
        f"<tr><td>{text}</td></tr>"
        "<tr><td class='mailFooter'>Hợp tác xã Cà phê xã Ea Tu, 12 Lê Duẩn, Buôn Ma Thuột<br>"
        "Bạn nhận thư này vì đã đăng ký bản tin.</td></tr>"
    )
    record = ARTICLE.record(f"<table class='mailHolder'>{rows}</table>")
    assert record["images"] == [{"url": photo, "caption": None}]
