"""Mistakes and accidents of the people running `tinbao`: an option that does not exist, a
database path that is a folder or empty, a database from a newer tinbao met by a command that
only reads, output to a full disk, dates in the future or the wrong way round, a site key that
does not exist, Ctrl-C in the middle of an export or a reparse, stored HTML that cannot be
read back, two sites crawled into one file, a record of a megabyte or of emoji.

A mistake is one line on stderr and a non-zero exit, before anything is changed; an
interrupted command exits 130 without a traceback; a bad stored page costs that page only.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from crawler.cli import cli
from crawler.exitcodes import ExitCode
from crawler.mirror import FIXTURE_SITES, serving
from pipelines import db as store
from pipelines.db.schema import SCHEMA_VERSION
from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, LIVE, MIRROR, SITE, crawl, integrity
from tests.faults.rows import expect_articles
from tests.faults.test_command_line import tinbao
from tests.test_db import make_record

COMMANDS = sorted(cli.list_commands(None))


def one_line(done: subprocess.CompletedProcess, *words: str) -> str:
    stderr = done.stderr.decode() if isinstance(done.stderr, bytes) else done.stderr
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert 1 <= len(lines) <= 4, stderr  # the message, or click's usage block and it
    for word in words:
        assert word in lines[-1], stderr
    return lines[-1]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_option_is_a_usage_error_for_every_command(tmp_path: Path, command: str) -> None:
    done = tinbao(command, "--no-such-option", cwd=tmp_path)
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "--no-such-option")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of 400 articles of about 2 kB each, with their pages: more than a pipe holds."""
    path = tmp_path_factory.mktemp("operators") / "news.db"
    db = store.open_db(path)
    records = [
        make_record(
            f"{LIVE}/tin-tuc/12/{200000 + i}/bai-{i}",
            headline=f"Tin số {i} về đường sá",
            body=f"Đoạn {i}. " + "Nội dung bài báo về tỉnh Thái Bình. " * 60,
            published_at=f"2024-05-{1 + i % 28:02d}T08:30:00+07:00",
        )
        for i in range(400)
    ]
    store.upsert_articles(db, records, observed_at=store.now_iso())
    db.close()
    return path


def test_a_database_path_that_is_a_folder_is_one_line_for_a_crawl(tmp_path: Path) -> None:
    (tmp_path / "news.db").mkdir()
    done = tinbao(
        "crawl", SITE, "--db", "news.db", "-a", "base_url=http://127.0.0.1:9", cwd=tmp_path
    )
    assert done.returncode not in (0, ExitCode.INTERRUPTED), done.stderr
    one_line(done, "news.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


@pytest.mark.parametrize("command", [("export",), ("stats",), ("search", "x"), ("history",)])
def test_a_database_path_that_is_a_folder_is_one_line_for_a_reader(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    (tmp_path / "news.db").mkdir()
    done = tinbao(*command, "--db", "news.db", cwd=tmp_path)
    assert done.returncode in (ExitCode.ERROR, ExitCode.USAGE), done.stderr
    one_line(done, "news.db")


def test_an_empty_database_path_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    """`TINBAO_DB=` set but empty in a cron file."""
    done = tinbao("export", cwd=tmp_path, env={"TINBAO_DB": ""})
    assert done.returncode in (ExitCode.ERROR, ExitCode.USAGE), done.stderr
    one_line(done)
    assert list(tmp_path.iterdir()) == []


def test_a_crawl_into_a_folder_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    done = tinbao(
        "crawl", SITE, "--db", "no/such/news.db", "-a", "base_url=http://127.0.0.1:9", cwd=tmp_path
    )
    assert done.returncode not in (0, ExitCode.INTERRUPTED), done.stderr
    one_line(done, "no/such")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command", [("export",), ("stats",), ("search", "x"), ("history",), ("reparse",)]
)
def test_a_database_from_a_newer_tinbao_is_refused_by_every_reader(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    db_path = tmp_path / "news.db"
    store.open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_path.read_bytes()
    done = tinbao(*command, "--db", str(db_path))
    assert done.returncode == ExitCode.ERROR, done.stderr
    one_line(done, "newer than this tinbao")
    assert db_path.read_bytes() == before


def test_a_csv_file_given_as_the_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "news.db").write_text("url,headline\nhttps://a.vn/1,Tin\n", encoding="utf-8")
    done = tinbao("export", "--db", "news.db", cwd=tmp_path)
    assert done.returncode == ExitCode.ERROR, done.stderr
    one_line(done, "news.db")


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "jsonl", "-o", "/dev/full"),
        ("export", "--format", "csv"),
        ("stats",),
        ("search", "Tin"),
    ],
    ids=" ".join,
)
def test_output_to_a_full_disk_is_one_line_and_a_failure(
    news: Path, command: tuple[str, ...]
) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "crawler.cli", *command, "--db", str(news)],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert done.returncode == ExitCode.ERROR, done.stderr
    one_line(done, "No space left on device")


