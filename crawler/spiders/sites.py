"""One spider per site profile: discover articles from feeds, sitemaps and listings, parse them.

Every profile in `parsers/sites/` becomes a spider named after its key (`scrapy list`). The
spiders only crawl; all site knowledge is in the profile and all extraction in `parsers/`.

Arguments (`-a NAME=VALUE`): `since=YYYY-MM-DD` skips older articles and stops paginating past
them; `limit=N` stops after N article pages; `base_url=URL` crawls a mirror: the live host's
absolute links in its pages and feeds are mapped onto it; `full=1` fetches known articles too.

A backfill (`from=YYYY-MM-DD`, optionally `to=YYYY-MM-DD`, default today) walks the profile's
by-date archive one day at a time, newest day first, taking only each day's own entries (side
lists carry other days). A site without an archive falls back to its feeds, sitemaps and
listing pagination, which stops past `from`; articles published after `to` are skipped.

Crawls are incremental: the articles already in `TINBAO_DB` (read once at start) are the "seen"
state, with the pages fetched but dropped (`dropped_pages`) and the URLs moved for good to
another article (`redirects`), so discovery never downloads them again and a listing stops
paginating at the first page with nothing new. Links are compared by
their key (`parsers.urls.url_key`), so a stored article linked on an old host, with tracking
parameters or with a fragment is still a known one. Refresh is separate:
recently published articles are fetched again on a decaying schedule (`TINBAO_REFRESH_*`) so
their view counts and revisions keep being recorded.

Every request bypasses Scrapy's duplicate filter, because after a killed run its `requests.seen`
(in JOBDIR) may list requests that never completed; the spider's own `requested` set and the
database deduplicate instead. A run resuming an unfinished one (with its JOBDIR, or after a run
stopped or killed before its end) pages on through known listing pages, since the unfinished
run's frontier may lie beyond them.

Only http(s) URLs on the profile's hosts (or the mirror's `base_url`) are ever requested,
whatever names them: an off-site or `file:` feed item, sitemap entry or pagination link is
refused, counted and logged (`NewsSpider.refusal`), and `SitePolicyMiddleware` applies the same
rule to redirects. Listing pages and runs are capped (`TINBAO_MAX_LINKS_PER_LISTING`,
`TINBAO_MAX_ARTICLES_PER_RUN`), so a listing of ten thousand links cannot run away with a crawl.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import zlib
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import scrapy
from lxml import etree
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap
from sqlite_utils import Database
from twisted.python.failure import Failure
from w3lib.encoding import read_bom

from crawler.downloader import NOT_FETCHED
from crawler.jobdir import QUEUE, STATE, jobdir_damage
from crawler.signals import article_missing, article_moved
from crawler.spiders.base import ARTICLE_LINKS, PERMANENT_REDIRECTS, NewsSpider
from parsers.profile import SiteProfile
from parsers.sites import all_profiles
from parsers.urls import clean_url, http_url, mirror_url, on_hosts, resolve_href, url_key
from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime
from pipelines import db as store
from pipelines.storage import STORAGE_ERROR

FEED_ROOTS = ("rss", "RDF", "feed")  # RSS 2.0, RSS 1.0, Atom
EARLIEST_NEWS = datetime(1995, 1, 1, tzinfo=LOCAL_TZ)  # before any Vietnamese paper was online
MAX_SITEMAP_DEPTH = 3  # indexes under a sitemap: the protocol allows none, papers' CMSs nest two
# A document type declaration with its internal subset: feeds and sitemaps need none, and its
# entities can make a parser stop (an entity bomb trips libxml2's amplification limit, and the
# lenient parse then keeps only the items before it). Undefined entities left behind are read
# as the lenient parser reads any (`&nbsp;`).
DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)
DOCTYPE_BYTES = re.compile(DOCTYPE.pattern.encode(), re.DOTALL | re.IGNORECASE)
# A feed's entries and, in each, its link (Atom's `<link rel="alternate" href=…/>` beside
# enclosures, or RSS's text) and publish time; run on the lxml elements, as parsel's wrapping of
# every entry and answer cost more than the queries. An RSS link is one that holds its address
# as text: an `<atom:link rel="self" href=…/>` a plugin writes before it is no RSS link.
FEED_ENTRIES = etree.XPath("//*[local-name()='item' or local-name()='entry']")
ENTRY_HREF = etree.XPath("*[local-name()='link'][not(@rel) or @rel='alternate'][@href][1]")
ENTRY_LINK_TEXT = etree.XPath("*[local-name()='link'][not(@href)][1]")
# RSS 2.0: a `guid` is the item's permanent address unless it says `isPermaLink="false"`.
ENTRY_PERMALINK = etree.XPath("*[local-name()='guid'][not(@isPermaLink='false')][1]")
ENTRY_PUBLISHED = etree.XPath(
    "string(*[local-name()='pubDate' or local-name()='published'][1])", smart_strings=False
)
RUNNING_MARKER = "tinbao.running"  # in JOBDIR while a run is open: left behind by a killed run


class ProfileSpider(NewsSpider):
    """Crawl one site described by `profile`."""

    profile: SiteProfile
    # Whether this run's `crawls` row is written before discovery reads the database, as a
    # local crawl's is; `tinbao enqueue` seeds a run that its writer records later.
    run_recorded = True

    def __init__(self, base_url: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        # An empty `base_url=` (a variable left unset) is a mistake, never the live site.
        home = http_url(self.profile.home) if base_url is None else mirror_url(base_url)
        self.base = urlsplit(home.rstrip("/"))
        self.listed: set[str] = set()
        self.sitemaps_read: set[str] = set()  # sitemaps requested this run
        self.listed_articles: set[str] = set()  # keys of the articles listing pages listed
        self.known: set[str] = set()
        self.retried: set[str] = set()  # keys of the dropped pages tried again this run
        self.retry_dropped: list[str] = []  # their URLs
        self.ask_again: list[str] = []  # articles the last run failed to fetch, for now
        self.ask_again_listings: list[str] = []  # the same for listing pages
        self.resumed = False

    # --- URL mapping between the live host and the crawled base -------------------------------

    def local(self, url: str) -> str:
        """The URL to fetch: live-host links (and site paths) mapped onto `base_url`."""
        parts = urlsplit(resolve_href(self.profile.home + "/", url))
        if on_hosts(parts.hostname, self.profile.hosts):
            parts = parts._replace(scheme=self.base.scheme, netloc=self.base.netloc)
        return urlunsplit(parts)

    def linked(self, response: Response, href: str) -> str:
        """The live URL a link of `response` names, resolved as a browser resolves it."""
        return self.live(resolve_href(get_base_url(response), href))

    def redirect_target(self, url: str) -> str:
        """A mirror's page for a redirect to the live host: a mirror crawl never leaves it."""
        return url if self.base.hostname in self.profile.hosts else self.local(url)

    def on_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return on_hosts(parts.hostname, self.profile.hosts) or parts.netloc == self.base.netloc

    def live(self, url: str) -> str:
        """The clean live-host URL of a fetched or linked URL (records always name the real
        site): the mirror and the site's other hosts mapped onto its main host, tracking
        parameters and fragment dropped."""
        parts = urlsplit(url)
        if parts.netloc == self.base.netloc:
            parts = parts._replace(scheme="https", netloc=self.profile.hosts[0])
        return clean_url(urlunsplit(parts), self.profile.hosts)

    def key(self, url: str) -> str:
        """What links are compared by: one key per article, however it is linked."""
        return url_key(self.live(url), self.profile.hosts)

    # --- discovery ---------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.open_state()
        due = self.read_database()
        for request in self.discovery_requests():
            yield request
        for url in self.ask_again_listings:
            # Pages on from one whose articles are all stored, which the listing stops at.
            for request in self.listing_request(url):
                yield request
        for url in self.ask_again:
            # Wherever they were linked: a listing may now stop before the page that was.
            for request in self.article_request(url, source="the last run's failed fetches"):
                yield request
        for url in self.retry_dropped:
            # The same for a page dropped for a reason that may pass (a login or error page).
            for request in self.article_request(url, source="dropped pages due for a try"):
                yield request
        for url in due:
            self.crawler.stats.inc_value("tinbao/refresh/requested")
            yield scrapy.Request(
                self.local(url),
                callback=self.parse_article,
                cb_kwargs={"url": url},
                meta={"tinbao_refresh": True},
                priority=-1,
                dont_filter=True,
            )

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        """Where new articles are found: the archive days of a backfill, else feeds and lists."""
        if self.backfill and self.since and self.profile.archive:
            yield from self.archive_requests()
            return
        for feed in self.profile.feeds:
            yield scrapy.Request(self.local(feed), callback=self.parse_feed, dont_filter=True)
        for sitemap in self.profile.sitemaps:
            yield from self.sitemap_request(sitemap)
        for listing in self.profile.listings:
            yield from self.listing_request(listing)

    def archive_requests(self) -> Iterator[scrapy.Request]:
        """One request per day of the window, newest first: day N back has priority -1-N, so
        a day's articles (priority 0) are fetched before older days are opened."""
        assert self.since is not None and self.profile.archive is not None
        last = self.until or datetime.now(LOCAL_TZ).date()
        for back in range((last - self.since).days + 1):
            day = last - timedelta(days=back)
            url = self.live(self.local(day.strftime(self.profile.archive)))
            self.listed.add(url)
            yield scrapy.Request(
                self.local(url), callback=self.parse_archive, priority=-1 - back, dont_filter=True
            )

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.check_jobdir()
        return spider

    def check_jobdir(self) -> None:
        """Before the scheduler opens JOBDIR: drop the request queue of a run that was killed,
        or one left damaged (crawler/jobdir.py).

        Scrapy saves its queue's bookkeeping only when a run closes, so after a kill the queue
        files replay stale requests and lose new ones. The marker file, present from spider open
        to spider close, tells a killed run; its work is then rediscovered from the database.
        """
        jobdir = self.crawler.settings.get("JOBDIR")
        if not jobdir:
            return
        folder = Path(jobdir)
        marker = folder / RUNNING_MARKER
        if marker.exists():
            self.resume_from_database(folder, "the last run was killed")
        elif damage := jobdir_damage(folder, self):
            # Its saved `requested` set would skip the requests of the queue given up.
            (folder / STATE).unlink(missing_ok=True)
            self.resume_from_database(folder, damage)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()

    def resume_from_database(self, folder: Path, why: str) -> None:
        """Give up the JOBDIR's request queue: the run finds its work again from the database
        (stored articles skipped, listings paged through past stored pages)."""
        self.resumed = True
        shutil.rmtree(folder / QUEUE, ignore_errors=True)
        (folder / "requests.seen").unlink(missing_ok=True)
        self.logger.warning("%s: %s; resuming from the database", folder, why)

    def open_state(self) -> None:
        """Keep `requested` in JOBDIR's spider state across an interrupted (Ctrl-C) run."""
        state = getattr(self, "state", None)  # set by Scrapy's SpiderState when JOBDIR is on
        if state is None:
            return
        if state.get("finished", True):
            state["requested"] = set()
        else:
            self.resumed = True
        self.requested = state.setdefault("requested", set())

    def closed(self, reason: str) -> None:
        """The scheduler has saved its queue by now: the JOBDIR is consistent again."""
        jobdir = self.crawler.settings.get("JOBDIR")
        if jobdir:
            self.state["finished"] = reason == "finished"
            (Path(jobdir) / RUNNING_MARKER).unlink(missing_ok=True)

    def read_database(self) -> list[str]:
        """Load the known URLs and return the articles due for a refresh."""
        settings = self.crawler.settings
        if not settings.getbool("TINBAO_STORAGE_ENABLED", True):
            return []
        if self.crawler.stats.get_value(STORAGE_ERROR):  # the run could not even be recorded
            raise CloseSpider("database_error")
        path = settings.get("TINBAO_DB", "news.db")
        try:
            return self._read_database(store.open_db(path), settings)
        except sqlite3.Error as exc:  # a corrupt page, an I/O error: one line, and stop
            self.logger.error("%s", store.database_error(path, exc))
            raise CloseSpider("database_error") from exc

    def _read_database(self, db: Database, settings: Settings) -> list[str]:
        """`read_database` on an open database, which it closes."""
        try:
            if not self.full:
                unrecorded = 0 if self.run_recorded else 1
                seen = store.known_urls(db, self.name)
                seen |= store.dropped_urls(db, self.name, unrecorded)
                seen |= store.redirected_urls(db, self.name)
                self.known = {self.key(url) for url in seen}
                if store.last_run_cut_short(db, self.name):
                    self.resumed = True  # its frontier may lie past listing pages now known
                    self.logger.info(
                        "the last run was stopped; listings are paged past known articles"
                    )
                # Dropped pages due for another try are fetched, but keep no listing paginating.
                self.retry_dropped = sorted(store.retried_urls(db, self.name, unrecorded))
                self.retried = {self.key(url) for url in self.retry_dropped}
                give_up = settings.getint("TINBAO_ASK_AGAIN_RUNS")
                self.ask_again = self.asked_again(db, store.ASK_AGAIN, give_up)
                self.ask_again_listings = self.asked_again(db, store.ASK_AGAIN_LISTINGS, give_up)
            window = timedelta(days=settings.getfloat("TINBAO_REFRESH_WINDOW_DAYS"))
            steps = [
                timedelta(hours=float(h))
                for h in settings.getlist("TINBAO_REFRESH_AFTER_HOURS")
                if h.strip()  # an empty setting means no steps, not a step of ""
            ]
            if window <= timedelta(0) or not steps:
                return []
            now = datetime.now(LOCAL_TZ)
            candidates = store.refresh_candidates(db, self.name, now - window - timedelta(days=1))
        finally:
            db.close()
        due = [
            url
            for url, anchor, fetched in candidates
            if refresh_due(anchor, fetched, now, steps, window)
        ]
        self.logger.info("%d articles known, %d due for a refresh", len(self.known), len(due))
        return due

    def asked_again(self, db: Database, key: str, give_up: int) -> list[str]:
        """The URLs of `key` the last run failed to fetch for a reason that may pass, less those
        failed in each of the last `give_up` runs, which are given up with one warning each."""
        urls, given_up = store.asked_again(db, self.name, key, give_up)
        for url in given_up:
            self.logger.warning(
                "%s: failed in each of the last %d runs; not asked again", url, give_up
            )
        return urls

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """Article links of an RSS (or RSS 1.0 / Atom) feed; an empty or non-feed is reported."""
        feed = self.live(response.url)
        text = DOCTYPE.sub("", feed_text(response), count=1)
        doc = scrapy.Selector(text=text, type="xml") if text.strip() else None
        root = doc.xpath("local-name(/*)").get() if doc is not None else None
        if root not in FEED_ROOTS:
            what = "is an HTML page" if root == "html" else "is not a feed"
            self.feed_problem(feed, "not_a_feed", what)
            return
        entries = FEED_ENTRIES(doc.root)
        problem = xml_error(response.body)
        if not entries and not problem:
            self.feed_problem(feed, "empty", "has no items")
            return
        items = [(entry_link(entry), ENTRY_PUBLISHED(entry)) for entry in entries]
        if problem:
            linked = sum(1 for link, _ in items if link and link.strip())
            self.not_well_formed("feed", feed, problem, linked)
        now = self.fetched_at()
        implausible: list[str] = []
        for link, when in items:
            published = _rfc822(when) or parse_datetime(when or "", now=now)
            if published is not None and not plausible(published, now):
                implausible.append(when.strip())
                published = None  # the page's own date decides
            if link and link.strip() and not (self.too_old(published) or self.too_new(published)):
                yield from self.article_request(link, source=f"feed {feed}")
        self.implausible_dates("feed", feed, implausible)

    def implausible_dates(self, kind: str, url: str, dates: list[str]) -> None:
        """Say that a feed or sitemap gave dates that cannot be true (1970 from a null time
        stamp, a year ahead): they never decide that an entry is too old or too new."""
        if not dates:
            return
        self.crawler.stats.inc_value(f"tinbao/{kind}/implausible_date", len(dates))
        self.logger.warning(
            "%s: %d %s dates cannot be true (such as %r); those entries are dated by their pages",
            url,
            len(dates),
            kind,
            dates[0][:100],
        )

    def feed_problem(self, feed: str, kind: str, what: str) -> None:
        self.crawler.stats.inc_value(f"tinbao/feed/{kind}")
        self.logger.warning("%s: feed %s; no article found in it", feed, what)

    def not_well_formed(self, kind: str, url: str, problem: str, links: int) -> None:
        """Say that a feed or sitemap is broken XML (cut short, an HTML entity…): the links
        that could be read of it are followed, but those past the fault may be missing."""
        self.crawler.stats.inc_value(f"tinbao/{kind}/broken")
        self.logger.warning(
            "%s: %s is not well-formed XML (%s); %d links read from what could be parsed",
            url,
            kind,
            problem,
            links,
        )

    def sitemap_request(self, url: str, index: Response | None = None) -> Iterator[scrapy.Request]:
        """A sitemap's request, once a run: an index may list itself or a child that lists it.
        A child of `index` more than `MAX_SITEMAP_DEPTH` indexes down is not requested: a
        chain of indexes each naming a new one would otherwise be walked to its end."""
        depth = index.meta.get("tinbao_sitemap_depth", 0) + 1 if index is not None else 0
        if depth > MAX_SITEMAP_DEPTH:
            self.crawler.stats.inc_value("tinbao/sitemap/too_deep")
            self.logger.warning(
                "%s: sitemap index nested more than %d deep; its sitemaps are not read",
                self.live(index.url),
                MAX_SITEMAP_DEPTH,
            )
            return
        url = self.live(self.local(url))
        if url not in self.sitemaps_read:
            self.sitemaps_read.add(url)
            yield scrapy.Request(
                self.local(url),
                callback=self.parse_sitemap,
                dont_filter=True,
                meta={"tinbao_sitemap_depth": depth},
            )

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        body = sitemap_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = read_sitemap(body)
        entries = list(sitemap)
        text_form = isinstance(sitemap, TextSitemap) and bool(entries)
        if not text_form and (problem := xml_error(body)):
            linked = sum(1 for entry in entries if entry.get("loc", "").strip())
            self.not_well_formed("sitemap", self.live(response.url), problem, linked)
        now = self.fetched_at()
        implausible: list[str] = []
        for entry in entries:
            loc = entry.get("loc", "")
            source = f"sitemap {self.live(response.url)}"
            if sitemap.type == "sitemapindex":
                if reason := self.refusal(resolve_href(self.profile.home + "/", loc)):
                    self.refuse(loc, reason, source)
                else:
                    yield from self.sitemap_request(loc, index=response)
            else:
                lastmod = entry.get("lastmod", "") or ""
                when = sitemap_time(lastmod) or parse_datetime(lastmod, now=now)
                if when is not None and not plausible(when, now):
                    implausible.append(entry.get("lastmod", "").strip())
                    when = None  # the page's own date decides
                if not (self.too_old(when) or self.too_new(when)):
                    yield from self.article_request(loc, source=source)
        self.implausible_dates("sitemap", self.live(response.url), implausible)

    def listing_request(self, url: str) -> Iterator[scrapy.Request]:
        url = self.live(self.local(url))
        if url not in self.listed:
            self.listed.add(url)
            yield scrapy.Request(self.local(url), callback=self.parse_listing, dont_filter=True)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        listing = self.live(response.url)
        dates = self.listing_dates(response)
        cap, followed = self.listing_cap(), 0
        off_site: Counter[str] = Counter()
        links = [self.linked(response, h) for h in response.css("a::attr(href)").getall()]
        for link in links:
            if urlsplit(link).hostname not in self.profile.hosts:
                # Share buttons, other papers, `javascript:`: never article candidates.
                off_site[self.refusal(link) or "off_site"] += 1
                continue
            if (self.since or self.until) and dates and self.key(link) not in dates:
                continue  # an undated side list (most read…) on a dated listing: age unknown
            wanted = self.article_candidate(link, dates, source=f"listing {listing}")
            if wanted is None:
                continue
            if cap and followed >= cap:
                self.listing_capped(listing, cap)
                break
            followed += 1
            yield self.request_article(*wanted)
        self.listing_links_skipped(listing, off_site)
        if self.repeats_earlier_pages(listing, links):
            return
        if self.nothing_new(self.listing_entries(response), dates) or self.limit_reached():
            return
        if self.profile.next_page:
            next_href = response.css(self.profile.next_page).attrib.get("href")
            if not next_href:
                return
            next_url = self.linked(response, next_href)
            if reason := self.refusal(next_url):
                self.refuse(next_url, reason, f"listing {listing}")
            else:
                yield from self.listing_request(next_url)

    def parse_archive(self, response: Response) -> Iterator[scrapy.Request]:
        """One archive day (or a further page of it): its own entries, then its next page."""
        if not isinstance(response, TextResponse):
            return
        self.crawler.stats.inc_value("tinbao/archive/pages")
        dates = self.listing_dates(response)
        for link in self.listing_entries(response):
            yield from self.article_request(link, dates)
        if self.limit_reached() or not self.profile.next_page:
            return
        next_href = response.css(self.profile.next_page).attrib.get("href")
        url = self.linked(response, next_href) if next_href else None
        if url and url not in self.listed:
            self.listed.add(url)
            yield scrapy.Request(
                self.local(url),
                callback=self.parse_archive,
                priority=response.request.priority if response.request else 0,
                dont_filter=True,
            )

    def listing_entries(self, response: TextResponse) -> list[str]:
        """The listing's own article links (its entries, when the profile names them)."""
        scope = response.css(self.profile.listing_item) if self.profile.listing_item else [response]
        links = [self.linked(response, h) for e in scope for h in e.css("a::attr(href)").getall()]
        return [link for link in links if self.profile.is_article(urlsplit(link).path)]

    def repeats_earlier_pages(self, listing: str, links: list[str]) -> bool:
        """Whether a listing page ends pagination because it links to no article, or only to
        articles earlier listing pages of this run linked to: past the last page, or a "next"
        link that never ends (a page number or a query string that changes every time).

        All the page's article links count, not only its entries, so a page whose entries the
        profile no longer finds (a new layout) still pages on while it brings new articles."""
        keys = {
            self.key(link)
            for link in links
            if urlsplit(link).hostname in self.profile.hosts
            and self.profile.is_article(urlsplit(link).path)
        }
        if keys and not keys <= self.listed_articles:
            self.listed_articles |= keys
            return False
        if keys:
            self.crawler.stats.inc_value("tinbao/listing/repeated_page")
            self.logger.warning(
                "%s: listing page repeats the articles of earlier pages; pagination stopped",
                listing,
            )
        return True

    def nothing_new(self, links: list[str], dates: dict[str, datetime]) -> bool:
        """Whether a listing page ends pagination: every entry known or older than `since`."""
        if not links:
            return bool(dates) and all(self.too_old(when) for when in dates.values())
        skip_known = not (self.full or self.resumed)
        keys = [self.key(link) for link in links]
        return all(
            (skip_known and (key in self.known or key in self.retried))
            or self.too_old(dates.get(key))
            for key in keys
        )

    def listing_dates(self, response: Response) -> dict[str, datetime]:
        """Dates the listing prints beside each article link, keyed by `key`."""
        if not (self.since or self.until) or not (
            self.profile.listing_item and self.profile.listing_date
        ):
            return {}
        dates: dict[str, datetime] = {}
        now = self.fetched_at()
        for entry in response.css(self.profile.listing_item):
            href = entry.css("a::attr(href)").get()
            when = parse_datetime(
                " ".join(entry.css(self.profile.listing_date + " ::text").getall()), now=now
            )
            if href and when:
                dates[self.key(resolve_href(get_base_url(response), href))] = when
        return dates

    def article_request(self, url: str, source: str) -> Iterator[scrapy.Request]:
        """The request for an article link from a feed or sitemap, unless it is not wanted."""
        wanted = self.article_candidate(url, source=source)
        if wanted is not None:
            yield self.request_article(*wanted)

    def article_candidate(
        self, url: str, listing_dates: dict[str, datetime] | None = None, *, source: str
    ) -> tuple[str, str] | None:
        """The live URL and `key` of a link worth requesting as an article, or None (refusals
        logged)."""
        url = resolve_href(self.profile.home + "/", url)  # as written: `ftp:` stays `ftp:`
        if reason := self.refusal(url):
            self.refuse(url, reason, source)
            return None
        url = self.live(url)
        key = url_key(url, self.profile.hosts)  # `self.key` of the link, its live URL read once
        path = urlsplit(url).path
        if not self.profile.is_article(path):
            return None
        self.crawler.stats.inc_value(ARTICLE_LINKS)
        if key in self.requested or self.limit_reached():
            return None
        when = listing_dates.get(key) if listing_dates else None
        if self.too_old(when) or self.too_new(when):
            return None
        if key in self.known:
            self.crawler.stats.inc_value("tinbao/skipped/known")
            return None
        return url, key

    def request_article(self, url: str, key: str) -> scrapy.Request:
        """The request for an article at its live `url`, whose `key` is noted as requested."""
        self.requested.add(key)
        return scrapy.Request(
            self.local(url),
            callback=self.parse_article,
            errback=self.article_not_fetched,
            cb_kwargs={"url": url},
            dont_filter=True,
        )

    def article_not_fetched(self, failure: Failure) -> Failure | None:
        """Forget an article request the crawl's stop gave up (`NOT_FETCHED`), so that the run
        resuming this one from its JOBDIR asks for it again: Scrapy saves only the requests
        still in its scheduler, and `requested` (kept in the JOBDIR) would skip this one for
        good. Any other failure goes on as if there were no errback."""
        request = failure.request
        if not request.meta.get(NOT_FETCHED):
            return failure
        self.requested.discard(self.key(request.cb_kwargs["url"]))
        return None

    # --- articles ----------------------------------------------------------------------------

    async def parse_article(self, response: Response, url: str) -> AsyncIterator[dict]:
        landed = self.live(response.url)
        if landed != url and not self.profile.is_article(urlsplit(landed).path):
            if not self.names_as_canonical(response, url):
                # Off the article pattern (a mirror's directory, a home page): no article.
                self.crawler.stats.inc_value("tinbao/bad_page/not_article")
                self.logger.warning("%s: redirected to %s, not an article page", url, landed)
                self.crawler.signals.send_catch_log(
                    signal=article_missing, request=response.request
                )
                return
            landed = url  # moved to a new URL scheme, still the article it names
        if landed != url and self.key(landed) != self.key(url):
            # Redirected to another article (merged, or the link was wrong): the page is that
            # article's, so it is keyed by where it is, never stored under the link's URL.
            self.crawler.stats.inc_value("tinbao/redirected/other_article")
            self.logger.warning(
                "%s: redirected to another article, %s; stored as that", url, landed
            )
            self.requested.add(self.key(landed))
            statuses = response.meta.get("redirect_reasons", [])
            if statuses and all(status in PERMANENT_REDIRECTS for status in statuses):
                self.crawler.signals.send_catch_log(
                    signal=article_moved, url=url, target=landed, status=statuses[-1]
                )
            url = landed
        refresh = bool(response.meta.get("tinbao_refresh"))
        item = await self.article_item(response, url, apply_since=not refresh)
        if item is not None:
            if refresh:
                self.crawler.stats.inc_value("tinbao/refresh/fetched")
            yield item

    def names_as_canonical(self, response: Response, url: str) -> bool:
        """Whether a page names the article at `url` as its canonical address: an article moved
        to an address off the site's pattern (a new URL scheme) that says it is still that
        article, where a home or category page names itself."""
        if not isinstance(response, TextResponse):
            return False
        href = response.css('link[rel="canonical"]::attr(href)').get()
        return bool(href) and self.key(self.linked(response, href)) == self.key(url)


