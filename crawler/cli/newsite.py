"""`tinbao new-site`: a profile for a new site from two or three sample article pages."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import click

from crawler.cli.options import CONTEXT_SETTINGS
from crawler.exitcodes import ExitCode


def _is_url(text: str) -> bool:
    return urlsplit(text).scheme in ("http", "https")


class UnreadableSample(click.ClickException):
    """A sample page that is not readable HTML: one line, exit code 2."""

    exit_code = ExitCode.USAGE


def _read(path: str) -> str:
    from crawler.extract_command import UnreadableInput, decode_html

    try:
        return decode_html(Path(path).read_bytes())
    except OSError as exc:
        raise click.UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except UnreadableInput as exc:
        raise UnreadableSample(str(exc)) from exc


def _read_case(path: str) -> dict:
    """A sample's confirmed record (a page.json file), or one line saying why it is none."""
    try:
        case = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise click.UsageError(f"cannot read --expect {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.UsageError(f"--expect {path} is not a JSON page.json file: {exc}") from exc
    if not isinstance(case, dict):
        raise click.UsageError(f"--expect {path} is not a page.json object")
    return case


def _confirm(record: dict, url: str) -> dict:
    """Let the user correct the generic extractor's record in their editor."""
    if not sys.stdin.isatty():
        raise click.UsageError(
            "no terminal to confirm the values on: give --expect page.json for each sample"
        )
    text = json.dumps(record, ensure_ascii=False, indent=2)
    header = (
        f"// {url}\n// Correct each value to what the page shows (null when it shows none),\n"
        "// save and quit. These lines are ignored.\n"
    )
    edited = click.edit(header + text, extension=".json")
    body = "\n".join(line for line in (edited or text).splitlines() if not line.startswith("//"))
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"the corrected record is not JSON: {exc}") from exc


