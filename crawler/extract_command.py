"""`tinbao extract`: parse one saved page and print its normalized record as JSON.

Checking one page from a shell should cost little more than the extraction itself, so this
command loads only the extraction path (parsers and normalization): not click, the other
commands, the database layer or Scrapy, and argparse only for help and mistakes. The console script
(`crawler.console`) sends `tinbao extract` here directly; the click group's `extract` passes its
arguments on to `main`, so both behave the same.
"""

from __future__ import annotations

import json
import signal
import sys
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from crawler.exitcodes import ExitCode
from crawler.streams import open_closed_standard_streams, unwritable_output

if TYPE_CHECKING:
    import argparse

SUMMARY = "Parse one saved article page and print its normalized record as JSON."
DESCRIPTION = f"""{SUMMARY}

FILE is an HTML file, or - for standard input. The JSON object has exactly the keys
url, site, headline, summary, published_at, published_raw, modified_at, views, views_raw,
byline, authors, body, category, tags, images."""
EXAMPLE = """Example:
  tinbao extract --url https://baothaibinh.com.vn/tin-tuc/12/102296/x page.html
  curl -s URL | tinbao extract --url URL -"""
# The forms `--fetched-at` accepts, tried in this order.
TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")
GZIP_MAGIC = b"\x1f\x8b"
# A saved page inflates to at most this: far past any page, short of a compression bomb.
MAX_INFLATED_BYTES = 256 * 1024 * 1024
# Western single-byte codecs an old template's `<meta>` names over UTF-8 bytes (the server's
# `charset=utf-8` header, which a browser goes by, is lost when the page is saved).
WESTERN_CODECS = frozenset({"cp1252", "iso8859-1", "ascii"})


class UnreadableInput(Exception):
    """Input that is not a readable HTML page: one line, exit code 2."""


def decode_html(data: bytes) -> str:
    """Bytes of a saved page → text, in the charset its BOM or `<meta>` declares, else UTF-8.

    Undeclared bytes that are not UTF-8 are refused rather than guessed at. w3lib's reader is
    the one Scrapy applies to fetched pages, and it loads in a fraction of bs4's time. A page
    saved gzipped (`curl -o` from a server that compresses anyway) is inflated first, as a
    crawl reads such a body.
    """
    if data.startswith(GZIP_MAGIC):
        data = _gunzipped(data)
    if not data.strip():
        raise UnreadableInput("empty input, not an HTML page")
    from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom

    from parsers.page import codec_name, without_controls
    from parsers.vietnamese.text import compose_decoded

    bom = read_bom(data)[0]
    # UTF-16 text is half NUL bytes, after its BOM; a page opening with markup keeps stray ones
    if bom is None and b"\x00" in data[:4096] and not opens_with_markup(data):
        raise UnreadableInput("binary data, not an HTML page")
    if bom is None and html_body_declared_encoding(data) is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableInput(
                f"cannot decode the input as text: not UTF-8 (byte {exc.start}) "
                "and no charset declared"
            ) from exc
    # Only a BOM, a declared charset or valid UTF-8 is left, which w3lib reads alike without
    # a default encoding (a parameter it deprecates)
    encoding, text = html_to_unicode(None, data)
    if codec_name(encoding) in WESTERN_CODECS and (utf8 := utf8_beyond_ascii(data)) is not None:
        encoding, text = "utf-8", utf8
    if "<" not in text:
        raise UnreadableInput("no HTML markup in the input")
    text = without_controls(text)  # NULs and controls no browser shows, as a crawl
    return compose_decoded(text, data, encoding)  # windows-1258, decomposed editors


def utf8_beyond_ascii(data: bytes) -> str | None:
    """`data` as UTF-8 when it is valid UTF-8 and not all ASCII, else None: Western text in a
    single-byte charset is almost never valid UTF-8 once it leaves ASCII, so such bytes under a
    Western label are UTF-8 mislabelled, read as a browser given the server's header reads them."""
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def opens_with_markup(data: bytes) -> bool:
    """Whether `data` opens, after white space, with a tag, a comment or a doctype in single
    bytes (`<` then a letter, `!`, `?` or `/`), as a browser sniffs a page for HTML: then stray
    NUL bytes further on are noise in a page, not the sign of a binary file."""
    start = data.lstrip(b" \t\r\n\f")[:2]
    return len(start) == 2 and start[:1] == b"<" and (start[1:].isalpha() or start[1:] in b"!?/")


def _gunzipped(data: bytes) -> bytes:
    """Gzip bytes inflated whole, every member, or `UnreadableInput` (corrupt, cut short, or
    inflating past `MAX_INFLATED_BYTES`: a compression bomb)."""
    import zlib

    pages, size, rest = [], 0, data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            page = inflater.decompress(rest, MAX_INFLATED_BYTES - size + 1)
        except zlib.error as exc:
            raise UnreadableInput(f"corrupt gzip data: {exc}") from exc
        size += len(page)
        if size > MAX_INFLATED_BYTES:
            raise UnreadableInput(f"gzip data inflating past {MAX_INFLATED_BYTES} bytes")
        if not inflater.eof:
            raise UnreadableInput("gzip data cut short")
        pages.append(page)
        rest = inflater.unused_data.lstrip(b"\x00")  # zero padding after the last member
    if rest:
        raise UnreadableInput("gzip data followed by other bytes")
    return b"".join(pages)


