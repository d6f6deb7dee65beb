"""Hostile, broken or misdecoded pages: stored right, or dropped with a counted reason.

Each probe serves the Báo Thái Bình mirror with an article changed ("Thêm 38 sản phẩm đạt chuẩn
OCOP cấp tỉnh", A = `105870`, or another) and checks every stored row against the values a reader
sees on the original page. The changes are each made to an article of their own and served in
one crawl; the page nested fifty thousand deep and the canonical URL of the same article keep
crawls of their own, as their reason or their log would be another probe's too.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from parsers.vietnamese.encoding import TCVN3
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    FaultedCrawl,
    article_path,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    expected_records,
    faulted_crawl,
    integrity,
    page_at,
    stored,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
B = article_path("104560")
C = article_path("108990")
PAGE = page_at(A)


def crawl_faults(tmp_path: Path, faults: dict[str, Fault]):
    db = tmp_path / "news.db"
    with serving(MIRROR, faults) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    return run, db


def set_canonical(url: str):
    def edit(body: bytes) -> bytes:
        return re.sub(rb'(rel="canonical" href=")[^"]*', rb"\g<1>" + url.encode(), body)

    return edit


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes of `text`: precomposed where the code page has the letter, else the
    letter without its tone and a combining tone mark (as Vietnamese Windows wrote it)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = "".join(c for c in decomposed if c in TONE_MARKS)
            letter = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tone))
            out += (letter + tone).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> str:
    """`text` in TCVN3 codes, as an old page using the .VnTime fonts shows them (a capital
    with a tone mark has no code of its own: the capitals font drew it from the small letter's)."""
    table = {letter: code for code, letter in TCVN3.items()}
    return "".join(table.get(char) or table.get(char.lower(), char) for char in text)


# --- one crawl of every change that no other change's reason or log can be mistaken for --------


def printed(path: str, old: str, new: str) -> Fault:
    """The page of `path` served printing `new` where it printed `old` (once)."""
    text = page_at(path)
    assert text.count(old) == 1, old
    return Fault(body=text.replace(old, new).encode("utf-8"))


# The articles changed, each by one probe.
ELSEWHERE = article_path("101877")  # its canonical URL names B
LABELLED_LATIN1 = article_path("102908")
CP1258 = article_path("107903")
LEGACY_TCVN3 = article_path("109650")
VNI = A
RANDOM = article_path("102296")
NUL = article_path("103355")
MALFORMED = article_path("103907")
SWALLOWED = article_path("107420")
LINKS = article_path("108765")
MISDATED = article_path("109512")
MISDATE = "Thứ 5, 31/02/2022 | 14:20:06"


def vni_page() -> bytes:
    """The archive kept its 2000s VNI text inside today's (Unicode) template."""
    vni = "Theâm 38 saûn phaåm ñaït chuaån OCOP caáp tænh"
    text = PAGE.replace(expected_records()[A]["headline"], vni).replace(
        "Trong số 38 sản phẩm được công nhận", "Trong soá 38 saûn phaåm ñöôïc coâng nhaän"
    )
    return text.encode("utf-8")


def tcvn3_page() -> bytes:
    legacy = to_tcvn3(page_at(LEGACY_TCVN3))
    headline = expected_records()[LEGACY_TCVN3]["headline"]
    assert headline not in legacy and to_tcvn3(headline) in legacy
    return legacy.encode("utf-8")


def body_of_links() -> bytes:
    menu = "".join(
        f'<li><a href="{LIVE}/tin-tuc/{n}/chuyen-muc">Chuyên mục số {n}</a></li>' for n in range(80)
    )
    opening = r'(<div class="fr-view[^"]*">)'
    text = re.sub(opening, rf"\g<1><ul>{menu}</ul>", page_at(LINKS), count=1)
    assert menu in text
    return text.encode("utf-8")


def changes() -> dict[str, Fault]:
    """Every change of the shared crawl, by the path of the article it is made to."""
    own_date = expected_records()[MISDATED]["published_raw"]
    return {
        ELSEWHERE: Fault(edit=set_canonical(LIVE + B)),  # another article of the site
        B: Fault(edit=set_canonical("javascript:alert(1)")),
        C: Fault(edit=set_canonical("https://tin-gia.example/tin-tuc/15/108990/x")),
        LABELLED_LATIN1: Fault(content_type="text/html; charset=iso-8859-1"),
        CP1258: Fault(body=to_cp1258(page_at(CP1258)), content_type="text/html; charset=utf-8"),
        LEGACY_TCVN3: Fault(body=tcvn3_page(), content_type="text/html; charset=utf-8"),
        VNI: Fault(body=vni_page()),
        RANDOM: Fault(body=random.Random(1).randbytes(20_000)),
        # a NUL inside the headline and the lead, in the <title>, the meta tags and the text
        NUL: Fault(body=page_at(NUL).encode("utf-8").replace(b"2.000 t", b"2.000\x00 t")),
        MALFORMED: Fault(
            body=page_at(MALFORMED).replace("</p>", "").replace("<div", "<<div", 3).encode("utf-8")
        ),
        # The headline runs on through the date and the lead.
        SWALLOWED: Fault(body=page_at(SWALLOWED).replace("</h1>", "").encode("utf-8")),
        LINKS: Fault(body=body_of_links()),
        MISDATED: printed(MISDATED, own_date, MISDATE),
    }


DROPPED = {VNI, RANDOM, SWALLOWED, LINKS}


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> FaultedCrawl:
    """One crawl of the mirror with every change of `changes()` served."""
    faults = changes()
    return faulted_crawl(tmp_path_factory.mktemp("pages"), faults, set(faults), DROPPED)


# --- canonical URLs ---------------------------------------------------------------------------


def test_untrusted_canonical_urls_never_key_a_record(changed: FaultedCrawl) -> None:
    for path in (ELSEWHERE, B, C):  # each under its fetched URL, with its own text
        changed.exactly(path)
    stats = crawl_stats(changed.db)
    assert stats["tinbao/canonical/refused"] == 3
    assert stats.get("tinbao/revisions", 0) == 0
    assert (
        f"{LIVE}{ELSEWHERE}: canonical URL {LIVE}{B} not trusted (another page); "
        "stored under the fetched URL" in changed.run.stderr
    )
    assert "canonical URL javascript:alert(1) not trusted (not http(s))" in changed.run.stderr
    assert (
        "canonical URL https://tin-gia.example/tin-tuc/15/108990/x not trusted (another site)"
        in (changed.run.stderr)
    )


def test_canonical_of_the_same_article_is_accepted(tmp_path: Path) -> None:
    # A new slug for the same id (the site renamed the article); http, `www.` and tracking noise.
    renamed = "/tin-tuc/15/105870/them-38-san-pham-ocop"
    noisy = f"http://www.baothaibinh.com.vn{B}?utm_source=rss"
    faults = {A: Fault(edit=set_canonical(LIVE + renamed)), B: Fault(edit=set_canonical(noisy))}
    run, db = crawl_faults(tmp_path, faults)
    assert sorted(stored(db)) == sorted(set(ARTICLES) - {A} | {renamed})
    assert "not trusted" not in run.stderr


# --- charsets ---------------------------------------------------------------------------------


def test_utf8_page_labelled_latin1_is_read_as_utf8(changed: FaultedCrawl) -> None:
    changed.exactly(LABELLED_LATIN1)
    assert crawl_stats(changed.db)["tinbao/charset/read_as/utf-8"] == 1
    assert (
        f"{LIVE}{LABELLED_LATIN1}: charset label cp1252 is wrong; read as utf-8"
        in changed.run.stderr
    )


def test_windows_1258_page_labelled_utf8_is_read_as_windows_1258(changed: FaultedCrawl) -> None:
    changed.exactly(CP1258)
    assert crawl_stats(changed.db)["tinbao/charset/read_as/cp1258"] == 1


def test_tcvn3_page_is_converted(changed: FaultedCrawl) -> None:
    changed.exactly(LEGACY_TCVN3)
    assert crawl_stats(changed.db)["tinbao/charset/read_as/TCVN3"] == 1


def test_vni_article_text_is_dropped_not_stored(changed: FaultedCrawl) -> None:
    changed.exactly()
    assert dropped(changed.db)[VNI] == "legacy vni text"
    assert crawl_stats(changed.db)["tinbao/dropped/legacy_vni_text"] == 1


def test_random_bytes_are_not_a_page(changed: FaultedCrawl) -> None:
    changed.exactly()
    assert (
        dropped(changed.db)[RANDOM] == "unreadable page"
    )  # may pass: fetched again, with a backoff
    assert crawl_stats(changed.db)["tinbao/bad_page/unreadable"] == 1
    assert (
        f"{LIVE}{RANDOM}: unreadable page (no decoding reads as Vietnamese text (tried utf-8, "
        "cp1258))" in changed.run.stderr
    )


def test_nul_bytes_are_removed(changed: FaultedCrawl) -> None:
    changed.exactly(NUL)


# --- malformed pages and sanity limits --------------------------------------------------------


def test_malformed_html_is_read_as_a_browser_would(changed: FaultedCrawl) -> None:
    changed.exactly(MALFORMED)


def test_headline_swallowing_the_page_is_dropped(changed: FaultedCrawl) -> None:
    changed.exactly()
    assert dropped(changed.db)[SWALLOWED] == "headline too long"
    assert f"{LIVE}{SWALLOWED}: not stored, headline too long" in changed.run.stderr


def test_body_of_links_is_dropped(changed: FaultedCrawl) -> None:
    changed.exactly()
    assert dropped(changed.db)[LINKS] == "body mostly links"


def test_fifty_thousand_nested_divs_store_nothing_wrong(tmp_path: Path) -> None:
    start = PAGE.index(">", PAGE.index("<body")) + 1
    end = PAGE.index("</body>")
    page = PAGE[:start] + "<div>" * 50_000 + PAGE[start:end] + "</div>" * 50_000 + PAGE[end:]
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    # Nested deeper than any page a person made: not read at all, never the site header.
    assert dropped(db)[A] == "unreadable page"
    assert f"{LIVE}{A}: unreadable page (elements nested more than 400 deep)" in run.stderr


def test_unreadable_date_keeps_the_raw_text(changed: FaultedCrawl) -> None:
    changed.exactly(MISDATED, changed={"published_at": None, "published_raw": MISDATE})
    assert f"{LIVE}{MISDATED}: unreadable publish time '{MISDATE}'" in changed.run.stderr
