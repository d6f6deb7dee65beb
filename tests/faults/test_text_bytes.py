"""Characters a page may carry inside its text that a reader never sees or sees otherwise: a
lone surrogate or a NUL written as a character reference, Windows-1252 quotes written as their
old numeric references, runs of `&nbsp;`, zero-width and soft-hyphen characters inside words,
tabs and line separators in a headline, a headline decomposed while the body is composed, a body
half composed and half decomposed, a page of ten megabytes on one line.  Article A (`105870`)
carries each; the stored row holds exactly the composed (NFC) text a reader sees, or the page is
dropped with its reason, and every other article is stored exactly.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.faults.harness import ARTICLES, crawl_faults, expect_rows, expected_records, stored
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A

HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
FIRST = "Trong số 38 sản phẩm được công nhận đợt này"
RECORD = expected_records()[A]


def served(page: str) -> dict[str, Fault]:
    return {A: Fault(body=page.encode("utf-8"))}


def in_body(old: str, new: str) -> str:
    """PAGE with `old` replaced by `new` in the first paragraph of the text only."""
    assert PAGE.count(old) >= 1
    start = PAGE.index(FIRST)
    return PAGE[:start] + PAGE[start:].replace(old, new, 1)


def test_a_lone_surrogate_reference_in_the_text_never_reaches_the_row(tmp_path: Path) -> None:
    """`&#xD800;` names no character: a browser shows U+FFFD; the row must hold valid text."""
    page = in_body("đợt này", "đợt&#xD800; này")
    site, run, db = crawl_faults(tmp_path, served(page))
    row = stored(db)[A]
    assert row["body"] in (RECORD["body"], RECORD["body"].replace("đợt này", "đợt\ufffd này", 1))
    expect_rows(db, ARTICLES, {A: {"body": row["body"]}})


def test_a_nul_character_reference_in_the_headline_is_not_stored(tmp_path: Path) -> None:
    page = PAGE.replace(f">{HEADLINE}</h1>", ">Thêm 38 sản phẩm&#0; đạt chuẩn OCOP cấp tỉnh</h1>")
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_windows_1252_quote_references_are_read_as_the_quotes(tmp_path: Path) -> None:
    """`&#147;…&#148;` are curly quotes in every browser (the HTML standard's table)."""
    page = in_body("bánh cáy làng Nguyễn", "&#147;bánh cáy làng Nguyễn&#148;")
    site, run, db = crawl_faults(tmp_path, served(page))
    body = RECORD["body"].replace("bánh cáy làng Nguyễn", "\u201cbánh cáy làng Nguyễn\u201d")
    expect_rows(db, ARTICLES, {A: {"body": body}})


def test_runs_of_nbsp_are_one_space(tmp_path: Path) -> None:
    page = in_body("đợt này", "đợt&nbsp;&nbsp;&nbsp;&nbsp;này")
    page = page.replace(
        f">{HEADLINE}</h1>", ">Thêm 38&nbsp;&nbsp;sản phẩm đạt chuẩn OCOP cấp tỉnh</h1>"
    )
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_zero_width_characters_inside_words_are_not_stored(tmp_path: Path) -> None:
    """A zero-width space, joiner, non-joiner, a soft hyphen and a stray BOM inside words:
    the words a reader sees, and a search for them finds them."""
    page = in_body("sản phẩm được", "sả\u200bn ph&shy;ẩm đư\u200dợ\u200cc")
    page = page.replace(
        f">{HEADLINE}</h1>", ">Thêm 38 sản phẩm đạt chu\ufeffẩn OCOP c\u200bấp tỉnh</h1>"
    )
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_tabs_and_line_separators_in_a_headline_are_spaces(tmp_path: Path) -> None:
    page = PAGE.replace(
        f">{HEADLINE}</h1>", ">\n\tThêm 38\tsản phẩm\u2028đạt chuẩn\r\nOCOP cấp tỉnh\u2029</h1>"
    )
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_a_decomposed_headline_over_a_composed_body_is_stored_composed(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", HEADLINE)
    page = PAGE.replace(f">{HEADLINE}</h1>", f">{nfd}</h1>").replace(
        f'content="{HEADLINE}"', f'content="{nfd}"'
    )
    assert page != PAGE
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_a_body_half_composed_half_decomposed_is_stored_composed(tmp_path: Path) -> None:
    start = PAGE.index(FIRST)
    middle = PAGE.index("Theo Văn phòng")
    page = PAGE[:start] + unicodedata.normalize("NFD", PAGE[start:middle]) + PAGE[middle:]
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_a_decomposed_letter_with_its_marks_in_another_order_is_composed(tmp_path: Path) -> None:
    """`ệ` written e + circumflex + dot below and `ặ` written a + breve + dot below: marks
    out of their canonical order, composed all the same."""
    page = in_body("mỹ nghệ", "mỹ ngh\u0065\u0302\u0323")
    page = page.replace("đặc sản lâu đời", "đ\u0061\u0306\u0323c sản lâu đời", 1)
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_a_page_of_ten_megabytes_on_one_line_keeps_its_article_or_names_it(
    tmp_path: Path,
) -> None:
    """A template that inlines ten megabytes of script data on the article's one line."""
    blob = '<script>var d="' + "x" * 10_000_000 + '";</script>'
    page = PAGE.replace("\n", " ").replace("</body>", blob + "</body>")
    site, run, db = crawl_faults(tmp_path, served(page))
    rows = stored(db)
    if A in rows:
        expect_rows(db, ARTICLES)
    else:
        expect_rows(db, set(ARTICLES) - {A})
        assert site.url(A) in run.stderr
