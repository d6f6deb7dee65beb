"""The layers import one way: crawler → pipelines → parsers → parsers.vietnamese, without cycles.

Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("crawler", "parsers", "pipelines")
# Lower index = lower layer; a module may import only its own layer and the ones below.
LAYERS = ("parsers.vietnamese", "parsers", "pipelines", "crawler")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The project module that `import name` loads (`a.b.func` → `a.b`), or None."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {owner for name in names if (owner := _owner(name))}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """Each project module's project imports, parsed when a test asks (not at collection, where
    every test process would parse the whole project)."""
    return {module: _imports(path) - {module} for module, path in MODULES.items()}


def _layer(module: str) -> int:
    return max(i for i, prefix in enumerate(LAYERS) if (module + ".").startswith(prefix + "."))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_walker_sees_the_known_imports(graph: dict[str, set[str]]) -> None:
    assert "pipelines.db" in graph["pipelines.storage"]
    assert "parsers.vietnamese.text" in graph["parsers.vietnamese.dates"]
    assert "pipelines.db.schema" in graph["pipelines.db.connect"]


def test_no_module_imports_a_higher_layer(graph: dict[str, set[str]]) -> None:
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        for target in targets
        if _layer(target) > _layer(module)
    )
    assert upward == []


def test_no_import_cycles(graph: dict[str, set[str]]) -> None:
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_says_what_it_owns() -> None:
    missing = [
        module
        for module, path in MODULES.items()
        if not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert missing == []


def test_architecture_doc_names_only_real_modules() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b((?:crawler|parsers|pipelines)(?:[./][a-z_]+)+)", text))
    assert len(named) >= 15
    unknown = sorted(name for name in named if not _exists(name.replace("/", ".")))
    assert unknown == []


def _exists(name: str) -> bool:
    """A module (`parsers/page.py`) or an attribute of one (`pipelines.db.search`)."""
    name = name.removesuffix(".py")
    if name in MODULES:
        return True
    module, _, attribute = name.rpartition(".")
    return module in MODULES and hasattr(importlib.import_module(module), attribute)
