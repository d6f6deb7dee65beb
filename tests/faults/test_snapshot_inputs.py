"""`tinbao snapshot` given what people give it: a page answering `404` or `503`, a page that
never answers, a URL that is not http(s), a page robots.txt forbids, a page sent in
windows-1258, a redirected page, an `--out` that is a file.

docs/adding-a-site.md: the page is fetched through Scrapy with the crawl's settings; a page that
cannot be fetched is exit 1 and one line naming the status or the reason, a URL that is not
http(s) exit 2; a page in another charset is saved in UTF-8 with its `<meta>` charset changed.
"""

from __future__ import annotations

import json
import time
import unicodedata
import zlib
from pathlib import Path

import pytest

from tests.faults.harness import MIRROR, article_path, tinbao
from tests.faults.server import Fault, serving

PATH = article_path("105870")
OTHER = article_path("104560")
QUICK = ("-s", "TINBAO_RETRY_BACKOFF_BASE=0.1")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def one_line_error(done, code: int, *words: str) -> None:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


def test_a_page_answering_404_is_one_line_and_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR) as site:
        done = tinbao(
            "snapshot", site.url("/tin-tuc/12/999999/khong-co"), "--out", str(out), *QUICK
        )
    one_line_error(done, 1, "404")
    assert not out.exists()


def test_a_page_answering_503_on_every_try_names_the_status(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR, {PATH: Fault(status=503, body=b"busy")}) as site:
        done = tinbao("snapshot", site.url(PATH), "--out", str(out), *QUICK)
    one_line_error(done, 1, "503")
    assert not out.exists()


def test_a_page_that_never_answers_is_one_line_naming_the_timeout(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR, {PATH: Fault(stall=8)}) as site:
        start = time.monotonic()
        done = tinbao(
            "snapshot", site.url(PATH), "--out", str(out), *QUICK,
            "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=0",
        )  # fmt: skip
        elapsed = time.monotonic() - start
    one_line_error(done, 1, "took longer than 1.0 seconds")
    assert not out.exists()
    assert elapsed < 30


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/tin-tuc/1.html", "file:///etc/hostname"])
def test_a_url_that_is_not_http_is_a_usage_error(tmp_path: Path, url: str) -> None:
    out = tmp_path / "snap"
    done = tinbao("snapshot", url, "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_page_robots_txt_forbids_is_never_fetched(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR) as site:
        done = tinbao("snapshot", site.url("/admin/bai-viet-nhap"), "--out", str(out), *QUICK)
    one_line_error(done, 1, "robots")
    assert "/admin/bai-viet-nhap" not in site.paths()
    assert not out.exists()


def windows_1258(text: str) -> bytes:
    """Text as a windows-1258 page writes it: letters with their hats and horns precomposed,
    tone marks as combining characters after them."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append((base + "".join(c for c in parts if c in TONES)).encode("cp1258"))
    return b"".join(out)


def test_a_windows_1258_page_gives_the_record_of_its_utf8_original(tmp_path: Path) -> None:
    original = (MIRROR / PATH.lstrip("/") / "page.html").read_text(encoding="utf-8")
    assert 'charset="utf-8"' in original.lower() or "charset=utf-8" in original.lower()
    legacy = original.replace('charset="utf-8"', 'charset="windows-1258"').replace(
        "charset=utf-8", "charset=windows-1258"
    )
    with serving(MIRROR) as site:
        first = tinbao("snapshot", site.url(PATH), "--out", str(tmp_path / "utf8"))
        site.faults[PATH] = Fault(
            body=windows_1258(legacy), content_type="text/html; charset=windows-1258"
        )
        second = tinbao("snapshot", site.url(PATH), "--out", str(tmp_path / "cp1258"))
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    utf8 = json.loads((tmp_path / "utf8" / "page.json").read_text(encoding="utf-8"))
    legacy_record = json.loads((tmp_path / "cp1258" / "page.json").read_text(encoding="utf-8"))
    assert legacy_record["expected"] == utf8["expected"]
    saved = (tmp_path / "cp1258" / "page.html").read_bytes().decode("utf-8")
    assert "windows-1258" not in saved.lower()
    assert "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh" in saved


def test_a_redirected_page_records_the_url_asked_for_and_the_one_answered(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serving(MIRROR, {PATH: Fault(status=301, headers={"Location": OTHER}, body=b"")}) as site:
        done = tinbao("snapshot", site.url(PATH), "--out", str(out))
        asked, answered = site.url(PATH), site.url(OTHER)
    assert done.returncode == 0, done.stderr
    response = json.loads((out / "response.json").read_text(encoding="utf-8"))
    values = [v for v in response.values() if isinstance(v, str)]
    assert asked in values and answered in values, response


def test_an_out_that_is_a_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("ghi chú\n", encoding="utf-8")
    with serving(MIRROR) as site:
        done = tinbao("snapshot", site.url(PATH), "--out", str(out))
    assert done.returncode in (1, 2), done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "ghi chú\n"


def pdf() -> bytes:
    """A small PDF as a paper serves a print edition: a header, objects, a compressed stream."""
    stream = zlib.compress("BT /F1 12 Tf (Thêm 38 sản phẩm đạt chuẩn OCOP) Tj ET".encode())
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        + f"3 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def test_a_pdf_served_as_html_is_refused_in_one_line(tmp_path: Path) -> None:
    """A server that labels every answer `text/html`: the bytes are a PDF, which no reading
    turns into an article; refused in one line naming it, nothing written."""
    out = tmp_path / "snap"
    fault = Fault(body=pdf(), content_type="text/html; charset=utf-8")
    with serving(MIRROR, {PATH: fault}) as site:
        done = tinbao("snapshot", site.url(PATH), "--out", str(out), *QUICK)
    one_line_error(done, 1, "PDF")
    assert not out.exists()
