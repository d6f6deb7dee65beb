"""`--site` of the readers given the key of a registry paper without a hand-made profile: one
whose articles are stored (crawled by its own spider, as README's `scrapy crawl baolamdong`
shows), one with none stored yet, and a key no registry holds.

README: the `site` column is the site key `tinbao sites` prints; `tinbao sites` lists every
provincial paper with its articles in the database. `export`, `search`, `history` and `reparse`
`--help`: `--site SITE` keeps that site's rows only; docs/database.md: an unknown `--site` is
refused (exit 2) naming the known ones. A key `tinbao sites` prints is a known site: its rows
are given, or nothing when it has none, never a refusal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawling import crawl as registry_crawl
from tests.crawling import expected_pages
from tests.faults.harness import ARTICLES, LIVE, database_copy, json_lines, tinbao

PAPER = "baodienbienphu"  # a registry paper crawled by the generic spider


@pytest.fixture(scope="module")
def db(crawled_mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mirror of Báo Thái Bình and Báo Điện Biên Phủ crawled into one file."""
    news = database_copy(crawled_mirror, tmp_path_factory.mktemp("keys"))
    run = registry_crawl(PAPER, news)
    assert run.returncode == 0, run.log
    return news


def paper_urls() -> list[str]:
    return sorted(url for url, page in expected_pages(PAPER).items() if page.get("body"))


def test_the_paper_is_stored_under_the_key_sites_prints(db: Path) -> None:
    listed = json_lines(tinbao("sites", "--json", "--db", str(db)).stdout)
    row = next(paper for paper in listed if paper["key"] == PAPER)
    assert row["articles"] == len(paper_urls())


def test_export_of_the_papers_key_is_its_articles(db: Path) -> None:
    done = tinbao("export", "--site", PAPER, "--db", str(db))
    assert done.returncode == 0, done.stderr
    records = json_lines(done.stdout)
    assert sorted(record["url"] for record in records) == paper_urls()
    assert {record["site"] for record in records} == {PAPER}


def test_export_of_the_profiled_site_leaves_the_paper_out(db: Path) -> None:
    done = tinbao("export", "--site", "baothaibinh", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert sorted(r["url"] for r in json_lines(done.stdout)) == sorted(LIVE + p for p in ARTICLES)


def test_search_in_the_paper_finds_its_articles_only(db: Path) -> None:
    headline = expected_pages(PAPER)[paper_urls()[0]]["headline"]
    done = tinbao("search", headline, "--site", PAPER, "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    hits = json_lines(done.stdout)
    assert hits and hits[0]["url"] == paper_urls()[0], hits
    assert {hit["site"] for hit in hits} == {PAPER}


def test_history_of_the_paper_is_its_run(db: Path) -> None:
    done = tinbao("history", "--site", PAPER, "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    runs = json_lines(done.stdout)
    assert [(run["site"], run["status"]) for run in runs] == [(PAPER, "finished")]


def test_reparse_of_the_paper_reads_its_stored_pages(db: Path, tmp_path: Path) -> None:
    done = tinbao("reparse", "--site", PAPER, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert str(len(paper_urls())) in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("command", [("export",), ("search", "Điện Biên"), ("history",)])
def test_a_registry_key_with_nothing_stored_is_nothing(db: Path, command: tuple[str, ...]) -> None:
    done = tinbao(*command, "--site", "baolamdong", "--json", "--db", str(db))
    if command[0] == "export":
        done = tinbao(*command, "--site", "baolamdong", "--db", str(db))
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [("export",), ("search", "Điện Biên"), ("history",)])
def test_a_key_no_registry_holds_is_refused_naming_the_known_ones(
    db: Path, command: tuple[str, ...]
) -> None:
    done = tinbao(*command, "--site", "baoxyz", "--db", str(db))
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, done.stderr
    assert "baoxyz" in errors[0] and "baothaibinh" in errors[0] and PAPER in errors[0]
    assert "Traceback" not in done.stderr


def test_the_papers_records_are_whole(db: Path) -> None:
    done = tinbao("export", "--site", PAPER, "--db", str(db))
    assert done.returncode == 0, done.stderr
    pages = expected_pages(PAPER)
    for record in json_lines(done.stdout):
        assert record["headline"] == pages[record["url"]]["headline"]
