"""Articles and listings that change under the crawler: a headline or a date rewritten between
runs, or rewritten and then put back; an article taken down (`410`) and published again;
text that differs only in its spacing or Unicode form; an article missing on the run that
first met it; a listing whose pagination runs in a circle; a by-date archive that ignores its
date or links days without end.

One row per article, with the page's current values; a revision for each real change of the
text and none for a change a reader cannot see; whatever was once missing is stored when it
comes back; discovery ends.

Each change between runs is given to an article of its own and read from one series of three
runs (a change the probe makes once is served again by the third run, which changes nothing
more); the articles missing on a first run share a series of two. The circles and archives
keep their own crawls.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    expected_records,
    integrity,
    page_at,
    revisions,
    stored,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A
from tests.faults.test_scheduled_runs import content

ARCHIVE = "/xem-tin-theo-ngay/"
# Each change between runs, by the article given it.
RETITLED = article_path("101877")  # its headline rewritten by the second run
REDATED = article_path("102296")  # its headline and date rewritten by the second run
PUT_BACK = article_path("103907")  # its headline rewritten by the second run, put back by the third
RESPACED = A  # respaced by the second run
BACK_UNCHANGED = article_path("107420")  # gone on the second run, back unchanged on the third
BACK_EDITED = article_path("108765")  # gone on the second run, back retitled on the third
REDATED_DAY = ("25/09/2020 | 10:13:43", "26/09/2020 | 08:05:00")
GONE = Fault(status=410, body=b"<html><body>Gone</body></html>")


def new_headline(path: str) -> str:
    return f"Cập nhật: {expected_records()[path]['headline']}"


def retitled(path: str) -> bytes:
    """The page of the article at `path` with its headline rewritten."""
    return page_at(path).replace(expected_records()[path]["headline"], new_headline(path)).encode()


def respaced(page: str) -> str:
    """The same text as a reader sees it: doubled spaces, a newline inside a paragraph, and
    the tones as combining marks (NFD)."""
    start = page.index("<p>Trong số 38")
    end = page.index("</p>", start)
    paragraph = page[start:end].replace(" ", "  ", 3).replace(" sản ", "\n sản ", 1)
    return page[:start] + unicodedata.normalize("NFD", paragraph) + page[end:]


def redated() -> bytes:
    """The page of REDATED retitled and its publish time moved to the next morning."""
    page = retitled(REDATED).decode()
    assert page.count(REDATED_DAY[0]) == 1
    return page.replace(*REDATED_DAY).encode()


# The values each article holds after the three runs, where they are not its page's.
CHANGED = {
    RETITLED: {"headline": new_headline(RETITLED)},
    REDATED: {
        "headline": new_headline(REDATED),
        "published_at": "2020-09-26T08:05:00+07:00",
        "published_raw": "Thứ 6, 26/09/2020 | 08:05:00",
    },
    BACK_EDITED: {"headline": new_headline(BACK_EDITED)},
}
REVISED = [RETITLED, REDATED, PUT_BACK, PUT_BACK, BACK_EDITED]  # a revision each, in any order


@dataclass
class Changed:
    """Three runs over one file: the mirror plain, then two full runs with the changes served."""

    db: Path
    before: dict[str, dict]  # the rows after the first run, without the fetch bookkeeping
    paths: list[str]  # every target the third run requested, in order

    def exactly(self) -> None:
        """Every article is one row holding its page's values but those changed, and the
        revisions are those of real changes, of the articles changed so."""
        expect_rows(self.db, ARTICLES, CHANGED)
        assert sorted(path for path, _ in revisions(self.db)) == sorted(REVISED)

    def revised(self, path: str) -> list[str]:
        """The fields changed by each revision of the article at `path`, in order."""
        return [changed for revised, changed in revisions(self.db) if revised == path]


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Changed:
    second = {
        RETITLED: Fault(body=retitled(RETITLED)),
        REDATED: Fault(body=redated()),
        PUT_BACK: Fault(body=retitled(PUT_BACK)),
        RESPACED: Fault(body=respaced(PAGE).encode()),
        BACK_UNCHANGED: GONE,
        BACK_EDITED: GONE,
    }
    third = {path: second[path] for path in (RETITLED, REDATED, RESPACED)}
    third[BACK_EDITED] = Fault(body=retitled(BACK_EDITED))
    db = tmp_path_factory.mktemp("changed") / "news.db"
    with serving(MIRROR) as site:
        results = [crawl(site, db)]
        before = content(stored(db))
        for change in (second, third):
            site.faults.clear()
            site.faults.update(change)
            site.hits.clear()
            results.append(crawl(site, db, "-a", "full=1"))
            assert all(site.server.served.get(path) for path in change), site.server.served
    for run in results:
        assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return Changed(db, before, site.paths())


def test_a_headline_rewritten_between_runs_updates_the_row_and_keeps_a_revision(
    changed: Changed,
) -> None:
    changed.exactly()
    assert ["headline" in fields for fields in changed.revised(RETITLED)] == [True]


def test_a_headline_and_a_date_rewritten_together_update_the_one_row(changed: Changed) -> None:
    changed.exactly()
    assert len(changed.revised(REDATED)) == 1


def test_a_headline_rewritten_and_put_back_ends_as_the_first_with_two_revisions(
    changed: Changed,
) -> None:
    changed.exactly()
    assert len(changed.revised(PUT_BACK)) == 2


def test_text_that_differs_only_in_spacing_and_unicode_form_is_no_revision(
    changed: Changed,
) -> None:
    changed.exactly()
    assert changed.revised(RESPACED) == []


def test_an_article_taken_down_then_published_again_unchanged_keeps_one_row(
    changed: Changed,
) -> None:
    assert BACK_UNCHANGED in changed.paths
    changed.exactly()
    assert content(stored(changed.db))[BACK_UNCHANGED] == changed.before[BACK_UNCHANGED]
    assert changed.revised(BACK_UNCHANGED) == []


def test_an_article_taken_down_then_published_again_edited_is_updated(changed: Changed) -> None:
    changed.exactly()
    assert len(changed.revised(BACK_EDITED)) == 1


# Each status an article answers the first run with, by the article answering it.
MISSING = {404: article_path("109512"), 410: article_path("109874"), 451: article_path("109650")}


@pytest.fixture(scope="module")
def came_back(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """A first run with each article of MISSING answering its status, then a plain run: the
    database and the rows the first run stored."""
    db = tmp_path_factory.mktemp("came_back") / "news.db"
    faults = {path: Fault(status=status, body=b"") for status, path in MISSING.items()}
    with serving(MIRROR, faults) as site:
        first = crawl(site, db)
        assert all(site.server.served.get(path) for path in faults), site.server.served
        first_rows = stored(db)
        site.faults.clear()
        again = crawl(site, db)
    assert (first.returncode, again.returncode) == (0, 0), again.output
    return db, first_rows


@pytest.mark.parametrize("status", [404, 410, 451])
def test_an_article_missing_on_the_first_run_is_stored_when_it_comes_back(
    came_back: tuple[Path, dict[str, dict]], status: int
) -> None:
    """Taken down before the first run met it (a `410` is "gone for good" by the letter of
    HTTP), published again by the next: the next plain run stores it."""
    db, first_rows = came_back
    assert MISSING[status] not in first_rows
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
