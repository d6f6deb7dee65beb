"""tinbao run as a service user (docs/scheduling.md's and docs/distributed.md's units run it as
`User=tinbao`) on a database whose file that user owns in a folder it cannot write: root's
`/var/lib/tinbao` after a `chown tinbao news.db` alone. SQLite keeps the write-ahead log and its
index (`news.db-wal`, `news.db-shm`) and tinbao its lock (`news.db.lock`) beside the file, so
the folder must be writable for a crawl; readers only read.

The promises: a crawl that cannot write says so in one line before anything is fetched, exit 1,
the file untouched (docs/scheduling.md: exit 1, the database cannot be opened); readers print
what the file holds, as they do from a filesystem mounted read-only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, database_copy
from tests.faults.server import serving

NOBODY = 65534


@pytest.fixture(scope="module")
def crawled(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("crawled"))


@pytest.fixture
def root_folder() -> Iterator[Path]:
    """A folder owned by root that every user may enter and read (not write)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run tinbao as another user")
    folder = Path(tempfile.mkdtemp(prefix="tinbao-service-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def owned_by_service(crawled: Path, folder: Path) -> Path:
    """A copy of the crawled database in `folder`, owned by the service user."""
    db = database_copy(crawled, folder)
    os.chown(db, NOBODY, NOBODY)
    return db


def as_service(*words: str) -> subprocess.CompletedProcess:
    """`tinbao WORDS…` run by the service user."""
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         sys.executable, "-c", "from crawler.cli import cli; cli()", *words],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "HOME": "/nonexistent", "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def service_crawl(db: Path, base_url: str) -> subprocess.CompletedProcess:
    settings = [word for setting in FAST for word in ("-s", setting)]
    return as_service("crawl", SITE, "--db", str(db), "-a", f"base_url={base_url}", *settings)


def test_a_crawl_in_a_folder_it_cannot_write_is_one_line_before_any_request(
    crawled: Path, root_folder: Path
) -> None:
    db = owned_by_service(crawled, root_folder)
    before = db.read_bytes()
    with serving(MIRROR) as site:
        run = service_crawl(db, site.base_url)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:"), run.stderr
    assert str(root_folder) in lines[0] or "news.db" in lines[0], lines
    assert site.hits == [], [hit.path for hit in site.hits]
    assert db.read_bytes() == before
    assert sorted(path.name for path in root_folder.iterdir()) == ["news.db"]


def test_a_new_database_in_a_folder_it_cannot_write_is_one_line(root_folder: Path) -> None:
    db = root_folder / "news.db"
    with serving(MIRROR) as site:
        run = service_crawl(db, site.base_url)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert site.hits == []
    assert list(root_folder.iterdir()) == []


@pytest.mark.parametrize(
    "words",
    [("export", "--format", "jsonl"), ("stats",), ("search", "OCOP"), ("history",)],
    ids=["export", "stats", "search", "history"],
)
def test_readers_in_a_folder_they_cannot_write_print_what_it_holds(
    crawled: Path, root_folder: Path, words: tuple[str, ...]
) -> None:
    db = owned_by_service(crawled, root_folder)
    before = db.read_bytes()
    done = as_service(*words, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    if words[0] == "export":
        urls = sorted(json.loads(line)["url"] for line in done.stdout.splitlines())
        assert urls == sorted(f"https://baothaibinh.com.vn{path}" for path in ARTICLES)
    else:
        assert done.stdout.strip(), done.stdout
    assert db.read_bytes() == before
