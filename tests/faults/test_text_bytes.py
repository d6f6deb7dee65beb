"""Characters a page may carry inside its text that a reader never sees or sees otherwise: a
lone surrogate or a NUL written as a character reference, Windows-1252 quotes written as their
old numeric references, runs of `&nbsp;`, zero-width and soft-hyphen characters inside words,
tabs and line separators in a headline, a headline decomposed while the body is composed, a body
half composed and half decomposed, a page of ten megabytes on one line.  Each is carried by an
article of its own, all in one crawl; the stored row holds exactly the composed (NFC) text a
reader sees, or the page is dropped with its reason, and every other article is stored exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from tests.faults.harness import (
    FaultedCrawl,
    article_path,
    expected_record,
    faulted_crawl,
    mirror_page,
)
from tests.faults.server import Fault


def in_headline(ident: str, new: str) -> str:
    """The article's page with `new` in place of its headline in the `<h1>` only."""
    headline = expected_record(ident)["headline"]
    text = mirror_page(ident)
    assert text.count(f">{headline}</h1>") == 1
    return text.replace(f">{headline}</h1>", f">{new}</h1>")


def in_body(text: str, ident: str, old: str, new: str) -> str:
    """`text` (the article's page) with `old` replaced by `new` in its first paragraph only."""
    first = expected_record(ident)["body"].split("\n")[0]
    assert old in first, old
    start = text.index(first)
    return text[:start] + text[start:].replace(old, new, 1)


def lone_surrogate() -> str:
    """`&#xD800;` names no character: a browser shows U+FFFD."""
    return in_body(mirror_page("109901"), "109901", "diễn ra", "diễn&#xD800; ra")


def nul_in_headline() -> str:
    return in_headline(
        "101877", "Diễn tập&#0; phòng, chống lụt bão và tìm kiếm cứu nạn tại huyện Thái Thụy"
    )


QUOTED = "tuyến phố trung tâm"


def windows_1252_quotes() -> str:
    """`&#147;…&#148;` are curly quotes in every browser (the HTML standard's table)."""
    return in_body(mirror_page("102296"), "102296", QUOTED, f"&#147;{QUOTED}&#148;")


def runs_of_nbsp() -> str:
    text = in_headline("103355", "Gần 2.000&nbsp;&nbsp;thanh niên Thái Bình lên đường nhập ngũ")
    return in_body(text, "103355", "toàn tỉnh", "toàn&nbsp;&nbsp;&nbsp;&nbsp;tỉnh")


def zero_width_inside_words() -> str:
    """A zero-width space, joiner, non-joiner, a soft hyphen and a stray BOM inside words."""
    text = in_headline(
        "103907", "Cử tri sẵ\ufeffn s\u200bàng cho ngày bầu cử đại biểu Quốc hội và HĐND các cấp"
    )
    return in_body(text, "103907", "nhiều địa phương", "nhiề\u200bu đị&shy;a phư\u200dơ\u200cng")


def tabs_and_line_separators_in_headline() -> str:
    return in_headline(
        "107420", "\n\tChủ động\tphòng, chống\u2028sốt xuất\r\nhuyết trong mùa mưa\u2029"
    )


def decomposed_headline() -> str:
    headline = expected_record("108765")["headline"]
    nfd = unicodedata.normalize("NFD", headline)
    text = in_headline("108765", nfd).replace(f'content="{headline}"', f'content="{nfd}"')
    assert f'content="{nfd}"' in text and nfd != headline
    return text


def body_half_decomposed() -> str:
    """The body decomposed from its first paragraph up to its officer's words."""
    text, first = mirror_page("109512"), expected_record("109512")["body"].split("\n")[0]
    start, middle = text.index(first), text.index("Thiếu tá Đỗ Mạnh Cường")
    half = unicodedata.normalize("NFD", text[start:middle])
    assert half != text[start:middle]
    return text[:start] + half + text[middle:]


