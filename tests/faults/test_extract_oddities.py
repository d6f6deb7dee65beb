"""`tinbao extract` given what a user may point it at by mistake or save oddly: a folder, an
empty file, a gzip cut short, a PDF, the page with NUL bytes between its paragraphs, with
Windows or old Mac line endings, and the page saved twice into one file.

What `extract --help` and the README promise: FILE is an HTML page; a page that can be read
prints exactly its record (the mirror's article A, as its `page.json` gives it); what is no
readable page is one line on stderr, exit 2 (bad usage or unreadable input), never a traceback.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.faults.test_extract_inputs import expect_one_line, expect_record, extract
from tests.faults.test_pages import PAGE

RAW = PAGE.encode("utf-8")


def unreadable(done, path: Path) -> None:
    expect_one_line(done, path.name)
    assert done.returncode == 2, done.returncode
    assert done.stdout == b""


def test_a_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "trang đã lưu"
    folder.mkdir()
    unreadable(extract(str(folder)), folder)


def test_an_empty_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    unreadable(extract(str(path)), path)


def test_a_gzip_cut_short_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    whole = gzip.compress(RAW)
    path.write_bytes(whole[: len(whole) // 2])
    unreadable(extract(str(path)), path)


def test_a_pdf_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bai-bao.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40)
    unreadable(extract(str(path)), path)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(RAW.replace(b"</p>", b"</p>\x00"), id="nul_bytes_between_paragraphs"),
        pytest.param(
            RAW.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), id="windows_line_endings"
        ),
        pytest.param(RAW.replace(b"\r\n", b"\n").replace(b"\n", b"\r"), id="old_mac_line_endings"),
    ],
)
def test_a_page_saved_with_odd_bytes_between_its_tags_is_its_record(
    tmp_path: Path, data: bytes
) -> None:
    assert data != RAW
    path = tmp_path / "page.html"
    path.write_bytes(data)
    expect_record(extract(str(path)))
