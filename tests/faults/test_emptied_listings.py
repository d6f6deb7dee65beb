"""A listing's first page answered with no entries between two runs, its pagination kept: the
Thời sự listing as a CMS renders it while its pinned-story block fails (or an editor empties
the section's front page), with a new article heading the listing's second page. The second
run is a plain, incremental one over the file a first crawl of the mirror made.

docs/scheduling.md: listings are read every run and a listing stops paginating at the first
page whose entries are all seen; a page with no entries has no entry seen or unseen, so it is
no sign that the run has caught up, and README: a crawl fetches what is not stored. So the run
pages on to the second page, fetches the new article once and stores it, fetches no stored
article again, leaves every stored row as it was, and ends `OK`, exit 0.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    OCOP,
    add_ocop_copies,
    expected_records,
    kept_and_added,
    recrawled_after,
    stored,
    succeeds,
)

NEW = "/tin-tuc/12/109995/ra-quan-lam-thuy-loi-noi-dong-vu-xuan"
NEW_HEADLINE = "Ra quân làm thủy lợi nội đồng vụ xuân"
ITEMS = re.compile(r'(^    <div class="list-news">\n)(.*?)(^    </div>\n)', re.S | re.M)


def empty_first_page(root: Path) -> None:
    """The mirror at `root` with the Thời sự listing's first page emptied of entries and the
    new article heading its second page."""
    add_ocop_copies(root, [(NEW, NEW_HEADLINE)])
    first = root / "tin-tuc/12/thoi-su/page.html"
    text = first.read_text(encoding="utf-8")
    emptied, count = ITEMS.subn(r"\1\3", text)
    assert count == 1 and 'class="item"' not in emptied and "thoi-su?page=2" in emptied
    first.write_text(emptied, encoding="utf-8")
    second = root / "tin-tuc/12/thoi-su/page-2.html"
    text = second.read_text(encoding="utf-8")
    entry = (
        f'      <div class="item">\n        <a class="title" href="{LIVE}{NEW}">{NEW_HEADLINE}'
        '</a>\n        <span class="time">05/07/2024 07:30</span>\n      </div>\n'
    )
    second.write_text(
        text.replace('<div class="list-news">\n', f'<div class="list-news">\n{entry}', 1),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def second_run(
    crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, dict], list[str], str]:
    """The file after the second run, its rows before it, every target the run asked for and
    its output."""
    return recrawled_after(crawled_mirror, tmp_path_factory.mktemp("emptied"), empty_first_page)


def test_the_run_pages_on_past_the_empty_page(second_run) -> None:
    _, _, asked, _ = second_run
    assert "/tin-tuc/12/thoi-su?page=2" in asked, asked


def test_the_new_article_is_fetched_once_and_stored(second_run) -> None:
    db, _, asked, _ = second_run
    counts = Counter(asked)
    assert {path: counts[path] for path in [*ARTICLES, NEW] if counts[path]} == {NEW: 1}
    row = stored(db)[NEW]
    expected = {**expected_records()[OCOP], "url": LIVE + NEW, "headline": NEW_HEADLINE}
    assert {key: row[key] for key in expected} == expected


def test_every_stored_row_is_as_the_first_run_left_it(second_run) -> None:
    db, before, _, _ = second_run
    kept_and_added(db, before, NEW)
    (site,) = [
        json.loads(line) for line in succeeds("stats", "--json", "--db", str(db)).splitlines()
    ]
    assert site["articles"] == len(ARTICLES) + 1, site
