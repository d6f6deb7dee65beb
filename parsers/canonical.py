"""Which URL keys a page's record: the page's own `rel=canonical` only when it can be trusted.

A page's canonical link (or `og:url`) is what the page *says* it is, and pages lie: a copied
template points every article at one URL, a hostile page names another article of the site to
overwrite it, another host, or `javascript:`. The claim is accepted only when it is http(s), on
the same site as the fetched URL (the profile's hosts, or the fetched host for generic pages),
and either the same URL once cleaned (`parsers.urls.url_key`: scheme, `www.`, tracking
parameters and fragment aside) or the same article by the site's id. A crawl may allow more
hosts (a province's old and new domains after the 2025 merger, both serving one article): a
claim on one of them is trusted when it is the fetched URL moved to that host, or the same
article by the site's id. Otherwise the record is keyed by the fetched URL and the refused
claim is reported.

A page at an AMP address (`/amp/a/b`, `/a/b/amp`) is the article's AMP copy when its claim,
checked as above, names the address without the AMP part, or, whatever it claims, when the
profile's article pattern takes that address and not the AMP one: keyed by the article.

A page accepted by id alone, or as an AMP copy, is another address of the article (`?lang=en`,
`?page=2`, a print view) and may say something else: it is a *copy*, which the storage stores
only when the article's own page does not come (`pipelines.storage`).

A claim naming another article of the site is the page's own after all when the page's headline
is the slug of the claimed address and not of the fetched one (`serves_claimed_article`): a CMS
answering an id it cannot find with another whole article, whose canonical is that article's.
The page is then that article's copy, never a record of the address it was fetched at.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from parsers.profile import SiteProfile
from parsers.urls import bare_host, same_key, without_amp
from parsers.vietnamese.text import fold

SLUG_WORDS = 3  # a headline shorter than this says too little to tell two addresses apart


class RecordUrl(NamedTuple):
    url: str  # the URL the record is stored under
    refused: str | None = None  # the page's claimed canonical URL, when it was not trusted
    reason: str | None = None  # why: `not http(s)`, `another site`, `another page`
    copy: bool = False  # fetched at another address of the article `url` names (by its id)


def record_url(
    claimed: str | None,
    fetched: str,
    profile: SiteProfile | None,
    allowed: Collection[str] = (),
) -> RecordUrl:
    """The URL to key a record by, given the page's claimed canonical URL and the fetched one;
    `allowed` are the other hosts (`host` or `host:port`) the crawl takes for the site."""
    own = amp_article(fetched, profile) or RecordUrl(fetched)
    if not claimed or claimed == fetched:
        return own
    parts = urlsplit(claimed)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return own._replace(refused=claimed, reason="not http(s)")
    if profile is not None:
        hosts = profile.hosts
    else:
        bare = bare_host(urlsplit(fetched).hostname).removeprefix("www.")
        hosts = (bare, f"www.{bare}")
    elsewhere = allowed_elsewhere(parts, fetched, allowed)
    if bare_host(parts.hostname) not in hosts and not elsewhere:
        return own._replace(refused=claimed, reason="another site")
    if same_key(claimed, moved_to(fetched, parts) if elsewhere else fetched, hosts):
        return RecordUrl(claimed)
    article = without_amp(fetched)
    if article and same_key(claimed, moved_to(article, parts) if elsewhere else article, hosts):
        return RecordUrl(claimed, copy=True)  # the page is the article's AMP copy
    if profile is not None:
        claimed_id = profile.article_id(parts.path)
        if claimed_id is not None and claimed_id == profile.article_id(urlsplit(fetched).path):
            return RecordUrl(claimed, copy=True)
    return own._replace(refused=claimed, reason="another page")


def amp_article(fetched: str, profile: SiteProfile | None) -> RecordUrl | None:
    """The article `fetched` is the AMP copy of, when the profile says so: its path is no
    article's, the path without its AMP part (`without_amp`) is one."""
    article = without_amp(fetched)
    if profile is None or article is None or profile.is_article(urlsplit(fetched).path):
        return None
    return RecordUrl(article, copy=True) if profile.is_article(urlsplit(article).path) else None


def allowed_elsewhere(target: SplitResult, fetched: str, allowed: Collection[str]) -> bool:
    """Whether `target` is on another host than `fetched`, one the crawl allows."""
    netloc = target.netloc.lower()
    if netloc == urlsplit(fetched).netloc.lower():
        return False
    return netloc in allowed or (target.hostname or "") in allowed


def moved_to(url: str, target: SplitResult) -> str:
    """`url` with the scheme and host of `target`: where it would be on that host."""
    return urlunsplit(urlsplit(url)._replace(scheme=target.scheme, netloc=target.netloc))


def serves_claimed_article(claimed: str, fetched: str, headline: str | None) -> bool:
    """Whether a page fetched at `fetched` is the article at `claimed`, which its canonical
    names: its headline is that address's slug (`Thêm 38 sản phẩm…` in
    `/105870/them-38-san-pham-…`) and not the fetched address's."""
    words = re.findall(r"[a-z0-9]+", fold(headline or ""))
    if len(words) < SLUG_WORDS:
        return False
    slug = "-".join(words)
    return slug in _slug_of(claimed) and slug not in _slug_of(fetched)


def _slug_of(url: str) -> str:
    """The words of the last segment of `url`'s path, folded and joined by hyphens."""
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return "-".join(re.findall(r"[a-z0-9]+", fold(segment)))
