"""Datasette plugin: tinbao's SQL functions on every connection Datasette opens.

Canned queries need Python to fold the user's query (`đ` → `d`, tone marks off) the way the
search index was built; registering the functions here gives them `tinbao_fold`,
`tinbao_match`, `tinbao_snippet` and `tinbao_search` (the ranking of `tinbao search`).

Datasette's own `_search` box passes the typed text through the SQL function `escape_fts`; this
plugin runs last and replaces it with `tinbao search`'s own reading of typed text (every word
folded, quoted and required), so words typed with `đ` find the folded index too, and a quote,
a space or a NUL byte alone is no words rather than an FTS5 syntax error.
"""

from datasette import hookimpl

from pipelines.db import match_expression, register_functions


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)
    conn.create_function("escape_fts", 1, match_expression)
