"""Whole-page scans find what a search of each element finds: `own_texts_with` (one search of
all the body's texts joined) and `named` (the page's distinct class and id values searched once),
on every fixture page; `collapse` is the whitespace regex it replaces."""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from lxml.etree import XPath

import parsers.generic as generic
import parsers.generic.container as container
import parsers.generic.dates as generic_dates
import parsers.generic.zones as zones
import parsers.page as page_module
from crawler.extract_command import decode_html
from parsers import patterns
from parsers.body import ROLE_LINE, TITLE_CLASS, _show_painted_pictures, drop_polls, drop_widgets
from parsers.generic import LABEL_WORDS as BOX_LABEL_WORDS
from parsers.generic import (
    LEAD_CLASS,
    SECTION_CLASS,
    SECTION_LABEL,
    TAG_BOX,
    TAG_LABEL,
    TRAIL_CLASS,
    _slogan_over_headline,
)
from parsers.generic.authors import (
    AUTHOR_CLASS,
    AUTHOR_LABEL,
    BY_WORD,
    LABEL_MARK,
    LABEL_START,
    PHOTO_FIRST,
    ROLE_LABEL,
    ROLE_LINE_TAGS,
    _from_role_lines,
    _holders_of,
)
from parsers.generic.container import (
    _drop_consent_boxes,
    _name_furniture,
    _names_furniture,
    _without_furniture,
    is_furniture,
)
from parsers.generic.counters import EYE_ICON, LABEL_WORD, LABEL_WORDS
from parsers.generic.dates import DATE_HINTS, visible_dates
from parsers.generic.listing import _printing
from parsers.generic.zones import (
    CASE_BLIND,
    ZONE_WORDS,
    _class_scan,
    _names_zone,
    _title_classed,
    classes,
    is_zone,
    named,
    own_texts,
    own_texts_with,
    position,
    text_scan,
)
from parsers.generic.zones import prose as zones_prose
from parsers.page import _TEXTS, Page, TreeCopy, short_text, text_of, text_start
from parsers.patterns import required_characters
from parsers.vietnamese.dates import LOCAL_TZ
from parsers.vietnamese.text import _PICTOGRAPH, TEXT_JUNK, collapse, fold

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 3, 7, 12, 0, tzinfo=LOCAL_TZ)
# What a date line looks like, as one pattern: the scan's `DATE_HINTS` must find the same.
DATE_HINT = re.compile(
    r"\d{1,2}\s*[/.\-]\s*(?:\d{1,2}|[ivx]{1,4})\s*[/.\-]\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|th[áa]ng|thg\s?\d|th\d"
    r"|\d(?-i:st|nd|rd|th)?(?:,\s*\d{4}|\s+(?-i:[A-Z][a-z]{2,8})\.?,?\s+\d{4})"
    r"|\d(?-i:st|nd|rd|th)\s+\d{4}"
    r"|\d{1,2}\s\d{4}\s\d{1,2}:\d{2}"
    r"|\d{1,2}\s\d{4},\s\d{1,2}:\d{2}"
    r"|\d{1,2}\s+[\u1780-\u17ff]{2,12}\s+\d{4}"
    r"|(?-i:\d{1,2}(?:er)?\.?\s+(?:de\s+)?[^\W\d_A-Z]{3,10}\.?,?\s+(?:de\s+)?\d{4})"
    r"|(?-i:\d\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|h|p|min(?:ute)?s?|hours?|hrs?|days?"
    r"|weeks?)\s+(?:trước|ago)|[HhVv](?:ôm\s+(?:qua|kia|nay)\s*(?:,|lúc)?\s*\d|ừa\s+xong))",
    re.I,
)
# The labels of tag boxes and sections, as one case-blind pattern each.
BOX_LABEL = {
    TAG_LABEL: re.compile(
        r"từ\s+kh(?:óa|oá)|chủ\s+đề|nhãn|thẻ|tag|keyword|mots?[\s-]*cl[ée]|etiquetas|теги|タグ"
        r"|[关關](?:键|鍵)(?:词|詞)|[标標](?:签|籤)|태그|ស្លាក|lưu\s+trong",
        re.I,
    ),
    SECTION_LABEL: re.compile(
        r"chuyên\s+mục|danh\s+mục|phân\s+mục|thể\s+loại|tuyển\s+tập|category|categories\s*:",
        re.I,
    ),
}
# The class-word patterns `named` is asked about, each searched in one scan of the page's values.
CLASS_WORDS = (LEAD_CLASS, AUTHOR_CLASS, EYE_ICON, TAG_BOX, TRAIL_CLASS, SECTION_CLASS)
PAGES = sorted(FIXTURES.glob("**/page.html"))
SCAN_PAGE = """<html><body><header><span>Thứ Bảy, 7/3/2026</span></header>
<div class="meta"><span>THÁNG</span><span>thÁng ba</span><span>Tháng</span><em>thang</em></div>
<p>VİEW <b>vıew</b></p><p>ĐỌC</p><p>Lượt xEm</p><p>7 /</p><p>3/2026</p><p>2026-3-7</p>
<p>ngày 07 - 03 - 26 <i>x</i> tail 1/2/2026</p><p>3 THG 2</p><p>Th02</p><p>March 3, 2026</p>
<p>3rd February 2026</p><p>3 february 2026</p><div>no hint: 7/3, th ang, vie w</div>
<i class="x fa-eye"></i><i id="icon-views"></i><i class="eye-catcher"></i>
</body></html>"""


