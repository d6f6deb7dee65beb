"""The `tinbao` command where people and shells use it: piped into `head`, in a terminal whose
locale is not UTF-8, pointed at a database that is not there or an output it cannot write,
given settings and paths that make no sense.

Each case runs the real command in a subprocess. A mistake is one line on stderr and a
non-zero exit; output cut short by the reader is no error at all; a database that is not there
is never created by a command that only reads.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.cli import cli
from pipelines import db as store
from tests.conftest import ROOT
from tests.test_db import make_record

HEADLINE = "Thái Bình khởi công cầu đường bộ mới qua sông Trà Lý"
# A terminal set to a legacy locale: Python then reads arguments and writes output in ASCII.
LEGACY_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def tinbao(*words: str, env: dict[str, str] | None = None, cwd: Path = ROOT, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdin=stdin,
    )


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database of 400 articles of about 2 kB each: far more than a pipe holds."""
    path = tmp_path_factory.mktemp("cli") / "news.db"
    db = store.open_db(path)
    records = [
        make_record(
            f"https://baothaibinh.com.vn/tin-tuc/12/{200000 + i}/bai-{i}",
            headline=HEADLINE if i == 0 else f"Tin số {i} về đường sá",
            body=f"Đoạn {i}. " + "Nội dung bài báo về tỉnh Thái Bình. " * 60,
            published_at=f"2024-05-{1 + i % 28:02d}T08:30:00+07:00",
        )
        for i in range(400)
    ]
    store.upsert_articles(db, records, observed_at=store.now_iso())
    db.close()
    yield path


READERS = [
    ("export",),
    ("export", "--format", "csv"),
    ("search", "đường"),
    ("stats",),
    ("sites",),
]


@pytest.mark.parametrize("words", READERS, ids=" ".join)
def test_output_piped_into_head_ends_quietly(news: Path, words: tuple[str, ...]) -> None:
    """`tinbao … | head -1`: the reader stops reading; nothing is printed about it."""
    command = [sys.executable, "-m", "crawler.cli", *words, "--db", str(news)]
    if words == ("sites",):
        command = command[:-2]
    done = subprocess.run(
        f"{' '.join(command)} | head -n 1 >/dev/null; echo ${{PIPESTATUS[0]}} >&2",
        shell=True,
        executable="/bin/bash",
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    *messages, code = done.stderr.splitlines()
    assert messages == []
    assert int(code) in (0, 141)  # done, or ended by SIGPIPE as `cat` would be


def test_a_vietnamese_argument_in_a_legacy_locale_is_read_as_typed(news: Path) -> None:
    done = tinbao("search", "Trà Lý", "--db", str(news), env=LEGACY_LOCALE)
    assert done.returncode == 0, done.stderr
    assert HEADLINE.encode() in done.stdout


@pytest.mark.parametrize("words", [*READERS, ("history",)], ids=" ".join)
def test_vietnamese_output_in_a_legacy_locale_is_utf8(news: Path, words: tuple[str, ...]) -> None:
    extra = () if words == ("sites",) else ("--db", str(news))
    done = tinbao(*words, *extra, env=LEGACY_LOCALE)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    done.stdout.decode("utf-8")  # what was written is UTF-8, whatever the locale


def test_every_help_works_in_a_legacy_locale() -> None:
    names = cli.list_commands(None)
    assert len(names) >= 15
    for name in ["", *names]:
        done = tinbao(*([name] if name else []), "--help", env=LEGACY_LOCALE)
        assert done.returncode == 0, (name, done.stderr)
        assert done.stdout.lower().startswith(b"usage: "), name
        assert done.stderr == b"", name


@pytest.mark.parametrize(
    "words",
    [
        ("export",),
        ("search", "x"),
        ("history",),
        ("stats",),
        ("reparse",),
        ("export", "-o", "out.jsonl"),
    ],
    ids=" ".join,
)
def test_a_missing_database_is_one_line_and_never_created(
    tmp_path: Path, words: tuple[str, ...]
) -> None:
    done = tinbao(*words, "--db", "missing.db", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.decode().splitlines() == [
        "Error: no database at missing.db (crawl first, or pass --db)"
    ]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("folder", "is a directory"),
        ("/proc/out.jsonl", "cannot write /proc/out.jsonl"),
        ("no/such/out.jsonl", "No such file or directory"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, news: Path, output: str, reason: str
) -> None:
    (tmp_path / "folder").mkdir()
    done = tinbao("export", "--db", str(news), "--format", "jsonl", "-o", output, cwd=tmp_path)
    assert done.returncode in (1, 2)  # an error, or a usage error (with click's usage lines)
    lines = done.stderr.decode().splitlines()
    assert len(lines) <= 4 and reason in lines[-1], lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("-s", "DOWNLOAD_TIMEOUT=abc"), "-s DOWNLOAD_TIMEOUT=abc: not a number"),
        (("-s", "RETRY_ENABLED=maybe"), "-s RETRY_ENABLED=maybe: not a flag"),
        (("-s", "DOWNLOAD_DELAY"), "DOWNLOAD_DELAY"),
        (("-a", "limit"), "limit"),
        (("-a", "from=2024-05-10", "-a", "to=2024-05-01"), "to=2024-05-01 is before"),
        (("--jobdir", "/proc/jobs"), "/proc/jobs"),
        (("--log-file", "/proc/crawl.log"), "/proc/crawl.log"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else "",
)
def test_a_crawl_given_nonsense_is_one_line_before_anything_is_fetched(
    tmp_path: Path, words: tuple[str, ...], message: str
) -> None:
    done = tinbao(
        "crawl", "baothaibinh", "--db", "news.db", "-a", "base_url=http://127.0.0.1:9", *words,
        cwd=tmp_path,
    )  # fmt: skip
    stderr = done.stderr.decode()
    assert done.returncode not in (0, 130), stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) <= 4, stderr  # click's usage block at most
    assert message in stderr
