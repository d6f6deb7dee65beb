"""The `tinbao` command: extract one page, run the offline demo, crawl, query the database.

One module per command group (`extract`, `demo`, `crawl`, `db`, `report`); each command parses its
options, calls one function in `parsers/` or `pipelines/`, and formats the result. JSON goes to
stdout; logs and progress go to stderr. Heavy modules (Scrapy, the database layer) are imported
inside the commands that need them.
"""

from __future__ import annotations

import click

from crawler.cli import crawl, db, demo, distributed, extract, report
from crawler.cli.options import CONTEXT_SETTINGS


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="tinbao")
def cli() -> None:
    """tinbao: articles from Vietnamese regional newspapers, as clean SQLite records.

    \b
    Exit codes:
      0  success
      1  error (one line on stderr)
      2  bad usage or unreadable input
      3  another scheduled crawl holds the lock
      4  a site failed to crawl
      5  extraction health alarm (a site's layout probably changed)
      130  crawl interrupted (Ctrl-C, SIGTERM); what was fetched is stored
    """


for _module in (extract, demo, crawl, db, report, distributed):
    for _command in _module.COMMANDS:
        cli.add_command(_command)