def marks_in_another_order() -> str:
    """`ệ` written e + circumflex + dot below and `ặ` written a + breve + dot below: marks
    out of their canonical order."""
    text = in_body(mirror_page("105870"), "105870", "mỹ nghệ", "mỹ ngh\u0065\u0302\u0323")
    assert text.count("đặc sản lâu đời") == 1
    return text.replace("đặc sản lâu đời", "đ\u0061\u0306\u0323c sản lâu đời", 1)


def ten_megabytes_on_one_line() -> str:
    """A template that inlines ten megabytes of script data on the article's one line."""
    blob = '<script>var d="' + "x" * 10_000_000 + '";</script>'
    return mirror_page("109874").replace("\n", " ").replace("</body>", blob + "</body>")


# Each page carrying odd characters, by the id of the article it is served for.
CARRIERS: dict[str, Callable[[], str]] = {
    "109901": lone_surrogate,
    "101877": nul_in_headline,
    "102296": windows_1252_quotes,
    "103355": runs_of_nbsp,
    "103907": zero_width_inside_words,
    "107420": tabs_and_line_separators_in_headline,
    "108765": decomposed_headline,
    "109512": body_half_decomposed,
    "105870": marks_in_another_order,
    "109874": ten_megabytes_on_one_line,
}
BIG = article_path("109874")


@pytest.fixture(scope="module")
def carried(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with each page of CARRIERS served for its article: every article
    is stored but the page of ten megabytes, which may be left out."""
    faults = {
        article_path(ident): Fault(body=make().encode("utf-8")) for ident, make in CARRIERS.items()
    }
    crawled = faulted_crawl(tmp_path_factory.mktemp("text_bytes"), faults, set(faults), set())
    crawled.unstored = {BIG} - set(crawled.rows)
    return crawled


def test_a_lone_surrogate_reference_in_the_text_never_reaches_the_row(
    carried: FaultedCrawl,
) -> None:
    """The row must hold valid text: the body as written, or with U+FFFD where the reference was."""
    body = carried.rows[article_path("109901")]["body"]
    plain = expected_record("109901")["body"]
    assert body in (plain, plain.replace("diễn ra", "diễn\ufffd ra", 1))
    carried.exactly(article_path("109901"), changed={"body": body})


def test_a_nul_character_reference_in_the_headline_is_not_stored(carried: FaultedCrawl) -> None:
    carried.exactly(article_path("101877"))


def test_windows_1252_quote_references_are_read_as_the_quotes(carried: FaultedCrawl) -> None:
    body = expected_record("102296")["body"].replace(QUOTED, f"\u201c{QUOTED}\u201d", 1)
    carried.exactly(article_path("102296"), changed={"body": body})


def test_runs_of_nbsp_are_one_space(carried: FaultedCrawl) -> None:
    carried.exactly(article_path("103355"))


def test_zero_width_characters_inside_words_are_not_stored(carried: FaultedCrawl) -> None:
    """The words a reader sees, and a search for them finds them."""
    carried.exactly(article_path("103907"))


def test_tabs_and_line_separators_in_a_headline_are_spaces(carried: FaultedCrawl) -> None:
    carried.exactly(article_path("107420"))


def test_a_decomposed_headline_over_a_composed_body_is_stored_composed(
    carried: FaultedCrawl,
) -> None:
    carried.exactly(article_path("108765"))


def test_a_body_half_composed_half_decomposed_is_stored_composed(carried: FaultedCrawl) -> None:
    carried.exactly(article_path("109512"))


def test_a_decomposed_letter_with_its_marks_in_another_order_is_composed(
    carried: FaultedCrawl,
) -> None:
    carried.exactly(article_path("105870"))


def test_a_page_of_ten_megabytes_on_one_line_keeps_its_article_or_names_it(
    carried: FaultedCrawl,
) -> None:
    if BIG in carried.rows:
        carried.exactly(article_path("109874"))
    else:
        carried.exactly()
        assert carried.url(BIG) in carried.run.stderr
