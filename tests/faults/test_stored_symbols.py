"""Symbols beyond the letters stored and read back: emoji joined by zero-width joiners (a
family), a flag of two regional indicators, a keycap and a heart with their variation
selectors, a skin tone, compatibility characters (`℃`, `m²`, `½`) and a word glued to an emoji.

Readers of a Vietnamese paper see these as printed. A user expects them kept exactly (NFC, which
leaves them alone: the joiners inside an emoji are part of it, not invisible noise between
letters), exported unchanged in JSON Lines and CSV, and the word beside an emoji found.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.faults.harness import LIVE, MIRROR, article_path, crawl_faults, stored, tinbao_output
from tests.faults.server import Fault

A = article_path("105870")
PAGE_A = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")
OLD = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
FLAG = "\U0001f1fb\U0001f1f3"
KEYCAP = "1\ufe0f\u20e3"
HEART = "\u2764\ufe0f"
THUMB = "\U0001f44d\U0001f3fd"
HEADLINE = f"Thêm 38 sản phẩm {FAMILY} đạt chuẩn OCOP {FLAG} cấp tỉnh {KEYCAP}"
SENTENCE = f"Nhiệt độ 35℃, mỗi gian hàng 12 m², ½ số hộ {HEART} ủng hộ {THUMB}Thoòng."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = PAGE_A.replace(OLD, HEADLINE).replace(
        '<div class="fr-view info">', f'<div class="fr-view info"><p>{SENTENCE}</p>', 1
    )
    _, _, db = crawl_faults(tmp_path_factory.mktemp("symbols"), {A: Fault(body=page.encode())})
    return db


def test_the_headline_keeps_a_family_a_flag_and_a_keycap_exactly(db: Path) -> None:
    assert stored(db)[A]["headline"] == HEADLINE


def test_a_heart_and_a_skin_tone_keep_their_selectors_in_the_body(db: Path) -> None:
    body = stored(db)[A]["body"]
    assert f"{HEART} ủng hộ {THUMB}Thoòng" in body


def test_compatibility_characters_are_kept_as_printed(db: Path) -> None:
    assert SENTENCE in stored(db)[A]["body"]


def test_a_word_glued_to_an_emoji_is_found(db: Path) -> None:
    found = [
        json.loads(line)["url"]
        for line in tinbao_output("search", "Thoòng", "--json", "--db", str(db)).splitlines()
    ]
    assert found == [LIVE + A]


def test_exports_give_the_symbols_back_exactly(db: Path) -> None:
    row = stored(db)[A]
    lines = tinbao_output("export", "--format", "jsonl", "--db", str(db)).splitlines()
    item = next(json.loads(line) for line in lines if A in line)
    assert (item["headline"], item["body"]) == (row["headline"], row["body"])
    text = tinbao_output("export", "--format", "csv", "--bom", "--db", str(db))
    rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    item = next(r for r in rows if r["url"] == LIVE + A)
    assert (item["headline"], item["body"]) == (row["headline"], row["body"])
