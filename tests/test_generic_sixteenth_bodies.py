"""Rules the generic extractor learnt from the sixteenth holdout set's families (a museum on a
headless CMS, a film magazine, an NGO's news reader, a property portal, a technology site, a
theory journal): headline, lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T08:00:00+07:00")
URL = "https://thuvien.example.vn/tin-tuc/mo-cua-phong-doc-dia-chi-moi-a815.html"
TITLE = "Phòng đọc thiếu nhi mở cửa ở địa chỉ mới"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Phòng đọc thiếu nhi chuyển về tầng một của tòa nhà mới, rộng gấp đôi chỗ cũ."
SECOND = "Thư viện bổ sung hơn ba nghìn đầu sách tranh và một góc đọc cho trẻ dưới sáu tuổi."
THIRD = "Phòng đọc mở cửa từ thứ Ba đến Chủ nhật, buổi tối mở thêm vào thứ Bảy hằng tuần."
TEXT = [FIRST, SECOND, THIRD]
LEAD = "Từ tuần này, bạn đọc nhỏ tuổi có thể đến phòng đọc mới với gần mười nghìn cuốn sách."
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
LAST_TWO = f"<p>{SECOND}</p><p>{THIRD}</p>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html, record = ARTICLE.html, ARTICLE.record


def test_a_lede_classed_paragraph_is_the_lead() -> None:
    """`<p class="lede">` under the headline is the lead, as `lead` is (the newsroom's
    spelling), and no paragraph of the text."""
    page = (
        f"<article>{HEADLINE}<p class='lede'>{LEAD}</p>"
        f"<div class='rich-text'>{PARAGRAPHS}</div></article>"
    )
    got = record(page)
    assert got["summary"] == LEAD
    assert got["body"] == "\n\n".join(TEXT)


def test_a_teaser_beside_the_headline_is_the_lead() -> None:
    """A CMS that prints the article's teaser in the headline's block (`<div class="teaser">`
    between the date line and the text) gives the lead; a teaser card of another article,
    with its link, is none."""
    described = "<meta name='description' content='Thư viện tỉnh mở phòng đọc thiếu nhi mới.'>"
    page = (
        f"<div class='layout_full'>{HEADLINE}<p class='info'>02.12.2025 09:00</p>"
        f"<div class='teaser'><p>{LEAD}</p></div><div class='rte'>{PARAGRAPHS}</div></div>"
    )
    assert record(page, described)["summary"] == LEAD
    card = page.replace(f"<p>{LEAD}</p>", f"<p><a href='/tin-tuc/khac-a2.html'>{LEAD}</a></p>")
    assert record(card, described)["summary"] == "Thư viện tỉnh mở phòng đọc thiếu nhi mới."


def test_a_hero_over_the_articles_layout_is_its_cover() -> None:
    """A cover classed `hero` over the article's layout grid (`<article><div class="hero">`,
    then the grid whose main column holds the headline and the text) is the article's picture;
    outside an `<article>` such a block is the site's banner."""
    hero = "<div class='hero'><img src='/uploads/hero/phong-doc-moi.jpg' width='1600' alt=''></div>"
    text = f"{HEADLINE}<div class='rich'>{PARAGRAPHS}</div>"
    grid = f"<div class='grid'><div class='main'>{text}</div></div>"
    got = record(f"<article>{hero}{grid}</article>")
    assert got["images"] == [
        {"url": "https://thuvien.example.vn/uploads/hero/phong-doc-moi.jpg", "caption": None}
    ]
    assert record(f"<div class='page'>{hero}{grid}</div>")["images"] == []


