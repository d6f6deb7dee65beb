"""One spider per site profile: discover articles from feeds, sitemaps and listings, parse them.

Every profile in `parsers/sites/` becomes a spider named after its key (`scrapy list`). The
spiders only crawl; all site knowledge is in the profile and all extraction in `parsers/`.

Arguments (`-a NAME=VALUE`): `since=YYYY-MM-DD` skips older articles and stops paginating past
them; `limit=N` stops after N article pages; `base_url=URL` crawls a mirror: the live host's
absolute links in its pages and feeds are mapped onto it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from parsers.extract import extract
from parsers.page import UnreadablePage
from parsers.profile import SiteProfile
from parsers.sites import all_profiles
from pipelines.dates import LOCAL_TZ, parse_datetime
from pipelines.normalize import extraction_item


class ProfileSpider(scrapy.Spider):
    """Crawl one site described by `profile`."""

    profile: SiteProfile

    def __init__(
        self,
        since: str | None = None,
        limit: str | int | None = None,
        base_url: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        try:
            self.since: date | None = date.fromisoformat(since) if since else None
            self.limit: int | None = int(limit) if limit not in (None, "") else None
        except ValueError as exc:
            raise ValueError(f"bad spider argument: {exc} (since=YYYY-MM-DD, limit=N)") from exc
        self.base = urlsplit((base_url or self.profile.home).rstrip("/"))
        self.requested: set[str] = set()

    # --- URL mapping between the live host and the crawled base -------------------------------

    def local(self, url: str) -> str:
        """The URL to fetch: live-host links (and site paths) mapped onto `base_url`."""
        parts = urlsplit(urljoin(self.profile.home + "/", url))
        if parts.hostname in self.profile.hosts:
            parts = parts._replace(scheme=self.base.scheme, netloc=self.base.netloc)
        return urlunsplit(parts)

    def live(self, url: str) -> str:
        """The live-host URL of a fetched URL (records always name the real site)."""
        parts = urlsplit(url)
        if parts.netloc == self.base.netloc:
            parts = parts._replace(scheme="https", netloc=self.profile.hosts[0])
        return urlunsplit(parts)

    # --- discovery ---------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for feed in self.profile.feeds:
            yield scrapy.Request(self.local(feed), callback=self.parse_feed)
        for sitemap in self.profile.sitemaps:
            yield scrapy.Request(self.local(sitemap), callback=self.parse_sitemap)
        for listing in self.profile.listings:
            yield scrapy.Request(self.local(listing), callback=self.parse_listing)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        for item in response.xpath("//item"):
            link = (item.xpath("link/text()").get() or "").strip()
            published = _rfc822(item.xpath("pubDate/text()").get())
            if link and not self.too_old(published):
                yield from self.article_request(link)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        sitemap = Sitemap(response.body)
        for entry in sitemap:
            loc = entry.get("loc", "")
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(self.local(loc), callback=self.parse_sitemap)
            elif not self.too_old(parse_datetime(entry.get("lastmod", "") or "")):
                yield from self.article_request(loc)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        dates = self.listing_dates(response)
        for href in response.css("a::attr(href)").getall():
            link = self.live(response.urljoin(href))
            if urlsplit(link).hostname in self.profile.hosts:
                yield from self.article_request(link, dates)
        exhausted = bool(dates) and all(self.too_old(when) for when in dates.values())
        if exhausted or self.limit_reached():
            return
        if self.profile.next_page:
            next_href = response.css(self.profile.next_page).attrib.get("href")
            if next_href:
                yield scrapy.Request(
                    self.local(self.live(response.urljoin(next_href))),
                    callback=self.parse_listing,
                )

    def listing_dates(self, response: Response) -> dict[str, datetime]:
        """Dates the listing prints beside each article link, keyed by live URL."""
        if self.since is None or not (self.profile.listing_item and self.profile.listing_date):
            return {}
        dates: dict[str, datetime] = {}
        for entry in response.css(self.profile.listing_item):
            href = entry.css("a::attr(href)").get()
            when = parse_datetime(
                " ".join(entry.css(self.profile.listing_date + " ::text").getall())
            )
            if href and when:
                dates[self.live(response.urljoin(href))] = when
        return dates

    def too_old(self, when: datetime | None) -> bool:
        return self.since is not None and when is not None and when.date() < self.since

    def limit_reached(self) -> bool:
        return self.limit is not None and len(self.requested) >= self.limit

    def article_request(
        self, url: str, listing_dates: dict[str, datetime] | None = None
    ) -> Iterator[scrapy.Request]:
        url = self.live(url)
        path = urlsplit(url).path
        if not self.profile.is_article(path) or url in self.requested or self.limit_reached():
            return
        if listing_dates and self.too_old(listing_dates.get(url)):
            return
        self.requested.add(url)
        yield scrapy.Request(self.local(url), callback=self.parse_article, cb_kwargs={"url": url})

    # --- articles ----------------------------------------------------------------------------

    def parse_article(self, response: Response, url: str) -> Iterator[dict]:
        fetched_at = datetime.now(LOCAL_TZ)
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("tinbao/bad_page/not_html")
            self.logger.warning(
                "%s: not an HTML page (%s)", url, response.headers.get("Content-Type")
            )
            return
        try:
            extraction = extract(response.text, url, fetched_at=fetched_at)
        except UnreadablePage as exc:
            self.crawler.stats.inc_value("tinbao/bad_page/unreadable")
            self.logger.warning("%s: unreadable page (%s)", url, exc)
            return
        if self.since and extraction.published_raw:
            published = parse_datetime(extraction.published_raw, now=fetched_at)
            if self.too_old(published):
                self.crawler.stats.inc_value("tinbao/skipped/older_than_since")
                return
        yield extraction_item(extraction, response.text, fetched_at)


def _rfc822(text: str | None) -> datetime | None:
    try:
        return parsedate_to_datetime(text.strip()) if text else None
    except (TypeError, ValueError):
        return None


def _spider_class(profile: SiteProfile) -> type[ProfileSpider]:
    return type(
        f"{profile.key.capitalize()}Spider",
        (ProfileSpider,),
        {"name": profile.key, "profile": profile, "__doc__": f"Crawl {profile.name}."},
    )


for _profile in all_profiles().values():
    globals()[f"{_profile.key.capitalize()}Spider"] = _spider_class(_profile)
