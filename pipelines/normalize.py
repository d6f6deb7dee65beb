"""Raw extraction → the stored record: instants, integers, people and clean Unicode.

`normalize` is pure (used by `tinbao extract`, `tinbao reparse` and the crawl alike); the Scrapy
pipeline around it only counts what happened in the crawl stats. Nothing is guessed: a string
that cannot be read gives NULL, its raw text is kept, and the reason is reported.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from parsers.extract import Extraction, extract
from parsers.record import EXTRACT_KEYS
from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.dates import (
    LOCAL_TZ,
    DateMatch,
    format_iso,
    match_datetime,
    printed_offset,
    stated_offset,
)
from parsers.vietnamese.names import clean_byline
from parsers.vietnamese.text import clean_text, strip_dateline

FUTURE_PROBE = timedelta(days=36_525)  # how far past the fetch a date is still told "future"
MACHINE_FORM = re.compile(r"\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")  # ISO 8601, not a printed line


class Normalized(NamedTuple):
    record: dict
    date_rule: str | None  # which date rule read published_raw; None if none did
    problems: list[str]  # why a present raw value became NULL


def _unread(raw: str, order: dict) -> str:
    """Why a printed time gave no value: a date after the fetch (a page's typo or a scheduled
    post; never moved back to a plausible year), or one no rule reads."""
    try:
        later = dict(order, now=order["now"] + FUTURE_PROBE)
    except OverflowError:  # fetched in the calendar's last days: there is no later to try
        return "unreadable"
    return "unreadable" if match_datetime(raw, **later) is None else "future"


def _on_publish_day(modified: DateMatch | None, published: DateMatch | None) -> DateMatch | None:
    """An update printed as a clock alone beside the publish line (`Cập nhật lúc 11:46`) is on
    the publish day, not the fetch day: the line prints that day once. A clock before the
    publish time names a later day the page does not print: not read."""
    if modified is None or modified.rule != "time" or published is None:
        return modified
    clock = modified.value.timetz()
    when = published.value.replace(hour=clock.hour, minute=clock.minute, second=clock.second)
    return modified._replace(value=when) if when >= published.value else None


def _at_clock(
    published: DateMatch | None, clock: str | None, fetched_at: datetime
) -> DateMatch | None:
    """The publish day at the clock a line labelled as the post's prints apart from it (a
    blog's footer `Đăng lúc 09:15 SA` under its date header `03 tháng 12, 2026`): the day as
    printed, at that hour instead of midnight."""
    found = match_datetime(clock, now=fetched_at) if clock and published else None
    if published is None or found is None or found.rule != "time":
        return published
    at = found.value
    return published._replace(value=published.value.replace(hour=at.hour, minute=at.minute))


def _local(moment: datetime) -> datetime:
    """`moment` in Vietnamese time, or as given where that takes a date before the year 1 on
    the way (a fetch time in the calendar's first hours, which Python converts through UTC)."""
    try:
        return moment.astimezone(LOCAL_TZ)
    except OverflowError:
        return moment


def normalize(ex: Extraction, fetched_at: datetime) -> Normalized:
    """Build the full record (every RECORD_KEYS column) from one extraction."""
    problems: list[str] = []
    published_raw = clean_text(ex.published_raw)
    order = {"now": fetched_at, "month_first": ex.month_first}
    published = match_datetime(published_raw, **order) if published_raw else None
    published = _at_clock(published, ex.published_clock, fetched_at)
    published_at = _in_page_zone(published, published_raw, ex)
    exact = match_datetime(ex.published_exact, now=fetched_at) if ex.published_exact else None
    if published and exact and abs((exact.value - published.value).total_seconds()) < 60:
        published = exact  # the same minute, with the seconds the printed line leaves out
        published_at = _in_page_zone(exact, ex.published_exact, ex)
    if published_raw and published is None:
        problems.append(f"{_unread(published_raw, order)} publish time {published_raw!r}")
    modified_raw = clean_text(ex.modified_raw)
    modified = match_datetime(modified_raw, **order) if modified_raw else None
    modified = _on_publish_day(modified, published)
    modified_at = _in_page_zone(modified, modified_raw, ex)
    if modified_raw and modified is None:
        problems.append(f"{_unread(modified_raw, order)} update time {modified_raw!r}")
    views_raw = clean_text(ex.views_raw)
    views = parse_count(views_raw) if views_raw else None
    if views_raw and views is None:
        problems.append(f"unreadable view count {views_raw!r}")
    byline = clean_byline(clean_text(ex.byline_raw))
    paragraphs = [text for p in ex.paragraphs if (text := clean_text(p))]
    record = {
        "url": ex.url,
        "site": ex.site,
        "headline": clean_text(ex.headline),
        "summary": strip_dateline(clean_text(ex.summary)),
        "published_at": format_iso(published_at) if published_at else None,
        "published_raw": published_raw,
        "modified_at": format_iso(modified_at) if modified_at else None,
        "views": views,
        "views_raw": views_raw,
        "byline": byline.display,
        "authors": list(byline.people),
        "body": "\n\n".join(paragraphs) or None,
        "category": clean_text(ex.category),
        "tags": _unique(clean_text(t) for t in ex.tags),
        "images": [{"url": image.url, "caption": clean_text(image.caption)} for image in ex.images],
        "source": byline.source,
        "site_article_id": ex.site_article_id,
        "modified_raw": modified_raw,
        "fetched_at": format_iso(_local(fetched_at)),
        "layout": ex.layout,
    }
    return Normalized(record, published.rule if published else None, problems)


def normalize_item(ex: Extraction, fetched_at: datetime) -> Normalized:
    """`normalize` as `NormalizePipeline` runs it: at the fetch time the item carries (ISO text),
    so a record normalized before the item was made is the one the pipeline would make."""
    return normalize(ex, datetime.fromisoformat(fetched_at.isoformat()))


def record_from_html(
    html: str, url: str, fetched_at: datetime, *, use_profile: bool = True
) -> dict:
    """Parse and normalize one page into a full record (used by `tinbao reparse`)."""
    extraction = extract(html, url, fetched_at=fetched_at, use_profile=use_profile)
    return normalize(extraction, fetched_at).record


def extract_record(html: str, url: str, fetched_at: datetime, *, use_profile: bool = True) -> dict:
    """The `tinbao extract` record: exactly the EXTRACT_KEYS, in order."""
    record = record_from_html(html, url, fetched_at, use_profile=use_profile)
    return {key: record[key] for key in EXTRACT_KEYS}


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _in_page_zone(found: DateMatch | None, raw: str | None, ex: Extraction) -> datetime | None:
    """Vietnam time on Vietnamese pages. A foreign page's time keeps the offset it states (an
    ISO offset, or a printed `GMT+1`, `JST`, `EST`: the reader converts it), else
    takes the offset the page's machine dates state, else stays without one: a German page's
    `20:44` is not 20:44 in Hà Nội. Relative times (`2 hours ago`) are instants already. A
    machine time without an offset from software that writes UTC (Odoo) is UTC."""
    machine = found is not None and MACHINE_FORM.match(raw or "") is not None
    if machine and ex.machine_utc and stated_offset(raw or "") is None:
        utc = found.value.replace(tzinfo=UTC)
        return utc if ex.foreign else utc.astimezone(LOCAL_TZ)
    if found is None or not ex.foreign or found.rule == "relative":
        return found.value if found else None
    stated = stated_offset(raw or "") or printed_offset(raw or "")
    if stated is not None:
        return found.value.astimezone(stated)
    printed = found.value.replace(tzinfo=None)  # the wall clock as printed
    if ex.utc_offset:
        return printed.replace(tzinfo=datetime.strptime(ex.utc_offset, "%z").tzinfo)
    return printed


class NormalizePipeline:
    """Scrapy pipeline: raw extraction item → record, counting date rules and field coverage."""

    def __init__(self, stats) -> None:
        import logging  # here, not at the top: `tinbao extract` loads this module and logs nothing

        self.stats = stats
        self.logger = logging.getLogger(__name__)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        result = item.get("normalized")  # normalized where the page was read
        if result is None:
            result = normalize(item["extraction"], datetime.fromisoformat(item["fetched_at"]))
        record = result.record
        site = record["site"]
        if record["published_raw"]:
            self.stats.inc_value(f"tinbao/date_rule/{result.date_rule or 'failed'}")
        for problem in result.problems:
            self.stats.inc_value("tinbao/unreadable_values")
            self.logger.warning("%s: %s", record["url"], problem)
        for name in ("headline", "published_at", "views", "byline", "body"):
            state = "present" if record[name] else "missing"
            self.stats.inc_value(f"tinbao/field/{site}/{name}/{state}")
        for name, source in item["extraction"].sources.items():
            self.stats.inc_value(f"tinbao/field_src/{site}/{name}/{source}")
        for conflict in item["extraction"].conflicts:
            self.stats.inc_value(f"tinbao/conflict/{site}/{conflict.split(':', 1)[0]}")
            self.logger.info("%s: %s", record["url"], conflict)
        record["html"] = item.get("html")
        if item.get("html_packed"):  # taken (and so left out of the item) by `StoragePipeline`
            record["html_packed"] = item["html_packed"]
        if item.get("normalized") is not None and "drop_reason" in item:
            # Judged where it was normalized; `ValidatePipeline` takes it out of the record.
            record["drop_reason"] = item["drop_reason"]
        record["body_link_share"] = item["extraction"].body_link_share  # for the validator
        record["listing"] = item["extraction"].listing  # for the validator
        if item["extraction"].copy_from:  # for the storage, which prefers the article's own page
            record["copy_from"] = item["extraction"].copy_from
        if item.get("moved_from"):  # for the storage, which moves the row stored under it
            record["moved_from"] = item["moved_from"]
        return record


def extraction_item(
    extraction: Extraction,
    html: str,
    fetched_at: datetime,
    normalized: Normalized | None = None,
    drop_reason: str | None = None,
    html_packed: bytes | None = None,
) -> dict:
    """The item a spider yields for one article page. What the page's reader made already
    (`crawler.pageworker.read_page`) spares the pipelines the work: `normalized`, with the
    validator's `drop_reason` for its record, and `html_packed`, the HTML as the `pages` table
    stores it."""
    return {
        "extraction": extraction,
        "html": html,
        "fetched_at": fetched_at.isoformat(),
        "normalized": normalized,
        "drop_reason": drop_reason,
        "html_packed": html_packed,
    }
