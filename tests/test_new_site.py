"""`tinbao new-site` re-induces deleted profiles from their fixture pages, and induces a new one
from sample URLs it fetches through Scrapy.

In a temporary copy of the code, three hand-made profiles are deleted, then induced again from
their fixtures' pages and confirmed records (`--expect`). Each induced profile's extraction of
every fixture page must equal the fixture's page.json, field by field. A site's pages served on
127.0.0.1 are fetched as sample URLs, and give a profile for that server.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.extract_command import decode_html
from crawler.mirror import FIXTURE_SITES, serving
from parsers.record import EXTRACT_KEYS
from tests.conftest import ROOT

# Papers whose fixture pages the generic extractor alone does not read right (tags, images):
# the induced selectors have work to do.
DELETED = ("baohatinh", "baonamdinh", "baothanhhoa")
# What each needs beyond the generic extractor: the tag links, or the body container with the
# advertisement box dropped.
INDUCED = {
    "baohatinh": ([], ""),  # the generic extractor reads every field of its pages
    "baonamdinh": (['"body":', '".article-detail', '#content",'], '(".adv-center",)'),
    "baothanhhoa": ([], ""),  # so are its pages, now that an ad's picture is known by its alt
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


def _checkout(root: Path, deleted: tuple[str, ...] = ()) -> Path:
    """The code in `root`, without the `deleted` profiles, and no fixtures."""
    for name in ("crawler", "parsers", "pipelines"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "scrapy.cfg", root)
    for key in deleted:
        (root / "parsers" / "sites" / f"{key}.py").unlink()
    return root


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The code without the three profiles, and no fixtures."""
    return _checkout(tmp_path_factory.mktemp("checkout"), DELETED)


def _cases(site: str) -> list[Path]:
    return sorted((FIXTURE_SITES / site).rglob("page.json"))


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "new-site", *args],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _new_site(copy: Path, site: str, *extra: str) -> subprocess.CompletedProcess:
    args = [str(p.parent / "page.html") for p in _cases(site)]
    for case in _cases(site):
        args += ["--expect", str(case)]
    return _run(copy, *args, "--key", site, *extra)


def _parser_test(copy: Path, key: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHECK, key], cwd=copy, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


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
    pages = len(_cases(site))
    checked = _parser_test(copy, site)
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


def _served_cases(site: str, base_url: str, folder: Path) -> tuple[list[str], list[str]]:
    """The site's fixture pages as URLs on the mirror, and `--expect` files confirming each
    one's record under that URL (with a fetch time the fetch must not take)."""
    urls, expect = [], []
    for index, path in enumerate(_cases(site)):
        case = json.loads(path.read_text(encoding="utf-8"))
        url = f"{base_url}/{path.parent.relative_to(FIXTURE_SITES / site).as_posix()}"
        case["url"] = case["expected"]["url"] = url
        case["fetched_at"] = "2020-01-01T00:00:00+07:00"
        written = folder / f"sample-{index}.json"
        written.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        urls.append(url)
        expect += ["--expect", str(written)]
    return urls, expect


def _fetched_between(stamp: str, start: datetime, end: datetime) -> bool:
    return start <= datetime.fromisoformat(stamp) <= end


@pytest.mark.slow
def test_sample_urls_are_fetched_over_http_and_give_a_profile(tmp_path: Path) -> None:
    """Báo Hà Tĩnh's pages served on 127.0.0.1, induced as a new site: the generic extractor
    reads every field, so the profile needs no selector; the records keep the URLs fetched. Its
    "Xã hội" listing, fetched too, gives the listing selectors."""
    code = _checkout(tmp_path / "checkout")
    with serving(FIXTURE_SITES / "baohatinh") as mirror:
        urls, expect = _served_cases("baohatinh", mirror.base_url, tmp_path)
        start = datetime.now().astimezone()
        listing = f"{mirror.base_url}/xa-hoi/"
        done = _run(code, *urls, "--key", "baoxyz", *expect, "--listing", listing)
        end = datetime.now().astimezone()
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "wrote parsers/sites/baoxyz.py",
        "wrote 3 fixture pages under tests/fixtures/sites/baoxyz/",
        r"article URLs: ^/[a-z0-9]+(?:-[a-z0-9]+)*-post(?P<id>\d{5,})\.html$",
        "  generic: modified",
        "field agreement: 45/45",
    ]
    paths = sorted(url.removeprefix(mirror.base_url) for url in urls)
    assert sorted(mirror.hits) == [*paths, "/robots.txt", "/xa-hoi/"]
    induced = (code / "parsers" / "sites" / "baoxyz.py").read_text(encoding="utf-8")
    assert 'hosts=("127.0.0.1",),' in induced
    assert r'article_url=r"^/[a-z0-9]+(?:-[a-z0-9]+)*-post(?P<id>\d{5,})\.html$",' in induced
    assert induced.split("fields={")[1].split("}")[0].split() == []
    assert "drop=" not in induced
    assert 'listings=("/xa-hoi/",),' in induced
    assert 'listing_item="h3.story__heading",' in induced  # one per article link
    assert 'next_page=".next",' in induced
    for url, path in zip(urls, _cases("baohatinh"), strict=True):
        folder = code / "tests" / "fixtures" / "sites" / "baoxyz" / url.split("/", 3)[3]
        assert sorted(p.name for p in folder.iterdir()) == [
            "page.html",
            "page.json",
            "response.json",
        ]
        assert (folder / "page.html").read_bytes() == (path.parent / "page.html").read_bytes()
        saved = json.loads((folder / "page.json").read_text(encoding="utf-8"))
        response = json.loads((folder / "response.json").read_text(encoding="utf-8"))
        expected = json.loads(path.read_text(encoding="utf-8"))["expected"]
        assert saved["url"] == saved["expected"]["url"] == url
        assert saved["expected"] == {**expected, "url": url, "site": "baoxyz"}
        assert saved["fetched_at"] == response["fetched_at"]
        assert _fetched_between(saved["fetched_at"], start, end)
        assert (response["requested"], response["url"], response["status"]) == (url, url, 200)
        assert response["encoding"] == "utf-8"
    assert _parser_test(code, "baoxyz") == {
        "agree": {key: [3, 3] for key in EXTRACT_KEYS},
        "layout": [],
    }


TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _windows_1258(text: str) -> bytes:
    """`text` in windows-1258, the legacy Vietnamese code page: letters like ê, ơ, ư have a byte,
    tone marks are combining characters after them."""
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out += (base + "".join(c for c in decomposed if c in TONES)).encode("cp1258")
    return bytes(out)


@pytest.mark.slow
def test_sample_urls_in_a_legacy_charset_are_decoded_and_saved_in_utf8(tmp_path: Path) -> None:
    """Báo Điện Biên Phủ's pages sent in windows-1258, declared only by their <meta>: read as a
    crawl reads them (tone marks recomposed), they need no selector, as in UTF-8; page.html is
    the page in UTF-8, declared so."""
    code = _checkout(tmp_path / "checkout")
    served = tmp_path / "served"
    originals = {}
    for path in _cases("baodienbienphu"):
        relative = path.parent.relative_to(FIXTURE_SITES / "baodienbienphu").as_posix()
        html = (path.parent / "page.html").read_text(encoding="utf-8")
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in html
        legacy = html.replace("charset=utf-8", "charset=windows-1258")
        (served / relative).parent.mkdir(parents=True, exist_ok=True)
        (served / relative).write_bytes(_windows_1258(legacy))  # a file: sent as bare text/html
        originals[relative] = html
    with serving(served) as mirror:
        urls, expect = _served_cases("baodienbienphu", mirror.base_url, tmp_path)
        done = _run(code, *urls, "--key", "baoabc", *expect)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[2:] == [
        r"article URLs: ^(?:/[^/]+){2}/[a-z0-9]+(?:-[a-z0-9]+)*-(?P<id>\d{5,})\.htm/?$",
        "field agreement: 45/45",
    ]
    for relative, html in originals.items():
        folder = code / "tests" / "fixtures" / "sites" / "baoabc" / relative
        response = json.loads((folder / "response.json").read_text(encoding="utf-8"))
        assert (response["headers"]["Content-Type"], response["encoding"]) == (
            ["text/html"],
            "cp1258",
        )
        saved = (folder / "page.html").read_bytes()
        assert saved.decode("utf-8") == html  # the page before its windows-1258 encoding
        assert decode_html(saved) == html
    assert _parser_test(code, "baoabc") == {
        "agree": {key: [3, 3] for key in EXTRACT_KEYS},
        "layout": [],
    }


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("khong-co-bai-nay-post300001.html", "could not fetch {url} (HTTP 404)"),
        ("robots.txt", "{url} is not an HTML page (text/plain; charset=utf-8)"),
    ],
)
def test_a_sample_url_that_gives_no_article_page_fails_in_one_line(
    copy: Path, path: str, error: str
) -> None:
    good = "hon-12000-hoc-sinh-ha-tinh-duoc-ho-tro-bao-hiem-y-te-post301109.html"
    with serving(FIXTURE_SITES / "baohatinh") as mirror:
        url = f"{mirror.base_url}/{path}"
        done = _run(copy, f"{mirror.base_url}/{good}", url, "--key", "baoqqq")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == ["Error: " + error.format(url=url)]
    assert not (copy / "parsers" / "sites" / "baoqqq.py").exists()
    assert not (copy / "tests" / "fixtures" / "sites" / "baoqqq").exists()


def test_a_host_another_profile_covers_stops_before_writing(copy: Path) -> None:
    args = [str(p.parent / "page.html") for p in _cases("baocantho")]
    for case in _cases("baocantho"):
        args += ["--expect", str(case)]
    done = _run(copy, *args, "--key", "baocanthomoi")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [
        "Error: baocantho.com.vn is already a host of the profile baocantho "
        "(parsers/sites/baocantho.py)"
    ]
    assert not (copy / "parsers" / "sites" / "baocanthomoi.py").exists()
    assert not (copy / "tests" / "fixtures" / "sites" / "baocanthomoi").exists()