def _page(path: Path) -> Page:
    """The page as the extractor gets it: decoded in its declared charset, recomposed."""
    return Page(decode_html(path.read_bytes()), "https://example.vn/a", NOW)


TEXT_NODES = XPath("//text()[contains(., $text)]")


def _holding(page: Page, text: str) -> set:
    """The elements whose text, or whose child's tail, holds `text`: every text node searched."""
    return {
        node.getparent().getparent() if node.is_tail else node.getparent()
        for node in TEXT_NODES(page.root, text=text)
    }


def _by_search(page: Page, *patterns: re.Pattern[str]) -> list:
    return [entry for entry in own_texts(page) if any(p.search(entry[1]) for p in patterns)]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.parent.relative_to(FIXTURES)))
def test_scans_find_what_each_element_search_finds(path: Path) -> None:
    page = _page(path)
    assert own_texts_with(page, DATE_HINTS) == _by_search(page, DATE_HINT)
    labelled = own_texts_with(page, LABEL_WORDS, EYE_ICON)
    assert labelled == [
        (el, own)
        for el, own in own_texts(page)
        if LABEL_WORD.search(own) or EYE_ICON.search(classes(el))
    ]
    for label, pattern in BOX_LABEL.items():
        assert own_texts_with(page, (BOX_LABEL_WORDS[label],)) == _by_search(page, pattern)
    body = page.root.find("body")
    for pattern in (*CLASS_WORDS, ZONE_WORDS):
        assert named(page, pattern) == [
            el
            for el in (body.iter() if body is not None else ())
            if isinstance(el.tag, str) and pattern.search(classes(el))
        ]
    for text in ["2026", "/", ":", " ", *(own.strip()[:16] for _, own in own_texts(page)[:40])]:
        if text:
            assert set(_printing(page, text)) == _holding(page, text)


def test_scans_on_every_spelling() -> None:
    page = Page(SCAN_PAGE, "https://example.vn/a", NOW)
    dated = [own for _, own in own_texts_with(page, DATE_HINTS)]
    assert dated == [
        "Thứ Bảy, 7/3/2026",
        "THÁNG",
        "thÁng ba",
        "Tháng",
        "thang",
        "2026-3-7",
        "ngày 07 - 03 - 26  tail 1/2/2026",
        "3 THG 2",
        "Th02",
        "March 3, 2026",
        "3rd February 2026",
        "3 february 2026",
    ]
    assert dated == [own for _, own in _by_search(page, DATE_HINT)]
    labelled = [(el.tag, own) for el, own in own_texts_with(page, LABEL_WORDS, EYE_ICON)]
    assert labelled == [
        ("p", "VİEW "),
        ("b", "vıew"),
        ("p", "ĐỌC"),
        ("p", "Lượt xEm"),
        ("i", ""),
        ("i", ""),
    ]
    assert [el.get("class") or el.get("id") for el in named(page, EYE_ICON)] == [
        "x fa-eye",
        "icon-views",
    ]


def test_class_words_found_in_one_scan_as_in_each_value() -> None:
    assert all(_class_scan(pattern) is not None for pattern in CLASS_WORDS)
    assert _class_scan(ZONE_WORDS) is None  # a look-behind: each value is searched
    values = [
        "lead",
        "x-sapo\n",
        "big\nsummary box",
        "leader",
        "mislead",
        "tom-tat_2",
        "intro-",
        "introtext",
        "intros",
        "SAPO",
        "a\nb",
        "x",
    ]
    markup = "".join(f'<p class="{value}">{i}</p>' for i, value in enumerate(values))
    page = Page(f"<html><body>{markup}</body></html>", "https://example.vn/a", NOW)
    found = [el.get("class") for el in named(page, LEAD_CLASS)]
    assert found == [
        "lead",
        "x-sapo\n",
        "big\nsummary box",
        "tom-tat_2",
        "intro-",
        "introtext",
        "SAPO",
    ]
    assert found == [value for value in values if LEAD_CLASS.search(value)]


def test_one_scan_finds_each_word_where_it_starts() -> None:
    scan = text_scan("[tT][aA][gG]", "[xX][eE][mM]", "[\\dĐđ][ọỌ]")
    text = "TAG xem 12ọ Đọc tAx XEMx đ"
    assert [(m.start(), m.group()) for m in scan.finditer(text)] == [
        (0, "TAG"),
        (4, "xem"),
        (9, "2ọ"),
        (12, "Đọ"),
        (20, "XEM"),
    ]
    for word in ("tag", "[\\d]+[ọỌ]", "[tT]?[aA]"):
        with pytest.raises(ValueError, match="does not open with one character of a class"):
            text_scan(word)


def test_a_word_found_from_a_later_letter_looks_behind_for_the_ones_before() -> None:
    scan = text_scan(("[tT]", "[ừỪ]\\s+khóa"), "[xX][eE][mM]")
    text = "Từ khóa xem ừ khóa TỪ  khóa"
    assert [(m.start(), m.group()) for m in scan.finditer(text)] == [
        (1, "ừ khóa"),
        (8, "xem"),
        (20, "Ừ  khóa"),
    ]
    # the letters before are looked for in the same element's text only
    markup = "<p>Từ khóa</p><p>t</p><p>ừ khóa</p><p>Xem</p>"
    page = Page(f"<html><body>{markup}</body></html>", "https://example.vn/a", NOW)
    assert [own for _, own in own_texts_with(page, (scan,))] == ["Từ khóa", "Xem"]


