"""`parsers.patterns`: the parsers' regular expressions, made from the code kept in a file."""

from __future__ import annotations

import ast
import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import parsers
from parsers import patterns
from tests.conftest import ROOT
from tests.test_cli_mistakes import unprivileged

COMPILE = re.compile


def parser_patterns() -> list[re.Pattern[str]]:
    """Every pattern the parsers' modules hold, alone or in a tuple or list."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for module in pkgutil.walk_packages(parsers.__path__, "parsers."):
        for value in vars(importlib.import_module(module.name)).values():
            for item in value if isinstance(value, tuple | list) else (value,):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[(item.pattern, item.flags)] = item
    return list(found.values())


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh file for the kept codes, which the module has not read yet."""
    file = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "FILE", file)
    monkeypatch.setattr(patterns, "_kept", None)
    monkeypatch.setattr(patterns, "_new", False)
    monkeypatch.setattr(patterns.sys, "dont_write_bytecode", False)
    return file


def next_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what was read, as a new process would, and refuse to compile anything."""
    monkeypatch.setattr(patterns, "_kept", None)
    monkeypatch.setattr(patterns, "_new", False)

    def refuse(source: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError(f"compiled {source!r} again")

    monkeypatch.setattr(patterns.re, "compile", refuse)


def test_the_next_start_makes_every_parser_pattern_from_the_file(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    originals = parser_patterns()
    assert len(originals) > 100
    for pattern in originals:
        patterns.compile(pattern.pattern, pattern.flags)
    patterns._write()
    assert kept.exists()
    next_start(monkeypatch)
    for pattern in originals:
        made = patterns.compile(pattern.pattern, pattern.flags)
        assert made == pattern  # `==` compares the compiled code
        assert (made.flags, made.groups, made.groupindex) == (
            pattern.flags,
            pattern.groups,
            pattern.groupindex,
        )


def test_a_kept_pattern_matches_as_re_compiles_it(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})(?:[./-](\d{4}))?"
    patterns.compile(source, re.I)
    patterns._write()
    next_start(monkeypatch)
    made = patterns.compile(source, re.I)
    assert made.search("Ngày 5/12/2026").groupdict() == {"day": "5", "month": "12"}
    assert made.search("Ngày 5/12/2026").groups() == ("5", "12", "2026")
    assert made.groupindex == {"day": 1, "month": 2}
    assert made.flags == re.I | re.U


def test_a_file_of_another_python_build_is_not_read(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns.compile(r"\d+")
    patterns._write()
    _, codes = marshal.loads(kept.read_bytes())
    kept.write_bytes(marshal.dumps((("2.7.18", 0, 0), codes)))
    monkeypatch.setattr(patterns, "_kept", None)
    calls = []
    monkeypatch.setattr(patterns.re, "compile", lambda *a: calls.append(a) or COMPILE(*a))
    assert patterns.compile(r"\d+") == COMPILE(r"\d+")
    assert calls == [(r"\d+", 0)]


@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal data",
        marshal.dumps((patterns.BUILD, {(r"\d+", 0): (32, bytes(4), 0, {}, (None,))})),  # bad code
        marshal.dumps((patterns.BUILD, [1, 2, 3])),
    ],
    ids=["unreadable", "code _sre refuses", "not a table"],
)
def test_a_damaged_file_falls_back_to_re_compile(kept: Path, damage: bytes) -> None:
    kept.write_bytes(damage)
    made = patterns.compile(r"\d+")
    assert made == COMPILE(r"\d+")
    assert made.findall("9.330 lượt xem") == ["9", "330"]


def test_nothing_is_written_where_bytecode_is_not(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns.sys, "dont_write_bytecode", True)
    patterns.compile(r"\w+")
    patterns._write()
    assert not kept.exists()


def test_the_file_goes_where_the_bytecode_goes_under_a_cache_prefix(tmp_path: Path) -> None:
    """With `PYTHONPYCACHEPREFIX` the bytecode is written under the prefix, not in the tree, and
    the kept patterns go with it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import parsers.extract"], cwd=ROOT, env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()
    folder = tmp_path / (ROOT / "parsers").relative_to(ROOT.anchor)
    name = f"patterns.{sys.implementation.cache_tag}.marshal"
    assert (folder / f"patterns.{sys.implementation.cache_tag}.pyc").exists()
    assert (folder / name).exists()
    made = marshal.loads((folder / name).read_bytes())[1]
    assert len(made) > 100


def test_a_cache_folder_the_user_may_not_enter_costs_no_word(tmp_path: Path) -> None:
    """A user who may not even look into the bytecode folder (another user's, here) keeps no
    patterns and is told nothing: the failed write is silent, as any trouble with the file."""
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o000)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    try:
        done = subprocess.run(
            [*unprivileged(), sys.executable, "-c", "import parsers.extract"],
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
    finally:
        folder.chmod(0o700)
    assert (done.returncode, done.stderr) == (0, b"")


def test_the_file_is_written_only_when_a_pattern_was_compiled(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns.compile(r"\w+")
    patterns._write()
    next_start(monkeypatch)
    patterns.compile(r"\w+")
    kept.unlink()
    patterns._write()
    assert not kept.exists()


def test_no_parser_module_compiles_a_pattern_with_re_at_import():
    """Every pattern a parser module makes at import goes through `patterns.compile`: one made
    with `re.compile` would be compiled again at every start."""

    def module_level_calls(node: ast.AST):
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                if isinstance(child, ast.Call) and ast.unparse(child.func) == "re.compile":
                    yield child
                yield from module_level_calls(child)

    found = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path in sorted((ROOT / "parsers").rglob("*.py"))
        for call in module_level_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []
