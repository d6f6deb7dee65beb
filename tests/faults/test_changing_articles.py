"""Articles and listings that change under the crawler: a headline or a date rewritten between
runs, or rewritten and then put back; an article taken down (`410`) and published again;
text that differs only in its spacing or Unicode form; an article missing on the run that
first met it; a listing whose pagination runs in a circle; a by-date archive that ignores its
date or links days without end.

One row per article, with the page's current values; a revision for each real change of the
text and none for a change a reader cannot see; whatever was once missing is stored when it
comes back; discovery ends.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    MIRROR,
    crawl,
    expect_rows,
    integrity,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A
from tests.faults.test_scheduled_runs import content

HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
RETITLED = "Thái Bình có thêm 38 sản phẩm OCOP cấp tỉnh"
ARCHIVE = "/xem-tin-theo-ngay/"


def runs(tmp_path: Path, *changes: dict[str, Fault], first: dict[str, Fault] | None = None):
    """A crawl with `first` served, then one full crawl per change (the faults replaced)."""
    db = tmp_path / "news.db"
    results = []
    with serving(MIRROR, first or {}) as site:
        results.append(crawl(site, db))
        for change in changes:
            site.faults.clear()
            site.faults.update(change)
            site.hits.clear()
            results.append(crawl(site, db, "-a", "full=1"))
    for run in results:
        assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return site, results, db


def retitled(page: str = PAGE) -> str:
    return page.replace(HEADLINE, RETITLED)


def test_a_headline_rewritten_between_runs_updates_the_row_and_keeps_a_revision(
    tmp_path: Path,
) -> None:
    _, _, db = runs(tmp_path, {A: Fault(body=retitled().encode())})
    expect_rows(db, ARTICLES, {A: {"headline": RETITLED}})
    assert [(path, "headline" in changed) for path, changed in revisions(db)] == [(A, True)]


def test_a_headline_and_a_date_rewritten_together_update_the_one_row(tmp_path: Path) -> None:
    page = retitled().replace("22/09/2022 | 14:20:06", "23/09/2022 | 08:05:00")
    _, _, db = runs(tmp_path, {A: Fault(body=page.encode())})
    changed = {
        "headline": RETITLED,
        "published_at": "2022-09-23T08:05:00+07:00",
        "published_raw": "Thứ 5, 23/09/2022 | 08:05:00",
    }
    expect_rows(db, ARTICLES, {A: changed})
    assert [path for path, _ in revisions(db)] == [A]


def test_a_headline_rewritten_and_put_back_ends_as_the_first_with_two_revisions(
    tmp_path: Path,
) -> None:
    _, _, db = runs(tmp_path, {A: Fault(body=retitled().encode())}, {})
    expect_rows(db, ARTICLES)
    assert [path for path, _ in revisions(db)] == [A, A]


def respaced(page: str) -> str:
    """The same text as a reader sees it: doubled spaces, a newline inside a paragraph, and
    the tones as combining marks (NFD)."""
    start = page.index("<p>Trong số 38")
    end = page.index("</p>", start)
    paragraph = page[start:end].replace(" ", "  ", 3).replace(" sản ", "\n sản ", 1)
    return page[:start] + unicodedata.normalize("NFD", paragraph) + page[end:]


def test_text_that_differs_only_in_spacing_and_unicode_form_is_no_revision(tmp_path: Path) -> None:
    _, _, db = runs(tmp_path, {A: Fault(body=respaced(PAGE).encode())})
    expect_rows(db, ARTICLES)
    assert revisions(db) == []


GONE = Fault(status=410, body=b"<html><body>Gone</body></html>")


def test_an_article_taken_down_then_published_again_unchanged_keeps_one_row(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR) as site:
        first = crawl(site, db)
        before = content(stored(db))
        site.faults[A] = GONE
        gone = crawl(site, db, "-a", "full=1")
        site.faults.clear()
        site.hits.clear()
        back = crawl(site, db, "-a", "full=1")
    assert (first.returncode, gone.returncode, back.returncode) == (0, 0, 0), back.output
    assert A in site.paths()
    expect_rows(db, ARTICLES)
    assert content(stored(db)) == before
    assert revisions(db) == []


def test_an_article_taken_down_then_published_again_edited_is_updated(tmp_path: Path) -> None:
    _, _, db = runs(tmp_path, {A: GONE}, {A: Fault(body=retitled().encode())})
    expect_rows(db, ARTICLES, {A: {"headline": RETITLED}})
    assert [path for path, _ in revisions(db)] == [A]


@pytest.mark.parametrize("status", [404, 410, 451])
def test_an_article_missing_on_the_first_run_is_stored_when_it_comes_back(
    tmp_path: Path, status: int
) -> None:
    """Taken down before the first run met it (a `410` is "gone for good" by the letter of
    HTTP), published again by the next: the next plain run stores it."""
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(status=status, body=b"")}) as site:
        first = crawl(site, db)
        site.faults.clear()
        again = crawl(site, db)
    assert (first.returncode, again.returncode) == (0, 0), again.output
    expect_rows(db, ARTICLES)


def next_to(target: str):
    """An edit pointing a listing page's "next" link at `target`."""

    def edit(body: bytes) -> bytes:
        link = b'<div class="pagination"><a class="next" href="https://baothaibinh.com.vn'
        link += target.encode() + b'">Trang sau</a></div>'
        body = re.sub(rb'<div class="pagination">.*?</div>', b"", body, flags=re.S)
        return body.replace(b"</body>", link + b"</body>", 1)

    return edit


