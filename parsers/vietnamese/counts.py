"""View counts as Vietnamese news sites print them (`9,330 lượt xem`, `Đã xem: 1.204`, `1,2K`,
`👁 12.504`).

Both `.` and `,` group thousands (body text uses `.`, baothaibinh's counter uses `,`); a
separator followed by one or two digits is a decimal only before a multiplier (`1,2 nghìn`).
Anything else in the string besides a known label makes the result None rather than a guess.
"""

from __future__ import annotations

from parsers import patterns
from parsers.vietnamese.text import clean_text, fold

_NUMBER = patterns.compile(
    r"(?<![\w.,+\-−])(?P<num>\d[\d.,]*)"
    r"(?:\s*(?P<mult>k|nghin|ngan|tr|trieu|ty|m)(?![a-z]))?\+?"
)
_GROUPED = patterns.compile(r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*")
_DECIMAL = patterns.compile(r"(?P<int>\d+)(?:[.,](?P<frac>\d{1,2}))?")
# Thousands split by spaces (`2 345`, a no-break space already made a space): one number.
_SPACED = patterns.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,])")
_LABELS = patterns.compile(
    r"(?:so\s*)?luot\s*(?:xem|doc|nghe|truy\s*cap)|da\s*xem|(?:so\s*)?lan\s*(?:xem|doc)|views?|lan"
    r"|doc|xem"  # `Đọc 1.482 lần`
    r"|[\s:|.,()\[\]·•\U0001f440\U0001f441\ufe0f-]"  # an eye glyph labels a count too
)
_MULTIPLIERS = {
    "k": 1_000,
    "nghin": 1_000,
    "ngan": 1_000,
    "tr": 1_000_000,
    "trieu": 1_000_000,
    "m": 1_000_000,
    "ty": 1_000_000_000,
}


def _value(num: str, mult: str | None) -> int | None:
    """The integer a printed number denotes, or None when its grouping is malformed."""
    if _GROUPED.fullmatch(num):
        value = int(num.replace(".", "").replace(",", ""))
        return value * _MULTIPLIERS[mult] if mult else value
    if mult is None:
        return int(num) if num.isdigit() else None
    m = _DECIMAL.fullmatch(num)
    if m is None:
        return None
    frac = m.group("frac") or ""
    scale = 10 ** len(frac)
    return (int(m.group("int")) * scale + int(frac or 0)) * _MULTIPLIERS[mult] // scale


def parse_count(text: str | None) -> int | None:
    """The count in a short label such as `Lượt xem: 128` or `9,330 lượt xem`, or None."""
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    folded = _SPACED.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), fold(cleaned))
    matches = list(_NUMBER.finditer(folded))
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = folded[: m.start()] + " " + folded[m.end() :]
    if _LABELS.sub("", rest):
        return None  # other words or a second number: not a view-count label
    return _value(m.group("num").rstrip(".,"), m.group("mult"))
