"""The notes publishers print around an article (`parsers.notes`), read as `parsers.body`
reads them: on folded lines."""

from __future__ import annotations

from re import _constants, _parser

import pytest

from parsers.notes import (
    BOOK_PRICE,
    NOTE_PHRASE,
    NOTE_PHRASES,
    PHRASE_OPENINGS,
    PRICE_MARKS,
    holds_note_phrase,
)


def _openings(items: list) -> set[str]:
    """The characters (or `\\d` for a digit) a parsed sequence's match may open with."""
    found: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            return found | {chr(av)}
        if op is _constants.IN:
            return found | {chr(v) if k is _constants.LITERAL else r"\d" for k, v in av}
        if op is _constants.SUBPATTERN:
            return found | _openings(av[3])
        if op is _constants.BRANCH:
            return found | set().union(*(_openings(branch) for branch in av[1]))
        if op is _constants.MAX_REPEAT:
            found |= _openings(av[2])
            if av[0] >= 1:
                return found
        elif op is not _constants.AT:
            raise AssertionError(f"unexpected opening {op}")
    return found


def test_every_currency_of_a_book_price_holds_a_price_mark() -> None:
    """A line is searched for a book's notice only when it holds a price's mark: each
    currency a book's price may name holds one."""
    (currencies,) = [av[1] for op, av in _parser.parse(BOOK_PRICE).data if op is _constants.BRANCH]
    for currency in currencies:
        assert any(op is _constants.LITERAL and chr(v) in PRICE_MARKS for op, v in currency)


@pytest.mark.parametrize("phrase", NOTE_PHRASES)
def test_each_note_phrase_opens_with_one_of_the_opening_characters(phrase: str) -> None:
    """The phrases are searched for from the characters they open with, in one class that
    opens the pattern: a phrase opening with another would never be found."""
    openings = _openings(_parser.parse(phrase).data)
    assert openings
    assert all(c in PHRASE_OPENINGS if c != r"\d" else r"\d" in PHRASE_OPENINGS for c in openings)
    assert NOTE_PHRASE.pattern.startswith(f"[{PHRASE_OPENINGS}]")


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("for more, sign up for our weekly newsletters.", True),
        ("they resign up for our  newsletters each year.", False),  # inside a word
        ("hay de lai  binh luan cua ban ben duoi.", True),
        ("12 issues for £11.99", True),
        ("a12 issues for £11.99", False),
        ("bai viet co su dung tri tue nhan tao de tom tat.", True),
        ("the harbour (verso, $19.95) is out now.", True),
        ("the harbour, by jane roe, is out now (cornerstone, £25)", True),
        ("the harbour verso, $19.95 is out now.", False),  # no bracket: no book notice
        ("the harbour (verso, 19.95) is out now.", False),  # no price mark: no book notice
        ("season tickets are available from the pier office (£40).", False),
    ],
)
def test_a_note_phrase_is_found_where_a_word_starts(line: str, found: bool) -> None:
    """A phrase counts from a word's start, anywhere in the line, with any spacing; the notice
    of a book with its publisher and price in brackets, after its title or after `is out`."""
    assert holds_note_phrase(line) is found