@pytest.mark.parametrize(
    "chain",
    [
        {"?page=2": "?page=1", "?page=1": "?page=2"},
        {"?page=2": "?page=3", "?page=3": "?page=2"},
        {"?page=2": "?page=2"},
    ],
    ids=["back to one", "two and three", "to itself"],
)
def test_pagination_in_a_circle_ends_with_every_article(tmp_path: Path, chain: dict) -> None:
    listing = LISTINGS[0]
    faults = {}
    for page, target in chain.items():
        served = (MIRROR / listing.strip("/") / "page-2.html").read_bytes()
        faults[listing + page] = Fault(body=served, edit=next_to(listing + target))
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, timeout=60)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)
    for page in chain:
        assert site.paths().count(listing + page) <= 1, site.paths()


def day(path: str) -> str:
    return path.removeprefix(ARCHIVE).split("?")[0].strip("/")


def test_an_archive_that_ignores_its_date_gives_each_article_once(tmp_path: Path) -> None:
    """Every day of the backfill answers the same day's page (a CMS that drops the date): its
    one article is fetched once."""
    same = (MIRROR / "xem-tin-theo-ngay" / "03-06-2024" / "page.html").read_bytes()
    days = [p.name for p in (MIRROR / "xem-tin-theo-ngay").iterdir()]
    faults = {f"{ARCHIVE}{name}": Fault(body=same) for name in days}
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, "-a", "from=2024-05-17", "-a", "to=2024-06-04")
    assert run.returncode == 0, run.output
    fetched = [p for p in site.paths() if p.startswith("/tin-tuc/") and re.search(r"/\d{6}/", p)]
    assert fetched == [
        "/tin-tuc/15/109650/khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai"
    ]


def test_an_archive_linking_days_without_end_is_walked_only_over_the_window(
    tmp_path: Path,
) -> None:
    """Each day page links the next 400 days (a calendar widget): a backfill of six days asks
    for those six days and no other."""
    links = [f"{ARCHIVE}{d:02d}-{m:02d}-2099" for m in range(1, 13) for d in range(1, 29)]
    faults = {
        f"{ARCHIVE}{name.name}": Fault(edit=add_links(links))
        for name in (MIRROR / "xem-tin-theo-ngay").iterdir()
    }
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, "-a", "from=2024-05-30", "-a", "to=2024-06-04")
    assert run.returncode == 0, run.output
    asked = {day(p) for p in site.paths() if p.startswith(ARCHIVE)}
    assert all(name.endswith("2024") for name in asked), sorted(asked)
    assert len(asked) <= 6, sorted(asked)
