"""Scrapy settings for tinbao: polite defaults and every TINBAO_* setting, documented once.

Environment variables named like a TINBAO_* setting override its default here (the one place
where the environment maps onto settings), so cron jobs and scrapyd can set `TINBAO_DB`.
"""

import os

BOT_NAME = "tinbao"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` checks spider arguments before crawling

# Politeness: provincial papers run on small servers.
USER_AGENT = "tinbao/0.1 (+https://github.com/tinbao/tinbao; Vietnamese news archiver)"
ROBOTSTXT_OBEY = True
# The papers' own language first: Scrapy's default (`Accept-Language: en`) made a paper that
# chooses a page's language from it answer its English edition under the article's address.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5",
}
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOADER = "crawler.downloader.Downloader"  # holds each host to that limit
# Waits timed by the monotonic clock, not the wall clock a time correction sets back an hour.
TWISTED_REACTOR = "crawler.reactor.MonotonicAsyncioReactor"
# Scrapy's default resolver looks names up for IPv4 alone, so a host on IPv6 only, or a mirror
# at `http://[::1]:8000`, failed as "DNS lookup failed"; this one gives both kinds of address
# (a lookup is bounded by DOWNLOAD_TIMEOUT, as the whole request is, not by DNS_TIMEOUT).
TWISTED_DNS_RESOLVER = "scrapy.resolver.CachingHostnameResolver"
CONCURRENT_ITEMS = 1  # items per response handled at once: an article page gives one
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Longest URL requested: the request line web servers take by default (Apache's 8190 bytes,
# nginx's 8 kB), where Scrapy's 2083 (old Internet Explorer's) silently skipped articles whose
# slug spells a long Vietnamese headline percent-encoded (up to nine characters a letter).
URLLENGTH_LIMIT = 8190
# Scrapy's HTTP cache, when a user switches it on (`-s HTTPCACHE_ENABLED=1`), keeps HTTP's
# rules: a page is reused only while its server says it is fresh, and errors are not kept.
# Scrapy's default policy kept every answer for good, so an article that answered `503` or
# `404` once was never fetched again, and refreshes recorded the view counts of old copies.
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
RETRY_ENABLED = True
RETRY_TIMES = 3
# Answers that say the server is passing through trouble, so a try a moment later may load the
# page: besides Scrapy's own, the origin errors of the CDN small papers sit behind (Cloudflare's
# `520` unknown answer, `521` refused connection, `523` unreachable origin, with the `522` and
# `524` timeouts) and the `508` of a shared host over its moment's share of CPU. Not retried:
# errors of a setting that a minute does not change (`525`/`526` certificates, `530` DNS, a
# `509` month's bandwidth), which the next run asks again.
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 508, 520, 521, 522, 523, 524, 408]
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # the ERROR is the failed download's own line, just after
SPIDER_MIDDLEWARES = {
    # Scrapy's filter of non-2xx answers, saying each with its URL (crawler/middlewares.py).
    "scrapy.spidermiddlewares.httperror.HttpErrorMiddleware": None,
    "crawler.middlewares.HttpErrorMiddleware": 50,
    # Scrapy's URL length cap, counting and saying each link it skips (crawler/middlewares.py).
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.middlewares.UrlLengthMiddleware": 800,
}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SitePolicyMiddleware": 60,  # only http(s) URLs of the crawled site
    # Scrapy's robots.txt and redirect checks, holding for every request and saying what they
    # refuse (crawler/middlewares.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.RedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.HttpCompressionMiddleware": 590,  # a body decoded whole or not read
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryMiddleware": 550,  # retries, each URL given up counted by why
    "crawler.middlewares.RetryBackoffMiddleware": 560,
    # Scrapy's meta refresh check, skipping the decode of pages that cannot hold the tag.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.MetaRefreshMiddleware": 580,
    # Scrapy's proxy middleware, never sending a request to this machine's loopback to a proxy.
    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": None,
    "crawler.middlewares.HttpProxyMiddleware": 750,
}
# Pages never make tinbao read local files or other protocols, whatever they link to.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.LogFormatter"  # items logged by URL, not with their HTML
STATS_CLASS = "crawler.stats.StatsCollector"  # Scrapy's, without a wrapper around every call

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 300,
    "pipelines.validate.ValidatePipeline": 400,
    "pipelines.storage.StoragePipeline": 800,
}

