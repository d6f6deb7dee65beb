"""Bodies in every encoding Scrapy accepts (deflate, br, zstd besides gzip), cut short in
transit: Scrapy's decoders keep what they could decode, so half an article was stored as the
whole one. Each is now refused like a cut gzip body and fetched again next run."""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import brotli
import pytest

from crawler.compression import compression_problem
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    crawl_stats,
    dropped,
    expect_rows,
    integrity,
)
from tests.faults.server import Fault, serving

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

A = article_path("105870")
PAGE = (MIRROR / A.strip("/") / "page.html").read_bytes()


def raw_deflate(data: bytes) -> bytes:
    """Deflate without the zlib wrapper, as some Microsoft servers send it."""
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


ENCODERS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "deflate": ("deflate", zlib.compress),
    "raw deflate": ("deflate", raw_deflate),
    "br": ("br", brotli.compress),
    "zstd": ("zstd", zstd.compress),
}


@pytest.mark.parametrize("name", ENCODERS)
def test_a_compressed_body_cut_short_is_never_parsed(tmp_path: Path, name: str) -> None:
    encoding, encode = ENCODERS[name]
    packed = encode(PAGE)
    cut = Fault(body=packed[: len(packed) * 6 // 10], headers={"Content-Encoding": encoding})
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: cut}) as site:
        run = crawl(site, db)
        assert run.returncode == 0, run.output
        expect_rows(db, set(ARTICLES) - {A})
        assert A not in dropped(db)
        assert (
            f"ERROR: {site.url(A)}: body not read, its {encoding} encoding cannot be decoded "
            f"({encoding} stream cut short); fetched again next run\n" in run.stderr
        )
        assert crawl_stats(db)["tinbao/articles/failed/undecodable"] == 1
        site.faults.clear()
        again = crawl(site, db)
    assert again.returncode == 0, again.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


@pytest.mark.parametrize("name", ENCODERS)
def test_a_whole_compressed_body_is_read(tmp_path: Path, name: str) -> None:
    encoding, encode = ENCODERS[name]
    db = tmp_path / "news.db"
    whole = Fault(body=encode(PAGE), headers={"Content-Encoding": encoding})
    with serving(MIRROR, {A: whole}) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    expect_rows(db, ARTICLES)


@pytest.mark.parametrize("name", ENCODERS)
def test_each_check_reads_to_the_end_and_only_up_to_the_size_cap(name: str) -> None:
    encoding, encode = ENCODERS[name]
    packed = encode(PAGE)
    assert compression_problem([encoding.encode()], packed) is None
    assert compression_problem([encoding.encode()], packed[:-1]) == f"{encoding} stream cut short"
    corrupt = packed[:40] + bytes(60) + packed[100:]
    assert compression_problem([encoding.encode()], corrupt).startswith(f"corrupt {encoding} data")
    bomb = encode(bytes(20_000_000))
    assert compression_problem([encoding.encode()], bomb, max_size=1_000_000) is None


def test_zstd_frames_are_checked_one_by_one() -> None:
    two = zstd.compress(b"Thai Binh") + zstd.compress(b" que lua")
    assert compression_problem([b"zstd"], two) is None
    assert compression_problem([b"zstd"], two[:-2]) == "zstd stream cut short"


def test_stacked_encodings_are_checked_layer_by_layer() -> None:
    gzipped = gzip.compress(PAGE)
    assert compression_problem([b"gzip, br"], brotli.compress(gzipped)) is None
    assert compression_problem([b"gzip", b"br"], brotli.compress(gzipped)) is None
    inner_cut = brotli.compress(gzipped[:-8])
    assert compression_problem([b"gzip, br"], inner_cut) == "gzip stream cut short"
    assert compression_problem([b"gzip, gzip"], gzip.compress(gzipped)[:-8]) == (
        "gzip stream cut short"
    )
    assert compression_problem([b"identity, gzip"], gzipped) is None
    assert compression_problem([b"br, gzip"], gzip.compress(b"not br")).startswith("corrupt br")


def test_unknown_or_no_encodings_are_left_to_scrapy() -> None:
    assert compression_problem([b"compress"], b"anything") is None
    assert compression_problem([b"gzip, compress"], b"anything") is None
    assert compression_problem([b"identity"], b"anything") is None
    assert compression_problem([], b"anything") is None
