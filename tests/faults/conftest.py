"""Fixtures shared by the fault probes."""

from pathlib import Path

import pytest

from tests.faults.harness import mirror_database


@pytest.fixture(scope="session")
def crawled_mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mirror crawled once a test process, never written to afterwards: the modules that
    read, export or damage a sound crawled file each take their own copy (`database_copy`)
    instead of crawling the same sixteen pages again (about 4 s of CPU a crawl)."""
    return mirror_database(tmp_path_factory.mktemp("crawled_mirror"))