# tinbao settings (each may also be set in the environment under the same name).
TINBAO_DB = "news.db"  # SQLite database the storage pipeline writes
TINBAO_DB_BATCH = 1000  # records per write transaction at most…
TINBAO_DB_FLUSH_SECONDS = 10.0  # …and a batch is written once its first record waited this long
TINBAO_STORE_HTML = True  # keep each fetched article's HTML (compressed) for `tinbao reparse`
TINBAO_STORAGE_ENABLED = True  # switch the storage pipeline off (e.g. for `-O items.jsonl` runs)
TINBAO_RETRY_BACKOFF_BASE = 2.0  # a retried request waits base**attempt seconds…
TINBAO_RETRY_BACKOFF_MAX = 120.0  # …but never longer than this
TINBAO_RETRY_AFTER_MAX = 600.0  # longest Retry-After (429/503) honoured, in seconds
TINBAO_CRAWL_DELAY_MAX = 60.0  # longest robots.txt Crawl-delay honoured, in seconds
TINBAO_MAX_LINKS_PER_LISTING = 500  # new article links followed from one listing page (0: all)
TINBAO_MAX_ARTICLES_PER_RUN = 5000  # article requests per site and run (0: no cap)
TINBAO_ASK_AGAIN_RUNS = 4  # runs in a row a page may fail before it is not asked for again
TINBAO_EXTRACT_WORKERS = 1  # processes reading article pages beside the engine (0: in process)…
TINBAO_EXTRACT_POOL_AFTER = 100  # …started once a crawl asks for (or reads) more pages than this

# Incremental crawls and monitoring (`tinbao crawl`, docs/scheduling.md).
TINBAO_REFRESH_WINDOW_DAYS = 7.0  # re-fetch articles published this recently (0: never)…
TINBAO_REFRESH_AFTER_HOURS = "1,6,24,72,168"  # …once each of these ages has passed since publish
TINBAO_MAX_ERRORS = 10  # more ERROR log lines than this in a run: the site failed (exit 4)
TINBAO_MAX_FETCH_FAILURE_RATE = 0.5  # more article fetches than this failed: the site failed…
TINBAO_FETCH_FAILURE_MIN_PAGES = 3  # …judged once the run requested this many article pages
TINBAO_HEALTH_MIN_ITEMS = 5  # judge extraction health only on runs that parsed this many pages
TINBAO_HEALTH_MAX_DROP_RATE = 0.5  # alarm when more parsed pages than this are dropped
TINBAO_HEALTH_HISTORY_RUNS = 5  # compare each share with its mean over this many past runs…
TINBAO_HEALTH_HISTORY_RATIO = 0.5  # …and alarm below this fraction of it (exit 5)
TINBAO_PROGRESS = False  # live per-site progress on stderr (`tinbao crawl` on a terminal)
TINBAO_PROGRESS_INTERVAL = 10.0  # seconds between progress lines

# Distributed crawling (`tinbao worker`, `tinbao ingest`; docs/distributed.md).
TINBAO_HOST_RATE = 1.0  # requests per second to one host, shared by all workers (0: no limit)
TINBAO_WORKER_TICK = 0.5  # seconds between a worker's heartbeats and queue checks
TINBAO_WORKER_HEARTBEAT_TTL = 15.0  # a worker silent this long is dead: its requests are requeued
TINBAO_WORKER_WAIT = False  # keep a worker waiting for new work when the queues are empty

EXTENSIONS = {
    "scrapy.extensions.logcount.LogCount": None,  # counts every spider's lines in each…
    "crawler.logformatter.SiteLogCount": 0,  # …this one only the spider's own
    "crawler.extensions.FetchOutcomes": 490,  # how each page ended; what to ask again
    "crawler.extensions.CrawlMonitor": 500,  # run summary, site failure, extraction health
    "crawler.extensions.CrawlProgress": 510,  # only when TINBAO_PROGRESS is on
}

_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _from_environment(name: str, default: object, raw: str) -> object:
    """The environment's text for a setting, read as its default's type; text that is not of
    that type is an error naming the variable (the command line says it in one line)."""
    try:
        if isinstance(default, bool):
            if raw.strip().lower() not in (*_TRUE, *_FALSE):
                raise ValueError
            return raw.strip().lower() in _TRUE
        return type(default)(raw)
    except ValueError:
        kind = "flag (1 or 0)" if isinstance(default, bool) else "number"
        raise ValueError(f"environment variable {name}={raw}: not a {kind}") from None


for _name, _value in list(globals().items()):
    if _name.startswith("TINBAO_") and _name in os.environ:
        globals()[_name] = _from_environment(_name, _value, os.environ[_name])
