"""Whether and how a stored page's HTML is kept, compressed (the `pages` table, `tinbao
reparse`'s source).

Apart from `pipelines/db/` so that a crawl's extraction workers (`crawler/pageworker.py`) can
compress the page they read without loading the database package: on a long crawl the
compression then runs beside the engine instead of on its thread.
"""

from __future__ import annotations

import zlib

import zstandard

# Pages are zstd level 3: six times faster than zlib-6 for 3% more bytes (bench/ingest.py).
_PACK = zstandard.ZstdCompressor(level=3)
_UNPACK = zstandard.ZstdDecompressor()
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # every zstd frame starts so; a zlib stream never does


def pack_html(html: str) -> bytes:
    return _PACK.compress(html.encode("utf-8"))


def unpack_html(blob: bytes) -> str:
    """A stored page's HTML: zstd, or zlib in rows stored before schema step 12."""
    if blob.startswith(_ZSTD_MAGIC):
        return _UNPACK.decompress(blob).decode("utf-8")
    return zlib.decompress(blob).decode("utf-8")


def stores_html(settings) -> bool:
    """Whether a crawl with these settings keeps each article's HTML (for `tinbao reparse`)."""
    return settings.getbool("TINBAO_STORAGE_ENABLED", True) and settings.getbool(
        "TINBAO_STORE_HTML", True
    )
