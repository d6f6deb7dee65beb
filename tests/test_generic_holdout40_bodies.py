"""Rules the generic extractor learnt for bodies, pictures and captions from the fortieth
holdout set's other renderings of a provincial article (a speed module's lazy pictures, a
transcoder's copy, an AMP page, a Facebook Instant Article, an e-mail's web version)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baonui.example.vn/van-hoa/le-hoi-hoa-da-quy-2026-5512.html"
TITLE = "Lễ hội hoa dã quỳ năm 2026 thu hút đông du khách"
FIRST = "Lễ hội hoa dã quỳ năm nay diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao."
SECOND = "Ban tổ chức cho biết lượng khách đến với lễ hội tăng gần gấp đôi so với năm trước đó."
THIRD = "Các cơ sở lưu trú trên địa bàn đều kín phòng trong những ngày diễn ra lễ hội hoa."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
LEAD = "Lễ hội hoa dã quỳ lần thứ nhất đón hơn 20.000 lượt khách trong ba ngày cuối tuần qua."
PICTURE = "https://baonui.example.vn/anh/da-quy.jpg"


def test_pagespeed_s_lazy_address_is_the_picture_not_its_placeholder() -> None:
    """The PageSpeed server module lazy-loads every picture: a 1x1 GIF of its own in `src`, the
    picture's address in `data-pagespeed-lazy-src` (`….jpg.pagespeed.ic.<hash>.webp`)."""
    lazy = f"{PICTURE}.pagespeed.ic.Xk3m9QpL2w.webp"
    figure = (
        f"<figure><img data-pagespeed-lazy-src='{lazy}' src='/pagespeed_static/1.JiBnMqyl6S.gif'"
        " width='760' height='507'><figcaption>Du khách chụp ảnh bên đồi hoa.</figcaption></figure>"
    )
    images = ARTICLE.record(ARTICLE.between(figure))["images"]
    assert images == [{"url": lazy, "caption": "Du khách chụp ảnh bên đồi hoa."}]


def test_a_line_in_italics_by_its_class_s_rule_under_a_picture_is_its_caption() -> None:
    """A transcoder's copy sets the caption under a picture in a `<div>` whose class the
    page's style sheet puts in italics (`.gwl-i{font-style:italic}`): the caption, as a line
    in `<em>` there is, no paragraph of the text."""
    head = "<style>.gwl-i{font-style:italic;font-size:14px}</style>"
    block = f"<div><img src='{PICTURE}' width='360' height='240'></div>"
    block += "<div class='gwl-i'>Du khách chụp ảnh bên đồi hoa dã quỳ.</div>"
    record = ARTICLE.record(ARTICLE.between(block), head)
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))
    caption = "Du khách chụp ảnh bên đồi hoa dã quỳ."
    assert record["images"] == [{"url": PICTURE, "caption": caption}]


def test_an_amp_accordion_in_the_text_is_set_apart_from_it() -> None:
    """An AMP page's `<amp-accordion>` among the paragraphs (a price box the reader opens, its
    update hour in its heading): a collapsible box beside the text, no part of it."""
    box = (
        "<amp-accordion class='box'><section expanded><h4>Giá vé (cập nhật 06:00 ngày"
        " 05/12/2026)</h4><div><p>Vé người lớn: 50.000 đồng</p><p>Vé trẻ em: 20.000 đồng</p>"
        "</div></section></amp-accordion>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_article_header_s_address_times_and_kicker_are_no_text() -> None:
    """A Facebook Instant Article's `<header>` lists, beside its cover and `<h1>`, its kicker, the
    writer's `<address>` with her role and its `<time>`s, set inline: they are the article's
    details, no line opening its text."""
    header = (
        f"<header><figure><img src='{PICTURE}'><figcaption>Đồi hoa dã quỳ.</figcaption></figure>"
        f"<h1>{TITLE}</h1><h2>{LEAD}</h2><h3 class='op-kicker'>Văn hóa</h3>"
        "<address><a href='https://www.facebook.com/leha'>Lê Hà</a>Phóng viên thường trú</address>"
        "<time class='op-published' datetime='2026-12-04T08:45:00+07:00'>08:45 04/12/2026</time>"
        "<time class='op-modified' datetime='2026-12-04T11:20:00+07:00'>11:20 04/12/2026</time>"
        "</header>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(f"<article>{header}{text}</article>")
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def _row(inner: str, style: str = "font-size:16px;color:#222222;") -> str:
    """One block of an MJML e-mail: a row of its own, the block in a `<div>` in its one cell."""
    cell = f"<td align='left' style='padding:8px 25px;'><div style='{style}'>{inner}</div></td>"
    return f"<tr>{cell}</tr>"


def test_an_e_mail_s_rows_of_paragraphs_are_the_text_and_its_shaded_box_is_not() -> None:
    """An e-mail's web version built with MJML sets each paragraph in a row of its own
    (`<tr><td><div>…</div></td></tr>`): the rows together are the text, not the cell of the
    longest paragraph; a row shaded in a colour of its own opening with a bold title over a
    `<br>` (a vaccination schedule) is a box set apart from it."""
    box = (
        "<b>Lịch tiêm tại trung tâm</b><br>Từ thứ Hai đến thứ Bảy, sáng 7 giờ - 11 giờ, tại số 17"
        " đường Nguyễn Du. Đặt lịch trước ngày 20/12/2026."
    )
    rows = (
        _row(f"<h1 style='font-size:24px'>{TITLE}</h1>")
        + _row(FIRST)
        + _row(SECOND)
        + _row(box, "font-size:14px;background:#eaf3fb;padding:10px;")
        + _row(THIRD)
    )
    table = f"<table role='presentation'><tbody>{rows}</tbody></table>"
    page = f"<div style='max-width:600px'>{table}</div>"
    assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))