def test_quotes_a_title_keeps_spell_the_headline() -> None:
    """The `<h1>` prints quotes around a name that og:title leaves out while `<title>` keeps
    them: the headline keeps them. With no title spelling it as printed, the title's spelling
    stands (the words glued by the element's spans)."""
    printed = '"Mùa nước nổi": Ký ức đồng bằng'
    head = "<meta property='og:title' content='Mùa nước nổi: Ký ức đồng bằng'>"
    page = f"<article><h1>{printed}</h1><div class='content'>{PARAGRAPHS}</div></article>"
    got = extract_record(
        f"<html lang='vi'><head><title>{printed} - Tạp chí Phim</title>{head}</head>"
        f"<body>{page}</body></html>",
        URL,
        NOW,
    )
    assert got["headline"] == printed
    got = extract_record(
        f"<html lang='vi'><head><title>Tạp chí Phim</title>{head}</head><body>{page}</body></html>",
        URL,
        NOW,
    )
    assert got["headline"] == "Mùa nước nổi: Ký ức đồng bằng"


def test_a_list_under_a_grid_of_pictures_captions_them_one_by_one() -> None:
    """A grid of stills followed by an ordered list of as many captions (`<ol><li>` one a
    picture) captions picture n with item n; the list is no text."""
    stills = (
        "<div class='stills'><div class='grid'><img src='/anh/phong-doc-1.jpg' alt=''>"
        "<img src='/anh/phong-doc-2.jpg' alt=''></div><ol class='stills__captions'>"
        "<li>Góc đọc cho trẻ nhỏ. Ảnh: Thư viện</li><li>Kệ sách tranh mới. Ảnh: Thư viện</li>"
        "</ol></div>"
    )
    text = f"<p>{FIRST}</p>{stills}<p>{SECOND}</p>"
    page = f"<article>{HEADLINE}<div class='content'>{text}</div></article>"
    got = record(page)
    assert got["images"] == [
        {
            "url": "https://thuvien.example.vn/anh/phong-doc-1.jpg",
            "caption": "Góc đọc cho trẻ nhỏ. Ảnh: Thư viện",
        },
        {
            "url": "https://thuvien.example.vn/anh/phong-doc-2.jpg",
            "caption": "Kệ sách tranh mới. Ảnh: Thư viện",
        },
    ]
    assert got["body"] == f"{FIRST}\n\n{SECOND}"


def test_a_figure_label_above_a_picture_is_its_caption() -> None:
    """A journal prints the figure's caption in italics above the chart (`Hình 1. … (Nguồn:
    …)` over a paragraph holding the picture): the picture's caption, no line of the text. An
    italic line above a picture that labels no figure stays text."""
    label = "Hình 1. Số lượt bạn đọc giai đoạn 2020 - 2024 (Nguồn: Thư viện tỉnh)"
    chart = "<p style='text-align:center'><img src='/Upload/hinh1.png' width='600' alt=''></p>"
    page = (
        f"<article>{HEADLINE}<div class='content'><p>{FIRST}</p><p style='text-align:center'>"
        f"<em>{label}</em></p>{chart}<p>{SECOND}</p><p>{THIRD}</p></div></article>"
    )
    got = record(page)
    assert got["images"] == [
        {"url": "https://thuvien.example.vn/Upload/hinh1.png", "caption": label}
    ]
    assert got["body"] == "\n\n".join(TEXT)
    quote = "Đọc sách là cách tốt nhất để trẻ làm quen với thế giới quanh mình, theo các giáo viên."
    got = record(page.replace(label, quote))
    assert got["body"] == "\n\n".join([FIRST, quote, SECOND, THIRD])


def test_a_strip_of_thumbnails_under_a_slider_repeats_its_pictures() -> None:
    """A slider's strip of thumbnails (`gallery-thumbs`, the slides' files at a small size,
    `…/thumb/phong-doc-1-160.jpg`) shows the slides again: no pictures of their own."""
    slider = (
        "<div class='swiper gallery-slider'><div class='swiper-slide'>"
        "<img data-src='/anh/phong-doc-1.jpg' alt=''><div class='slide-caption'>Góc đọc.</div>"
        "</div><div class='swiper-slide'><img data-src='/anh/phong-doc-2.jpg' alt=''>"
        "<div class='slide-caption'>Kệ sách.</div></div></div>"
    )
    strip = (
        "<div class='swiper gallery-thumbs'><div class='swiper-slide'>"
        "<img src='/anh/thumb/phong-doc-1-160.jpg' alt=''></div><div class='swiper-slide'>"
        "<img src='/anh/thumb/phong-doc-2-160.jpg' alt=''></div></div>"
    )
    text = f"<p>{FIRST}</p>{slider}{strip}<p>{SECOND}</p>"
    got = record(f"<article>{HEADLINE}<div class='content'>{text}</div></article>")
    assert got["images"] == [
        {"url": "https://thuvien.example.vn/anh/phong-doc-1.jpg", "caption": "Góc đọc."},
        {"url": "https://thuvien.example.vn/anh/phong-doc-2.jpg", "caption": "Kệ sách."},
    ]


