"""Rules the generic extractor learnt from the second blind table of pictures
(`tests/fixtures/placements/images2.json`): which pictures are the article's, at which address
and with which caption, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baosongcau.example.vn/xa-hoi/lang-chieu-vao-mua-a5120.html"
TITLE = "Làng chiếu Cát Hưng vào mùa cưới"
FIRST = "Những ngày cuối năm, tiếng khung dệt chiếu vang khắp các xóm ven sông Cát Hưng."
SECOND = "Mỗi hộ dệt được bốn đến năm đôi chiếu một ngày, phần lớn là chiếu hoa đặt trước."
THIRD = "Hợp tác xã đang làm hồ sơ đưa chiếu Cát Hưng thành sản phẩm OCOP bốn sao."
PICTURE = "https://baosongcau.example.vn/media/2025/12/det-chieu-cat-hung.jpg"
CAPTION = "Bà Ngô Thị Mười dệt chiếu hoa bên hiên nhà."
ONLY = [{"url": PICTURE, "caption": CAPTION}]


def images(text: str, before: str = "") -> list[dict]:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main>"
        f"<article><h1>{TITLE}</h1>{before}<div class='noi-dung'>{text}</div></article>"
        "</main></body></html>"
    )
    return extract_record(page, URL, NOW)["images"]


def figure(url: str = PICTURE) -> str:
    return f"<figure><img src='{url}'><figcaption>{CAPTION}</figcaption></figure>"


def test_a_picture_sized_small_by_utility_classes_is_an_icon() -> None:
    """Tailwind's `h-10 w-10` sizes a picture at 40 pixels (a step is four): a portrait beside
    the byline, no photo of the article, as `width="40"` would say."""
    byline = (
        "<div class='flex items-center gap-3'><img class='h-10 w-10 rounded-full'"
        " src='/nguoi-viet/thanh-tam.jpg' alt=''><span>Thanh Tâm</span></div>"
    )
    got = images(f"<p>{FIRST}</p>{figure()}<p>{SECOND}</p><p>{THIRD}</p>", before=byline)
    assert got == ONLY


def test_a_picture_drawn_out_of_sight_is_a_counter() -> None:
    """A picture placed a thousand pixels off the page (`left:-9999px`) is a counter's pixel."""
    pixel = "<img src='https://dem.example.net/p.gif?id=42' style='position:absolute;left:-9999px'>"
    got = images(f"<p>{FIRST}</p>{figure()}<p>{SECOND}</p>{pixel}<p>{THIRD}</p>")
    assert got == ONLY


def test_print_and_mail_buttons_are_no_pictures() -> None:
    """A picture in a link to the page's print view or mail form (`?print=1`, `com_mailto`),
    or alone in a link and named as a button (`alt="Gửi email"`), is a toolbar's button."""
    for tools in (
        "<div><a href='/bai/5120?tmpl=component&amp;print=1'><img src='/he-thong/nut-in.png'"
        " alt='In'></a></div>",
        "<div><a href='/index.php?option=com_mailto&amp;link=5120'><img src='/he-thong/thu.png'"
        " alt='Thư'></a></div>",
        "<div><a href='#'><img src='/giao-dien/gui-thu.png' alt='Gửi email'></a></div>",
    ):
        got = images(f"{tools}<p>{FIRST}</p>{figure()}<p>{SECOND}</p><p>{THIRD}</p>")
        assert got == ONLY, tools


def test_a_players_still_is_no_picture() -> None:
    """A picture classed as a poster, or in a player's box, is a video's still."""
    for player in (
        "<div class='trinh-phat'><img class='anh-poster' src='/video/chieu-cat-hung.jpg'></div>",
        "<div class='video-player' data-nguon='/video/chieu.m3u8'><img src='/video/chieu.jpg'>"
        "<button aria-label='Phát'></button></div>",
    ):
        got = images(f"<p>{FIRST}</p>{player}<p>{SECOND}</p>{figure()}<p>{THIRD}</p>")
        assert got == ONLY, player


