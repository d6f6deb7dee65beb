"""Blocks other than a plain paragraph inside an article's text: a subheading (`<h2>`, `<h3>`),
a quotation (`<blockquote>` holding a paragraph), a bulleted list, a numbered list, and empty
paragraphs (`<p>&nbsp;</p>`) between every two paragraphs.

docs/database.md: `body` is the body's paragraphs joined by a blank line. A reader sees each
heading, quotation and list item as a block of text of its own, and no empty block: so each is
a paragraph of the body where the page puts it (after the article's first paragraph), a list
item without the bullet or number the browser draws, and the empty paragraphs nothing. Each
block is given to one article of its own, so one crawl serves every probe; each record must be
the plain page's with those paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.faults.harness import ARTICLES, article_path, crawled_rows, expected_records
from tests.faults.server import Fault

SUBHEADING = "Nhiều mô hình mới ở các xã ven biển"
QUOTE = "Chúng tôi sẽ giữ nghề truyền thống và làm cho sản phẩm đi xa hơn, một chủ cơ sở cho biết."
ITEMS = (
    "Hỗ trợ thiết kế bao bì và nhãn mác cho các chủ thể.",
    "Kết nối tiêu thụ tại các siêu thị trong và ngoài tỉnh.",
    "Tập huấn kỹ năng bán hàng trên các sàn thương mại điện tử.",
)

# block name: (article id, the HTML inserted after the first paragraph, the paragraphs it adds)
BLOCKS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "subheading_h2": ("105870", f"<h2>{SUBHEADING}</h2>", (SUBHEADING,)),
    "subheading_h3_bold": ("102908", f"<h3><strong>{SUBHEADING}</strong></h3>", (SUBHEADING,)),
    "quotation": ("104560", f"<blockquote><p>{QUOTE}</p></blockquote>", (QUOTE,)),
    "bulleted_list": ("107420", "<ul>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ul>", ITEMS),
    "numbered_list": ("109512", "<ol>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ol>", ITEMS),
}


def first_paragraph(ident: str) -> str:
    return expected_records()[article_path(ident)]["body"].split("\n\n")[0]


def inserted(ident: str, block: str) -> Callable[[bytes], bytes]:
    """An edit putting `block` right after the article's first paragraph."""
    first = f"<p>{first_paragraph(ident)}</p>"

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert first in text
        return text.replace(first, f"{first}\n          {block}", 1).encode("utf-8")

    return edit


def spaced_out(page: bytes) -> bytes:
    """An empty paragraph of `&nbsp;` after every paragraph of the text block."""
    text = page.decode("utf-8")
    start = text.index('<div class="fr-view info">')
    end = text.index("</div>", start)
    block = text[start:end].replace("</p>", "</p>\n          <p>&nbsp;</p>")
    return (text[:start] + block + text[end:]).encode("utf-8")


SPACED = "103907"


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each block of BLOCKS in its article."""
    faults = {
        article_path(ident): Fault(edit=inserted(ident, block))
        for ident, block, _ in BLOCKS.values()
    }
    faults[article_path(SPACED)] = Fault(edit=spaced_out)
    return crawled_rows(tmp_path_factory.mktemp("text_blocks"), faults)


def check(rows: dict[str, dict], path: str, changed: dict) -> None:
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    expected = {**expected_records()[path], **changed}
    assert {key: rows[path][key] for key in expected} == expected


@pytest.mark.parametrize("block", list(BLOCKS))
def test_a_block_of_the_text_is_a_paragraph_of_the_body(rows: dict[str, dict], block: str) -> None:
    ident, _, added = BLOCKS[block]
    path = article_path(ident)
    paragraphs = expected_records()[path]["body"].split("\n\n")
    body = "\n\n".join([paragraphs[0], *added, *paragraphs[1:]])
    check(rows, path, {"body": body})


def test_empty_paragraphs_between_paragraphs_add_nothing(rows: dict[str, dict]) -> None:
    check(rows, article_path(SPACED), {})
