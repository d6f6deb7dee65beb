"""What is inside a page that a template or an editor put there by mistake: control
characters, a whole page on one line, a draft left in an HTML comment, scripts in the text,
emoji and letters past the Basic Multilingual Plane, a body of a megabyte, an article deep in
nested blocks, images relative to a `<base>` on the image host, a listing served for an article.

Each test serves article A (`105870`) changed and checks every stored row exactly: the page's
own text is kept whole, nothing the reader does not see is added, and a page that is no
article is dropped with its reason.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    MIRROR,
    crawl_faults,
    dropped,
    expect_rows,
    expected_records,
)
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A

EXPECTED = expected_records()[A]
HEADLINE = EXPECTED["headline"]
FIRST = "Trong số 38 sản phẩm được công nhận đợt này"
OPENING = '<div class="fr-view info">'
H1 = '<h1 class="title-detail">'


def serve(page: str) -> dict[str, Fault]:
    return {A: Fault(body=page.encode("utf-8"))}


def test_control_characters_in_the_text_are_not_stored(tmp_path: Path) -> None:
    """An escape, a backspace, a vertical tab and DEL pasted from a word processor into the
    headline and the text: a browser shows none of them, so the record holds none."""
    marked = "Thêm 38 sản phẩm\x1b đạt chuẩn OCOP cấp tỉnh\x7f"
    page = PAGE.replace(f"{H1}{HEADLINE}<", f"{H1}{marked}<")
    page = page.replace(FIRST, "Trong số 38\x08 sản phẩm được công nhận\x0b đợt này", 1)
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_a_page_on_one_line_with_a_megabyte_line_is_read(tmp_path: Path) -> None:
    """The template minified onto one line, and an inline script of a megabyte on it."""
    script = "<script>var d='" + "x" * 1_000_000 + "';</script>"
    page = PAGE.replace("\n", " ").replace("</body>", script + "</body>")
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_a_draft_left_in_an_html_comment_is_not_read(tmp_path: Path) -> None:
    """The editor's earlier headline and text, commented out above the article."""
    draft = (
        '<!-- <h1 class="title-detail">Bản nháp: 30 sản phẩm OCOP</h1>\n'
        '<div class="fr-view info"><p>Bản nháp cũ, chưa duyệt: nội dung sẽ được cập nhật '
        "sau khi hội đồng họp.</p></div> -->"
    )
    page = PAGE.replace('<h1 class="title-detail">', draft + '<h1 class="title-detail">', 1)
    page = page.replace(OPENING, OPENING + "<!-- <p>Đoạn cũ bị gỡ khỏi bài.</p> -->", 1)
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_scripts_and_styles_inside_the_text_are_not_read(tmp_path: Path) -> None:
    """An advert's script writing Vietnamese text, and a style block, in the article body."""
    advert = (
        '<script>document.write("<p>Quảng cáo: mua ngay sản phẩm OCOP giá rẻ</p>");</script>'
        "<style>.info p { margin: 0 } /* Đoạn văn */</style>"
    )
    page = PAGE.replace(f"<p>{FIRST}", advert + f"<p>{FIRST}", 1)
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_emoji_and_letters_past_the_basic_plane_are_kept(tmp_path: Path) -> None:
    """A headline ending in an emoji (in its `<title>`, `og:title` and `<h1>` alike) and a
    paragraph with a Nôm character (U+20027, outside the Basic Multilingual Plane): stored as
    written."""
    page = PAGE.replace(HEADLINE, f"{HEADLINE} 🌾")
    page = page.replace("chiếu cói Hới.", "chiếu cói Hới 𠀧 🎉.", 1)
    site, run, db = crawl_faults(tmp_path, serve(page))
    changed = {
        "headline": f"{HEADLINE} 🌾",
        "body": EXPECTED["body"].replace("chiếu cói Hới.", "chiếu cói Hới 𠀧 🎉."),
    }
    expect_rows(db, ARTICLES, {A: changed})


def test_an_article_of_a_megabyte_of_text_is_stored_whole(tmp_path: Path) -> None:
    """4,000 paragraphs of about 250 characters each: a megabyte of Vietnamese text."""
    sentence = "Người dân xã Vũ Thắng phấn khởi đón nhận công trình nước sạch mới. "
    paragraphs = [f"Đoạn {n}: " + sentence * 3 for n in range(1, 4001)]
    extra = "".join(f"<p>{text}</p>\n" for text in paragraphs)
    page = PAGE.replace(OPENING, OPENING + extra, 1)
    assert len(page.encode("utf-8")) > 1_000_000
    site, run, db = crawl_faults(tmp_path, serve(page))
    body = "\n\n".join(text.strip() for text in paragraphs) + "\n\n" + EXPECTED["body"]
    expect_rows(db, ARTICLES, {A: {"body": body}})


def test_an_article_three_hundred_blocks_deep_is_read(tmp_path: Path) -> None:
    """A page builder nesting 300 `<div>`s around the article (past libxml2's default depth
    of 256): a browser shows it, so it is read."""
    start = PAGE.index('<div class="detail">')
    end = PAGE.index('<div class="share">')
    page = PAGE[:start] + "<div>" * 300 + PAGE[start:end] + "</div>" * 300 + PAGE[end:]
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_images_relative_to_a_base_on_the_image_host_are_kept(tmp_path: Path) -> None:
    """`<base href="https://media.baothaibinh.com.vn/">` and a relative image: the image is
    the one on the image host, as a browser shows it."""
    image = EXPECTED["images"][0]["url"]
    relative = image.removeprefix("https://media.baothaibinh.com.vn/")
    page = PAGE.replace("<head>", '<head><base href="https://media.baothaibinh.com.vn/">', 1)
    page = page.replace(f'src="{image}"', f'src="{relative}"', 1)
    site, run, db = crawl_faults(tmp_path, serve(page))
    expect_rows(db, ARTICLES)


def test_a_listing_served_for_an_article_is_not_stored(tmp_path: Path) -> None:
    """The category page answered at the article's address (a template fallback): a list of
    headlines is no article."""
    listing = (MIRROR / LISTINGS[1].strip("/") / "page.html").read_text(encoding="utf-8")
    site, run, db = crawl_faults(tmp_path, serve(listing))
    expect_rows(db, set(ARTICLES) - {A})
    assert A in dropped(db)
