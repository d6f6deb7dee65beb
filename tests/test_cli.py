"""`tinbao extract` and `tinbao demo` as users run them."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.exitcodes import ExitCode
from crawler.extract_command import Options, _parser, _plain_options
from parsers.record import EXTRACT_KEYS
from tests.conftest import FIXTURES, ROOT

SEED = FIXTURES / (
    "sites/baothaibinh/tin-tuc/12/102296/bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx"
)
CASE = json.loads((SEED / "page.json").read_text(encoding="utf-8"))


def extract(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, ["extract", *args], input=input)


def test_extract_prints_the_expected_record() -> None:
    result = extract(
        "--url", CASE["url"], "--fetched-at", CASE["fetched_at"], str(SEED / "page.html")
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == CASE["expected"]


def test_extract_reads_stdin() -> None:
    html = (SEED / "page.html").read_bytes()
    result = extract("--url", CASE["url"], "-", input=html)
    record = json.loads(result.stdout)
    assert tuple(record) == EXTRACT_KEYS
    assert (record["published_at"], record["views"]) == ("2020-09-25T10:13:43+07:00", 9330)


def test_unknown_host_uses_the_generic_extractor() -> None:
    html = b"<html><head><title>Tin - Bao X</title></head><body><h1>Tin moi</h1></body></html>"
    result = extract("--url", "https://example.org/tin-moi.html", "-", input=html)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["site"] == "generic"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"just some words", "no HTML markup"),
        (b"<html><body><h1>Th\xf4ng b\xe1o</h1></body></html>", "not UTF-8 (byte 18)"),
    ],
)
def test_unreadable_input_is_one_line_exit_2(data: bytes, message: str) -> None:
    result = extract("--url", "https://baothaibinh.com.vn/x", "-", input=data)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreadable_file_is_named_in_its_one_line(tmp_path: Path) -> None:
    path = tmp_path / "trang.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = extract("--url", "https://baothaibinh.com.vn/x", str(path))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"Error: {path}: binary data, not an HTML page\n"


def test_nul_bytes_in_a_page_opening_with_markup_are_dropped_as_a_browser_drops_them() -> None:
    html = "<html><head><title>Tin - Bao X</title></head><body><h1>Tin mới</h1>\x00</body></html>"
    result = extract("--url", "https://example.org/tin-moi.html", "-", input=html.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Tin mới"


def test_declared_charset_is_honoured() -> None:
    html = (
        b'<html><head><meta charset="windows-1252"><title>Caf\xe9 - Bao X</title></head>'
        b"<body><h1>Caf\xe9 m\xf4i</h1></body></html>"
    )
    result = extract("--url", "https://example.org/cafe.html", "-", input=html)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["headline"] == "Café môi"


def test_missing_file_is_exit_2(tmp_path: Path) -> None:
    result = extract("--url", "https://baothaibinh.com.vn/x", str(tmp_path / "nope.html"))
    assert result.exit_code == ExitCode.USAGE
    assert "cannot read" in result.stderr


def test_demo_crawls_the_mirror_and_summarises(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "demo", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Stored " in done.stdout and "articles from baothaibinh" in done.stdout
    assert "9,330 Bảo đảm tuyệt đối an toàn Đại hội Đảng bộ tỉnh lần thứ XX" in done.stdout


def test_python_m_crawler_cli_has_every_command() -> None:
    """`python -m crawler.cli` is the same `tinbao` group, `crawl` included."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: python -m crawler.cli crawl [OPTIONS] [SITES]...")