def refresh_due(
    anchor: str,
    fetched_at: str | None,
    now: datetime,
    steps: list[timedelta],
    window: timedelta = timedelta.max,
) -> bool:
    """Whether an article published within `window` has passed a refresh step (`anchor` + step)
    since it was last fetched."""
    published = _aware(anchor)
    if now - published > window:
        return False
    last = _aware(fetched_at) if fetched_at else None
    return any(
        published + step <= now and (last is None or last < published + step) for step in steps
    )


def plausible(when: datetime, now: datetime) -> bool:
    """Whether a feed's or sitemap's date of an entry could be true: not before Vietnamese
    papers went online, not more than a day after the fetch (a zone mistake is no lie)."""
    when = when if when.tzinfo else when.replace(tzinfo=LOCAL_TZ)  # `-0000`: zone unknown
    return EARLIEST_NEWS <= when <= now + timedelta(days=1)


def sitemap_body(body: bytes, max_size: int) -> bytes:
    """A sitemap's XML, without a document type declaration (`DOCTYPE`). A `.xml.gz` file is
    often sent as it lies on disk, gzip bytes without `Content-Encoding` (under an XML or binary
    type), so gzip bytes are inflated here, up to the download size cap, as Scrapy's own
    sitemap spider does."""
    if body.startswith(b"\x1f\x8b"):
        try:
            body = gunzip(body, max_size=max_size)
        except (OSError, EOFError, zlib.error, _DecompressionMaxSizeExceeded):
            return b""  # no sitemap anyone can read: reported as not well-formed
    return DOCTYPE_BYTES.sub(b"", body, count=1)


