"""Hostile, broken or misdecoded pages: stored right, or dropped with a counted reason.

Each test serves the Báo Thái Bình mirror with article A (`105870`, "Thêm 38 sản phẩm đạt chuẩn
OCOP cấp tỉnh") or another article changed, crawls it, and checks every stored row against the
values a reader sees on the original page.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

from parsers.vietnamese.encoding import TCVN3
from tests.faults.harness import (
    ARTICLES,
    LIVE,
    MIRROR,
    article_path,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    expected_records,
    integrity,
    stored,
)
from tests.faults.server import Fault, serving

A = article_path("105870")
B = article_path("104560")
C = article_path("108990")
PAGE = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")


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


# --- canonical URLs ---------------------------------------------------------------------------


def test_untrusted_canonical_urls_never_key_a_record(tmp_path: Path) -> None:
    faults = {
        A: Fault(edit=set_canonical(LIVE + B)),  # another article of the site
        B: Fault(edit=set_canonical("javascript:alert(1)")),
        C: Fault(edit=set_canonical("https://tin-gia.example/tin-tuc/15/108990/x")),
    }
    run, db = crawl_faults(tmp_path, faults)
    expect_rows(db, ARTICLES)  # each under its fetched URL, with its own text
    stats = crawl_stats(db)
    assert stats["tinbao/canonical/refused"] == 3
    assert stats.get("tinbao/revisions", 0) == 0
    assert (
        f"{LIVE}{A}: canonical URL {LIVE}{B} not trusted (another page); "
        "stored under the fetched URL" in run.stderr
    )
    assert "canonical URL javascript:alert(1) not trusted (not http(s))" in run.stderr
    assert (
        "canonical URL https://tin-gia.example/tin-tuc/15/108990/x not trusted (another site)"
        in (run.stderr)
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


def test_utf8_page_labelled_latin1_is_read_as_utf8(tmp_path: Path) -> None:
    fault = Fault(content_type="text/html; charset=iso-8859-1")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert crawl_stats(db)["tinbao/charset/read_as/utf-8"] == 1
    assert f"{LIVE}{A}: charset label cp1252 is wrong; read as utf-8" in run.stderr


def test_windows_1258_page_labelled_utf8_is_read_as_windows_1258(tmp_path: Path) -> None:
    fault = Fault(body=to_cp1258(PAGE), content_type="text/html; charset=utf-8")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert crawl_stats(db)["tinbao/charset/read_as/cp1258"] == 1


def test_tcvn3_page_is_converted(tmp_path: Path) -> None:
    legacy = to_tcvn3(PAGE)
    assert "Thªm 38 s¶n phÈm" in legacy
    fault = Fault(body=legacy.encode("utf-8"), content_type="text/html; charset=utf-8")
    run, db = crawl_faults(tmp_path, {A: fault})
    expect_rows(db, ARTICLES)
    assert crawl_stats(db)["tinbao/charset/read_as/TCVN3"] == 1


def test_vni_article_text_is_dropped_not_stored(tmp_path: Path) -> None:
    # The archive kept its 2000s VNI text inside today's (Unicode) template.
    vni = "Theâm 38 saûn phaåm ñaït chuaån OCOP caáp tænh"
    page = PAGE.replace(expected_records()[A]["headline"], vni).replace(
        "Trong số 38 sản phẩm được công nhận", "Trong soá 38 saûn phaåm ñöôïc coâng nhaän"
    )
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "legacy vni text"
    assert crawl_stats(db)["tinbao/dropped/legacy_vni_text"] == 1


def test_random_bytes_are_not_a_page(tmp_path: Path) -> None:
    garbage = random.Random(1).randbytes(20_000)
    run, db = crawl_faults(tmp_path, {A: Fault(body=garbage)})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "unreadable page"  # may pass: fetched again, with a backoff
    assert crawl_stats(db)["tinbao/bad_page/unreadable"] == 1
    assert (
        f"{LIVE}{A}: unreadable page (no decoding reads as Vietnamese text (tried utf-8, cp1258))"
        in run.stderr
    )


def test_nul_bytes_are_removed(tmp_path: Path) -> None:
    page = PAGE.encode("utf-8").replace(b"38 s", b"38\x00 s")
    run, db = crawl_faults(tmp_path, {A: Fault(body=page)})
    expect_rows(db, ARTICLES)


# --- malformed pages and sanity limits --------------------------------------------------------


def test_malformed_html_is_read_as_a_browser_would(tmp_path: Path) -> None:
    page = PAGE.replace("</p>", "").replace("<div", "<<div", 3)
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, ARTICLES)


def test_headline_swallowing_the_page_is_dropped(tmp_path: Path) -> None:
    page = PAGE.replace("</h1>", "")  # the headline runs on through the date and the lead
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "headline too long"
    assert f"{LIVE}{A}: not stored, headline too long" in run.stderr


def test_body_of_links_is_dropped(tmp_path: Path) -> None:
    menu = "".join(
        f'<li><a href="{LIVE}/tin-tuc/{n}/chuyen-muc">Chuyên mục số {n}</a></li>' for n in range(80)
    )
    page = re.sub(
        r'(<div class="fr-view[^"]*">)',
        rf"\g<1><ul>{menu}</ul>",
        PAGE,
        count=1,
    )
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "body mostly links"


def test_fifty_thousand_nested_divs_store_nothing_wrong(tmp_path: Path) -> None:
    start = PAGE.index(">", PAGE.index("<body")) + 1
    end = PAGE.index("</body>")
    page = PAGE[:start] + "<div>" * 50_000 + PAGE[start:end] + "</div>" * 50_000 + PAGE[end:]
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    # Nested deeper than any page a person made: not read at all, never the site header.
    assert dropped(db)[A] == "unreadable page"
    assert f"{LIVE}{A}: unreadable page (elements nested more than 400 deep)" in run.stderr


def test_unreadable_date_keeps_the_raw_text(tmp_path: Path) -> None:
    page = PAGE.replace("22/09/2022 | 14:20:06", "31/02/2022 | 14:20:06")
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    changed = {"published_at": None, "published_raw": "Thứ 5, 31/02/2022 | 14:20:06"}
    expect_rows(db, ARTICLES, {A: changed})
    assert f"{LIVE}{A}: unreadable publish time 'Thứ 5, 31/02/2022 | 14:20:06'" in run.stderr
