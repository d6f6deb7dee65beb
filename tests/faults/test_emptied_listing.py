"""A second run when the Kinh tế listing's first page answers `200` with an empty body (a CMS
mid-deploy), as a scheduled run meets it.

docs/reliability.md: a run keeps what earlier runs stored; a page that cannot be read is not
an article. So the run ends OK, every stored article is as the first run left it, and no
revision is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    ECONOMY_LISTING,
    mirror_database,
    recrawled_after,
    revisions,
    stored,
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mirror_database(tmp_path_factory.mktemp("first"))


def test_an_emptied_listing_changes_nothing_stored(crawled: Path, tmp_path: Path) -> None:
    def empty(root: Path) -> None:
        (root / ECONOMY_LISTING).write_bytes(b"")

    db, before, _, _ = recrawled_after(crawled, tmp_path, empty)
    rows = stored(db)
    assert sorted(rows) == sorted(ARTICLES)
    for path in ARTICLES:
        assert rows[path]["headline"] == before[path]["headline"], path
        assert rows[path]["body"] == before[path]["body"], path
    assert revisions(db) == []