def test_a_branch_is_refused_on_its_next_character_before_it_looks_behind() -> None:
    scan = text_scan(("[tT]", "[ừỪ]\\s+khóa"), ("[vV][iI][eE]", "[wW]"), "[xX][eE][mM]")
    assert scan.pattern == (
        "[ừỪwWxX](?:\\s(?<=[tT][ừỪ]\\s)\\s*khóa|(?<=[vV][iI][eE][wW])|[eE](?<=[xX][eE])[mM])"
    )
    text = "Từ  khóa ừ khóa view xem Xe tx VIEW từkhóa"
    assert [(m.start(), m.group()) for m in scan.finditer(text)] == [
        (1, "ừ  khóa"),
        (19, "w"),
        (21, "xem"),
        (34, "W"),
    ]
    # one word alone has no branches: its look-behind stays first
    assert text_scan(("[Nn]gư", "[ờ]i\\s+đăng")).pattern == "[ờ](?:(?<=[Nn]gư[ờ])i\\s+đăng)"


# The letters a Vietnamese page prints most (`n h i t g c` are more than a fifth of its
# characters, `o` and `d` next): `re` starts a match at each one a scan opens on.
FREQUENT_LETTERS = frozenset("nhitgcodNHITGCOD")


def test_the_label_and_day_scans_open_on_letters_a_vietnamese_page_rarely_prints() -> None:
    scans = (LABEL_WORDS[0], BOX_LABEL_WORDS[TAG_LABEL], DATE_HINTS[2])
    for scan in scans:
        opening = re.match(r"\[([^\]]+)\]", scan.pattern)
        assert opening is not None
        assert not FREQUENT_LETTERS & set(opening.group(1)), scan.pattern
    page = Page(
        "<html><body><p>Hits: 5</p><p>reads 7</p><p>Lecturas: 9</p><p>Vu en 3 fois</p>"
        "<p>Tags: a</p><p>Mots-clés : b</p><p>Etiquetas: c</p><p>hit tg lectura</p>"
        "<p>Hôm qua, 08:30</p><p>vừa xong</p><p>hôm nay</p></body></html>",
        "https://example.vn/a",
        NOW,
    )
    assert [own for _, own in own_texts_with(page, scans)] == [
        "Hits: 5",
        "reads 7",
        "Lecturas: 9",
        "Vu en 3 fois",
        "Tags: a",
        "Mots-clés : b",
        "Etiquetas: c",
        "Hôm qua, 08:30",
        "vừa xong",
    ]


@pytest.mark.parametrize(
    ("source", "needed"),
    [
        ("\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]", "年년"),  # the fewest of two sets of two
        ("(?:👁️?|👀)", "👁👀"),  # one of each branch
        ("x?(?:ab)*c+", "c"),  # what may be left out names nothing
        ("[^q]r(?>s)", "r"),
        ("[bB](?<=[bB])(?i:y)", "bB"),  # nor does a case-blind part, nor a look-around
        ("\\d+[a-z]", None),
        ("(?i)abc", None),
        ("ab|\\w", None),  # a branch needing none
    ],
)
def test_a_pattern_names_the_characters_each_match_holds(source: str, needed: str | None) -> None:
    found = required_characters(re.compile(source))
    assert found == (frozenset(needed) if needed is not None else None)


def test_a_scan_for_characters_the_page_lacks_finds_nothing() -> None:
    markup = "<p>Ngày 5 tháng 3 năm 2026</p><p>2026 年 3 月</p><p>👁 120</p>"
    page = Page(f"<html><body>{markup}</body></html>", "https://example.vn/a", NOW)
    scans = (re.compile("\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]"), re.compile("(?:👁️?|👀)"))
    assert [own for _, own in own_texts_with(page, scans)] == ["2026 年 3 月", "👁 120"]
    page = Page("<html><body><p>Ngày 5 tháng 3</p></body></html>", "https://example.vn/a", NOW)
    assert own_texts_with(page, scans) == []


@pytest.mark.parametrize(
    ("source", "variants"),
    [
        (
            "[ôừ](?:m\\s+qua|a\\s+xong)",
            {"ô": "ô(?:m\\s+qua|a\\s+xong)", "ừ": "ừ(?:m\\s+qua|a\\s+xong)"},
        ),
        ("[:\\]]x", {":": ":x", "]": "\\]x"}),  # each character as a literal of its own
        ("[abcdefg]x", None),  # too many characters: the class costs less
        ("[a-c]x", None),  # a range, a category or a negated class is not listed
        ("\\dx", None),
        ("[^a]x", None),
        ("[ab]+x", None),  # a repeated class opens no match on one character
        ("[ab]x|y", None),  # nor does one branch's
        ("(?i)[ab]x", None),  # a case-blind letter is not one character
        ("ax", None),  # a character alone is searched for so already
    ],
)
def test_a_pattern_opening_with_a_few_characters_is_searched_for_each(
    source: str, variants: dict[str, str] | None
) -> None:
    found = patterns.by_opening_character(re.compile(source))
    assert found is None if variants is None else found is not None
    if found is not None:
        assert {character: scan.pattern for character, scan in found.items()} == variants


