"""`scrapy crawl` that checks the spider's arguments before crawling, as `tinbao crawl` does:
a bad `-a` value is one usage line (exit 2), not a traceback from inside the crawl."""

from __future__ import annotations

import argparse

from scrapy.commands import crawl
from scrapy.exceptions import UsageError


class Command(crawl.Command):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            name = args[0]
            try:
                spider = self.crawler_process.spider_loader.load(name)
            except KeyError:
                raise UsageError(f"no spider {name!r} (scrapy list shows them)") from None
            try:
                spider(**opts.spargs)  # the spiders check their arguments in __init__
            except (TypeError, ValueError) as exc:
                raise UsageError(f"{name}: {exc}", print_help=False) from None
        super().run(args, opts)
