"""What every tinbao spider shares: the `since`/`limit` window, which URLs it may follow, the
link caps, and response → pipeline item."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse

from crawler.extraction import ExtractorDied, close_pool, open_pool
from crawler.pageworker import decode_body
from crawler.signals import page_dropped
from parsers.page import UTF8_REPLACED, UnreadablePage
from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime
from pipelines.db import CAPPED_LIMIT, CAPPED_RUN
from pipelines.htmlcodec import stores_html
from pipelines.normalize import extraction_item
from pipelines.validate import bot_check_markup

LISTING_LINK_SKIPPED = "tinbao/skipped/listing_link"  # stat prefix, by reason (`off_site`…)
ARTICLE_LINKS = "tinbao/discovery/article_links"  # links found that name an article


class NewsSpider(scrapy.Spider):
    """Base of the site and generic spiders (it has no name, so `scrapy list` skips it).

    Arguments: `since=YYYY-MM-DD` skips articles published before that day; `limit=N` stops
    after N article requests (counted in `requested`); `full=1` fetches known articles too. A
    backfill names a window of days: `from=YYYY-MM-DD` (a `since`) and `to=YYYY-MM-DD`, which
    skips articles published after it.

    Every URL a page names (feed item, sitemap entry, listing link, redirect) is checked by
    `refusal` before it is requested: only http(s) URLs on the spider's own site are followed;
    the others are counted in `tinbao/refused/<reason>` and logged by `refuse`.
    """

    ALLOWED_SCHEMES = ("http", "https")

    def __init__(
        self,
        since: str | None = None,
        limit: str | int | None = None,
        full: str | None = None,
        **kwargs,
    ):
        first, last = kwargs.pop("from", None), kwargs.pop("to", None)  # `from` is a keyword
        # Scrapy takes any `-a NAME=VALUE` as an attribute, so a misspelled argument would be
        # ignored and the crawl run without it; `_job` and the like are scrapyd's own.
        unknown = sorted(name for name in kwargs if not name.startswith("_") and name != "name")
        if unknown:
            raise ValueError(f"{unknown[0]}={kwargs[unknown[0]]}: no such spider argument")
        super().__init__(**kwargs)
        self.since: date | None = _since(since) or _day("from", first)
        self.until: date | None = _day("to", last)
        self.limit: int | None = _limit(limit)
        # `full=1` fetches stored articles again; the generic spiders keep no list of them.
        self.full = _flag("full", full)
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"to={last} is before from={since or first}")
        if self.since and self.since > datetime.now(LOCAL_TZ).date():
            raise ValueError(
                f"since={self.since} is in the future: no article can be published after it yet"
            )
        self.backfill = bool(first or last)
        self.requested: set[str] = set()
        self.run_cap_hit = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.pages = open_pool(crawler.settings)
        # Where a page is read its HTML is compressed too, when the storage pipeline keeps it.
        spider.pack_pages = stores_html(crawler.settings)
        crawler.signals.connect(spider.close_pages, signal=signals.spider_closed)
        return spider

    async def close_pages(self) -> None:
        """At spider close: the last spider of the process stops the extraction workers."""
        await close_pool(self.pages)

    def on_site(self, url: str) -> bool:
        """Whether an http(s) URL belongs to the crawled site (each spider kind says how)."""
        raise NotImplementedError

    def refusal(self, url: str) -> str | None:
        """Why `url` must not be requested (`scheme`, `off_site`), or None when it may be."""
        if urlsplit(url).scheme.lower() not in self.ALLOWED_SCHEMES:
            return "scheme"
        return None if self.on_site(url) else "off_site"

    def redirect_target(self, url: str) -> str:
        """Where a redirect to `url` (an allowed one) is fetched: there, unless the spider
        crawls a mirror of the site."""
        return url

    def refuse(self, url: str, reason: str, source: str) -> None:
        """Count and log a URL that is not followed."""
        self.crawler.stats.inc_value("tinbao/refused")
        self.crawler.stats.inc_value(f"tinbao/refused/{reason}")
        self.logger.warning("%s: not followed (%s; found in %s)", url[:300], reason, source)

    def listing_links_skipped(self, listing: str, reasons: Counter[str]) -> None:
        """Count a listing page's links off the site (share buttons, other papers, `mailto:`)
        in `tinbao/skipped/listing_link/<reason>`, with one line naming the listing. They are
        page furniture, not hostile, so unlike `refuse` this is not a warning per link."""
        if not reasons:
            return
        stats = self.crawler.stats
        for reason, count in reasons.items():
            stats.inc_value(f"{LISTING_LINK_SKIPPED}/{reason}", count)
        self.logger.info(
            "%s: %d links off the site not followed (%s)",
            listing,
            reasons.total(),
            ", ".join(f"{reason}: {count}" for reason, count in sorted(reasons.items())),
        )

    def run_cap_reached(self) -> bool:
        """Whether this run made `TINBAO_MAX_ARTICLES_PER_RUN` article requests (said once)."""
        cap = self.crawler.settings.getint("TINBAO_MAX_ARTICLES_PER_RUN")
        if cap <= 0 or len(self.requested) < cap:
            return False
        if not self.run_cap_hit:
            self.run_cap_hit = True
            self.crawler.stats.set_value(CAPPED_RUN, cap)
            self.logger.warning(
                "%s: %d article requests, the per-run cap (TINBAO_MAX_ARTICLES_PER_RUN); "
                "the rest wait for the next run",
                self.name,
                cap,
            )
        return True

    def listing_cap(self) -> int:
        """Most new article requests one listing page may give (0: no cap)."""
        return self.crawler.settings.getint("TINBAO_MAX_LINKS_PER_LISTING")

    def listing_capped(self, listing: str, followed: int) -> None:
        """Say that a listing page had more new article links than its cap."""
        self.crawler.stats.inc_value("tinbao/capped/listing")
        self.logger.warning(
            "%s: listing page capped at %d new article links (TINBAO_MAX_LINKS_PER_LISTING); "
            "the rest wait for the next run",
            listing,
            followed,
        )

    def too_old(self, when: datetime | None) -> bool:
        return self.since is not None and when is not None and when.date() < self.since

    def too_new(self, when: datetime | None) -> bool:
        return self.until is not None and when is not None and when.date() > self.until

    def limit_reached(self) -> bool:
        """Whether the `limit` argument or the per-run cap stops further article requests;
        either is noted in the stats, so the next run knows this one stopped short."""
        limited = self.limit is not None and len(self.requested) >= self.limit
        if limited:
            self.crawler.stats.set_value(CAPPED_LIMIT, self.limit)
        return limited or self.run_cap_reached()

    @staticmethod
    def fetched_at() -> datetime:
        """When the response in hand was fetched: "now" for every date read from it."""
        return datetime.now(LOCAL_TZ)

    def page_dropped(self, url: str, reason: str) -> None:
        """Tell the run monitor an article page gave no item, so it is retried with a backoff."""
        self.crawler.signals.send_catch_log(signal=page_dropped, url=url, reason=reason)

    async def article_item(
        self, response: Response, url: str, *, apply_since: bool = True
    ) -> dict | None:
        """The pipeline item for an article page, or None (counted and logged) when unusable.

        The page is read (decoded, extracted, normalized) by the process's `ExtractionPool`;
        all counting and logging happens here and in the pipelines, wherever it was read."""
        fetched_at = self.fetched_at()
        if not isinstance(response, TextResponse) or not page_type(content_type(response)):
            self.crawler.stats.inc_value("tinbao/bad_page/not_html")
            self.logger.warning("%s: not an HTML page (%s)", url, content_type(response))
            self.page_dropped(url, "not an HTML page")
            return None
        try:
            html, read_as, label, extraction, normalized, drop, packed = await self.pages.read(
                response.body,
                content_type(response),
                url,
                fetched_at,
                self.article_id(url),
                planned=len(self.requested),
                pack=self.pack_pages,
                hosts=self.other_hosts(),
            )
        except UnreadablePage as exc:
            if bot_check_markup(response.body.decode("utf-8", "replace")):
                self.crawler.stats.inc_value("tinbao/dropped")
                self.crawler.stats.inc_value("tinbao/dropped/bot_check_page")
                self.logger.warning("%s: not stored, bot check page", url)
                self.page_dropped(url, "bot check page")
                return None
            self.crawler.stats.inc_value("tinbao/bad_page/unreadable")
            self.logger.warning("%s: unreadable page (%s)", url, exc)
            self.page_dropped(url, "unreadable page")
            return None
        except ExtractorDied:
            self.crawler.stats.inc_value("tinbao/bad_page/extractor_died")
            self.logger.warning("%s: the extraction worker died reading the page", url)
            self.page_dropped(url, "extraction worker died")
            return None
        if read_as == UTF8_REPLACED:
            self.crawler.stats.inc_value("tinbao/charset/replaced_bytes")
            self.logger.warning(
                "%s: %d bytes are not utf-8 and were replaced", url, html.count("\ufffd")
            )
        elif label and read_as != label:
            self.crawler.stats.inc_value(f"tinbao/charset/read_as/{read_as}")
            self.logger.warning("%s: charset label %s is wrong; read as %s", url, label, read_as)
        if extraction.canonical_refused:
            self.crawler.stats.inc_value("tinbao/canonical/refused")
            self.logger.warning(
                "%s: canonical URL %s not trusted (%s); stored under the fetched URL",
                url,
                extraction.canonical_refused[:300],
                extraction.canonical_reason,
            )
        published = (
            parse_datetime(extraction.published_raw, now=fetched_at)
            if apply_since and (self.since or self.until) and extraction.published_raw
            else None
        )
        if self.too_old(published):
            self.crawler.stats.inc_value("tinbao/skipped/older_than_since")
            return None
        if self.too_new(published):
            self.crawler.stats.inc_value("tinbao/skipped/newer_than_to")
            return None
        return extraction_item(extraction, html, fetched_at, normalized, drop, packed)

    def other_hosts(self) -> tuple[str, ...]:
        """Hosts besides the page's own the crawl takes for its site (`hosts=`), on which a
        page's canonical URL may be trusted; a profile's hosts are the profile's business."""
        return ()

    def article_id(self, url: str) -> str | None:
        """The site's id of an article, read from its URL by the spider, for pages the
        extractor finds none in (None: the extractor's reading is all there is)."""
        return None


