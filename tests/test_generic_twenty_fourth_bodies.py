"""Rules the generic extractor learnt from the twenty-fourth holdout set's families (a jurists'
association on Flask, a youth volunteers' association on Qute): pictures and their captions."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoicuuchienbinh.example.vn/hoat-dong/trong-cay-nho-on-a1187.html"
TITLE = "Hội viên trồng hai nghìn cây xanh dọc đường liên xã"
FIRST = "Sáng chủ nhật, hơn một trăm hội viên đã có mặt từ sớm để đào hố và chuẩn bị cây giống."
SECOND = "Mỗi chi hội nhận chăm sóc một đoạn đường dài chừng nửa cây số cho đến khi cây bén rễ."
THIRD = "Hội sẽ tổng kết việc chăm sóc cây vào dịp kỷ niệm ngày thành lập năm sau."
TEXT = [FIRST, SECOND, THIRD]

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between = ARTICLE.record, ARTICLE.between


def test_an_italic_line_over_the_picture_closing_its_box_is_its_caption() -> None:
    """`<div class="anh"><p><i>…</i></p><img></div>` between paragraphs: the italic line over
    the picture is its caption, not a line of the text."""
    caption = "Hội viên chi hội thôn Đông trồng cây sao đen trên đoạn đường mới mở."
    box = (
        f"<div class='anh'><p class='anh-ten'><i>{caption}</i></p>"
        "<img src='/anh/cay-sao.jpg'></div>"
    )
    found = record(between(box))
    assert found["body"] == "\n\n".join(TEXT)
    assert found["images"] == [ARTICLE.picture("cay-sao", caption)]


def test_a_picture_in_a_block_classed_as_a_stamp_is_no_picture_of_the_article() -> None:
    """`<p class="stamp"><img …></p>` opening the text (a series' seal printed on each of its
    articles): no picture of this one; the photo after it is."""
    stamp = "<p class='stamp'><img src='/anh/tem-chuyen-muc.png' alt='Ký ức' width='160'></p>"
    photo = "<p><img src='/anh/hang-cay.jpg' alt=''></p>"
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<article><h1>{TITLE}</h1><div class='body'>{stamp}{paragraphs}{photo}</div></article>"
    assert record(page)["images"] == [ARTICLE.picture("hang-cay")]