def test_a_crawl_since_a_day_in_the_future_is_refused_before_fetching(tmp_path: Path) -> None:
    with serving(MIRROR) as site:
        done = tinbao(
            "crawl", SITE, "--db", "news.db", "-a", f"base_url={site.base_url}",
            "--since", "2999-01-01", cwd=tmp_path,
        )  # fmt: skip
        hits = list(site.hits)
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "2999-01-01")
    assert hits == []


@pytest.mark.parametrize("command", [("export",), ("search", "Tin")], ids=" ".join)
def test_since_after_until_is_a_usage_error(news: Path, command: tuple[str, ...]) -> None:
    done = tinbao(*command, "--since", "2024-06-01", "--until", "2024-05-01", "--db", str(news))
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "2024-05-01")
    assert done.stdout == b""


def test_a_day_month_date_for_since_is_a_usage_error(news: Path) -> None:
    """`--since 31/05/2024` (as Vietnamese write it): said, never read as another date."""
    done = tinbao("export", "--since", "31/05/2024", "--db", str(news))
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "31/05/2024")


def test_crawling_a_site_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    done = tinbao("crawl", "baothaibnh", "--db", "news.db", cwd=tmp_path)
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "baothaibnh")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("export",), ("search", "Tin"), ("reparse",)], ids=" ".join)
def test_a_site_filter_that_does_not_exist_is_one_line(news: Path, command) -> None:
    done = tinbao(*command, "--site", "baothaibnh", "--db", str(news))
    assert done.returncode == ExitCode.USAGE, done.stderr
    one_line(done, "baothaibnh")


def takes_ctrl_c() -> None:
    """Run in the child before it starts: SIGINT as a terminal's Ctrl-C finds it. A test run
    started in the background by a script inherits SIGINT ignored (as every job a
    non-interactive shell starts with `&` does), and Python then never raises
    KeyboardInterrupt: the command would run to its end whatever it does with a Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_when_writing(command: list[str], stream: str) -> tuple[int, bytes]:
    """Run `command` with `stream` (stdout or stderr) into a pipe; once it has written to it,
    Ctrl-C (SIGINT) it; then read everything left. Its exit code and stderr."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=takes_ctrl_c,
    )
    pipe = process.stdout if stream == "stdout" else process.stderr
    ready, _, _ = select.select([pipe], [], [], 120)
    assert ready, "the command wrote nothing"
    process.send_signal(signal.SIGINT)
    output: dict[str, bytes] = {}
    readers = [
        threading.Thread(
            target=lambda name=name: output.__setitem__(name, getattr(process, name).read())
        )
        for name in ("stdout", "stderr")
    ]
    for reader in readers:
        reader.start()
    process.wait(timeout=120)
    for reader in readers:
        reader.join()
    return process.returncode, output["stderr"]


def test_ctrl_c_during_an_export_exits_130_without_a_traceback(news: Path) -> None:
    command = [sys.executable, "-m", "crawler.cli", "export", "--db", str(news)]
    code, stderr = interrupt_when_writing(command, "stdout")
    assert code == ExitCode.INTERRUPTED, stderr
    assert b"Traceback" not in stderr


def with_pages(db_path: Path, count: int) -> list[str]:
    """`count` stored articles with their HTML (the mirror's article page, its canonical and
    og:url naming the address each is stored at, as an article's own page does), for reparse."""
    path = "tin-tuc/15/105870/them-38-san-pham-dat-chuan-ocop-cap-tinh"
    html = (MIRROR / path / "page.html").read_text(encoding="utf-8")
    db = store.open_db(db_path)
    urls = [f"{LIVE}/tin-tuc/15/{300000 + n}/bai-{n}" for n in range(count)]
    store.upsert_articles(db, [make_record(url) for url in urls], observed_at=store.now_iso())
    fetched = "2024-07-03T03:15:00+07:00"
    store.store_pages(
        db,
        [
            {"url": url, "fetched_at": fetched, "html": html.replace(f"{LIVE}/{path}", url)}
            for url in urls
        ],
    )
    db.close()
    return urls


def test_ctrl_c_during_a_reparse_exits_130_and_keeps_the_file_sound(tmp_path: Path) -> None:
    """A page with no text sorts first, so reparse says so on stderr at once; Ctrl-C then.
    Another program holds the write lock meanwhile, so the reparse cannot have stored its
    pages and ended before the Ctrl-C arrives, however loaded the machine: it waits for the
    lock, which a Ctrl-C ends at once."""
    db_path = tmp_path / "news.db"
    with_pages(db_path, 300)
    db = store.open_db(db_path)
    first = f"{LIVE}/tin-tuc/15/100000/a-trang-trong"
    store.upsert_articles(db, [make_record(first)], observed_at=store.now_iso())
    store.store_pages(
        db, [{"url": first, "fetched_at": "2024-07-03T03:15:00+07:00", "html": "<p>x</p>"}]
    )
    db.close()
    command = [sys.executable, "-m", "crawler.cli", "reparse", "--db", str(db_path)]
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        code, stderr = interrupt_when_writing(command, "stderr")
    finally:
        writer.rollback()
        writer.close()
    assert code == ExitCode.INTERRUPTED, stderr
    assert b"Traceback" not in stderr
    assert integrity(db_path) == "ok"