def test_a_scan_opening_with_a_few_characters_is_run_for_those_the_page_holds() -> None:
    scan = re.compile("[ôừỪ](?:(?<=[Hh]ô)m\\s+qua|(?<=[Vv]ừ)a\\s+xong)")
    page = Page(
        "<html><body><p>Hôm qua</p><p>ôm qua</p><p>vừa xong</p><p>hôm nay</p></body></html>",
        "https://example.vn/a",
        NOW,
    )
    joined = zones._joined_own_texts(page)[0]
    assert [s.pattern[0] for s in zones._scans(scan, joined)] == ["ô", "ừ"]  # no `Ừ` printed
    assert [own for _, own in own_texts_with(page, (scan,))] == ["Hôm qua", "vừa xong"]


def test_collapse_is_the_whitespace_regex() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = "".join(re.findall(r"\s", every))  # one scan of every character, in order
    assert spaces == "".join(c for c in every if c.isspace())
    for text in ("", " ", "  a \u00a0 b\u2003\n", "\u3000x\ty\u200bz ", f"{spaces}a{spaces}b"):
        assert collapse(text) == re.sub(r"\s+", " ", text).strip()


def test_stylesheets_are_parsed_for_pictures_only_when_they_name_the_id() -> None:
    style = (
        "#banner-7{background:#fff url('/img/nen.png')} .khung{color:red}"
        '#hinh-2 > .anh{background-image: url("/img/cau-moi.jpg")}'
    )
    page = Page(
        f"<html><head><style>{style}</style></head><body><div id='hinh-2'></div></body></html>",
        "https://example.vn/tin/a.html",
        NOW,
    )
    assert page.painted("khung") is None
    assert page.painted(None) is None
    assert "painted_by_id" not in vars(page)  # no id the sheets name was asked for yet
    assert page.painted("hinh-2") == "https://example.vn/img/cau-moi.jpg"
    assert page.painted("banner-7") == "https://example.vn/img/nen.png"
    assert page.painted("hinh") is None


# A rule for one class alone read as a pattern reads it, rule by rule: what the search for the
# property names first must find.
ONE_CLASS_RULE = re.compile(r"\}\s*([a-zA-Z]\w*)?\.([\w-]+)\s*\{([^{}]*)(?=\})")


def _class_styles_rule_by_rule(root: object) -> dict[tuple[str, str], tuple[str, ...]]:
    styles: dict[tuple[str, str], tuple[str, ...]] = {}
    for sheet in root.iter("style"):
        for tag, name, body in ONE_CLASS_RULE.findall("}" + (sheet.text or "")):
            if "font-" not in body and "text-align" not in body:
                continue
            marks = [
                mark
                for pattern, mark in (
                    (page_module.CLASS_BOLD, "font-weight:bold"),
                    (page_module.CLASS_ITALIC, "font-style:italic"),
                )
                if pattern.search(body)
            ]
            if aligned := page_module.CLASS_ALIGN.search(body):
                marks.append(f"text-align:{aligned.group(1).lower()}")
            if marks:
                styles[tag.lower(), name] = styles.get((tag.lower(), name), ()) + tuple(marks)
    return styles


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.parent.relative_to(FIXTURES)))
def test_class_styles_found_from_their_property_names_as_read_rule_by_rule(path: Path) -> None:
    root = page_module._parsed(decode_html(path.read_bytes()).encode("utf-8"))
    found = page_module._class_styles(root)
    assert list(found.items()) == list(_class_styles_rule_by_rule(root).items())


def test_class_styles_are_read_from_rules_for_one_class_alone() -> None:
    sheet = (
        ".has-text-align-right{text-align:right}"  # a property's name in the selector
        " p.c1 {FONT-WEIGHT: 700; font-size:9pt}.c2{Font-Style:italic;font-size:2px}"
        ".a .b{font-weight:bold}.c3,.c4{font-style:italic}"  # a descendant's, a group's
        "@media print{.c5{font-weight:bold}}"  # nested in a block
        ".c6{color:red;text-align:center;font-weight:600}.c6{font-style:italic}"
        ".c7{font-ſtyle:italic;font-size:1px}"  # no property in CSS's ASCII letters
        ".c8{text-align:right"  # never closed
    )
    root = page_module._parsed(
        f"<html><head><style>{sheet}</style></head><body>x</body></html>".encode()
    )
    assert page_module._class_styles(root) == {
        ("", "has-text-align-right"): ("text-align:right",),
        ("p", "c1"): ("font-weight:bold",),
        ("", "c2"): ("font-style:italic",),
        ("", "c6"): ("font-weight:bold", "text-align:center", "font-style:italic"),
    }


def test_a_long_text_is_measured_and_cut_from_its_start() -> None:
    words = " ".join(f"chữ{i}" for i in range(400))
    indented = "\n" + " " * 500 + "Dòng \n  ngắn"
    page = Page(
        f"<html><body><p>{words}</p><div>{indented}<span> thêm </span>{' ' * 300}</div>"
        "</body></html>",
        "https://example.vn/a",
        NOW,
    )
    prose, line = page.root.find(".//p"), page.root.find(".//div")
    assert text_start(prose, 12) == "chữ0 chữ1 ch"
    assert short_text(prose, 60) is None
    assert short_text(prose, len(text_of(prose))) == text_of(prose)
    assert short_text(line, 20) == "Dòng ngắn thêm"
    assert short_text(line, 13) is None
    assert text_start(line, 12) == "Dòng ngắn th"
    assert text_start(line, 100) == "Dòng ngắn thêm"


