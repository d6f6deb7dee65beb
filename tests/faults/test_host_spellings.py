"""Links whose host or root a browser reads differently from naive joining: written
protocol-relative, with `..` climbing past the root, over `http` with the default port `:80`
written out, with ideographic full stops (`。`) between the host's labels, and with a dot of
the host percent-encoded.

README: stored articles are not downloaded again however they are linked, and a link on the
paper's own host is the site. A browser following each of these links asks the paper's host
for one address (the URL Standard: a `//host/path` link takes the page's scheme, `..` at the
root stays at the root, `:80` is `http`'s default port, IDNA maps `。` to `.`, a host is
percent-decoded and lowercased). Each spelling links a new article of its own (`99900N`, OCOP's
page under another id and headline), linked only from the Kinh tế listing, so one crawl serves
every probe: the crawl must ask for each new article's own address once and store it once
under its canonical URL.
"""

from __future__ import annotations

import pytest

from tests.faults.harness import (
    ARTICLES,
    HOST,
    LIVE,
    OCOP,
    TITLE_ANCHOR,
    add_ocop_copies,
    crawl,
    expected_records,
    integrity,
    link_from_economy_listing,
    mirror_copy,
    stored,
)
from tests.faults.server import serving

SPELLINGS = {
    "protocol_relative": "//{host}{path}",
    "dot_dot_past_the_root_absolute": "https://{host}/../..{path}",
    "dot_dot_past_the_root_relative": "../../../../..{path}",
    "http_with_the_default_port": "http://{host}:80{path}",
    "ideographic_full_stops": "https://{host_ideographic}{path}",
    "percent_encoded_dot_in_the_host": "https://{host_percent}{path}",
}


def new_path(number: int) -> str:
    return f"/tin-tuc/15/99900{number}/bai-moi-ve-san-pham-ocop-so-{number}"


def new_headline(number: int) -> str:
    return f"Thêm {40 + number} sản phẩm đạt chuẩn OCOP cấp tỉnh"


NEW = {name: (new_path(n), new_headline(n)) for n, name in enumerate(SPELLINGS, 1)}


def href(name: str) -> str:
    return SPELLINGS[name].format(
        host=HOST,
        host_ideographic=HOST.replace(".", "\u3002"),
        host_percent=HOST.replace(".", "%2E", 1),
        path=NEW[name][0],
    )


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict[str, dict]]:
    """One crawl of a mirror whose Kinh tế listing links each new article in its spelling:
    the requested targets and the stored rows."""
    root = mirror_copy(tmp_path_factory.mktemp("host_spellings"))
    add_ocop_copies(root, NEW.values())
    links = "".join(
        f'{TITLE_ANCHOR}{href(name)}">{headline}</a>\n        '
        for name, (_, headline) in NEW.items()
    )
    link_from_economy_listing(root, links)
    db = root.parent / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    assert integrity(db) == "ok"
    return site.paths(), stored(db)


@pytest.mark.parametrize("name", list(SPELLINGS))
def test_a_link_to_the_papers_host_spelled_as_a_browser_reads_it_is_the_article(
    crawled, name: str
) -> None:
    paths, rows = crawled
    path, headline = NEW[name]
    number = path.split("/")[3]
    asked = [target for target in paths if number in target]
    assert asked == [path], asked
    assert sorted(rows) == sorted([*ARTICLES, *(new for new, _ in NEW.values())])
    assert rows[path]["url"] == LIVE + path
    assert rows[path]["headline"] == headline
    expected = expected_records()[OCOP]
    for key in ("published_at", "views", "byline", "body"):
        assert rows[path][key] == expected[key], key
