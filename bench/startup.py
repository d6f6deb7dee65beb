"""`tinbao extract` of one page as a process, against the `trafilatura` command on the same page.

Run: `python bench/startup.py [PAGE.html] [--url URL] [--repeats 10]`. Each round runs, in
turn, a bare `python -c pass` (the interpreter's own start), `tinbao extract` and
`trafilatura --json --with-metadata` (the page on stdin), and takes each process's wall time and
CPU time (user + system, from `wait4`). Bytecode is written in a warm-up run first, as an
installed package has it: without it every module is compiled from source at each start.
Prints the median and min–max of each, and of the per-round ratio tinbao / trafilatura.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEED = ROOT / "tests/fixtures/sites/baothaibinh/tin-tuc/12/102296"
DEFAULT_PAGE = SEED / "bao-dam-tuyet-doi-an-toan-dai-hoi-dang-bo-tinh-lan-thu-xx/page.html"


def run(command: list[str], page: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one process reading `page` on stdin; its output is discarded."""
    with page.open("rb") as stdin:
        began = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {process.stderr.read().decode()[-300:]}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def spread(values: list[float], fmt: str = ".0f") -> str:
    return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}–{max(values):{fmt}})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, nargs="?", default=DEFAULT_PAGE)
    parser.add_argument("--url", help="the page's URL (default: from page.json beside it)")
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    url = args.url or json.loads((args.page.parent / "page.json").read_text())["url"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "tinbao extract": [str(BIN / "tinbao"), "extract", "--url", url, "-"],
        "trafilatura": [str(BIN / "trafilatura"), "--json", "--with-metadata"],
    }
    for command in commands.values():  # warm-up: bytecode written, files in the page cache
        run(command, args.page, env)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for r in range(args.repeats):
        for name in commands if r % 2 == 0 else reversed(commands):
            ms, cpu_ms = run(commands[name], args.page, env)
            wall[name].append(ms)
            cpu[name].append(cpu_ms)
    print(f"page: {args.page.relative_to(ROOT) if args.page.is_relative_to(ROOT) else args.page}")
    print(f"{args.repeats} interleaved rounds after a warm-up, median (min–max)")
    print(f"  {'':16} {'wall ms':>18} {'CPU ms':>18}")
    for name in commands:
        print(f"  {name:16} {spread(wall[name]):>18} {spread(cpu[name]):>18}")
    for label, values in (("wall", wall), ("CPU", cpu)):
        pairs = zip(values["tinbao extract"], values["trafilatura"], strict=True)
        ratios = [a / b for a, b in pairs]
        print(f"  tinbao / trafilatura, {label}: {spread(ratios, '.2f')}")


if __name__ == "__main__":
    main()