def test_a_page_element_s_text_is_read_once_and_a_copy_s_each_time() -> None:
    """A page's tree is never changed, so a text read once answers every later question about
    it (a whole text, a short one, its start); a copy may be cut, so its texts are read anew."""
    page = Page(
        "<html><body><div id='hop'><p>Cầu mới</p><p>thông xe sáng nay</p></div></body></html>",
        "https://example.vn/a",
        NOW,
    )
    box = page.root.find(".//div")
    assert short_text(box, 40) == "Cầu mới thông xe sáng nay"
    assert text_of(box) == "Cầu mới thông xe sáng nay"
    assert short_text(box, 10) is None
    assert text_start(box, 7) == "Cầu mới"
    copied = TreeCopy(box)
    assert text_of(copied.root) == "Cầu mới thông xe sáng nay"
    copied.root.remove(copied.root[0])
    assert text_of(copied.root) == "thông xe sáng nay"
    assert short_text(copied.root, 40) == "thông xe sáng nay"
    assert text_of(box) == "Cầu mới thông xe sáng nay"


def test_a_page_without_hidden_elements_is_read_without_asking_each_element() -> None:
    """On a page where no element carries `hidden` text is read without the check; a page with
    one still leaves it out, in a whole text, a short one and its start, and in a copy."""
    markup = "<html><body><div><p>Lũ rút dần</p>{}<p>ở miền Trung</p></div></body></html>"
    plain = Page(markup.format(""), "https://example.vn/a", NOW)
    assert _TEXTS[plain.root].hidden is False
    assert text_of(plain.root.find(".//div")) == "Lũ rút dần ở miền Trung"
    page = Page(markup.format("<p HIDDEN>Mục lục</p>"), "https://example.vn/b", NOW)
    assert _TEXTS[page.root].hidden is True
    box = page.root.find(".//div")
    assert text_start(box, 10) == "Lũ rút dần"
    assert short_text(box, 40) == "Lũ rút dần ở miền Trung"
    assert text_of(box) == "Lũ rút dần ở miền Trung"
    assert text_of(TreeCopy(box).root) == "Lũ rút dần ở miền Trung"


def test_whether_a_page_holds_hidden_elements_is_told_by_its_index() -> None:
    """The tree is not walked for `hidden`: the index the page is parsed with, which lists
    every attribute, tells it. A page whose tree a fix-up changed (a toggled block shown) has
    its index built again when first asked; a tree read before that is asked directly."""
    markup = "<html><body><div><p>Lũ rút dần</p>{}</div></body></html>"
    teaser = "Giải chạy bộ thu hút 6.420 vận động viên đến"
    toggled = (
        f"<html><body><div><p>{teaser}…</p><div class='full hidden'><p>{teaser} từ 30 tỉnh"
        " thành.</p></div>{}</div></body></html>"
    )
    for hidden, extra in ((False, ""), (True, "<p hidden>Mục lục</p>")):
        page = Page(markup.format(extra), "https://example.vn/a", NOW)
        assert page._index is not None
        assert _TEXTS[page.root]._hidden is hidden
        changed = Page(toggled.replace("{}", extra), "https://example.vn/b", NOW)
        texts = _TEXTS[changed.root]
        assert changed._index is None
        assert texts._hidden is None
        assert text_of(changed.root.find(".//body/div")) == f"{teaser} từ 30 tỉnh thành."
        assert texts._hidden is hidden
        assert changed.root.find(".//body/div/div").get("class") == "full"


def test_toggled_blocks_are_found_by_their_class_word_as_xpath_splits_it() -> None:
    """The blocks a toggle shows are found among the index's class values, split where XPath's
    `normalize-space` splits (a tab or a new line between words; not a no-break space), in
    document order; an element an earlier fix-up removed is not among them."""
    root = page_module._parsed(
        b"<html><body><div class='a\thidden' id='1'></div><p class='hidden\nb' id='2'></p>"
        b"<span class='hidden\xc2\xa0c' id='3'></span><div class='unhidden' id='4'></div>"
        b"<div class='hidden' id='5'><i class='hidden' id='6'></i></div></body></html>"
    )
    index = page_module._TreeIndex(root)
    gone = root.find(".//i")
    gone.getparent().remove(gone)
    found = page_module._toggled_blocks(root, index)
    assert [el.get("id") for el in found] == ["1", "2", "5"]


def test_a_masthead_block_is_weighed_once_for_all_its_date_lines() -> None:
    """Two date lines in the site's masthead block are the site's stamps; the block's lines are
    read once for both."""
    page = Page(
        "<html><body><article><h1>Cầu mới thông xe trước Tết</h1>"
        "<p>Thứ Năm, 04/12/2025 08:00</p><p>Cây cầu nối hai bờ sông đã thông xe sáng nay.</p>"
        "</article><div><p>Tổng Biên tập: Trần Văn An</p><p>Giấy phép số 12/GP-BTTTT</p>"
        "<p>Cập nhật lúc 09:30 05/12/2025</p><p>Phát hành 05/12/2025 10:00</p></div>"
        "</body></html>",
        "https://example.vn/tin/cau-moi.html",
        NOW,
    )
    assert [v.raw for v in visible_dates(page)] == ["Thứ Năm, 04/12/2025 08:00"]
    masthead = page.root.find(".//body/div")
    assert page.memo["masthead_blocks"] == {masthead: True}


