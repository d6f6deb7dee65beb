"""robots.txt written in the forms RFC 9309 (the Robots Exclusion Protocol) allows and papers'
editors and panels really save it in: a UTF-8 byte order mark before the first line (Notepad),
CRLF line ends, a comment after a rule, the crawler's name in capitals or with its version, a
group naming several crawlers, two groups for tinbao (which count as one), `*` inside a path
and `$` at its end, and a path written in Vietnamese letters (raw or percent-encoded, in either
case of hex digits) while the link is written the other way.

README: robots.txt is obeyed. What it forbids to tinbao is never asked for, whatever the form of
the file or of the link; everything else is crawled and stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, LISTINGS, VIDEO, crawl, expect_rows, mirror_copy
from tests.faults.server import serving

FIFTEEN = {path for path in ARTICLES if path.startswith("/tin-tuc/15/")}
LIVE = "https://baothaibinh.com.vn"


def robots_crawl(tmp_path: Path, text: bytes, root: Path | None = None):
    """Crawl a copy of the mirror whose robots.txt is `text`: the server and the database."""
    root = root or mirror_copy(tmp_path)
    (root / "robots.txt").write_bytes(text)
    db = tmp_path / "news.db"
    with serving(root) as site:
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    return site, db


def asked(site) -> set[str]:
    """The article paths the crawl asked for (the video page among them)."""
    return {path for path in site.paths() if path in ARTICLES or path == VIDEO}


FORBIDDING_FIFTEEN = {
    "byte-order-mark": b"\xef\xbb\xbfUser-agent: *\nDisallow: /tin-tuc/15/\n",
    "crlf": b"User-agent: *\r\nDisallow: /tin-tuc/15/\r\n",
    "bom-and-crlf": b"\xef\xbb\xbfUser-agent: *\r\nDisallow: /tin-tuc/15/\r\n",
    "comment-after-rule": b"User-agent: *\nDisallow: /tin-tuc/15/   # kinh t\xe1\xba\xbf\n",
    "name-in-capitals": b"User-agent: *\nAllow: /\n\nUser-agent: TinBao\nDisallow: /tin-tuc/15/\n",
    "name-with-version": b"User-agent: *\nAllow: /\n\nUser-agent: tinbao/0.1\n"
    b"Disallow: /tin-tuc/15/\n",
    "group-of-crawlers": b"User-agent: *\nAllow: /\n\nUser-agent: Googlebot\nUser-agent: tinbao\n"
    b"User-agent: bingbot\nDisallow: /tin-tuc/15/\n",
    "field-names-in-lowercase": b"user-agent: *\ndisallow: /tin-tuc/15/\n",
}


@pytest.mark.parametrize("text", FORBIDDING_FIFTEEN.values(), ids=FORBIDDING_FIFTEEN.keys())
def test_a_section_forbidden_in_any_form_of_the_file_is_never_asked_for(
    tmp_path: Path, text: bytes
) -> None:
    site, db = robots_crawl(tmp_path, text)
    assert not asked(site) & FIFTEEN, asked(site) & FIFTEEN
    expect_rows(db, set(ARTICLES) - FIFTEEN)


def test_two_groups_for_tinbao_are_obeyed_as_one(tmp_path: Path) -> None:
    """RFC 9309 2.2.1: groups naming the same crawler are combined."""
    text = (
        b"User-agent: tinbao\nDisallow: /tin-tuc/15/\n\n"
        b"User-agent: *\nDisallow: /admin/\n\n"
        b"User-agent: tinbao\nDisallow: /tin-tuc/12/1\n"
    )
    site, db = robots_crawl(tmp_path, text)
    allowed = {"/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024"}
    assert asked(site) == allowed, asked(site)
    expect_rows(db, allowed)


def test_a_star_inside_a_path_and_a_dollar_at_its_end_are_patterns(tmp_path: Path) -> None:
    """`/*-thai-binh-` forbids the three articles whose slug holds those words anywhere;
    `/*nhap-ngu$` the one ending so; `/tin-tuc/15/105870$` only that exact path, not the
    article whose address goes on past it."""
    text = (
        b"User-agent: *\nDisallow: /*-thai-binh-\nDisallow: /*nhap-ngu$\n"
        b"Disallow: /tin-tuc/15/105870$\n"
    )
    site, db = robots_crawl(tmp_path, text)
    forbidden = {
        "/tin-tuc/0/109901/khai-mac-tuan-van-hoa-du-lich-thai-binh-nam-2024",
        "/tin-tuc/12/103355/gan-2000-thanh-nien-thai-binh-len-duong-nhap-ngu",
        "/tin-tuc/15/109650/khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai",
    }
    assert asked(site) == set(ARTICLES) - forbidden | {VIDEO}, asked(site) ^ set(ARTICLES)
    expect_rows(db, set(ARTICLES) - forbidden)


# Two articles linked from the economy listing under slugs in Vietnamese letters (not in the
# mirror: asking for one is answered 404, which is how the probe sees it was asked for).
FORBIDDEN_SLUG = "/tin-tuc/15/999001/đại-hội-đảng-bộ-tỉnh"
ALLOWED_SLUG = "/tin-tuc/15/999002/đón-tết-ở-làng-quê"


def encoded(path: str, lower: bool = False) -> str:
    """`path` percent-encoded as UTF-8 (hex digits in capitals, or in small letters)."""
    text = "".join(
        char if char.isascii() else "".join(f"%{byte:02X}" for byte in char.encode())
        for char in path
    )
    return text.lower() if lower else text


RULE_AND_LINK = {
    "raw-rule-encoded-link": (FORBIDDEN_SLUG, encoded(FORBIDDEN_SLUG)),
    "encoded-rule-raw-link": (encoded(FORBIDDEN_SLUG), FORBIDDEN_SLUG),
    "lowercase-hex-rule-encoded-link": (
        encoded(FORBIDDEN_SLUG, lower=True),
        encoded(FORBIDDEN_SLUG),
    ),
}


@pytest.mark.parametrize("rule, link", RULE_AND_LINK.values(), ids=RULE_AND_LINK.keys())
def test_a_path_in_vietnamese_letters_is_forbidden_however_either_side_writes_it(
    tmp_path: Path, rule: str, link: str
) -> None:
    root = mirror_copy(tmp_path)
    listing = root / LISTINGS[1].strip("/") / "page.html"
    anchors = f'<a href="{LIVE}{link}">Đại hội</a><a href="{LIVE}{ALLOWED_SLUG}">Đón Tết</a>'
    listing.write_text(
        listing.read_text(encoding="utf-8").replace("</body>", anchors + "</body>"),
        encoding="utf-8",
    )
    text = f"User-agent: *\nDisallow: {rule}\n".encode()
    site, db = robots_crawl(tmp_path, text, root)
    paths = set(site.paths())
    assert encoded(ALLOWED_SLUG) in paths, sorted(paths)  # the listing's links were followed
    assert not {p for p in paths if "/999001/" in p}, sorted(paths)
    expect_rows(db, ARTICLES)
