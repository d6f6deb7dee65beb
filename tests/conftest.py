"""Shared test fixtures: the repository root and the optional ../shared corpus."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (or $TINBAO_SHARED); skip when absent."""
    path = Path(os.environ.get("TINBAO_SHARED", ROOT.parent / "shared"))
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return path
