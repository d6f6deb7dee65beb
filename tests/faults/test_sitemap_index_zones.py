"""A sitemap index whose `lastmod`s are written in more than one time zone: the older monthly
sitemaps regenerated in the paper's local time (`+07:00`), the newest one stamped in UTC (`Z`)
by the plugin that writes it, as W3C Datetime allows.

docs/registry.md: of a sitemap index, a paper without a profile reads the three newest sitemaps
(by `lastmod`). Newest is a moment, not a string: `2024-05-17T01:00:00Z` is later than
`2024-05-17T07:55:00+07:00` (00:55 UTC). Báo Điện Biên Phủ's newest sitemap is the only link to
article 213519: a newest sitemap left unread loses it.
"""

from __future__ import annotations

from pathlib import Path

from tests.crawling import crawl as registry_crawl
from tests.faults.test_discovery_files import INDEX, NEWEST, ONLY_IN_NEWEST, dbp_copy
from tests.faults.test_discovery_pages import stored_urls

# The index's four entries, each with the lastmod it is given here: three older sitemaps
# regenerated early on 17 May in Vietnam's time, then the newest stamped in UTC an hour later.
LASTMODS = {
    "2024-02-29T23:50:00+07:00": "2024-05-17T07:50:00+07:00",
    "2024-03-31T23:50:00+07:00": "2024-05-17T07:52:00+07:00",
    "2024-04-30T23:50:00+07:00": "2024-05-17T07:55:00+07:00",
    "2024-05-17T08:00:00+07:00": "2024-05-17T01:00:00Z",
}


def test_the_newest_sitemap_stamped_in_utc_is_read(tmp_path: Path) -> None:
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    text = index.read_text(encoding="utf-8")
    for old, new in LASTMODS.items():
        assert old in text, old
        text = text.replace(old, new)
    index.write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert "Traceback" not in run.log, run.log[-3000:]
    assert NEWEST in run.hits, run.hits
    assert ONLY_IN_NEWEST in stored_urls(db), (run.hits, run.log[-2000:])


def test_a_newest_sitemap_a_zone_west_of_utc_is_read(tmp_path: Path) -> None:
    """The same with the newest written at `-05:00` (a host abroad): 20:30 on the 16th there
    is 08:30 on the 17th in Vietnam, after the others."""
    root = dbp_copy(tmp_path)
    index = root / INDEX.strip("/")
    text = index.read_text(encoding="utf-8")
    lastmods = {**LASTMODS, "2024-05-17T08:00:00+07:00": "2024-05-16T20:30:00-05:00"}
    for old, new in lastmods.items():
        text = text.replace(old, new)
    index.write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-2000:]
    assert NEWEST in run.hits, run.hits
    assert ONLY_IN_NEWEST in stored_urls(db), (run.hits, run.log[-2000:])
