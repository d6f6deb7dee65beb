"""Rules the generic extractor learnt for bodies, pictures, captions and leads from the
sixty-seventh holdout set's market, price and banking pages on site builders, e-mail campaigns,
fediverse servers and team wikis."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://xaylua-bacba.example.vn/blog/gia-lua-tuoi-dau-thang-12"
TITLE = "Giá lúa tươi đầu tháng 12: OM 18 lên 8.400 đồng/kg"
FIRST = (
    "Trong tuần này, nhà máy thu mua lúa tươi tại ruộng ở các xã Thạnh Hóa, Tân Thạnh và Tháp"
    " Mười với mức giá cao hơn tuần trước từ 200 đến 300 đồng mỗi kg."
)
SECOND = (
    "Mức giá trên áp dụng cho lúa có độ ẩm 25 – 27%, đã bao gồm công cắt bằng máy gặt đập liên"
    " hợp; lúa đổ ngã, lẫn tạp trên 3% sẽ bị trừ 200 – 400 đồng mỗi kg."
)
THIRD = (
    "Nhà máy thanh toán chuyển khoản trong 24 giờ sau khi cân, hoặc ứng trước 30% tiền cọc khi"
    " ký hợp đồng cho bà con có ruộng trên 2 ha trong vụ này."
)
CAPTION = "Máy gặt đập liên hợp thu hoạch lúa OM 18 tại ruộng, sáng 2/12."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _widgets(*widgets: str) -> str:
    """A site builder's blog post: each block a widget under the builder's short name, its
    kind in words after the same name (`ul-widget ul-w-text`), the post's own widget too."""
    return (
        "<main><div class='ul-container'><div class='ul-widget ul-w-blog-post'>"
        f"<div class='ul-blog-post__header'><h1>{TITLE}</h1>"
        "<div class='ul-blog-post__date'>Đăng lúc 07:20, 03/12/2026</div></div>"
        "<div class='ul-blog-post__content'>" + "".join(widgets) + "</div></div></div></main>"
    )


def _text(*paragraphs: str) -> str:
    return (
        "<div class='ul-widget ul-w-text'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    )


PICTURE = (
    "<div class='ul-widget ul-w-image'><img src='/anh/gat-lua.jpg' alt=''>"
    f"<div class='ul-w-image__caption'>{CAPTION}</div></div>"
)


def test_a_builder_s_widgets_under_its_short_name_are_the_article_s() -> None:
    """uKit classes every block `ul-widget ul-w-…`, the post's own (`ul-w-blog-post`) too: the
    widget word names no zone nor a box set apart, and the post's headline, date, text and
    picture are read."""
    record = ARTICLE.record(_widgets(PICTURE, _text(FIRST, SECOND, THIRD)))
    assert (record["headline"], record["published_raw"]) == (TITLE, "Đăng lúc 07:20, 03/12/2026")
    assert (record["body"], record["images"]) == (
        "\n\n".join(ARTICLE.text),
        [ARTICLE.picture("gat-lua", CAPTION)],
    )


def test_a_centred_row_under_a_centred_picture_row_is_its_caption() -> None:
    """An e-mail campaign lays out its blocks as rows (`<tr><td align="center"><img></td></tr>`
    then `<tr><td align="center">…</td></tr>` in a smaller grey type): the centred row under
    the picture's centred row is its caption, not a paragraph of the text."""
    rows = (
        f"<tr><td class='moo-text'><h1>{TITLE}</h1></td></tr>"
        f"<tr><td class='moo-text'><p>{FIRST}</p></td></tr>"
        "<tr><td class='moo-image' align='center'><img src='/anh/gat-lua.jpg' width='552'>"
        "</td></tr>"
        f"<tr><td class='moo-text' align='center' style='font-size:12px;color:#7b8794'>{CAPTION}"
        "</td></tr>"
        f"<tr><td class='moo-text'><p>{SECOND}</p><p>{THIRD}</p></td></tr>"
    )
    record = ARTICLE.record(f"<table class='moo-container' width='600'>{rows}</table>")
    assert (record["body"], record["images"]) == (
        "\n\n".join(ARTICLE.text),
        [ARTICLE.picture("gat-lua", CAPTION)],
    )


def test_text_blocks_typed_with_breaks_around_a_picture_block_are_one_text() -> None:
    """A fediverse page's text in blocks of one kind (`<div class="_block _textBlock">`), each
    typed as spans parted by `<br><br>`, an image block between them: one text, both blocks."""

    def block(*lines: str) -> str:
        spans = "<br><br>".join(f"<span>{line}</span>" for line in lines)
        return f"<div class='_block _textBlock'><div class='_mfm'>{spans}</div></div>"

    content = (
        block(FIRST)
        + "<div class='_block _imageBlock'><img src='/files/webpublic-anh.webp' alt=''></div>"
        + block(SECOND, THIRD)
    )
    page = (
        f"<main><div class='_panel'><h1>{TITLE}</h1><div class='_pageContent'>{content}</div>"
        "</div></main>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(ARTICLE.text)


def test_a_quotation_block_opening_with_a_pictograph_is_a_tip() -> None:
    """A wiki page's `<blockquote><p>💡 Lịch nộp … hết hạn ngày 31/1/2027.</p></blockquote>`
    after the text: a callout, no part of it."""
    tip = (
        "<blockquote><p>💡 Lịch thu mua tuần sau đã có trên bảng tin. Hạn báo trước ngày"
        " 10/12.</p></blockquote>"
    )
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.text) + tip
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='page-content'>{body}</div></article>"
    )
    assert record["body"] == "\n\n".join(ARTICLE.text)
