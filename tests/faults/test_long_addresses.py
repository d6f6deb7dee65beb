"""Article addresses longer than 2,083 characters (the limit old browsers had and some crawlers
still keep): a slug of a long Vietnamese headline percent-encoded (each letter with a tone mark
is up to nine characters), 2,400 and 7,000 characters long, linked from a listing.

Web servers take request lines of 8 kB by default (nginx, Apache), browsers far longer ones; a
paper whose CMS writes the whole headline into the slug serves such articles every day.
README: every article a listing links is fetched once and stored; a page not stored is counted
in the summary's `dropped` with its reason. So the article is stored under its address (the
key of its row), exactly once, or, when not, said so; a link a megabyte long stays unasked
(tests/faults/test_link_floods.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    OCOP,
    OCOP_HEADLINE,
    TITLE_ANCHOR,
    crawl,
    expected_records,
    integrity,
    link_from_economy_listing,
    mirror_copy,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_href_spellings import HEADLINE

WORDS = "thêm-ba-mươi-chín-sản-phẩm-đạt-chuẩn-ốc-óp-cấp-tỉnh-năm-hai-nghìn-hai-mươi-tư"


def long_path(size: int) -> str:
    """An article path of exactly `size` characters, its slug percent-encoded Vietnamese."""
    head = "/tin-tuc/15/999001/"
    slug = quote(WORDS)
    while len(head) + len(slug) < size:
        slug += "-" + quote(WORDS)
    path = (head + slug)[:size]
    while path[-1] == "%" or path[-2] == "%":  # never cut an escape in two
        path = path[:-1]
    return path.rstrip("-")


def site_linking(tmp_path: Path, path: str) -> tuple[Path, dict[str, Fault]]:
    """A mirror whose listing links a new article at `path`, served from a fault (no file
    can have so long a name)."""
    root = mirror_copy(tmp_path)
    page = (root / OCOP.strip("/") / "page.html").read_text(encoding="utf-8")
    page = page.replace(OCOP, path).replace(OCOP_HEADLINE, HEADLINE)
    link_from_economy_listing(root, f'{TITLE_ANCHOR}{LIVE}{path}">{HEADLINE}</a>\n        ')
    return root, {path: Fault(body=page.encode("utf-8"))}


@pytest.mark.parametrize("size", [2_400, 7_000])
def test_an_article_at_a_long_address_is_stored_once(tmp_path: Path, size: int) -> None:
    path = long_path(size)
    assert size - 3 <= len(path) <= size
    root, faults = site_linking(tmp_path, path)
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert [p for p in site.paths() if "999001" in p] == [path]
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, path])
    row, expected = rows[path], expected_records()[OCOP]
    assert row["url"] == LIVE + path
    assert row["headline"] == HEADLINE
    for key in ("published_at", "views", "byline", "body", "images"):
        assert row[key] == expected[key], key
    assert integrity(db) == "ok"


def test_a_long_address_counts_nothing_as_dropped(tmp_path: Path) -> None:
    """The summary line of the run tells 16 new articles and nothing dropped."""
    root, faults = site_linking(tmp_path, long_path(3_000))
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert f"{len(ARTICLES) + 1} new" in run.stdout, run.stdout


def test_an_address_past_the_url_length_limit_is_said_and_counted(tmp_path: Path) -> None:
    """An article at 9,000 characters, past `URLLENGTH_LIMIT` (8190): never asked for, but
    one warning names it with its length and listing, and the summary counts it among the
    links refused (before: Scrapy's INFO line only, under the crawl's level; no figure)."""
    path = long_path(9_000)
    root, faults = site_linking(tmp_path, path)
    db = tmp_path / "news.db"
    with serving(root, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert not [p for p in site.paths() if "999001" in p]
    assert sorted(stored(db)) == sorted(ARTICLES)
    url = site.base_url + path
    said = [line for line in run.stderr.splitlines() if "past URLLENGTH_LIMIT" in line]
    assert len(said) == 1, run.stderr
    assert (
        f"{url[:300]}…: not followed ({len(url)} characters, past URLLENGTH_LIMIT 8190; " in said[0]
    )
    assert f"found in {site.base_url}/" in said[0]
    assert "1 links refused" in run.stdout, run.stdout
