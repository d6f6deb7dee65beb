"""Links that carry a user name or password before the host (`https://user:pass@host/…`), and
links that put the paper's host where a user name goes, to send the reader elsewhere
(`http://baothaibinh.com.vn@other-host/…`), on a listing and in the feed.

README: no spider follows a link off its site; links are compared by `parsers/urls.py`'s key,
and a record's `url` is the canonical article URL: main host, no tracking parameters. A browser
reads the part before `@` as credentials and the part after it as the host (the URL Standard;
a backslash in an http(s) address is a slash, so `http://other\\@paper/…` is on `other`). So:
a link to the paper's host with credentials is its article, asked for once and stored once
under its URL without them (a key holding a reader's password would leak it into every
export); a link whose host is another one is never requested, whatever names the paper before
its `@`. Each link names a new article of its own (OCOP's page under another id and headline),
linked only there, so one crawl serves every probe.
"""

from __future__ import annotations

import pytest

from tests.faults.harness import (
    ARTICLES,
    FEED,
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

# On the paper's host, with credentials: the article.
ON_THE_SITE = {
    "user_name": "https://doc-gia@{host}{path}",
    "user_name_and_password": "https://doc-gia:mat-khau@{host}{path}",
    "empty_credentials": "https://:@{host}{path}",
    "user_name_over_http_with_its_port": "http://doc-gia@{host}:80{path}",
}
# On another host, the paper's name before `@` or behind a backslash: never requested.
ELSEWHERE = {
    "paper_as_user_name": "http://{host}@{foreign}{path}",
    "paper_and_port_as_credentials": "http://{host}:443@{foreign}{path}",
    "paper_after_a_backslash": "http://{foreign}\\@{host}{path}",
}
# A feed item linking with credentials: the article too.
FEED_LINK = "https://ban-doc:123456@{host}{path}"


def new_path(number: int) -> str:
    return f"/tin-tuc/15/99920{number}/bai-moi-ve-san-pham-ocop-so-{number}"


def new_headline(number: int) -> str:
    return f"Thêm {50 + number} sản phẩm đạt chuẩn OCOP cấp tỉnh"


NAMES = [*ON_THE_SITE, *ELSEWHERE, "feed_item"]
NEW = {name: (new_path(n), new_headline(n)) for n, name in enumerate(NAMES, 1)}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str], dict, str]:
    """One crawl of a mirror whose Kinh tế listing and feed link the new articles: the targets
    the site and the foreign host were asked for, the stored rows and the crawl's stderr."""
    folder = tmp_path_factory.mktemp("link_credentials")
    root = mirror_copy(folder)
    add_ocop_copies(root, NEW.values())
    with serving(mirror_copy(folder / "foreign")) as foreign:
        fhost = foreign.base_url.removeprefix("http://")
        links = ""
        for name, form in {**ON_THE_SITE, **ELSEWHERE}.items():
            href = form.format(host=HOST, foreign=fhost, path=NEW[name][0])
            links += f'{TITLE_ANCHOR}{href}">{NEW[name][1]}</a>\n        '
        link_from_economy_listing(root, links)
        feed = root / FEED.strip("/")
        path, headline = NEW["feed_item"]
        link = FEED_LINK.format(host=HOST, path=path)
        item = f"<item>\n<title>{headline}</title>\n<link>{link}</link>\n</item>\n"
        text = feed.read_text(encoding="utf-8")
        feed.write_text(text.replace("<item>", item + "<item>", 1), encoding="utf-8")
        db = folder / "news.db"
        with serving(root) as site:
            run = crawl(site, db)
        assert run.returncode == 0, run.output
        assert "Traceback" not in run.stderr, run.stderr
        assert integrity(db) == "ok"
        return site.paths(), foreign.paths(), stored(db), run.stderr


@pytest.mark.parametrize("name", [*ON_THE_SITE, "feed_item"])
def test_a_link_with_credentials_on_the_papers_host_is_the_article_stored_without_them(
    crawled, name: str
) -> None:
    paths, _, rows, _ = crawled
    path, headline = NEW[name]
    number = path.split("/")[3]
    asked = [target for target in paths if number in target]
    assert asked == [path], asked
    assert rows[path]["url"] == LIVE + path
    assert rows[path]["headline"] == headline
    expected = expected_records()[OCOP]
    for key in ("published_at", "views", "byline", "body"):
        assert rows[path][key] == expected[key], key


@pytest.mark.parametrize("name", list(ELSEWHERE))
def test_a_link_to_another_host_dressed_as_the_paper_is_never_requested(crawled, name: str) -> None:
    paths, foreign_paths, rows, _ = crawled
    path, _ = NEW[name]
    number = path.split("/")[3]
    assert foreign_paths == []
    assert [target for target in paths if number in target] == []
    assert path not in rows


def test_no_stored_address_holds_credentials_and_nothing_else_is_stored(crawled) -> None:
    _, _, rows, _ = crawled
    on_site = [NEW[name][0] for name in [*ON_THE_SITE, "feed_item"]]
    assert sorted(rows) == sorted([*ARTICLES, *on_site])
    for row in rows.values():
        assert "@" not in row["url"], row["url"]
        assert "mat-khau" not in str(row), row["url"]
        assert "123456" not in str(row), row["url"]
