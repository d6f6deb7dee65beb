"""`tinbao crawl` on a machine that runs other Scrapy projects: started from a folder holding
another project's `scrapy.cfg` (whose settings module is not importable, or is, with settings
of its own), from a folder holding an older project whose package is also called `crawler`,
and with another project's `SCRAPY_SETTINGS_MODULE` exported in the environment (a shell
profile, a systemd unit shared by several scrapers).

README: `tinbao crawl` runs tinbao's spiders with its settings, changed by `-s NAME=VALUE` or
the environment under the same name; the defaults are polite (robots.txt obeyed, a User-Agent
naming tinbao); README's cron line starts it from any folder. `scrapy` reads `scrapy.cfg` or
`SCRAPY_SETTINGS_MODULE`; `tinbao` is its own command. So what another project keeps around
it changes nothing: every article is stored in the `--db` given, robots.txt is asked for, and
every request names tinbao.

Each run is a process started as the installed `tinbao` script starts (`python -P`: the working
directory is not put on the module path).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import ARTICLES, FAST, MIRROR, SITE, expect_rows, integrity
from tests.faults.server import FaultServer, serving

OTHER_SETTINGS = """\
BOT_NAME = "newsbot"
SPIDER_MODULES = ["{package}.spiders"]
USER_AGENT = "newsbot/2.0 (+https://example.org/bot)"
ROBOTSTXT_OBEY = False
ITEM_PIPELINES = {{}}
CLOSESPIDER_PAGECOUNT = 3
TINBAO_DB = "other.db"
"""


def project(folder: Path, package: str, importable: bool = True) -> Path:
    """Another Scrapy project in `folder`: its `scrapy.cfg`, and its package with settings and
    an empty spiders module when `importable`."""
    folder.mkdir(exist_ok=True)
    (folder / "scrapy.cfg").write_text(
        f"[settings]\ndefault = {package}.settings\n\n[deploy]\nproject = {package}\n",
        encoding="utf-8",
    )
    if importable:
        (folder / package / "spiders").mkdir(parents=True)
        (folder / package / "__init__.py").write_text("", encoding="utf-8")
        (folder / package / "spiders" / "__init__.py").write_text("", encoding="utf-8")
        (folder / package / "settings.py").write_text(
            OTHER_SETTINGS.format(package=package), encoding="utf-8"
        )
    return folder


def crawl_from(
    site: FaultServer, cwd: Path, db: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """`tinbao crawl baothaibinh --db DB` run from `cwd` in `env` (besides the path to tinbao)."""
    words = [sys.executable, "-P", "-m", "crawler.cli", "crawl", SITE, "--db", str(db)]
    words += ["-a", f"base_url={site.base_url}"]
    for setting in FAST:
        words += ["-s", setting]
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        words, cwd=cwd, env=environment, capture_output=True, text=True, timeout=120
    )


def crawled_as_tinbao(site: FaultServer, done: subprocess.CompletedProcess, db: Path) -> None:
    """The run ended well with tinbao's own settings: every article stored in `db`, robots.txt
    asked for, every request naming tinbao."""
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
    assert "/robots.txt" in site.paths()
    agents = {hit.headers.get("User-Agent", "") for hit in site.hits}
    assert all("tinbao" in agent.lower() for agent in agents), agents


def test_a_folder_with_another_projects_scrapy_cfg_alone(tmp_path: Path) -> None:
    """The `scrapy.cfg` names `newsbot.settings`, which cannot be imported from here."""
    folder = project(tmp_path / "scrapers", "newsbot", importable=False)
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl_from(site, folder, db)
        crawled_as_tinbao(site, done, db)


def test_a_folder_holding_another_project_with_settings_of_its_own(tmp_path: Path) -> None:
    """`newsbot` sets another User-Agent, ignores robots.txt, has no pipelines, stops after
    three pages and names another database."""
    folder = project(tmp_path / "scrapers", "newsbot")
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl_from(site, folder, db)
        crawled_as_tinbao(site, done, db)
    assert not (folder / "other.db").exists()


def test_a_folder_holding_an_older_project_also_called_crawler(tmp_path: Path) -> None:
    """A scraper written before tinbao, whose package is `crawler` too (Scrapy's tutorial
    names are few), with the same settings."""
    folder = project(tmp_path / "old-scraper", "crawler")
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl_from(site, folder, db)
        crawled_as_tinbao(site, done, db)
    assert not (folder / "other.db").exists()


def test_another_projects_settings_module_in_the_environment_not_importable(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        done = crawl_from(site, tmp_path, db, {"SCRAPY_SETTINGS_MODULE": "newsbot.settings"})
        crawled_as_tinbao(site, done, db)


def test_another_projects_settings_module_in_the_environment_importable(tmp_path: Path) -> None:
    """`SCRAPY_SETTINGS_MODULE=newsbot.settings` and the project on `PYTHONPATH`, as a unit
    file written for the other scraper sets both."""
    other = project(tmp_path / "scrapers", "newsbot")
    db = tmp_path / "news.db"
    env = {
        "SCRAPY_SETTINGS_MODULE": "newsbot.settings",
        "PYTHONPATH": f"{ROOT}:{other}",
    }
    with serving(MIRROR) as site:
        done = crawl_from(site, tmp_path, db, env)
        crawled_as_tinbao(site, done, db)
    assert not (tmp_path / "other.db").exists()
