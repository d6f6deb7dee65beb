"""The README documents every command, column, setting and site profile the code has, and
docs/database.md every column of every table the schema creates."""

from __future__ import annotations

import re

import click
import pytest

from crawler import settings
from crawler.cli import cli
from parsers.record import DB_FIELDS, EXTRACT_FIELDS
from parsers.sites import all_profiles
from pipelines.db import open_db
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DATABASE_DOC = (ROOT / "docs" / "database.md").read_text(encoding="utf-8")
# The tables FTS5 makes for each of its indexes, which only FTS5 reads and writes.
FTS5_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")


@pytest.mark.parametrize("name", cli.list_commands(click.Context(cli)))
def test_command_documented_with_help(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command.help and re.search(r"^\s*Examples?:", command.help, re.M)
    assert f"`tinbao {name}" in README


@pytest.mark.parametrize("name", cli.list_commands(click.Context(cli)))
def test_environment_variables_named_in_help(name: str) -> None:
    """An option the environment can set says which variable in its `--help` line."""
    command = cli.get_command(click.Context(cli), name)
    for param in command.params:
        if isinstance(param, click.Option) and param.envvar:
            assert f"(env {param.envvar})" in param.help, param.opts


@pytest.mark.parametrize("field", EXTRACT_FIELDS + DB_FIELDS, ids=lambda f: f.name)
def test_column_documented(field) -> None:
    assert f"| `{field.name}` | {field.doc} |" in README


@pytest.mark.parametrize("name", [n for n in dir(settings) if n.startswith("TINBAO_")])
def test_setting_documented_with_its_default(name: str) -> None:
    """The settings table names each setting with the default the code gives it."""
    row = re.search(rf"^\| `{name}` \| `([^`]*)` \|", README, re.M)
    assert row
    default = getattr(settings, name)
    documented = row.group(1)
    if isinstance(default, bool):
        assert documented == str(default)
    else:
        assert type(default)(documented) == default


@pytest.mark.parametrize("key", sorted(all_profiles()))
def test_site_listed(key: str) -> None:
    assert f"| `{key}` |" in README


def test_readme_opens_with_the_two_commands() -> None:
    commands = re.findall(r"```sh\n(.+?)\n```", README)[:2]
    assert commands[0].endswith("tinbao demo")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_commands_as_written() -> None:
    """CI runs exactly the README's two set-up commands, in order, and installs nothing else."""
    commands = re.findall(r"```sh\n(.+?)\n```", README)[:2]
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if "/pip " in line] == commands


def _documented_columns() -> dict[str, set[str]]:
    """The `| Column | Meaning |` rows of each `### `table`` section, under every table its
    heading names (one section may describe tables with the same columns)."""
    documented: dict[str, set[str]] = {}
    for section in re.split(r"^### ", DATABASE_DOC, flags=re.M)[1:]:
        heading, _, text = section.partition("\n")
        text = text.split("\n## ")[0]
        rows = text.partition("| Column | Meaning |\n| --- | --- |\n")[2]
        columns = set(re.findall(r"^\| `(\w+)` \| \S.* \|$", rows.split("\n\n")[0], re.M))
        for table in re.findall(r"`(\w+)`", heading):
            documented[table] = columns
    return documented


def _schema_columns(path) -> dict[str, set[str]]:
    """Every table and view a new database gets, with its columns, but FTS5's own tables."""
    db = open_db(path)
    try:
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        virtual = [name for name, sql in rows if sql.startswith("CREATE VIRTUAL TABLE")]
        return {
            name: {column[1] for column in db.execute(f"PRAGMA table_info('{name}')")}
            for name, _ in rows
            if not any(name == base + shadow for base in virtual for shadow in FTS5_SHADOWS)
        }
    finally:
        db.close()


def test_every_schema_column_documented(tmp_path) -> None:
    """docs/database.md has a column row for each column the schema creates, and none that
    the schema lacks (a renamed or dropped column)."""
    documented = _documented_columns()
    mismatched = {
        table: {"schema": columns, "docs": documented.get(table)}
        for table, columns in _schema_columns(tmp_path / "news.db").items()
        if documented.get(table) != columns
    }
    assert mismatched == {}
