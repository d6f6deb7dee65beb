"""Pages with far more links than a person would put there: an article carrying a footer of
20,000 section links, a listing naming one article ten thousand times under fragments and share
parameters, a link a megabyte long, fifty thousand anchors that name nothing, links written
with character references.

Each article is fetched once and stored exactly; nothing a link says is requested unchecked.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
THOI_SU = LISTINGS[0]


def before_body_end(extra: str) -> Fault:
    """The page as served, with `extra` markup put just before `</body>`."""
    return Fault(edit=lambda page: page.replace(b"</body>", extra.encode() + b"</body>", 1))


def crawled(tmp_path: Path, faults: dict[str, Fault]):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db, timeout=300)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return site, db


def test_an_article_carrying_twenty_thousand_section_links_is_stored_exactly(
    tmp_path: Path,
) -> None:
    """A footer of 20,000 links to the site's sections under the article: stored exactly, no
    section link taken for a tag or the text, none requested."""
    links = "".join(f'<a href="/chuyen-muc/muc-{n}">mục {n}</a> ' for n in range(20_000))
    site, db = crawled(tmp_path, {A: before_body_end(f'<footer class="sitemap">{links}</footer>')})
    expect_rows(db, ARTICLES)
    assert not [path for path in site.paths() if path.startswith("/chuyen-muc/")]


def test_one_article_linked_ten_thousand_ways_is_fetched_once(tmp_path: Path) -> None:
    """A listing names article A 5,000 times with a fragment and 5,000 times with share
    parameters: one request for A, one row."""
    links = "".join(f'<a href="{LIVE}{A}#binh-luan-{n}">x</a>' for n in range(5_000))
    links += "".join(
        f'<a href="{LIVE}{A}?utm_source=zalo&amp;utm_campaign={n}">x</a>' for n in range(5_000)
    )
    site, db = crawled(tmp_path, {THOI_SU: before_body_end(f"<div>{links}</div>")})
    assert [path for path in site.paths() if path.startswith(A)] == [A], [
        path for path in site.paths() if path.startswith(A)
    ]
    expect_rows(db, ARTICLES)


def test_a_listing_link_a_megabyte_long_is_never_requested(tmp_path: Path) -> None:
    long = f"{LIVE}/tin-tuc/12/109999/" + "a" * 1_000_000
    site, db = crawled(tmp_path, {THOI_SU: before_body_end(f'<a href="{long}">dài</a>')})
    assert all(len(path) < 10_000 for path in site.paths())
    expect_rows(db, ARTICLES)


def test_fifty_thousand_anchors_that_name_nothing_change_nothing(tmp_path: Path) -> None:
    anchors = '<a>x</a><a href="">y</a><a href="#">z</a><a href=" ">w</a>' * 12_500
    site, db = crawled(tmp_path, {THOI_SU: before_body_end(anchors)})
    expect_rows(db, ARTICLES)
    assert site.paths().count(THOI_SU) == 1, site.paths()


def test_links_written_with_character_references_reach_their_articles(tmp_path: Path) -> None:
    """The listing writes each article link with `&#x2F;` for every slash and `&#58;` for the
    colon, as some templates escape attributes: the same articles, each fetched once."""
    listing = (MIRROR / THOI_SU.strip("/") / "page.html").read_text(encoding="utf-8")
    escaped = listing.replace(
        f'href="{LIVE}/tin-tuc/',
        'href="https&#58;&#x2F;&#x2F;' + (LIVE.removeprefix("https://") + "&#x2F;tin-tuc&#x2F;"),
    )
    assert escaped != listing
    site, db = crawled(tmp_path, {THOI_SU: Fault(body=escaped.encode())})
    expect_rows(db, ARTICLES)
    articles = [path for path in site.paths() if path in ARTICLES]
    assert sorted(articles) == sorted(set(articles)), articles
