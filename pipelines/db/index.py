"""The two full-text indexes: their tables, the rows they hold, and refilling them.

Search folds `đ` as well as tone marks, which FTS5's own `remove_diacritics` cannot, so the index
`articles_search` is an FTS5 table over `fold(text)`; a second one, `articles_search_exact`, over
the text as spelled (tone placement made canonical) ranks exact matches ahead of folded ones.
Python keeps both in step inside the same transaction as the upsert (a trigger would need `fold`
registered on every connection that ever writes, including plain `sqlite3` shells). Querying
them is `fulltext.py`'s business.
"""

from __future__ import annotations

from sqlite_utils import Database

from parsers.vietnamese.text import canonical_tones, fold
from pipelines.db.core import transaction

FOLDED_INDEX = "articles_search"
EXACT_INDEX = "articles_search_exact"
SEARCH_FIELDS = ("headline", "summary", "body")
# bm25 column weights: headline > summary > body (url is not indexed).
WEIGHTS = "3.0, 2.0, 1.0, 0.0"
RANK = f"bm25({WEIGHTS})"


def create_search_index(db: Database) -> None:
    """Create `articles_search`: FTS5 over folded headline/summary/body, keyed by article rowid.

    Only folded text is indexed: exact-spelling columns doubled the posting lists that bm25
    reads. `remove_diacritics 2` lets Datasette's own `_search` find accented queries too.
    """
    db.execute(
        """CREATE VIRTUAL TABLE articles_search USING fts5(
            headline, summary, body,
            url UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    # A persistent rank makes Datasette's own `_search` order results like `tinbao search`.
    db.execute("INSERT INTO articles_search (articles_search, rank) VALUES ('rank', ?)", [RANK])


def create_exact_index(db: Database) -> None:
    """Create `articles_search_exact`: FTS5 over the text as spelled, tones in canonical places.

    It ranks the hits that spell every query word exactly, which come before folded-only ones.
    Contentless (the text is in `articles`), so it costs only its posting lists; rows are
    removed with FTS5's 'delete' command and the values they were indexed with.
    """
    db.execute(
        f"""CREATE VIRTUAL TABLE {EXACT_INDEX} USING fts5(
            headline, summary, body,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        )"""
    )
    db.execute(f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}, rank) VALUES ('rank', ?)", [RANK])


def exact_form(text: str | None) -> str | None:
    """The exact-index form of a text: `hoà` and `hòa` alike, other diacritics kept."""
    return None if text is None else canonical_tones(text).lower()


def folded_row(rowid: int, url: str, texts: tuple[str | None, ...]) -> tuple:
    return (rowid, *(None if t is None else fold(t) for t in texts), url)


def exact_row(rowid: int, texts: tuple[str | None, ...]) -> tuple:
    return (rowid, *(exact_form(t) for t in texts))


INSERT_FOLDED = (
    "INSERT INTO articles_search (rowid, headline, summary, body, url) VALUES (?, ?, ?, ?, ?)"
)
INSERT_EXACT = f"INSERT INTO {EXACT_INDEX} (rowid, headline, summary, body) VALUES (?, ?, ?, ?)"
DELETE_EXACT = (
    f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}, rowid, headline, summary, body) "
    "VALUES ('delete', ?, ?, ?, ?)"
)


def rebuild_search_index(db: Database, *, folded: bool = True) -> int:
    """Refill the search indexes from `articles` (after bulk loads or a VACUUM); returns rows.

    `folded=False` refills only the exact index, for the step that adds it. The schema steps
    before that one call this too, so an index not created yet is skipped.
    """
    exact = db[EXACT_INDEX].exists()
    with transaction(db):
        if folded:
            db.execute("DELETE FROM articles_search")
        if exact:
            db.execute(f"INSERT INTO {EXACT_INDEX} ({EXACT_INDEX}) VALUES ('delete-all')")
        cursor = db.conn.execute("SELECT rowid, url, headline, summary, body FROM articles")
        count = 0
        while rows := cursor.fetchmany(2000):
            if folded:
                db.conn.executemany(INSERT_FOLDED, [folded_row(r[0], r[1], r[2:]) for r in rows])
            if exact:
                db.conn.executemany(INSERT_EXACT, [exact_row(r[0], r[2:]) for r in rows])
            count += len(rows)
    return count
