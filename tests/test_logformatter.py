"""The crawl's log formatter: per-response and per-item DEBUG lines only where they are shown."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.logformatter import LogFormatter

URL = "https://baothaibinh.com.vn/tin-tuc/12/1/a"


def formatter(level: str | int) -> LogFormatter:
    crawler = get_crawler(settings_dict={"LOG_LEVEL": level})
    return LogFormatter.from_crawler(crawler)


@pytest.mark.parametrize("level", ["DEBUG", 10])
def test_a_debug_crawl_logs_each_response_and_item_by_url(level: str | int) -> None:
    response = HtmlResponse(URL, body=b"<html></html>", request=Request(URL))
    shown = formatter(level)
    scraped = shown.scraped({"url": URL, "html": "<html></html>"}, response, None)
    crawled = shown.crawled(response.request, response, None)
    assert (scraped["msg"], scraped["args"]) == ("Scraped %(url)s", {"url": URL})
    assert crawled["args"]["request"] == response.request


@pytest.mark.parametrize("level", ["INFO", "WARNING", "ERROR", 20])
def test_a_crawl_logging_above_debug_makes_no_line_for_each_response_or_item(
    level: str | int,
) -> None:
    response = HtmlResponse(URL, body=b"<html></html>", request=Request(URL))
    quiet = formatter(level)
    assert quiet.scraped({"url": URL}, response, None) is None
    assert quiet.crawled(response.request, response, None) is None
