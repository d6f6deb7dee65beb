"""What is inside a page that a template or an editor put there by mistake: control
characters, a whole page on one line, a draft left in an HTML comment, scripts in the text,
emoji and letters past the Basic Multilingual Plane, a body of a megabyte, an article deep in
nested blocks, images relative to a `<base>` on the image host, a listing served for an article.

Each mistake is made to an article of its own, from that article's own page, and all are served
in one crawl; every stored row is checked exactly: the page's own text is kept whole, nothing the
reader does not see is added, and a page that is no article is dropped with its reason.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    MIRROR,
    article_path,
    crawl_faults,
    dropped,
    expected_record,
    expected_records,
    mirror_page,
    stored,
)
from tests.faults.server import Fault

OPENING = '<div class="fr-view info">'
H1 = '<h1 class="title-detail">'


def first_paragraph(ident: str) -> str:
    return expected_record(ident)["body"].split("\n")[0]


def replaced(text: str, old: str, new: str) -> str:
    """`text` with its one `old` replaced by `new`."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def control_characters() -> str:
    """An escape, a backspace, a vertical tab and DEL pasted from a word processor into the
    headline and the text."""
    headline = expected_record("101877")["headline"]
    marked = headline.replace(" và", "\x1b và", 1) + "\x7f"
    text = replaced(mirror_page("101877"), f"{H1}{headline}<", f"{H1}{marked}<")
    return replaced(text, "Cuộc diễn tập được tổ chức", "Cuộc diễn\x08 tập được tổ chức\x0b")


def one_line_with_a_megabyte_line() -> str:
    """The template minified onto one line, and an inline script of a megabyte on it."""
    script = "<script>var d='" + "x" * 1_000_000 + "';</script>"
    return mirror_page("102296").replace("\n", " ").replace("</body>", script + "</body>")


def draft_in_a_comment() -> str:
    """The editor's earlier headline and text, commented out above the article."""
    draft = (
        '<!-- <h1 class="title-detail">Bản nháp: 30 sản phẩm OCOP</h1>\n'
        '<div class="fr-view info"><p>Bản nháp cũ, chưa duyệt: nội dung sẽ được cập nhật '
        "sau khi hội đồng họp.</p></div> -->"
    )
    text = replaced(mirror_page("102908"), H1, draft + H1)
    return text.replace(OPENING, OPENING + "<!-- <p>Đoạn cũ bị gỡ khỏi bài.</p> -->", 1)


def scripts_in_the_text() -> str:
    """An advert's script writing Vietnamese text, and a style block, in the article body."""
    advert = (
        '<script>document.write("<p>Quảng cáo: mua ngay sản phẩm OCOP giá rẻ</p>");</script>'
        "<style>.info p { margin: 0 } /* Đoạn văn */</style>"
    )
    first = first_paragraph("103355")
    return replaced(mirror_page("103355"), f"<p>{first}", advert + f"<p>{first}")


EMOJI_HEADLINE = f"{expected_record('105870')['headline']} 🌾"


def emoji() -> str:
    """A headline ending in an emoji (in its `<title>`, `og:title` and `<h1>` alike) and a
    paragraph with a Nôm character (U+20027, outside the Basic Multilingual Plane)."""
    text = mirror_page("105870").replace(expected_record("105870")["headline"], EMOJI_HEADLINE)
    return text.replace("chiếu cói Hới.", "chiếu cói Hới 𠀧 🎉.", 1)


SENTENCE = "Người dân xã Vũ Thắng phấn khởi đón nhận công trình nước sạch mới. "
PARAGRAPHS = [f"Đoạn {n}: " + SENTENCE * 3 for n in range(1, 4001)]


def a_megabyte_of_text() -> str:
    """4,000 paragraphs of about 250 characters each: a megabyte of Vietnamese text."""
    extra = "".join(f"<p>{text}</p>\n" for text in PARAGRAPHS)
    text = replaced(mirror_page("103907"), OPENING, OPENING + extra)
    assert len(text.encode("utf-8")) > 1_000_000
    return text


def three_hundred_blocks_deep() -> str:
    """A page builder nesting 300 `<div>`s around the article (past libxml2's default depth
    of 256)."""
    text = mirror_page("107420")
    start, end = text.index('<div class="detail">'), text.index('<div class="share">')
    return text[:start] + "<div>" * 300 + text[start:end] + "</div>" * 300 + text[end:]


