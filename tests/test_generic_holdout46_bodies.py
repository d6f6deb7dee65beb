"""Rules the generic extractor learnt for bodies and leads from the forty-sixth holdout set's
sports, culture-entertainment and travel pages (match reports, reviews with show times and
prices, festival programmes, travel and heritage pieces)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotayninh.example.vn/van-hoa/dien-anh/phim-mua-gio-chuong.html"
TITLE = "“Mùa gió chướng”: chuyện làng biển qua ống kính trẻ"
FIRST = "Phim dài 105 phút, kể về một làng chài ven biển những năm đầu thập niên 2000."
SECOND = "Nhiều cảnh quay bình minh trên bãi biển được thực hiện công phu, giữ nét mộc mạc."
THIRD = "Sau 3 ngày chiếu sớm, phim thu về khoảng 5,2 tỷ đồng, đứng thứ tư phòng vé."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_notice_box_numbered_for_its_variant_is_set_apart() -> None:
    """A flat-file CMS renders its notice boxes with the variant's number run into the class
    word (`<div class="notice2">`, `notice1` … `notice4`): a showtimes and prices box among
    the paragraphs is set apart from the text as a `notice` box is."""
    box = (
        "<div class='notice2'><p><strong>Lịch chiếu tại Tây Ninh</strong></p>"
        "<ul><li>Rạp Galaxy Tây Ninh: 9:00, 13:30, 19:15 hằng ngày</li></ul>"
        "<p>Giá vé: 70.000 đồng (trước 17 giờ), 100.000 đồng (sau 17 giờ).</p>"
        "<p>Điểm đánh giá: 7/10</p></div>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_quotation_styled_as_a_box_under_a_bold_title_is_set_apart() -> None:
    """`<blockquote class="tu-lieu"><p><strong>Tư liệu</strong></p><p>Thế kỷ XVII: …</p>
    </blockquote>` after the text: an editor's history box drawn with a quotation's element,
    a bold title over one plain paragraph, set apart as a classed `<div>` so titled is; the
    text ends with its last paragraph."""
    box = (
        "<blockquote class='tu-lieu'><p><strong>Tư liệu</strong></p><p>Năm 1998: phim đầu tay "
        "của đạo diễn. Năm 2015: giải Cánh diều vàng.</p></blockquote>"
    )
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = f"<article><h1>{TITLE}</h1><div class='body'>{text}{box}</div></article>"
    body = ARTICLE.record(page)["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_blog_entry_s_introduction_part_is_its_lead() -> None:
    """A blog entry printed as its `introduction` part over its `body` part (`<div
    class="introduction"><p>…</p></div><div class="body">…</div>`): the introduction is the
    lead, over a shorter description cut from its middle."""
    intro = (
        "Nằm cách trung tâm tỉnh hơn 40 km, làng chài Lộc An đang vào mùa đẹp nhất trong năm. "
        "Từ tháng 12 đến tháng 3, du khách đến đây ngắm bình minh và thưởng thức hải sản tươi."
    )
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    page = (
        f"<div class='entry'><h2 class='entrytitle'>{TITLE}</h2>"
        f"<div class='introduction'><p>{intro}</p></div><div class='body'>{text}</div></div>"
    )
    head = "<meta name='description' content='Làng chài Lộc An đang vào mùa đẹp nhất trong năm.'>"
    record = ARTICLE.record(page, head)
    assert (record["summary"], record["body"]) == (intro, "\n\n".join((FIRST, SECOND, THIRD)))


def test_an_introduction_element_of_the_story_body_is_its_opening_paragraph() -> None:
    """`<div class="story-body"><p class="story-body__introduction">…</p><p>…</p></div>`: an
    element its block names in BEM as that block's introduction is the opening paragraph of the
    text the block holds, no lead printed apart from it."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text[1:])
    page = (
        f"<article><h1>{TITLE}</h1><div class='story-body'>"
        f"<p class='story-body__introduction'>{FIRST}</p>{text}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
