"""A new site profile from sample pages: induce, write `parsers/sites/<key>.py` and fixtures, check.

`tinbao new-site` drives it. The layout's selectors come from `parsers.induce`. The article URL
regex is learned from the sample URLs (and a listing page's links) by `crawler.discovery`, the way
the profile-less crawl learns it. The check is the parser test: every fixture page's record
must equal its confirmed `page.json`.
"""

from __future__ import annotations

import ipaddress
import re
import subprocess
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from crawler.discovery import FEED_WEIGHT, learn_article_shape
from crawler.fixtures import fixture_dir as page_dir
from crawler.fixtures import write_fixture
from parsers import sites
from parsers.extract import extract
from parsers.induce import Induced, Sample, induce, induce_listing
from parsers.page import Page
from parsers.profile import Layout, SiteProfile
from parsers.record import EXTRACT_KEYS
from parsers.registry import BEFORE, entries, papers

ROOT = Path(sites.__file__).resolve().parent.parent.parent
KEY = re.compile(r"^[a-z][a-z0-9]{2,40}$")


class NewSiteError(Exception):
    """The samples do not allow a profile (one line for the user)."""


@dataclass
class Listing:
    url: str
    html: str
    fetched_at: datetime


@dataclass
class Result:
    key: str
    profile_path: Path
    fixture_dir: Path
    induced: Induced
    article_url: str
    agreement: dict[str, tuple[int, int]] = field(default_factory=dict)  # field → (same, pages)
    differences: list[str] = field(default_factory=list)  # "url field: got … expected …"


def key_problem(key: str) -> str:
    """Why `key` cannot name a profile module and its spider ('' when it can)."""
    if not KEY.match(key):
        return f"bad key {key!r}: lowercase letters and digits, like baoxyz"
    if key in {"article", "site"}:
        return f"{key!r} is the name of a generic spider"
    return ""


def new_site(
    key: str,
    samples: list[Sample],
    *,
    listing: Listing | None = None,
    name: str | None = None,
    province: str | None = None,
    root: Path = ROOT,
) -> Result:
    """Induce, write and check the profile `key` from confirmed samples."""
    problem = key_problem(key)
    if problem:
        raise NewSiteError(problem)
    for sample in samples:
        sample.expected = {**sample.expected, "site": key}
        missing = [k for k in EXTRACT_KEYS if k not in sample.expected]
        if missing:
            raise NewSiteError(f"{sample.page.url}: the record lacks {', '.join(missing)}")
    induced = induce(samples)
    links = [(s.expected["url"], FEED_WEIGHT) for s in samples]
    listing_page = Page(listing.html, listing.url, listing.fetched_at) if listing else None
    if listing_page is not None:
        links += [
            (url, 1)
            for a in listing_page.root.iter("a")
            if (url := listing_page.absolute(a.get("href")))
        ]
    hosts = _hosts(key, samples)
    for other in sites.all_profiles().values():
        shared = [h for h in hosts if other.key != key and h in other.hosts]
        if shared:
            raise NewSiteError(
                f"{shared[0]} is already a host of the profile {other.key} "
                f"(parsers/sites/{other.key}.py)"
            )
    shape = learn_article_shape((url, w) for url, w in links if urlsplit(url).hostname in hosts)
    if shape is None:
        raise NewSiteError("the sample URLs share no article URL shape")
    item, next_page = (None, None)
    if listing_page is not None:
        pattern = re.compile(shape.regex)
        item, next_page = induce_listing(
            listing_page, lambda url: bool(pattern.search(urlsplit(url).path))
        )
    provinces = _provinces(key, province)
    induced = prune(induced, samples, key, provinces, hosts, shape.regex)
    source = profile_source(
        key=key,
        name=name or _name(key, samples),
        provinces=provinces,
        hosts=hosts,
        article_url=shape.regex,
        listing=urlsplit(listing.url).path if listing else None,
        listing_item=item,
        next_page=next_page,
        induced=induced,
        samples=samples,
    )
    profile_path = root / "parsers" / "sites" / f"{key}.py"
    profile_path.write_text(source, encoding="utf-8")
    _format(profile_path)
    result = Result(
        key, profile_path, root / "tests" / "fixtures" / "sites" / key, induced, shape.regex
    )
    check(result, samples)
    return result


def _layout_name(samples: list[Sample]) -> str:
    return str(min(s.fetched_at for s in samples).year)


def _records(samples: list[Sample], profile: SiteProfile) -> list[dict]:
    from pipelines.normalize import normalize

    records = []
    for s in samples:
        extraction = extract(s.page.html, s.page.url, fetched_at=s.fetched_at, profile=profile)
        record = normalize(extraction, s.fetched_at).record
        records.append({key: record[key] for key in EXTRACT_KEYS})
    return records


def prune(
    induced: Induced,
    samples: list[Sample],
    key: str,
    provinces: tuple[str, str],
    hosts: tuple[str, ...],
    article_url: str,
) -> Induced:
    """Only the selectors and drop entries some sample needs: each one whose removal leaves
    every sample's record as it is goes (the generic extractor reads that field right)."""

    def profile(fields: dict[str, str], drop: tuple[str, ...]) -> SiteProfile:
        layout = Layout(name=_layout_name(samples), fields=fields, drop=drop)
        return SiteProfile(
            key=key,
            name=key,
            province=provinces[0],
            merged_province=provinces[1],
            hosts=hosts,
            article_url=article_url,
            layouts=(layout,),
        )

    fields, drop = dict(induced.fields), tuple(induced.drop)
    base = _records(samples, profile(fields, drop))
    for name in list(fields):
        fewer = {k: v for k, v in fields.items() if k != name}
        if _records(samples, profile(fewer, drop)) == base:
            fields = fewer
    for css in induced.drop:
        fewer_drop = tuple(d for d in drop if d != css)
        if _records(samples, profile(fields, fewer_drop)) == base:
            drop = fewer_drop
    return replace(induced, fields=fields, drop=drop)


