"""Text normalisation for Vietnamese news text.

Pages mix NFC and NFD, leak zero-width and stray combining characters from spam clones and
editors, and print the same word with both tone-mark placements (`hoà` and `hòa` on one page).
Text is stored as printed (after `clean_text`); `fold` and `canonical_tones` give keys for
matching only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from parsers import patterns
from parsers.vietnamese.fold_table import FOLDED, FOLDS_TO

# Zero-width characters (space, non-joiner, joiner, word joiner, byte order mark): invisible.
ZERO_WIDTH_CHARS = "\u200b-\u200d\u2060\ufeff"
ZERO_WIDTH = patterns.compile(f"[{ZERO_WIDTH_CHARS}]")
# Zero-width characters, the combining grapheme joiner and any combining mark that NFC could not
# attach to a base letter (spam clones insert U+034F/U+033C between letters).
JUNK = patterns.compile(f"[{ZERO_WIDTH_CHARS}\u00ad\u0300-\u036f]")
# Pictographs an emoji sequence joins (the blocks of symbols and emoji), and what may end one of
# its parts before the joiner: a pictograph, its variation selector or a skin tone.
_PICTOGRAPH = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
# JUNK in text, but for the zero-width joiner inside an emoji sequence (👨‍👩‍👧 is one picture
# of a family, made of three joined by two U+200D; without them it shows three people): a joiner
# is junk unless a pictograph (or its selector) is before it and a pictograph after it. A breve
# on a letter is no junk either: the Central Highlands' alphabets (Jrai, Ê Đê, Bahnar) write
# `ơ̆`, `ư̆`, which have no precomposed form, so NFC leaves the breve apart. One class of every
# character it removes opens the pattern, so `re` skips to them, where an alternation tried each
# branch at every character of the text.
TEXT_JUNK = patterns.compile(
    "[\u200b\u200c\u2060\ufeff\u00ad\u0300-\u036f\u200d]"
    "(?<![^\\W\\d_]\u0306)"
    f"(?:(?<!\u200d)|(?<![{_PICTOGRAPH}\ufe0f]\u200d)|(?![{_PICTOGRAPH}]))"
)
_TABLE_END = "\u3000"  # the last code point `_FOLD_TABLE` covers
# Characters that print as blank space though Unicode counts them no space: the Braille blank and
# the Hangul fillers, which social pages type to pad or glue words (`Thu⠀Hà`, `30/10/2027ㅤ21:15`).
BLANK_LOOKALIKES = str.maketrans("\u2800\u3164\uffa0", "   ")
# Tag characters (U+E0000 to U+E007F): invisible, they spell an emoji flag's region or nothing.
TAG_CHARS = patterns.compile("[\U000e0000-\U000e007f]")


_FULL_WIDTH = ("\uff01", "\uff5e")  # `０３／０２` `１４ｈ２０`: ASCII typed with a CJK input method
_FULL_WIDTH_SHIFT = 0xFEE0


def _fold_one(char: str) -> str:
    """One character lowercased without its diacritics, if that is one character, else itself;
    a full-width ASCII form is its ASCII character."""
    if _FULL_WIDTH[0] <= char <= _FULL_WIDTH[1]:
        char = chr(ord(char) - _FULL_WIDTH_SHIFT)
    base = "".join(
        c for c in unicodedata.normalize("NFD", char.lower()) if not unicodedata.combining(c)
    )
    return base if len(base) == 1 else char


_fold_char = functools.lru_cache(maxsize=4096)(_fold_one)  # past the table: rare, repeated


def fold_rule_table() -> str:
    """The `str.translate` table of `fold` for every code point up to U+3000, built from the
    rule (`_fold_one`, đ → d), as `parsers/vietnamese/fold_table.py` holds it written out.

    One char for one char keeps the length, so regex spans found on a folded copy index the
    original text too; NBSP and other odd spaces become plain spaces for the same reason.
    """
    chars = [chr(code) for code in range(ord(_TABLE_END) + 1)]
    table = chars.copy()
    # Only letters with a decomposition or a lower case fold to another character (found with
    # `map`, a third quicker than asking char by char).
    decompositions = map(unicodedata.decomposition, chars)
    for code, (char, decomposition, lower) in enumerate(
        zip(chars, decompositions, map(str.lower, chars), strict=True)
    ):
        if decomposition or lower != char:
            table[code] = _fold_one(char)
    for char in "đĐÐ":
        table[ord(char)] = "d"
    for code in (0xA0, 0x2007, 0x2009, 0x200A, 0x202F, 0x3000):
        table[code] = " "
    return "".join(table)


def _written_table() -> str:
    """The table from the characters `fold_table.py` lists: 1.5 ms at every start, where
    building it from the rule takes 9. A str indexed by code point translates about twice as
    fast as a dict."""
    table = list(map(chr, range(ord(_TABLE_END) + 1)))
    for char, folded in zip(FOLDED, FOLDS_TO, strict=True):
        table[ord(char)] = folded
    return "".join(table)


_FOLD_TABLE: str = _written_table()


def write_fold_table() -> None:
    """Write `parsers/vietnamese/fold_table.py` from the rule (`python -m
    parsers.vietnamese.text`), after changing the rule or Python's Unicode version."""
    from pathlib import Path

    table = fold_rule_table()
    changed = [(chr(code), char) for code, char in enumerate(table) if char != chr(code)]
    source = f'''"""The characters up to U+3000 that `fold` changes, and what each becomes.

Written by `python -m parsers.vietnamese.text` from `fold_rule_table` with Unicode
{unicodedata.unidata_version}; do not edit by hand. tests/test_text.py checks it against the rule.
"""

FOLDED = (
{_literal("".join(char for char, _ in changed))}
)
FOLDS_TO = (
{_literal("".join(folded for _, folded in changed))}
)
'''
    Path(__file__).with_name("fold_table.py").write_text(source, encoding="utf-8")


