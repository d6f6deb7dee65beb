"""`tinbao crawl` under cron with the network down: one line per unreachable URL, no traceback,
a summary that says what failed, and the full log kept where `--log-file` says."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.conftest import ROOT

SITES = ("baothaibinh", "baocantho")
FAST = (
    *("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"),
    *("-s", "RETRY_TIMES=1", "-s", "TINBAO_RETRY_BACKOFF_BASE=0"),
)
ERROR_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[\w.]+\] ERROR: ")


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def crawl(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    base = f"http://127.0.0.1:{closed_port()}"
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", *SITES, "--db", str(tmp_path / "news.db")]
        + ["-a", f"base_url={base}", *FAST, *extra],
        cwd=ROOT,
        capture_output=True,  # stderr is a pipe, not a terminal: the cron output
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_unreachable_sites_give_one_error_line_per_url_and_say_so(tmp_path: Path) -> None:
    run = crawl(tmp_path, "--log-file", str(tmp_path / "crawl.log"))
    assert run.returncode == ExitCode.SITE_FAILED
    lines = run.stderr.splitlines()
    assert "Traceback" not in run.stderr
    assert [line for line in lines if not ERROR_LINE.match(line)] == []
    downloads = [line for line in lines if "] ERROR: Error downloading <GET " in line]
    urls = [re.search(r"<GET (\S+)>", line).group(1) for line in downloads if "robots" not in line]
    assert len(urls) == len(set(urls)) >= 5  # each feed and listing of the two sites, once
    assert all(line.endswith("Connection refused.") for line in downloads)
    summary = dict(line.split(": ", 1) for line in run.stdout.splitlines())
    assert sorted(summary) == sorted(SITES)
    for site, line in summary.items():
        assert line.startswith("FAILED: no response received; 0 pages"), line
        assert "URLs unreachable (DownloadConnectionRefusedError)" in line
        own = [u for u in urls if any(u.endswith(p) for p in _starts(site))]
        # Its own URLs and its robots.txt: no other site's errors.
        assert f", {len(own) + 1} errors," in line
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    assert "] INFO: Spider opened" in log and "Traceback" not in log


def _starts(site: str) -> list[str]:
    """The feed and listing paths a site's crawl starts from."""
    from parsers.sites import all_profiles

    profile = all_profiles()[site]
    return [*profile.feeds, *profile.sitemaps, *profile.listings]
