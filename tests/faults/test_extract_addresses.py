"""Probes: `tinbao extract --url` given the article's address spelled as people paste it.

README: `tinbao extract --url URL FILE` parses one saved page and prints one JSON object with
exactly fifteen keys; `--url` picks the site profile by host; the `url` field is the canonical
article URL (main host, no tracking parameters or fragment); the paper's own mobile host is the
site, mapped onto its main host; links are compared by one key whatever their spelling (host in
capitals, `:443`, `utm_*`, `fbclid`, a `#fragment`); a canonical URL keys a record only when it
names the same article. Unreadable input is exit 2. So every spelling of the OCOP article's
address below must give the record its `page.json` expects, exactly, and an address that is no
web page's must be refused as a usage error: the command's usage line and one line saying what
is wrong, as every command of the command line does.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.faults.harness import LIVE, MIRROR, article_path

PATH = article_path("105870")
FOLDER = MIRROR / PATH.strip("/")
CASE = json.loads((FOLDER / "page.json").read_text(encoding="utf-8"))
PAGE = FOLDER / "page.html"
HOST = LIVE.removeprefix("https://")


def extract(url: str, page: Path = PAGE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", "--url", url]
        + ["--fetched-at", CASE["fetched_at"], str(page)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def expect_the_article(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout) == CASE["expected"]


def test_the_plain_address_gives_the_expected_record() -> None:
    assert CASE["expected"]["url"] == LIVE + PATH
    expect_the_article(extract(LIVE + PATH))


def test_tracking_parameters_and_a_fragment_are_not_part_of_the_address() -> None:
    expect_the_article(
        extract(f"{LIVE}{PATH}?utm_source=zalo&utm_medium=social&fbclid=IwAR0x#binh-luan")
    )


def test_the_host_in_capitals_with_its_port_is_the_same_site() -> None:
    expect_the_article(extract(f"HTTPS://{HOST.upper()}:443{PATH}"))


def test_the_papers_mobile_host_is_the_site_on_its_main_host() -> None:
    expect_the_article(extract(f"https://m.{HOST}{PATH}"))


def test_plain_http_and_www_name_the_same_article() -> None:
    expect_the_article(extract(f"http://www.{HOST}{PATH}"))


def test_the_host_written_fully_qualified_is_the_same_site() -> None:
    """`baothaibinh.com.vn.` (with the root's dot) is the fully qualified name of the host."""
    expect_the_article(extract(f"https://{HOST}.{PATH}"))
    expect_the_article(extract(f"https://m.{HOST}.:443{PATH}"))


def test_the_articles_amp_copy_is_keyed_by_the_article() -> None:
    """The page saved from its AMP address (`…/amp` or `/amp/…`), its canonical the article."""
    expect_the_article(extract(f"{LIVE}{PATH}/amp"))
    expect_the_article(extract(f"{LIVE}/amp{PATH}/"))


def test_an_amp_address_the_profile_knows_is_the_article_without_a_canonical(
    tmp_path: Path,
) -> None:
    """No canonical to check: the profile's article pattern takes the path without `/amp`."""
    page = tmp_path / "page.html"
    page.write_text(
        re.sub(
            r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>',
            "",
            PAGE.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    record = json.loads(extract(f"{LIVE}{PATH}/amp", page).stdout)
    assert (record["site"], record["url"]) == ("baothaibinh", LIVE + PATH)


def test_an_unknown_sites_amp_copy_is_keyed_by_its_checked_canonical(tmp_path: Path) -> None:
    """On a site no profile knows, the canonical naming the AMP address less `/amp` keys the
    record; one naming another page of the site is refused, as ever."""
    site = "https://tin-moi.example.vn"
    for canonical, url in (
        (f"{site}{PATH}", f"{site}{PATH}"),
        (f"{site}/tin-tuc/15/1/bai-khac", f"{site}{PATH}/amp"),
    ):
        page = tmp_path / "page.html"
        page.write_text(
            PAGE.read_text(encoding="utf-8").replace(LIVE + PATH, canonical), encoding="utf-8"
        )
        record = json.loads(extract(f"{site}{PATH}/amp", page).stdout)
        assert (record["site"], record["url"]) == ("generic", url), canonical


def test_an_address_that_is_no_web_page_is_refused_in_one_line() -> None:
    for url in (f"ftp://{HOST}{PATH}", "not a url", f"javascript:location='{LIVE}{PATH}'"):
        done = extract(url)
        assert done.returncode == 2, (url, done.returncode, done.stdout, done.stderr)
        assert done.stdout == "", url
        assert "Traceback" not in done.stderr
        # a usage error: the command's usage line, then one line saying what is wrong
        usage, *errors = done.stderr.strip().splitlines()
        assert usage.startswith("usage:"), (url, done.stderr)
        assert len(errors) == 1 and "error:" in errors[0], (url, done.stderr)
