"""`tinbao snapshot`: save what tinbao fetched and extracted from one URL, as a fixture folder."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click

from crawler.cli.options import CONTEXT_SETTINGS, GivenPath, name_value_pairs


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("url")
@click.option(
    "--out",
    "out_dir",
    type=GivenPath(file_okay=False),
    help="Folder to write (default: snapshot-<host>-<last path part>).",
)
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting.")
def snapshot(url: str, out_dir: str | None, settings: tuple[str, ...]) -> None:
    """Fetch URL through Scrapy, as a crawl would, and save what tinbao saw and extracted.

    The folder holds page.html (the page as tinbao decoded it, in UTF-8; a page sent in
    another charset has its <meta> charset set to UTF-8), response.json (the
    requested and final URL, status, headers, charset and fetch time) and page.json (the
    record `tinbao extract` gives, under "expected", and where each field came from, under
    "sources"). Attach the folder to a bug report; to
    turn it into a test, correct page.json's "expected" values to what the page shows and
    move the folder under tests/fixtures/.

    \b
    Example:
      tinbao snapshot https://baothaibinh.com.vn/tin-tuc/12/102296/bao-dam-an-toan
      tinbao snapshot https://baolamdong.vn/2024/05/12/ca-phe/ --out bug-123
    """
    from crawler.fetch import FetchError, fetch
    from crawler.fixtures import as_saved, write_fixture, write_response
    from parsers.extract import extract
    from parsers.page import UnreadablePage
    from parsers.record import EXTRACT_KEYS
    from pipelines.normalize import normalize

    if urlsplit(url).scheme not in ("http", "https"):
        raise click.UsageError(f"not an http(s) URL: {url!r}")
    try:
        page = fetch([url], name_value_pairs(settings, "-s"))[url]
    except FetchError as exc:
        raise click.ClickException(str(exc)) from exc
    if page.text is None:
        raise click.ClickException(f"{page.url} is not a text page ({page.status})")
    folder = Path(out_dir or _default_name(page.url))
    html = as_saved(page)
    try:
        extraction = extract(html, page.url, fetched_at=page.fetched_at)
    except UnreadablePage as exc:
        raise click.ClickException(f"{page.url} is not an HTML page: {exc}") from exc
    full = normalize(extraction, page.fetched_at).record
    record = {key: full[key] for key in EXTRACT_KEYS}
    write_fixture(folder, page.url, html, page.fetched_at, extraction.sources, record)
    write_response(folder, page)
    click.echo(f"saved {page.url} ({page.status}) in {folder}/", err=True)
    missing = [k for k in ("headline", "published_at", "body") if not record[k]]
    if missing:
        click.echo(f"no {', '.join(missing)} extracted: worth a bug report", err=True)


def _default_name(url: str) -> str:
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1] or "home"
    return f"snapshot-{parts.hostname}-{last}"[:120]


COMMANDS: list[click.Command] = [snapshot]
