"""`tinbao extract` given the files people save pages as: in UTF-16 or with a byte order mark,
in windows-1258 as its `<meta>` says, gzipped as the server sent it, read through a pipe
(`<(curl …)`), ten megabytes long, under a path in Vietnamese letters in the C locale, a URL
where a file should be; and its output closed or on a full disk.

The page is the Báo Thái Bình mirror's article A, whose `page.json` gives the record a reader
expects. A page that can be read prints exactly that record; one that cannot is one line on
stderr and a non-zero exit, never a traceback; the command never fetches anything.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import MIRROR
from tests.faults.server import serving
from tests.faults.test_pages import PAGE, A, to_cp1258

CASE = json.loads((MIRROR / A.strip("/") / "page.json").read_text(encoding="utf-8"))
SCRIPT = "import sys\nfrom crawler.console import main\nsys.argv[0] = 'tinbao'\nmain()\n"


def extract(*args: str, shell: str | None = None, env: dict | None = None, **kw):
    """`tinbao extract --url <A's URL> --fetched-at <its fetch time> ARGS` as the console script
    runs it (through `sh -c` when `shell` wraps it: `{cmd}` is the command)."""
    command = [sys.executable, "-c", SCRIPT, "extract", "--url", CASE["url"]]
    command += ["--fetched-at", CASE["fetched_at"], *args]
    if shell is not None:
        command = ["sh", "-c", shell.format(cmd=subprocess.list2cmdline(command))]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, timeout=60, env=env or os.environ.copy(), **kw
    )


def expect_record(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout) == CASE["expected"]
    assert b"Traceback" not in done.stderr


def expect_one_line(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode != 0
    err = done.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err


def test_a_utf16_file_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    """A page saved by an editor in UTF-16 (its `<meta>` still says utf-8)."""
    file = tmp_path / "page.html"
    file.write_bytes(PAGE.encode("utf-16"))  # with its byte order mark
    expect_record(extract(str(file)))


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    file = tmp_path / "page.html"
    file.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    expect_record(extract(str(file)))


def test_a_windows_1258_file_saying_so_in_its_meta_is_read(tmp_path: Path) -> None:
    """A page of a paper still on windows-1258, saved as it was served."""
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
    file = tmp_path / "page.html"
    file.write_bytes(to_cp1258(page))
    expect_record(extract(str(file)))


def test_a_gzipped_page_saved_as_the_server_sent_it_is_read(tmp_path: Path) -> None:
    """`curl -o page.html` without `--compressed` from a server that gzips anyway."""
    file = tmp_path / "page.html"
    file.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    expect_record(extract(str(file)))


def test_a_page_read_through_a_pipe_is_read(tmp_path: Path) -> None:
    """`tinbao extract --url URL <(curl …)`: the file is a pipe, readable once."""
    file = tmp_path / "page.html"
    file.write_bytes(PAGE.encode("utf-8"))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = extract(str(fifo), shell=f"cat {file} > {fifo} & {{cmd}}")
    expect_record(done)


def test_a_page_of_ten_megabytes_gives_its_record(tmp_path: Path) -> None:
    """The article followed by ten megabytes of an inline script (a bundled app)."""
    padding = "<script>var x='" + "a" * 10_000_000 + "';</script>"
    file = tmp_path / "page.html"
    file.write_bytes(PAGE.replace("</body>", padding + "</body>", 1).encode("utf-8"))
    expect_record(extract(str(file)))


def test_a_path_in_vietnamese_letters_in_the_c_locale_is_read(tmp_path: Path) -> None:
    file = tmp_path / "Bài báo Thái Bình.html"
    file.write_bytes(PAGE.encode("utf-8"))
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    expect_record(extract(str(file), env=env))


def test_a_url_given_for_the_file_is_one_line_and_never_fetched(tmp_path: Path) -> None:
    """`tinbao extract --url U U`: the second URL is a file name, which no file has; the page
    at that address (and at `--url`) is never requested."""
    with serving(MIRROR) as site:
        done = extract(site.url(A))
        assert site.paths() == []
    expect_one_line(done, "Error:", site.url(A))
    assert done.stdout == b""


@pytest.mark.parametrize(
    ("redirect", "error"),
    [
        (">&-", "Error: the output could not be written"),
        ("> /dev/full", "Error: the output could not be written: No space left on device"),
    ],
    ids=["closed", "full-disk"],
)
def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, redirect: str, error: str
) -> None:
    file = tmp_path / "page.html"
    file.write_bytes(PAGE.encode("utf-8"))
    done = extract(str(file), shell="{cmd} " + redirect)
    expect_one_line(done, error)
    assert done.returncode == 1
