"""`tinbao new-site` re-induces deleted profiles from their fixture pages.

In a temporary copy of the code, three hand-made profiles are deleted, then induced again from
their fixtures' pages and confirmed records (`--expect`). Each induced profile's extraction of
every fixture page must equal the fixture's page.json, field by field.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.mirror import FIXTURE_SITES
from parsers.record import EXTRACT_KEYS
from tests.conftest import ROOT

# Papers whose fixture pages the generic extractor alone does not read right (tags, images):
# the induced selectors have work to do.
DELETED = ("baohatinh", "baonamdinh", "baothanhhoa")
# What each needs beyond the generic extractor: the tag links, or the body container with the
# advertisement box dropped.
INDUCED = {
    "baohatinh": (['"tags":', '".article__tag', 'a",'], ""),
    "baonamdinh": (['"body":', '".article-detail', '#content",'], '(".adv-center",)'),
    "baothanhhoa": (
        ['"tags":', '".tag-detail', 'a",', '"body":', '".detail', '#main-detail",'],
        '(".adv-detail",)',
    ),
}
# The parser test, run inside the copy on the fixtures new-site wrote there.
CHECK = """
import json, sys
from datetime import datetime
from pathlib import Path
from parsers.extract import extract
from pipelines.normalize import extract_record
agree, layout = {}, set()
for path in sorted(Path("tests/fixtures/sites", sys.argv[1]).rglob("page.json")):
    case = json.loads(path.read_text(encoding="utf-8"))
    html = (path.parent / "page.html").read_text(encoding="utf-8")
    when = datetime.fromisoformat(case["fetched_at"])
    got = extract_record(html, case["url"], when)
    sources = extract(html, case["url"], fetched_at=when).sources
    layout |= {name for name, source in sources.items() if source != "generic"}
    for key, value in case["expected"].items():
        agree.setdefault(key, []).append(got[key] == value)
counts = {k: [sum(v), len(v)] for k, v in agree.items()}
print(json.dumps({"agree": counts, "layout": sorted(layout)}))
"""


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The code without the three profiles, and no fixtures."""
    root = tmp_path_factory.mktemp("checkout")
    for name in ("crawler", "parsers", "pipelines"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "scrapy.cfg", root)
    for key in DELETED:
        (root / "parsers" / "sites" / f"{key}.py").unlink()
    return root


def _cases(site: str) -> list[Path]:
    return sorted((FIXTURE_SITES / site).rglob("page.json"))


def _new_site(copy: Path, site: str, *extra: str) -> subprocess.CompletedProcess:
    args = [str(p.parent / "page.html") for p in _cases(site)]
    for case in _cases(site):
        args += ["--expect", str(case)]
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "new-site", *args, "--key", site, *extra],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("site", DELETED)
def test_deleted_profile_is_induced_again_with_every_field_agreeing(copy: Path, site: str) -> None:
    done = _new_site(copy, site)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"field agreement: {15 * len(_cases(site))}/{15 * len(_cases(site))}" in done.stdout
    induced = (copy / "parsers" / "sites" / f"{site}.py").read_text(encoding="utf-8")
    fields, drop = INDUCED[site]
    assert f'key="{site}"' in induced
    assert induced.split("fields={")[1].split("}")[0].split() == fields
    assert ("drop=" + drop) in induced if drop else "drop=" not in induced
    check = subprocess.run(
        [sys.executable, "-c", CHECK, site], cwd=copy, capture_output=True, text=True, check=True
    )
    pages = len(_cases(site))
    checked = json.loads(check.stdout)
    assert checked["agree"] == {key: [pages, pages] for key in EXTRACT_KEYS}
    # The induced selectors give their fields (and the body container its byline).
    assert {f.strip('":') for f in fields if f.endswith('":')} <= set(checked["layout"])
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--line-length=100",
         str(copy / "parsers" / "sites" / f"{site}.py")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert lint.returncode == 0, lint.stdout


def test_listing_page_gives_listing_and_next_page_selectors(copy: Path) -> None:
    listing = FIXTURE_SITES / "baocantho" / "thoi-su" / "page.html"
    done = _new_site(
        copy,
        "baocantho",
        "--force",
        "--listing",
        str(listing),
        "--listing-url",
        "https://baocantho.com.vn/thoi-su/",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    induced = (copy / "parsers" / "sites" / "baocantho.py").read_text(encoding="utf-8")
    assert 'listings=("/thoi-su/",)' in induced
    assert 'listing_item="div.news-item"' in induced
    assert 'next_page=".next"' in induced
    assert r'article_url=r"^/[a-z0-9]+(?:-[a-z0-9]+)*-a(?P<id>\d{5,})\.html$"' in induced


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    page = _cases("baocantho")[0].parent / "page.html"
    runner = CliRunner()
    one = runner.invoke(cli, ["new-site", str(page), "--key", "baoxyz"])
    assert (one.exit_code, one.stderr.splitlines()[-1]) == (
        2,
        "Error: give at least two sample pages (three is better)",
    )
    exists = runner.invoke(cli, ["new-site", str(page), str(page), "--key", "baocantho"])
    assert exists.exit_code == 2
    assert "parsers/sites/baocantho.py exists (--force overwrites it)" in exists.stderr
    no_tty = runner.invoke(cli, ["new-site", str(page), str(page), "--key", "baoxyz"])
    assert no_tty.exit_code == 2
    assert "give --expect page.json for each sample" in no_tty.stderr
