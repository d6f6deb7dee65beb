"""Run `tinbao crawl` against a fault server and read back exactly what it stored.

The site is the Báo Thái Bình fixture mirror (tests/fixtures/sites/baothaibinh): 16 article
pages, each with a hand-written `page.json` giving the record a reader expects; the video page
(`109230`) has no body and is never stored. A clean crawl therefore stores 15 known records,
and a fault test checks which of them are stored (every one, with exactly the expected
values), which are not, that nothing else is, and that SQLite's integrity check passes.

Other test modules reuse `crawl`, `stored`, `expect_rows` and `integrity` with their own
faults (a kill, a full disk, concurrent writers): the server and the checks do not care why a
crawl went wrong.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from datasette.utils import tilde_encode

from crawler.mirror import FIXTURE_SITES
from tests.conftest import ROOT
from tests.faults.server import Fault, FaultServer, Hit, serving

SITE = "baothaibinh"
LIVE = "https://baothaibinh.com.vn"
HOST = LIVE.removeprefix("https://")  # the paper's host, as its links name it
MIRROR = FIXTURE_SITES / SITE
FEED = "/rss/home.rss"
LISTINGS = ("/tin-tuc/12/thoi-su", "/tin-tuc/15/kinh-te")
VIDEO = "/tin-tuc/12/109230/video-nghe-nhan-lang-cheo-khuoc-bieu-dien-phuc-vu-du-khach"
# Local and quick: no politeness delay, short retry waits, no refresh of known articles; and
# warnings logged (under cron `tinbao crawl` logs only errors) so tests can read the reasons.
FAST = (
    "LOG_LEVEL=WARNING",
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "TINBAO_RETRY_BACKOFF_BASE=0.1",
    "TINBAO_REFRESH_WINDOW_DAYS=0",
)
JSON_COLUMNS = ("authors", "tags", "images")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def tinbao(
    *words: str, timeout: float = 60, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """`tinbao WORDS…` run as a process (from the repository unless `cwd` says otherwise, in
    `env` when given), its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=cwd,
        env=None if env is None else {**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def tinbao_output(*words: str) -> str:
    """The output of `tinbao WORDS…`, which must succeed, read as UTF-8 whatever the locale
    (what a pipe or a file receives)."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words], cwd=ROOT, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode("utf-8")


def history_lines(db: Path) -> list[str]:
    """`tinbao history` of `db`, one line a run, each without its start time and duration
    (the clock's, not the run's doing)."""
    return [
        re.sub(r"^(#\d+ \S+) \d{4}-\d\d-\d\d \d\d:\d\d \S+ ", r"\1 ", line)
        for line in tinbao_output("history", "--db", str(db)).splitlines()
    ]


def succeeds(*words: str) -> str:
    """The standard output of `tinbao WORDS…`, which must exit 0 with no traceback."""
    done = tinbao(*words)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def json_lines(text: str) -> list[dict]:
    """The objects of a JSON Lines output, one a line."""
    return [json.loads(line) for line in text.splitlines()]


def expected_records() -> dict[str, dict]:
    """The record a reader expects for every article page of the mirror, keyed by path."""
    records = {}
    for file in sorted(MIRROR.glob("tin-tuc/**/page.json")):
        expected = json.loads(file.read_text(encoding="utf-8"))["expected"]
        records[expected["url"].removeprefix(LIVE)] = expected
    return records


ARTICLES = {path: r for path, r in expected_records().items() if r["body"]}  # storable ones


def article_path(name: str) -> str:
    """The path of the mirror's article with id `name` (e.g. "105870")."""
    return next(path for path in expected_records() if f"/{name}/" in path)


# The OCOP article, which the link probes copy: each new article is its page under another id
# and headline, linked from the Kinh tế listing's first page or the feed.
OCOP = article_path("105870")
OCOP_HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
ECONOMY_LISTING = "tin-tuc/15/kinh-te/page.html"
TITLE_ANCHOR = '<a class="title" href="'  # how that listing opens each article's link


def add_ocop_copies(root: Path, new: Iterable[tuple[str, str]]) -> None:
    """The OCOP article's page at each `(path, headline)` of `new` in the mirror at `root`."""
    page = (root / OCOP.strip("/") / "page.html").read_text(encoding="utf-8")
    for path, headline in new:
        folder = root / path.strip("/")
        folder.mkdir(parents=True)
        (folder / "page.html").write_text(
            page.replace(OCOP, path).replace(OCOP_HEADLINE, headline), encoding="utf-8"
        )


def link_from_economy_listing(root: Path, links: str) -> None:
    """`links` (anchors) put before the first article link of the Kinh tế listing's first page."""
    listing = root / ECONOMY_LISTING
    text = listing.read_text(encoding="utf-8")
    listing.write_text(text.replace(TITLE_ANCHOR, links + TITLE_ANCHOR, 1), encoding="utf-8")


def mirror_page(ident: str) -> str:
    """The mirror's page of the article with id `ident`."""
    return page_at(article_path(ident))


def page_at(path: str) -> str:
    """The mirror's page at `path` (an article's or a listing's)."""
    return (MIRROR / path.strip("/") / "page.html").read_text(encoding="utf-8")


def page_bytes(path: str) -> bytes:
    """The mirror's page at `path` as its file holds it (UTF-8)."""
    return (MIRROR / path.strip("/") / "page.html").read_bytes()


def expected_record(ident: str) -> dict:
    """The record a reader expects of the article with id `ident`."""
    return expected_records()[article_path(ident)]


def mirror_copy(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    shutil.copytree(MIRROR, root)
    return root


def crawl(
    server: FaultServer, db: Path, *options: str, settings: tuple[str, ...] = (), timeout=120
) -> Run:
    """`tinbao crawl baothaibinh` against the fault server, to the end; its exit code and output."""
    command = [sys.executable, "-c", "from crawler.cli import cli; cli()", "crawl", SITE]
    command += ["--db", str(db), "-a", f"base_url={server.base_url}"]
    for setting in (*FAST, *settings):
        command += ["-s", setting]
    done = subprocess.run(
        [*command, *options], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    return Run(done.returncode, done.stdout, done.stderr)


def crawl_from_terminal(
    site: FaultServer, db: Path, *settings: str, options: tuple[str, ...] = ()
) -> subprocess.Popen:
    """`tinbao crawl` as a person starts it at a terminal (SIGINT not ignored), one record a
    batch so that what was stored is committed as it comes: for probes that stop it by signal
    or read the database while it runs. `settings` are added to the quick ones, `options`
    (such as `-a full=1`) to the command."""
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db), *options]
    words += ["-a", f"base_url={site.base_url}", "-s", "TINBAO_DB_BATCH=1"]
    for setting in (*FAST, *settings):
        words += ["-s", setting]
    return subprocess.Popen(
        words,
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def crawl_changed_midway(db: Path, change: Callable[[], None], *settings: str) -> Run:
    """A crawl from the terminal into `db` that has committed every article but the OCOP one
    (the server holds it back), `change` made to the database's files then (a rename, a link
    repointed, the file cut), and the OCOP article let through: the run to its end."""
    hold = Fault(stall=60)
    with serving(MIRROR, {OCOP: hold}) as site:
        process = crawl_from_terminal(site, db, *settings)
        try:
            wait_for_stored(db, len(ARTICLES) - 1, process)
            assert OCOP in site.paths()
            change()
        finally:
            hold.release()
            out, err = process.communicate(timeout=120)
    return Run(process.returncode, out, err)


def crawl_mirror(db: Path, *options: str, **kwargs) -> Run:
    """`crawl` against the mirror as it is, served for this crawl alone."""
    with serving(MIRROR) as site:
        return crawl(site, db, *options, **kwargs)


def mirror_database(folder: Path) -> Path:
    """A database in `folder` holding every storable article of the mirror, as a plain crawl
    stores them: the starting point of the probes that read, export or damage a sound file."""
    db = folder / "news.db"
    run = crawl_mirror(db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    return db


def database_copy(db: Path, folder: Path) -> Path:
    """A copy of `db` as `folder/news.db`, made through SQLite (whatever its write-ahead log
    holds): each probe damages or extends its own copy of one crawled database."""
    copy = folder / "news.db"
    source, target = sqlite3.connect(db), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def crawled_copy(db: Path, folder: Path) -> Path:
    """`database_copy` in the write-ahead log mode a crawl leaves its file in (a copy made
    through SQLite is in rollback mode): a second run's probes start from it as from a first
    run of their own."""
    copy = database_copy(db, folder)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    finally:
        conn.close()
    return copy


def recrawled_after(
    crawled: Path, folder: Path, change: Callable[[Path], None]
) -> tuple[Path, dict[str, dict], list[str], str]:
    """A plain second run over a copy of the `crawled` database once `change` has edited a copy
    of the mirror: the file, its rows before the run, every target the run asked for and the
    run's output. The run must end OK, log no traceback and leave a sound file."""
    db = crawled_copy(crawled, folder)
    before = stored(db)
    root = mirror_copy(folder)
    change(root)
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert run.stdout.startswith(f"{SITE}: OK; "), run.stdout
    assert "Traceback" not in run.output, run.output
    assert integrity(db) == "ok"
    return db, before, site.paths(), run.output


def kept_and_added(db: Path, before: dict[str, dict], new: str) -> None:
    """Every article of the mirror stored as the first run left it, exactly, `new` stored
    beside them, and no revision: a second run over a changed listing added and changed
    nothing else."""
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, new])
    for path in ARTICLES:
        stored_exactly(rows, path)
        assert rows[path] == before[path], path
    assert revisions(db) == []


def crawl_faults(
    tmp_path: Path, faults: dict[str, Fault], *settings: str
) -> tuple[FaultServer, Run, Path]:
    """Crawl the mirror with `faults` served in place of its pages; the run must end well and
    leave a sound database."""
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, settings=settings)
    # The exit code too: a crawl killed from outside (negative: the signal) says nothing.
    assert run.returncode == 0, f"exit {run.returncode}: {run.output}"
    assert integrity(db) == "ok"
    return site, run, db


