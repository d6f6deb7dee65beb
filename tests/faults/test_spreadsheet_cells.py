"""Headlines that open with the signs a spreadsheet reads as a formula (`=`, `+`, `-`, `@`) or
that hold quotes and a semicolon, exported as CSV and JSON Lines.

What the README and `export --help` promise: the stored articles streamed as UTF-8 CSV or JSON
Lines, the same values in both (lists as JSON text in the CSV), `--bom` only adding the byte
order mark. A headline is stored as the page prints it, its first sign too.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, LIVE, article_path, crawl_faults, tinbao_output
from tests.faults.server import Fault

PREFIXES = {
    "equals": ("104560", "=Sum: "),
    "plus": ("108990", "+84 "),
    "at": ("109874", "@Bao "),
    "quotes_and_semicolon": ("101877", "\u201cNóng\u201d; "),
}


def headline_of(name: str) -> str:
    return ARTICLES[article_path(name)]["headline"]


def prefixed(name: str, prefix: str) -> Fault:
    """The article's headline, wherever the page prints it, opened by `prefix`."""
    old = headline_of(name).encode("utf-8")
    new = (prefix + headline_of(name)).encode("utf-8")

    def edit(page: bytes) -> bytes:
        assert old in page
        return page.replace(old, new)

    return Fault(edit=edit)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    faults = {article_path(name): prefixed(name, prefix) for name, prefix in PREFIXES.values()}
    site, run, db = crawl_faults(tmp_path_factory.mktemp("spreadsheet_cells"), faults)
    assert "Traceback" not in run.stderr, run.stderr
    return db


@pytest.fixture(scope="module")
def lines(db: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in tinbao_output("export", "--db", str(db)).splitlines()]
    return {row["url"]: row for row in rows}


def csv_rows(text: str) -> dict[str, dict]:
    return {row["url"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


@pytest.mark.parametrize("sign", list(PREFIXES))
def test_a_headline_opening_with_a_sign_is_stored_as_printed(
    lines: dict[str, dict], sign: str
) -> None:
    name, prefix = PREFIXES[sign]
    row = lines[LIVE + article_path(name)]
    assert row["headline"] == prefix + headline_of(name), row["headline"]
    assert row["body"] == ARTICLES[article_path(name)]["body"]


def test_the_csv_gives_back_the_json_lines_values(db: Path, lines: dict[str, dict]) -> None:
    cells = csv_rows(tinbao_output("export", "--format", "csv", "--db", str(db)))
    assert set(cells) == set(lines)
    for url, row in lines.items():
        assert cells[url]["headline"] == row["headline"], url
        assert cells[url]["body"] == row["body"], url


def test_the_csv_with_a_bom_is_the_csv_after_the_mark(db: Path) -> None:
    plain = tinbao_output("export", "--format", "csv", "--db", str(db))
    marked = tinbao_output("export", "--format", "csv", "--bom", "--db", str(db))
    assert marked == "\ufeff" + plain
    assert len(csv_rows(marked.removeprefix("\ufeff"))) == len(ARTICLES)