def test_stylesheets_are_looked_up_only_for_an_empty_block_with_an_id() -> None:
    style = "#tin-chinh{background:url(/img/nen.png)} #hinh-5{background-image:url('/img/cau.jpg')}"
    shown = "<div id='tin-chinh'><p>Cầu mới thông xe.</p></div><div id='hinh-5'> </div>"
    page = Page(
        f"<html><head><style>{style}</style></head><body>{shown}</body></html>",
        "https://example.vn/tin/a.html",
        NOW,
    )
    text = page.root.find(".//div")
    _show_painted_pictures(text, page)
    assert text.find(".//img") is None
    assert "painted_by_id" not in vars(page)  # a block holding text is never looked up
    body = page.root.find("body")
    _show_painted_pictures(body, page)
    assert [img.get("src") for img in body.iter("img")] == ["https://example.vn/img/cau.jpg"]


PRINTED_PAGE = """<html><head><title>Tin 07/03/2026 08:47</title>
<script>var t = "07/03/2026 08:47";</script></head><body>07/03/2026 08:47 mở đầu
<div class="meta"><span>07/03/2026</span> 08:47 <b>ngày</b> 07/03/2026 08:47</div>
<p>Lúc 07/03/2026 <i>08:47</i></p><!-- c -->07/03/2026 08:47 sau chú thích
<script>var u = "07/03/2026 08:47";</script><ul><li>07/03/2026 08:47</li></ul>
</body></html>"""


def test_a_printed_time_is_found_in_each_text_node_holding_it() -> None:
    """The publish time is looked for in the head, the body's own texts and its scripts, each
    text node apart: a time whose date and clock are in two nodes is printed in neither."""
    page = Page(PRINTED_PAGE, "https://example.vn/a", NOW)
    printing = _printing(page, "07/03/2026 08:47")
    assert sorted(el.tag for el in printing) == ["body", "div", "li", "script", "script", "title"]
    assert set(printing) == _holding(page, "07/03/2026 08:47")


# The text junk as an alternation of its cases: the pattern opening with one class must remove
# what this removes.
JUNK_CASES = re.compile(
    f"[\u200b\u200c\u2060\ufeff\u00ad\u0300-\u0305\u0307-\u036f]|(?<![^\\W\\d_])\u0306"
    f"|(?<![{_PICTOGRAPH}\ufe0f])\u200d"
    f"|\u200d(?![{_PICTOGRAPH}])"
)


def test_text_junk_opening_with_one_class_removes_what_its_cases_remove() -> None:
    assert TEXT_JUNK.sub("", "a\u200db 👨\u200d👩 ❤\ufe0f\u200d🔥 x\u200d🔥 🔥\u200dy\u200d") == (
        "ab 👨\u200d👩 ❤\ufe0f\u200d🔥 x🔥 🔥y"
    )
    pieces = ["a", "ê", " ", "\u200d", "\u200b", "\u00ad", "\u0301", "\u0306", "\ufe0f", "👨"]
    pieces += ["☀", "©"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert TEXT_JUNK.sub("", text) == JUNK_CASES.sub("", text), repr(text)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.parent.relative_to(FIXTURES)))
def test_a_block_without_a_colon_or_bởi_opens_no_role_line(path: Path) -> None:
    """The byline reads as role lines only the blocks `_holders_of` finds for `LABEL_MARK`: every
    block it
    leaves out, on every fixture page, opens with no role label nor photo credit."""
    page = _page(path)
    marked = _holders_of(page, LABEL_MARK)
    body = page.root.find("body")
    for el in body.iter(*ROLE_LINE_TAGS) if body is not None else ():
        if el not in marked:
            start = text_start(el, ROLE_LABEL)
            assert not ROLE_LINE.match(start) and not PHOTO_FIRST.match(start), start


def test_role_lines_are_read_only_in_blocks_holding_a_colon_or_bởi() -> None:
    page = Page(
        "<html><body><div><p>Cầu mới nối hai bờ sông đã thông xe sáng nay.</p>"
        "<div><p>Người dân vui mừng</p><p><span>Viết</span> <b>bởi</b> Trần An</p></div>"
        "</div></body></html>",
        "https://example.vn/a",
        NOW,
    )
    bold = page.root.find(".//b")
    assert _holders_of(page, LABEL_MARK) == {bold, *bold.iterancestors()}
    assert _from_role_lines(page) == "Viết bởi Trần An"


def _characters_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The characters of the parts each text read collects (`parsers.page._collect`)."""
    read: list[int] = []
    collect, depth = page_module._collect, [0]

    def counted(el, add, hidden=True) -> None:
        def adding(part: str) -> None:
            read.append(len(part))
            add(part)

        depth[0] += 1
        try:
            collect(el, adding if depth[0] == 1 else add, hidden)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(page_module, "_collect", counted)
    return read


def test_the_blocks_around_a_control_or_a_poll_are_read_only_as_far_as_their_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A control, a poll and a consent notice are weighed against the blocks above them by the
    length of their text: a long text around them (the article) is read no further than that."""
    text = "<p>Cây cầu mới nối hai bờ sông đã thông xe sáng nay.</p>" * 40
    root = Page(
        f"<html><body><div id='bai'>{text}<div><button>Chia sẻ</button></div>"
        "<div><p>Bạn thấy thế nào?</p><input type='radio'>Hay<input type='radio'>Dở</div>"
        "<div><p>Nội dung từ trang khác chỉ hiện khi bạn đồng ý (privacy).</p>"
        f"<input type='checkbox'></div>{text}</div></body></html>",
        "https://example.vn/a",
        NOW,
    ).root
    copied = TreeCopy(root).root
    read = _characters_read(monkeypatch)
    _drop_consent_boxes(copied)
    drop_widgets(copied)
    drop_polls(copied)
    assert sum(read) < 3000  # (the article's text: 4,000 characters, read four times before)
    assert [el.tag for el in copied.find(".//div")] == ["p"] * 80  # the three boxes dropped


