"""`Page.select` skips the selectors a page's attributes rule out, and finds what lxml finds;
`short_text` and `text_start` read an element's text only as far as a length limit."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from lxml.cssselect import CSSSelector

from parsers.body import EMBEDDED_POSTS, remove_element
from parsers.css import translate
from parsers.generic import BOILERPLATE, SUMMARY_SELECTORS, TAG_LINKS
from parsers.generic.authors import AUTHOR_LINKS, AUTHOR_SELECTORS
from parsers.generic.zones import BODY_SELECTORS, HEADLINE_SELECTORS
from parsers.page import (
    Page,
    TreeCopy,
    _Need,
    attribute_names,
    select_among,
    short_text,
    text_of,
    text_start,
)
from parsers.sites import all_profiles
from parsers.vietnamese.dates import LOCAL_TZ
from parsers.xpath_table import inline_selectors
from parsers.xpaths import XPATHS

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 3, 7, 12, 0, tzinfo=LOCAL_TZ)
PAGE = """<html><body>
<div id="main" class="detail  news">
  <h1 class="title-detail">Thái Bình đón Tết</h1>
  <p class="sapo lead" data-role="intro">Người dân đón Tết</p>
  <p class="desc-x">Không phải lời dẫn</p>
  <div class="bread-crumbs"><a href="/">Trang chủ</a><a href="/xa-hoi">Xã hội</a></div>
  <a rel="tag nofollow" href="/tag/tet">Tết</a><a rel="tag category" href="/c">Mục</a>
</div>
</body></html>"""


def texts(found: list) -> list[str]:
    return [text_of(el) for el in found]


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        (".sapo", ["Người dân đón Tết"]),
        (".desc", []),  # `desc-x` is another class
        ("[class*=desc]", ["Không phải lời dẫn"]),
        (".nothing, p.lead, .title-detail", ["Thái Bình đón Tết", "Người dân đón Tết"]),
        ("#main .sapo", ["Người dân đón Tết"]),
        ("#other .sapo", []),
        ("[data-role=intro]", ["Người dân đón Tết"]),
        ("[data-role=content]", []),
        ("[class*=breadcrumb] a, [class*=bread-crumb] a", ["Trang chủ", "Xã hội"]),
        ("a[rel~=tag]:not([rel~=category])", ["Tết"]),
        ("div.news.detail > h1", ["Thái Bình đón Tết"]),
        # read from the page's index and by XPath (`:not`), merged in document order
        (
            "a[rel~=tag]:not([rel~=category]), .sapo, h1",
            ["Thái Bình đón Tết", "Người dân đón Tết", "Tết"],
        ),
        ("#main > p", ["Người dân đón Tết", "Không phải lời dẫn"]),
        ("* > [class^=bread]", ["Trang chủXã hội"]),
        ("body div .bread-crumbs > a[href^='/x']", ["Xã hội"]),
        ("[rel~='tag'], [rel~='tag nofollow']", ["Tết", "Mục"]),
        (
            "[class*='detail  n']",
            ["Thái Bình đón Tết Người dân đón Tết Không phải lời dẫn Trang chủXã hội TếtMục"],
        ),
    ],
)
def test_select_finds_what_the_page_shows(css: str, expected: list[str]) -> None:
    assert texts(Page(PAGE, "https://baothaibinh.com.vn/a", NOW).select(css)) == expected


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        # XPath splits a class list at its four spaces only: a no-break space or a form feed
        # is part of a word, which `str.split` would cut
        (["a\u00a0b c", "b\fd", " c "], {".a": [], ".b": [], ".c": ["0", "2"], ".d": []}),
        (["a b\tc", " c\n", "d"], {".a": ["0"], ".b": ["0"], ".c": ["0", "1"], ".d": ["2"]}),
    ],
)
def test_class_words_are_split_where_xpath_splits_them(
    classes: list[str], expected: dict[str, list[str]]
) -> None:
    markup = "".join(f'<p class="{value}">{n}</p>' for n, value in enumerate(classes))
    page = Page(f"<html><body>{markup}</body></html>", "https://x.vn/a", NOW)
    for css, found in expected.items():
        assert texts(page.select(css)) == found == texts(CSSSelector(css)(page.root)), css


class _AskedPage(Page):
    """A page noting each attribute condition it is asked whether it meets."""

    asked: list[tuple[str, str, str]]

    def _has(self, need: _Need) -> bool:
        self.asked.append(tuple(need))
        return super()._has(need)


def test_a_page_is_asked_each_attribute_condition_once() -> None:
    page = _AskedPage(PAGE, "https://baothaibinh.com.vn/a", NOW)
    page.asked = []
    assert texts(page.select(".detail h1, .nothing p")) == ["Thái Bình đón Tết"]
    assert texts(page.select(".nothing.sapo, .detail > .sapo")) == ["Người dân đón Tết"]
    assert texts(page.select("[data-role=intro].detail")) == []
    # each once, though asked again; `.nothing.sapo` stops at `.nothing`, which the page lacks
    assert page.asked == [
        ("class", "~=", "detail"),
        ("class", "~=", "nothing"),
        ("class", "~=", "sapo"),
        ("data-role", "=", "intro"),
    ]


def _selectors() -> list[str]:
    found = {*HEADLINE_SELECTORS, *BODY_SELECTORS, *AUTHOR_SELECTORS, AUTHOR_LINKS, TAG_LINKS}
    found.update(BOILERPLATE)
    found.add(", ".join(SUMMARY_SELECTORS))
    found.update(inline_selectors())
    for profile in all_profiles().values():
        for layout in profile.layouts:
            found.update(layout.fields.values())
            found.update(layout.drop)
    return sorted(found)


def test_written_xpaths_are_what_cssselect_gives() -> None:
    """`parsers/xpaths.py` spares `tinbao extract` loading cssselect; every selector the
    extractor and the profiles name is in it, as cssselect translates it (after changing one,
    `python -m parsers.xpath_table tests/fixtures` writes the file again)."""
    assert [css for css in _selectors() if css not in XPATHS] == []
    assert {css: translate(css) for css in XPATHS} == XPATHS


def test_select_agrees_with_lxml_on_every_fixture_page() -> None:
    selectors = _selectors()
    pages = sorted(p for p in FIXTURES.glob("**/*.html") if p.is_file())
    assert len(pages) > 100 and len(selectors) > 60
    for path in pages:
        page = Page(path.read_text(encoding="utf-8", errors="replace"), "https://x.vn/a", NOW)
        for css in selectors:
            assert page.select(css) == CSSSelector(css)(page.root), (path.name, css)


LINE = "<div> Lượt xem: <b>1.204</b><p>Cập nhật  lúc 10:30</p>tin mới </div>"


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (200, "Lượt xem: 1.204 Cập nhật lúc 10:30 tin mới"),
        (42, "Lượt xem: 1.204 Cập nhật lúc 10:30 tin mới"),  # exactly 42 characters
        (41, None),
        (10, None),
        (0, None),
    ],
)
def test_short_text_is_the_text_up_to_a_length(limit: int, expected: str | None) -> None:
    el = Page(f"<html><body>{LINE}</body></html>", "https://x.vn/a", NOW).select("div")[0]
    assert short_text(el, limit) == expected


@pytest.mark.parametrize(
    ("length", "expected"),
    [(200, "Lượt xem: 1.204 Cập nhật lúc 10:30 tin mới"), (15, "Lượt xem: 1.204"), (0, "")],
)
def test_text_start_is_the_opening_of_the_text(length: int, expected: str) -> None:
    el = Page(f"<html><body>{LINE}</body></html>", "https://x.vn/a", NOW).select("div")[0]
    assert text_start(el, length) == expected


CUT_PAGE = """<html><body>
<div class="share-top">Chia sẻ</div>
<div id="content" class="detail">
  <p>Đoạn một</p>
  <div class="box-related"><p class="share">Tin liên quan</p></div>
  <p>Đoạn hai <span class="share-inline">Chia sẻ</span></p>
  <div class="tags"><a href="/tag/lua">Lúa</a></div>
