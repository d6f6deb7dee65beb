"""Rules the generic extractor learnt from the seventeenth holdout set's families (a customs
magazine, a school portal, an e-commerce floor on Magento, an economic-zone board on Orchard
Core, a department's Lotus Domino archive): headline, lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-04T08:00:00+07:00")
URL = "https://cangca.example.vn/tin-tuc/mua-ca-ngu-dai-duong-a4412.html"
TITLE = "Ngư dân vào mùa khai thác cá ngừ đại dương"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Hơn 200 tàu cá của ngư dân trong tỉnh đã ra khơi khai thác cá ngừ đại dương đầu vụ."
SECOND = "Giá cá ngừ tại cảng đầu vụ dao động từ 140.000 đến 160.000 đồng mỗi ký, tăng nhẹ."
THIRD = "Ban quản lý cảng bố trí thêm hai ca bốc dỡ để tàu cập bến không phải chờ lâu."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
html, record, between, picture = ARTICLE.html, ARTICLE.record, ARTICLE.between, ARTICLE.picture


def test_a_description_under_a_pictures_term_is_its_caption() -> None:
    """A picture typed as a definition list (`<dl><dt><img></dt><dd>…</dd></dl>`) has its
    caption in the `<dd>`: the caption, no line of the text."""
    caption = "Tàu cá cập cảng Tam Quan sáng 3/12."
    photo = f"<dl class='photo'><dt><img src='/anh/cang-ca.jpg' alt=''></dt><dd>{caption}</dd></dl>"
    got = record(between(photo))
    assert got["images"] == [picture("cang-ca", caption)]
    assert got["body"] == "\n\n".join(TEXT)


def test_an_album_tables_cells_caption_their_pictures() -> None:
    """An album table whose cells each hold a picture and a short line after a `<br>` (a
    school portal's album, thumbnails linked to the full sizes) captions each picture with its
    cell's line; a cell with a picture and no words leaves its picture uncaptioned."""
    cells = "".join(
        f"<td><a href='/anh/{name}.jpg'><img src='/anh/thumb/{name}.jpg' alt=''></a><br>"
        f"<span class='album-text'>{caption}</span></td>"
        for name, caption in (("tau-1", "Tàu ra khơi."), ("tau-2", "Bốc dỡ cá ngừ tại cảng."))
    )
    page = (
        f"<article>{HEADLINE}<div class='body'><p>{FIRST}</p><table><tr>{cells}</tr></table>"
        f"<p>{SECOND}</p><p>{THIRD}</p></div></article>"
    )
    got = record(page)
    thumbs = [
        picture("thumb/tau-1", "Tàu ra khơi."),
        picture("thumb/tau-2", "Bốc dỡ cá ngừ tại cảng."),
    ]
    assert got["images"] == thumbs
    assert got["body"] == "\n\n".join(TEXT)
    bare = page.replace("<br><span class='album-text'>Tàu ra khơi.</span>", "")
    assert record(bare)["images"] == [picture("thumb/tau-1"), picture("thumb/tau-2")]


def test_a_grid_of_products_inside_the_text_is_no_text() -> None:
    """A grid of products among the paragraphs (each a picture linked to the product's page,
    its name unlinked and its price beside), under a title of its own, is neither text nor
    pictures; a list of pictures linked elsewhere with no price beside them stays."""
    items = "".join(
        f"<li class='item'><a href='/san-pham/{n}.html'><img src='/anh/sp/{n}.jpg' alt=''></a>"
        f"<strong>{name}</strong><span class='price'>{price}</span></li>"
        for n, name, price in (
            ("ca-ngu-1kg", "Cá ngừ phi lê 1kg", "320.000₫"),
            ("cha-ca", "Chả cá 500g", "95.000₫"),
        )
    )
    title = "<div class='block-title'><strong>Sản phẩm</strong></div>"
    grid = f"<div class='block'>{title}<ol>{items}</ol></div>"
    page = between(grid)
    got = record(page)
    assert got["body"] == "\n\n".join(TEXT)
    assert got["images"] == []
    unpriced = record(page.replace("320.000₫", "Cà Mau").replace("95.000₫", "Phú Yên"))
    assert [image["url"] for image in unpriced["images"]] == [
        "https://cangca.example.vn/anh/sp/ca-ngu-1kg.jpg",
        "https://cangca.example.vn/anh/sp/cha-ca.jpg",
    ]


def test_a_picture_shown_on_phones_only_is_a_copy() -> None:
    """A figure holding a desktop picture and a copy classed for phones only (Page Builder's
    `pagebuilder-mobile-only`) is one picture, the desktop one, with the figure's caption."""
    figure = (
        "<figure><img class='pagebuilder-mobile-hidden' src='/anh/cang-ca.jpg' alt=''>"
        "<img class='pagebuilder-mobile-only' src='/anh/cang-ca-mobile.jpg' alt=''>"
        "<figcaption>Tàu cá cập cảng.</figcaption></figure>"
    )
    page = between(figure)
    got = record(page)
    assert got["images"] == [picture("cang-ca", "Tàu cá cập cảng.")]
    assert got["body"] == "\n\n".join(TEXT)


def test_a_main_column_around_the_headline_is_no_text_and_builder_blocks_carry_it_on() -> None:
    """A known body element holding the headline (a shop's `main#maincontent` around the
    post's title, its date line and poster) is the page's column: the text is the block the
    paragraphs elect in it, carried on in the next block a page builder marks alike
    (`data-content-type="text"`), with the figure between them (its phone copy left out)."""
    block = "<div data-content-type='text' data-element='main'>{}</div>"
    figure = (
        "<figure data-content-type='image'><img src='/anh/cang-ca.jpg' alt=''>"
        "<img class='pagebuilder-mobile-only' src='/anh/cang-ca-m.jpg' alt=''>"
        "<figcaption>Tàu cá cập cảng.</figcaption></figure>"
    )
    text = block.format(f"<p>{FIRST}</p><p>{SECOND}</p>") + figure + block.format(f"<p>{THIRD}</p>")
    posted = "Đăng: ngày 3 tháng 12 năm 2025 lúc 8:10 sáng (212 lượt xem)"
    info = f"<div class='post-info'><div>{posted}</div><div>Người đăng: admin_cang</div></div>"
    page = f"<main id='maincontent'>{HEADLINE}{info}<div class='post-text'>{text}</div></main>"
    got = record(page)
    assert got["body"] == "\n\n".join(TEXT)
    assert got["images"] == [picture("cang-ca", "Tàu cá cập cảng.")]


def test_a_fact_card_among_the_paragraphs_is_no_text() -> None:
    """A fact sheet in a card (`<div class="card"><div class="card-body">`, a title over a list
    of `Label: value` lines) stands among the paragraphs through its wrapper: no text."""
    facts = "<ul><li>Chủ tàu: Nguyễn Văn Sáu</li><li>Công suất: 820 CV</li></ul>"
    card = f"<div class='card'><div class='card-body'><h5>Thông tin tàu</h5>{facts}</div></div>"
    assert record(between(card))["body"] == "\n\n".join(TEXT)


def test_a_masthead_prints_the_headline_its_deck_and_cover() -> None:
    """A blog theme's masthead (`<header class="masthead">` painting the cover as its inline
    `background-image`, the `<h1>` and an `<h2 class="subheading">` over it) heads the article:
    the `<h1>` is the headline, the subheading the lead and the painted picture the cover,
    before the text's own pictures."""
    deck = "Mùa cá ngừ năm nay đến sớm hơn mọi năm, giá đầu vụ cao hơn năm ngoái."
    heading = f"<div class='post-heading'>{HEADLINE}<h2 class='subheading'>{deck}</h2></div>"
    masthead = (
        "<header class='masthead' style=\"background-image: url('/anh/bia-mua-ca.jpg')\">"
        f"<div class='container'>{heading}</div></header>"
    )
    nav = "<nav class='navbar'><a class='navbar-brand' href='/'>Cảng cá Mẫu</a></nav>"
    figure = "<figure><img src='/anh/cang-ca.jpg' alt=''><figcaption>Cảng cá.</figcaption></figure>"
    text = f"<article><div class='container'>{PARAGRAPHS}{figure}</div></article>"
    head = "<meta name='description' content='Cảng cá Mẫu - Ban quản lý cảng cá tỉnh'>"
    got = record(f"{nav}{masthead}{text}", head)
    assert got["headline"] == TITLE
    assert got["summary"] == deck
    assert got["images"] == [picture("bia-mua-ca"), picture("cang-ca", "Cảng cá.")]
    assert got["body"] == "\n\n".join(TEXT)


def test_a_line_printed_large_is_the_headline_under_a_title_naming_the_site() -> None:
    """An old table layout titles every page with the office's name and the section (`Sở Nông
    nghiệp tỉnh Mẫu - Tin tức`) and prints the headline bold in a large font (`<font
    size="4"><b>…</b></font>`, no `<h1>`): that line is the headline. Under a title of its own
    the title stands."""
    menu = "<a href='/tintuc.nsf'>Tin tức</a> | <a href='/vanban.nsf'>Văn bản</a>"
    text = "".join(f"<p><font size='2'>{p}</font></p>" for p in TEXT)
    rows = (
        f"<tr><td>{menu}</td></tr><tr><td><font size='4' color='#0b5394'><b>{TITLE}</b></font>"
        f"</td></tr><tr><td><font size='1'>Ngày cập nhật: 03/12/2025</font></td></tr>"
        f"<tr><td>{text}</td></tr>"
    )
    page = f"<table>{rows}</table>"

    def headline(title: str) -> str | None:
        document = f"<html><head><title>{title}</title></head><body>{page}</body></html>"
        return extract_record(document, URL, NOW)["headline"]

    assert headline("Sở Nông nghiệp tỉnh Mẫu - Tin tức") == TITLE
    assert headline("Ngư dân ra khơi đầu vụ cá ngừ") == "Ngư dân ra khơi đầu vụ cá ngừ"