def _literal(text: str) -> str:
    """`text` as the lines of a parenthesised ASCII string literal, each under 100 columns."""
    lines, line = [], ""
    for char in text:
        if " " <= char <= "~" and char not in '"\\':
            token = char
        elif ord(char) <= 0xFF:
            token = f"\\x{ord(char):02x}"
        else:
            token = f"\\u{ord(char):04x}"
        if len(line) + len(token) > 90:
            lines.append(f'    "{line}"')
            line = ""
        line += token
    lines.append(f'    "{line}"')
    return "\n".join(lines)


# The combining marks decomposed Vietnamese is written with: the five tones, then the
# circumflex, breve and horn (NFD of `ộ` is o, U+0323, U+0302).
_MARKS = ("\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u0302", "\u0306", "\u031b")
MAX_STRAY_MARKS = 64  # more combining marks than this: the page is decomposed throughout
UTF8_COMBINING = b"\xcc"  # the lead byte of U+0300–U+033F in UTF-8 (never a continuation byte)


def compose(text: str) -> str:
    """A decoded page with its letters in NFC, so every pattern meets `đọc`, not `đo` + U+0323.

    windows-1258 and some editors write tone marks as combining characters. Pages without
    them pass untouched; pages with a few stray ones (`m&ocirc;̣t`) have only the letters around
    them recomposed: NFC over a whole page takes as long as extracting it."""
    if text.isascii():
        return text
    positions = sorted(i for mark in _MARKS if mark in text for i in _find_all(text, mark))
    if not positions:
        return text
    if len(positions) > MAX_STRAY_MARKS:
        return unicodedata.normalize("NFC", text)
    parts, done = [], 0
    for i in positions:
        if i < done:
            continue
        start, end = max(i - 1, done), i + 1
        while start > done and unicodedata.combining(text[start]):
            start -= 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        parts += [text[done:start], unicodedata.normalize("NFC", text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def compose_decoded(text: str, data: bytes, encoding: str) -> str:
    """`compose` for `text` decoded from `data` as `encoding`: UTF-8 bytes without the lead byte
    of a combining mark hold none, so the search for marks is skipped for them."""
    if encoding == "utf-8" and UTF8_COMBINING not in data:
        return text
    return compose(text)


def _find_all(text: str, char: str) -> list[int]:
    found, i = [], text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def clean_text(s: str | None) -> str | None:
    """NFC, drop invisible junk, turn NBSP into spaces, collapse whitespace; empty gives None."""
    if s is None:
        return None
    if "&nbsp;" in s:
        s = s.replace("&nbsp;", " ")
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        s = TEXT_JUNK.sub("", s)
    s = collapse(s)
    return s or None


def unescape(s: str) -> str:
    """`html.unescape`, whose table of 2,000 entities is loaded only for text holding an `&`:
    most pages need none, and loading it costs each `tinbao extract` 1.5 ms."""
    if "&" not in s:
        return s
    from html import unescape as html_unescape

    return html_unescape(s)


def collapse(s: str) -> str:
    """Runs of whitespace as one space, none at either end: `re.sub(r"\\s+", " ", s).strip()`,
    as `str.split` and the regex's `\\s` know the same spaces, but several times as fast."""
    return " ".join(s.split())


# Vietnam's capital letters, in NFC: a place's name in a dateline is written in them.
CAPITALS = "A-ZĐĂÂÊÔƠƯÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# "(BTB) - ", "(Dân trí) - ", "(NLĐO)- ", "(Baonghean.vn) - ", "VNTN - ", "PTO- ", "VOV.VN - ",
# "VTV.vn - " opening a lead, a military region's paper's "QK4 - " (its capitals and the
# region's digit), and a place in capitals, of up to four words ("HUẾ - ", "HÀ NỘI - ",
# "BÌNH DƯƠNG - ", "TP.HCM - ", "TP. HỒ CHÍ MINH - "); a capitalised word needs a space after
# its dash, so "VN-Index tăng…" keeps its first word.
# A news agency's wire stamp, its place, day and month and the agency in brackets, opens the
# lead of its editions in other languages too (`Hanói, 5 dic (VNA) – `, `Hanoi, Dec 5 (VNA) - `):
# the month's name in Latin letters (`Hà Nội, ngày 5 (…) -` opens a Vietnamese sentence).
DATELINE = patterns.compile(
    r"^(?:\([^()]{2,30}\)\s*[-–—:]*\s*|[A-ZĐ]{2,8}\d?(?:\.(?:VN|vn|COM|com))?\s*[-–—]\s+"
    rf"|[{CAPITALS}]{{2,}}(?:(?:\. ?| )[{CAPITALS}]{{2,}}){{0,3}}\s*[-–—]\s+"
    r"|[^\W\d_][^\s,()]*(?:\s[^\W\d_][^\s,()]*){0,3},\s+"
    r"(?:\d{1,2}\.?\s+[A-Za-zéû]{3,9}\.?|[A-Za-zéû]{3,9}\.?\s+\d{1,2})\s+\([^()]{2,30}\)\s*[-–—]\s+)"
)


def strip_dateline(summary: str | None) -> str | None:
    """Remove the `(BTB) - ` style dateline that opens many leads."""
    if not summary:
        return summary
    return DATELINE.sub("", summary, count=1) or None


def fold(s: str) -> str:
    """Lowercase and strip every diacritic, đ → d, so spellings match alike.

    Text is put in NFC first; from then on each character folds to exactly one, so regex spans
    found on the folded copy of NFC text index the text itself (dates and bylines rely on it).
    A line of a page is folded again by each field that reads it: short texts are remembered.
    """
    return _fold_line(s) if len(s) <= MAX_REMEMBERED else _fold(s)


MAX_REMEMBERED = 1000  # characters: paragraphs and lines, not whole bodies


def _fold(s: str) -> str:
    if not s.isascii() and not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    s = s.translate(_FOLD_TABLE)
    # Folded text is mostly ASCII; only the rest can hold a code point past the table. (A
    # regex for those costs more to compile at every start than `max` costs on the few texts.)
    if not s.isascii() and max(s) > _TABLE_END:
        s = "".join(map(_fold_char, s))
    return s


_fold_line = functools.lru_cache(maxsize=1024)(_fold)


@functools.cache
def _tone_shift() -> tuple[re.Pattern[str], dict[str, str]]:
    """Regex and replacements moving a tone from the second to the first vowel of oa/oe/uy,
    built on first use (extraction never needs them).

    The pattern opens with a character class, which lets `re` skip ahead to candidate letters;
    a look-behind for `q` in front of it made every position a full attempt, ten times slower
    (the exact search index runs this over every stored body).
    """
    tones = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
    pairs = {"o": "ae", "O": "AE", "u": "y", "U": "Y"}
    replacements: dict[str, str] = {}
    for first, seconds in pairs.items():
        for second in seconds + seconds.swapcase():
            for tone in tones:
                old = first + unicodedata.normalize("NFC", second + tone)
                replacements[old] = unicodedata.normalize("NFC", first + tone) + second
    letters = "a-zA-Z\u00c0-\u024f\u1e00-\u1eff"
    toned = "".join(sorted({old[1] for old in replacements}))
    # Only at the end of a syllable (`hoàng` is the same in both styles); pairs that are not
    # in the table (`oý`) match too and are left as they are.
    pattern = patterns.compile(f"[{''.join(pairs)}][{toned}](?![{letters}])")
    return pattern, replacements


def canonical_tones(s: str) -> str:
    """Move old-style tones (`hoà`, `thuỷ`) to new-style (`hòa`, `thủy`) for matching."""
    s = unicodedata.normalize("NFC", s)
    pattern, replacements = _tone_shift()

    def shift(match: re.Match[str]) -> str:
        pair, start = match.group(), match.start()
        if start and s[start - 1] in "qQ":
            return pair  # u after q belongs to the consonant: `quý` is already canonical
        return replacements.get(pair, pair)

    return pattern.sub(shift, s)


if __name__ == "__main__":
    write_fold_table()
