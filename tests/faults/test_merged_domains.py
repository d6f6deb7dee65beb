"""Papers after the 2025 province merger: the old domain answers `301` to the new one, both are
in the crawl, the same article is linked under both, redirects loop between them, the new
domain lists the old domain's URLs, and a domain changes between two scheduled runs.

The generic `site` spider crawls an old domain (one server) with the new one (a second server
on another port) allowed through `-a hosts=`; the Báo Thái Bình profile crawl plays a paper
whose every article moves to a domain its profile does not list. One article is one row, under
the address its trusted canonical names; a loop ends with a warning naming the article; nothing
off the allowed hosts is requested.

The article moved to the new domain and the same article crawled again read one pair of runs,
the second over a copy of the first's file.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    crawl,
    crawl_stats,
    database_copy,
    integrity,
    stored,
)
from tests.faults.server import Fault, FaultServer, serving
from tests.faults.test_addresses import GENERIC_PAGE, generic_site, site_crawl, without_canonical

ARTICLE = "/kinh-te/gia-lua-gao-tang-manh-4712345.html"
OTHER = "/kinh-te/xuat-khau-gao-dat-ky-luc-4712399.html"
HEADLINE = "Giá lúa gạo tăng mạnh đầu năm"


def page(canonical: str | None, headline: str = HEADLINE) -> bytes:
    """The generic article page with `canonical` as its `rel=canonical` (none if None)."""
    text = without_canonical(GENERIC_PAGE).replace(HEADLINE, headline)
    if canonical is not None:
        text = text.replace("</head>", f'<link rel="canonical" href="{canonical}"></head>', 1)
    return text.encode()


def listing(tmp_path: Path, name: str, links: list[str]) -> Path:
    """A domain's folder: one listing page linking `links`."""
    (tmp_path / name).mkdir()
    return generic_site(tmp_path / name, links)


def host(server) -> str:
    return urlsplit(server.base_url).netloc


def moved(target: str) -> Fault:
    return Fault(status=301, headers={"Location": target}, body=b"")


def urls(db: Path) -> list[str]:
    return sorted(row["url"] for row in stored(db).values())


class MovedRuns(NamedTuple):
    """Two runs of the generic spider over the old domain, its article moved to the new one."""

    first: subprocess.CompletedProcess
    first_db: Path  # never written to after the first run
    first_fetches: int  # of the article on the new domain, by the first run
    again: subprocess.CompletedProcess
    again_db: Path  # a copy of the first run's file, crawled again
    new: FaultServer
    new_url: str  # the article's URL on the new domain


@pytest.fixture(scope="module")
def moved_runs(tmp_path_factory: pytest.TempPathFactory) -> MovedRuns:
    """The old domain's article answering `301` to the new one, crawled twice."""
    folder = tmp_path_factory.mktemp("moved_runs")
    first_db = folder / "news.db"
    again_db = folder / "again" / "news.db"
    again_db.parent.mkdir()
    with serving(listing(folder, "new", []), {ARTICLE: Fault(body=page(None))}) as new:
        root = listing(folder, "old", [ARTICLE])
        with serving(root, {ARTICLE: moved(new.url(ARTICLE))}) as old:
            first = site_crawl(old.url("/"), first_db, f"hosts={host(new)}")
            first_fetches = new.paths().count(ARTICLE)
            database_copy(first_db, again_db.parent)
            again = site_crawl(old.url("/"), again_db, f"hosts={host(new)}")
    return MovedRuns(first, first_db, first_fetches, again, again_db, new, new.url(ARTICLE))


def test_an_article_moved_to_the_new_domain_is_stored_once_under_it(moved_runs: MovedRuns) -> None:
    done, db = moved_runs.first, moved_runs.first_db
    assert done.returncode == 0, done.stderr
    assert urls(db) == [moved_runs.new_url]
    assert moved_runs.first_fetches == 1
    assert integrity(db) == "ok"


def test_the_same_article_linked_on_both_domains_is_one_record(tmp_path: Path) -> None:
    """The old domain's listing links the article on both domains, each serving it with the
    new domain's canonical: one row, under the new URL."""
    db = tmp_path / "news.db"
    with serving(listing(tmp_path, "new", [])) as new:
        canonical = new.url(ARTICLE)
        new.faults[ARTICLE] = Fault(body=page(canonical))
        root = listing(tmp_path, "old", [ARTICLE, canonical])
        with serving(root, {ARTICLE: Fault(body=page(canonical))}) as old:
            done = site_crawl(old.url("/"), db, f"hosts={host(new)}")
    assert done.returncode == 0, done.stderr
    assert urls(db) == [canonical]
    assert integrity(db) == "ok"


