"""Fetch a few pages through Scrapy, with the crawl's own settings (robots.txt, User-Agent,
retries, size limits), for `tinbao snapshot` and `tinbao new-site`.

The pages come back as they were received: final URL, status, headers, the text decoded as a
crawl decodes it (charset labels checked, windows-1258 recomposed to NFC) and the fetch time.
Nothing is stored in the database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from crawler.project import tinbao_settings
from crawler.spiders.base import decode_response
from parsers.page import UnreadablePage
from parsers.vietnamese.dates import LOCAL_TZ


@dataclass
class Fetched:
    requested: str
    url: str  # after redirects
    status: int
    headers: dict[str, list[str]]
    text: str | None  # None for a response that is not text
    encoding: str | None
    fetched_at: datetime
    html: bool  # served as HTML (or, untyped, read as HTML by Scrapy)


class FetchError(Exception):
    """A page could not be fetched (robots.txt, network, HTTP error)."""


class _FetchSpider(scrapy.Spider):
    name = "tinbao-fetch"

    def __init__(
        self, urls: list[str], found: dict[str, Fetched], failed: dict[str, str], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.urls = urls
        self.found = found
        self.failed = failed

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield scrapy.Request(
                url, callback=self.keep, errback=self.fail, cb_kwargs={"requested": url}
            )

    def fail(self, failure: Failure) -> None:
        """Why a URL gave no page: its HTTP status, else the error's own words."""
        requested = failure.request.cb_kwargs["requested"]
        response = getattr(failure.value, "response", None)
        if response is not None:
            self.failed[requested] = f"HTTP {response.status}"
        else:
            self.failed[requested] = str(failure.value) or type(failure.value).__name__

    def keep(self, response: Response, requested: str) -> None:
        text = encoding = None
        if isinstance(response, TextResponse):
            try:  # as a crawl reads it
                text, encoding, _ = decode_response(response)
            except UnreadablePage:  # as Scrapy reads it: the extractor says what is wrong
                text, encoding = response.text, response.encoding
        self.found[requested] = Fetched(
            requested=requested,
            url=response.url,
            status=response.status,
            headers={
                k.decode("latin-1"): [v.decode("latin-1") for v in values]
                for k, values in response.headers.items()
            },
            text=text,
            encoding=encoding,
            fetched_at=datetime.now(LOCAL_TZ),
            html=isinstance(response, HtmlResponse),
        )


def fetch(urls: list[str], settings: dict[str, Any] | None = None) -> dict[str, Fetched]:
    """Fetch `urls` in one Scrapy run; raise FetchError naming every URL that failed."""
    from scrapy.crawler import CrawlerProcess

    project = tinbao_settings()
    project.setdict(
        {
            "LOG_LEVEL": "ERROR",
            "ITEM_PIPELINES": {},
            "EXTENSIONS": {},
            "TINBAO_STORAGE_ENABLED": False,
            **(settings or {}),
        },
        priority="cmdline",
    )
    found: dict[str, Fetched] = {}
    failed: dict[str, str] = {}
    process = CrawlerProcess(project)
    process.crawl(_FetchSpider, urls=list(urls), found=found, failed=failed)
    process.start()
    missing = [
        f"{url} ({failed.get(url, 'blocked by robots.txt or no answer')})"
        for url in urls
        if url not in found
    ]
    if missing:
        raise FetchError(f"could not fetch {', '.join(missing)}")
    return found