@click.command("new-site", context_settings=CONTEXT_SETTINGS)
@click.argument("samples", nargs=-1, required=True)
@click.option("--key", required=True, help="The new site's key, e.g. baoxyz (a spider name).")
@click.option(
    "--expect",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="page.json with a sample's confirmed record, once per sample, in order.",
)
@click.option("--listing", help="A listing page (file or URL) to learn listing selectors from.")
@click.option("--listing-url", help="The listing page's URL, when --listing is a file.")
@click.option("--name", help="The newspaper's name (default: the registry's, else og:site_name).")
@click.option("--province", help="Its province (default: the registry's).")
@click.option("--force", is_flag=True, help="Overwrite an existing profile of that key.")
def new_site(
    samples: tuple[str, ...],
    key: str,
    expect: tuple[str, ...],
    listing: str | None,
    listing_url: str | None,
    name: str | None,
    province: str | None,
    force: bool,
) -> None:
    """Write a profile for a new site from two or three sample article pages.

    Each SAMPLE is a saved page or a URL (fetched through Scrapy). The generic extractor
    reads each one; you confirm or correct its values in your editor, or give the
    confirmed records with --expect (page.json files: {url, fetched_at, expected}). tinbao
    then induces, for each field, the shortest stable CSS selector giving the confirmed
    value on every sample, the body container and its drop list, and the article URL
    regex; with --listing, also the listing's item and next-page selectors. It writes
    parsers/sites/KEY.py and tests/fixtures/sites/KEY/ (page.html and page.json per
    sample), runs the parser test on them and reports the field agreement. Exit code 1
    when a field disagrees: review the profile.

    \b
    Examples:
      tinbao new-site a.html b.html c.html --key baoxyz
      tinbao new-site https://baoxyz.vn/a-123.html https://baoxyz.vn/b-124.html --key baoxyz
      tinbao new-site a.html b.html --key baoxyz --expect a.json --expect b.json \\
          --listing kinh-te.html --listing-url https://baoxyz.vn/kinh-te/
    """
    from crawler.fixtures import as_saved, fixture_dir, write_response
    from crawler.newsite import ROOT, Listing, NewSiteError, key_problem
    from crawler.newsite import new_site as build
    from parsers.induce import Sample
    from parsers.page import Page, UnreadablePage
    from parsers.vietnamese.dates import LOCAL_TZ
    from pipelines.normalize import extract_record

    if len(samples) < 2:
        raise click.UsageError("give at least two sample pages (three is better)")
    if problem := key_problem(key):  # before a sample is fetched or a file written
        raise click.UsageError(f"--key: {problem}")
    if expect and len(expect) != len(samples):
        raise click.UsageError(f"{len(samples)} samples but {len(expect)} --expect files")
    if (ROOT / "parsers" / "sites" / f"{key}.py").exists() and not force:
        raise click.UsageError(f"parsers/sites/{key}.py exists (--force overwrites it)")
    cases = [_read_case(file) for file in expect] if expect else [{} for _ in samples]
    urls = [s for s in samples if _is_url(s)] + ([listing] if listing and _is_url(listing) else [])
    fetched = {}
    if urls:
        from crawler.fetch import FetchError, fetch

        try:
            fetched = fetch(urls)
        except FetchError as exc:
            raise click.ClickException(str(exc)) from exc

    for url, page in fetched.items():
        if not page.html:
            kind = page.headers.get("Content-Type", ["no Content-Type"])[0]
            raise click.ClickException(f"{url} is not an HTML page ({kind})")

    confirmed = []
    for index, sample in enumerate(samples):
        case = cases[index]
        if sample in fetched:
            page = fetched[sample]
            html, url, when = as_saved(page), page.url, page.fetched_at
        else:
            html = _read(sample)
            when = (
                datetime.fromisoformat(case["fetched_at"])
                if case.get("fetched_at")
                else datetime.now(LOCAL_TZ)
            )
            url = case.get("url") or Page(html, "http://unknown/", when).canonical_url
        if not _is_url(url):
            raise click.UsageError(f"{sample}: no canonical link tells its URL; use --expect")
        try:
            record = case.get("expected") or _confirm(extract_record(html, url, when), url)
            confirmed.append(Sample(Page(html, url, when), record, when))
        except UnreadablePage as exc:
            raise click.UsageError(f"{sample} is not an HTML page: {exc}") from exc

    listed = None
    if listing:
        html = as_saved(fetched[listing]) if listing in fetched else _read(listing)
        where = fetched[listing].url if listing in fetched else listing_url
        when = fetched[listing].fetched_at if listing in fetched else datetime.now(LOCAL_TZ)
        where = where or Page(html or "", "http://unknown/", when).canonical_url
        if not _is_url(where):
            raise click.UsageError("give --listing-url: the listing file has no canonical link")
        listed = Listing(where, html or "", when)

    try:
        result = build(key, confirmed, listing=listed, name=name, province=province)
    except NewSiteError as exc:
        raise click.ClickException(str(exc)) from exc
    for sample in samples:
        if sample in fetched:  # what was fetched, beside the page, as `tinbao snapshot` keeps it
            write_response(fixture_dir(result.fixture_dir, fetched[sample].url), fetched[sample])

    click.echo(f"wrote {result.profile_path.relative_to(ROOT)}")
    click.echo(
        f"wrote {len(confirmed)} fixture pages under {result.fixture_dir.relative_to(ROOT)}/"
    )
    click.echo(f"article URLs: {result.article_url}")
    for field_name, css in result.induced.fields.items():
        click.echo(f"  {field_name}: {css}")
    if result.induced.drop:
        click.echo(f"  drop: {', '.join(result.induced.drop)}")
    if result.induced.left_generic:
        click.echo(f"  generic: {', '.join(result.induced.left_generic)}")
    same = sum(s for s, _ in result.agreement.values())
    total = sum(n for _, n in result.agreement.values())
    click.echo(f"field agreement: {same}/{total}")
    for difference in result.differences:
        click.echo(f"  differs: {difference}", err=True)
    if result.differences:
        raise click.ClickException(
            f"{len(result.differences)} fields differ from the confirmed values: review "
            f"{result.profile_path.relative_to(ROOT)}"
        )


COMMANDS: list[click.Command] = [new_site]
