"""Fixture folders as the parser tests and the mirror server read them (tests/fixtures/sites/)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit


def fixture_dir(root: Path, url: str) -> Path:
    """Where a page of `url` goes under a site's fixture root: its path, as the mirror maps it."""
    path = urlsplit(url).path.strip("/")
    return root / path if path else root


def write_fixture(
    folder: Path, url: str, html: str, fetched_at: datetime, sources: dict, record: dict
) -> None:
    """page.html and page.json (`url`, `fetched_at`, `sources`, `expected`) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_text(html, encoding="utf-8")
    case = {
        "url": url,
        "fetched_at": fetched_at.isoformat(),
        "sources": sources,
        "expected": record,
    }
    (folder / "page.json").write_text(
        json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
