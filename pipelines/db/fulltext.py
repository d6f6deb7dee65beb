"""Querying the full-text indexes: ranked search, snippets, and the SQL functions for Datasette.

Any query text is safe: words are quoted, never parsed as FTS syntax.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from parsers.vietnamese.text import clean_text, fold
from pipelines.db.core import date_bounds, date_filters
from pipelines.db.index import (
    EXACT_INDEX,
    FACETS,
    FIRST_MAPPED_MONTH,
    FIRST_MONTH_CODE,
    FOLDED_INDEX,
    LOOK_UP_MONTH,
    MAPPED_SITES,
    ODD_DAY,
    SITE_MAP,
    SITE_MAP_CHUNK,
    SITES,
    WEIGHTS,
    exact_form,
)

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")  # paragraph breaks inside a one-line snippet


def match_expression(query: str | None) -> str:
    """An FTS5 MATCH expression for free text: every word required, diacritics optional.

    Each folded word is quoted, so `"`, `*`, `-`, `NEAR`, `AND` and parentheses are just words
    and the expression never fails to parse.
    """
    terms = _folded_words(query)
    return _match(terms) if terms else '""'


def _words(query: str | None) -> list[str]:
    return _WORD.findall(clean_text(query) or "")  # NFC first: `\w` stops at combining marks


def _folded_words(query: str | None) -> list[str]:
    return list(dict.fromkeys(fold(w) for w in _words(query)))


def _exact_words(query: str | None) -> list[str]:
    return list(dict.fromkeys(exact_form(w) for w in _words(query)))


def _match(terms: Iterable[str]) -> str:
    return " ".join('"{}"'.format(t.replace('"', '""')) for t in terms)


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions for ad-hoc queries and Datasette, which cannot call Python otherwise.

    `tinbao_fold(text)` folds like the index, `tinbao_match(q)` turns free text into a safe
    MATCH expression, `tinbao_snippet(text, q)` highlights a hit in the article's own spelling,
    `tinbao_search(q, n)` is a JSON list of the rowids `search` would return, best first.
    """
    conn.create_function("tinbao_fold", 1, _fold_or_null, deterministic=True)
    conn.create_function("tinbao_search", 2, lambda q, n: _sql_search(conn, q, n))
    conn.create_function("tinbao_match", 1, match_expression, deterministic=True)
    conn.create_function("tinbao_snippet", 2, _sql_snippet, deterministic=True)


