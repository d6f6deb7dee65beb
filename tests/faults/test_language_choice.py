"""Papers that pick the language of a page from the reader's `Accept-Language`: the same
address answers the Vietnamese article to a reader who prefers Vietnamese and the paper's
English edition of it to one who prefers English; or, at papers whose English edition is the
default for foreign readers, to anyone who does not ask for Vietnamese at all.

README: tinbao gives "articles from Vietnamese regional newspapers, as clean SQLite records";
each article's record is the article its page shows a reader of the paper. docs/adding-a-site.md:
`tinbao snapshot` fetches a page "through Scrapy with the crawl's own settings" and records
what `tinbao extract` gives for it. So both store the Vietnamese article, whatever edition the
server would give a crawler that asked for another language.
"""

from __future__ import annotations

import json
from email.message import Message
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    expect_rows,
    expected_records,
    integrity,
    tinbao,
)
from tests.faults.server import Fault, serving

ENGLISH = "Flood and storm prevention drill held in Thai Thuy district"


def languages(headers: Message) -> list[tuple[str, float]]:
    """The request's `Accept-Language` as (primary tag, weight), heaviest first (ties in the
    order written), as a server's content negotiation reads it."""
    ranked = []
    for part in (headers.get("Accept-Language") or "").split(","):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            weight = float(params.strip()[2:])
        if tag:
            ranked.append((tag.split("-")[0].lower(), weight))
    return sorted(ranked, key=lambda pair: -pair[1])


def prefers_english(headers: Message) -> bool:
    """Negotiation by preference: English to a reader whose heaviest language is English."""
    ranked = languages(headers)
    return bool(ranked) and ranked[0][0] == "en"


def does_not_ask_for_vietnamese(headers: Message) -> bool:
    """English by default: the English edition to anyone who does not accept Vietnamese."""
    return not any(tag == "vi" and weight > 0 for tag, weight in languages(headers))


def english_edition(page: bytes) -> bytes:
    """The article's page as the paper's English edition prints it: the headline translated
    (title, `og:title`, `<h1>`) and the page marked English."""
    text = page.decode("utf-8")
    headline = expected_records()[PATH]["headline"]
    assert text.count(headline) >= 2
    return text.replace(headline, ENGLISH).replace('lang="vi"', 'lang="en"').encode("utf-8")


PATH = article_path("101877")
NEGOTIATIONS = pytest.mark.parametrize(
    "choose", [prefers_english, does_not_ask_for_vietnamese], ids=["preference", "default-english"]
)


@NEGOTIATIONS
def test_a_crawl_stores_the_vietnamese_article_of_a_negotiating_paper(
    tmp_path: Path, choose
) -> None:
    db = tmp_path / "news.db"
    faults = {path: Fault(edit=english_edition, only_if=choose) for path in (PATH,)}
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
        sent = [hit.headers.get("Accept-Language") for hit in site.hits if hit.path == PATH]
    assert run.returncode == 0, run.output[-3000:]
    assert "Traceback" not in run.stderr
    assert len(sent) == 1, sent
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


@NEGOTIATIONS
def test_a_snapshot_records_the_vietnamese_article_of_a_negotiating_paper(
    tmp_path: Path, choose
) -> None:
    out = tmp_path / "snap"
    faults = {PATH: Fault(edit=english_edition, only_if=choose)}
    with serving(MIRROR, faults) as site:
        done = tinbao("snapshot", site.url(PATH), "--out", str(out), "-s", "RETRY_ENABLED=0")
    assert done.returncode == 0, done.stderr[-3000:]
    expected = json.loads((out / "page.json").read_text(encoding="utf-8"))["expected"]
    assert expected["headline"] == expected_records()[PATH]["headline"]
    assert ENGLISH not in (out / "page.html").read_text(encoding="utf-8")
