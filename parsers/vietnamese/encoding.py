"""Is this text Vietnamese as a reader sees it, or bytes decoded with the wrong charset?

Vietnamese is easy to validate: nearly every sentence carries letters with diacritics (ư, ơ,
đ, ạ, ế…), and each way of misreading it leaves its own marks: UTF-8 read as Latin-1 gives
`Ã`/`Æ°`/`á»` pairs, windows-1258 read as UTF-8 gives U+FFFD, and the legacy font encodings
of old archives show their code points as Latin-1 symbols (TCVN3 `Thªm 38 s¶n phÈm`, VNI
`Vieät Nam`). `reads_as_vietnamese` weighs the letters against those marks; `legacy_encoding`
names a font encoding, and `from_tcvn3` converts TCVN3, whose table is one code per letter.
VNI spreads a letter over two codes that are also ordinary letters, so it is not converted.
`from_utf8_misread` undoes UTF-8 read as windows-1252 (`NgÃ y` → `Ngày`), and `from_viqr`
turns VIQR, ASCII's Vietnamese with each mark typed after its letter, into the letters.
"""

from __future__ import annotations

import re
import unicodedata

from parsers import patterns

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = "aăâeêioôơuưy"
VIETNAMESE_LETTERS = frozenset(
    c
    for base in _VOWELS + _VOWELS.upper()
    for tone in _TONES
    if not (c := unicodedata.normalize("NFC", base + tone)).isascii()
) | frozenset("đĐ")