def images_relative_to_a_base() -> str:
    """`<base href="https://media.baothaibinh.com.vn/">` and a relative image."""
    image = expected_record("108765")["images"][0]["url"]
    relative = image.removeprefix("https://media.baothaibinh.com.vn/")
    assert relative != image
    text = replaced(
        mirror_page("108765"), "<head>", '<head><base href="https://media.baothaibinh.com.vn/">'
    )
    return replaced(text, f'src="{image}"', f'src="{relative}"')


def a_listing() -> str:
    """The category page answered at the article's address (a template fallback)."""
    return (MIRROR / LISTINGS[1].strip("/") / "page.html").read_text(encoding="utf-8")


# Each mistaken page, by the id of the article it is served for.
MISTAKES: dict[str, Callable[[], str]] = {
    "101877": control_characters,
    "102296": one_line_with_a_megabyte_line,
    "102908": draft_in_a_comment,
    "103355": scripts_in_the_text,
    "105870": emoji,
    "103907": a_megabyte_of_text,
    "107420": three_hundred_blocks_deep,
    "108765": images_relative_to_a_base,
    "109512": a_listing,
}
LISTED = article_path("109512")
# The rows and the dropped pages of one crawl, each keyed by path.
Crawled = tuple[dict[str, dict], dict[str, str]]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    """The rows and the dropped pages of one crawl with every page of MISTAKES served."""
    faults = {
        article_path(ident): Fault(body=make().encode("utf-8")) for ident, make in MISTAKES.items()
    }
    site, run, db = crawl_faults(tmp_path_factory.mktemp("contents"), faults)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return stored(db), dropped(db)


def read_exactly(crawled: Crawled, ident: str | None, changed: dict | None = None) -> None:
    """Every article but the listing's is stored once and nothing else is; the article `ident`
    (when given) holds its page's values but `changed`, and every article served plainly holds
    exactly its page's values."""
    rows = crawled[0]
    assert sorted(rows) == sorted(set(ARTICLES) - {LISTED}), set(rows) ^ set(ARTICLES)
    changes = {article_path(ident): changed or {}} if ident else {}
    mistaken = {article_path(other) for other in MISTAKES}
    for path in [*changes, *(path for path in ARTICLES if path not in mistaken)]:
        expected = {**expected_records()[path], **changes.get(path, {})}
        assert {key: rows[path][key] for key in expected} == expected, path


def test_control_characters_in_the_text_are_not_stored(crawled: Crawled) -> None:
    """A browser shows none of them, so the record holds none."""
    read_exactly(crawled, "101877")


def test_a_page_on_one_line_with_a_megabyte_line_is_read(crawled: Crawled) -> None:
    read_exactly(crawled, "102296")


def test_a_draft_left_in_an_html_comment_is_not_read(crawled: Crawled) -> None:
    read_exactly(crawled, "102908")


def test_scripts_and_styles_inside_the_text_are_not_read(crawled: Crawled) -> None:
    read_exactly(crawled, "103355")


def test_emoji_and_letters_past_the_basic_plane_are_kept(crawled: Crawled) -> None:
    """Stored as written."""
    body = expected_record("105870")["body"].replace("chiếu cói Hới.", "chiếu cói Hới 𠀧 🎉.")
    read_exactly(crawled, "105870", {"headline": EMOJI_HEADLINE, "body": body})


def test_an_article_of_a_megabyte_of_text_is_stored_whole(crawled: Crawled) -> None:
    body = (
        "\n\n".join(text.strip() for text in PARAGRAPHS)
        + "\n\n"
        + expected_record("103907")["body"]
    )
    read_exactly(crawled, "103907", {"body": body})


def test_an_article_three_hundred_blocks_deep_is_read(crawled: Crawled) -> None:
    """A browser shows it, so it is read."""
    read_exactly(crawled, "107420")


def test_images_relative_to_a_base_on_the_image_host_are_kept(crawled: Crawled) -> None:
    """The image is the one on the image host, as a browser shows it."""
    read_exactly(crawled, "108765")


def test_a_listing_served_for_an_article_is_not_stored(crawled: Crawled) -> None:
    """A list of headlines is no article."""
    read_exactly(crawled, None)
    assert LISTED in crawled[1]