def crawled_rows(folder: Path, faults: dict[str, Fault]) -> dict[str, dict]:
    """The rows of one crawl of the mirror with `faults` served in place of its pages: the run
    must end well, log no traceback and fetch every page it was given a fault for."""
    site, run, db = crawl_faults(folder, faults)
    assert "Traceback" not in run.stderr, run.stderr
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return stored(db)


def stored(db: Path) -> dict[str, dict]:
    """Every stored article row keyed by path, JSON columns decoded."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in conn.execute("SELECT * FROM articles")]
    finally:
        conn.close()
    for row in rows:
        for name in JSON_COLUMNS:
            row[name] = json.loads(row[name]) if row[name] is not None else None
    return {row["url"].removeprefix(LIVE): row for row in rows}


def committed_count(db: Path) -> int:
    """Articles a reader sees committed, read through SQLite as any reader would (0 before the
    file or its schema is made)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet
    finally:
        conn.close()


def wait_for_stored(db: Path, count: int, process: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until `count` articles are committed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if committed_count(db) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{count} articles were not stored in time")


def expect_rows(
    db: Path, paths: set[str] | list[str] | dict, changed: dict[str, dict] | None = None
) -> None:
    """The database holds exactly one row per path, each with the page's expected values
    (updated by `changed[path]` for a page the test altered)."""
    rows = stored(db)
    assert sorted(rows) == sorted(paths), (set(rows) - set(paths), set(paths) - set(rows))
    records = expected_records()
    for path in paths:
        row = rows[path]
        expected = {**records[path], **(changed or {}).get(path, {})}
        assert {key: row[key] for key in expected} == expected, path


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` for the test: a disk that fills up or turns
    read-only (needs root; the test is skipped where mounting is not allowed)."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@contextmanager
def write_lock_held(db: Path, seconds: float) -> Iterator[subprocess.Popen]:
    """Another program holding `db`'s write lock for `seconds` (or until the block ends, when
    it is killed and its transaction rolled back)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('BEGIN IMMEDIATE')\n"
            "print('held', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "conn.execute('COMMIT')\n",
            str(db),
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait()


def copies_named(
    db: Path, names: Iterable[str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """A copy of `db` under each name, each in a folder of its own: the folders by name."""
    folders = {}
    for number, name in enumerate(names):
        folder = tmp_path_factory.mktemp(f"named{number}")
        shutil.copyfile(db, folder / name)
        folders[name] = folder
    return folders


def holds_only(folder: Path, name: str, suffixes: Iterable[str]) -> None:
    """`folder` holds the database `name` and at most its side files (`name` and a suffix)."""
    allowed = {name, *(name + suffix for suffix in suffixes)}
    assert {path.name for path in folder.iterdir()} <= allowed, sorted(folder.iterdir())


def free_port() -> int:
    """A port on 127.0.0.1 free when asked (another test may take it before it is bound)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=20) as answer:
        return json.loads(answer.read())


SERVE_PORT_TRIES = 3  # ports asked for in turn, each free when asked


def start_serve(db: str | Path, *options: str, cwd: Path = ROOT) -> subprocess.Popen:
    """`tinbao serve --db DB OPTIONS` run in `cwd`, its stderr kept for the test to read (the
    access log goes to stdout, left unread: a pipe nobody empties would block the server)."""
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), *options],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def stop_serve(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@contextmanager
def served(db: str | Path, cwd: Path = ROOT) -> Iterator[str]:
    """`tinbao serve` on `db` (a name read from `cwd`), once it answers; its base URL. A free
    port another test took before the server bound it (`[Errno 98]`, Datasette's exit 3) is
    given up for another."""
    for _ in range(SERVE_PORT_TRIES):
        port = free_port()
        server = start_serve(db, "--port", str(port), cwd=cwd)
        time.sleep(0.5)
        if server.poll() is None or "Errno 98" not in server.communicate()[1]:
            break
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()
            try:
                get_json(base + "/-/databases.json")
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not answer in 60 s"
                time.sleep(0.3)
        yield base
    finally:
        stop_serve(server)


def served_route(base: str) -> str:
    """The URL of the one database a `tinbao serve` at `base` serves, in Datasette's spelling."""
    (database,) = get_json(base + "/-/databases.json")
    return f"{base}/{tilde_encode(database['route'])}"


def revisions(db: Path) -> list[tuple[str, str]]:
    """article_revisions as (path, changed fields)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, changed FROM article_revisions ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(url.removeprefix(LIVE), changed) for url, changed in rows]


def redirects(db: Path) -> dict[str, tuple[str, int]]:
    """redirects as {path: (target path, status)}."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, target, status FROM redirects").fetchall()
    finally:
        conn.close()
    return {
        url.removeprefix(LIVE): (target.removeprefix(LIVE), status) for url, target, status in rows
    }


def dropped(db: Path) -> dict[str, str]:
    """dropped_pages as {path: reason}."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, reason FROM dropped_pages").fetchall()
    finally:
        conn.close()
    return {url.removeprefix(LIVE): reason for url, reason in rows}


def crawl_stats(db: Path) -> dict:
    """The stats of the last crawl row."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT stats FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row and row[0] else {}


@dataclass
class FaultedCrawl:
    """One crawl of the mirror with faults served for some of its articles, each fault for an
    article of its own: what the probes of one module read, each of its own article."""

    run: Run
    db: Path
    rows: dict[str, dict]
    base_url: str  # the site's, as the crawl asked for its pages
    hits: list[Hit]  # every request, in order
    faulted: set[str]  # the articles not answered plainly
    unstored: set[str]  # the articles the crawl must not store
    elsewhere: list = field(default_factory=list)  # requests another host received, if any

    @property
    def paths(self) -> list[str]:
        """Every target requested, in order."""
        return [hit.path for hit in self.hits]

    def url(self, path: str) -> str:
        """The URL the crawl asked for the page at `path` by, as its log names it."""
        return self.base_url + path

    def logged(self, *parts: str) -> list[str]:
        """The lines of the crawl's log that hold every one of `parts`."""
        return [line for line in self.run.stderr.splitlines() if all(p in line for p in parts)]

    def exactly(self, *paths: str, changed: dict | None = None) -> None:
        """The run logged no traceback; every article but those unstored is stored once and
        nothing else is; the articles at `paths` hold their pages' values but `changed`, and
        every article answered plainly exactly its page's."""
        assert "Traceback" not in self.run.output, self.run.output
        read = set(ARTICLES) - self.unstored
        assert sorted(self.rows) == sorted(read), set(self.rows) ^ read
        plain = [other for other in ARTICLES if other not in self.faulted]
        for other in [*paths, *plain]:
            own = (changed or {}) if other in paths else {}
            expected = {**expected_records()[other], **own}
            assert {key: self.rows[other][key] for key in expected} == expected, other

    def lost_to_this_run(self, path: str) -> None:
        """The article at `path` is not stored and not remembered as bad (a failed fetch,
        tried again next run), and its URL is logged; every other article as `exactly`."""
        self.exactly()
        assert path not in self.rows
        assert path not in dropped(self.db)
        assert path in self.run.stderr

    def next_run(self, folder: Path) -> dict[str, dict]:
        """The rows after a second run, the mirror served plainly, over a copy of this crawl's
        file in `folder`: the run ends well and leaves a sound file."""
        db = database_copy(self.db, folder)
        again = crawl_mirror(db)
        assert again.returncode == 0, again.output
        assert integrity(db) == "ok"
        return stored(db)


def faulted_crawl(
    folder: Path,
    faults: dict[str, Fault],
    faulted: set[str],
    unstored: set[str],
    *settings: str,
) -> FaultedCrawl:
    """One crawl with `faults` served (every one of them fetched), the articles `faulted`
    answered otherwise than plainly and those `unstored` expected not stored."""
    site, run, db = crawl_faults(folder, faults, *settings)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return FaultedCrawl(run, db, stored(db), site.base_url, site.hits, faulted, unstored)


def stored_exactly(rows: dict[str, dict], path: str) -> None:
    """The row of the article at `path` holds exactly its page's values."""
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected, path
