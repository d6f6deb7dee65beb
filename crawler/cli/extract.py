"""`tinbao extract`: parse one saved page and print its normalized record as JSON.

It loads only the extraction path (parsers and normalization), never the database layer or
Scrapy, so that one page is quick to check from a shell.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from crawler.cli.options import CONTEXT_SETTINGS, HttpUrl
from crawler.exitcodes import ExitCode


class UnreadableInput(click.ClickException):
    """Input that is not a readable HTML page: one line, exit code 2."""

    exit_code = ExitCode.USAGE


def decode_html(data: bytes) -> str:
    """Bytes of a saved page → text, in the charset its BOM or `<meta>` declares, else UTF-8.

    Undeclared bytes that are not UTF-8 are refused rather than guessed at. w3lib's reader is
    the one Scrapy applies to fetched pages, and it loads in a fraction of bs4's time.
    """
    if not data.strip():
        raise UnreadableInput("empty input, not an HTML page")
    if b"\x00" in data[:4096]:
        raise UnreadableInput("binary data, not an HTML page")
    from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom

    from parsers.vietnamese.text import UTF8_COMBINING, compose

    if read_bom(data)[0] is None and html_body_declared_encoding(data) is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableInput(
                f"cannot decode the input as text: not UTF-8 (byte {exc.start}) "
                "and no charset declared"
            ) from exc
    encoding, text = html_to_unicode(None, data, default_encoding="utf-8")
    if "<" not in text:
        raise UnreadableInput("no HTML markup in the input")
    if encoding != "utf-8" or UTF8_COMBINING in data:  # windows-1258, decomposed editors
        text = compose(text)
    return text


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--url", required=True, type=HttpUrl(), help="The page's URL: picks the site profile by host."
)
@click.option(
    "--fetched-at",
    type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]),
    help="When the page was fetched (anchors relative dates); default now.",
)
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
def extract(url: str, fetched_at: datetime | None, file: str) -> None:
    """Parse one saved article page and print its normalized record as JSON.

    FILE is an HTML file, or - for standard input. The JSON object has exactly the keys
    url, site, headline, summary, published_at, published_raw, modified_at, views,
    views_raw, byline, authors, body, category, tags, images.

    \b
    Example:
      tinbao extract --url https://baothaibinh.com.vn/tin-tuc/12/102296/x page.html
      curl -s URL | tinbao extract --url URL -
    """
    from parsers.page import UnreadablePage
    from parsers.vietnamese.dates import LOCAL_TZ
    from pipelines.normalize import extract_record

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read {file}: {exc.strerror}") from exc
    when = fetched_at or datetime.now(LOCAL_TZ)
    if when.tzinfo is None:
        when = when.replace(tzinfo=LOCAL_TZ)
    try:
        record = extract_record(decode_html(data), url, when)
    except UnreadablePage as exc:
        raise UnreadableInput(f"{file} is not an HTML page: {exc}") from exc
    click.echo(json.dumps(record, ensure_ascii=False))


COMMANDS: list[click.Command] = [extract]