def console(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The `tinbao` console script's entry point, run as the installed script runs it."""
    script = "import sys\nfrom crawler.console import main\nsys.argv[0] = 'tinbao'\nmain()\n"
    command = [sys.executable, "-c", script, *args]
    return subprocess.run(command, cwd=ROOT, input=input, capture_output=True, timeout=60)


def extract_and_list_loaded(run: str, heavy: tuple[str, ...]) -> str:
    """Extract the seed page through the `main` that `run` defines (any exit must be 0);
    return the list of the `heavy` modules the process had loaded by then, printed by an exit
    handler (the console script ends the process once the record is printed)."""
    script = (
        "import atexit, sys\n"
        f"{run}\n"
        f"atexit.register(lambda: print(sorted(m for m in {heavy!r} if m in sys.modules)))\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
    )
    page = str(SEED / "page.html")
    done = subprocess.run(
        [sys.executable, "-c", script, "extract", "--url", CASE["url"], page],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    record, loaded = done.stdout.splitlines()
    assert json.loads(record)["headline"] == CASE["expected"]["headline"]
    return loaded


def test_extract_loads_only_the_extraction_path() -> None:
    """`tinbao extract` of a Vietnamese page imports only the extraction path: no click (the
    group and the other commands), Scrapy, Twisted, sqlite-utils, bs4, dateparser or
    trafilatura; no cssselect (its selectors' XPath is written in `parsers/xpaths.py`), no
    dataclasses (each costs a millisecond to create) and, for a page naming its own URL as
    canonical, no w3lib canonicalizer (it loads `urllib.request`, `http.client` and `ssl`),
    for a page printing its text no `lxml.html` (only a text held in the scripts' data needs its
    fragment parser), and for a usual command line no argparse."""
    heavy = ("click", "crawler.cli", "scrapy", "twisted", "sqlite_utils", "bs4", "dateparser")
    heavy += ("trafilatura", "pipelines.db", "cssselect", "lxml.cssselect", "dataclasses")
    heavy += ("w3lib.url", "urllib.request", "http.client", "ssl", "lxml.html", "argparse")
    assert extract_and_list_loaded("from crawler.console import main", heavy) == "[]"


@pytest.mark.parametrize(
    "argv",
    [
        ["--url", "https://bao.example.vn/tin/1.html", "page.html"],
        ["page.html", "--url=https://bao.example.vn/tin/1.html"],
        ["--fetched-at", "2024-05-01", "--url", "https://bao.example.vn/a", "-"],
        ["--url", "https://bao.example.vn/a", "--fetched-at=2024-05-01T08:00:00+07:00", "x=1"],
        ["--fetched-at", "2024-05-01T08:00:00", "Tin tức.html", "--url", "http://bao.vn/a"],
    ],
)
def test_a_usual_extract_command_line_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    parsed = _parser("tinbao extract").parse_args(argv)
    assert _plain_options(argv) == Options(parsed.file, parsed.url, parsed.fetched_at)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["page.html"],
        ["--url", "https://bao.example.vn/a"],
        ["--url", "https://bao.example.vn/a", "a.html", "b.html"],
        ["--url", "https://bao.example.vn/a", "--url", "https://bao.example.vn/b", "a.html"],
        ["--url", "bao.example.vn/a", "a.html"],
        ["--url", "https://bao.example.vn/a", "--fetched-at", "01/05/2024", "a.html"],
        ["--url", "https://bao.example.vn/a", "--", "-a.html"],
        ["--url", "https://bao.example.vn/a", "-5"],
        ["--url", "-", "a.html"],
        ["--url", "https://bao.example.vn/a", "--fetched", "2024-05-01", "a.html"],
        ["--url", "https://bao.example.vn/a", "a.html", "--fetched-at"],
    ],
)
def test_any_other_extract_command_line_is_left_to_argparse(argv: list[str]) -> None:
    assert _plain_options(argv) is None


def test_console_extract_prints_the_expected_record() -> None:
    page = str(SEED / "page.html")
    done = console("extract", "--url", CASE["url"], "--fetched-at", CASE["fetched_at"], page)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == CASE["expected"]
    assert done.stderr == b""


