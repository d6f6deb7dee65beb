"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
forty-second holdout set's archives of absorbed papers, imported into the merged papers' new sites
after the 2025 merger (the old site's markup pasted inside the new text, legacy-font text)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baomoi-tinh.example.vn/luu-tru/van-hoa/lang-det-tho-cam-2025.html"
TITLE = "Làng dệt thổ cẩm giữ nghề truyền thống"
FIRST = "Làng dệt thổ cẩm hiện có hơn 200 hộ giữ nghề, phần lớn là phụ nữ lớn tuổi trong bản."
SECOND = "Mỗi tấm vải dệt tay mất từ một đến hai tuần, hoa văn do người thợ tự nghĩ ra."
THIRD = "Chính quyền xã đang hỗ trợ các hộ đưa sản phẩm lên sàn thương mại điện tử."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_box_left_in_a_legacy_font_encoding_is_no_text() -> None:
    """A box among the paragraphs whose words an import left in the TCVN3 font encoding
    (`Lµng dÖt thæ cÈm …`), in a text converted to Unicode around it: no reader sees words
    there, so it is no text."""
    box = (
        "<div class='old-box' style='float:right'><font face='.VnTime'><b>Lµng dÖt thæ cÈm</b>"
        "<br>C¸ch trung t©m x· 5 km, më cöa tõ 7h30 ®Õn 17h h»ng ngµy.</font></div>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_related_list_left_in_the_vni_encoding_is_no_text() -> None:
    """An old related list an import left in the VNI encoding (`Tin cuøng chuyeân muïc`)
    after the signature closing the text: no words for a reader, no text, and the signature
    before it closes the text."""
    box = (
        "<div class='tin-cu' style='border-top:1px dotted #999'><font face='VNI-Times'>"
        "<b>Tin cuøng chuyeân muïc</b><br>"
        "<a href='/a.html'>Chôï tình Khaâu Vai muøa xuaân</a> (14/02/2025)<br>"
        "<a href='/b.html'>Ngaém hoa tam giaùc maïch</a> (09/02/2025)</font></div>"
    )
    text = "".join(f"<p><font face='VNI-Times'>{p}</font></p>" for p in (FIRST, SECOND, THIRD))
    signed = "<p align='right'><font face='VNI-Times'><b>Hoàng Nguyễn</b></font></p>"
    page = f"<h1>{TITLE}</h1><div class='noidung'>{text}{signed}{box}</div>"
    record = ARTICLE.record(page)
    assert (record["body"], record["byline"]) == (
        "\n\n".join((FIRST, SECOND, THIRD)),
        "Hoàng Nguyễn",
    )


def test_the_text_of_an_article_s_heading_block_is_the_lead() -> None:
    """Tiki's article heading block beside the topic's icon (`<div class="articleheading"><div
    class="articleheadingicon"><img></div><div class="articleheadingtext"><p>…</p></div>`):
    the text of the heading is the article's lead, its outlet stamp aside."""
    lead = "Nhiều hộ giữ nghề dệt thổ cẩm đang đưa sản phẩm ra thị trường, thu nhập tăng rõ."
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        f"<article><header><h1>{TITLE}</h1></header><div class='articleheading'>"
        "<div class='articleheadingicon'><img src='/topic.php?id=9' alt='Văn hóa'></div>"
        f"<div class='articleheadingtext'><p>(BBL) - {lead}</p></div></div>"
        "<div class='articletrailer'>Chủ đề: <a href='/topic/9'>Văn hóa</a></div>"
        f"<div class='articlebody'>{text}</div></article>"
    )
    assert ARTICLE.record(page)["summary"] == lead


def test_a_picture_in_a_box_classed_as_an_icon_is_no_picture_of_the_article() -> None:
    """Tiki's topic picture in the article's heading block (`<div class="articleheadingicon">
    <img src="article_image.php?image_type=topic&id=9" alt="Văn hóa">`) stands for the topic
    on every article filed under it: no picture of the article, whose own are listed."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        f"<article><header><h1>{TITLE}</h1></header><div class='articleheading'>"
        "<div class='articleheadingicon'><img src='/topic.php?image_type=topic&amp;id=9'"
        " alt='Văn hóa'></div></div><div class='articlebody'>"
        "<div class='pic' style='text-align:center'><img src='/anh/det-vai.jpg' alt=''>"
        f"<p style='font-style:italic'>Phụ nữ trong bản dệt vải.</p></div>{text}</div></article>"
    )
    assert ARTICLE.record(page)["images"] == [
        ARTICLE.picture("det-vai", "Phụ nữ trong bản dệt vải.")
    ]
