"""Datasette plugin: tinbao's SQL functions on every connection Datasette opens.

Canned queries need Python to fold the user's query (`đ` → `d`, tone marks off) the way the
search index was built; registering the functions here gives them `tinbao_fold`,
`tinbao_match`, `tinbao_snippet` and `tinbao_search` (the ranking of `tinbao search`).
"""

from datasette import hookimpl

from pipelines.db import register_functions


@hookimpl
def prepare_connection(conn):
    register_functions(conn)
