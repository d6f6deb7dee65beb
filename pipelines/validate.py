"""Refuse records that are not articles: no headline or no body means nothing to store."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy.exceptions import DropItem

REQUIRED = ("headline", "body")


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
        if missing:
            reason = "missing_" + "_and_".join(missing)
            self.stats.inc_value(f"tinbao/dropped/{reason}")
            self.stats.inc_value("tinbao/dropped")
            raise DropItem(f"{item['url']}: not stored, {reason.replace('_', ' ')}")
        return item
