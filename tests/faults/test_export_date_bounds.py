"""`tinbao export` with `--since` and `--until` both on one day, on a crawled database.

`tinbao export --help`: `--since DATE` published on or after, `--until DATE` on or before. So
bounds of one day export that day's articles alone, the day's first and last hours included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, json_lines, mirror_database, succeeds


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mirror_database(tmp_path_factory.mktemp("crawled"))


def test_bounds_of_one_day_export_that_day(crawled: Path) -> None:
    days = sorted({r["published_at"][:10] for r in ARTICLES.values() if r.get("published_at")})
    day = days[0]
    out = succeeds("export", "--db", str(crawled), "--since", day, "--until", day)
    expected = sorted(
        r["url"] for r in ARTICLES.values() if (r.get("published_at") or "")[:10] == day
    )
    assert sorted(r["url"] for r in json_lines(out)) == expected
