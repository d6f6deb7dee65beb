"""An export that a corrupt table page ends halfway, written over the file an earlier export
left (`tinbao export -o articles.csv` run again by a nightly job): CSV with `--bom`, JSON Lines,
and JSON Lines on standard output.

docs/database.md and docs/reliability.md: corruption met later (a bad table page halfway
through an export) is one line naming the way out, `sqlite3 news.db ".recover" | sqlite3
recovered.db`, exit 1, and the export stops after the readable rows. So what the file (or the
output) holds is whole records only, each an exact stored one, none twice, nothing of the
earlier export left in it, the CSV a header and whole rows opening with one byte order mark, and
the one error line.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.faults.corrupt import ARTICLES, corrupt_database
from tests.faults.harness import tinbao

EARLIER = "earlier export, one row\n" * 2000  # longer than what the failed export writes


@pytest.fixture(scope="module")
def corrupt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corrupt_exports") / "news.db"
    corrupt_database(db)
    return db


def way_out(db: Path) -> str:
    return (
        f"Error: {db} is corrupt (database disk image is malformed); recover what it holds "
        f'with: sqlite3 {db} ".recover" | sqlite3 recovered.db\n'
    )


def test_a_csv_export_over_an_earlier_file_holds_whole_rows_only(
    corrupt: Path, tmp_path: Path
) -> None:
    out = tmp_path / "articles.csv"
    out.write_text(EARLIER, encoding="utf-8")
    done = tinbao("export", "--format", "csv", "--bom", "-o", str(out), "--db", str(corrupt))
    assert (done.returncode, done.stdout, done.stderr) == (1, "", way_out(corrupt))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    assert b"earlier export" not in data
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n") or text.endswith("\n"), text[-200:]
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert "url" in header and "body" in header, header
    assert 0 < len(rows) < ARTICLES
    assert all(len(row) == len(header) for row in rows)
    urls = [row[header.index("url")] for row in rows]
    assert len(set(urls)) == len(urls)
    for row in rows:
        record = dict(zip(header, row, strict=True))
        number = int(record["url"].rsplit("-", 1)[1])
        assert record["headline"] == f"Tin số {number}", record["url"]
        assert record["body"].startswith(f"Đoạn {number}. "), record["url"]


@pytest.mark.parametrize("target", ["file", "stdout"])
def test_a_json_lines_export_holds_whole_records_only(
    corrupt: Path, tmp_path: Path, target: str
) -> None:
    out = tmp_path / "articles.jsonl"
    out.write_text(EARLIER, encoding="utf-8")
    words = ["export", "--format", "jsonl", "--db", str(corrupt)]
    done = tinbao(*words, *(["-o", str(out)] if target == "file" else []))
    assert (done.returncode, done.stderr) == (1, way_out(corrupt))
    text = out.read_text(encoding="utf-8") if target == "file" else done.stdout
    if target == "file":
        assert done.stdout == ""
    else:
        assert out.read_text(encoding="utf-8") == EARLIER
    assert "earlier export" not in text
    assert text.endswith("\n")
    records = [json.loads(line) for line in text.splitlines()]
    assert 0 < len(records) < ARTICLES
    assert len({record["url"] for record in records}) == len(records)
    for record in records:
        number = int(record["url"].rsplit("-", 1)[1])
        assert record["headline"] == f"Tin số {number}", record["url"]
        assert record["body"].startswith(f"Đoạn {number}. "), record["url"]
