"""One article met again under a twin address: `http` for `https`, `www.` and `?page=1`, its
AMP copy under `/amp/` and its print view under `?print=1` (each with `rel=canonical` back, with
less in it than the article), its print view with no canonical at all, and the same twins on a
second, full run.  Exactly one row per article, under its own URL, holding the article's own
values (a leaner twin never wins over the full page), and no revision for a twin.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LISTINGS,
    LIVE,
    MIRROR,
    crawl,
    crawl_faults,
    expect_rows,
    integrity,
    revisions,
)
from tests.faults.server import Fault, serving
from tests.faults.test_links import add_links
from tests.faults.test_pages import PAGE, A, B

HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
CANONICAL = f'<link rel="canonical" href="{LIVE}{A}">'


def lean(canonical: bool) -> bytes:
    """A's print view: the headline, the date and the text, no views, no image, no category."""
    text = re.search(r'<div class="fr-view info">.*?</div>', PAGE, flags=re.S).group(0)
    text = re.sub(r"<p[^>]*><img[^>]*></p>", "", text)
    head = CANONICAL if canonical else ""
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
        f'{head}</head><body class="print"><h1 class="title-detail">{HEADLINE}</h1>'
        f'<div class="meta"><span class="date">Thứ 5, 22/09/2022 | 14:20:06</span></div>'
        f"{text}</body></html>"
    ).encode()


def amp() -> bytes:
    page = PAGE.replace("<html", "<html amp", 1)
    return re.sub(r"<img ([^>]*)>", r"<amp-img \1 width=800 height=600></amp-img>", page).encode()


def test_http_and_https_links_to_one_article_give_one_row(tmp_path: Path) -> None:
    links = [f"http://baothaibinh.com.vn{A}", f"http://www.baothaibinh.com.vn{B}"]
    site, run, db = crawl_faults(tmp_path, {LISTINGS[0]: Fault(edit=add_links(links))})
    expect_rows(db, ARTICLES)
    assert (site.paths().count(A), site.paths().count(B)) == (1, 1)


def test_a_first_page_parameter_is_the_article(tmp_path: Path) -> None:
    faults = {
        LISTINGS[0]: Fault(edit=add_links([f"{LIVE}{A}?page=1"])),
        f"{A}?page=1": Fault(body=PAGE.encode("utf-8")),
    }
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_an_amp_twin_under_amp_slash_is_stored_as_the_article(tmp_path: Path) -> None:
    twin = "/amp" + A + "/"
    faults = {LISTINGS[0]: Fault(edit=add_links([LIVE + twin])), twin: Fault(body=amp())}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_a_print_view_with_its_canonical_never_wins_over_the_article(tmp_path: Path) -> None:
    twin = f"{A}?print=1"
    faults = {LISTINGS[0]: Fault(edit=add_links([LIVE + twin])), twin: Fault(body=lean(True))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)
    assert revisions(db) == []


def test_a_print_view_without_a_canonical_adds_no_row(tmp_path: Path) -> None:
    twin = f"{A}?print=1"
    faults = {LISTINGS[0]: Fault(edit=add_links([LIVE + twin])), twin: Fault(body=lean(False))}
    site, run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)


def test_twins_met_on_a_second_full_run_change_nothing(tmp_path: Path) -> None:
    """Run one stores the site; run two (`full=1`) meets A's print view, AMP copy, `http`,
    `www.` and `m.` twins: the same rows, no revision."""
    db = tmp_path / "news.db"
    twins = [
        f"{LIVE}{A}?print=1",
        f"{LIVE}/amp{A}/",
        f"http://baothaibinh.com.vn{A}",
        f"https://www.baothaibinh.com.vn{A}?page=1",
        f"https://m.baothaibinh.com.vn{A}",
    ]
    with serving(MIRROR) as site:
        first = crawl(site, db)
        assert first.returncode == 0, first.output
        site.faults.update(
            {
                LISTINGS[0]: Fault(edit=add_links(twins)),
                f"{A}?print=1": Fault(body=lean(True)),
                f"/amp{A}/": Fault(body=amp()),
                f"{A}?page=1": Fault(body=PAGE.encode("utf-8")),
            }
        )
        second = crawl(site, db, "-a", "full=1")
    assert second.returncode == 0, second.output
    assert integrity(db) == "ok"
    expect_rows(db, ARTICLES)
    assert revisions(db) == []
