"""Links written as a browser forgives them: a tab or line break inside the address, white
space around it, backslashes for slashes (absolute and root-relative), `.` and `..` segments in
an absolute or a relative address. Feeds and sitemaps are read the same way: a feed item's link
and a sitemap index's `<loc>` written with backslashes name the address a browser would ask for.

README: stored articles are not downloaded again however they are linked, links being compared
by `parsers/urls.py`'s key; a browser following each of these links asks for one address (the
URL Standard strips tabs and line breaks, trims spaces, reads `\\` as `/` in http(s) addresses
and removes dot segments). Each probe adds a new article (`999001`, OCOP's page under another id and
headline) linked only from the Kinh tế listing, with its link spelled one way: the crawl must
ask for the article's own address once, never a spelling of it, and store it once under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawling import crawl as registry_crawl
from tests.faults.harness import (
    ARTICLES,
    FEED,
    LIVE,
    MIRROR,
    OCOP,
    TITLE_ANCHOR,
    add_ocop_copies,
    crawl,
    expected_records,
    integrity,
    link_from_economy_listing,
    mirror_copy,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_discovery_files import INDEX, LIVE_DBP, NEWEST, ONLY_IN_NEWEST, dbp_copy
from tests.faults.test_discovery_pages import FEED_XML, stored_urls

NEW = "/tin-tuc/15/999001/bai-moi-ve-san-pham-ocop"
HEADLINE = "Thêm 39 sản phẩm đạt chuẩn OCOP cấp tỉnh"

SPELLINGS = {
    "tab_and_line_break_inside": f"{LIVE}/tin-tuc/15/9990\n01/bai-moi-ve-\tsan-pham-ocop",
    "white_space_around": f"\n\t  {LIVE}{NEW}  \n",
    "backslashes_root_relative": NEW.replace("/", "\\"),
    "backslashes_absolute": "https:" + (LIVE.removeprefix("https:") + NEW).replace("/", "\\"),
    "dot_segments_absolute": f"{LIVE}/tin-tuc/15/kinh-te/../999001/./bai-moi-ve-san-pham-ocop",
    "dot_segments_relative": "../15/999001/./bai-moi-ve-san-pham-ocop",
}


def site_linking_new(tmp_path: Path, href: str) -> Path:
    """A mirror with the new article, linked from the listing's first page as `href`."""
    root = mirror_copy(tmp_path)
    add_ocop_copies(root, [(NEW, HEADLINE)])
    link_from_economy_listing(root, f'{TITLE_ANCHOR}{href}">{HEADLINE}</a>\n        ')
    return root


@pytest.mark.parametrize("name", list(SPELLINGS))
def test_a_link_spelled_as_a_browser_forgives_is_the_article(tmp_path: Path, name: str) -> None:
    root = site_linking_new(tmp_path, SPELLINGS[name])
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    asked = [path for path in site.paths() if "999001" in path or "%5C" in path.upper()]
    assert asked == [NEW], asked
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, NEW])
    expected = expected_records()[OCOP]
    row = rows[NEW]
    assert row["headline"] == HEADLINE
    for key in ("published_at", "views", "byline", "body"):
        assert row[key] == expected[key], key
    assert integrity(db) == "ok"


def backslashed(url: str) -> str:
    """An absolute address written with backslashes for its slashes, `https:\\\\host\\path`."""
    scheme, rest = url.split(":", 1)
    return f"{scheme}:{rest.replace('/', chr(92))}"


def test_a_feed_item_linked_with_backslashes_is_the_article(tmp_path: Path) -> None:
    """The feed is the only link to article 109901, and its `<link>` uses backslashes."""
    feed_only = "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024"
    written = f"<link>{LIVE}{feed_only}</link>"
    assert FEED_XML.count(written) == 1
    feed = FEED_XML.replace(written, f"<link>{backslashed(LIVE + feed_only)}</link>")
    db = tmp_path / "news.db"
    with serving(MIRROR, {FEED: Fault(body=feed.encode("utf-8"))}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    asked = [path for path in site.paths() if "109901" in path or "%5C" in path.upper()]
    assert asked == [feed_only], asked
    assert sorted(stored(db)) == sorted(ARTICLES)
    assert integrity(db) == "ok"


def test_a_sitemap_named_with_backslashes_in_the_index_is_read(tmp_path: Path) -> None:
    """The index names the newest sitemap, the only link to article 213519, with backslashes."""
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    written = f"<loc>{LIVE_DBP}{NEWEST}</loc>"
    text = index.read_text(encoding="utf-8")
    assert text.count(written) == 1
    index.write_text(
        text.replace(written, f"<loc>{backslashed(LIVE_DBP + NEWEST)}</loc>"), encoding="utf-8"
    )
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert run.hits.count(NEWEST) == 1
    assert not any("%5C" in hit.upper() or chr(92) in hit for hit in run.hits)
    assert ONLY_IN_NEWEST in stored_urls(db)
