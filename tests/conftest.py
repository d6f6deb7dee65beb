"""Shared test fixtures: the repository root, a machine clock far from the fixtures, the
optional ../shared corpus and a real Redis; the processes the tests start keep their bytecode."""

import os
import signal
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.redis_server import redis_db, redis_url  # noqa: F401 (fixtures for every test)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# The twelve papers with a hand-made profile (README, "Sites"), as the tests expect them listed.
PROFILED = [
    "baobacgiang",
    "baocantho",
    "baohaiduong",
    "baohatinh",
    "baonamdinh",
    "baonghean",
    "baoninhbinh",
    "baophutho",
    "baoquangninh",
    "baothaibinh",
    "baothainguyen",
    "baothanhhoa",
]


def pytest_configure() -> None:
    """Let the `tinbao`, `scrapy` and `python` processes the tests start write and reuse the
    project's bytecode and kept patterns (parsers/patterns.py) where the environment forbids it
    (`PYTHONDONTWRITEBYTECODE`), as the cron-like tests' bare environments already do: otherwise
    each of some thousand processes compiles every module of the project and every parser
    pattern anew (about 0.4 s of CPU each). The caches go to the `__pycache__` folders git
    ignores; a folder of their own (`PYTHONPYCACHEPREFIX`) would also compile the whole standard
    library and every installed package again in each run."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@pytest.fixture(autouse=True)
def signal_handlers_kept() -> Iterator[None]:
    """The handlers a command run in-process puts in place for its process (SIGPIPE's default
    for a printing command, SIGTERM as Ctrl-C) are taken back after each test: left in place,
    a later test's write to a pipe its child closed would end the whole test run (exit 141)."""
    kept = {number: signal.getsignal(number) for number in (signal.SIGPIPE, signal.SIGTERM)}
    yield
    for number, handler in kept.items():
        signal.signal(number, handler)


@pytest.fixture
def far_clock(time_machine) -> None:
    """The machine clock set far from every fixture's fetch time, where a parser reading the
    clock instead of the fetch time would go wrong (`pytestmark = usefixtures("far_clock")`)."""
    time_machine.move_to(datetime.fromisoformat("2025-06-01T09:00:00+07:00"), tick=False)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (or $TINBAO_SHARED); skip when absent."""
    path = Path(os.environ.get("TINBAO_SHARED", ROOT.parent / "shared"))
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return path
