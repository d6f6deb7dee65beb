"""`scrapy crawl` that checks the spider's arguments before crawling, as `tinbao crawl` does:
a bad `-a` value is one usage line (exit 2), not a traceback from inside the crawl; and that
locks its `JOBDIR` for the run, as `tinbao crawl --jobdir` locks each site's folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.commands import crawl
from scrapy.exceptions import UsageError

from crawler.exitcodes import ExitCode
from crawler.lock import CrawlLock, Locked


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
        jobdir = self.settings.get("JOBDIR") if self.settings is not None else None
        if not jobdir:
            super().run(args, opts)
            return
        if (held := self.lock_jobdir(jobdir)) is None:
            return
        try:
            super().run(args, opts)
        finally:
            held.release()

    def lock_jobdir(self, jobdir: str) -> CrawlLock | None:
        """The lock on `JOBDIR` for this run (`JOBDIR.lock`, the file `tinbao crawl --jobdir
        DIR` locks as `DIR/<site>.lock`), or None, said in one line with the exit code set,
        when another run holds it or it cannot be made. Scrapy's queue and seen-requests files
        there belong to one run: a second `scrapy crawl` (a hand-run one beside a scrapyd job)
        took the first's running marker for a killed run's and emptied its queue. The database
        needs no such lock: runs that share it store each article once."""
        try:
            Path(jobdir).mkdir(parents=True, exist_ok=True)  # as Scrapy makes it, parents too
            return CrawlLock(jobdir, subject=f"JOBDIR {jobdir}").acquire()
        except Locked as exc:
            print(f"scrapy crawl: {exc}", file=sys.stderr)
            self.exitcode = ExitCode.LOCKED
        except OSError as exc:
            print(f"scrapy crawl: cannot use JOBDIR {jobdir}: {exc.strerror}", file=sys.stderr)
            self.exitcode = ExitCode.ERROR
        return None