class TextSitemap:
    """A sitemap in the protocol's text form (sitemaps.org: one URL a line, in UTF-8), read as a
    urlset of `loc`s; a body with no URL line gives no entry."""

    type = "urlset"

    def __init__(self, body: bytes) -> None:
        lines = (line.strip() for line in body.decode("utf-8-sig", "replace").splitlines())
        self.locs = [line for line in lines if line.lower().startswith(("http://", "https://"))]

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter([{"loc": loc} for loc in self.locs])


def read_sitemap(body: bytes) -> Sitemap | TextSitemap:
    """A sitemap's entries: the XML forms through Scrapy's `Sitemap`, and a body in which it
    finds no element (a text sitemap; an answer empty, white space or a bare declaration) in
    the text form. `Sitemap` raises `StopIteration` there (or lxml's error for no byte at all),
    which inside a spider's callback became a `RuntimeError` and a traceback."""
    try:
        return Sitemap(body)
    except (StopIteration, etree.XMLSyntaxError):
        return TextSitemap(body)


def entry_link(entry: etree._Element) -> str:
    """A feed entry's address: its Atom `link` (`href`), else its RSS `link`, else its permalink
    `guid`; a relative one is read against the `xml:base` in force where it is written (on the
    feed, the entry or the link), as the feed means it. Without one it is left as written."""
    for element, value in (
        *((link, link.get("href")) for link in ENTRY_HREF(entry)),
        *((link, link.xpath("string()")) for link in ENTRY_LINK_TEXT(entry)),
        *((guid, guid.xpath("string()")) for guid in ENTRY_PERMALINK(entry)),
    ):
        if value and value.strip():
            base = element.base or ""
            if base.startswith(("http://", "https://")):
                return resolve_href(base, value)
            return value
    return ""


