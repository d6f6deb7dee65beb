"""Listing pages that change between two runs, as a paper's front pages do: the Kinh tế
listing's first page now opens with a new article, drops the rice-planting article (it slid
off the page) and lists the other two in the opposite order; the Thời sự listing's first page
lists its articles newest last. The second run is a plain, incremental one over the file a
first crawl of the mirror made.

README and docs/scheduling.md: a crawl is incremental, an article page already stored is not
downloaded again however it is linked, and a listing is read every run. So the run fetches the
new article once and stores it, fetches no stored article again (its row, `fetched_at` and
`last_seen_at` included, is as the first run left it: `last_seen_at` is when tinbao last
fetched the URL), records no revision, drops nothing it had, and ends `OK`, exit 0.
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
    article_path,
    expected_records,
    kept_and_added,
    recrawled_after,
    stored,
    succeeds,
)

NEW = "/tin-tuc/15/109990/hoi-cho-nong-san-thai-binh-2024"
NEW_HEADLINE = "Hội chợ nông sản Thái Bình 2024"
RICE = article_path("108990")  # slid off the Kinh tế listing's first page
ITEM = re.compile(r'      <div class="item">\n.*?\n      </div>\n', re.S)


def items(text: str) -> list[str]:
    """The article entries of a listing page, in order."""
    return ITEM.findall(text)


def with_items(text: str, entries: list[str]) -> str:
    """The listing page with `entries` in place of its own."""
    own = items(text)
    start = text.index(own[0])
    end = text.index(own[-1]) + len(own[-1])
    return text[:start] + "".join(entries) + text[end:]


def reshuffle(root: Path) -> None:
    """The mirror at `root` with the new article and both first listing pages changed."""
    add_ocop_copies(root, [(NEW, NEW_HEADLINE)])
    economy = root / "tin-tuc/15/kinh-te/page.html"
    text = economy.read_text(encoding="utf-8")
    entries = items(text)
    assert len(entries) == 3 and RICE in entries[1]
    new = entries[0].replace(entries[0].split('href="')[1].split('"')[0], LIVE + NEW)
    economy.write_text(with_items(text, [new, entries[2], entries[0]]), encoding="utf-8")
    news = root / "tin-tuc/12/thoi-su/page.html"
    text = news.read_text(encoding="utf-8")
    news.write_text(with_items(text, items(text)[::-1]), encoding="utf-8")


@pytest.fixture(scope="module")
def second_run(
    crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, dict], list[str], str]:
    """The file after the second run, its rows before it, every target the run asked for and
    its output."""
    return recrawled_after(crawled_mirror, tmp_path_factory.mktemp("reshuffled"), reshuffle)


def test_the_new_article_is_fetched_once_and_no_stored_one_again(second_run) -> None:
    _, _, asked, _ = second_run
    counts = Counter(asked)
    assert {path: counts[path] for path in [*ARTICLES, NEW] if counts[path]} == {NEW: 1}


def test_the_new_article_is_stored_as_its_page_reads(second_run) -> None:
    db, _, _, _ = second_run
    row = stored(db)[NEW]
    expected = {**expected_records()[OCOP], "url": LIVE + NEW, "headline": NEW_HEADLINE}
    assert {key: row[key] for key in expected} == expected


def test_every_stored_row_is_as_the_first_run_left_it(second_run) -> None:
    db, before, _, _ = second_run
    kept_and_added(db, before, NEW)


def test_the_readers_count_the_new_article(second_run) -> None:
    db, _, _, _ = second_run
    (site,) = [
        json.loads(line) for line in succeeds("stats", "--json", "--db", str(db)).splitlines()
    ]
    assert site["articles"] == len(ARTICLES) + 1, site
