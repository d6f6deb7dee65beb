"""Rules the generic extractor learnt from the blind table of pictures
(`tests/fixtures/placements/images.json`): which pictures are the article's, at which address
and with which caption, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://tinhuyen.example.vn/doi-song/cho-phien-vung-cao-a9031.html"
TITLE = "Chợ phiên vùng cao tấp nập ngày cuối tuần"
FIRST = "Từ tờ mờ sáng, người dân các bản đã gùi hàng xuống chợ, phần lớn là rau rừng và măng."
SECOND = "Chợ họp mỗi chủ nhật trên khoảng đất rộng cạnh trụ sở xã, có hơn hai trăm gian hàng."
THIRD = "Ngoài mua bán, chợ phiên còn là nơi thanh niên các bản gặp gỡ, hát giao duyên."
PICTURE = "https://tinhuyen.example.vn/media/2025/12/cho-phien-sang-som.jpg"
CAPTION = "Người dân gùi hàng xuống chợ phiên lúc sáng sớm."


def images(text: str, before: str = "", after: str = "") -> list[dict]:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main>{before}"
        f"<article><h1>{TITLE}</h1><div class='detail'>{text}</div></article>{after}"
        "</main></body></html>"
    )
    return extract_record(page, URL, NOW)["images"]


def test_a_block_classed_as_chu_thich_is_the_caption() -> None:
    """`chú thích` is Vietnamese for a caption: a block classed `chu-thich-anh` or `chuthich`
    right after a picture's own block captions it."""
    for cls in ("chu-thich-anh", "chuthich"):
        got = images(
            f"<p>{FIRST}</p><div class='anh'><img src='{PICTURE}'></div>"
            f"<div class='{cls}'>{CAPTION}</div><p>{SECOND}</p><p>{THIRD}</p>"
        )
        assert got == [{"url": PICTURE, "caption": CAPTION}], cls


def test_icons_in_the_text_are_no_pictures() -> None:
    """A picture the text declares smaller than a photo (`width="16"`: a PDF icon before a
    link, a price widget's arrow, a social post's page picture), one whose file is named as a
    logo (a sponsor's strip), and WordPress's emoji drawn for a character are no pictures of
    the article; the text's photo is."""
    for icon in (
        "<p><img src='/icons/tai-lieu.png' width='16' alt=''> <a href='/files/ke-hoach.pdf'>"
        "Kế hoạch tổ chức phiên chợ (PDF)</a></p>",
        "<div class='gia'><img src='/static/img/mui-ten-len.png' height='12' alt=''> Măng khô:"
        " 250.000 đồng/kg</div>",
        "<div class='nha-tai-tro'><img src='/media/tai-tro/logo-hop-tac-xa.png' alt=''></div>",
        "<p><img class='emoji' src='https://s.w.example.org/72x72/1f4cc.png' alt='📌'> Chợ họp"
        " từ 5 giờ sáng.</p>",
    ):
        got = images(
            f"<p>{FIRST}</p><figure><img src='{PICTURE}'><figcaption>{CAPTION}</figcaption>"
            f"</figure><p>{SECOND}</p>{icon}<p>{THIRD}</p>"
        )
        assert got == [{"url": PICTURE, "caption": CAPTION}], icon


def test_a_picture_alone_in_a_link_to_another_site_is_its_badge() -> None:
    """App-store badges and a sponsor's banner, each alone in a link to a page of another
    site, are that site's signs; a picture linked to its own full-size file or to a page of
    the article's site stays."""
    badges = (
        "<div><a href='https://apps.example.com/app/id77'><img src='/static/img/tai-app.png'>"
        "</a><a href='https://play.example.com/store/apps/tin'><img src='/static/img/gp.png'>"
        "</a></div>"
    )
    got = images(f"<p>{FIRST}</p><p><img src='{PICTURE}'></p><p>{SECOND}</p>{badges}<p>{THIRD}</p>")
    assert got == [{"url": PICTURE, "caption": None}]
    for href in ("https://cdn.example.net/goc/cho-phien-sang-som.jpg", "/anh/cho-phien"):
        got = images(
            f"<p>{FIRST}</p><p><a href='{href}'><img src='{PICTURE}'></a></p><p>{SECOND}</p>"
        )
        assert got == [{"url": PICTURE, "caption": None}], href


