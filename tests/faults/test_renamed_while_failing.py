"""An article that failed, then was renamed and unlinked before the next run: run 1 meets the
conscription article answering `503` on every try and the voters article answering `404`;
between the runs the paper renames the first (a new slug, its old address a `301` to the new
one) and takes both off every page (listings, feed, related links), as a paper does with a
story that slid off its pages. Run 2 is a plain, incremental one.

docs/scheduling.md: an article whose fetch failed for a reason that may pass (a `5xx` after its
retries) is asked for again by the next run whatever links it; a `404` is not; `redirects` keeps
article URLs that answered a permanent redirect to another article. README: one row per
canonical URL. So run 2 asks for the old address once, follows it to the new one, stores the
article once under its new address with the values its page gives, remembers the redirect,
never asks for the `404` article, fetches no stored article again, and ends `OK`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    SITE,
    article_path,
    crawl,
    expected_records,
    integrity,
    mirror_copy,
    redirects,
    stored,
    stored_exactly,
)
from tests.faults.server import Fault, serving

FAILING = article_path("103355")  # the conscription article: 503 on every try in run 1
GONE = article_path("103907")  # the voters article: 404 in run 1
RENAMED = "/tin-tuc/12/103355/thai-binh-gan-2000-tan-binh-len-duong-nhap-ngu"
STAYING = article_path("101877")  # what the pages link in their place
TEXT_FILES = (".html", ".rss", ".xml")


def rename_and_unlink(root: Path) -> None:
    """The mirror at `root` with the failing article's page at its new address and neither
    article linked from any page."""
    page = (root / FAILING.strip("/") / "page.html").read_text(encoding="utf-8")
    folder = root / RENAMED.strip("/")
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(page.replace(FAILING, RENAMED), encoding="utf-8")
    own = {root / path.strip("/") for path in (FAILING, GONE, RENAMED)}
    for file in root.rglob("*"):
        if file.suffix in TEXT_FILES and file.parent not in own:
            text = file.read_text(encoding="utf-8")
            unlinked = text.replace(FAILING, STAYING).replace(GONE, STAYING)
            if unlinked != text:
                file.write_text(unlinked, encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict], list[str], str]:
    """The database after run 2, its rows after run 1, every target run 2 asked for and its
    output."""
    folder = tmp_path_factory.mktemp("renamed")
    db = folder / "news.db"
    faults = {FAILING: Fault(status=503, body=b""), GONE: Fault(status=404, body=b"")}
    with serving(MIRROR, faults) as site:
        first = crawl(site, db)
    assert first.returncode == 0, first.output
    assert "Traceback" not in first.output, first.output
    before = stored(db)
    assert sorted(before) == sorted(set(ARTICLES) - {FAILING, GONE})
    root = mirror_copy(folder)
    rename_and_unlink(root)
    moved = {FAILING: Fault(status=301, headers={"Location": RENAMED}, body=b"")}
    with serving(root, moved) as site:
        second = crawl(site, db)
    assert second.returncode == 0, second.output
    assert second.stdout.startswith(f"{SITE}: OK; "), second.stdout
    assert "Traceback" not in second.output, second.output
    assert integrity(db) == "ok"
    return db, before, site.paths(), second.output


def test_the_failed_article_is_asked_for_once_and_the_gone_one_never(runs) -> None:
    _, _, asked, _ = runs
    counts = Counter(asked)
    articles = [*ARTICLES, RENAMED]
    assert {path: counts[path] for path in articles if counts[path]} == {FAILING: 1, RENAMED: 1}


def test_the_article_is_stored_once_under_its_new_address(runs) -> None:
    db, _, _, _ = runs
    rows = stored(db)
    assert sorted(rows) == sorted([*(set(ARTICLES) - {FAILING, GONE}), RENAMED])
    expected = {**expected_records()[FAILING], "url": LIVE + RENAMED}
    assert {key: rows[RENAMED][key] for key in expected} == expected
    assert redirects(db) == {FAILING: (RENAMED, 301)}


def test_every_other_row_is_as_run_1_left_it(runs) -> None:
    db, before, _, _ = runs
    rows = stored(db)
    for path in before:
        stored_exactly(rows, path)
        assert rows[path] == before[path], path