def check(result: Result, samples: list[Sample]) -> None:
    """The parser test on the new fixtures: each field of each record against the confirmed
    values; writes each sample's page.html and page.json (with the fields' sources)."""
    from pipelines.normalize import normalize

    sites.reload()
    for sample in samples:
        extraction = extract(sample.page.html, sample.page.url, fetched_at=sample.fetched_at)
        full = normalize(extraction, sample.fetched_at).record
        got = {key: full[key] for key in EXTRACT_KEYS}
        url = sample.page.url  # where the page was read from: the parser test reads it there
        write_fixture(
            page_dir(result.fixture_dir, url),
            url,
            sample.page.html,
            sample.fetched_at,
            extraction.sources,
            sample.expected,
        )
        for key in EXTRACT_KEYS:
            same, pages = result.agreement.get(key, (0, 0))
            agree = got[key] == sample.expected[key]
            result.agreement[key] = (same + agree, pages + 1)
            if not agree:
                result.differences.append(
                    f"{sample.expected['url']} {key}: got {got[key]!r}, "
                    f"expected {sample.expected[key]!r}"
                )


def _hosts(key: str, samples: list[Sample]) -> tuple[str, ...]:
    """The registry's hosts of the paper, then those the samples were read from and name, each
    with and without `www.` (an IP address as it is)."""
    found = [
        urlsplit(url).hostname or "" for s in samples for url in (s.expected["url"], s.page.url)
    ]
    paper = papers().get(key)
    if paper:
        found = [*paper.hosts, *paper.archive_hosts, *found]
    bare = list(dict.fromkeys(h.removeprefix("www.") for h in found if h))
    return tuple(h for host in bare for h in ((host,) if _is_ip(host) else (host, f"www.{host}")))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _name(key: str, samples: list[Sample]) -> str:
    paper = papers().get(key)
    if paper:
        return paper.name
    return samples[0].page.meta.get("og:site_name") or key


def _provinces(key: str, province: str | None) -> tuple[str, str]:
    """(province, province since 2025): the registry's, unless `province` is given."""
    rows = [e for e in entries() if e.paper.key == key and e.era == BEFORE]
    if province is not None or not rows:
        return province or "", province or ""
    return rows[0].province, rows[0].current_province


def profile_source(
    *,
    key: str,
    name: str,
    provinces: tuple[str, str],
    hosts: tuple[str, ...],
    article_url: str,
    listing: str | None,
    listing_item: str | None,
    next_page: str | None,
    induced: Induced,
    samples: list[Sample],
) -> str:
    """The profile module, written like the hand-made ones."""
    layout_name = _layout_name(samples)
    expected = [s.expected for s in samples]
    floors = {
        name: floor
        for name, floor in (("published_at", 0.9), ("views", 0.9), ("byline", 0.6), ("body", 0.95))
        if all(e[name] not in (None, "") for e in expected)
    }
    shows_views = any(e["views"] is not None for e in expected)
    lines = [
        f'"""{name} ({hosts[0]}): profile induced by `tinbao new-site` from {len(samples)} sample',
        f"pages, each kept as a fixture under tests/fixtures/sites/{key}/.",
        "",
        "Every selector is the shortest found that gives the confirmed value on every sample,",
        "kept only where the generic extractor alone reads some sample wrong.",
    ]
    if induced.left_generic:
        lines.append(f"Left to the generic extractor: {', '.join(induced.left_generic)}.")
    lines += [
        '"""',
        "",
        "from parsers.profile import Layout, SiteProfile",
        "",
        "PROFILE = SiteProfile(",
        f"    key={_str(key)},",
        f"    name={_str(name)},",
        f"    province={_str(provinces[0])},",
        f"    merged_province={_str(provinces[1])},",
        f"    hosts=({', '.join(_str(h) for h in hosts)},),",
        f"    article_url={_regex(article_url)},",
        f"    family={_str(key)},",
    ]
    if listing:
        lines.append(f"    listings=({_str(listing)},),")
    if next_page:
        lines.append(f"    next_page={_str(next_page)},")
    if listing_item:
        lines.append(f"    listing_item={_str(listing_item)},")
    floors_source = ", ".join(f"{_str(k)}: {v}" for k, v in floors.items())
    lines.append(f"    floors={{{floors_source}}},")
    if not shows_views:
        lines.append("    shows_views=False,")
    lines += ["    layouts=(", "        Layout(", f"            name={_str(layout_name)},"]
    lines.append("            fields={")
    for field_name, css in induced.fields.items():
        lines.append(f"                {_str(field_name)}: {_str(css)},")
    lines.append("            },")
    if induced.drop:
        lines.append(f"            drop=({', '.join(_str(d) for d in induced.drop)},),")
    lines += ["        ),", "    ),", ")", ""]
    return "\n".join(lines)


def _str(text: str) -> str:
    """A Python string literal in double quotes (selectors use single quotes inside)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _regex(pattern: str) -> str:
    if '"' not in pattern and not pattern.endswith("\\"):
        return f'r"{pattern}"'
    return repr(pattern)


def _format(path: Path) -> None:
    """Format the new module with ruff when it is installed (the test extra has it)."""
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--quiet", str(path)],
        capture_output=True,
        check=False,
    )
