"""What every tinbao spider shares: the `since`/`limit` window and response → pipeline item."""

from __future__ import annotations

from datetime import date, datetime

import scrapy
from scrapy.http import Response, TextResponse

from parsers.extract import extract
from parsers.page import UnreadablePage
from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime
from pipelines.normalize import extraction_item


class NewsSpider(scrapy.Spider):
    """Base of the site and generic spiders (it has no name, so `scrapy list` skips it).

    Arguments: `since=YYYY-MM-DD` skips articles published before that day; `limit=N` stops
    after N article requests (counted in `requested`). A backfill names a window of days:
    `from=YYYY-MM-DD` (a `since`) and `to=YYYY-MM-DD`, which skips articles published after it.
    """

    def __init__(self, since: str | None = None, limit: str | int | None = None, **kwargs):
        first, last = kwargs.pop("from", None), kwargs.pop("to", None)  # `from` is a keyword
        super().__init__(**kwargs)
        self.since: date | None = _since(since) or _day("from", first)
        self.until: date | None = _day("to", last)
        self.limit: int | None = _limit(limit)
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"to={last} is before from={since or first}")
        self.backfill = bool(first or last)
        self.requested: set[str] = set()

    def too_old(self, when: datetime | None) -> bool:
        return self.since is not None and when is not None and when.date() < self.since

    def too_new(self, when: datetime | None) -> bool:
        return self.until is not None and when is not None and when.date() > self.until

    def limit_reached(self) -> bool:
        return self.limit is not None and len(self.requested) >= self.limit

    @staticmethod
    def fetched_at() -> datetime:
        """When the response in hand was fetched: "now" for every date read from it."""
        return datetime.now(LOCAL_TZ)

    def article_item(
        self, response: Response, url: str, *, apply_since: bool = True
    ) -> dict | None:
        """The pipeline item for an article page, or None (counted and logged) when unusable."""
        fetched_at = self.fetched_at()
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("tinbao/bad_page/not_html")
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            self.logger.warning("%s: not an HTML page (%s)", url, content_type)
            return None
        try:
            extraction = extract(response.text, url, fetched_at=fetched_at)
        except UnreadablePage as exc:
            self.crawler.stats.inc_value("tinbao/bad_page/unreadable")
            self.logger.warning("%s: unreadable page (%s)", url, exc)
            return None
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
        return extraction_item(extraction, response.text, fetched_at)


def _since(value: str | None) -> date | None:
    return _day("since", value)


def _day(name: str, value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise ValueError(f"{name}={value} is not a day like 2024-01-01") from None


def _limit(value: str | int | None) -> int | None:
    if value in (None, ""):
        return None
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit < 1:
        raise ValueError(f"limit={value} is not a number of articles (1 or more)")
    return limit