def test_console_extract_help_and_the_group_help() -> None:
    """`tinbao extract --help` says what the command prints and shows an example; `tinbao
    --help` still lists `extract` beside the other commands."""
    own = console("extract", "--help")
    assert own.returncode == 0
    text = own.stdout.decode()
    assert text.startswith("usage: tinbao extract [-h] --url URL [--fetched-at TIME] FILE\n")
    assert "url, site, headline, summary, published_at" in text
    assert "Example:\n  tinbao extract --url https://" in text
    group = console("--help")
    assert group.returncode == 0
    assert "  extract   Parse one saved article page" in group.stdout.decode()
    assert "  crawl " in group.stdout.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract"], "the following arguments are required: --url, FILE"),
        (["extract", "--url", "notaurl", "-"], "url=notaurl is not an http(s) URL"),
        (["extract", "--url", "https://x.vn/a", "--fetched-at", "2024-13-01", "-"], "2024-13-01"),
        (["extract", "--ur", "https://x.vn/a", "-"], "no such option: --ur"),  # no abbreviations
        (["extract", "--url", "https://x.vn/a", "-", "more"], "unrecognized arguments: more"),
        (["extract", "--url", "https://x.vn/a", "/"], "Error: cannot read /: Is a directory"),
    ],
)
def test_console_extract_usage_errors_exit_2(args: list[str], message: str) -> None:
    done = console(*args, input=b"<html><body><h1>Tin</h1></body></html>")
    assert done.returncode == ExitCode.USAGE
    assert message in done.stderr.decode()
    assert done.stdout == b""
    assert "Traceback" not in done.stderr.decode()


def test_console_extract_reads_stdin_and_refuses_binary_in_one_line() -> None:
    done = console("extract", "--url", CASE["url"], "-", input=(SEED / "page.html").read_bytes())
    assert json.loads(done.stdout)["views"] == 9330
    binary = console("extract", "--url", CASE["url"], "-", input=b"\x89PNG\r\n\x1a\n\x00\x00")
    assert binary.returncode == ExitCode.USAGE
    assert binary.stderr.decode() == "Error: binary data, not an HTML page\n"


def test_extract_through_the_group_loads_no_other_command() -> None:
    """`python -m crawler.cli extract` (the click group) loads neither Scrapy, Twisted,
    sqlite-utils, bs4, dateparser or trafilatura, nor the other commands."""
    heavy = ("scrapy", "twisted", "sqlite_utils", "bs4", "dateparser", "trafilatura")
    heavy += ("pipelines.db", "crawler.cli.crawl", "crawler.cli.db")
    run = "from crawler.cli import cli\ndef main(): cli.main(sys.argv[1:], prog_name='tinbao')"
    assert extract_and_list_loaded(run, heavy) == "[]"


@pytest.mark.parametrize("mark", ["\n", "\r", "\x0b", "\u2028"])
def test_an_error_naming_a_path_with_a_line_break_stays_one_line(tmp_path: Path, mark: str) -> None:
    """The break is written as its escape, so the error is still the one line it promises."""
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / f"no{mark}such.db")])
    escaped = mark.encode("unicode_escape").decode("ascii")
    assert result.exit_code == ExitCode.ERROR
    assert (
        result.stderr
        == f"Error: no database at {tmp_path}/no{escaped}such.db (crawl first, or pass --db)\n"
    )


def test_a_crawls_warnings_and_errors_keep_to_one_line_and_its_info_blocks_their_lines() -> None:
    """`tinbao crawl`'s log records: a path's line break in an ERROR or WARNING is written as
    its escape; Scrapy's INFO blocks (its settings, one a line) are left as they are."""
    from crawler.cli.crawl import OneLineRecord

    def message(level: int, msg: str, *args: object) -> str:
        return OneLineRecord("tinbao", level, __file__, 1, msg, args, None).getMessage()

    assert message(logging.ERROR, "%s was moved", "dữ\nliệu/tin\ttức.db") == (
        "dữ\\nliệu/tin\\ttức.db was moved"
    )
    assert message(logging.WARNING, "a\u2028b") == "a\\u2028b"
    assert message(logging.INFO, "Overridden settings:\n%s", "{'A': 1}") == (
        "Overridden settings:\n{'A': 1}"
    )


def test_history_keeps_a_failure_naming_a_path_with_a_line_break_to_its_line() -> None:
    from crawler.cli.report import run_line

    run = {
        "id": 2,
        "site": "baothaibinh",
        "started_at": "2026-12-08T06:09:54+07:00",
        "seconds": 1,
        "status": "failed",
        "pages": None,
        "failure": "1 records not stored: /srv/dữ\nliệu/news.db was moved or renamed",
        "health_alarms": [],
    }
    assert run_line(run) == (
        "#2 baothaibinh 2026-12-08 06:09 1s failed: figures not written; failed: 1 records not "
        "stored: /srv/dữ\\nliệu/news.db was moved or renamed"
    )
