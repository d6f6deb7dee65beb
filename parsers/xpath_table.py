"""Writes `parsers/xpaths.py`: `python -m parsers.xpath_table tests/fixtures` extracts every page
under the folders given, with and without its site profile, and lists the translation of every
selector list that used, and of every site profile's selectors. Run it after adding or changing
a selector; tests/test_page_select.py says when it is due.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

from parsers import page
from parsers.css import translate
from parsers.extract import extract
from parsers.sites import all_profiles


def inline_selectors() -> set[str]:
    """The selectors the parsers' code writes inline, as a literal argument of `select`."""
    found: set[str] = set()
    for source in Path(__file__).parent.rglob("*.py"):
        found.update(re.findall(r"\.select\(\"([^\"]+)\"\)", source.read_text(encoding="utf-8")))
    return found


def used_selectors(folders: list[str]) -> set[str]:
    """The selector lists extracting every page under `folders` uses (with and without its
    site profile), and those of every site profile's layouts."""
    for folder in folders:
        for html in sorted(Path(folder).rglob("page.html")):
            meta_file = html.with_name("page.json")
            if not meta_file.exists():
                continue
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            fetched = datetime.fromisoformat(meta.get("fetched_at", "2026-01-01T00:00:00+07:00"))
            for use_profile in (True, False):
                try:
                    extract(
                        html.read_text(encoding="utf-8"),
                        meta["url"],
                        fetched_at=fetched,
                        use_profile=use_profile,
                    )
                except ValueError:
                    continue  # not a readable page: its selectors are not needed
    found = set(page._PAGE_SELECTORS) | inline_selectors()
    for profile in all_profiles().values():
        for layout in profile.layouts:
            found.update(layout.fields.values(), layout.drop)
    return found


def write(folders: list[str]) -> None:
    """Write `parsers/xpaths.py` with the translation of every selector list used."""
    entries = "".join(
        f"    {css!r}: {translate(css)!r},\n" for css in sorted(used_selectors(folders))
    )
    Path(__file__).with_name("xpaths.py").write_text(
        f'''"""The XPath of every CSS selector list the extraction uses, with the attribute values
each selector needs, as `parsers.css.translate` gives them: loading cssselect and translating
took 6% of each `tinbao extract`. Written by `python -m parsers.xpath_table tests/fixtures`;
do not edit by hand. tests/test_page_select.py checks every entry against cssselect.
"""

# fmt: off
XPATHS: dict[str, tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]] = {{
{entries}}}
# fmt: on
''',
        encoding="utf-8",
    )


if __name__ == "__main__":
    write(sys.argv[1:])
