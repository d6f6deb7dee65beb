"""Regular expressions compiled once per Python build, not at every start.

`re` parses and compiles a pattern in Python code, and the parsers make about 150 patterns: that
was 40% of the instructions of a `tinbao extract` process. `compile` keeps what `re` made of
each pattern (its `_sre` code) in one file beside the bytecode, for this Python build only, and
makes the same `re.Pattern` from it at the next start, as `.pyc` files spare compiling modules.
The codes are kept as bytes, not lists: `marshal` reads a list of 80,000 numbers one by one
(13 M instructions a start), and a list made from bytes costs a fifth of that.

A pattern's code is kept only once the pattern made from it equals `re.compile`'s (`==` compares
the code), so a change in `re`'s internals turns the file off rather than changing a match.
The file is written at exit, unless bytecode is not written either (`PYTHONDONTWRITEBYTECODE`),
and any trouble reading or writing it falls back to `re.compile`.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.util
import marshal
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # a Python without CPython's regular expression engine
    _sre = None

# What `_sre.compile` takes after the pattern: flags, code (as bytes of unsigned ints: `_code`
# makes the list), groups, group index, index group.
_Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _beside_bytecode() -> Path:
    """Where this module's bytecode goes (in `__pycache__`, or under `PYTHONPYCACHEPREFIX` when
    it is set, so a tree kept free of caches stays free of this one too)."""
    name = f"patterns.{sys.implementation.cache_tag}.marshal"
    try:
        return Path(importlib.util.cache_from_source(__file__)).with_name(name)
    except NotImplementedError:  # a Python that writes no bytecode: the usual folder
        return Path(__file__).with_name("__pycache__") / name


FILE = _beside_bytecode()
# The file is read only by the same build of the same engine, in this file's format.
BUILD = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), "bytes")

_kept: dict[tuple[str, int], _Code] | None = None  # read on first use
_new = False  # codes made in this process, not yet in the file


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as `re.compile`
    """`re.compile(source, flags)`, made from the kept code when this build made it before."""
    kept = _read()
    code = kept.get((source, int(flags)))
    if code is not None:
        try:
            return _made(source, code)
        except Exception:  # noqa: BLE001 - `_sre` refused the code (a damaged file)
            del kept[(source, int(flags))]
    made = re.compile(source, flags)
    if _sre is not None:
        _keep(kept, source, int(flags), made)
    return made


def _made(source: str, code: _Code) -> re.Pattern[str]:
    """The pattern `_sre` makes of `source` and its kept code."""
    flags, ops, groups, groupindex, indexgroup = code
    return _sre.compile(
        source, flags, memoryview(ops).cast("I").tolist(), groups, groupindex, indexgroup
    )


def _keep(kept: dict[tuple[str, int], _Code], source: str, flags: int, made: re.Pattern) -> None:
    """Keep the code `re` makes of `source`, as `re._compiler.compile` makes it, if the pattern
    made from it equals `made`."""
    global _new
    from array import array  # a module of its own, loaded only when a pattern is new

    try:
        tree = _parser.parse(source, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = (
            flags | tree.state.flags,
            array("I", _compiler._code(tree, flags)).tobytes(),
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        same = _made(source, code) == made  # read back as the next start will
    except Exception:  # noqa: BLE001 - `re`'s internals changed: keep nothing
        same = False
    if same:
        kept[(source, flags)] = code
        _new = True


def _read() -> dict[tuple[str, int], _Code]:
    global _kept
    if _kept is None:
        _kept = {}
        atexit.register(_write)
        try:
            build, codes = marshal.loads(FILE.read_bytes())
            if build == BUILD and isinstance(codes, dict):
                _kept = codes
        except Exception:  # noqa: BLE001 - missing, unreadable or not ours: start afresh
            pass
    return _kept


def _write() -> None:
    """Write the kept codes for the next start, if this process made new ones."""
    if not _new or sys.dont_write_bytecode or not _kept:
        return
    part = FILE.with_name(f"{FILE.name}.{os.getpid()}")
    try:
        FILE.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(marshal.dumps((BUILD, _kept)))
        os.replace(part, FILE)  # whole or not at all, if two processes write at once
    except (OSError, ValueError):  # ValueError: a value marshal cannot write
        with contextlib.suppress(OSError):  # a folder this user may not even look into
            part.unlink(missing_ok=True)


# A class of at most this many characters opening a pattern is searched for as each of its
# characters alone (`by_opening_character`): a class of more costs more that way.
MAX_OPENINGS = 6
# One character of a pattern's source, as the source opens with it: a class (`[ôừ]`,
# `[:\\]]`), a class escape (`\\s`), a plain letter.
ONE_CHARACTER = compile(r"\[(?:\\.|[^\]\\])+\]|\\[sSdDwW]|[^\\\[\](){}|*+?.^$]")


@functools.cache
def by_opening_character(pattern: re.Pattern[str]) -> dict[str, re.Pattern[str]] | None:
    """For a pattern opening with a class of a few characters (`[ôừ](?:m…|a…)`), each of
    them → the same pattern opening with that character alone (`ô(?:m…|a…)`); None for other
    patterns. `re` looks for a pattern's first character by comparing the text's characters
    with it, a few instructions each, and for a class by calling the class's test at each
    character, about sixty: searching for each of a few characters the text holds, and for
    none it lacks, finds the same matches four times as fast."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # noqa: BLE001 - `re`'s internals changed: nothing is known
        return None
    opening = ONE_CHARACTER.match(pattern.pattern)
    if opening is None or not items or items[0][0] is not _parser.IN:
        return None
    members = items[0][1]
    if len(members) > MAX_OPENINGS or any(kind is not _parser.LITERAL for kind, _ in members):
        return None
    rest = pattern.pattern[opening.end() :]
    return {chr(code): compile(re.escape(chr(code)) + rest, pattern.flags) for _, code in members}


@functools.cache
def required_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of `pattern` holds (the fewest such found: `[年년]`
    of `\\d{4}\\s*[年년]\\s*\\d{1,2}`), or None when none is known. A text holding none of them
    has no match, which a search of the characters tells at memory speed where the pattern is
    tried at each place of the text. Case-blind parts, classes of categories or ranges,
    look-arounds and what may repeat zero times name no character."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        return _required(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - `re`'s internals changed: nothing is known
        return None


def _required(items: Iterable[tuple]) -> frozenset[str] | None:
    """`required_characters` of a parsed sequence: the smallest set one of its parts needs."""
    constants = _parser
    best = None
    for op, av in items:
        found = None
        if op is constants.LITERAL:
            found = frozenset(chr(av))
        elif op is constants.IN and all(kind is constants.LITERAL for kind, _ in av):
            found = frozenset(chr(code) for _, code in av)
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            found = _required(av[2]) if av[0] >= 1 else None
        elif op is constants.SUBPATTERN:
            found = None if av[1] & re.IGNORECASE else _required(av[3])
        elif op is constants.ATOMIC_GROUP:
            found = _required(av)
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            found = None if None in branches else frozenset().union(*branches)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best
