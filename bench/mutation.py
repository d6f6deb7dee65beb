"""Mutation score of the core modules: how many small code changes the fast tests catch.

    python bench/mutation.py                          # the five core modules, one at a time
    python bench/mutation.py parsers/profile.py       # one module
    python bench/mutation.py --keep /tmp/mut MODULE   # keep the work tree to inspect survivors

Each module runs in its own copy of the checkout (mutmut rewrites the sources it mutates), with
mutmut limited to that module and the fast parser and normalizer tests, one module at a time and
each under a time limit, so a run takes minutes on two cores. Survivors are listed with the
command that shows their diff. Not part of CI: install with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = (
    "parsers/vietnamese/dates.py",
    "parsers/vietnamese/counts.py",
    "parsers/vietnamese/names.py",
    "parsers/extract.py",
    "parsers/profile.py",
)
# Exact-value tests only: the property tests draw new examples on every run, which would make
# the score vary from run to run, and cost most of the time; test_selectors compares the code with
# itself (each profile entry taken out), so it can kill no mutant of these modules.
FAST_TESTS = (
    "tests/test_counts.py",
    "tests/test_dates.py",
    "tests/test_generic.py",
    "tests/test_names.py",
    "tests/test_normalize.py",
    "tests/test_parsers.py",
    "tests/test_profiles.py",
    "tests/test_text.py",
)
COPIED = ("parsers", "pipelines", "crawler", "tests", "pyproject.toml")
RESULT = re.compile(r"^\s*(\S+): (.+)$")


def config(module: str) -> str:
    """The [tool.mutmut] table: mutate one module of parsers/ and pipelines/, run the fast tests."""
    tests = ", ".join(f'"{t}"' for t in FAST_TESTS if (ROOT / t).exists())
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["parsers", "pipelines"]\n'
        f'only_mutate = ["{module}"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]\n'
        f"pytest_add_cli_args_test_selection = [{tests}]\n"
    )


def prepare(module: str, workdir: Path) -> None:
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, ignore=ignore)
        else:
            shutil.copy2(source, workdir / name)
    with (workdir / "pyproject.toml").open("a", encoding="utf-8") as toml:
        toml.write(config(module))


def mutmut() -> str:
    found = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or shutil.which("mutmut")
    if found is None:
        sys.exit("mutmut is not installed: pip install -e '.[bench]'")
    return found


def run_module(module: str, workdir: Path, children: int, timeout: float) -> dict[str, list[str]]:
    """Mutants of `module` grouped by outcome (killed, survived, timeout, …)."""
    prepare(module, workdir)
    started = time.monotonic()
    try:
        subprocess.run(
            [mutmut(), "run", "--max-children", str(children)],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        print(f"{module}: stopped after {timeout:.0f} s; the score counts finished mutants only")
    listing = subprocess.run(
        [mutmut(), "results", "--all", "true"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    outcomes: dict[str, list[str]] = {}
    for line in listing.splitlines():
        match = RESULT.match(line)
        if match:
            outcomes.setdefault(match.group(2), []).append(match.group(1))
    print(f"{module}: {time.monotonic() - started:.0f} s")
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=CORE, help="modules to mutate")
    parser.add_argument("--children", type=int, default=2, help="parallel test processes")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per module")
    parser.add_argument("--keep", type=Path, help="folder for the work trees (kept afterwards)")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="tinbao-mutation-"))
    rows = []
    for module in args.modules:
        workdir = base / module.replace("/", "_").removesuffix(".py")
        outcomes = run_module(module, workdir, args.children, args.timeout)
        killed = len(outcomes.get("killed", []))
        survived = outcomes.get("survived", [])
        unchecked = len(outcomes.get("not checked", []))
        total = sum(len(names) for names in outcomes.values())
        rows.append((module, killed, total - unchecked, unchecked))
        for name in survived:
            print(f"  survived: {name}   (cd {workdir} && mutmut show {name})")
        others = {k: len(v) for k, v in outcomes.items() if k not in ("killed", "survived")}
        if others:
            print(f"  other outcomes: {others}")
    print(f"\n{'module':<32} {'killed':>7} {'checked':>8} {'score':>7} {'unchecked':>10}")
    for module, killed, checked, unchecked in rows:
        score = f"{killed / checked:.1%}" if checked else "-"
        print(f"{module:<32} {killed:>7} {checked:>8} {score:>7} {unchecked:>10}")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
