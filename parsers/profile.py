"""Declarative site profiles: everything tinbao knows about one newspaper, as data.

A profile says where articles are found (feeds, sitemaps, listings, the article URL shape, the
pagination link) and, per layout, which CSS selector gives each field. A field without a
selector falls back to the generic extractor, so a profile only states what is site-specific.

When a site is redesigned, add a new `Layout` and give the old one `valid_until` (the day before
the redesign). The fetch date picks the layout to try first, and the page's markup confirms it: a
layout applies only if its headline and body selectors match, so stored HTML from before the
redesign still reparses with the layout it was written for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from parsers import patterns

# Fields a layout may give a selector for. The text of the first match is taken, except:
# `body` is the article container, `category` takes the last match (breadcrumb), `tags` all.
SELECTOR_FIELDS = frozenset(
    {"headline", "summary", "published", "modified", "views", "byline", "body", "category", "tags"}
)


class _LayoutFields(NamedTuple):
    name: str = "current"
    fields: Mapping[str, str] = MappingProxyType({})
    drop: tuple[str, ...] = ()  # boilerplate inside the body container
    # Fields this design never shows: they stay null without running the generic reader, which
    # could only find some other date or name on the page (and the modified-date search is the
    # costliest generic step).
    absent: tuple[str, ...] = ()
    valid_until: date | None = None  # last fetch date this layout applies to


class Layout(_LayoutFields):
    """Selectors for one design of a site's article page, checked when made. A named tuple: a
    dataclass costs a millisecond to create at every start of `tinbao extract`."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Layout:
        layout = super().__new__(cls, *args, **kwargs)
        unknown = (set(layout.fields) | set(layout.absent)) - SELECTOR_FIELDS
        if unknown:
            raise ValueError(f"layout {layout.name!r}: unknown fields {sorted(unknown)}")
        both = set(layout.fields) & set(layout.absent)
        if both:
            raise ValueError(f"layout {layout.name!r}: both selected and absent: {sorted(both)}")
        return layout


class SiteProfile(NamedTuple):
    """One newspaper: identity, discovery rules and article layouts."""

    key: str
    name: str
    province: str  # the province the paper served before the July 2025 merger of provinces
    merged_province: str  # the province it belongs to since (the same name when unchanged)
    hosts: tuple[str, ...]  # the first host is the canonical live host
    article_url: str  # regex searched in the URL path; a named group `id` is the site's id
    family: str = ""  # markup family shared with other sites (vn-formats.md §5)
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    next_page: str | None = None  # CSS selector of a listing's "next page" link
    archive: str | None = None  # one day's archive page: a strftime path, "/ngay/%d-%m-%Y"
    listing_item: str | None = None  # CSS selector of one entry on a listing page
    listing_date: str | None = None  # inside `listing_item`: its date text
    layouts: tuple[Layout, ...] = (Layout(),)
    floors: Mapping[str, float] = MappingProxyType({})  # health: min share per field
    shows_views: bool = True

    @property
    def article_pattern(self) -> re.Pattern[str]:
        return _compiled(self.article_url)

    @property
    def home(self) -> str:
        return f"https://{self.hosts[0]}"

    def is_article(self, path: str) -> bool:
        return self.article_match(path) is not None

    def article_match(self, path: str) -> re.Match[str] | None:
        """The article pattern's match in a URL path, which may end in a slash the pattern
        does not expect (a server that redirects `/a/b` to `/a/b/`)."""
        match = self.article_pattern.search(path)
        if match is None and len(path) > 1 and path.endswith("/"):
            match = self.article_pattern.search(path.rstrip("/"))
        return match

    def article_id(self, path: str) -> str | None:
        match = self.article_match(path)
        if match is None or "id" not in match.groupdict():
            return None
        return match.group("id")

    def layouts_for(self, fetched: date | None) -> list[Layout]:
        """Layouts to try, best first: the one in force on the fetch date, then the others.

        The fetch date picks the preferred layout (the earliest `valid_until` not yet passed, else
        the current one); the others follow, newest first, for pages that still show an older
        design, such as archives kept on an old domain after a redesign.
        """
        current = [lay for lay in self.layouts if lay.valid_until is None]
        dated = sorted(
            (lay for lay in self.layouts if lay.valid_until is not None),
            key=lambda lay: lay.valid_until or date.max,
        )
        preferred = next(
            (lay for lay in dated if fetched is not None and lay.valid_until >= fetched),
            current[0] if current else dated[-1],
        )
        others = [lay for lay in current + dated[::-1] if lay is not preferred]
        return [preferred, *others]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A profile's article pattern, compiled once (a named tuple has no room to keep it)."""
    return patterns.compile(pattern)
