"""Probes: `tinbao new-site` given samples or options it cannot make a profile from.

docs/adding-a-site.md: a sample URL that cannot be fetched (an HTTP error, robots.txt, the
network) or that is not an HTML page stops the command with exit code 1 and a one-line error,
before anything is written; usage mistakes are exit code 2. The command writes
`parsers/sites/KEY.py` and `tests/fixtures/sites/KEY/`, so it runs here in a copy of the code,
and "nothing written" means no file appeared anywhere under the copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import MIRROR, article_path
from tests.faults.server import Fault, serving

SAMPLES = ("105870", "102296")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The code in a folder of its own, which new-site may write into."""
    root = tmp_path / "checkout"
    for name in ("crawler", "parsers", "pipelines"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "scrapy.cfg", root)
    return root


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts}


def _new_site(copy: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "new-site", *args],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def _expects() -> list[str]:
    words = []
    for name in SAMPLES:
        words += ["--expect", str(MIRROR / article_path(name).lstrip("/") / "page.json")]
    return words


def _one_line(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    return lines[-1]


@pytest.mark.parametrize("key", ["../evil", "Báo XYZ"])
def test_a_key_that_is_no_module_name_is_a_usage_error(
    copy: Path, tmp_path: Path, key: str
) -> None:
    before = _files(tmp_path)
    with serving(MIRROR) as site:
        urls = [site.url(article_path(n)) for n in SAMPLES]
        done = _new_site(copy, *urls, "--key", key, *_expects())
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--key" in _one_line(done), done.stderr
    assert site.paths() == []
    assert _files(tmp_path) == before, _files(tmp_path) - before


def _fetch_fails(copy: Path, fault: Fault, robots: bytes | None = None):
    """new-site on two sample URLs of the mirror, the second answering with `fault`."""
    faults = {article_path(SAMPLES[1]): fault}
    if robots is not None:
        faults["/robots.txt"] = Fault(body=robots, content_type="text/plain")
    before = _files(copy)
    with serving(MIRROR, faults) as site:
        urls = [site.url(article_path(n)) for n in SAMPLES]
        done = _new_site(copy, *urls, "--key", "baoxyz", *_expects())
    assert _files(copy) == before, _files(copy) - before
    return site, done


def test_a_sample_url_answering_404_stops_before_writing(copy: Path) -> None:
    site, done = _fetch_fails(copy, Fault(status=404, body=b"<h1>404</h1>"))
    assert done.returncode == 1, done.stdout + done.stderr
    line = _one_line(done)
    assert "404" in line and article_path(SAMPLES[1]) in line, line


def test_a_sample_url_answering_a_pdf_stops_before_writing(copy: Path) -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    site, done = _fetch_fails(copy, Fault(body=pdf, content_type="application/pdf"))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "not an HTML page" in _one_line(done)


def test_a_sample_url_forbidden_by_robots_txt_is_never_asked_for(copy: Path) -> None:
    robots = f"User-agent: *\nDisallow: {article_path(SAMPLES[1])}\n".encode()
    site, done = _fetch_fails(copy, Fault(), robots=robots)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "robots.txt" in _one_line(done)
    assert article_path(SAMPLES[1]) not in site.paths()


def test_a_listing_url_answering_404_stops_before_writing(copy: Path) -> None:
    before = _files(copy)
    with serving(MIRROR, {"/tin-tuc/12/thoi-su": Fault(status=404, body=b"gone")}) as site:
        urls = [site.url(article_path(n)) for n in SAMPLES]
        done = _new_site(
            copy,
            *urls,
            "--key",
            "baoxyz",
            *_expects(),
            "--listing",
            site.url("/tin-tuc/12/thoi-su"),
        )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "404" in _one_line(done)
    assert _files(copy) == before


def test_fewer_expect_files_than_samples_is_a_usage_error(copy: Path) -> None:
    pages = [str(MIRROR / article_path(n).lstrip("/") / "page.html") for n in SAMPLES]
    before = _files(copy)
    done = _new_site(copy, *pages, "--key", "baoxyz", *_expects()[:2])
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--expect" in _one_line(done)
    assert _files(copy) == before


def test_an_expect_file_that_is_not_json_is_one_line(copy: Path, tmp_path: Path) -> None:
    pages = [str(MIRROR / article_path(n).lstrip("/") / "page.html") for n in SAMPLES]
    broken = tmp_path / "broken.json"
    broken.write_text('{"url": "https://baothaibinh.com.vn/x", "expected": {', encoding="utf-8")
    before = _files(copy)
    done = _new_site(copy, *pages, "--key", "baoxyz", *_expects()[:2], "--expect", str(broken))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "broken.json" in _one_line(done)
    assert _files(copy) == before
