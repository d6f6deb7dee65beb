"""The byline closing an article written the ways regional desks write it: `Bài, ảnh:` before
the name, two names joined by `và` or by a comma, a name with its agency in parentheses
(`Quốc Huy (TTXVN)`) or after a slash (`Thu Trang/TTXVN`), and an outlet's credit alone
(`Theo Báo Nhân Dân`).

README: bylines are read with their prefixes removed (`Bài và ảnh: Minh Hằng` → `Minh Hằng`);
`Theo TTXVN` is a source, not a person. docs/database.md: `byline` is the author line for
display, prefixes and credits removed; `authors` the person names read from it; `source` the
agency or outlet credit (`TTXVN`), separate from people. Each byline is given to one article
of its own (in place of its own), so one crawl serves every probe; every other value must be
the plain page's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.faults.harness import ARTICLES, article_path, crawled_rows, expected_records
from tests.faults.server import Fault

# name: (article id, the byline printed, the byline, authors and source a reader reads)
BYLINES: dict[str, tuple[str, str, str | None, list[str], str | None]] = {
    "text_and_photos_prefix": (
        "105870",
        "Bài, ảnh: Hồng Nhung",
        "Hồng Nhung",
        ["Hồng Nhung"],
        None,
    ),
    "two_names_joined_by_va": (
        "102908",
        "Minh Hương và Quốc Huy",
        "Minh Hương và Quốc Huy",
        ["Minh Hương", "Quốc Huy"],
        None,
    ),
    "two_names_joined_by_a_comma": (
        "104560",
        "Quốc Huy, Hà Phương",
        "Quốc Huy, Hà Phương",
        ["Quốc Huy", "Hà Phương"],
        None,
    ),
    "agency_in_parentheses": ("107903", "Văn Đông (TTXVN)", "Văn Đông", ["Văn Đông"], "TTXVN"),
    "agency_after_a_slash": ("109650", "Hà Phương/TTXVN", "Hà Phương", ["Hà Phương"], "TTXVN"),
    "outlet_credit_alone": ("108990", "Theo Báo Nhân Dân", None, [], "Báo Nhân Dân"),
}


BYLINE = re.compile(r'<p style="text-align: right;"><strong>[^<]*</strong></p>')


def signed(new: str) -> Callable[[bytes], bytes]:
    """An edit printing `new` as the article's closing byline in place of its own."""

    def edit(page: bytes) -> bytes:
        text, count = BYLINE.subn(
            f'<p style="text-align: right;"><strong>{new}</strong></p>', page.decode("utf-8")
        )
        assert count == 1
        return text.encode("utf-8")

    return edit


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each byline of BYLINES in its article."""
    faults = {
        article_path(ident): Fault(edit=signed(printed)) for ident, printed, *_ in BYLINES.values()
    }
    return crawled_rows(tmp_path_factory.mktemp("byline_forms"), faults)


@pytest.mark.parametrize("byline", list(BYLINES))
def test_a_byline_gives_its_people_and_its_source(rows: dict[str, dict], byline: str) -> None:
    ident, _, shown, authors, source = BYLINES[byline]
    path = article_path(ident)
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    row = rows[path]
    assert (row["byline"], row["authors"], row["source"]) == (shown, authors, source)
    expected = {**expected_records()[path], "byline": shown, "authors": authors}
    assert {key: row[key] for key in expected} == expected
