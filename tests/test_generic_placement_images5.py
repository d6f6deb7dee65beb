"""Rules the generic extractor learnt from the fifth blind table of pictures
(`tests/fixtures/placements/images5.json`): which pictures are the article's, with which
caption, and where the text is, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baosuoimo.example.vn/xa-hoi/cho-phien-vung-cao-a5521.html"
TITLE = "Chợ phiên vùng cao ngày giáp Tết"
LEAD = "Phiên chợ cuối năm ở Nậm Pồ đông vui hơn mọi năm, bà con các bản đổ về từ sớm."
FIRST = "Từ tờ mờ sáng, người dân các bản đã gùi hàng xuống chợ phiên ở trung tâm xã Nậm Pồ."
SECOND = "Mặt hàng được bày bán nhiều nhất là thổ cẩm, mật ong rừng và gà đồi."
THIRD = "Ban quản lý chợ cho biết phiên chợ năm nay đông gấp rưỡi năm trước."
BODY = f"{FIRST}\n\n{SECOND}\n\n{THIRD}"
PICTURE = "https://baosuoimo.example.vn/media/2025/12/cho-phien-1.jpg"
CAPTION = "Người dân gùi hàng xuống chợ."


def page(under_headline: str, text: str = "") -> dict:
    """An article page: `under_headline` between the headline and the text's box, `text`
    after the text's first paragraph."""
    html = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main>"
        f"<article><h1>{TITLE}</h1>{under_headline}<div class='noi-dung'><p>{FIRST}</p>{text}"
        f"<p>{SECOND}</p><p>{THIRD}</p></div></article></main></body></html>"
    )
    return extract_record(html, URL, NOW)


def test_a_cover_figures_one_paragraph_is_its_caption() -> None:
    """A cover figure with no `<figcaption>`, its one short paragraph after the picture."""
    got = page(f"<figure class='post-cover'><img src='{PICTURE}' alt=''><p>{CAPTION}</p></figure>")
    assert got["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert got["body"] == BODY


def test_a_text_figures_one_paragraph_is_its_caption() -> None:
    """The same figure among the text's paragraphs: its paragraph no line of the text."""
    got = page("", f"<figure><img src='{PICTURE}' alt=''><p>{CAPTION}</p></figure>")
    assert got["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert got["body"] == BODY


def test_a_shows_cover_over_an_episode_is_no_picture_of_it() -> None:
    """A podcast page: the show's cover and name in a block over the episode's, the episode's
    own artwork beside its title: the show's cover is its art, on every episode."""
    show = "https://baosuoimo.example.vn/podcast/show-cover-1400.jpg"
    html = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main><article>"
        f"<div class='show-header'><img class='show-cover' src='{show}' alt='Tiếng nói bản'>"
        "<span class='show-name'>Tiếng nói bản</span></div>"
        f"<div class='episode'><div class='episode-art'><img src='{PICTURE}' alt=''></div>"
        f"<h1>{TITLE}</h1></div><div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p></div></article></main></body></html>"
    )
    got = extract_record(html, URL, NOW)
    assert got["images"] == [{"url": PICTURE, "caption": None}]
    assert got["body"] == BODY


def test_a_product_card_alone_in_the_text_is_no_line_of_it() -> None:
    """A shop blog's card of one product between the text's paragraphs: its picture linked to
    the product, its name and price, no line of the text."""
    card = (
        "<div class='san-pham'><a href='/products/mat-ong-rung'>"
        "<img src='https://baosuoimo.example.vn/products/mat-ong.jpg' alt=''></a>"
        "<a href='/products/mat-ong-rung'>Mật ong rừng Nậm Pồ 500g</a>"
        "<span>185.000₫</span><button>Thêm vào giỏ</button></div>"
    )
    got = page("", card)
    assert got["images"] == []
    assert got["body"] == BODY


def test_a_newsletters_bold_lead_row_does_not_join_its_rows_to_the_text() -> None:
    """An e-mail's web version: the headline's row, a row of the lead in bold, the text's
    cell, then the writer's row and rows of other items and events. The lead's row is no
    paragraph of the text, so the text is its own cell, not the whole template."""
    rows = "".join(
        f"<tr><td>{day}/12/2025</td><td><a href='/su-kien/{day}'>Hội chợ nông sản lần {day}</a>"
        "</td></tr>"
        for day in (6, 9, 12, 15)
    )
    html = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><center>"
        "<table role='presentation' width='640'>"
        "<tr><td>Bản tin số 48 | <a href='#'>Xem trên trình duyệt</a></td></tr>"
        f"<tr><td><h1>{TITLE}</h1></td></tr>"
        f"<tr><td><p><strong>{LEAD}</strong></p></td></tr>"
        f"<tr><td><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></td></tr>"
        "<tr><td><p>Lan Anh</p></td></tr>"
        "<tr><td><b>Lịch sự kiện tháng 12</b><table>" + rows + "</table></td></tr>"
        "<tr><td><p>Bạn nhận thư này vì đã đăng ký bản tin của Hiệp hội.</p>"
        "<p><a href='#'>Hủy đăng ký</a></p></td></tr>"
        "</table></center></body></html>"
    )
    got = extract_record(html, URL, NOW)
    assert got["body"] == BODY
