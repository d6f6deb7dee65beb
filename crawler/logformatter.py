"""Log items by their URL: Scrapy's default prints the whole item, HTML included."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy import logformatter


def _url(item: Any) -> str:
    adapter = ItemAdapter(item)
    extraction = adapter.get("extraction")
    return str(adapter.get("url") or getattr(extraction, "url", None) or "<item without url>")


class LogFormatter(logformatter.LogFormatter):
    def scraped(self, item, response, spider):
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def item_error(self, item, exception, response, spider):
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing %(url)s", "args": {"url": _url(item)}}