def test_a_canonical_on_the_new_domain_is_trusted_only_when_that_domain_is_allowed(
    tmp_path: Path,
) -> None:
    """The old page names the new domain as canonical: without `hosts=` naming it the record
    keeps the fetched URL (a canonical off the crawl's hosts is not trusted); with it, the
    canonical keys the record."""
    with serving(listing(tmp_path, "new", [])) as new:
        canonical = new.url(ARTICLE)
        root = listing(tmp_path, "old", [ARTICLE])
        with serving(root, {ARTICLE: Fault(body=page(canonical))}) as old:
            alone = site_crawl(old.url("/"), tmp_path / "alone.db")
            both = site_crawl(old.url("/"), tmp_path / "both.db", f"hosts={host(new)}")
    assert alone.returncode == both.returncode == 0, alone.stderr + both.stderr
    assert urls(tmp_path / "alone.db") == [old.url(ARTICLE)]
    assert urls(tmp_path / "both.db") == [canonical]
    assert new.hits == []


def test_a_redirect_loop_between_the_old_and_new_domain_is_stopped(tmp_path: Path) -> None:
    """old → new → old: stopped at the first repeat, a warning naming the article, no row, no
    traceback, and each domain asked at most twice."""
    db = tmp_path / "news.db"
    with serving(listing(tmp_path, "new", [])) as new:
        root = listing(tmp_path, "old", [ARTICLE])
        with serving(root) as old:
            old.faults[ARTICLE] = moved(new.url(ARTICLE))
            new.faults[ARTICLE] = moved(old.url(ARTICLE))
            done = site_crawl(old.url("/"), db, f"hosts={host(new)}")
    assert done.returncode == 0 or "FAILED" in done.stdout + done.stderr, done.stderr
    assert stored(db) == {}
    assert "redirect_loop" in done.stderr
    assert old.url(ARTICLE) in done.stderr
    assert old.paths().count(ARTICLE) <= 2 and new.paths().count(ARTICLE) <= 2
    assert "Traceback" not in done.stderr


def test_the_new_domains_listing_of_old_urls_gives_each_article_once(tmp_path: Path) -> None:
    """The new domain's listing still links the old domain's URLs, which answer `301` back to
    the new one: each article fetched once on the new domain, one row each, under it."""
    db = tmp_path / "news.db"
    with serving(listing(tmp_path, "old", [])) as old:
        root = listing(tmp_path, "new", [old.url(ARTICLE), old.url(OTHER)])
        with serving(root) as new:
            new.faults[ARTICLE] = Fault(body=page(new.url(ARTICLE)))
            new.faults[OTHER] = Fault(body=page(new.url(OTHER), "Xuất khẩu gạo đạt kỷ lục"))
            old.faults[ARTICLE] = moved(new.url(ARTICLE))
            old.faults[OTHER] = moved(new.url(OTHER))
            done = site_crawl(new.url("/"), db, f"hosts={host(old)}")
    assert done.returncode == 0, done.stderr
    assert urls(db) == sorted([new.url(ARTICLE), new.url(OTHER)])
    assert new.paths().count(ARTICLE) == 1 and new.paths().count(OTHER) == 1


def test_a_domain_change_between_two_runs_adds_no_second_record(tmp_path: Path) -> None:
    """The first run stores the article on the old domain; by the second (a full re-crawl) the
    old URL answers `301` to the new domain, whose page names itself canonical. The article
    is one row, not two."""
    db = tmp_path / "news.db"
    with serving(listing(tmp_path, "new", [])) as new:
        new.faults[ARTICLE] = Fault(body=page(new.url(ARTICLE)))
        root = listing(tmp_path, "old", [ARTICLE])
        with serving(root, {ARTICLE: Fault(body=page(None))}) as old:
            first = site_crawl(old.url("/"), db, f"hosts={host(new)}")
            old.faults[ARTICLE] = moved(new.url(ARTICLE))
            again = site_crawl(old.url("/"), db, f"hosts={host(new)}", "full=1")
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert len(stored(db)) == 1, urls(db)
    assert integrity(db) == "ok"


def test_every_article_moved_to_an_unlisted_domain_mid_crawl_fails_the_run(
    tmp_path: Path,
) -> None:
    """The feed and listings still answer on the old domain, but every article answers `301`
    to the new one, which the profile does not list: none is fetched there, and the run says
    it stored nothing (exit 4), naming the redirects."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as new:
        faults = {
            path: moved(new.url(path))
            for path in (
                *ARTICLES,
                "/tin-tuc/12/109230/video-nghe-nhan-lang-cheo-khuoc-bieu-dien-phuc-vu-du-khach",
            )
        }
        with serving(MIRROR, faults) as old:
            run = crawl(old, db)
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert new.hits == []
    assert stored(db) == {}
    assert "off_site_redirect" in run.stdout
    assert crawl_stats(db)["tinbao/refused/off_site_redirect"] == 16
    assert integrity(db) == "ok"


def test_an_old_domain_article_crawled_again_stays_one_record(moved_runs: MovedRuns) -> None:
    """The generic spider fetches every article its listing links on each run: the old URL
    lands on the new one again, which stays one row."""
    first, again = moved_runs.first, moved_runs.again
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert moved_runs.new.paths().count(ARTICLE) == 2
    assert urls(moved_runs.again_db) == [moved_runs.new_url]
