"""Every selector and drop entry of every site profile is needed by some fixture page.

Taking any one of them out of its profile must change a fixture page's record: a selector the
generic extractor does just as well without is dead weight that no test could ever defend.
"""

from __future__ import annotations

import pytest

from tests.selectors import Entry, effect, entries

ENTRIES = list(entries())


def test_profiles_have_entries() -> None:
    assert len(ENTRIES) >= 5  # profiles keep only what the generic extractor gets wrong


@pytest.mark.parametrize("entry", ENTRIES, ids=str)
def test_removing_the_entry_changes_a_record(entry: Entry) -> None:
    changed, moved = effect(entry)
    assert changed, f"nothing needs {entry} (it only moves {len(moved)} page(s) to generic)"
