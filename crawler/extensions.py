"""Run monitoring: per-site summary, site failure and extraction health, from crawl stats only.

Why a small check of our own rather than spidermon: the whole check is a few ratios of counts
(stored articles having each field, counted here as items pass every pipeline, and the
validation pipeline's `tinbao/dropped`), compared with the profile's
`floors` and with the same ratios of the site's previous runs, which the storage pipeline keeps
in `crawls.stats`. Spidermon would add a dependency and a monitor-suite DSL for that, and still
need this history lookup written by hand; its alerting actions (mail, Slack) are what cron mail
and the exit code already give a scheduled run.

`CrawlMonitor` runs at `spider_closed`, after the pipelines flushed their last batch, and before
the storage pipeline writes the final stats, so its own stats (`tinbao/health/…`,
`tinbao/site_failed`) land in the crawl row too. `tinbao crawl` turns them into exit codes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
from math import sqrt
from statistics import mean
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from crawler.signals import (
    article_missing,
    article_moved,
    fetch_not_sent,
    fetch_refused,
    page_dropped,
)
from crawler.spiders.base import ARTICLE_LINKS, LISTING_LINK_SKIPPED, PERMANENT_REDIRECTS
from parsers.profile import SiteProfile
from pipelines import db as store
from pipelines.storage import (
    COPY_KEPT,
    COPY_SKIPPED,
    NOT_STORED,
    RECORD_ERROR,
    STORAGE_ERROR,
    SUSPECT_KEPT,
)

logger = logging.getLogger(__name__)

ARTICLES_REQUESTED = "tinbao/articles/requested"  # article pages sent to the downloader…
ARTICLES_FAILED = "tinbao/articles/failed"  # …and those never answered with a 2xx page
DISCOVERY_REQUESTED = "tinbao/discovery/requested"  # feeds, sitemaps, listings, archive days…
DISCOVERY_FAILED = "tinbao/discovery/failed"  # …and those never answered with a 2xx page
NO_RESPONSE = "no response"  # the outcome of a page sent and not (yet) answered
# The outcome of an article fetch redirected for now (`302`, `307`) to a page that is no article.
REDIRECTED_FOR_NOW = "redirected_for_now"
# The outcome of a fetch answered `403`: mostly a CDN's bot check or a firewall rule turning the
# crawler away for a while, not a page gone for every reader.
FORBIDDEN = "403"
# URLs given up after their last try, by why that try failed (`500`, `TimeoutError`).
GAVE_UP = "tinbao/gave_up/"
# Article fetches answered with an error status the crawl does not retry (`404`, `526`), by
# status (counted by `crawler.middlewares.HttpErrorMiddleware`, a worker's too): the summary
# names them, as it names the URLs given up after their retries.
ARTICLES_NOT_READ = "tinbao/articles/not_read"
DISCOVERY_CALLBACKS = frozenset(
    {"parse_home", "parse_feed", "parse_sitemap", "parse_listing", "parse_archive"}
)

HEALTH_FIELDS = ("published_at", "views", "byline", "body")
KEPT = "kept"  # pseudo-field: share of parsed articles not dropped (1 - drop rate)


def judged(stats: dict[str, Any]) -> int:
    """Articles a run's health is judged on: those stored plus those dropped."""
    return int(stats.get("tinbao/health/stored", 0)) + int(stats.get("tinbao/dropped", 0))


def field_shares(stats: dict[str, Any], profile: SiteProfile) -> dict[str, float]:
    """Share of the run's stored articles having each health field, plus the kept share."""
    stored = int(stats.get("tinbao/health/stored", 0))
    shares = {}
    if stored:
        for name in HEALTH_FIELDS:
            if name != "views" or profile.shows_views:
                shares[name] = stats.get(f"tinbao/health/stored/{name}", 0) / stored
    if judged(stats):
        shares[KEPT] = stored / judged(stats)
    return shares


