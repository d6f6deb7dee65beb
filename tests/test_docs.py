"""The README documents every command, column, setting and site profile the code has."""

from __future__ import annotations

import re

import click
import pytest

from crawler import settings
from crawler.cli import cli
from parsers.record import DB_FIELDS, EXTRACT_FIELDS
from parsers.sites import all_profiles
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", cli.list_commands(click.Context(cli)))
def test_command_documented_with_help(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command.help and re.search(r"^\s*Examples?:", command.help, re.M)
    assert f"`tinbao {name}" in README


@pytest.mark.parametrize("field", EXTRACT_FIELDS + DB_FIELDS, ids=lambda f: f.name)
def test_column_documented(field) -> None:
    assert f"| `{field.name}` | {field.doc} |" in README


@pytest.mark.parametrize("name", [n for n in dir(settings) if n.startswith("TINBAO_")])
def test_setting_documented(name: str) -> None:
    assert re.search(rf"^\| `{name}` \|", README, re.M)


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