def test_the_text_typed_in_divs_is_counted_only_when_the_furniture_holds_half_the_prose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[str] = []
    monkeypatch.setattr(
        container, "prose", lambda el, tag="p": counted.append(tag) or zones_prose(el, tag)
    )
    text = "<p>" + "Cây cầu mới nối hai bờ sông đã thông xe sáng nay. " * 4 + "</p>"
    page = Page(
        f"<html><body><article>{text * 3}</article><aside>{text}</aside></body></html>",
        "https://example.vn/a",
        NOW,
    )
    assert "<aside>" not in _without_furniture(page)
    assert counted == []
    page = Page(
        f"<html><body><article>{text}</article><aside>{text}</aside><nav>{text}</nav>"
        "</body></html>",
        "https://example.vn/b",
        NOW,
    )
    assert "<aside>" in _without_furniture(page)
    assert counted == ["div"]


def test_a_slogan_is_looked_for_only_before_the_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the lines before the headline are folded, and no blank one (the indentation)."""
    folded: list[str] = []
    monkeypatch.setattr(generic, "fold", lambda s: folded.append(s) or fold(s))
    page = Page(
        "<html><body>\n <header>\n  <p>Tin nhanh miền núi</p>\n </header>\n <article>"
        "<h1>Cầu mới thông xe trước Tết</h1><p>Tin nhanh miền núi</p>"
        "<p>Người dân vùng cao đã có cây cầu mới.</p></article></body></html>",
        "https://example.vn/a",
        NOW,
    )
    assert _slogan_over_headline(page, "Tin nhanh miền núi")
    folded.clear()
    assert not _slogan_over_headline(page, "Người dân vùng cao đã có cây cầu mới.")
    at = position(page, page.root.find(".//h1"))
    before = [own for el, own in own_texts(page) if position(page, el) < at]
    assert len(before) == 4
    assert [own for own in before if own.strip()] == ["Tin nhanh miền núi"]
    assert folded == ["Người dân vùng cao đã có cây cầu mới.", "Tin nhanh miền núi"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.parent.relative_to(FIXTURES)))
def test_title_classed_elements_are_found_from_the_page_s_values(path: Path) -> None:
    """The elements classed as a title, found from the page's distinct class and id values, are
    those a search of each element's `classes` finds, in document order."""
    page = _page(path)
    each = [el for el in page.root.iter() if TITLE_CLASS.search(classes(el))]
    assert _title_classed(page) == each


def test_an_id_s_spaces_join_its_words_as_title_classed_reads_them() -> None:
    """`Tieu de` as an id reads as `Tieu-de`, a title's class; a class and an id are not read as
    one word across the space between them."""
    page = Page(
        "<html><body><h2 id='Tieu de'>Cầu mới thông xe</h2><h2 class='tieu' id='de'>Tin khác</h2>"
        "<p class='x' id='post headline'>Người dân vui mừng</p><div class='box-label'>Ghi chú</div>"
        "</body></html>",
        "https://example.vn/a",
        NOW,
    )
    assert [text_of(el) for el in _title_classed(page)] == [
        "Cầu mới thông xe",
        "Người dân vui mừng",
        "Ghi chú",
    ]


