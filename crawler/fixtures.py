"""Fixture folders as the parser tests and the mirror server read them (tests/fixtures/sites/)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from crawler.fetch import Fetched

# The charset a `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`
# declares: group 1 is everything before the name.
META_CHARSET = re.compile(r"""(<meta\b[^>]*?\bcharset\s*=\s*["']?)[\w.:-]+""", re.IGNORECASE)


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


def as_saved(fetched: Fetched) -> str:
    """A fetched page's text as page.html keeps it, in UTF-8: when it came in another charset,
    its `<meta>` declaration says UTF-8 too, so that every reader of the file (the mirror,
    `tinbao extract`) decodes it as written. The charset received stays in response.json."""
    text = fetched.text or ""
    if (fetched.encoding or "utf-8").replace("_", "-").lower() in ("utf-8", "utf8"):
        return text
    return META_CHARSET.sub(r"\1utf-8", text)


def write_response(folder: Path, fetched: Fetched) -> None:
    """response.json: the requested and final URL, status, charset, fetch time and headers."""
    response = {
        "requested": fetched.requested,
        "url": fetched.url,
        "status": fetched.status,
        "encoding": fetched.encoding,
        "fetched_at": fetched.fetched_at.isoformat(),
        "headers": fetched.headers,
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "response.json").write_text(
        json.dumps(response, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
