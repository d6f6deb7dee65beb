"""Empty values where a command expects a name, a path or a number: `tinbao crawl ""` alone and
beside a known site, `--site ""` for the readers, `-a base_url=` and the other spider arguments
left empty, `-s` settings and `TINBAO_*` environment variables set to nothing, `--log-file ""`,
`--jobdir ""`, `export -o ""` (a shell variable that was never set, a template with a blank).

The README and `--help`: a bad or empty spider argument is one `error:` line and exit 2, checked
before anything is fetched; a setting no crawl can mean is refused before fetching, exit 2; an
unknown `--site` is refused naming the known ones; nothing is created by a command refused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, crawl, database_copy
from tests.faults.server import serving


def refused_before_fetching(run, site, usage: bool = True) -> None:
    """One line saying what is wrong (click's usage block allowed for a usage error), no
    traceback, nothing asked of the site."""
    output = run.stdout + run.stderr
    if usage:
        assert run.returncode == ExitCode.USAGE, output
    else:
        assert run.returncode in (ExitCode.ERROR, ExitCode.USAGE), output
    assert "Traceback" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if "rror" in line]
    assert len(errors) == 1, run.stderr
    assert site.paths() == [], site.paths()


def crawl_words(site, db: Path, *names: str) -> list[str]:
    words = [sys.executable, "-m", "crawler.cli", "crawl", *names, "--db", str(db)]
    words += ["-a", f"base_url={site.base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    return words


def run(words: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT):
    return subprocess.run(words, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def news(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_copy(crawled_mirror, tmp_path_factory.mktemp("news"))


@pytest.mark.parametrize("names", [("",), (SITE, "")], ids=["alone", "beside_a_site"])
def test_an_empty_site_name_is_refused_before_fetching(tmp_path: Path, names) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = run(crawl_words(site, db, *names))
        refused_before_fetching(done, site)
    assert not db.exists()


@pytest.mark.parametrize("command", ["export", "search", "history", "reparse"])
def test_an_empty_site_filter_is_refused_naming_the_known_sites(news: Path, command: str) -> None:
    words = [
        command,
        *(["dai hoi"] if command == "search" else []),
        "--site",
        "",
        "--db",
        str(news),
    ]
    done = run([sys.executable, "-m", "crawler.cli", *words])
    assert done.returncode == ExitCode.USAGE, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert SITE in done.stderr
    assert done.stdout == ""


def test_an_empty_backfill_start_is_one_line_before_fetching(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl(site, db, "-a", "from=")
        refused_before_fetching(done, site)


def test_an_empty_base_url_is_one_line_and_never_reaches_the_live_site(tmp_path: Path) -> None:
    """`-a base_url=$MIRROR` with the variable unset: an empty value (README: one `error:` line,
    exit 2), never a crawl of the live paper (any request goes to a proxy that is not there)."""
    db = tmp_path / "news.db"
    words = [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--db", str(db), "-a", "base_url="]
    for setting in (*FAST, "DOWNLOAD_TIMEOUT=2", "RETRY_ENABLED=0"):
        words += ["-s", setting]
    nowhere = "http://127.0.0.1:9"
    with serving(MIRROR) as site:
        done = run(words, env={**os.environ, "http_proxy": nowhere, "https_proxy": nowhere})
        refused_before_fetching(done, site)
    assert not db.exists()


def test_an_empty_batch_size_is_one_line_before_fetching(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl(site, db, settings=("TINBAO_DB_BATCH=",))
        refused_before_fetching(done, site)
    assert not db.exists()


def test_an_empty_list_of_refresh_steps_refreshes_nothing(tmp_path: Path, news: Path) -> None:
    """README: `TINBAO_REFRESH_AFTER_HOURS` empty is no step, so no refresh, whatever the
    window (the blind probe expected a usage error, which the documents never promised)."""
    db = tmp_path / "news.db"
    shutil.copy(news, db)
    with serving(MIRROR) as site:
        done = crawl(
            site,
            db,
            settings=("TINBAO_REFRESH_WINDOW_DAYS=36500", "TINBAO_REFRESH_AFTER_HOURS="),
        )
    assert done.returncode == 0, done.output
    assert not set(site.paths()) & set(ARTICLES), site.paths()
    assert ", 0 refreshed," in done.stdout, done.stdout


def test_an_empty_environment_variable_is_one_line_naming_it(tmp_path: Path) -> None:
    """`export TINBAO_DB_BATCH=` in a crontab: not a number, refused as `=abc` is (README:
    settings can be given in the environment)."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        env = {**os.environ, "TINBAO_DB_BATCH": ""}
        done = run(crawl_words(site, db, SITE), env=env)
        refused_before_fetching(done, site)
    assert "TINBAO_DB_BATCH" in done.stderr


@pytest.mark.parametrize("option", ["--log-file", "--jobdir"])
def test_an_empty_path_for_the_log_or_the_jobdir_is_one_line(tmp_path: Path, option: str) -> None:
    """The crawl's own working directory is left empty: an empty path names no folder."""
    db = tmp_path / "news.db"
    work = tmp_path / "work"
    work.mkdir()
    with serving(MIRROR) as site:
        done = run([*crawl_words(site, db, SITE), option, ""], cwd=work)
        refused_before_fetching(done, site, usage=False)
    assert list(work.iterdir()) == []


def test_an_export_to_an_empty_file_name_is_one_line(news: Path, tmp_path: Path) -> None:
    done = run(
        [
            sys.executable,
            "-m",
            "crawler.cli",
            "export",
            "--format",
            "jsonl",
            "-o",
            "",
            "--db",
            str(news),
        ],
        cwd=tmp_path,
    )
    assert done.returncode in (ExitCode.ERROR, ExitCode.USAGE), done.stdout[:300] + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert list(tmp_path.iterdir()) == []
