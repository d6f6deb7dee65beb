"""Datasette plugin: tinbao's SQL functions on every connection Datasette opens.

Canned queries need Python to fold the user's query (`đ` → `d`, tone marks off) the way the
search index was built; registering the functions here gives them `tinbao_fold`,
`tinbao_match`, `tinbao_snippet` and `tinbao_search` (the ranking of `tinbao search`).

Datasette's own `_search` box passes the typed text through the SQL function `escape_fts`; this
plugin runs last and replaces it with one that folds the text first, so words typed with `đ`
find the folded index too.
"""

from datasette import hookimpl
from datasette.utils import escape_fts

from parsers.vietnamese.text import fold
from pipelines.db import register_functions


def _escape_folded(query: str | None) -> str | None:
    return None if query is None else escape_fts(fold(query))


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)
    conn.create_function("escape_fts", 1, _escape_folded)