def _http_url(value: str) -> str:
    from argparse import ArgumentTypeError

    from parsers.urls import http_url

    try:
        return http_url(value)
    except ValueError as exc:
        raise ArgumentTypeError(str(exc)) from exc


def _fetch_time(value: str) -> datetime:
    from argparse import ArgumentTypeError

    if (when := _read_time(value)) is None:
        raise ArgumentTypeError(f"{value!r} does not match the formats {', '.join(TIME_FORMATS)}")
    return when


def _read_time(value: str) -> datetime | None:
    for form in TIME_FORMATS:
        try:
            return datetime.strptime(value, form)
        except ValueError:
            continue
    return None


def _parser(prog: str) -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=prog,
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--url",
        required=True,
        type=_http_url,
        help="the page's URL: picks the site profile by host",
    )
    parser.add_argument(
        "--fetched-at",
        type=_fetch_time,
        metavar="TIME",
        help="when the page was fetched (anchors relative dates), as 2024-05-01T08:00:00+07:00, "
        "2024-05-01T08:00:00 (+07:00) or 2024-05-01; default now",
    )
    parser.add_argument("file", metavar="FILE", help="the saved page, or - for standard input")
    return parser


OPTIONS = ("--url", "--fetched-at", "-h", "--help")
VALUED = ("--url", "--fetched-at")  # the options taking a value


class Options(NamedTuple):
    file: str
    url: str
    fetched_at: datetime | None


def _plain_options(argv: list[str]) -> Options | None:
    """The options of a usual command line, `--url URL [--fetched-at TIME] FILE` in any order
    (`--url=URL` too), each once and valid, read as argparse reads them but without it: its
    parser and help formatter were a sixteenth of a process extracting a page. None for any
    other command line (help, a mistake, `--`, a value opening with `-`), left to argparse."""
    values: dict[str, str] = {}
    files = []
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name in VALUED:
            value = value if equals else next(words, "-")
            if name in values or value.startswith("-"):
                return None
            values[name] = value
        elif files or (word.startswith("-") and word != "-"):
            return None
        else:
            files.append(word)
    if not files or "--url" not in values:
        return None
    from parsers.urls import http_url

    try:
        url = http_url(values["--url"])
    except ValueError:
        return None
    fetched_at = None
    if "--fetched-at" in values and (fetched_at := _read_time(values["--fetched-at"])) is None:
        return None
    return Options(files[0], url, fetched_at)


def _unknown_option(argv: list[str]) -> str | None:
    """The first word shaped like an option that `tinbao extract` does not have."""
    values = False  # the word is the value of the option before it
    for word in argv:
        if word == "--":
            return None
        if not values and word.startswith("-") and word != "-":
            if word.split("=", 1)[0] not in OPTIONS:
                return word
            values = "=" not in word and word in ("--url", "--fetched-at")
            continue
        values = False
    return None


def main(argv: list[str], prog: str = "tinbao extract") -> None:
    """Run `tinbao extract` with `argv` (the words after `extract`); exits 0, or 2 with one
    line on stderr for bad usage or unreadable input, 1 for an output that cannot be written."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head`: end as `cat` would
    open_closed_standard_streams(printing=True)  # `>&-`: a failure, not a record printed nowhere
    if (options := _plain_options(argv)) is None:
        parser = _parser(prog)
        if unknown := _unknown_option(argv):  # argparse would only say a required one is missing
            parser.error(f"no such option: {unknown}")
        parsed = parser.parse_args(argv)
        options = Options(parsed.file, parsed.url, parsed.fetched_at)
    try:
        record = _extract(options.file, options.url, options.fetched_at)
    except UnreadableInput as exc:
        print(f"Error: {exc}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE) from None
    try:
        print(json.dumps(record, ensure_ascii=False))
        sys.stdout.flush()
    except OSError as exc:
        if (failure := unwritable_output(exc)) is None:
            raise
        print(f"Error: {failure}", file=sys.stderr)
        raise SystemExit(ExitCode.ERROR) from None


def _extract(file: str, url: str, fetched_at: datetime | None) -> dict:
    from parsers.page import UnreadablePage
    from parsers.vietnamese.dates import LOCAL_TZ
    from pipelines.normalize import extract_record

    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as saved:
                data = saved.read()
    except OSError as exc:
        raise UnreadableInput(f"cannot read {file}: {exc.strerror}") from exc
    when = fetched_at or datetime.now(LOCAL_TZ)
    if when.tzinfo is None:
        when = when.replace(tzinfo=LOCAL_TZ)
    try:
        text = decode_html(data)
    except UnreadableInput as exc:  # name the file: one line among a loop's over many files
        if file == "-":
            raise
        raise UnreadableInput(f"{file}: {exc}") from exc
    try:
        return extract_record(text, url, when)
    except UnreadablePage as exc:
        raise UnreadableInput(f"{file} is not an HTML page: {exc}") from exc
