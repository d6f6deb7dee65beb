"""Refuse records that are not articles: no headline or no body means nothing to store, and a
web server's directory listing (a mirror served by `python -m http.server`) is no article."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from scrapy.exceptions import DropItem

REQUIRED = ("headline", "body")
# Headlines of the index pages web servers generate: Python's http.server, Apache, nginx.
DIRECTORY_LISTING = re.compile(r"^(?:Directory listing for|Index of) /")


def missing_required(record: Mapping[str, Any]) -> list[str]:
    """Required fields a record lacks: a crawl drops it, `tinbao reparse` keeps the stored row."""
    return [name for name in REQUIRED if not record.get(name)]


class ValidatePipeline:
    """Drop records missing a required field; count each reason in `tinbao/dropped/<reason>`."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        missing = missing_required(item)
        reason = "missing_" + "_and_".join(missing) if missing else ""
        if DIRECTORY_LISTING.match(item.get("headline") or ""):
            reason = "directory_listing"
        if reason:
            self.stats.inc_value(f"tinbao/dropped/{reason}")
            self.stats.inc_value("tinbao/dropped")
            raise DropItem(f"{item['url']}: not stored, {reason.replace('_', ' ')}")
        return item