</div>
</body></html>"""


@pytest.mark.parametrize(
    ("drop", "expected"),
    [
        # nothing above the copied element is found (`.share-top`), nothing already cut is
        # (`.share` inside the related box), the copied element itself is (`#content`)
        (("[class*=related]", "[class*=share]"), [[], ["Tin liên quan"], ["Chia sẻ"]]),
        (("[class*=share]",), [[], ["Tin liên quan", "Chia sẻ"]]),
        (("#content .tags a", "body .detail"), [[], ["Lúa"], []]),
        (("#content",), [[], ["Đoạn một Tin liên quan Đoạn hai Chia sẻ Lúa"]]),
        # XPath, not the index (`:not`), on the copy as it is cut
        ((".tags", "div:not(.detail)"), [[], ["Lúa"], ["Tin liên quan"]]),
    ],
)
def test_select_in_copy_finds_what_the_cut_copy_holds(drop: tuple, expected: list) -> None:
    page = Page(CUT_PAGE, "https://baothaibinh.com.vn/a", NOW)
    cut = TreeCopy(page.select("#content")[0])
    found = [texts(page.select_in_copy(cut, ".nothing"))]
    for css in drop:
        matches = page.select_in_copy(cut, css)
        assert all(el in cut.nodes() for el in matches)
        found.append(texts(matches))
        for el in matches:
            remove_element(el)
    assert found == expected


def test_select_in_copy_agrees_with_lxml_on_every_fixture_body() -> None:
    """On each fixture page's body, cut by each drop selector in turn, as `read_body` does."""
    drops = sorted(BOILERPLATE) + sorted(
        css
        for profile in all_profiles().values()
        for layout in profile.layouts
        for css in layout.drop
    )
    for path in sorted(p for p in FIXTURES.glob("**/*.html") if p.is_file()):
        page = Page(path.read_text(encoding="utf-8", errors="replace"), "https://x.vn/a", NOW)
        body = page.root.find("body")
        if body is None:
            continue
        cut = TreeCopy(body)
        for css in drops:
            found = page.select_in_copy(cut, css)
            assert found == CSSSelector(css)(cut.root), (path.name, css)
            for el in found:
                remove_element(el)


# A fragment built by another reader, as trafilatura's text is: few attributes.
FRAGMENT = """<div><p>Đoạn một</p><p style="display:none">Ẩn</p>
<blockquote class="twitter-tweet">Bài đăng</blockquote><amp-twitter>Thẻ</amp-twitter>
<a href="/tin-khac">Tin khác</a></div>"""


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("[class*=related]", []),  # no element with that class: no walk, nothing
        (".hidden, [style*='display:none']", ["Ẩn"]),  # one selector of the list can match
        (EMBEDDED_POSTS, ["Bài đăng", "Thẻ"]),  # tags alone need no attribute
        ("[id^=ads]", []),  # no `id` at all
    ],
)
def test_select_among_skips_only_what_the_fragment_cannot_hold(css: str, expected: list) -> None:
    from lxml.html import fragment_fromstring

    fragment = fragment_fromstring(FRAGMENT)
    names = attribute_names(fragment)
    assert names == {"style", "class", "href"}
    assert texts(select_among(fragment, css, names)) == expected
    assert select_among(fragment, css, names) == CSSSelector(css)(fragment)
