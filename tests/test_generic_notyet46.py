"""Rules the generic extractor learnt from an outliner's published page (a graph of notes
exported as a static site): its frame named after the sidebar it sits beside, blocks each set
beside a bullet, a properties block of keys and values, page references as `<a>`s with no
address, and linked references quoting other pages' blocks under their pages' trails."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://ghichep.example.io/so-tay/#/page/c%E1%BA%A7u%20d%C3%A2n%20sinh"
TEXT = (
    "Tỉnh đã khởi công 14 cây cầu dân sinh trong năm 2026, tổng vốn 96 tỷ đồng từ ngân sách tỉnh.",
    "Cầu ở xã Tân Phú dài 42 m, rộng 3,5 m, thay cho chiếc cầu khỉ đã xuống cấp nhiều năm nay.",
    "Sáu cây cầu sẽ hoàn thành trước Tết, số còn lại xong trong quý II năm 2027 theo kế hoạch.",
)
BODY = "\n\n".join(TEXT)


def _block(text: str) -> str:
    """One block of the outline: a bullet beside the block's text."""
    return (
        "<div class='outline-block'><div class='block-row'><a class='bullet'><span></span></a>"
        f"<div class='block-body'><div class='block-text'><span>{text}</span></div></div>"
        "</div></div>"
    )


def _property(key: str, value: str) -> str:
    """A row of the page's properties block: the key, a colon, the value."""
    return (
        f"<div class='prop-row'><span class='prop-key'>{key}</span><span>:</span>"
        f"<div class='prop-value'>{value}</div></div>"
    )


def _record(properties: str = "", after: str = "") -> dict:
    """The record of the page: its lower-case title in an `<h1>`, the `<title>` the graph's
    name, `properties` over the blocks and `after` below them."""
    blocks = "".join(_block(text) for text in TEXT)
    html = (
        "<html lang='vi'><head><title>Sổ tay giao thông</title></head><body>"
        "<div class='app__sidebar-main-content'><h1 class='page-title'>cầu dân sinh</h1>"
        f"<div class='blocks'>{properties}{blocks}</div>{after}</div></body></html>"
    )
    return extract_record(html, URL, NOW)


def test_a_frame_named_for_the_sidebar_beside_it_holds_the_headline() -> None:
    """`app__sidebar-main-content` is the main content beside the sidebar, not the sidebar:
    its `<h1>` is the headline, not the `<title>` naming the graph."""
    assert _record()["headline"] == "cầu dân sinh"


def test_blocks_each_beside_a_bullet_are_one_text() -> None:
    """Each block's text sits in a row beside its bullet (an element printing nothing): the
    blocks are sections of one text, every one read, not the longest alone."""
    assert _record()["body"] == BODY


def test_a_page_reference_with_no_address_is_the_page_s_date() -> None:
    """`date: <a class="ref">Nov 28th, 2026</a>`: an `<a>` with no address leads to no other
    page, so its date is this page's, the value alone without its key."""
    record = _record(_property("date", "<a class='ref'>Nov 28th, 2026</a>"))
    assert (record["published_at"], record["published_raw"]) == (
        "2026-11-28T00:00:00+07:00",
        "Nov 28th, 2026",
    )


def test_a_keyed_value_is_the_date_line_without_its_key() -> None:
    """A value classed as such after its key's element and a colon's (`<span
    class="prop-key">date</span><span>:</span><div class="prop-value">…</div>`): the line
    printed is the value; the key is another element's."""
    record = _record(_property("date", "<span>Nov 28th, 2026</span>"))
    assert record["published_raw"] == "Nov 28th, 2026"


def test_an_author_property_names_the_writer() -> None:
    """`author: <a class="ref">Lê Thu Hà</a>`: the writer's field, its key in English and
    its colon in an element of its own, the value a page reference that links nowhere."""
    record = _record(_property("author", "<a class='ref'>Lê Thu Hà</a>"))
    assert (record["byline"], record["authors"]) == ("Lê Thu Hà", ["Lê Thu Hà"])


def test_the_properties_block_is_no_part_of_the_text() -> None:
    """The rows of keys and values over the blocks are the page's facts: no line of the text
    (`author:`)."""
    properties = _property("date", "<a class='ref'>Nov 28th, 2026</a>") + _property(
        "author", "<a class='ref'>Lê Thu Hà</a>"
    )
    assert _record(properties)["body"] == BODY


def test_a_trail_over_a_quoted_block_is_no_section() -> None:
    """The linked references under the text quote another page's block, of the text's own
    kind, under that page's trail (`Dec 2nd, 2026`, a journal's day): where that block is kept,
    not this page's section."""
    references = (
        "<div class='backlinks'><h2>2 tham chiếu</h2>"
        "<div class='breadcrumb'><a class='ref'>Dec 2nd, 2026</a></div>"
        + _block("Hỏi Sở Giao thông số liệu trước <a class='ref'>Dec 4th, 2026</a>.")
        + "</div>"
    )
    assert _record(after=references)["category"] is None


def test_a_tag_named_author_labels_nothing() -> None:
    """A list of tags holds `author` beside `reader` (`<a href="/tags/author/">author</a><a
    href="/tags/reader/">reader</a>`): a link's words are no field label, and the next tag no
    writer."""
    tags = (
        "<div class='topics'><a href='/tags/author/'>author</a>"
        "<a href='/tags/reader/'>reader</a></div>"
    )
    record = _record(after=tags)
    assert (record["byline"], record["authors"]) == (None, [])
