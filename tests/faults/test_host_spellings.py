"""Links whose host or root a browser reads differently from naive joining: written
protocol-relative, with `..` climbing past the root, over `http` with the default port `:80`
written out, with ideographic full stops (`。`) between the host's labels, and with a dot of
the host percent-encoded.

README: stored articles are not downloaded again however they are linked, and a link on the
paper's own host is the site. A browser following each of these links asks the paper's host
for one address (the URL Standard: a `//host/path` link takes the page's scheme, `..` at the
root stays at the root, `:80` is `http`'s default port, IDNA maps `。` to `.`, a host is
percent-decoded and lowercased). Each probe adds a new article (`999001`, A's page under another
id and headline) linked only from the Kinh tế listing, spelled one way: the crawl must ask for
the article's own address once and store it once under its canonical URL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    article_path,
    crawl,
    expected_records,
    integrity,
    mirror_copy,
    stored,
)
from tests.faults.server import serving

A = article_path("105870")
NEW = "/tin-tuc/15/999001/bai-moi-ve-san-pham-ocop"
HEADLINE_A = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
HEADLINE = "Thêm 39 sản phẩm đạt chuẩn OCOP cấp tỉnh"
LISTING = "tin-tuc/15/kinh-te/page.html"
ANCHOR = '<a class="title" href="'
HOST = LIVE.removeprefix("https://")

SPELLINGS = {
    "protocol_relative": f"//{HOST}{NEW}",
    "dot_dot_past_the_root_absolute": f"{LIVE}/../..{NEW}",
    "dot_dot_past_the_root_relative": f"../../../../..{NEW}",
    "http_with_the_default_port": f"http://{HOST}:80{NEW}",
    "ideographic_full_stops": "https://" + HOST.replace(".", "\u3002") + NEW,
    "percent_encoded_dot_in_the_host": "https://" + HOST.replace(".", "%2E", 1) + NEW,
}


def site_linking_new(tmp_path: Path, href: str) -> Path:
    """A mirror with the new article, linked from the listing's first page as `href`."""
    root = mirror_copy(tmp_path)
    page = (root / A.strip("/") / "page.html").read_text(encoding="utf-8")
    page = page.replace(A, NEW).replace(HEADLINE_A, HEADLINE)
    folder = root / NEW.strip("/")
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(page, encoding="utf-8")
    listing = root / LISTING
    text = listing.read_text(encoding="utf-8")
    link = f'{ANCHOR}{href}">{HEADLINE}</a>\n        '
    listing.write_text(text.replace(ANCHOR, link + ANCHOR, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("name", list(SPELLINGS))
def test_a_link_to_the_papers_host_spelled_as_a_browser_reads_it_is_the_article(
    tmp_path: Path, name: str
) -> None:
    root = site_linking_new(tmp_path, SPELLINGS[name])
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    asked = [path for path in site.paths() if "999001" in path]
    assert asked == [NEW], asked
    rows = stored(db)
    assert sorted(rows) == sorted([*ARTICLES, NEW])
    assert rows[NEW]["url"] == LIVE + NEW
    assert rows[NEW]["headline"] == HEADLINE
    expected = expected_records()[A]
    for key in ("published_at", "views", "byline", "body"):
        assert rows[NEW][key] == expected[key], key
    assert integrity(db) == "ok"
