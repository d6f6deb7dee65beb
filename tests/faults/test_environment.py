"""The process around a run: another time zone (`TZ=America/New_York`, `TZ=UTC`) for the
crawl's `since` and the readers' day boundaries, a database path with spaces and Vietnamese
letters (also in the C locale, and spelled decomposed), a Vietnamese site name in the C
locale, a `HOME` that cannot be written, the working directory deleted under a run, readers
and a crawl whose output is closed or full.

Every value stored is Vietnam's (+07:00) whatever the zone of the process; a refusal is one
line and a non-zero exit; a crawl stores every article once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import (
    ARTICLES,
    FAST,
    FEED,
    LISTINGS,
    LIVE,
    MIRROR,
    SITE,
    crawl_faults,
    crawl_mirror,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_export_values import edited_a, edited_b
from tests.faults.test_pages import A, B

TINBAO = [sys.executable, "-c", "from crawler.cli import cli; cli()"]
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}


def env(**extra: str) -> dict[str, str]:
    values = {**os.environ, **extra}
    return {key: value for key, value in values.items() if value != ""}


def tinbao(*args: str, environ: dict[str, str] | None = None, cwd: Path = ROOT, **kw):
    return subprocess.run(
        [*TINBAO, *args], cwd=cwd, env=environ, capture_output=True, timeout=60, **kw
    )


def crawl_words(base_url: str, db: str) -> list[str]:
    words = [*TINBAO, "crawl", SITE, "--db", db, "-a", f"base_url={base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words


def one_line(done) -> None:
    stderr = (
        done.stderr.decode("utf-8", "replace") if isinstance(done.stderr, bytes) else done.stderr
    )
    assert done.returncode not in (0, 130), stderr
    assert "Traceback" not in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A at 00:00 +07:00 on 22 September 2022 (17:00 UTC the day before), B at 06:30 +07:00
    on the 23rd (23:30 UTC on the 22nd)."""
    faults = {A: Fault(body=edited_a().encode("utf-8")), B: Fault(body=edited_b().encode("utf-8"))}
    _site, _run, db = crawl_faults(tmp_path_factory.mktemp("dated"), faults)
    return db


def exported(db: Path, zone: str, *options: str) -> list[dict]:
    done = tinbao("export", "--db", str(db), "--format", "jsonl", *options, environ=env(TZ=zone))
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


@pytest.mark.parametrize("zone", ["America/New_York", "UTC"])
def test_export_days_are_vietnamese_days_in_any_time_zone(dated_db: Path, zone: str) -> None:
    for day, expected in (("2022-09-22", [A]), ("2022-09-23", [B])):
        items = exported(dated_db, zone, "--since", day, "--until", day)
        paths = [item["url"].removeprefix(LIVE) for item in items]
        assert paths == expected, (zone, day, paths)


def test_exported_values_are_the_same_in_new_york(dated_db: Path) -> None:
    assert exported(dated_db, "America/New_York") == exported(dated_db, "Asia/Ho_Chi_Minh")


def test_a_crawl_since_a_day_keeps_its_first_minute_in_new_york(tmp_path: Path) -> None:
    """A is published at 00:00 +07:00 on the 22nd, 13:00 the day before in New York: a crawl
    with `since=2022-09-22` keeps it, in either zone, and stores the same times."""
    faults = {A: Fault(body=edited_a().encode("utf-8")), B: Fault(body=edited_b().encode("utf-8"))}
    rows = {}
    for zone in ("Asia/Ho_Chi_Minh", "America/New_York"):
        db = tmp_path / f"{zone.replace('/', '-')}.db"
        with serving(MIRROR, faults) as site:
            words = crawl_words(site.base_url, str(db)) + ["-a", "since=2022-09-22"]
            done = subprocess.run(
                words, cwd=ROOT, env=env(TZ=zone), capture_output=True, text=True, timeout=120
            )
        assert done.returncode == 0, done.stderr
        rows[zone] = {
            path: row["published_at"] for path, row in stored(db).items() if row["published_at"]
        }
    assert A in rows["Asia/Ho_Chi_Minh"]
    assert rows["America/New_York"] == rows["Asia/Ho_Chi_Minh"]


