"""robots.txt as a paper changes it between scheduled runs, answers it late, or writes a group
for tinbao alone: what it forbids is never fetched, what it allows again is fetched, and rows
stored while it allowed them are kept as they are.
"""

from __future__ import annotations

from pathlib import Path

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    crawl,
    expect_rows,
    integrity,
    mirror_copy,
)
from tests.faults.server import Fault, serving

TWELVE = {path for path in ARTICLES if path.startswith("/tin-tuc/12/")}
FIFTEEN = {path for path in ARTICLES if path.startswith("/tin-tuc/15/")}


def robots(root: Path, text: str) -> None:
    (root / "robots.txt").write_text(text, encoding="utf-8")


def articles_asked(site) -> set[str]:
    return {path for path in site.paths() if path in ARTICLES}


def test_articles_robots_txt_allows_again_are_fetched_by_the_next_run(tmp_path: Path) -> None:
    """Run 1: `Disallow: /tin-tuc/12/`, so none of that section is asked for; run 2: the rule
    is gone, and the section's articles are fetched and stored."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    robots(root, "User-agent: *\nDisallow: /tin-tuc/12/\n")
    with serving(root) as site:
        crawl(site, db)
        assert not articles_asked(site) & TWELVE
        expect_rows(db, set(ARTICLES) - TWELVE)
        robots(root, "User-agent: *\nDisallow: /admin/\n")
        again = crawl(site, db)
    assert again.returncode == ExitCode.OK, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_robots_txt_forbidding_everything_on_a_later_run_keeps_every_row(
    tmp_path: Path,
) -> None:
    """Run 2 meets `Disallow: /`: nothing but robots.txt is asked for, every stored row stays
    exactly as it was, and a run that could read nothing is no OK run."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    with serving(root) as site:
        assert crawl(site, db).returncode == ExitCode.OK
        robots(root, "User-agent: *\nDisallow: /\n")
        site.hits.clear()
        again = crawl(site, db)
    assert set(site.paths()) == {"/robots.txt"}, site.paths()
    assert again.returncode == ExitCode.SITE_FAILED, again.output
    assert "OK" not in again.stdout, again.stdout
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_a_robots_txt_answering_503_once_is_obeyed_once_it_answers(tmp_path: Path) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    robots(root, "User-agent: *\n" + "".join(f"Disallow: {path}\n" for path in LISTINGS))
    with serving(root, {"/robots.txt": Fault(status=503, body=b"busy", times=1)}) as site:
        run = crawl(site, db)
    assert run.returncode == ExitCode.OK, run.output
    assert site.paths().count("/robots.txt") == 2, site.paths()
    assert not set(LISTINGS) & set(site.paths()), site.paths()


def test_a_robots_txt_answering_429_with_retry_after_is_obeyed_once_it_answers(
    tmp_path: Path,
) -> None:
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    robots(root, "User-agent: *\n" + "".join(f"Disallow: {path}\n" for path in LISTINGS))
    busy = Fault(status=429, headers={"Retry-After": "1"}, body=b"slow down", times=1)
    with serving(root, {"/robots.txt": busy}) as site:
        run = crawl(site, db)
    assert run.returncode == ExitCode.OK, run.output
    assert site.paths().count("/robots.txt") == 2, site.paths()
    assert not set(LISTINGS) & set(site.paths()), site.paths()


def test_a_group_for_tinbao_outweighs_the_group_for_everyone(tmp_path: Path) -> None:
    """`User-agent: tinbao` forbids the economy section while `User-agent: *` allows all:
    tinbao obeys its own group."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    robots(root, "User-agent: *\nAllow: /\n\nUser-agent: tinbao\nDisallow: /tin-tuc/15/\n")
    with serving(root) as site:
        crawl(site, db)
    assert not articles_asked(site) & FIFTEEN, articles_asked(site) & FIFTEEN
    expect_rows(db, set(ARTICLES) - FIFTEEN)


def test_a_longer_allow_opens_a_section_a_shorter_disallow_closes(tmp_path: Path) -> None:
    """`Disallow: /tin-tuc/` with `Allow: /tin-tuc/15/`: the longest rule wins, so the economy
    section is crawled and nothing else under /tin-tuc/ is asked for."""
    root, db = mirror_copy(tmp_path), tmp_path / "news.db"
    robots(root, "User-agent: *\nDisallow: /tin-tuc/\nAllow: /tin-tuc/15/\n")
    with serving(root) as site:
        crawl(site, db)
    assert articles_asked(site) == FIFTEEN, articles_asked(site) ^ FIFTEEN
    expect_rows(db, FIFTEEN)
