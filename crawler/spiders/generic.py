"""Spiders for pages without a site profile: one article, a list of URLs, or any listing page.

- `scrapy crawl article -a url=URL` (or `-a urls_file=FILE`, one URL per line, `#` comments)
  extracts each page;
- `scrapy crawl site -a start=URL` reads a listing page, follows the same-host links that look
  like articles (see `looks_like_article`) and the listing's `rel=next` pages; `limit=N` stops
  after N article pages, `since=YYYY-MM-DD` skips older articles.

Both stay on the hosts they were given (the start URL's, or each listed URL's): a redirect or
link elsewhere is refused, counted and logged, unless `hosts=a.vn,b.vn` names more hosts to
allow. Only http(s) URLs are requested.

Both yield the same items as the site spiders (`extraction_item`), so the normalize, validate
and storage pipelines store them unchanged; extraction uses the generic extractor unless the
host has a profile.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.spiders.base import PERMANENT_REDIRECTS, NewsSpider
from parsers.canonical import moved_to
from parsers.urls import clean_url, http_url, mirror_url, resolve_href, same_key, url_key

# Paths that are listings, people, topics or files, never an article.
NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|tu-khoa|tac-gia|author|chu-de|topic|event|su-kien|search|tim-kiem|rss|feed|"
    r"page|trang|video-list|lien-he|contact|gioi-thieu|about|login|dang-nhap)(?:/|$|\.)"
    r"|\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|mp3|zip|rss|xml|css|js)$",
    re.I,
)
PAGE_EXTENSION = re.compile(r"\.(?:html?|chn|ldo|aspx?|php|vn)$", re.I)
NUMERIC_ID = re.compile(r"(?:^|[-/_a-z])\d{5,}(?:\.\w+)?$", re.I)
MIN_SLUG_WORDS = 4


def looks_like_article(url: str) -> bool:
    """URL shape of an article page: a long slug, a numeric id, or a slugged `.htm(l)` page.

    `/kinh-te/` and `/tag/vang.html` are listings; `/gia-vang-tang-manh-4712345.html`,
    `/tin-tuc/12/102296/slug` and `/news/bao-dam-an-toan-dai-hoi.htm` are articles.
    """
    path = urlsplit(url).path
    if not path or path == "/" or NOT_ARTICLE.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    words = len(PAGE_EXTENSION.sub("", last).split("-"))
    if NUMERIC_ID.search(last) and (words >= 2 or path.count("/") >= 3):
        return True
    if words >= MIN_SLUG_WORDS:
        return True
    return bool(PAGE_EXTENSION.search(last)) and words >= MIN_SLUG_WORDS - 1


class GenericSpider(NewsSpider):
    """Article requests deduplicated (by `url_key`) and capped by `limit`, pages parsed into
    pipeline items."""

    def __init__(self, hosts: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hosts = {host.strip().lower() for host in (hosts or "").split(",") if host.strip()}

    def on_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.netloc.lower() in self.hosts or (parts.hostname or "") in self.hosts

    def other_hosts(self) -> tuple[str, ...]:
        return tuple(sorted(self.hosts))

    def article_request(self, url: str) -> Iterator[scrapy.Request]:
        key = url_key(url)
        if key in self.requested or self.limit_reached():
            return
        self.requested.add(key)
        yield scrapy.Request(
            self.fetch_url(clean_url(url)), callback=self.parse_article, dont_filter=True
        )

    async def parse_article(self, response: Response) -> AsyncIterator[dict]:
        item = await self.article_item(response, self.live_url(response.url))
        if item is not None:
            if moved_from := self.moved_from(response, item["extraction"].url):
                item["moved_from"] = moved_from
            yield item

    def moved_from(self, response: Response, url: str) -> str | None:
        """The address the article at `url` had before its site moved it for good to another
        of the crawl's hosts (the same path, answered with `301`/`308`), else None: a row
        stored under it is the same article, and is keyed by `url` from now on."""
        first = (response.meta.get("redirect_urls") or [None])[0]
        statuses = response.meta.get("redirect_reasons") or []
        if not first or not all(status in PERMANENT_REDIRECTS for status in statuses):
            return None
        first = self.live_url(first)
        target = urlsplit(url)
        if urlsplit(first).netloc == target.netloc or not same_key(moved_to(first, target), url):
            return None
        return first

    def fetch_url(self, url: str) -> str:
        """Where to fetch a page (a mirror, for the site spider with `base_url`)."""
        return url

    def live_url(self, url: str) -> str:
        """The URL a fetched page is recorded under."""
        return url


class ArticleSpider(GenericSpider):
    """Extract the article pages given by `url=` or `urls_file=`."""

    name = "article"

    def __init__(self, url: str | None = None, urls_file: str | None = None, **kwargs):
        super().__init__(**kwargs)
        urls = [url] if url else []
        if urls_file:
            try:
                lines = Path(urls_file).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise ValueError(f"urls_file={urls_file} cannot be read ({exc})") from None
            urls += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        if not urls:
            raise ValueError("give url=URL or urls_file=FILE")
        self.urls = [http_url(u) for u in urls]
        self.hosts |= {urlsplit(url).netloc.lower() for url in self.urls}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            if reason := self.refusal(url):
                self.refuse(url, reason, "the URL list")
                continue
            for request in self.article_request(url):
                yield request


class SiteSpider(GenericSpider):
    """Follow a listing page's same-host article links (and its next pages).

    With `base_url=URL` the pages are fetched from a mirror: `start` and the links on the host
    of `start` are mapped onto `base_url`, and records keep the live URLs.
    """

    name = "site"

    def __init__(self, start: str | None = None, base_url: str | None = None, **kwargs):
        super().__init__(**kwargs)
        if not start:
            raise ValueError("give start=URL (a listing page)")
        self.start_url = http_url(start, "start")
        self.host = urlsplit(self.start_url).netloc
        self.base = urlsplit(mirror_url(base_url)) if base_url is not None else None
        self.hosts |= {self.host.lower(), self.base.netloc.lower() if self.base else ""} - {""}
        self.listings: set[str] = set()
        self.listed: set[str] = set()  # keys of the article links listing pages showed so far
        self.elsewhere: Counter[str] = Counter()  # hosts of article-like links not followed

    def fetch_url(self, url: str) -> str:
        parts = urlsplit(url)
        if self.base is None or parts.netloc != self.host:
            return url
        return urlunsplit(parts._replace(scheme=self.base.scheme, netloc=self.base.netloc))

    def live_url(self, url: str) -> str:
        parts = urlsplit(url)
        if self.base is None or parts.netloc != self.base.netloc:
            return url
        live = urlsplit(self.start_url)
        return urlunsplit(parts._replace(scheme=live.scheme, netloc=live.netloc))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.listings.add(self.start_url)
        yield scrapy.Request(
            self.fetch_url(self.start_url), callback=self.parse_listing, dont_filter=True
        )

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        page = self.live_url(response.url)
        cap, followed = self.listing_cap(), 0
        off_site: Counter[str] = Counter()
        listed: set[str] = set()
        for href in response.css("a::attr(href)").getall():
            link = self.live_url(resolve_href(page, href))
            if reason := self.refusal(link):  # another site's link (or `javascript:`)
                off_site[reason] += 1
                if looks_like_article(link) and urlsplit(link).netloc:
                    self.elsewhere[urlsplit(link).netloc] += 1
                continue
            if not looks_like_article(link):
                continue
            key = url_key(link)
            listed.add(key)
            if key in self.requested:
                continue
            if cap and followed >= cap:
                self.listing_capped(page, cap)
                break
            followed += 1
            yield from self.article_request(link)
        self.listing_links_skipped(page, off_site)
        if self.limit_reached() or self.repeats_earlier_pages(page, listed):
            return
        for href in response.css("a[rel~=next]::attr(href), link[rel~=next]::attr(href)").getall():
            link = self.live_url(resolve_href(page, href))
            if reason := self.refusal(link):
                self.refuse(link, reason, f"listing {page}")
            elif link not in self.listings:
                self.listings.add(link)
                yield scrapy.Request(
                    self.fetch_url(link), callback=self.parse_listing, dont_filter=True
                )

    def repeats_earlier_pages(self, page: str, listed: set[str]) -> bool:
        """Whether a next page ends pagination: it lists no article, or only articles earlier
        pages listed (a "next" link that never ends: a calendar, a page number past the last).
        The start page always pages on."""
        if page == self.start_url or (listed and not listed <= self.listed):
            self.listed |= listed
            return False
        if listed:
            self.crawler.stats.inc_value("tinbao/listing/repeated_page")
            self.logger.warning(
                "%s: listing page repeats the articles of earlier pages; pagination stopped", page
            )
        return True

    def closed(self, reason: str) -> None:
        """Say so when the listing led to no article: a crawl that found nothing is no success."""
        if self.requested:
            return
        hint = ""
        if self.elsewhere:
            host, _ = self.elsewhere.most_common(1)[0]
            mirror = self.base or urlsplit(self.start_url)
            path = urlsplit(self.start_url).path or "/"
            hint = (
                f"; its article links point to {host}: for a mirror, crawl "
                f"start=https://{host}{path} -a base_url={mirror.scheme}://{mirror.netloc}"
            )
        self.logger.error("no article link found on %s%s", self.start_url, hint)
