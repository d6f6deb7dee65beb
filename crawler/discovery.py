"""Finding a site's articles without a profile: where to look, and what an article URL looks like.

The URL shape is learned from the site's own links, not guessed per site. Each same-site link is
matched against a few shapes Vietnamese news CMSs use (`-post123.html`, `-a123.html`,
`slug-123456.html`, `/123456/slug`, `/2024/05/slug`, `/202405/slug-1a2b3c4/`); the shape most
links share wins, with links from feeds and sitemaps counting more since they name articles.
The learned regex then keeps what the links showed: their depth, extension and id length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

# Tried on every site without a profile, beside what its home page and robots.txt announce.
COMMON_FEEDS = ("/rss", "/rss.xml", "/feed", "/rss/home.rss")
COMMON_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml")

FEED_WEIGHT = 3  # a feed or sitemap entry names an article; a home page link may not
MIN_SCORE = 3  # below this, no shape is trusted

# Paths that are listings, people, topics or files, never an article.
NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|tu-khoa|tac-gia|author|chu-de|topic|event|su-kien|search|tim-kiem|rss|feed|"
    r"page|trang|video-list|lien-he|contact|gioi-thieu|about|login|dang-nhap|ngay|luu-tru)"
    r"(?:/|$|\.)"
    r"|\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|mp3|zip|rss|xml|css|js)$"
    r"|/\d{1,2}-\d{1,2}-20\d\d/?$",  # a day's archive: /ngay/22-06-2024
    re.I,
)

_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_PREFIX = r"(?P<prefix>(?:/[^/]+)*?)"
# name → pattern over the whole path; groups: prefix (segments before), id, ext.
SHAPES: dict[str, re.Pattern[str]] = {
    "post-id": re.compile(rf"^{_PREFIX}/{_SLUG}-post(?P<id>\d+)\.(?P<ext>html?)$"),
    "a-id": re.compile(rf"^{_PREFIX}/{_SLUG}-a(?P<id>\d+)\.(?P<ext>html?)$"),
    "slug-id": re.compile(
        rf"^{_PREFIX}/{_SLUG}-(?P<id>\d{{4,}})(?:\.(?P<ext>html?|aspx|chn|ldo))?/?$"
    ),
    "dated": re.compile(
        rf"^{_PREFIX}/(?P<date>20\d\d/[01]\d(?:/[0-3]\d)?|20\d\d[01]\d)/"
        r"[a-z0-9-]+?(?:-(?P<id>[0-9a-f]{7}))?(?:\.(?P<ext>html?))?/?$"
    ),
    "id-slug": re.compile(rf"^{_PREFIX}/(?P<id>\d{{4,}})/{_SLUG}(?:\.(?P<ext>html?))?/?$"),
}
# How each shape's article part is written once learned; ID is the id group, EXT the extension.
_TEMPLATES = {
    "post-id": "/" + _SLUG + "-postIDEXT$",
    "a-id": "/" + _SLUG + "-aIDEXT$",
    "slug-id": "/" + _SLUG + "-IDEXT/?$",
    "id-slug": "/ID/" + _SLUG + "EXT/?$",
}
_DATED = {
    "year/month": r"/20\d\d/[01]\d(?:/[0-3]\d)?/",
    "yearmonth": r"/20\d\d[01]\d/",
}


@dataclass(frozen=True)
class ArticleShape:
    """A learned article URL shape: `regex` searched in the path, with an `id` group if any."""

    name: str
    regex: str
    score: int  # weighted links that had it


def classify(path: str) -> tuple[str, re.Match[str]] | None:
    """The first shape `path` has, with its match; None for paths no article has."""
    if not path or path == "/" or NOT_ARTICLE.search(path):
        return None
    path = path.lower()
    for name, pattern in SHAPES.items():
        match = pattern.match(path)
        if match:
            return name, match
    return None


def learn_article_shape(links: Iterable[tuple[str, int]]) -> ArticleShape | None:
    """The article shape of a site from its (URL, weight) links, or None when none is clear."""
    found: dict[str, dict[str, tuple[int, re.Match[str]]]] = {}
    for url, weight in links:
        path = urlsplit(url).path
        shape = classify(path)
        if shape:
            name, match = shape
            old = found.setdefault(name, {}).get(path, (0, match))[0]
            found[name][path] = (max(old, weight), match)
    scores = {name: sum(w for w, _ in paths.values()) for name, paths in found.items()}
    if not scores or max(scores.values()) < MIN_SCORE:
        return None
    best = max(scores, key=lambda name: (scores[name], -list(SHAPES).index(name)))
    matches = [match for _, match in found[best].values()]
    return ArticleShape(best, _regex(best, matches), scores[best])


def _regex(name: str, matches: list[re.Match[str]]) -> str:
    depths = sorted({m.group("prefix").count("/") for m in matches})
    prefix = _depth(depths[0], depths[-1])
    exts = sorted({m.group("ext") or "" for m in matches})
    ext = _alternatives([rf"\.{e}" if e else "" for e in exts])
    if name == "dated":
        dated = _DATED[
            "yearmonth" if re.fullmatch(r"\d{6}", matches[0].group("date")) else "year/month"
        ]
        with_id = any(m.group("id") for m in matches)
        tail = rf"{_SLUG}-(?P<id>[0-9a-f]{{7}})" if with_id else _SLUG
        return rf"^{prefix}{dated}{tail}{ext}/?$"
    shortest = min(len(m.group("id")) for m in matches)
    floor = 4 if name in ("slug-id", "id-slug") else 1
    lo = max(floor, shortest - 1)  # one digit of growth; a year (2024) is not a 6-digit id
    digits = rf"(?P<id>\d{{{lo},}})"
    return "^" + prefix + _TEMPLATES[name].replace("ID", digits).replace("EXT", ext)


def _depth(low: int, high: int) -> str:
    if high == 0:
        return ""
    if low == high:
        return rf"(?:/[^/]+){{{low}}}"
    return rf"(?:/[^/]+){{{low},{high}}}"


def _alternatives(options: list[str]) -> str:
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def sitemap_lines(robots_txt: str) -> list[str]:
    """The `Sitemap:` URLs a robots.txt announces, in order."""
    return [
        line.split(":", 1)[1].strip()
        for line in robots_txt.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]