def site_failure(
    stats: dict[str, Any],
    reason: str,
    max_errors: int,
    max_fetch_failures: float = 0.5,
    min_fetches: int = 3,
) -> str:
    """Why the run counts as failed ('' if it did not): records not stored, an error finish,
    no response, no feed, sitemap or listing page answered (a site moved to a new domain), no
    article link on any of them (a template that changed, a first run that found nothing), most
    article fetches failed (whatever the status, robots.txt included), or many errors logged.

    A run stopped by Ctrl-C or SIGTERM is interrupted, not failed, unless records were lost.
    """
    not_stored = int(stats.get(NOT_STORED, 0))
    if not_stored:
        why = stats.get(STORAGE_ERROR) or stats.get(RECORD_ERROR, "")
        return f"{not_stored} records not stored: {why}"
    if stats.get(STORAGE_ERROR):  # every record stored, but the run's own rows were not
        return stats[STORAGE_ERROR]
    if reason == store.INTERRUPTED_REASON:
        return ""
    if reason != "finished" and not reason.startswith("closespider_"):
        return f"finished with {reason!r}"
    if not stats.get("response_received_count"):
        return "no response received"
    discovery = int(stats.get(DISCOVERY_REQUESTED, 0))
    if discovery and int(stats.get(DISCOVERY_FAILED, 0)) == discovery:
        detail = _outcomes(stats, DISCOVERY_FAILED)
        return f"none of {discovery} feed, sitemap and listing pages answered ({detail})"
    requested = int(stats.get(ARTICLES_REQUESTED, 0))
    if discovery and not requested and not stats.get(ARTICLE_LINKS):
        return f"no article link on any of {discovery} feed, sitemap and listing pages"
    failed = int(stats.get(ARTICLES_FAILED, 0))
    if requested >= min_fetches and failed > max_fetch_failures * requested:
        detail = _outcomes(stats, ARTICLES_FAILED)
        return f"{failed} of {requested} article fetches failed ({detail})"
    errors = int(stats.get("log_count/ERROR", 0))
    if errors > max_errors:
        return f"{errors} errors logged (more than {max_errors})"
    return ""


def _outcomes(stats: dict[str, Any], prefix: str) -> str:
    """`404: 3, robots_txt: 1` from the `<prefix>/<outcome>` counts."""
    outcomes = sorted(
        (key.removeprefix(prefix + "/"), value)
        for key, value in stats.items()
        if key.startswith(prefix + "/")
    )
    return ", ".join(f"{outcome}: {count}" for outcome, count in outcomes)


def clearly_below(share: float, size: int, threshold: float) -> bool:
    """Whether `share` of `size` articles is below `threshold` beyond sampling chance.

    Uses the upper end of the 95% Wilson interval, so one article without views among nine
    (89%) is no alarm against a 90% floor, while none of fifteen certainly is.
    """
    if size <= 0:
        return False
    z = 1.96
    centre = share + z * z / (2 * size)
    spread = z * sqrt(share * (1 - share) / size + z * z / (4 * size * size))
    return (centre + spread) / (1 + z * z / size) < threshold


def health_alarms(
    site: str,
    shares: dict[str, float],
    size: int,
    floors: dict[str, float],
    history: list[dict[str, float]],
    ratio: float,
    judged_size: int = 0,
) -> list[dict[str, Any]]:
    """Alarms for shares clearly below their floor or below `ratio` × their mean in `history`.

    `size` is the number of stored articles the field shares are of; the kept share is of
    `judged_size`, those plus the dropped ones (`size` when not given, more cautious). A run
    that stored nothing is judged too: every page a maintenance or challenge page is no
    healthy run.
    """
    alarms = []
    for name, share in shares.items():
        floor = floors.get(name)
        past = [run[name] for run in history if name in run]
        baseline = mean(past) if past else None
        of = max(size, judged_size) if name == KEPT else size
        if floor is not None and clearly_below(share, of, floor):
            reason = f"{share:.0%} of articles, below the floor of {floor:.0%}"
            alarms.append(_alarm(site, name, share, floor, reason))
        elif baseline is not None and clearly_below(share, of, ratio * baseline):
            reason = (
                f"{share:.0%} of articles, under {ratio:.0%} of its mean {baseline:.0%} "
                f"over the last {len(past)} runs"
            )
            alarms.append(_alarm(site, name, share, ratio * baseline, reason))
    return alarms


def _alarm(site: str, name: str, share: float, threshold: float, reason: str) -> dict[str, Any]:
    return {"site": site, "field": name, "share": share, "threshold": threshold, "reason": reason}


def retried_statuses(settings: Any) -> frozenset[int]:
    """The HTTP statuses the crawl retries (`RETRY_HTTP_CODES`), as numbers."""
    return frozenset(int(code) for code in settings.getlist("RETRY_HTTP_CODES"))


