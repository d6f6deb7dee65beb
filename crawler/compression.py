"""Whether a compressed body decodes whole, for every encoding Scrapy accepts.

Scrapy's decoders keep what they could decode when a stream stops early: a gzip, deflate or br
body cut short in transit, or a zstd one (on purpose: "as much data as possible out of a
truncated response"), came out as the first part of the page, which was parsed and stored as
the whole article, or dropped for good as unreadable. Each check here reads the body in bounded
chunks that are thrown away, only up to the download size cap (past it Scrapy's own cap refuses
the body), so a compression bomb costs neither memory nor much time. Both decoders come with
Scrapy (brotli, and zstd from the standard library or its backport). A stacked encoding
(`Content-Encoding: gzip, br`) is checked one layer at a time, each decoded by Scrapy's own
decoder (bounded by the same cap) to reach the next.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable

import brotli
from scrapy.utils import _compression as scrapy_decoders
from scrapy.utils.gz import gunzip

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

_CHUNK = 1 << 16


def gzip_problem(body: bytes, max_size: int = 0) -> str | None:
    """What stops a gzip body from decoding whole (not gzip, cut short, corrupt), or None.

    Every member must end with its trailer and checksum."""
    rest, size = body, 0
    while rest:
        if not rest.startswith(b"\x1f\x8b"):
            return "not gzip data"
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            size = _inflate(inflater, rest, size, max_size)
        except zlib.error as exc:
            return f"corrupt gzip data: {exc}"
        if size is None:
            return None
        if not inflater.eof:
            return "gzip stream cut short"
        rest = inflater.unused_data.lstrip(b"\x00")  # zero padding after the last member
    return None


def deflate_problem(body: bytes, max_size: int = 0) -> str | None:
    """The same for `deflate`: a zlib stream, or raw deflate as some Microsoft servers send
    (Scrapy accepts both); the stream must reach its end (and the zlib checksum)."""
    inflater = zlib.decompressobj()
    try:
        try:
            size = _inflate(inflater, body, 0, max_size)
        except zlib.error:
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            size = _inflate(inflater, body, 0, max_size)
    except zlib.error as exc:
        return f"corrupt deflate data: {exc}"
    return None if size is None or inflater.eof else "deflate stream cut short"


def _inflate(inflater: zlib._Decompress, data: bytes, size: int, max_size: int) -> int | None:
    """Run `data` through `inflater` a chunk at a time, throwing the output away: the decoded
    size so far (`size` before), or None once it passes `max_size` (Scrapy's cap refuses it)."""
    size += len(inflater.decompress(data, _CHUNK))
    while inflater.unconsumed_tail and not inflater.eof:
        if max_size and size > max_size:
            return None
        size += len(inflater.decompress(inflater.unconsumed_tail, _CHUNK))
    return size


def br_problem(body: bytes, max_size: int = 0) -> str | None:
    """The same for `br`: the brotli stream must reach its last block."""
    decoder = brotli.Decompressor()
    try:
        size = len(decoder.process(body, output_buffer_limit=_CHUNK))
        while not decoder.is_finished():
            if max_size and size > max_size:
                return None
            chunk = decoder.process(b"", output_buffer_limit=_CHUNK)
            if not chunk:
                break
            size += len(chunk)
    except brotli.error as exc:
        return f"corrupt br data: {exc}"
    return None if decoder.is_finished() else "br stream cut short"


def zstd_problem(body: bytes, max_size: int = 0) -> str | None:
    """The same for `zstd`: every frame must reach its end."""
    rest, size = body, 0
    while rest:
        decoder = zstd.ZstdDecompressor()
        try:
            size += len(decoder.decompress(rest, _CHUNK))
            while not decoder.eof and not decoder.needs_input:
                if max_size and size > max_size:
                    return None
                size += len(decoder.decompress(b"", _CHUNK))
        except zstd.ZstdError as exc:
            return f"corrupt zstd data: {exc}"
        if not decoder.eof:
            return "zstd stream cut short"
        rest = decoder.unused_data
    return None


# Scrapy's own decoders, to reach the inner layer of a stacked encoding as Scrapy will.
DECODERS: dict[bytes, Callable[..., bytes]] = {
    b"gzip": gunzip,
    b"x-gzip": gunzip,
    b"deflate": scrapy_decoders._inflate,
    b"br": scrapy_decoders._unbrotli,
    b"zstd": scrapy_decoders._unzstd,
}
NO_ENCODING = b"identity"  # "no transformation" (RFC 9110): nothing to decode

CHECKS: dict[bytes, Callable[[bytes, int], str | None]] = {
    b"gzip": gzip_problem,
    b"x-gzip": gzip_problem,
    b"deflate": deflate_problem,
    b"br": br_problem,
    b"zstd": zstd_problem,
}


def content_codings(header_values: list[bytes]) -> list[bytes]:
    """The codings of `Content-Encoding` header values, in the order they were applied
    (`gzip, br`: gzip first), lower case, without `identity`."""
    codings = (c.strip().lower() for value in header_values for c in value.split(b","))
    return [c for c in codings if c and c != NO_ENCODING]


def compression_problem(encodings: list[bytes], body: bytes, max_size: int = 0) -> str | None:
    """What stops a body sent with these `Content-Encoding` values from decoding whole, or
    None. Stacked codings (`gzip, br`, `gzip, gzip`) are checked layer by layer from the
    outside in: Scrapy decodes each and would keep the part of an inner layer cut short. A
    coding Scrapy does not know ends the check there (Scrapy keeps those layers as they are)."""
    layers = content_codings(encodings)
    for depth, coding in enumerate(reversed(layers), start=1):
        check = CHECKS.get(coding)
        if check is None:
            return None
        if problem := check(body, max_size):
            return problem
        if depth == len(layers):
            return None
        try:
            body = DECODERS[coding](body, max_size=max_size)
        except scrapy_decoders._DecompressionMaxSizeExceeded:
            return None  # Scrapy's own cap refuses the body
    return None
