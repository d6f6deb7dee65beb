"""Feed items whose link a feed reader resolves differently from naive reading: a root-relative
link, a relative link under the item's `xml:base`, a protocol-relative link, a link wrapped in
CDATA with line breaks around it, an item naming its page only by `<guid isPermaLink="true">`,
and a link whose tracking query is written with `&amp;`.

README: a site's feeds name its articles, and stored articles are not downloaded again however
they are linked (tracking parameters such as `utm_*` are not part of an article's key). Each
way of writing adds a new article of its own (`99901N`, OCOP's page under another id and
headline) named only by a new item at the top of the feed, so one crawl serves every probe:
the crawl must ask for each new article once and store it once under its canonical URL,
exactly.
"""

from __future__ import annotations

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
    HOST,
    LIVE,
    OCOP,
    add_ocop_copies,
    crawl,
    expected_records,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import serving


def item(link: str, url: str, headline: str, *, attributes: str = "", guid: str = "") -> str:
    """A feed item for a new article; `link` is the whole `<link>` element (or nothing)."""
    return (
        f"<item{attributes}>\n<title>{headline}</title>\n{link}\n"
        "<description>(BTB) - Thêm sản phẩm OCOP.</description>\n"
        "<pubDate>Tue, 02 Jul 2024 20:00:00 +0700</pubDate>\n"
        f"{guid or f'<guid>{url}</guid>'}\n</item>\n"
    )


def items(path: str, headline: str) -> dict[str, str]:
    """The item naming the article at `path`, written each way."""
    url = LIVE + path
    return {
        "root_relative_link": item(f"<link>{path}</link>", url, headline),
        "relative_link_under_xml_base": item(
            f"<link>{path.removeprefix('/tin-tuc/15/')}</link>",
            url,
            headline,
            attributes=f' xml:base="{LIVE}/tin-tuc/15/"',
        ),
        "protocol_relative_link": item(f"<link>//{HOST}{path}</link>", url, headline),
        "link_in_cdata_with_line_breaks": item(
            f"<link><![CDATA[\n   {url}\n   ]]></link>", url, headline
        ),
        "guid_permalink_only": item(
            "", url, headline, guid=f'<guid isPermaLink="true">{url}</guid>'
        ),
        "tracking_query_written_with_entities": item(
            f"<link>{url}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=trang-chu</link>",
            url,
            headline,
        ),
    }


WAYS = list(items("/", ""))
NEW = {
    way: (f"/tin-tuc/15/99901{n}/san-pham-ocop-moi-so-{n}", f"Thêm {50 + n} sản phẩm OCOP mới")
    for n, way in enumerate(WAYS, 1)
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict[str, dict]]:
    """One crawl of a mirror whose feed opens with an item for each new article, written its
    way: the requested targets and the stored rows."""
    root = mirror_copy(tmp_path_factory.mktemp("feed_item_links"))
    add_ocop_copies(root, NEW.values())
    added = "".join(items(path, headline)[way] for way, (path, headline) in NEW.items())
    feed = root / FEED.strip("/")
    text = feed.read_text(encoding="utf-8")
    feed.write_text(text.replace("<item>", added + "<item>", 1), encoding="utf-8")
    db = root.parent / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return site.paths(), stored(db)


@pytest.mark.parametrize("way", WAYS)
def test_a_feed_item_naming_a_new_article_as_a_feed_reader_reads_it_stores_it(
    crawled, way: str
) -> None:
    paths, rows = crawled
    path, headline = NEW[way]
    number = path.split("/")[3]
    asked = [target for target in paths if number in target]
    assert len(asked) == 1 and asked[0].split("?")[0] == path, asked
    assert sorted(rows) == sorted([*ARTICLES, *(new for new, _ in NEW.values())])
    assert rows[path]["url"] == LIVE + path
    assert rows[path]["headline"] == headline
    expected = expected_records()[OCOP]
    for key in ("published_at", "views", "byline", "body"):
        assert rows[path][key] == expected[key], key