def run_summary(stats: dict[str, Any]) -> dict[str, Any]:
    """The figures a person wants after a run, taken from one spider's final stats."""
    dropped = {
        key.removeprefix("tinbao/dropped/"): value
        for key, value in stats.items()
        if key.startswith("tinbao/dropped/")
    }
    off_site = {
        key.removeprefix(LISTING_LINK_SKIPPED + "/"): value
        for key, value in stats.items()
        if key.startswith(LISTING_LINK_SKIPPED + "/")
    }
    not_read = [int(v) for key, v in stats.items() if key.startswith(ARTICLES_NOT_READ + "/")]
    coverage = {
        key.removeprefix("tinbao/health/share/"): value
        for key, value in stats.items()
        if key.startswith("tinbao/health/share/")
    }
    return {
        "pages": int(stats.get("response_received_count", 0)),
        "new": int(stats.get("tinbao/stored/new", 0)),
        "refreshed": int(stats.get("tinbao/refresh/fetched", 0)),
        "revisions": int(stats.get("tinbao/revisions", 0)),
        "kept": int(stats.get(SUSPECT_KEPT, 0)),
        "copies_skipped": int(stats.get(COPY_SKIPPED, 0)),
        "copies_kept": int(stats.get(COPY_KEPT, 0)),
        "known_skipped": int(stats.get("tinbao/skipped/known", 0)),
        "dropped": int(stats.get("tinbao/dropped", 0)),
        "dropped_reasons": dropped,
        "errors": int(stats.get("log_count/ERROR", 0)),
        "unreachable": sum(unreachable(stats).values()),
        "unreachable_reasons": sorted(unreachable(stats)),
        # Article fetches answered with a status that is not retried: each was only a warning
        # during the run, which `--quiet` (cron) does not show.
        "not_read": sum(not_read),
        "not_read_statuses": _outcomes(stats, ARTICLES_NOT_READ),
        "refused": int(stats.get("tinbao/refused", 0)),
        "listing_links_skipped": off_site,
        "capped": bool(stats.get(store.CAPPED_RUN) or stats.get("tinbao/capped/listing")),
        "coverage": coverage,
        "alarms": int(stats.get("tinbao/health/alarms", 0)),
        "failed": stats.get("tinbao/site_failed", "") or stats.get(STORAGE_ERROR, ""),
        "finish_reason": stats.get("finish_reason", ""),
        "without_profile": bool(stats.get("tinbao/without_profile")),
        "article_shape": stats.get("tinbao/discovery/shape", ""),
    }


def unreachable(stats: dict[str, Any]) -> dict[str, int]:
    """URLs given up after every retry, by why their last try failed (`500`, `TimeoutError`):
    a page retried that then loaded is not among them."""
    return {
        key.removeprefix(GAVE_UP): int(value)
        for key, value in stats.items()
        if key.startswith(GAVE_UP)
    }


def format_summary(site: str, summary: dict[str, Any]) -> str:
    """One line per site for the end-of-run report (cron mail reads it)."""
    parts = [
        f"{summary['pages']} pages",
        f"{summary['new']} new",
        f"{summary['refreshed']} refreshed",
        f"{summary['revisions']} revisions",
        *([f"{summary['kept']} suspect updates not applied"] if summary["kept"] else []),
        *([f"{n} copies of kept articles skipped"] if (n := summary.get("copies_skipped")) else []),
        *([f"{n} stored from a copy"] if (n := summary.get("copies_kept")) else []),
        f"{summary['known_skipped']} known links skipped",
    ]
    dropped = f"{summary['dropped']} dropped"
    if summary["dropped_reasons"]:
        reasons = ", ".join(
            f"{k.replace('_', ' ')}: {v}" for k, v in summary["dropped_reasons"].items()
        )
        dropped += f" ({reasons})"
    parts += [dropped, f"{summary['errors']} errors"]
    if summary["unreachable"]:  # URLs given up after every retry, and why
        reasons = ", ".join(summary["unreachable_reasons"])
        parts.append(f"{summary['unreachable']} URLs unreachable ({reasons})")
    if n := summary.get("not_read"):
        fetches = "fetch" if n == 1 else "fetches"
        parts.append(f"{n} article {fetches} failed ({summary['not_read_statuses']})")
    if summary["refused"]:
        parts.append(f"{summary['refused']} links refused")
    if off_site := summary.get("listing_links_skipped"):
        reasons = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(off_site.items()))
        parts.append(f"{sum(off_site.values())} listing links off the site skipped ({reasons})")
    if summary["capped"]:
        parts.append("link cap reached")
    if summary["coverage"]:
        parts.append(
            "coverage " + " ".join(f"{k} {v:.0%}" for k, v in sorted(summary["coverage"].items()))
        )
    status = "OK"
    if summary["failed"]:
        status = f"FAILED: {summary['failed']}"
    elif summary["finish_reason"] == store.INTERRUPTED_REASON:
        status = "INTERRUPTED"
    elif summary["alarms"]:
        status = f"HEALTH ALARM ({summary['alarms']})"
    if summary.get("without_profile"):
        shape = summary.get("article_shape") or "none found"
        status += f" (without a profile; article URLs: {shape})"
    return f"{site}: {status}; " + ", ".join(parts)


