"""`python -m crawler.cli`: the `tinbao` command without its console script."""

from crawler.cli import cli

cli()