def _fold_or_null(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _sql_search(conn: sqlite3.Connection, query: str | None, limit: int | None) -> str:
    rows = _search_rows(conn, query, limit=20 if limit is None else int(limit))
    return json.dumps([row["rowid"] for row in rows])


def _sql_snippet(text: str | None, query: str | None) -> str:
    return snippet(text or "", set(_folded_words(query)), ("[", "]"))


# bm25 costs grow with the matches it scores and the posting lists it reads, so on a large index
# the newest rows are sampled first to see how common each word is.
_SAMPLE = 20_000  # newest index rows sampled; a smaller index is always ranked in full
_COMMON = 0.5  # bm25 gives a word found in over half the rows no weight (its idf clamps to ~0)
_RANK_AT_MOST = 30_000  # matches scored per query; beyond that, the newest that many
_FILTER_SAMPLE = 5_000  # newest rows sampled to see what share of them the filters let pass
# Listing the rows that pass the filters costs about half as much a row as looking a match up
# in `search_facets`; they are listed when at most this many times the matches to walk pass.
_LIST_AT_MOST = 1.0
# Reading `search_site_map` (a byte per rowid) costs about this share of a `search_facets` lookup
# per rowid: it is read when more matches than that share of the rows are to be walked.
_MAP_COST = 0.005
_Hit = tuple[int, float | None]  # (rowid, bm25 rank or None when listed newest first)


@dataclass(frozen=True)
class _Filters:
    """A search's site and date filters, as SQL on `articles a` and on `search_facets f`.

    A match is checked before bm25 scores it, as scoring is the larger cost of a search. When
    few rows pass, they are listed first (`listed`) and a match is checked in that list, a
    byte per rowid, which costs far less than a lookup. With many matches to walk, the site is
    checked in a list read from `search_site_map` (`mapped`), and the dates in the publish
    months read from the map's `months` (`month_mapped`), where only the matches of a bound's
    own month are left to look up. Otherwise a match is looked up in
    `search_facets`, whose narrow rows of integers are cheap to read: there the site is an id
    and the day the number YYYYMMDD, in the order of the text, so a date compares with it as
    with the whole `published_at`; a bound with a time of day is checked on the day, then, for
    a match on the bound's own day only, exactly in `articles` (a day past the bound passes
    whatever its time), as are a bound and a `published_at` that do not start with a date.
    Filters that let most rows pass (`share`, of the newest rows) are checked on the ranked hits
    instead, as looking every match up would cost more than it saves.
    """

    articles: list[str]
    articles_params: list[Any]
    facets: list[str]
    facets_params: list[list[Any]]  # each condition's own
    # The conditions on a facets row alone, to sample the share that passes: a bound's day
    # decides, and a bound that does not start with a date is left out.
    rough: list[str]
    rough_params: list[Any]
    share: float = 0.0
    site: str | None = None
    # The rows that pass, when listed (or the rows of the site, when mapped): the first rowid and
    # a byte per rowid from it, 1 if it passes; `listable` is False once more rows passed than
    # a listing took. `facets` then holds only what is left to look up.
    first: int = 0
    passes: bytes | None = None
    listable: bool = True
    # Once mapped, the share of the newest rows that pass the filters left in `facets` (dates):
    # over `_COMMON`, they are checked on the ranked hits instead, as the whole filters are.
    rest_share: float = 0.0
    # The date bounds as (operator, day YYYYMMDD, whether a time of day decides on that day),
    # and how many conditions at the end of `facets` check them: none when a bound does not
    # start with a date, or once they are listed or read from the month map.
    days: tuple[tuple[str, int, bool], ...] = ()
    dated: int = 0
    # Once read from `search_site_map.months`: its first rowid and a byte per rowid from it,
    # `_PASS`, `_FAIL` or `_CHECK` (looked up with `month_facets`, the date conditions on `f`).
    months_first: int = 0
    months: bytes | None = None
    month_facets: list[str] = field(default_factory=list)
    month_params: list[Any] = field(default_factory=list)

    @classmethod
    def of(cls, site: str | None, since: str | date | None, until: str | date | None) -> _Filters:
        articles, articles_params = date_filters(since, until)
        facets: list[str] = []
        facets_params: list[list[Any]] = []
        rough: list[str] = []
        rough_params: list[Any] = []
        days: list[tuple[str, int, bool]] = []
        if site is not None:
            articles.append("a.site = ?")
            articles_params.append(site)
            facets.append(f"f.site = (SELECT id FROM {SITES} WHERE site = ?)")
            facets_params.append([site])
            rough.append(facets[-1])
            rough_params.append(site)
        bounds = date_bounds(since, until)
        for op, value in bounds:
            exact = f"(SELECT a.published_at FROM articles a WHERE a.rowid = f.id) {op} ?"
            day = _day(value)
            if day is None:  # only the text can say
                facets.append(exact)
                facets_params.append([value])
                continue
            # A day of no date shape (ODD_DAY) is below every day: a bound `<` keeps it out.
            kept = " AND f.day >= 0" if op[0] == "<" else ""
            timed = not (op in (">=", "<") and len(value) <= 10)
            if not timed:  # a date: the day decides
                facets.append(f"(f.day {op} ?{kept} OR f.day = {ODD_DAY} AND {exact})")
                facets_params.append([day, value])
            else:  # a time of day: on the bound's own day, the time decides
                facets.append(f"(f.day {op[0]} ?{kept} OR f.day IN (?, {ODD_DAY}) AND {exact})")
                facets_params.append([day, day, value])
            days.append((op, day, timed))
            rough.append(f"f.day {op[0]}= ?" if op in (">=", "<=") else f"f.day {op} ?")
            rough_params.append(day)
        return cls(
            articles,
            articles_params,
            facets,
            facets_params,
            rough,
            rough_params,
            site=site,
            days=tuple(days),
            dated=len(days) if len(days) == len(bounds) else 0,
        )

    def __bool__(self) -> bool:
        return bool(self.articles)

    def sampled(self, conn: sqlite3.Connection, top: int) -> _Filters:
        """These filters with the share of the newest `_FILTER_SAMPLE` rows that pass them
        (on the day alone for a bound with a time of day)."""
        sql = f"SELECT count(*) FROM {FACETS} f WHERE {' AND '.join(['f.id > ?', *self.rough])}"
        passing = conn.execute(sql, [top - _FILTER_SAMPLE, *self.rough_params]).fetchone()[0]
        return replace(self, share=passing / _FILTER_SAMPLE)

    def listed(self, conn: sqlite3.Connection, at_most: int) -> _Filters:
        """These filters with the rows that pass them listed, if at most `at_most` do.

        The listing stops one row past `at_most`, which bounds the cost of a share sampled too
        low (a date range older than the newest rows, say).
        """
        # Read through an index on (site, published_at) or (published_at, views), with the
        # rowids as one JSON list: half the cost of a Python row per rowid.
        rows = f"SELECT a.rowid FROM articles a WHERE {' AND '.join(self.articles)} LIMIT ?"
        sql = f"SELECT json_group_array(rowid) FROM ({rows})"
        listed = conn.execute(sql, [*self.articles_params, at_most + 1]).fetchone()[0]
        rowids: list[int] = json.loads(listed)
        if len(rowids) > at_most:
            return replace(self, listable=False)
        first = min(rowids, default=1)
        passes = bytearray(max(rowids, default=0) - first + 1)
        for rowid in rowids:
            passes[rowid - first] = 1
        return replace(
            self, first=first, passes=bytes(passes), facets=[], facets_params=[], dated=0
        )

    def mapped(self, conn: sqlite3.Connection, top: int) -> _Filters:
        """These filters with the rows of their site listed from `search_site_map`, unless its
        id is too high for the map: the site is first among `facets`, and left out of them
        (`rest_share` samples what share of the newest rows the rest let pass)."""
        found = conn.execute(f"SELECT id FROM {SITES} WHERE site = ?", [self.site]).fetchone()
        if found is None:  # no article is of that site
            return replace(self, first=0, passes=b"", facets=[], facets_params=[], dated=0)
        site_id = found[0]
        if site_id > MAPPED_SITES:
            return self
        first, sites = _read_map(conn, "sites")
        of_site = bytearray(256)
        of_site[site_id] = 1
        rest = replace(self, rough=self.rough[1:], rough_params=self.rough_params[1:])
        return replace(
            self,
            first=first,
            passes=sites.translate(of_site),
            facets=self.facets[1:],
            facets_params=self.facets_params[1:],
            rest_share=rest.sampled(conn, top).share if len(self.facets) > 1 else 1.0,
        )

    def month_mapped(self, conn: sqlite3.Connection) -> _Filters:
        """These filters with their dates checked in marks read from `search_site_map.months`:
        a match of a month wholly inside the range passes, one of a month wholly outside it or
        without a date fails, and only the others (a bound's own month, a day of no date shape,
        a month the map does not hold) are looked up in `search_facets`."""
        first, months = _read_map(conn, "months")
        kept = len(self.facets) - self.dated
        return replace(
            self,
            months_first=first,
            months=months.translate(_month_marks(self.days)),
            month_facets=self.facets[kept:],
            month_params=[p for params in self.facets_params[kept:] for p in params],
            facets=self.facets[:kept],
            facets_params=self.facets_params[:kept],
            dated=0,
        )

    def rest_late(self) -> bool:
        """Whether the filters left in `facets` once mapped are checked on the ranked hits."""
        return self.passes is not None and bool(self.facets) and self.rest_share > _COMMON

    def passing(self, conn: sqlite3.Connection, found: list[_Hit]) -> list[_Hit]:
        """The hits that pass these filters, in their order."""
        sql = (
            f"SELECT f.id FROM {FACETS} f "
            f"WHERE f.id IN (SELECT value FROM json_each(?)) AND {' AND '.join(self.facets)}"
        )
        ids = json.dumps([hit[0] for hit in found])
        keep = {row[0] for row in conn.execute(sql, [ids, *self.facet_params()])}
        return [hit for hit in found if hit[0] in keep]

    def facet_params(self) -> list[Any]:
        """The parameters of `facets`, in order."""
        return [p for params in self.facets_params for p in params]


def _read_map(conn: sqlite3.Connection, column: str) -> tuple[int, bytes]:
    """The first rowid of `search_site_map` and the bytes of its `column` (`sites`, `months`)
    a rowid each from that rowid on, the chunks it lacks as zeros."""
    sql = f"SELECT chunk, {column} FROM {SITE_MAP} ORDER BY chunk"
    chunks = conn.execute(sql).fetchall()
    first_chunk = chunks[0][0] if chunks else 0
    parts: list[bytes] = []
    at = first_chunk
    for chunk, values in chunks:
        parts += [bytes((chunk - at) * SITE_MAP_CHUNK), values]  # chunks of no rows are 0
        at = chunk + 1
    return first_chunk * SITE_MAP_CHUNK, b"".join(parts)


# A month map's byte as a date-filtered search reads it (`_month_marks`).
_FAIL, _PASS, _CHECK = 0, 1, 2


@lru_cache(maxsize=64)
def _month_marks(days: tuple[tuple[str, int, bool], ...]) -> bytes:
    """For each byte of `search_site_map.months`, whether its articles pass the date bounds
    `days` (`_PASS`), fail them (`_FAIL`) or are looked up (`_CHECK`), a `bytes.translate` table.

    A bound lets pass a half-line of days, so a month (days 1 to 31, as the map holds only
    such days) is inside it when both its ends are, and outside it when neither end could
    pass: on a bound's own day a time of day decides, which only a lookup can say.
    """
    marks = bytearray(256)
    marks[LOOK_UP_MONTH] = _CHECK
    for code in range(FIRST_MONTH_CODE, 256):
        year, month = divmod(FIRST_MAPPED_MONTH + code - FIRST_MONTH_CODE, 12)
        ends = (year * 10000 + (month + 1) * 100 + 1, year * 10000 + (month + 1) * 100 + 31)
        if all(_passes(op, bound, timed, day) for day in ends for op, bound, timed in days):
            marks[code] = _PASS
        elif not all(_may_pass(op, bound, ends) for op, bound, _ in days):
            marks[code] = _FAIL
        else:
            marks[code] = _CHECK
    return bytes(marks)


def _passes(op: str, bound: int, timed: bool, day: int) -> bool:
    """Whether every article of `day` passes the bound (`op`, `bound`): on the bound's own
    day, only when no time of day decides."""
    if op[0] == ">":
        return day > bound or day == bound and not timed
    return day < bound


def _may_pass(op: str, bound: int, ends: tuple[int, int]) -> bool:
    """Whether an article of a day from `ends[0]` to `ends[1]` may pass the bound: `<` with
    a date and `<=` with a time of day let the bound's own day pass, or some of it."""
    if op[0] == ">":
        return ends[1] >= bound
    return ends[0] < bound or ends[0] == bound and op == "<="


_DATE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")  # as `day_number` reads it


def _day(bound: str) -> int | None:
    """A bound's day as `search_facets` numbers it (YYYYMMDD); None if it does not start with
    a date (`2024`): the number would not compare as the text does."""
    return int(bound[:4] + bound[5:7] + bound[8:10]) if _DATE.match(bound) else None


_UNFILTERED = _Filters([], [], [], [], [], [])


def search(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
    marks: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Ranked full-text search, diacritics optional; each hit has a snippet with `marks` around
    matched words. Any query text is safe: it is never parsed as FTS syntax."""
    rows = _search_rows(db.conn, query, site=site, since=since, until=until, limit=limit)
    words = set(_folded_words(query))
    hits = []
    for row in rows:
        del row["rowid"]
        text = " ".join(t for t in (row.pop("summary"), row.pop("body")) if t)
        row["snippet"] = snippet(text, words, marks) or snippet(row["headline"] or "", words, marks)
        hits.append(row)
    return hits


def _search_rows(
    conn: sqlite3.Connection,
    query: str | None,
    *,
    site: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Matching articles best first: exact spellings (by bm25 on the exact index), then the
    folded-only matches (by bm25 on the folded index).

    A query without diacritics has no exact spelling to prefer, so it goes to the folded index
    alone. Every word is required.
    """
    folded = _folded_words(query)
    if not folded or limit < 1:
        return []
    filters = _Filters.of(site, since, until)
    top = conn.execute(f"SELECT max(rowid) FROM {FOLDED_INDEX}").fetchone()[0] or 0
    if filters and top > _SAMPLE:
        filters = filters.sampled(conn, top)
    exact = _exact_words(query)
    found: list[_Hit] = []
    if any(fold(t) != t for t in exact):
        found, filters = _best(conn, EXACT_INDEX, exact, filters, top, limit, set())
    if len(found) < limit:
        seen = {rowid for rowid, _ in found}
        more, _ = _best(conn, FOLDED_INDEX, folded, filters, top, limit - len(found), seen)
        found += more
    return _articles(conn, found)


def _best(
    conn: sqlite3.Connection,
    index: str,
    terms: list[str],
    filters: _Filters,
    top: int,
    limit: int,
    skip: set[int],
) -> tuple[list[_Hit], _Filters]:
    """The best `limit` matches of every term in `index` whose rowids are not in `skip`, and the
    filters, with the rows that pass them listed if that was worth it.

    Words in over half the rows are left out of the ranking (bm25 would give them no weight)
    and checked on the ranked hits; if every word is that common, hits are listed newest first.
    Filters are checked before ranking, or on the ranked hits when they let over half the rows
    pass; the rows that pass are listed first when they are fewer than the matches, and the
    rows of the site read from its map when there are many matches to walk (dates that let over
    half the rows pass are then checked on the ranked hits), and the dates, with many matches to
    walk, in the rows' publish months read from their map (a bound's own month looked up). When
    more than `_RANK_AT_MOST` rows match, only the newest that many are ranked, widening to older
    ones when filters leave too few.
    """
    ranked, common, common_share, floor = terms, [], 1.0, 0
    want = limit + len(skip)  # the skipped rows may be among the best
    late = filters.share > _COMMON  # filters checked on the ranked hits
    if top > _SAMPLE:
        shares = {t: _sampled(conn, index, _match([t]), top) / _SAMPLE for t in terms}
        ranked = [t for t in terms if shares[t] <= _COMMON]
        common = [t for t in terms if shares[t] > _COMMON]
        common_share = math.prod(shares[t] for t in common)
        expected = _sampled(conn, index, _match(ranked), top) * top / _SAMPLE if ranked else 0
        if expected > _RANK_AT_MOST:
            floor = top - int(top * _RANK_AT_MOST / expected)
        walked = min(expected, _RANK_AT_MOST)
        unlisted = filters and filters.listable and filters.passes is None
        if unlisted and ranked and not late and filters.share * top <= walked * _LIST_AT_MOST:
            filters = filters.listed(conn, int(walked * _LIST_AT_MOST))
        unmapped = filters.passes is None and filters.site is not None
        if unmapped and ranked and not late and walked > top * _MAP_COST:
            filters = filters.mapped(conn, top)
        # The matches whose dates would be looked up: those of the site, once it is mapped.
        looked_up = walked * (filters.passes.count(1) / top if filters.passes else 1.0)
        unmapped_dates = filters.dated and not filters.rest_late()
        if unmapped_dates and ranked and not late and looked_up > top * _MAP_COST:
            filters = filters.month_mapped(conn)
        kept = common_share * (filters.share if late else 1)
        if filters.rest_late():
            kept *= filters.rest_share
        if ranked and kept < 1:
            # Enough to keep `limit` once the common words and filters are checked: bm25 scores
            # every match whatever the LIMIT, so a second round would cost as much again.
            want = math.ceil(want * 2 / kept)
    rest_late = filters.rest_late()
    checked = _UNFILTERED if late else replace(filters, facets=[]) if rest_late else filters
    while True:
        if ranked:
            found = _ranked(conn, index, _match(ranked), checked, floor, want)
        else:
            found = _newest(conn, index, _match(terms), filters, want)
        exhausted = len(found) < want
        found = [hit for hit in found if hit[0] not in skip]
        if (late or rest_late) and ranked:
            found = filters.passing(conn, found)
        if common and ranked:
            found = _having(conn, index, _match(common), found, limit, common_share)
        if len(found) >= limit or (exhausted and floor == 0):
            return found[:limit], filters
        if exhausted:  # too few among the newest matches: take in older ones too
            floor = max(0, top - (top - floor) * 4)
        else:
            want *= 4


def _sampled(conn: sqlite3.Connection, index: str, expression: str, top: int) -> int:
    """Matches among the newest `_SAMPLE` index rows."""
    sql = f"SELECT count(*) FROM {index} WHERE {index} MATCH ? AND rowid > ?"
    return conn.execute(sql, [expression, top - _SAMPLE]).fetchone()[0]


def _ranked(
    conn: sqlite3.Connection,
    index: str,
    expression: str,
    filters: _Filters,
    floor: int,
    limit: int,
) -> list[_Hit]:
    """(rowid, bm25 rank) of the best `limit` matches with rowid above `floor`.

    FTS5 is outermost; a filtered match is checked in the listed rows (or its site's rows,
    from the map), and what is left looked up in `search_facets` (and in `articles` only on
    the day of a bound with a time), before bm25 scores it. SQLite keeps only the best `limit`
    as it goes, where FTS5's own ORDER BY rank would sort every match. Equal scores go oldest
    row first.
    """
    joins, where, params = "", [f"{index} MATCH ?", "s.rowid > ?"], [expression, floor]
    if filters.passes is not None:
        # FTS5 reads only the listed rowids' span; substr() of a blob counts bytes from 1.
        where += ["s.rowid < ?", "substr(?, s.rowid - ?, 1) = x'01'"]
        params[1] = max(floor, filters.first - 1)
        params += [filters.first + len(filters.passes), filters.passes, filters.first - 1]
    if filters.months is not None:
        months, first = filters.months, filters.months_first
        params[1] = max(params[1], first - 1)
        mark = "substr(?, s.rowid - ?, 1)"
        if bytes([_CHECK]) in months:
            facets = " AND ".join(filters.month_facets)
            check = f"EXISTS (SELECT 1 FROM {FACETS} f WHERE f.id = s.rowid AND {facets})"
            cases = f"WHEN x'{_PASS:02x}' THEN 1 WHEN x'{_CHECK:02x}' THEN {check}"
            where += ["s.rowid < ?", f"CASE {mark} {cases} END"]
            params += [first + len(months), months, first - 1, *filters.month_params]
        else:  # every month passes or fails as a whole
            where += ["s.rowid < ?", f"{mark} = x'{_PASS:02x}'"]
            params += [first + len(months), months, first - 1]
    if filters.facets:
        joins = f" CROSS JOIN {FACETS} f ON f.id = s.rowid"
        where += filters.facets
        params += filters.facet_params()
    sql = (
        f"SELECT s.rowid, bm25({index}, {WEIGHTS}) AS score FROM {index} s{joins} "
        f"WHERE {' AND '.join(where)} ORDER BY score, s.rowid LIMIT ?"
    )
    return conn.execute(sql, [*params, limit]).fetchall()


def _newest(
    conn: sqlite3.Connection,
    index: str,
    expression: str,
    filters: _Filters,
    limit: int,
) -> list[_Hit]:
    """(rowid, None) of the newest `limit` matches, walking the published_at index."""
    match = f"EXISTS (SELECT 1 FROM {index} s WHERE {index} MATCH ? AND s.rowid = a.rowid)"
    sql = (
        f"SELECT a.rowid, NULL FROM articles a WHERE {' AND '.join([*filters.articles, match])} "
        "ORDER BY a.published_at DESC LIMIT ?"
    )
    return conn.execute(sql, [*filters.articles_params, expression, limit]).fetchall()


def _having(
    conn: sqlite3.Connection,
    index: str,
    expression: str,
    found: list[_Hit],
    limit: int,
    share: float,
) -> list[_Hit]:
    """The first `limit` hits that also match `expression`, in their order.

    FTS5 runs the query once for each rowid it is given, a costly seek in the long posting
    lists of common words, so the hits are looked up from the best down, only as many at a time
    as `share` (of rows that match `expression`) says will keep `limit`.
    """
    sql = (
        f"SELECT rowid FROM {index} WHERE {index} MATCH ? "
        "AND rowid IN (SELECT value FROM json_each(?))"
    )
    kept: list[_Hit] = []
    start = 0
    while len(kept) < limit and start < len(found):
        batch = found[start : start + math.ceil((limit - len(kept)) / share)]
        keep = {r[0] for r in conn.execute(sql, [expression, json.dumps([r[0] for r in batch])])}
        kept += [r for r in batch if r[0] in keep]
        start += len(batch)
    return kept[:limit]


def _articles(conn: sqlite3.Connection, found: list[_Hit]) -> list[dict[str, Any]]:
    """The hits' articles in hit order, with their rank; hits not in `articles` are skipped."""
    names = ("rowid", "url", "headline", "site", "published_at", "views", "summary", "body")
    sql = f"SELECT {', '.join(names)} FROM articles WHERE rowid IN (SELECT value FROM json_each(?))"
    articles = {r[0]: r for r in conn.execute(sql, [json.dumps([r[0] for r in found])])}
    rows = []
    for rowid, rank in found:
        if rowid in articles:  # else the index was not yet refilled after a bulk load
            rows.append({**dict(zip(names, articles[rowid], strict=True)), "rank": rank})
    return rows


_fold_word = lru_cache(maxsize=65536)(fold)


def snippet(text: str, words: set[str], marks: tuple[str, str], width: int = 24) -> str:
    """About `width` words of `text` around its first match, matched words wrapped in `marks`.

    Matching is on folded words, so the snippet shows the article's own spelling whichever way
    the query was typed. Words are read only up to the end of the snippet: an article's text
    runs to thousands of words.
    """
    found = _WORD.finditer(text)
    before: deque[tuple[int, int]] = deque(maxlen=width // 3)  # the words before the first hit
    cut = False  # words before those
    for match in found:
        if _fold_word(match.group()) in words:
            break
        cut = cut or len(before) == before.maxlen
        before.append(match.span())
    else:
        return ""
    spans = [*before, match.span()]
    more = False  # words after the snippet
    for match in found:
        if len(spans) >= width:
            more = True
            break
        spans.append(match.span())
    out, pos = [], spans[0][0]
    for a, b in spans:
        out.append(text[pos:a])
        word = text[a:b]
        out.append(f"{marks[0]}{word}{marks[1]}" if _fold_word(word) in words else word)
        pos = b
    out.append("…" if more else text[pos:])
    return _SPACES.sub(" ", ("…" if cut else "") + "".join(out))