class FetchOutcomes:
    """How each article and discovery page sent this run ended, and at spider close the
    counts of those requested and failed and the URLs the next run asks for again
    (`store.ASK_AGAIN`, `store.ASK_AGAIN_LISTINGS`) in the stats: in a local crawl, where the
    crawl monitor judges them and the storage pipeline keeps them with the run, and in a
    distributed worker, which sends them to the writer."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.fetch_outcomes: dict[str, str] = {}  # article URL → "ok" or why it failed
        self.discovery_outcomes: dict[str, str] = {}  # the same for feeds, sitemaps, listings
        self.listing_pages: set[str] = set()  # the listing pages among them

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchOutcomes:
        ledger = cls(crawler)
        crawler.signals.connect(ledger.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ledger.article_requested, signal=signals.request_reached_downloader)
        crawler.signals.connect(ledger.response_received, signal=signals.response_received)
        crawler.signals.connect(ledger.fetch_refused, signal=fetch_refused)
        crawler.signals.connect(ledger.fetch_not_sent, signal=fetch_not_sent)
        crawler.signals.connect(ledger.article_missing, signal=article_missing)
        return ledger

    def outcomes(self, request: Any) -> dict[str, str] | None:
        """Where the outcome of `request` is noted: article pages, discovery pages, or nowhere."""
        callback = getattr(request.callback, "__name__", "")
        if callback == "parse_article":
            return self.fetch_outcomes
        return self.discovery_outcomes if callback in DISCOVERY_CALLBACKS else None

    def article_requested(self, request: Any) -> None:
        """Note a page sent to the downloader (retries and redirects are the same)."""
        if (outcomes := self.outcomes(request)) is not None:
            outcomes.setdefault(_first_url(request), NO_RESPONSE)
        if getattr(request.callback, "__name__", "") == "parse_listing":
            self.listing_pages.add(_first_url(request))

    def response_received(self, response: Any, request: Any) -> None:
        """Note how a fetch ended: a 2xx page, or the status it got instead."""
        outcomes = self.outcomes(request)
        if outcomes is not None and outcomes.get(_first_url(request)) != "ok":
            status = response.status
            outcomes[_first_url(request)] = "ok" if 200 <= status < 300 else str(status)

    def fetch_refused(self, request: Any, reason: str) -> None:
        """Note a fetch that ended unsent: robots.txt, a redirect off the site or past the limit."""
        outcomes = self.outcomes(request)
        if outcomes is not None and outcomes.get(_first_url(request)) != "ok":
            outcomes[_first_url(request)] = reason

    def fetch_not_sent(self, request: Any) -> None:
        """Forget a page the run's own end kept from being sent: never asked of the host, it
        is no fetch (an earlier try of it that got an answer, a `503` say, still counts)."""
        outcomes = self.outcomes(request)
        if outcomes is not None and outcomes.get(_first_url(request)) == NO_RESPONSE:
            del outcomes[_first_url(request)]

    def article_missing(self, request: Any) -> None:
        """Note an article fetch answered with a page that is no article (it was 2xx); one
        reached by redirects that may be undone (`302`, `307`: a login page) was so for now."""
        statuses = request.meta.get("redirect_reasons", [])
        for_now = statuses and not all(status in PERMANENT_REDIRECTS for status in statuses)
        self.fetch_outcomes[_first_url(request)] = REDIRECTED_FOR_NOW if for_now else "not_article"

    def passing_failures(self, spider: Any, outcomes: dict[str, str]) -> list[str]:
        """The live URLs of the fetches of `outcomes` that failed for a reason the next run may
        not meet: no answer, a server error (`5xx`: an overload, a CDN's `520`, a certificate or
        a month's bandwidth at the host, fixed by the next hour or day) or another status the
        crawl retries (`429`, `408`), a `403` (a bot check, which the next run may pass), or a
        redirect for now to a page that is no article (a login page). Not a `404` or a
        robots.txt refusal: the page is not there for anyone, and the next run meets its link
        again if it comes back."""
        retried = {str(code) for code in retried_statuses(self.crawler.settings)}
        live = getattr(spider, "live", str)
        return sorted(
            live(url)
            for url, outcome in outcomes.items()
            if outcome in (NO_RESPONSE, REDIRECTED_FOR_NOW, FORBIDDEN)
            or outcome in retried
            or outcome.startswith("5")
        )

    def spider_closed(self, spider: Any) -> None:
        """The run's fetch counts and the URLs to ask for again, in the stats (before the crawl
        monitor, the storage pipeline and a worker read them: this extension comes first)."""
        stats = self.crawler.stats
        for outcomes, requested, failed in (
            (self.fetch_outcomes, ARTICLES_REQUESTED, ARTICLES_FAILED),
            (self.discovery_outcomes, DISCOVERY_REQUESTED, DISCOVERY_FAILED),
        ):
            failures = [outcome for outcome in outcomes.values() if outcome != "ok"]
            stats.set_value(requested, len(outcomes))
            stats.set_value(failed, len(failures))
            for outcome in failures:
                stats.inc_value(f"{failed}/{outcome}")
        if ask_again := self.passing_failures(spider, self.fetch_outcomes):
            stats.set_value(store.ASK_AGAIN, ask_again)
        listings = {
            url: outcome
            for url in self.listing_pages
            if (outcome := self.discovery_outcomes.get(url)) is not None
        }
        if ask_again := self.passing_failures(spider, listings):
            stats.set_value(store.ASK_AGAIN_LISTINGS, ask_again)


def _own_path(db_path: str) -> str:
    """The file the run locks and stores into, named by its own path as the run starts: a link
    on the way (`news.db -> a.db`, `data -> disk-a`) may be turned to another file before the
    run ends (`ln -sfn`), and the run's health, dropped pages and redirects belong with its
    records, never in the file the link names then. A relative name stays relative: it is read
    in the working folder, which takes the file along when that folder is renamed."""
    own = os.path.realpath(db_path)
    return own if os.path.isabs(db_path) else os.path.relpath(own)


class CrawlMonitor:
    """At spider close: decide site failure and extraction health, log and store both."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.max_errors = settings.getint("TINBAO_MAX_ERRORS")
        self.min_items = settings.getint("TINBAO_HEALTH_MIN_ITEMS")
        self.ratio = settings.getfloat("TINBAO_HEALTH_HISTORY_RATIO")
        self.runs = settings.getint("TINBAO_HEALTH_HISTORY_RUNS")
        self.max_drop = settings.getfloat("TINBAO_HEALTH_MAX_DROP_RATE")
        self.max_fetch_failures = settings.getfloat("TINBAO_MAX_FETCH_FAILURE_RATE")
        self.min_fetches = settings.getint("TINBAO_FETCH_FAILURE_MIN_PAGES")
        self.dropped: dict[str, str] = {}
        self.moved: dict[str, tuple[str, int]] = {}  # article URL → (target, status)
        self.db_path = (
            settings.get("TINBAO_DB") if settings.getbool("TINBAO_STORAGE_ENABLED", True) else None
        )
        self.db_file = _own_path(self.db_path) if self.db_path else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlMonitor:
        monitor = cls(crawler)
        crawler.signals.connect(monitor.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(monitor.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(monitor.page_dropped, signal=page_dropped)
        crawler.signals.connect(monitor.article_moved, signal=article_moved)
        crawler.signals.connect(monitor.spider_closed, signal=signals.spider_closed)
        return monitor

    def item_scraped(self, item: Any) -> None:
        """Count a stored record and which health fields it has."""
        stats = self.crawler.stats
        stats.inc_value("tinbao/health/stored")
        for name in HEALTH_FIELDS:
            if item.get(name) is not None and item.get(name) != "":
                stats.inc_value(f"tinbao/health/stored/{name}")

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """Note a dropped article page, so later runs' discovery does not fetch it again."""
        # The signal carries the item as the spider yielded it: the extraction, before normalize.
        url = item.get("url") or getattr(item.get("extraction"), "url", None)
        if url:
            self.dropped[url] = str(exception).rpartition("not stored, ")[2] or "dropped"

    def page_dropped(self, url: str, reason: str) -> None:
        """Note an article page that gave no item at all (not HTML, unreadable text)."""
        self.dropped[url] = reason

    def article_moved(self, url: str, target: str, status: int) -> None:
        """Note an article URL that moved for good, so later runs' discovery skips it."""
        self.moved[url] = (target, status)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        site = spider.name
        profile: SiteProfile | None = getattr(spider, "profile", None)
        if profile is not None:
            try:
                self.judge_health(spider, profile)
            except (sqlite3.Error, store.DatabaseError) as exc:
                error = (
                    store.database_error(self.db_path, exc)
                    if isinstance(exc, sqlite3.Error)
                    else exc
                )
                stats.set_value(STORAGE_ERROR, str(error))
                logger.error(
                    "%s: cannot record the run's health: %s", site, error, extra={"spider": spider}
                )
        failure = site_failure(
            stats.get_stats(), reason, self.max_errors, self.max_fetch_failures, self.min_fetches
        )
        if failure:
            stats.set_value("tinbao/site_failed", failure)
            logger.error("%s: site failed: %s", site, failure, extra={"spider": spider})
        if profile is not None:
            logger.info("%s", format_summary(site, run_summary(stats.get_stats())))

    def judge_health(self, spider: Any, profile: SiteProfile) -> None:
        """Extraction health from the run's stats and history, its alarms put in the stats (the
        storage pipeline stores them with the run's end); dropped pages and redirects stored."""
        stats = self.crawler.stats
        site = spider.name
        shares = field_shares(stats.get_stats(), profile)
        for name, share in shares.items():
            stats.set_value(f"tinbao/health/share/{name}", round(share, 4))
        # A database that already failed this run (disk full, corrupt) is not written again:
        # the health is judged without history and not recorded.
        refused = stats.get_value(STORAGE_ERROR)
        db = store.open_db(self.db_file) if self.db_file and not refused else None
        try:
            crawl_id = store.latest_crawl_id(db, site) if db else None
            alarms = []
            if judged(stats.get_stats()) >= self.min_items:
                floors = {**profile.floors, KEPT: 1 - self.max_drop}
                alarms = health_alarms(
                    site,
                    shares,
                    int(stats.get_value("tinbao/health/stored", 0)),
                    floors,
                    self.history(db, site, crawl_id),
                    self.ratio,
                    judged(stats.get_stats()),
                )
            for alarm in alarms:
                logger.error(
                    "%s: extraction health alarm: %s %s",
                    *(site, alarm["field"], alarm["reason"]),
                    extra={"spider": spider},
                )
            stats.set_value("tinbao/health/alarms", len(alarms))
            stats.set_value(store.HEALTH_ALARMS, alarms)  # stored with the run's end
            if db is not None:
                store.record_dropped(db, site, self.dropped, crawl_id)
                store.record_redirects(db, site, self.moved)
        finally:
            if db is not None:
                db.close()

    def history(self, db: Any, site: str, crawl_id: int | None) -> list[dict[str, float]]:
        """Health shares of the site's previous finished runs that parsed enough articles."""
        if db is None:
            return []
        profile = self.crawler.spider.profile
        return [
            field_shares(past, profile)
            for past in store.previous_crawl_stats(db, site, before=crawl_id, limit=self.runs)
            if judged(past) >= self.min_items
        ]


def _first_url(request: Any) -> str:
    """The URL a request was made for, before any redirect."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


class CrawlProgress:
    """Live progress on stderr for interactive runs: pages, pages per minute, items, per site."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.task: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        if not crawler.settings.getbool("TINBAO_PROGRESS"):
            raise NotConfigured  # silently: switched off on purpose
        progress = cls(crawler, crawler.settings.getfloat("TINBAO_PROGRESS_INTERVAL"))
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.task = LoopingCall(self.report, spider.name)
        self.task.start(self.interval, now=False)

    def report(self, site: str) -> None:
        stats = self.crawler.stats
        pages = int(stats.get_value("response_received_count", 0))
        minutes = max((time.monotonic() - self.started) / 60, 1 / 60)
        print(
            f"[{site}] {pages} pages ({pages / minutes:.0f}/min), "
            f"{int(stats.get_value('item_scraped_count', 0))} items, "
            f"{int(stats.get_value('tinbao/progress/new', 0))} new, "
            f"{int(stats.get_value('log_count/ERROR', 0))} errors",
            file=sys.stderr,
            flush=True,
        )

    def spider_closed(self, spider: Any) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
