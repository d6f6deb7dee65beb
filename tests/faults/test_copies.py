"""Copies of one article: its English version, its print view, its second page, its AMP copy
or an old slug, each a page at another address whose canonical names the article.

A copy never replaces the article's own text; a copy alone is stored only while the own page
has never come, and the own page, once it answers, takes its place on the next run.

The runs after a copy stored alone go over copies of one such run's file; the full run while
the article fails starts from a copy of the mirror crawled once for the test process
(`crawled_mirror`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    MIRROR,
    Run,
    crawl,
    database_copy,
    expect_rows,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_page_kinds import ENGLISH_HEADLINE, english_copy
from tests.faults.test_pages import PAGE, A

OLD_SLUG = "/tin-tuc/15/105870/them-38-san-pham-ocop"


def print_copy() -> bytes:
    """A's print view: the canonical back to A, the headline and its first paragraph only."""
    page = re.sub(r"<p>Theo Văn phòng.*?</p>", "", PAGE, flags=re.S)
    page = re.sub(r"<p>Năm 2022.*?</p>", "", page, flags=re.S)
    return page.replace("<title>", "<title>[In] ", 1).encode()


def copies() -> dict[str, bytes]:
    return {
        f"{A}?lang=en": english_copy(),
        f"{A}?print=1": print_copy(),
        f"{A}?page=2": english_copy(),
        f"{A}/amp": print_copy(),
        OLD_SLUG: english_copy(),
    }


def test_copies_listed_before_a_slow_article_leave_only_its_own_text(tmp_path: Path) -> None:
    """Five copies listed first, A's own page answering last (stalled): one row, A's text."""
    faults = {path: Fault(body=body) for path, body in copies().items()}
    faults[LISTINGS[1]] = Fault(edit=add_links(list(copies())))
    faults[A] = Fault(stall=1.0)
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)


def test_a_copy_naming_the_article_by_another_spelling_is_still_a_copy(tmp_path: Path) -> None:
    """The English copy's canonical is A over `http://www.`: still A; A's text stored."""
    english = f"{A}?lang=en"
    body = english_copy().replace(
        f'href="{LIVE}{A}"'.encode(), f'href="http://www.baothaibinh.com.vn{A}"'.encode()
    )
    assert body != english_copy()
    faults = {
        LISTINGS[1]: Fault(edit=add_links([english])),
        english: Fault(body=body),
        A: Fault(stall=1.0),
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)


ENGLISH = f"{A}?lang=en"


def english_linked() -> dict[str, Fault]:
    """A's English copy, linked from the Kinh tế listing."""
    return {
        LISTINGS[1]: Fault(edit=add_links([ENGLISH])),
        ENGLISH: Fault(body=english_copy()),
    }


@pytest.fixture(scope="module")
def copy_alone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """One run with A answering 500 on every try and its English copy linked: its run and its
    database, never written to after (each next run goes over a copy)."""
    db = tmp_path_factory.mktemp("copy_alone") / "news.db"
    with serving(MIRROR, {**english_linked(), A: Fault(status=500, body=b"loi")}) as site:
        run = crawl(site, db)
    return run, db


def run_again(copy_alone: tuple[Run, Path], folder: Path, *options: str) -> tuple[Run, Path]:
    """A run over a copy of `copy_alone`'s file, A answering again, the copy still linked."""
    db = database_copy(copy_alone[1], folder)
    with serving(MIRROR, english_linked()) as site:
        return crawl(site, db, *options), db


def test_a_copy_stored_alone_gives_way_to_the_article_on_the_next_run(
    tmp_path: Path, copy_alone: tuple[Run, Path]
) -> None:
    """Run 1: A answers 500 on every try, its English copy is linked: the copy is all there
    is, stored under A. Run 2 (an ordinary one): A answers; its own text replaces the copy's."""
    first, first_db = copy_alone
    assert stored(first_db)[A]["headline"] == ENGLISH_HEADLINE
    again, db = run_again(copy_alone, tmp_path)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert first.returncode in (0, 4)


def test_a_copy_stored_alone_gives_way_to_the_article_on_a_full_run(
    tmp_path: Path, copy_alone: tuple[Run, Path]
) -> None:
    again, db = run_again(copy_alone, tmp_path, "-a", "full=1")
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)


def test_two_copies_alone_are_one_row_whichever_answers_first(tmp_path: Path) -> None:
    """A answers 500; its English copy and a copy under an old slug (another text) are linked.
    One row under A, and the same one whichever of the two copies finishes first."""
    english, printed = f"{A}?lang=en", OLD_SLUG
    headlines = []
    for slow in (english, printed):
        db = tmp_path / f"news-{len(headlines)}.db"
        faults = {
            LISTINGS[1]: Fault(edit=add_links([english, printed])),
            english: Fault(body=english_copy(), stall=0.8 if slow == english else 0),
            printed: Fault(body=print_copy(), stall=0.8 if slow == printed else 0),
            A: Fault(status=500, body=b"loi"),
        }
        with serving(MIRROR, faults) as site:
            crawl(site, db)
        assert {english, printed} <= set(site.paths()), "both copies must be fetched"
        rows = stored(db)
        assert sorted(rows) == sorted(ARTICLES)
        assert integrity(db) == "ok"
        headlines.append(rows[A]["body"])
    assert headlines[0] == headlines[1]


def test_a_copy_on_a_full_run_while_the_article_fails_keeps_the_stored_text(
    tmp_path: Path, crawled_mirror: Path
) -> None:
    """Run 1 stores A. Run 2 (full): A answers 500, its English copy is linked: A's row stays
    the Vietnamese one and gains no revision."""
    db = database_copy(crawled_mirror, tmp_path)  # run 1, every article stored
    with serving(MIRROR, {**english_linked(), A: Fault(status=500, body=b"loi")}) as site:
        crawl(site, db, "-a", "full=1")
    expect_rows(db, ARTICLES)


def test_a_copy_kept_at_the_end_of_a_run_is_stored_with_a_batch_of_one(tmp_path: Path) -> None:
    """The copy held to the end of the run is written once, whatever the batch size."""
    english = f"{A}?lang=en"
    db = tmp_path / "news.db"
    faults = {
        LISTINGS[1]: Fault(edit=add_links([english])),
        english: Fault(body=english_copy()),
        A: Fault(status=404, body=b"khong co"),
    }
    with serving(MIRROR, faults) as site:
        crawl(site, db, settings=("TINBAO_DB_BATCH=1",))
    rows = stored(db)
    assert sorted(rows) == sorted(ARTICLES)
    assert rows[A]["headline"] == ENGLISH_HEADLINE
    assert integrity(db) == "ok"


def test_an_old_slug_copy_with_the_article_in_the_same_listing_is_one_row(
    tmp_path: Path,
) -> None:
    """The old slug (same id, its canonical A) is listed after A, and answers first."""
    faults = {
        LISTINGS[1]: Fault(edit=add_links([OLD_SLUG])),
        OLD_SLUG: Fault(body=english_copy()),
        A: Fault(stall=0.8),
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    assert site.paths().count(A) == 1
