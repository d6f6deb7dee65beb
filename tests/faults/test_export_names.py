"""`tinbao export -o FILE` given the names people give an output, and options that do not go
together: `.json`, `.txt`, `.tsv`, `.csv.gz` or no extension at all; `--format csv` with a
`.jsonl` name; `--bom` for JSON Lines; a file in a folder that does not exist, or a folder
(bad usage, exit 2).

docs/database.md: without `--format`, the `-o` file's extension (`.csv`, `.jsonl` or `.ndjson`)
names it; another extension is refused (bad usage: exit 2, one line). `--help`: `--bom` starts
the CSV with a UTF-8 BOM. README: errors are one line on stderr, exit 1. A user expects a
refusal to write nothing (no empty file left where the export was to be), a format asked for
to be the one written, and a JSON Lines file never to start with a BOM (`jq` and `json.loads`
refuse it).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, LIVE, database_copy, tinbao

URLS = sorted(LIVE + path for path in ARTICLES)


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("names"))


def one_error(stderr: str) -> str:
    errors = [line for line in stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    return errors[0]


@pytest.mark.parametrize(
    "name", ["articles.json", "articles.txt", "articles.tsv", "articles.csv.gz", "articles"]
)
def test_a_name_that_says_no_format_is_refused_writing_nothing(
    db: Path, tmp_path: Path, name: str
) -> None:
    done = tinbao("export", "-o", str(tmp_path / name), "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert name in one_error(done.stderr)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["articles.json", "articles"])
def test_a_format_given_names_what_is_written(db: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    done = tinbao("export", "--format", "jsonl", "-o", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["url"] for line in lines) == URLS


def test_csv_asked_for_under_a_jsonl_name_is_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    done = tinbao("export", "--format", "csv", "-o", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(row["url"] for row in rows) == URLS


@pytest.mark.parametrize("target", ["stdout", "file"])
def test_json_lines_never_start_with_a_bom(db: Path, tmp_path: Path, target: str) -> None:
    out = tmp_path / "articles.jsonl"
    words = ["export", "--format", "jsonl", "--bom", "--db", str(db)]
    done = tinbao(*words, *(["-o", str(out)] if target == "file" else []))
    if done.returncode == 2:  # refused as options that do not go together: one line
        one_error(done.stderr)
        assert not out.exists()
        return
    assert done.returncode == 0, done.stderr
    data = out.read_bytes() if target == "file" else done.stdout.encode("utf-8")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert sorted(json.loads(line)["url"] for line in data.decode("utf-8").splitlines()) == URLS


def test_a_file_in_a_missing_folder_is_one_line_and_no_folder(db: Path, tmp_path: Path) -> None:
    done = tinbao("export", "-o", str(tmp_path / "missing" / "articles.csv"), "--db", str(db))
    assert done.returncode == 1, done.stderr
    assert "missing" in one_error(done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_for_the_output_is_one_line(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    done = tinbao("export", "-o", str(folder), "--db", str(db))
    assert done.returncode == 2, done.stderr  # bad usage, as `--help` names exit 2
    assert "out.csv" in one_error(done.stderr)
    assert list(folder.iterdir()) == []