def test_values_lowered_case_blind_are_what_re_matches_case_blind() -> None:
    """Each character `re` matches case-blind with an ASCII letter is lowered to that letter, and
    no other character is."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = "abcdefghijklmnopqrstuvwxyz"
    matched = {
        c: {x for x in letters if re.fullmatch(x, c, re.I)}
        for c in re.findall("[a-z]", every, re.I)
    }
    lowered = {c: {c.translate(CASE_BLIND)} for c in every if c.translate(CASE_BLIND) in letters}
    assert matched == lowered
    assert len(every.translate(CASE_BLIND)) == len(every)


def test_class_words_in_any_case_are_found_as_each_value_s_search_finds_them() -> None:
    """A case-blind class word is found in a value in capitals or spelt with the letters `re`
    takes for its own (the long s, the Kelvin sign, the dotted capital and the dotless i)."""
    values = [
        "ſummary",
        "İNTRO",
        "ıntro",
        "x-\u212aeywords",
        "TAG-LIST",
        "Lead_in",
        "le\u212ad",
        "sapø",
    ]
    markup = "".join(f'<p class="{value}" id="{value} x">{i}</p>' for i, value in enumerate(values))
    page = Page(f"<html><body>{markup}</body></html>", "https://example.vn/a", NOW)
    for pattern in CLASS_WORDS:
        found = [el.get("class") for el in named(page, pattern)]
        assert found == [value for value in values if pattern.search(value)]
    assert [el.get("class") for el in named(page, LEAD_CLASS)] == [
        "ſummary",
        "İNTRO",
        "ıntro",
        "Lead_in",
    ]
    assert [el.get("class") for el in named(page, TAG_BOX)] == ["x-\u212aeywords", "TAG-LIST"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.parent.relative_to(FIXTURES)))
def test_no_element_left_out_of_the_author_label_lines_opens_with_one(path: Path) -> None:
    """Every element whose text opens with an author's label (`By Jane Roe`, `Autor: …`, a `by`
    alone) is among those `_holders_of` finds for `LABEL_START`."""
    page = _page(path)
    led = _holders_of(page, LABEL_START)
    for el, _ in own_texts(page):
        text = short_text(el, 400)
        if text and (re.match(AUTHOR_LABEL, text) or re.fullmatch(BY_WORD, text)):
            assert el in led, text


def test_author_labels_are_looked_for_only_where_a_text_can_open_with_one() -> None:
    """A label's word at a text's start or after a space marks its element and those around it;
    the same letters inside a word (`Abby`, `Report`) mark none."""
    page = Page(
        "<html><body><div class='meta'><span>By</span> <a>Jane Roe</a></div>"
        "<p>Abby Road and a Report</p><ul><li>\n  Von Max Beispiel</li></ul>"
        "<p><b>Photo</b>AUTOR: Lê Hoa</p></body></html>",
        "https://example.com/a",
        NOW,
    )
    led = _holders_of(page, LABEL_START)
    assert sorted(el.tag for el in led) == ["body", "div", "html", "li", "p", "span", "ul"]
    assert page.root.find(".//p") not in led


def test_zone_words_searched_once_a_class_list() -> None:
    """Elements bearing the same class list are tested for zone words by one search of it."""
    page = Page(
        '<html><body><div class="dt-mt-2 box-news"><p><a href="/1.html">Một</a></p></div>'
        '<div class="dt-mt-2 box-news"><p><a href="/2.html">Hai</a></p></div>'
        '<div class="entry"><p>Ba</p></div></body></html>',
        "https://example.vn/a.html",
        datetime(2025, 1, 1, tzinfo=LOCAL_TZ),
    )
    _names_zone.cache_clear()
    assert [is_zone(div) for div in page.root.iter("div")] == [True, True, False]
    assert _names_zone.cache_info()[:2] == (1, 2)  # hits, misses


def test_furniture_words_read_once_a_class_name() -> None:
    """Two class lists sharing a name: the lists are read once each, their shared name once."""
    page = Page(
        '<html><body><div class="story-header promo-box"><p>A</p></div>'
        '<div class="story-header col-8"><p>B</p></div></body></html>',
        "https://example.com/a",
        datetime(2025, 1, 1, tzinfo=LOCAL_TZ),
    )
    _names_furniture.cache_clear()
    _name_furniture.cache_clear()
    assert [is_furniture(div) for div in page.root.iter("div")] == [True, False]
    assert _names_furniture.cache_info()[:2] == (0, 2)  # hits, misses
    assert _name_furniture.cache_info()[:2] == (1, 3)  # `story-header` read once


def test_a_bar_s_addresses_are_read_only_for_links_over_the_headline_classed_as_a_section(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The links over the headline are weighed as the section's by their address only when
    they are classed as a section: the folder of a home, menu or text link is never read."""
    asked: list[str] = []
    folder = generic._paper_folder
    monkeypatch.setattr(
        generic, "_paper_folder", lambda page, href: asked.append(href) or folder(page, href)
    )
    page = Page(
        "<html><body><div class='bar'><a class='home' href='/'>Trang chủ</a>"
        "<a class='menu-item' href='/tin-moi/'>Tin mới</a>"
        "<a class='emag-section' href='/the-thao/'>Thể thao</a></div>"
        "<h1>Đội tuyển giành chiến thắng trong trận chung kết đầy kịch tính</h1>"
        "<p>Đội tuyển đã giành chiến thắng sau chín mươi phút thi đấu đầy kịch tính.</p>"
        "<p><a class='emag-section' href='/xa-hoi/'>Xã hội</a></p>"
        "</body></html>",
        "https://example.vn/bai-2.html",
        NOW,
    )
    assert generic._section_in_top_bar(page) == "Thể thao"
    assert asked == ["/the-thao/"]


def test_an_address_is_joined_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fields ask for the same links again: each address is joined to the page's once."""
    joined: list[str] = []
    join = page_module.urljoin
    monkeypatch.setattr(
        page_module, "urljoin", lambda base, href: joined.append(href) or join(base, href)
    )
    page = Page(
        "<html><head><base href='/tin/'></head><body><p>Một</p></body></html>",
        "https://example.vn/a.html",
        NOW,
    )
    assert [page.absolute(href) for href in ("b.html", " b.html", "b.html", "/c")] == [
        "https://example.vn/tin/b.html",
        "https://example.vn/tin/b.html",
        "https://example.vn/tin/b.html",
        "https://example.vn/c",
    ]
    assert joined == ["/tin/", "b.html", "b.html", "/c"]  # the base, then each address once


class _Counted:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searched += 1
        return self.pattern.search(text)


def test_the_links_are_searched_for_the_software_only_when_an_address_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a forum's software writes the page's dates month first: its credit link is
    looked for among the links only when one address of the page names the software."""
    counted = _Counted(generic_dates.MONTH_FIRST_SOFTWARE)
    monkeypatch.setattr(generic_dates, "MONTH_FIRST_SOFTWARE", counted)
    links = "".join(f"<a href='/thread/{n}'>Thread {n}</a>" for n in range(5))
    page = Page(f"<html lang='en'><body>{links}</body></html>", "https://example.com/t", NOW)
    assert generic_dates.month_first(page) is False
    assert counted.searched == 2  # the generator's name, then every address at once
    credit = "<a href='https://www.vbulletin.com/'>Powered by vBulletin</a>"
    page = Page(
        f"<html lang='en'><body>{links}{credit}</body></html>", "https://example.com/u", NOW
    )
    assert generic_dates.month_first(page) is True