def feed_text(response: Response) -> str:
    """A feed's text. Bytes that read as UTF-8 are UTF-8, whatever the XML declaration or the
    header says (a template copied with `encoding="UTF-16"` or `ISO-8859-1` in it): no other
    encoding of Vietnamese text gives valid UTF-8 by chance."""
    if not isinstance(response, TextResponse):
        return ""
    if not read_bom(response.body)[0]:
        try:
            return response.body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return response.text


def xml_error(body: bytes) -> str | None:
    """What makes `body` not well-formed XML (lxml's message), or None. Feeds and sitemaps are
    read leniently, which hides a document cut short; a strict parse tells."""
    try:
        etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return exc.msg or str(exc)
    return None


def _aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=LOCAL_TZ)


def _rfc822(text: str | None) -> datetime | None:
    try:
        return parsedate_to_datetime(text.strip()) if text else None
    except (TypeError, ValueError):
        return None


def sitemap_time(text: str) -> datetime | None:
    """A sitemap's `lastmod` (W3C Datetime, ISO 8601) as written, however implausible:
    `parse_datetime` refuses 1970 or 2099, which would leave such a date unreported."""
    try:
        when = datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return None
    return when.replace(tzinfo=LOCAL_TZ) if when and when.tzinfo is None else when


def _spider_class(profile: SiteProfile) -> type[ProfileSpider]:
    return type(
        f"{profile.key.capitalize()}Spider",
        (ProfileSpider,),
        {"name": profile.key, "profile": profile, "__doc__": f"Crawl {profile.name}."},
    )


for _profile in all_profiles().values():
    globals()[f"{_profile.key.capitalize()}Spider"] = _spider_class(_profile)