def test_a_line_styled_as_a_caption_by_utility_classes_captions_the_picture() -> None:
    """A line right under a picture, centred, italic or in small print by its utility classes
    (`text-center`, `italic`, `fst-italic`, `text-sm`) rather than by `style` or `<em>`, is its
    caption: in the text and under a cover between the headline and the text."""
    for cls in ("text-center text-sm italic", "fst-italic", "mt-1 text-sm text-slate-500"):
        got = images(
            f"<p>{FIRST}</p><a href='{PICTURE}'><img src='{PICTURE}'></a>"
            f"<p class='{cls}'>{CAPTION}</p><p>{SECOND}</p><p>{THIRD}</p>"
        )
        assert got == [{"url": PICTURE, "caption": CAPTION}], cls
        page = (
            f"<html><body><article><h1>{TITLE}</h1><img src='{PICTURE}'><p class='{cls}'>"
            f"{CAPTION}</p><div class='detail'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
            "</div></article></body></html>"
        )
        got = extract_record(page, URL, NOW)["images"]
        assert got == [{"url": PICTURE, "caption": CAPTION}], cls


def test_a_gallery_of_figures_keeps_each_caption() -> None:
    """A gallery figure holding a figure per picture (the block editor's `wp-block-gallery`):
    each picture with its own figcaption, not the first caption on the last picture."""
    second = PICTURE.replace("sang-som", "gian-hang")
    got = images(
        f"<p>{FIRST}</p><figure class='gallery'><figure><img src='{PICTURE}'><figcaption>"
        f"{CAPTION}</figcaption></figure><figure><img src='{second}'><figcaption>Gian hàng"
        f" thổ cẩm.</figcaption></figure></figure><p>{SECOND}</p>"
    )
    assert got == [
        {"url": PICTURE, "caption": CAPTION},
        {"url": second, "caption": "Gian hàng thổ cẩm."},
    ]


def test_captions_in_the_row_under_pictures_side_by_side() -> None:
    """A caption table with two pictures side by side in a row and a row of two captions under
    them: each picture is captioned by the cell under it."""
    second = PICTURE.replace("sang-som", "gian-hang")
    got = images(
        f"<p>{FIRST}</p><table><tr><td><img src='{PICTURE}'></td><td><img src='{second}'></td>"
        f"</tr><tr><td><i>{CAPTION}</i></td><td><i>Gian hàng thổ cẩm.</i></td></tr></table>"
        f"<p>{SECOND}</p>"
    )
    assert got == [
        {"url": PICTURE, "caption": CAPTION},
        {"url": second, "caption": "Gian hàng thổ cẩm."},
    ]


def test_a_lazy_picture_with_no_address_takes_its_noscript_copys() -> None:
    """A lazy picture printed with no address at all until a script gives it one, and a
    `<noscript>` copy after it: the copy's `src` is the address, in the text and as a cover."""
    lazy = f"<img class='js-lazy' alt=''><noscript><img src='{PICTURE}' alt=''></noscript>"
    got = images(f"<p>{FIRST}</p><figure>{lazy}<figcaption>{CAPTION}</figcaption></figure>")
    assert got == [{"url": PICTURE, "caption": CAPTION}]
    page = (
        f"<html><body><article><h1>{TITLE}</h1><div class='cover'>{lazy}</div>"
        f"<div class='detail'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></article>"
        "</body></html>"
    )
    assert extract_record(page, URL, NOW)["images"] == [{"url": PICTURE, "caption": None}]


def test_a_picture_and_its_caption_set_beside_the_text_in_an_aside() -> None:
    """An `<aside>` holding a picture and one short line (a figure floated beside the text) is
    a picture of the article with its caption; an aside of another article's card is not."""
    aside = f"<aside class='float-right'><img src='{PICTURE}'><p>{CAPTION}</p></aside>"
    card = (
        "<aside><a href='/tin/khau-vai.html'><img src='/anh/thumb/khau-vai.jpg'>"
        "<span>Chợ tình Khau Vai</span></a></aside>"
    )
    got = images(f"<p>{FIRST}</p>{aside}<p>{SECOND}</p>{card}<p>{THIRD}</p>")
    assert got == [{"url": PICTURE, "caption": CAPTION}]


def test_a_bare_picture_right_before_the_article_is_its_cover() -> None:
    """The block right before the `<article>` holding the headline, holding one picture and
    nothing else (`<div class="h-96"><img></div>`) or classed as a hero, is the article's
    cover, listed first; a linked banner there is not."""
    cover = "https://tinhuyen.example.vn/media/covers/cho-phien.jpg"
    for before in (
        f"<div class='relative h-96 w-full'><img src='{cover}' alt=''></div>",
        f"<figure class='Hero_figure__k1J3h'><img src='{cover}' alt=''></figure>",
    ):
        got = images(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>", before=before)
        assert got == [{"url": cover, "caption": None}], before
    banner = f"<div><a href='/khuyen-mai'><img src='{cover}' alt=''></a></div>"
    assert images(f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>", before=banner) == []
