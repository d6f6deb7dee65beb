"""Shared test fixtures: the repository root, a machine clock far from the fixtures, the
optional ../shared corpus and a real Redis; the processes the tests start keep their bytecode."""

import os
import shutil
import tempfile
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


def pytest_configure(config: pytest.Config) -> None:
    """Let the `tinbao`, `scrapy` and `python` processes the tests start write and reuse their
    bytecode and kept patterns (parsers/patterns.py) in a folder of the run's own, where the
    environment forbids writing them (`PYTHONDONTWRITEBYTECODE`): otherwise each of some
    thousand processes compiles every module of the project and every parser pattern anew
    (about 0.4 s of CPU each). The tree stays free of caches, as that setting asks."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = tempfile.mkdtemp(prefix="tinbao-tests-pycache-")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    del os.environ["PYTHONDONTWRITEBYTECODE"]


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
