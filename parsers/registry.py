"""The registry of provincial party papers (data in `parsers/papers.py`), checked and indexed.

`papers()` gives every crawlable paper by key; `entries()` gives one row per province and era
(63 before the 1 July 2025 merger, 34 since), each naming its paper; `find()` filters the rows by
province, ignoring case and diacritics; `paper_for(host)` names the paper a page belongs to.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from parsers import papers as data
from parsers.profile import SiteProfile
from parsers.sites import all_profiles
from parsers.urls import host_and_its_site
from parsers.vietnamese.text import fold

BEFORE = "before-2025"
SINCE = "2025"


class Paper(NamedTuple):
    """One party paper: the unit `tinbao crawl KEY` and `scrapy crawl KEY` fetch."""

    key: str
    name: str
    hosts: tuple[str, ...]  # live hosts, the first is canonical
    archive_hosts: tuple[str, ...] = ()  # old domains still serving old articles
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    verified: bool = False  # hosts confirmed (backed by a hand-made profile)
    note: str = ""

    @property
    def profile(self) -> SiteProfile | None:
        """The hand-made profile, if tinbao has one; else the paper is crawled generically."""
        return all_profiles().get(self.key)

    @property
    def all_hosts(self) -> tuple[str, ...]:
        """Live and archive hosts, each also with `www.`."""
        hosts = self.hosts + self.archive_hosts
        return hosts + tuple(f"www.{h}" for h in hosts if not h.startswith("www."))


class Entry(NamedTuple):
    """One province in one era and the paper that served it."""

    province: str
    era: str  # BEFORE (the 63 provinces until 30 June 2025) or SINCE (the 34 from 1 July 2025)
    current_province: str  # the province it belongs to since 1 July 2025
    paper: Paper
    aliases: tuple[str, ...] = ()

    @property
    def merged(self) -> bool:
        return self.province != self.current_province


@cache
def papers() -> dict[str, Paper]:
    """Every paper by key, in the data's order."""
    found = {}
    for key, fields in data.PAPERS.items():
        found[key] = Paper(
            key=key,
            name=fields["name"],
            hosts=tuple(fields["hosts"]),
            archive_hosts=tuple(fields.get("archive", ())),
            feeds=tuple(fields.get("feeds", ())),
            sitemaps=tuple(fields.get("sitemaps", ())),
            verified=bool(fields.get("verified", False)),
            note=fields.get("note", ""),
        )
    return found


@cache
def entries() -> tuple[Entry, ...]:
    """The 63 pre-merger rows, then the 34 current ones."""
    known = papers()
    rows = [
        Entry(name, BEFORE, current, known[key], data.ALIASES.get(name, ()))
        for name, key, current in data.BEFORE_2025
    ]
    rows += [
        Entry(name, SINCE, name, known[key], data.ALIASES.get(name, ()))
        for name, key in data.SINCE_2025
    ]
    return tuple(rows)


def _words(text: str) -> str:
    """Folded words separated by single spaces: `TP. Hồ Chí Minh` → `tp ho chi minh`."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def find(province: str) -> list[Entry]:
    """Rows whose province (or the province it belongs to since 2025) contains `province` as
    whole words, ignoring case and diacritics: `thai binh` finds Thái Bình, `hung yen` finds
    Hưng Yên in both eras and Thái Bình, which it absorbed."""
    query = _words(province)
    if not query:
        return []
    pattern = re.compile(rf"(?:^| ){re.escape(query)}(?: |$)")
    return [
        entry
        for entry in entries()
        if any(
            pattern.search(_words(name))
            for name in (entry.province, entry.current_province, *entry.aliases)
        )
    ]


@cache
def _by_host() -> dict[str, Paper]:
    return {host: paper for paper in papers().values() for host in paper.all_hosts}


def paper_for(host: str) -> Paper | None:
    """The paper serving `host` or its mobile or AMP copy (`m.`, `amp.`), or None for hosts
    outside the registry."""
    by_host = _by_host()
    return next((by_host[h] for h in host_and_its_site(host) if h in by_host), None)
