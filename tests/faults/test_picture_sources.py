"""The article's pictures written as lazy-loading scripts and hand-made templates write them:
the address in `data-original` (jQuery's lazyload) or `data-lazy-src` behind a placeholder
`data:` image in `src`, written protocol-relative (`//media…`), root-relative on the paper's
own host, with spaces around it inside the quotes, or with a query whose `&` is written
`&amp;`; and a picture set in a `<figure>` with its caption in `<figcaption>`.

docs/database.md: `images` is the list of `{url, caption}` of the images in the article. A
reader sees the picture the page loads, at the address a browser asks for: the address
resolved against the article's own URL (the paper's host, not the mirror's), spaces trimmed,
character references read. Each spelling is given to the first picture of one article of its
own, so one crawl serves every probe; each record must be the plain page's with that picture's
address as the browser reads it. The `<figure>` is the plain page's picture and caption in
another markup: its record is the plain page's (the caption an image's, never the body's).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.faults.harness import ARTICLES, LIVE, article_path, crawled_rows, expected_records
from tests.faults.server import Fault

PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
MEDIA = "https://media.baothaibinh.com.vn"


def lead_url(ident: str) -> str:
    return expected_records()[article_path(ident)]["images"][0]["url"]


# spelling name: (article id, the `<img>` attributes written for the picture's URL, the URL a
# browser asks for)
SPELLINGS: dict[str, tuple[str, Callable[[str], str], Callable[[str], str]]] = {
    "data_original_behind_a_placeholder": (
        "105870",
        lambda url: f'class="lazy" src="{PLACEHOLDER}" data-original="{url}"',
        lambda url: url,
    ),
    "data_lazy_src_behind_a_placeholder": (
        "102908",
        lambda url: f'src="{PLACEHOLDER}" data-lazy-src="{url}"',
        lambda url: url,
    ),
    "protocol_relative": (
        "104560",
        lambda url: f'src="{url.removeprefix("https:")}"',
        lambda url: url,
    ),
    "root_relative_on_the_papers_host": (
        "107420",
        lambda url: f'src="{url.removeprefix(MEDIA)}"',
        lambda url: LIVE + url.removeprefix(MEDIA),
    ),
    "spaces_inside_the_quotes": ("102296", lambda url: f'src="  {url}\n "', lambda url: url),
    "query_with_an_escaped_ampersand": (
        "109512",
        lambda url: f'src="{url}?w=800&amp;h=450"',
        lambda url: f"{url}?w=800&h=450",
    ),
}


def respelled(ident: str, attributes: str) -> Callable[[bytes], bytes]:
    """An edit writing the article's first picture `<img ATTRIBUTES alt="">`."""
    old = f'<img src="{lead_url(ident)}" alt="">'

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert old in text
        return text.replace(old, f'<img {attributes} alt="">', 1).encode("utf-8")

    return edit


FIGURED = "103907"


def figured(page: bytes) -> bytes:
    """The article's first picture and its caption paragraph set as one `<figure>`."""
    image = expected_records()[article_path(FIGURED)]["images"][0]
    text = page.decode("utf-8")
    old = (
        f'<p style="text-align: center;"><img src="{image["url"]}" alt=""></p>\n'
        f'          <p style="text-align: center;"><em>{image["caption"]}</em></p>'
    )
    new = (
        f'<figure class="image"><img src="{image["url"]}" alt="">'
        f"<figcaption>{image['caption']}</figcaption></figure>"
    )
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with each spelling of SPELLINGS in its article."""
    faults = {
        article_path(ident): Fault(edit=respelled(ident, write(lead_url(ident))))
        for ident, write, _ in SPELLINGS.values()
    }
    faults[article_path(FIGURED)] = Fault(edit=figured)
    return crawled_rows(tmp_path_factory.mktemp("picture_sources"), faults)


@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_a_picture_is_stored_at_the_address_a_browser_loads(
    rows: dict[str, dict], spelling: str
) -> None:
    ident, _, read = SPELLINGS[spelling]
    path = article_path(ident)
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    first = {**expected["images"][0], "url": read(lead_url(ident))}
    expected = {**expected, "images": [first, *expected["images"][1:]]}
    assert {key: rows[path][key] for key in expected} == expected


def test_a_picture_in_a_figure_keeps_its_caption_out_of_the_body(rows: dict[str, dict]) -> None:
    path = article_path(FIGURED)
    assert path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected
