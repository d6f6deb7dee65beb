"""`tinbao extract` in the click group: its arguments go unparsed to `crawler.extract_command`,
which reads them itself (the console script calls it without loading click)."""

from __future__ import annotations

import click

from crawler.extract_command import DESCRIPTION, EXAMPLE


@click.command(
    help=f"{DESCRIPTION}\n\n\b\n{EXAMPLE}",
    add_help_option=False,  # `--help` goes on too: the help is argparse's
    context_settings={"ignore_unknown_options": True},
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def extract(ctx: click.Context, arguments: tuple[str, ...]) -> None:
    from crawler.extract_command import main

    main(list(arguments), prog=ctx.command_path)


COMMANDS: list[click.Command] = [extract]