def test_a_fact_sheet_boxed_under_its_title_is_no_text() -> None:
    """A box among the paragraphs holding a title and a list of `Label: value` lines only
    (`Thông tin nhanh`, the hours, the address) is a fact sheet set apart from the text; a
    list of the text under the text's own heading stays."""
    facts = "<ul><li>Địa chỉ: 12 Lê Lợi</li><li>Giờ mở cửa: 8:00 - 20:00</li></ul>"
    box = f"<div class='fact-box'><h4>Thông tin nhanh</h4>{facts}</div>"
    page = f"<article>{HEADLINE}<div class='content'><p>{FIRST}</p>{box}{LAST_TWO}</div></article>"
    assert record(page)["body"] == "\n\n".join(TEXT)
    part = f"<h3>Thông tin nhanh</h3>{facts}"
    page = f"<article>{HEADLINE}<div class='content'><p>{FIRST}</p>{part}{LAST_TWO}</div></article>"
    assert record(page)["body"] == "\n\n".join(
        [FIRST, "Thông tin nhanh", "Địa chỉ: 12 Lê Lợi", "Giờ mở cửa: 8:00 - 20:00", SECOND, THIRD]
    )


def test_a_box_of_cards_inside_the_text_is_no_text() -> None:
    """A box of cards among the paragraphs (`Sách mới về`: each a picture beside a link to the
    book's page, its price beside) holds other pages' cards: neither text nor pictures."""
    cards = "".join(
        f"<div class='card'><img src='/bia/{n}.jpg' alt=''><a href='/sach/{n}'>{name}</a>"
        f"<span class='price'>{price}</span></div>"
        for n, name, price in (
            ("s1", "Truyện tranh Đất rừng phương Nam", "85.000 đ"),
            ("s2", "Từ điển hình ảnh cho bé", "120.000 đ"),
        )
    )
    box = f"<div class='cards'><h4>Sách mới về</h4>{cards}</div>"
    page = f"<article>{HEADLINE}<div class='content'><p>{FIRST}</p>{box}{LAST_TWO}</div></article>"
    got = record(page)
    assert got["body"] == "\n\n".join(TEXT)
    assert got["images"] == []


def test_a_description_opening_with_the_sites_names_is_no_lead() -> None:
    """A description whose opening clause is the names the `<title>` prints beside the
    headline, joined by a word (`Tin tiếng Việt của Đài Phát thanh Mẫu: …` under `… | Tin
    tiếng Việt | Đài Phát thanh Mẫu`) is the site describing itself: the page has no lead. A
    description whose clause goes on past the name is the article's."""
    title = f"{TITLE} | Tin tiếng Việt | Đài Phát thanh Mẫu"
    said = "Tin tiếng Việt của Đài Phát thanh Mẫu: tin thời sự và đời sống cập nhật hằng ngày."
    page = f"<article>{HEADLINE}<div class='content'>{PARAGRAPHS}</div></article>"

    def lead(described: str) -> str | None:
        head = f"<title>{title}</title><meta name='description' content='{described}'>"
        document = f"<html lang='vi'><head>{head}</head><body>{page}</body></html>"
        return extract_record(document, URL, NOW)["summary"]

    assert lead(said) is None
    own = "Đài Phát thanh Mẫu mở phòng đọc thiếu nhi mới cho con em cán bộ và bạn đọc quanh vùng."
    assert lead(own) == own