def _since(value: str | None) -> date | None:
    return _day("since", value)


def _day(name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}={value} is not a day like 2024-01-01") from None


def _flag(name: str, value: str | None) -> bool:
    """A yes/no spider argument: absent is no; a word that is neither is refused, not read
    as no."""
    word = "0" if value is None else value.strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name}={value} is not a flag (1 or 0)")


def _limit(value: str | int | None) -> int | None:
    if value is None:
        return None
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit < 1:
        raise ValueError(f"limit={value} is not a number of articles (1 or more)")
    return limit


PERMANENT_REDIRECTS = frozenset({301, 308})  # a `302`/`307` move may be undone: fetched again


# Content types an article page may come as: HTML, and the vague ones a misconfigured server
# sends HTML under (the bytes then decide). A PDF, an image or a JSON error is not a page,
# even where Scrapy reads its bytes as text.
PAGE_TYPES = frozenset(
    {"", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream"}
)


def page_type(content_type: str) -> bool:
    """Whether a Content-Type header may label an article page."""
    return content_type.partition(";")[0].strip().lower() in PAGE_TYPES


def content_type(response: Response) -> str:
    return response.headers.get("Content-Type", b"").decode("latin-1")


def decode_response(response: TextResponse) -> tuple[str, str, str | None]:
    """`decode_body` of a response: (text, codec read as, charset label)."""
    return decode_body(response.body, content_type(response))
