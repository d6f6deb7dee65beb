"""What the `tinbao` commands share: help flags, the --db/--site/--since/--until options."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click

from parsers.vietnamese.dates import LOCAL_TZ

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class IsoDate(click.ParamType):
    """A date (`2024-05-01`) or ISO 8601 time, passed on as text in the stored form (times in
    +07:00, which a time without offset is taken to be), so text comparison orders it right;
    a bare date means the whole day in `--until`."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-05-01 or 2024-05-01T08:00:00+07:00")
        local = when.replace(tzinfo=LOCAL_TZ) if when.tzinfo is None else when.astimezone(LOCAL_TZ)
        return local.isoformat()


db_option = click.option(
    "--db",
    "db_path",
    envvar="TINBAO_DB",
    default="news.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database (env TINBAO_DB).",
)
site_option = click.option("--site", help="Only this site, e.g. baothaibinh.")
since_option = click.option("--since", type=IsoDate(), help="Published on or after DATE.")
until_option = click.option("--until", type=IsoDate(), help="Published on or before DATE.")