def test_stored_html_that_cannot_be_read_back_costs_that_page_only(tmp_path: Path) -> None:
    """One page's compressed HTML scribbled over: reparse names it and goes on."""
    db_path = tmp_path / "news.db"
    urls = with_pages(db_path, 3)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "UPDATE pages SET html_compressed = ? WHERE url = ?", [b"\x28\xb5\x2f\xfdjunk", urls[0]]
    )
    conn.execute("UPDATE articles SET headline = 'cũ' WHERE url != ?", [urls[0]])
    conn.commit()
    conn.close()
    done = tinbao("reparse", "--db", str(db_path))
    assert "Traceback" not in done.stderr.decode()
    assert urls[0] in done.stderr.decode()
    assert done.returncode == ExitCode.ERROR
    conn = sqlite3.connect(db_path)
    headlines = dict(conn.execute("SELECT url, headline FROM articles"))
    conn.close()
    assert headlines[urls[1]] == headlines[urls[2]] == "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"


def test_serve_on_a_missing_database_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    done = tinbao("serve", "--db", "missing.db", cwd=tmp_path)
    assert done.returncode == ExitCode.ERROR, done.stderr
    one_line(done, "missing.db")
    assert list(tmp_path.iterdir()) == []


def test_two_sites_crawled_into_one_database_keep_their_own_rows(tmp_path: Path) -> None:
    """Báo Thái Bình, then Báo Nam Định into the same file: each keeps its rows and its run."""
    db_path = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db_path)
    assert first.returncode == 0, first.output
    command = [
        sys.executable, "-m", "crawler.cli", "crawl", "baonamdinh", "--db", str(db_path),
    ]  # fmt: skip
    with serving(FIXTURE_SITES / "baonamdinh") as other:
        command += ["-a", f"base_url={other.base_url}"]
        for setting in FAST:
            command += ["-s", setting]
        second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stdout + second.stderr
    expect_articles(db_path)  # Báo Thái Bình's 15 rows, exactly
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT url, site FROM articles").fetchall()
    hosts = {url.split("/")[2]: site for url, site in rows}
    runs = conn.execute("SELECT spider, status FROM crawls ORDER BY id").fetchall()
    sites = dict(conn.execute("SELECT site, count(*) FROM articles GROUP BY site"))
    conn.close()
    assert runs == [("baothaibinh", "finished"), ("baonamdinh", "finished")]
    assert sites["baothaibinh"] == len(ARTICLES) and sites["baonamdinh"] > 0
    assert hosts == {"baothaibinh.com.vn": "baothaibinh", "baonamdinh.com.vn": "baonamdinh"}
    assert integrity(db_path) == "ok"


def test_a_record_of_a_megabyte_and_one_of_emoji_come_back_exact(tmp_path: Path) -> None:
    """Stored, exported as JSON Lines and CSV, and found by search, unchanged."""
    db_path = tmp_path / "news.db"
    long_body = (
        "\n\n".join(
            f"Đoạn {n}: bà con nông dân xã Đông La thu hoạch lúa sớm." for n in range(20_000)
        )
        + "\n\nKết thúc bằng từ hiếm xoàixanhđặcbiệt."
    )
    assert len(long_body.encode()) > 1_000_000
    emoji = "🌾🎉🇻🇳 𠀧𡨸 😀" * 20
    records = [
        make_record(f"{LIVE}/tin-tuc/15/400001/bai-rat-dai", body=long_body),
        make_record(
            f"{LIVE}/tin-tuc/15/400002/bai-bieu-tuong", headline="🌾 Mùa vàng 🎉", body=emoji
        ),
    ]
    db = store.open_db(db_path)
    store.upsert_articles(db, records, observed_at=store.now_iso())
    db.close()
    done = tinbao("export", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    exported = {row["url"]: row for row in map(json.loads, done.stdout.decode().splitlines())}
    assert exported[records[0]["url"]]["body"] == long_body
    assert exported[records[1]["url"]]["body"] == emoji
    assert exported[records[1]["url"]]["headline"] == "🌾 Mùa vàng 🎉"
    found = tinbao("search", "xoàixanhđặcbiệt", "--json", "--db", str(db_path))
    assert found.returncode == 0, found.stderr
    assert [json.loads(line)["url"] for line in found.stdout.decode().splitlines()] == [
        records[0]["url"]
    ]