# UTF-8 lead bytes of Vietnamese letters followed by a continuation byte, as Latin-1/cp1252.
# This and `_LETTER` are for decoding fetched bytes only: left to `re`'s cache to compile on
# first use, they cost nothing to a process that reads text (`tinbao extract`).
_MOJIBAKE = (
    "[ÃÄÅÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# TCVN3 (ABC) code → letter. Each code stands for exactly one lowercase letter (the seven
# capitals with their own codes aside); other capitals came from a separate font.
TCVN3 = {
    "¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
    "µ": "à", "¶": "ả", "·": "ã", "¸": "á", "¹": "ạ",
    "»": "ằ", "¼": "ẳ", "½": "ẵ", "¾": "ắ", "Æ": "ặ",
    "Ç": "ầ", "È": "ẩ", "É": "ẫ", "Ê": "ấ", "Ë": "ậ",
    "Ì": "è", "Î": "ẻ", "Ï": "ẽ", "Ð": "é", "Ñ": "ẹ",
    "Ò": "ề", "Ó": "ể", "Ô": "ễ", "Õ": "ế", "Ö": "ệ",
    "×": "ì", "Ø": "ỉ", "Ü": "ĩ", "Ý": "í", "Þ": "ị",
    "ß": "ò", "á": "ỏ", "â": "õ", "ã": "ó", "ä": "ọ",
    "å": "ồ", "æ": "ổ", "ç": "ỗ", "è": "ố", "é": "ộ",
    "ê": "ờ", "ë": "ở", "ì": "ỡ", "í": "ớ", "î": "ợ",
    "ï": "ù", "ñ": "ủ", "ò": "ũ", "ó": "ú", "ô": "ụ",
    "õ": "ừ", "ö": "ử", "÷": "ữ", "ø": "ứ", "ù": "ự",
    "ú": "ỳ", "û": "ỷ", "ü": "ỹ", "ý": "ý", "þ": "ỵ",
}  # fmt: skip
_TCVN3_TABLE = str.maketrans(TCVN3)
# Codes only TCVN3 text is full of (never in Vietnamese, rare in any text).
_TCVN3_MARKS = patterns.compile("[¨©ª«¬\u00ad®¡¢£¤¥¦§µ¶·¸¹»¼½¾]")
# VNI: a vowel followed by a tone or hat code that is not a Vietnamese letter (ø ï ö…).
_VNI_MARKS = patterns.compile("[aeiouyAEIOUY][øùûõïäåöØÙÛÕÏÄÅÖ]|ñ|Ñ")
# A letter only Unicode text has: no legacy font encodes it with a single Latin-1 code.
_UNICODE_ONLY = patterns.compile("[\u0100-\u024f\u1ea0-\u1ef9]")


_LETTER = "[" + "".join(sorted(VIETNAMESE_LETTERS)) + "]"
# The second code of a VNI mark, and VNI's own `ñ`/`Ñ`: each VNI mark holds one of them.
_VNI_CODES = patterns.compile("[øùûõïäåöØÙÛÕÏÄÅÖñÑ]")
_ASCII = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The text's non-ASCII characters alone, in order: every Vietnamese letter is one, and
    they are a small part of a page (markup, scripts and unaccented letters are ASCII)."""
    raw = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return raw.decode("utf-8", "surrogatepass")


def _marks(text: str, vni: re.Pattern[str] = _VNI_MARKS) -> int:
    """Marks of a misdecoding in `text`: U+FFFD, mojibake pairs, TCVN3 and VNI codes."""
    return (
        text.count("\ufffd")
        + len(re.findall(_MOJIBAKE, text))
        + len(_TCVN3_MARKS.findall(text))
        + len(vni.findall(text))
    )


def _marks_at_most(rare: str) -> int:
    """At least `_marks` of the text whose non-ASCII characters are `rare`: dropping the ASCII
    between two codes only gives a mojibake pair more neighbours to pair with, and a VNI mark
    is counted by its second code alone (its vowel is ASCII)."""
    return _marks(rare, _VNI_CODES)


def vietnamese_letters(text: str) -> int:
    """How many letters with Vietnamese diacritics `text` holds (NFC)."""
    return len(re.findall(_LETTER, _non_ascii(unicodedata.normalize("NFC", text))))


def reads_as_vietnamese(text: str) -> bool:
    """Whether `text` has Vietnamese letters and hardly any marks of a misdecoding (counted on
    its non-ASCII characters; the whole text only when that count is not conclusive)."""
    text = unicodedata.normalize("NFC", text)
    rare = _non_ascii(text)
    letters = len(re.findall(_LETTER, rare))
    return letters > 0 and (_marks_at_most(rare) * 10 <= letters or _marks(text) * 10 <= letters)


def misdecoded(text: str) -> bool:
    """Whether `text` shows clear marks of a misdecoding (a few stray symbols are not)."""
    text = unicodedata.normalize("NFC", text)
    rare = _non_ascii(text)
    letters = len(re.findall(_LETTER, rare))
    if _marks_at_most(rare) * 10 <= letters:
        return False
    marks = _marks(text)
    return marks >= 3 and marks * 10 > letters


def legacy_encoding(text: str) -> str | None:
    """`TCVN3` or `VNI` when `text` is Vietnamese in a legacy font encoding, else None."""
    if _UNICODE_ONLY.search(text):
        return None
    tcvn3 = len(_TCVN3_MARKS.findall(text))
    vni = len(_VNI_MARKS.findall(text))
    if max(tcvn3, vni) < 3:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


def from_tcvn3(text: str) -> str:
    """TCVN3 (ABC) text → Unicode (NFC)."""
    return text.translate(_TCVN3_TABLE)


# The five bytes windows-1252 leaves undefined, shown as the C1 controls of the same number.
_UNDEFINED_CP1252 = {chr(byte): byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def from_utf8_misread(text: str) -> str | None:
    """`text` as the UTF-8 it was before its bytes were read as windows-1252 (`Thá»© SÃ¡u` →
    `Thứ Sáu`), or None when its characters are no such bytes or those bytes are no UTF-8."""
    data = bytearray()
    for char in text:
        byte = _UNDEFINED_CP1252.get(char)
        if byte is not None:
            data.append(byte)
            continue
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# VIQR: `a(` ă, `a^` â, `e^` ê, `o^` ô, `o+` ơ, `u+` ư, `dd` đ, then a tone: `'` sắc, `` ` ``
# huyền, `?` hỏi, `~` ngã, `.` nặng (`Nga`y 29 tha'ng 5 na(m 2026`).
_VIQR_HATS = {"a(": "ă", "a^": "â", "e^": "ê", "o^": "ô", "o+": "ơ", "u+": "ư"}
_VIQR_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_LETTER = patterns.compile(r"([dD][dD])|([aeiouyAEIOUY])([(^+]?)([`'?~.]?)")


def _viqr_letter(m: re.Match[str]) -> str:
    if m[1]:
        return "Đ" if m[1][0] == "D" else "đ"
    vowel, hat, tone = m[2], m[3], m[4]
    hatted = _VIQR_HATS.get(vowel.lower() + hat) if hat else None
    if hat and hatted is None:
        return m[0]  # `e(`, `i^`: no Vietnamese letter
    letter = (hatted.upper() if vowel.isupper() else hatted) if hatted else vowel
    return letter + _VIQR_TONES.get(tone, tone)


def from_viqr(text: str) -> str:
    """VIQR text → Unicode (NFC): every vowel's marks and `dd` as the letter they spell."""
    return unicodedata.normalize("NFC", _VIQR_LETTER.sub(_viqr_letter, text))
