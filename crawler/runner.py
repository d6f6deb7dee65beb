"""Run site spiders in this process (for `tinbao demo` and `tinbao crawl`)."""

from __future__ import annotations

from collections.abc import Mapping

from scrapy.crawler import CrawlerProcess

from crawler.project import tinbao_settings


def run_spiders(
    names: list[str],
    settings: Mapping[str, object] | None = None,
    spider_args: Mapping[str, str] | None = None,
) -> dict[str, dict]:
    """Crawl the named spiders in parallel; returns each spider's final Scrapy stats."""
    project = tinbao_settings()
    project.setdict(dict(settings or {}), priority="cmdline")
    process = CrawlerProcess(project)
    crawlers = {}
    for name in names:
        crawler = process.create_crawler(name)
        crawlers[name] = crawler
        process.crawl(crawler, **dict(spider_args or {}))
    process.start()
    return {name: crawler.stats.get_stats() for name, crawler in crawlers.items()}
