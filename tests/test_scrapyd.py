"""Deploy to a real scrapyd on 127.0.0.1 with scrapyd-deploy, schedule a crawl, find the rows."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from crawler.mirror import FIXTURE_SITES, serving
from tests.conftest import ROOT

BIN = Path(sys.executable).parent
pytest.importorskip("scrapyd", reason="scrapyd is not installed")
pytest.importorskip("scrapyd_client", reason="scrapyd-client is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(url: str, data: dict[str, str] | list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    # scrapyd answers some calls by starting a `scrapy` process: slow on a busy machine.
    with urllib.request.urlopen(url, body, timeout=60) as response:
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path: Path):
    """A scrapyd of its own: temp eggs, logs and dbs, bound to 127.0.0.1 on a free port."""
    home, port = tmp_path / "scrapyd", free_port()
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        f"items_dir =\nbind_address = 127.0.0.1\nhttp_port = {port}\nmax_proc = 2\n"
        "poll_interval = 0.5\n"
    )
    process = subprocess.Popen(
        [str(BIN / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                call(url + "daemonstatus.json")
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        yield url, home
    finally:
        process.terminate()
        process.wait(timeout=30)


def deploy(url: str, stage: Path) -> None:
    """Run scrapyd-deploy on a staged copy of the project pointed at this scrapyd.

    Staging keeps the build (setup.py, build/, egg-info) out of the shared checkout; without
    a setup.py, scrapyd-deploy writes its own with the `scrapy.cfg` settings entry point.
    """
    for package in ("crawler", "parsers", "pipelines"):
        shutil.copytree(
            ROOT / package, stage / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    cfg = (ROOT / "scrapy.cfg").read_text()
    (stage / "scrapy.cfg").write_text(cfg.replace("http://127.0.0.1:6800/", url))
    done = subprocess.run(
        [str(BIN / "scrapyd-deploy"), "--version", "1"],
        cwd=stage,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"status": "ok"' in done.stdout + done.stderr


def test_scheduled_crawl_lands_in_the_database(scrapyd, tmp_path: Path) -> None:
    url, home = scrapyd
    stage = tmp_path / "stage"
    stage.mkdir()
    deploy(url, stage)
    assert "baothaibinh" in call(url + "listspiders.json?project=tinbao")["spiders"]
    db = tmp_path / "news.db"
    with serving(FIXTURE_SITES / "baothaibinh") as mirror:
        job = call(
            url + "schedule.json",
            [
                ("project", "tinbao"),
                ("spider", "baothaibinh"),
                ("base_url", mirror.base_url),
                ("setting", f"TINBAO_DB={db}"),
                ("setting", "DOWNLOAD_DELAY=0"),
                ("setting", "AUTOTHROTTLE_ENABLED=0"),
            ],
        )["jobid"]
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            jobs = call(url + "listjobs.json?project=tinbao")
            if any(j["id"] == job for j in jobs["finished"]):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"scrapyd job {job} did not finish: {jobs}")
    log = next((home / "logs").glob(f"tinbao/baothaibinh/{job}.log")).read_text()
    assert "Spider closed (finished)" in log, log[-3000:]
    database = sqlite_utils.Database(db)
    assert database["articles"].count >= 10
    (status,) = [r["status"] for r in database.query("select status from crawls")]
    assert status == "finished"