def test_every_stored_time_keeps_vietnams_offset_under_utc(tmp_path: Path) -> None:
    """The times a crawl writes of its own (when each page was fetched, when the run began and
    ended) carry the same offset whatever the process's zone."""
    suffixes = {}
    for zone in ("Asia/Ho_Chi_Minh", "UTC"):
        db = tmp_path / f"{zone.replace('/', '-')}.db"
        with serving(MIRROR) as site:
            done = subprocess.run(
                crawl_words(site.base_url, str(db)),
                cwd=ROOT,
                env=env(TZ=zone),
                capture_output=True,
                text=True,
                timeout=120,
            )
        assert done.returncode == 0, done.stderr
        conn = sqlite3.connect(db)
        fetched = {row[0][-6:] for row in conn.execute("SELECT fetched_at FROM articles")}
        started = {row[0][-6:] for row in conn.execute("SELECT started_at FROM crawls")}
        conn.close()
        suffixes[zone] = (fetched, started)
    assert suffixes["UTC"] == suffixes["Asia/Ho_Chi_Minh"]


VIETNAMESE_FOLDER = "Tin tức Thái Bình"
VIETNAMESE_NAME = "bản sao tháng 5.db"


@pytest.mark.parametrize("locale", ["utf-8", "C"])
def test_a_database_path_with_spaces_and_vietnamese_letters(tmp_path: Path, locale: str) -> None:
    folder = tmp_path / VIETNAMESE_FOLDER
    folder.mkdir()
    db = folder / VIETNAMESE_NAME
    environ = env(**C_LOCALE) if locale == "C" else env()
    with serving(MIRROR) as site:
        done = subprocess.run(
            crawl_words(site.base_url, str(db)), cwd=ROOT, env=environ, capture_output=True
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".db") == [VIETNAMESE_NAME]
    expect_rows(db, ARTICLES)
    out = tinbao("export", "--db", str(db), "--format", "jsonl", environ=environ)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert len(out.stdout.decode("utf-8").splitlines()) == len(ARTICLES)
    stats = tinbao("stats", "--db", str(db), environ=environ)
    assert stats.returncode == 0, stats.stderr.decode("utf-8", "replace")


def test_the_decomposed_spelling_of_a_database_path_is_a_missing_file(tmp_path: Path) -> None:
    """Linux keeps the bytes of a name: `bản` typed decomposed names another, missing, file.
    A reader says so in one line and creates nothing."""
    db = tmp_path / VIETNAMESE_NAME
    assert crawl_mirror(db).returncode == 0
    other = tmp_path / unicodedata.normalize("NFD", VIETNAMESE_NAME)
    assert str(other) != str(db)
    done = tinbao("export", "--db", str(other), "--format", "jsonl")
    one_line(done)
    assert not other.exists()


def test_a_vietnamese_site_name_in_the_c_locale_is_named_as_typed(tmp_path: Path) -> None:
    done = tinbao(
        "crawl", "báo thái bình", "--db", str(tmp_path / "news.db"), environ=env(**C_LOCALE)
    )
    assert done.returncode == 2, done.stderr
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) <= 4, stderr  # click's usage block at most
    assert lines[-1].startswith("Error: no spider for báo thái bình "), stderr
    assert not (tmp_path / "news.db").exists()


def test_a_home_that_cannot_be_written_does_not_stop_a_crawl(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    db = tmp_path / "news.db"
    try:
        with serving(MIRROR) as site:
            done = subprocess.run(
                crawl_words(site.base_url, str(db)),
                cwd=tmp_path,
                env=env(HOME=str(home), XDG_CONFIG_HOME="", XDG_CACHE_HOME=""),
                capture_output=True,
                text=True,
                timeout=120,
            )
    finally:
        home.chmod(0o700)
    assert done.returncode == 0, done.stderr
    expect_rows(db, ARTICLES)


def test_the_working_directory_deleted_under_a_run(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    db = tmp_path / "news.db"
    slow = {path: Fault(stall=1.5) for path in (FEED, *LISTINGS)}
    with serving(MIRROR, slow) as site:
        crawler = subprocess.Popen(
            crawl_words(site.base_url, str(db)),
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while not site.hits and time.monotonic() < deadline:
            time.sleep(0.05)
        work.rmdir()
        out, err = crawler.communicate(timeout=120)
    assert crawler.returncode == 0, err
    assert "Traceback" not in err
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


@pytest.mark.parametrize(
    "args", [("export", "--format", "jsonl"), ("stats",), ("search", "Thái Bình")]
)
def test_a_reader_whose_output_is_closed_is_one_line(dated_db: Path, args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [*TINBAO, args[0], "--db", str(dated_db), *args[1:]],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=(),
        preexec_fn=lambda: os.close(1),
        timeout=60,
    )
    one_line(done)


def test_a_crawl_whose_output_is_a_full_disk_still_stores_everything(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site, open("/dev/full", "w") as full:
        done = subprocess.run(
            crawl_words(site.base_url, str(db)),
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert "Traceback" not in done.stderr, done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
