"""Feed items whose link a feed reader resolves differently from naive reading: a root-relative
link, a relative link under the item's `xml:base`, a protocol-relative link, a link wrapped in
CDATA with line breaks around it, an item naming its page only by `<guid isPermaLink="true">`,
and a link whose tracking query is written with `&amp;`.

README: a site's feeds name its articles, and stored articles are not downloaded again however
they are linked (tracking parameters such as `utm_*` are not part of an article's key). Each
probe adds a new article (`999002`, A's page under another id and headline) named only by a new
first item of the feed, its address written one way: the crawl must ask for the article once
and store it once under its canonical URL, exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    LIVE,
    article_path,
    crawl,
    expected_records,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import serving

A = article_path("105870")
NEW = "/tin-tuc/15/999002/san-pham-ocop-moi-cua-tinh"
HEADLINE_A = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
HEADLINE = "Thêm 40 sản phẩm đạt chuẩn OCOP cấp tỉnh"
HOST = LIVE.removeprefix("https://")


def item(link: str, *, attributes: str = "", guid: str | None = None) -> str:
    """A feed item for the new article; `link` is the whole `<link>` element (or nothing)."""
    guid_element = guid if guid is not None else f"<guid>{LIVE}{NEW}</guid>"
    return (
        f"<item{attributes}>\n<title>{HEADLINE}</title>\n{link}\n"
        "<description>(BTB) - Thêm sản phẩm OCOP.</description>\n"
        "<pubDate>Tue, 02 Jul 2024 20:00:00 +0700</pubDate>\n"
        f"{guid_element}\n</item>\n"
    )


ITEMS = {
    "root_relative_link": item(f"<link>{NEW}</link>"),
    "relative_link_under_xml_base": item(
        f"<link>{NEW.removeprefix('/tin-tuc/15/')}</link>",
        attributes=f' xml:base="{LIVE}/tin-tuc/15/"',
    ),
    "protocol_relative_link": item(f"<link>//{HOST}{NEW}</link>"),
    "link_in_cdata_with_line_breaks": item(f"<link><![CDATA[\n   {LIVE}{NEW}\n   ]]></link>"),
    "guid_permalink_only": item("", guid=f'<guid isPermaLink="true">{LIVE}{NEW}</guid>'),
    "tracking_query_written_with_entities": item(
        f"<link>{LIVE}{NEW}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=trang-chu</link>"
    ),
}


def site_with_feed_item(tmp_path: Path, new_item: str) -> Path:
    """A mirror with the new article, named only by `new_item` at the top of the feed."""
    root = mirror_copy(tmp_path)
    page = (root / A.strip("/") / "page.html").read_text(encoding="utf-8")
    page = page.replace(A, NEW).replace(HEADLINE_A, HEADLINE)
    folder = root / NEW.strip("/")
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(page, encoding="utf-8")
    feed = root / FEED.strip("/")
    text = feed.read_text(encoding="utf-8")
    feed.write_text(text.replace("<item>", new_item + "<item>", 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("name", list(ITEMS))
def test_a_feed_item_naming_a_new_article_as_a_feed_reader_reads_it_stores_it(
    tmp_path: Path, name: str
) -> None:
    root = site_with_feed_item(tmp_path, ITEMS[name])
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    asked = [path for path in site.paths() if "999002" in path]
    assert len(asked) == 1 and asked[0].split("?")[0] == NEW, asked
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, NEW])
    assert rows[NEW]["url"] == LIVE + NEW
    assert rows[NEW]["headline"] == HEADLINE
    expected = expected_records()[A]
    for key in ("published_at", "views", "byline", "body"):
        assert rows[NEW][key] == expected[key], key
    assert integrity(db) == "ok"
