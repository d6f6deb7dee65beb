"""Which profile selectors and drop entries the fixture pages need.

For one entry at a time, the site's profile is rebuilt without it and every fixture page of the
site is parsed again, at its own fetch time and as an archive page fetched long after (when the
fetch date prefers a newer layout and only the markup can pick the page's own). An entry is
*needed* when some page's record then changes; one whose removal only moves a field's source from
the layout to the generic extractor is not needed, because the generic extractor already reads
that field right on every page.

    python -m tests.selectors      # print the audit, one line per entry
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from parsers import extract as extract_module
from parsers.profile import SiteProfile
from parsers.sites import all_profiles
from parsers.vietnamese.dates import LOCAL_TZ
from pipelines.normalize import normalize
from tests.conftest import FIXTURES

# A fetch date after every fixture page's design: stored or archived pages parsed again later.
LATE_FETCH = datetime(2030, 1, 1, tzinfo=LOCAL_TZ)


@dataclass(frozen=True)
class Entry:
    """One selector (`kind` = field name) or one drop entry (`kind` = "drop") of a layout."""

    site: str
    layout: str
    kind: str
    css: str

    def __str__(self) -> str:
        return f"{self.site}/{self.layout} {self.kind} {self.css!r}"


def entries() -> Iterator[Entry]:
    for profile in all_profiles().values():
        for layout in profile.layouts:
            for name, css in layout.fields.items():
                yield Entry(profile.key, layout.name, name, css)
            for css in layout.drop:
                yield Entry(profile.key, layout.name, "drop", css)


def without(entry: Entry) -> SiteProfile:
    """The entry's site profile with that one selector or drop entry taken out."""
    profile = all_profiles()[entry.site]
    layouts = []
    for layout in profile.layouts:
        if layout.name == entry.layout:
            if entry.kind == "drop":
                layout = layout._replace(drop=tuple(d for d in layout.drop if d != entry.css))
            else:
                fields = {k: v for k, v in layout.fields.items() if k != entry.kind}
                layout = layout._replace(fields=fields)
        layouts.append(layout)
    return profile._replace(layouts=tuple(layouts))


@cache
def site_pages(site: str) -> tuple[Path, ...]:
    return tuple(sorted((FIXTURES / "sites" / site).glob("**/page.json")))


def parse(
    path: Path, profile: SiteProfile | None = None, fetched_at: datetime | None = None
) -> tuple[dict, dict]:
    """(record, sources) of one fixture page, optionally with a replacement profile and fetch
    time (default: the page's own)."""
    case = json.loads(path.read_text(encoding="utf-8"))
    html = (path.parent / "page.html").read_text(encoding="utf-8")
    fetched_at = fetched_at or datetime.fromisoformat(case["fetched_at"])
    original = extract_module.profile_for
    if profile is not None:
        extract_module.profile_for = lambda host: profile if original(host) else None
    try:
        extraction = extract_module.extract(html, case["url"], fetched_at=fetched_at)
    finally:
        extract_module.profile_for = original
    return normalize(extraction, fetched_at).record, extraction.sources


def effect(entry: Entry) -> tuple[list[str], list[str]]:
    """Pages whose record changes, and pages where only a source changes, without the entry."""
    changed, moved = [], []
    profile = without(entry)
    for path in site_pages(entry.site):
        for fetched_at in (None, LATE_FETCH):
            record, sources = parse(path, None, fetched_at)
            new_record, new_sources = parse(path, profile, fetched_at)
            name = str(path.parent.relative_to(FIXTURES / "sites"))
            if fetched_at:
                name += " (fetched later)"
            if new_record != record:
                changed.append(name)
            elif new_sources != sources:
                moved.append(name)
    return changed, moved


def main() -> int:
    needed = source_only = unused = 0
    for entry in entries():
        changed, moved = effect(entry)
        if changed:
            needed += 1
            verdict = f"needed by {len(changed)} page(s), e.g. {changed[0]}"
        elif moved:
            source_only += 1
            verdict = f"source only ({len(moved)} page(s))"
        else:
            unused += 1
            verdict = "no effect"
        print(f"{entry}: {verdict}")
    total = needed + source_only + unused
    print(f"{total} entries: {needed} needed, {source_only} source only, {unused} no effect")
    return 0


if __name__ == "__main__":
    sys.exit(main())
