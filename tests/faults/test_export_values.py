"""What the readers give back of values at the edges: `tinbao export` to JSON Lines (also under
an `.ndjson` name) and to CSV returns every stored value exactly (a headline with quotes and a
comma, a body with line breaks, a view count of zero, NULLs), NFC kept; `tinbao search` keeps `đ`
apart from `d` and finds composed text from a decomposed query; `--since` and `--until` are days
in Asia/Ho_Chi_Minh, so an article at 00:00 +07:00 (17:00 UTC the day before) and one at 06:30
+07:00 fall on their Vietnamese day.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import LIVE, crawl_faults, stored, tinbao_output
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A, B

HEADLINE = 'Thêm 38 "sản phẩm", đạt chuẩn OCOP cấp tỉnh'
ESCAPED = HEADLINE.replace('"', "&quot;")
B_PAGE = (ROOT / "tests/fixtures/sites/baothaibinh" / B.strip("/") / "page.html").read_text(
    encoding="utf-8"
)


def edited_a() -> str:
    page = PAGE.replace(">Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh</h1>", f">{ESCAPED}</h1>")
    page = page.replace(
        'content="Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"',
        f'content="{ESCAPED}"',
    )
    page = page.replace(
        '<span class="views">642 lượt xem</span>', '<span class="views">0 lượt xem</span>'
    )
    page = page.replace("Thứ 5, 22/09/2022 | 14:20:06", "Thứ 5, 22/09/2022 | 00:00:00")
    return page.replace(
        '<div class="fr-view info">', '<div class="fr-view info"><p>Ông Đinh Khoa phát biểu.</p>', 1
    )


def edited_b() -> str:
    page = B_PAGE.replace("Thứ 3, 12/04/2022 | 07:48:19", "Thứ 6, 23/09/2022 | 06:30:00")
    return page.replace(
        '<div class="fr-view info">', '<div class="fr-view info"><p>Ông Dinh Khoa phát biểu.</p>', 1
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    faults = {A: Fault(body=edited_a().encode("utf-8")), B: Fault(body=edited_b().encode("utf-8"))}
    site, run, db = crawl_faults(tmp_path_factory.mktemp("export"), faults)
    rows = stored(db)
    assert rows[A]["headline"] == HEADLINE
    assert rows[A]["views"] == 0
    assert rows[A]["published_at"] == "2022-09-22T00:00:00+07:00"
    assert rows[B]["published_at"] == "2022-09-23T06:30:00+07:00"
    return db


def jsonl(text: str) -> dict[str, dict]:
    return {item["url"].removeprefix(LIVE): item for item in map(json.loads, text.splitlines())}


def test_export_to_json_lines_gives_back_every_value_exactly(db: Path) -> None:
    rows = stored(db)
    items = jsonl(tinbao_output("export", "--db", str(db), "--format", "jsonl"))
    assert sorted(items) == sorted(rows)
    for path, item in items.items():
        shared = set(item) & set(rows[path])
        assert {"headline", "body", "views", "published_at", "images"} <= shared
        assert {k: item[k] for k in shared} == {k: rows[path][k] for k in shared}, path
        assert all(
            unicodedata.is_normalized("NFC", item[k]) for k in shared if isinstance(item[k], str)
        )


def test_an_ndjson_file_is_json_lines(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.ndjson"
    tinbao_output("export", "--db", str(db), "-o", str(out))
    items = jsonl(out.read_text(encoding="utf-8"))
    assert items[A]["headline"] == HEADLINE
    assert items[A]["views"] == 0


def test_export_to_csv_gives_back_every_value_exactly(db: Path) -> None:
    rows = stored(db)
    text = tinbao_output("export", "--db", str(db), "--format", "csv")
    items = {r["url"].removeprefix(LIVE): r for r in csv.DictReader(io.StringIO(text, newline=""))}
    assert sorted(items) == sorted(rows)
    for path, item in items.items():
        row = rows[path]
        assert item["headline"] == row["headline"]
        assert item["body"] == row["body"]
        assert item["views"] == ("" if row["views"] is None else str(row["views"]))
        assert json.loads(item["images"]) == row["images"]
    assert items[A]["views"] == "0"
    assert "\n\n" in items[A]["body"]


def test_a_search_for_d_with_a_stroke_ranks_that_spelling_first(db: Path) -> None:
    """The index folds `đ` to `d` (docs/database.md), so both are found, but the hit spelled as
    typed comes first."""
    hits = tinbao_output("search", "--db", str(db), "--json", "Đinh Khoa").splitlines()
    assert [json.loads(hit)["url"].removeprefix(LIVE) for hit in hits] == [A, B]


def test_a_search_without_marks_finds_both(db: Path) -> None:
    hits = jsonl(tinbao_output("search", "--db", str(db), "--json", "Dinh Khoa"))
    assert sorted(hits) == sorted([A, B])


def test_a_decomposed_query_finds_the_composed_text(db: Path) -> None:
    composed = jsonl(tinbao_output("search", "--db", str(db), "--json", "đạt chuẩn OCOP"))
    decomposed = jsonl(
        tinbao_output(
            "search", "--db", str(db), "--json", unicodedata.normalize("NFD", "đạt chuẩn OCOP")
        )
    )
    assert A in composed
    assert sorted(decomposed) == sorted(composed)


@pytest.mark.parametrize(
    ("options", "a", "b"),
    [
        (("--since", "2022-09-22"), True, True),
        (("--until", "2022-09-21"), False, False),
        (("--since", "2022-09-22", "--until", "2022-09-22"), True, False),
        (("--since", "2022-09-23", "--until", "2022-09-23"), False, True),
    ],
)
def test_since_and_until_are_vietnamese_days(db: Path, options, a: bool, b: bool) -> None:
    items = jsonl(tinbao_output("export", "--db", str(db), "--format", "jsonl", *options))
    assert (A in items, B in items) == (a, b)
    hits = jsonl(tinbao_output("search", "--db", str(db), "--json", "Khoa", *options))
    assert (A in hits, B in hits) == (a, b)
