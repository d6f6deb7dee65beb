"""`tinbao sites`: the registry listed in both eras, a province asked for in any spelling, the
keys it lists against the spiders there are, and the database's columns.

docs/registry.md: 97 rows, 63 before the merger (`era` `before-2025`) and 34 since (`2025`);
`--province` ignores accents and case and matches whole words; `hung yen` finds Hưng Yên in both
eras and Thái Bình, which it absorbed. README: every key can be crawled (`scrapy list`: one
spider per registry paper); the articles and latest run come from the database when it exists.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, database_copy


def sites(*words: str, cwd: Path = ROOT) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", "from crawler.cli import cli; cli()", "sites", "--json", *words],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def rows_of(rows: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((row["era"], row["province"], row["key"]) for row in rows)


def test_the_registry_lists_both_eras(tmp_path: Path) -> None:
    rows = sites("--db", str(tmp_path / "none.db"))
    assert Counter(row["era"] for row in rows) == {"before-2025": 63, "2025": 34}
    assert len({row["province"] for row in rows if row["era"] == "2025"}) == 34
    assert len({row["province"] for row in rows if row["era"] == "before-2025"}) == 63


@pytest.mark.parametrize(
    "spelling",
    ["thai binh", "THÁI BÌNH", unicodedata.normalize("NFD", "Thái Bình"), "  Thái   Bình "],
    ids=["plain", "capitals", "nfd", "spaces"],
)
def test_a_province_is_found_in_any_spelling(tmp_path: Path, spelling: str) -> None:
    rows = sites("--province", spelling, "--db", str(tmp_path / "none.db"))
    assert rows_of(rows) == [("before-2025", "Thái Bình", "baothaibinh")]


def test_a_province_finds_the_provinces_merged_into_it(tmp_path: Path) -> None:
    rows = sites("--province", "hung yen", "--db", str(tmp_path / "none.db"))
    assert sorted((row["era"], row["province"]) for row in rows) == [
        ("2025", "Hưng Yên"),
        ("before-2025", "Hưng Yên"),
        ("before-2025", "Thái Bình"),
    ]


@pytest.mark.parametrize("spelling", ["da nang", "ĐÀ NẴNG", "Đà Nẵng"])
def test_d_with_stroke_is_found_without_its_stroke(tmp_path: Path, spelling: str) -> None:
    """Đà Nẵng in both eras, and Quảng Nam, which it absorbed in 2025."""
    rows = sites("--province", spelling, "--db", str(tmp_path / "none.db"))
    assert sorted((row["era"], row["province"]) for row in rows) == [
        ("2025", "Đà Nẵng"),
        ("before-2025", "Quảng Nam"),
        ("before-2025", "Đà Nẵng"),
    ]


def test_every_key_listed_is_a_spider() -> None:
    keys = {row["key"] for row in sites()}
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert keys <= set(done.stdout.split())


def test_the_database_columns_count_the_articles_and_the_last_run(
    crawled_mirror: Path, tmp_path: Path
) -> None:
    db = database_copy(crawled_mirror, tmp_path)
    rows = sites("--db", str(db))
    ours = [row for row in rows if row["key"] == "baothaibinh"]
    assert [(row["articles"], row["last_crawl_status"]) for row in ours] == [
        (len(ARTICLES), "finished")
    ] * len(ours)
    assert {row["articles"] for row in rows if row["key"] != "baothaibinh"} <= {0, None}


def test_a_listing_creates_no_database(tmp_path: Path) -> None:
    rows = sites(cwd=tmp_path)
    assert len(rows) == 97
    assert sorted(path.name for path in tmp_path.iterdir()) == []
    rows = sites("--db", str(tmp_path / "named.db"))
    assert len(rows) == 97
    assert sorted(path.name for path in tmp_path.iterdir()) == []