def test_a_drawing_shown_at_a_photos_size_is_a_picture() -> None:
    """An SVG the text shows at a photo's size (a chart, both sides declared over 100 pixels)
    is the article's picture; an SVG without sizes, or in the theme's folder, is design."""
    chart = "https://baosongcau.example.vn/media/bieu-do/san-luong-chieu.svg"
    got = images(
        f"<p>{FIRST}</p><div class='text-center'><img src='{chart}' width='720' height='400'>"
        f"<div class='small'>{CAPTION}</div></div><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert got == [{"url": chart, "caption": CAPTION}]
    for design in (
        "<p><img src='/media/hoa-van.svg'></p>",
        "<p><img src='/themes/songcau/hoa-van.svg' width='720' height='400'></p>",
    ):
        got = images(f"<p>{FIRST}</p>{design}<p>{SECOND}</p>{figure()}<p>{THIRD}</p>")
        assert got == ONLY, design


def test_a_caption_hidden_on_phones_only_is_shown() -> None:
    """Bootstrap's `d-none d-md-block` hides a slide's caption on phones and shows it on wider
    screens: it captions its slide; `d-none` alone hides."""
    slides = (
        "<div class='carousel-inner'><div class='carousel-item active'>"
        f"<img src='{PICTURE}' class='d-block w-100'><div class='carousel-caption d-none"
        f" d-md-block'><p>{CAPTION}</p></div></div></div>"
    )
    assert images(f"<p>{FIRST}</p>{slides}<p>{SECOND}</p><p>{THIRD}</p>") == ONLY
    hidden = slides.replace(" d-md-block", "")
    got = images(f"<p>{FIRST}</p>{hidden}<p>{SECOND}</p><p>{THIRD}</p>")
    assert got == [{"url": PICTURE, "caption": None}]


def test_a_caption_over_the_picture_in_its_box_captions_it() -> None:
    """A caption-classed line right before the picture that closes their box captions it from
    above; the text's paragraphs stay text."""
    got = images(
        f"<p>{FIRST}</p><div class='khung-anh'><div class='chu-thich'>{CAPTION}</div>"
        f"<img src='{PICTURE}'></div><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert got == ONLY


def test_a_credit_block_after_the_caption_joins_it() -> None:
    """A photo credit in the block right after a picture's caption block (`<div
    class="chu-thich">…</div><div class="nguoi-chup">Ảnh: …</div>`) is the caption's, joined
    with a space, as when printed inside it."""
    got = images(
        f"<p>{FIRST}</p><div class='anh'><img src='{PICTURE}'><div class='chu-thich'>{CAPTION}"
        f"</div><div class='nguoi-chup'>Ảnh: Đỗ Hằng</div></div><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert got == [{"url": PICTURE, "caption": f"{CAPTION} Ảnh: Đỗ Hằng"}]


def test_a_figure_painted_by_its_blocks_style_is_a_picture() -> None:
    """An empty block of a `<figure>` painting a picture by its own `style`
    (`background-image:url(…)`) is the figure's picture, with its caption."""
    got = images(
        f"<p>{FIRST}</p><figure><div class='anh-nen' style=\"background-image:url('{PICTURE}')\">"
        f"</div><figcaption>{CAPTION}</figcaption></figure><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert got == ONLY


def test_a_pictures_sources_hold_its_address_behind_a_placeholder() -> None:
    """A `<picture>` whose `<img>` shows a placeholder and whose `<source>`s hold the addresses
    in `data-srcset`: the first source in a format every reader shows, not the WebP."""
    webp = PICTURE.replace(".jpg", ".webp")
    got = images(
        f"<p>{FIRST}</p><figure><picture><source type='image/webp' data-srcset='{webp}'>"
        f"<source type='image/jpeg' data-srcset='{PICTURE} 1x, {PICTURE}?2x 2x'>"
        "<img src='/giao-dien/placeholder.png' alt=''></picture>"
        f"<figcaption>{CAPTION}</figcaption></figure><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert got == ONLY
