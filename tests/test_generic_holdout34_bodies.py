"""Rules the generic extractor learnt for bodies, pictures and captions from the thirty-fourth
holdout set's pages as the JavaScript-era front ends render them (Quasar's `q-img`, a featured
figure captioned by a classed paragraph, Builder.io's blocks, Ant Design's picture viewer, a
hotline box among the paragraphs)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T09:00:00+07:00")
URL = "https://baotinh.example.vn/xa-hoi/don-bun-sau-lu-post318511.html"
TITLE = "Người dân vùng rốn lũ khẩn trương dọn bùn, khôi phục sản xuất"
FIRST = "Nước lũ vừa rút, người dân các thôn ven sông đã tranh thủ dọn bùn, lau rửa nhà cửa."
SECOND = "Lực lượng dân quân và đoàn viên thanh niên hỗ trợ các hộ neo đơn, phun khử khuẩn."
THIRD = "Ngành nông nghiệp cấp giống rau ngắn ngày để bà con gieo trồng lại ngay trong tháng."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
PICTURE = "https://cms.baotinh.example.vn/api/assets/don-bun.jpg?width=1200&quality=80"
CAPTION = "Đoàn viên thanh niên giúp người dân dọn bùn. Ảnh: Minh Châu"


def over_text(picture: str) -> dict:
    """The record of the article with `picture` between its sapo and its text."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='sapo'><b>Mưa lớn kéo dài khiến hơn 2.000 ngôi nhà"
        f" bị ngập sâu.</b></div>{picture}<div class='article-content'>{text}</div></article>"
    )


def test_a_picture_whose_class_allows_its_context_menu_is_the_article_s() -> None:
    """Quasar's `<div class="q-img q-img--menu">` (a picture whose native context menu is left
    on) between the sapo and the text: a menu's word on a picture's box without a link names no
    menu, and the picture is the article's, with its caption."""
    picture = (
        "<div class='article-figure'><div class='q-img q-img--menu' role='img'><div style="
        "'padding-bottom:66%'></div><div class='q-img__container absolute-full'><img class="
        f"'q-img__image' aria-hidden='true' src='{PICTURE}'></div></div><div class='text-caption"
        f" text-italic'>{CAPTION}</div></div>"
    )
    assert over_text(picture)["images"] == [{"url": PICTURE, "caption": CAPTION}]


def test_a_figure_captioned_by_a_classed_paragraph_keeps_its_caption() -> None:
    """A featured `<figure>` over the text with no `<figcaption>`, its caption a paragraph
    classed as one (`<figure><img><p class="caption">…</p></figure>`): the picture's caption."""
    picture = (
        f"<figure class='post__featured'><img src='{PICTURE}'><p class='caption'>{CAPTION}</p>"
        "</figure>"
    )
    assert over_text(picture)["images"] == [{"url": PICTURE, "caption": CAPTION}]


def test_a_page_builder_s_caption_block_after_an_empty_sizer_captions_the_picture() -> None:
    """Builder.io's blocks: a block holding the `<picture>` and an empty sizer `<div>` after it,
    then a block classed as a caption: the empty sizer is no line between them, and the next
    block captions the picture."""
    blocks = [
        f"<div class='builder-block'><div class='builder-text'><p>{text}</p></div></div>"
        for text in (FIRST, SECOND, THIRD)
    ]
    picture = (
        f"<div class='builder-block'><picture><img class='builder-image' src='{PICTURE}'>"
        "</picture><div class='builder-image-sizer' style='width:100%;padding-top:62%'></div>"
        "</div><div class='builder-block caption'><div class='builder-text'><p><em>"
        f"{CAPTION}</em></p></div></div>"
    )
    content = blocks[0] + blocks[1] + picture + blocks[2]
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='builder-content'>{content}</div></article>"
    )
    assert record["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_picture_viewer_s_mask_is_no_caption() -> None:
    """Ant Design's `Image` in the text: `<div class="ant-image"><img><div
    class="ant-image-mask">Xem trước</div></div>` and the caption in the next `<div>`: the
    mask's label is the viewer's control, the caption is the next line's."""
    picture = (
        f"<div class='figure'><div class='ant-image'><img src='{PICTURE}' class='ant-image-img'>"
        "<div class='ant-image-mask'><div class='ant-image-mask-info'><span role='img' "
        "aria-label='eye' class='anticon anticon-eye'></span>Xem trước</div></div></div>"
        f"<div class='caption___k3Lp9'>{CAPTION}</div></div>"
    )
    record = ARTICLE.record(ARTICLE.between(picture))
    assert record["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_classed_box_of_phone_lines_under_a_bold_title_is_no_text() -> None:
    """`<div class="block-hotline"><p><strong>Số điện thoại khẩn cấp</strong></p><p>Ban Chỉ
    huy …: 0258 3 822 555 (trực từ 5/12 đến hết 8/12)</p><p>Cứu nạn trên biển: …</p></div>`
    between paragraphs: the numbers to call, set apart under a title of their own."""
    box = (
        "<div class='block-hotline'><p><strong>Số điện thoại khẩn cấp</strong></p><p>Ban Chỉ huy"
        " phòng thủ dân sự huyện: 0263 3 845 118 (trực từ 5/12 đến hết 8/12)</p><p>Cứu hộ cứu"
        " nạn: 114</p></div>"
    )
    assert ARTICLE.record(ARTICLE.between(box))["body"] == "\n\n".join((FIRST, SECOND, THIRD))
