"""Large mirrors made from a site's fixture pages: many archive days, many article pages.

For the distributed crawl tests and `bench/distributed.py`: each article is the site's fixture
article with its own URL and a numbered headline; each archive day is the site's fixture
archive page listing that day's articles in the site's own entry markup.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bs4 import BeautifulSoup

from crawler.mirror import FIXTURE_SITES
from parsers.sites import all_profiles


@dataclass(frozen=True)
class Template:
    article: str  # fixture article path (live URL path) copied for every article
    archive_day: date  # a fixture archive day with entries, whose markup is reused
    path: str  # new article paths: str.format(n=…)


TEMPLATES = {
    "baothaibinh": Template(
        "/tin-tuc/15/109650/khu-kinh-te-thai-binh-thu-hut-them-3-du-an-co-von-dau-tu-nuoc-ngoai",
        date(2024, 6, 3),
        "/tin-tuc/15/{n}/bai-viet-so-{n}",
    ),
    "baohaiduong": Template(
        "/kinh-te/vai-thieu-thanh-ha-duoc-mua-duoc-gia-386115",
        date(2024, 6, 12),
        "/kinh-te/bai-viet-so-{n}",
    ),
    "baothanhhoa": Template(
        "/thoi-su/khoi-cong-tuyen-duong-bo-ven-bien-doan-qua-huyen-quang-xuong-212345.htm",
        date(2024, 5, 9),
        "/thoi-su/bai-viet-so-{n}.htm",
    ),
}


@dataclass
class SyntheticSite:
    site: str
    root: Path
    first: date  # the backfill window: `-a from=first -a to=last`
    last: date
    articles: list[str]  # live URLs
    archive_paths: list[str]  # one per day, newest first


def _file(root: Path, path: str) -> Path:
    """Where the mirror server looks for a path (see crawler/mirror.py)."""
    return root / path.strip("/") / "page.html"


def build(site: str, root: Path, days: int, per_day: int, first_id: int = 500001) -> SyntheticSite:
    """Write a mirror of `site` with `per_day` articles on each of `days` archive days.

    The days end on the template article's publish day, so every article (a copy of it, with
    its publish date) lies inside the backfill window.
    """
    profile = all_profiles()[site]
    template = TEMPLATES[site]
    fixture = FIXTURE_SITES / site
    home = profile.home
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixture / "robots.txt", root / "robots.txt")
    article_html = _file(fixture, template.article).read_text(encoding="utf-8")
    headline = _headline(article_html, profile.layouts[0].fields.get("headline", "h1"))
    day_html = _file(fixture, template.archive_day.strftime(profile.archive or "")).read_text(
        encoding="utf-8"
    )
    last = template.archive_day
    articles, archive_paths = [], []
    n = first_id
    for back in range(days):
        day = last - timedelta(days=back)
        entries = []
        for _ in range(per_day):
            path = template.path.format(n=n)
            url = home + path
            title = f"{headline} (bài {n})"
            page = article_html.replace(home + template.article, url).replace(headline, title)
            target = _file(root, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
            entries.append((url, title))
            articles.append(url)
            n += 1
        archive = day.strftime(profile.archive or "")
        target = _file(root, archive)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_archive_page(day_html, profile, day, entries), encoding="utf-8")
        archive_paths.append(archive)
    return SyntheticSite(site, root, last - timedelta(days=days - 1), last, articles, archive_paths)


def _headline(html: str, selector: str) -> str:
    return BeautifulSoup(html, "lxml").select_one(selector).get_text(strip=True)


def _archive_page(html: str, profile, day: date, entries: list[tuple[str, str]]) -> str:
    """The fixture archive page with its entries replaced by `entries` (newest first)."""
    soup = BeautifulSoup(html, "lxml")
    first = soup.select_one(profile.listing_item)
    container, model = first.parent, copy.copy(first)
    for old in soup.select(profile.listing_item):
        old.decompose()
    for url, title in entries:
        entry = copy.copy(model)
        for link in entry.select("a[href]"):
            link["href"] = url
        entry.select("a[href]")[-1].string = title
        entry.select_one(profile.listing_date).string = day.strftime("%d/%m/%Y 08:00")
        container.append(entry)
    return str(soup)
