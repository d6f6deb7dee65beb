"""One spider per registry paper without a hand-made profile: discover, learn, then crawl.

`scrapy crawl baohungyen` (and `tinbao crawl baohungyen`) runs in two phases:

1. **Discovery.** The spider fetches the home page, robots.txt, the registry's feeds and sitemaps,
   and the common feed and sitemap paths (`crawler/discovery.py`). From the home page it takes
   the `<link rel=alternate>` feeds and the same-site links. From robots.txt it takes the
   `Sitemap:` lines. It fetches no article yet: it only collects links.
2. **Crawl.** When discovery is idle, the spider learns the article URL shape from the collected
   links, with feed and sitemap entries weighted higher. It then fetches the links of that shape,
   and reads the home page's section pages (one page each, no pagination) for more links.

From then on it behaves like a profile spider. It maps `base_url` for mirrors, crawls
incrementally, refreshes recent articles, and applies `since` and `limit`. Extraction is the
generic extractor; records carry the paper's key as `site`. Health floors are `GENERIC_FLOORS`,
and the run summary says that the site ran without a profile.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse

from crawler.discovery import (
    COMMON_FEEDS,
    COMMON_SITEMAPS,
    FEED_WEIGHT,
    NOT_ARTICLE,
    classify,
    learn_article_shape,
    sitemap_lines,
)
from crawler.spiders.sites import (
    ProfileSpider,
    plausible,
    read_sitemap,
    sitemap_body,
    sitemap_time,
)
from parsers.profile import SiteProfile
from parsers.registry import BEFORE, Paper, entries, papers

# A shape no path has: nothing is an article until the shape is learned.
UNLEARNED = r"(?!)"
# Health floors for a site whose extraction nobody has checked by hand: lower than a profile's,
# still enough to tell a run that reads nothing.
GENERIC_FLOORS = {"published_at": 0.6, "body": 0.8}
SECTION_DEPTH = 2  # home page links this many segments deep or less may be section pages
NEWEST_SITEMAPS = 3  # children of a sitemap index read during discovery


def generic_profile(paper: Paper) -> SiteProfile:
    """The profile a paper without one is crawled with, before its article shape is learned."""
    row = next(e for e in entries() if e.paper.key == paper.key and e.era == BEFORE)
    return SiteProfile(
        key=paper.key,
        name=paper.name,
        province=row.province,
        merged_province=row.current_province,
        hosts=paper.all_hosts,
        article_url=UNLEARNED,
        family="generic",
        feeds=paper.feeds,
        sitemaps=paper.sitemaps,
        floors=GENERIC_FLOORS,
        shows_views=False,
    )


class RegistrySpider(ProfileSpider):
    """Crawl one registry paper that has no hand-made profile."""

    paper: Paper

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.candidates: dict[str, int] = {}  # live URL → weight, collected during discovery
        self.sections: list[str] = []
        self.learned = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.discovery_done, signal=signals.spider_idle)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.crawler.stats.set_value("tinbao/without_profile", 1)
        yield scrapy.Request(self.local("/"), callback=self.parse_home, dont_filter=True)
        yield scrapy.Request(
            self.local("/robots.txt"), callback=self.parse_robots, dont_filter=True
        )
        for path in COMMON_FEEDS:
            if path not in self.profile.feeds:
                yield self.discovery_request(path, self.parse_feed)
        for path in COMMON_SITEMAPS:
            if path not in self.profile.sitemaps:
                yield self.discovery_request(path, self.parse_sitemap)
        async for request in super().start():  # registry feeds and sitemaps, refreshes
            yield request

    def discovery_request(self, url: str, callback) -> scrapy.Request:
        """A guessed path: a 404 is expected and not worth a log line."""
        return scrapy.Request(
            self.local(url), callback=callback, dont_filter=True, meta={"handle_httpstatus_all": 1}
        )

    # --- discovery ---------------------------------------------------------------------------

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        feeds = response.css(
            'link[rel~=alternate][type="application/rss+xml"]::attr(href), '
            'link[rel~=alternate][type="application/atom+xml"]::attr(href)'
        ).getall()
        for href in feeds:
            url = self.linked(response, href)
            if self.on_site(url):  # a feed on another host may name another site's articles
                self.crawler.stats.inc_value("tinbao/discovery/feeds_announced")
                yield scrapy.Request(self.local(url), callback=self.parse_feed, dont_filter=True)
        for href in response.css("a::attr(href)").getall():
            url = self.linked(response, href).split("#")[0]
            if not self.on_site(url):
                continue
            self.candidates.setdefault(url, 1)
            path = urlsplit(url).path
            depth = len([part for part in path.split("/") if part])
            if (
                0 < depth <= SECTION_DEPTH
                and not urlsplit(url).query
                and not classify(path)
                and not NOT_ARTICLE.search(path)
                and url not in self.sections
            ):
                self.sections.append(url)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in sitemap_lines(response.text):
            url = self.linked(response, url)
            if self.on_site(url):
                self.crawler.stats.inc_value("tinbao/discovery/sitemaps_announced")
                yield from self.sitemap_request(url)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == 200:
            yield from super().parse_feed(response)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Like a profile's, but of a sitemap index only the newest `NEWEST_SITEMAPS` children:
        a paper's index can list one sitemap per month since 2010. Children with no date, or
        one that cannot be true (1970, 2099), are not ranked by it: as many of them are read
        too, so a wrong date never hides the newest sitemap."""
        if response.status != 200:
            return
        body = sitemap_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = read_sitemap(body)
        if sitemap.type != "sitemapindex":
            yield from super().parse_sitemap(response)
            return
        now = self.fetched_at()
        dated: list[tuple[datetime, dict]] = []
        undated: list[dict] = []  # no `lastmod`, or one that cannot be true (1970, 2099)
        implausible: list[str] = []
        for entry in sitemap:
            if not entry.get("loc"):
                continue
            when = sitemap_time(entry.get("lastmod", "") or "")
            if when is not None and plausible(when, now):
                dated.append((when, entry))
            else:
                undated.append(entry)
                if when is not None:
                    implausible.append(entry["lastmod"].strip())
        dated.sort(key=lambda pair: pair[0], reverse=True)
        newest = [entry for _, entry in dated[:NEWEST_SITEMAPS]] + undated[:NEWEST_SITEMAPS]
        for entry in newest:
            url = self.linked(response, entry["loc"])
            if self.on_site(url):
                yield from self.sitemap_request(url, index=response)
        self.implausible_dates("sitemap", self.live(response.url), implausible)

    def article_request(self, url: str, source: str) -> Iterator[scrapy.Request]:
        """During discovery, a feed or sitemap entry is only noted; afterwards, requested."""
        if self.learned:
            yield from super().article_request(url, source)
            return
        url = self.live(url)
        if self.on_site(url):
            self.candidates[url] = FEED_WEIGHT

    # --- from discovery to crawl ---------------------------------------------------------------

    def discovery_done(self, spider: scrapy.Spider) -> None:
        """At the first idle moment: learn the article shape and queue the crawl."""
        if self.learned:
            return
        self.learned = True
        stats = self.crawler.stats
        shape = learn_article_shape(self.candidates.items())
        if shape is None:
            stats.set_value("tinbao/discovery/shape", "none")
            self.logger.warning(
                "%s: no article URL shape among %d links found on the site",
                self.name,
                len(self.candidates),
            )
            return
        self.profile = self.profile._replace(article_url=shape.regex)
        stats.set_value("tinbao/discovery/shape", shape.name)
        stats.set_value("tinbao/discovery/article_url", shape.regex)
        self.logger.info("%s: article URLs look like %s: %s", self.name, shape.name, shape.regex)
        requests = [r for url in self.candidates for r in self.article_request(url, "discovery")]
        for section in self.sections:
            requests += self.listing_request(section)
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def article_id(self, url: str) -> str | None:
        """The learned article shape's id, for pages the generic extractor finds none in."""
        return self.profile.article_id(urlsplit(url).path)


def _spider_class(paper: Paper) -> type[RegistrySpider]:
    return type(
        f"{paper.key.capitalize()}Spider",
        (RegistrySpider,),
        {
            "name": paper.key,
            "paper": paper,
            "profile": generic_profile(paper),
            "__doc__": f"Crawl {paper.name} without a profile.",
        },
    )


for _paper in papers().values():
    if _paper.profile is None:
        globals()[f"{_paper.key.capitalize()}Spider"] = _spider_class(_paper)
