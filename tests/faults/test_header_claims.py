"""Headers of an article's answer that claim something about the page: a `Link` header naming
the home page or another article as the canonical URL, a `Content-Location` naming another
article, `Content-Disposition: attachment` with a file name, `Content-Language: en`, and caching
headers forbidding any copy (`Vary: *`, `Cache-Control: no-store, private`, `Expires: 0`).

None of them changes what the page is: each article is stored once, under its own URL, with
the values its page gives (every value of `page.json`); no other row is made and the article
named by a claim keeps its own values. Each header is given to one article of its own, so one
crawl serves every probe.
"""

from __future__ import annotations

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    crawled_rows,
    expected_records,
)
from tests.faults.server import Fault

OTHER = article_path("109874")  # the article the claims name

CLAIMS = {
    "link_canonical_home_page": (
        "101877",
        {"Link": f'<{LIVE}/>; rel="canonical"'},
    ),
    "link_canonical_another_article": (
        "103907",
        {"Link": f'<{LIVE}{OTHER}>; rel="canonical"'},
    ),
    "content_location_another_article": ("108765", {"Content-Location": OTHER}),
    "attachment_with_a_file_name": (
        "102908",
        {"Content-Disposition": "attachment; filename*=UTF-8''v%E1%BB%A5-%C4%91%C3%B4ng.html"},
    ),
    "content_language_english": ("104560", {"Content-Language": "en"}),
    "no_copy_allowed": (
        "108990",
        {"Vary": "*", "Cache-Control": "no-store, private, max-age=0", "Expires": "0"},
    ),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each header set of CLAIMS on its article."""
    faults = {article_path(name): Fault(headers=headers) for name, headers in CLAIMS.values()}
    return crawled_rows(tmp_path_factory.mktemp("header_claims"), faults)


@pytest.mark.parametrize("claim", list(CLAIMS))
def test_a_header_claim_leaves_the_article_its_own_row(rows: dict[str, dict], claim: str) -> None:
    path = article_path(CLAIMS[claim][0])
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected


def test_the_article_the_claims_name_keeps_its_own_values(rows: dict[str, dict]) -> None:
    expected = expected_records()[OTHER]
    assert {key: rows[OTHER][key] for key in expected} == expected
