"""The `tinbao` command: extract one page, run the offline demo, crawl, query the database.

One module per command group (`extract`, `demo`, `crawl`, `db`, `report`, `distributed`,
`newsite`, `snapshot`); each command parses its options, calls one function in `parsers/` or
`pipelines/`, and formats the result. JSON goes to stdout; logs and progress go to stderr. Heavy
modules (Scrapy, the database layer) are imported inside the commands that need them, and a
command's module is imported only when the command line needs it, so `tinbao extract` loads
neither the other commands nor what they import.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import signal
import sys
import unicodedata

import click

from crawler.cli.options import CONTEXT_SETTINGS
from crawler.exitcodes import ExitCode
from crawler.streams import (
    drop_pending_output,
    open_closed_standard_streams,
    start_again_in_utf8_mode,
    unwritable_output,
)

# Modules of commands, in the order they are looked through for a command name.
COMMAND_MODULES = (
    "extract",
    "demo",
    "crawl",
    "db",
    "report",
    "distributed",
    "newsite",
    "snapshot",
)


# Commands that only print what they read: piped into `head`, they end as `cat` would, by
# SIGPIPE (exit 141), where click would exit 1 ("error") without a word.
PRINTING_COMMANDS = frozenset({"export", "search", "stats", "history", "sites", "status"})


def interrupt_on_sigterm() -> None:
    """Take SIGTERM (a service manager, `timeout`, `kill`) as Ctrl-C in every command:
    `Interrupted.` and exit 130, as the README promises, where Python's default ended the
    process without a word (exit -15) in the middle of an export or a reparse. A command that
    stops otherwise puts its own handler in place (Scrapy's graceful stop once a crawl runs,
    `serve`, `mirror`, the distributed commands). Left alone when ignored or handled already."""
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, signal.default_int_handler)


def restore_help(command: click.Command) -> None:
    """Give `command` back the help its function's docstring holds, where the interpreter
    stripped docstrings (`python -OO`, `PYTHONOPTIMIZE=2`, set in slim container images): click
    takes a command's help from the docstring, so `--help` lost what each command does. The
    docstring is read from the function's source, which is installed beside it."""
    if command.help is not None or command.callback is None or sys.flags.optimize < 2:
        return
    try:
        source = inspect.getsource(command.callback)
    except (OSError, TypeError):
        return  # no source to read: the help stays as the interpreter left it
    function = ast.parse(inspect.cleandoc("\n" + source)).body[0]
    docstring = ast.get_docstring(function)  # type: ignore[arg-type]
    if docstring is not None:
        command.help = docstring


def one_line(message: str) -> str:
    """`message` with its control characters and line separators written as escapes (`\\n`,
    `\\t`, `\\x1b`): an error is one line on stderr, and a path it names may hold a line
    break (a name pasted from a page, a script's stray `\\n`), which broke it in two."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Zl", "Zp")
        else char
        for char in message
    )


class LazyGroup(click.Group):
    """A group that imports the modules of `COMMAND_MODULES` one by one, until it has the
    command asked for (all of them to list the commands)."""

    loaded = 0

    def main(self, args=None, *rest, **kwargs):
        if args is None:
            start_again_in_utf8_mode()
            args = sys.argv[1:]
        printing = bool(args[:1]) and args[0] in PRINTING_COMMANDS
        open_closed_standard_streams(printing)
        if printing:
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        interrupt_on_sigterm()
        restore_help(self)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: click.Context):
        """Ctrl-C in a command: one line and exit 130, as for a crawl (click would say
        "Aborted!" and exit 1, "error"); output the disk refuses, or a closed output: one line
        and exit 1, never a traceback. The output is flushed here, so that its failure is
        seen while it can still be said."""
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except KeyboardInterrupt:
            drop_pending_output()
            click.echo("Interrupted.", err=True)
            ctx.exit(ExitCode.INTERRUPTED)
        except click.ClickException as exc:
            exc.message = one_line(exc.message)
            raise
        except OSError as exc:
            if (failure := unwritable_output(exc)) is None:
                raise
            raise click.ClickException(one_line(failure)) from exc

    def _load_next(self) -> bool:
        if self.loaded == len(COMMAND_MODULES):
            return False
        module = importlib.import_module(f"crawler.cli.{COMMAND_MODULES[self.loaded]}")
        self.loaded += 1
        for command in module.COMMANDS:
            restore_help(command)
            self.add_command(command)
        return True

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        while cmd_name not in self.commands and self._load_next():
            pass
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        while self._load_next():
            pass
        return super().list_commands(ctx)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
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
      130  interrupted (Ctrl-C, SIGTERM); a crawl keeps what it fetched
    """
