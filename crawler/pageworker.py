"""Reading one article page (decode, extract, normalize, judge, compress for storage), and the
worker process that does it for a crawl.

`read_page` is the same wherever it runs: in the crawl process, or in a worker started by
`crawler.extraction.ExtractionPool` as `python -m crawler.pageworker`. A worker reads requests
from stdin and writes answers to stdout, each a 4-byte length and a pickle; it imports only the
parsers (not Scrapy), ignores SIGINT and SIGTERM (the crawl process decides when it stops) and
exits when its stdin closes, which also happens when the crawl process dies.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import traceback
from datetime import datetime
from typing import BinaryIO, NamedTuple

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from parsers.extract import Extraction, extract
from parsers.page import codec_name, decode_page
from pipelines.htmlcodec import pack_html
from pipelines.normalize import Normalized, normalize_item
from pipelines.validate import drop_reason

HEADER = struct.Struct(">I")  # the length of the pickle that follows
READY = "ready"  # a worker's first answer: it has imported the extractor
OK = "ok"
RAISED = "raised"


class ReadPage(NamedTuple):
    html: str
    read_as: str  # the codec the page was read as
    label: str | None  # the charset label a browser would go by: header, then `<meta>`
    extraction: Extraction
    normalized: Normalized | None  # None: normalize raised, and the pipeline raises it again
    drop: str | None  # `drop_reason` of the normalized record (None: a record to keep)
    packed: bytes | None  # `pack_html(html)` when asked for (the page is to be stored)


def decode_body(body: bytes, content_type: str) -> tuple[str, str, str | None]:
    """(text, the codec it was read as, the charset label a browser would go by: header, then
    `<meta>`): the page decoded by `decode_page`, which checks the labels rather than trust them."""
    declared = [
        codec_name(http_content_type_encoding(content_type)),
        codec_name(html_body_declared_encoding(body)),
    ]
    html, read_as = decode_page(body, declared)
    return html, read_as, declared[0] or declared[1]


def read_page(
    body: bytes,
    content_type: str,
    url: str,
    fetched_at: datetime,
    article_id: str | None = None,
    pack: bool = False,
    hosts: tuple[str, ...] = (),
) -> ReadPage:
    """Decode, extract and normalize one article page (raises `UnreadablePage`); with `pack`,
    also compress its HTML as the `pages` table stores it.

    `article_id` is the spider's own reading of the URL, taken when the extractor finds none;
    `hosts` the other hosts the crawl takes for the site (`parsers.extract.extract`).
    The record is normalized and judged (`drop_reason`) and the HTML compressed here, beside
    the extraction, so a crawl's engine does not have to; an exception in `normalize` or
    `drop_reason` leaves both to the pipelines, which raise it where they always did, with the
    same log line."""
    html, read_as, label = decode_body(body, content_type)
    extraction = extract(html, url, fetched_at=fetched_at, hosts=hosts)
    if extraction.site_article_id is None:
        extraction.site_article_id = article_id
    try:
        normalized = normalize_item(extraction, fetched_at)
        record = {
            **normalized.record,
            "body_link_share": extraction.body_link_share,
            "listing": extraction.listing,
        }
        drop = drop_reason(record)
    except Exception:  # left to the pipelines, which raise it where they always did
        normalized, drop = None, None
    packed = pack_html(html) if pack else None
    return ReadPage(html, read_as, label, extraction, normalized, drop, packed)


def frame(message: object) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data


def answer(request: tuple) -> bytes:
    """The framed answer to one request: its `ReadPage`, or the exception it raised with the
    worker's traceback (as text: a traceback cannot be pickled)."""
    try:
        return frame((OK, read_page(*request)))
    except Exception as exc:
        text = traceback.format_exc()
        try:
            return frame((RAISED, exc, text))
        except Exception:  # an exception that cannot be pickled: its type and words survive
            return frame((RAISED, RuntimeError(f"{type(exc).__name__}: {exc}"), text))


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """Answer framed requests in order until `requests` ends."""
    answers.write(frame((READY, os.getpid())))
    answers.flush()
    while header := requests.read(HEADER.size):
        if len(header) < HEADER.size:
            return
        (size,) = HEADER.unpack(header)
        answers.write(answer(pickle.loads(requests.read(size))))
        answers.flush()


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot garble an answer
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
