"""Article URLs: the clean URL a record is stored under, and the key URLs are compared by.

Sites link one article in many spellings: on an old host, `www.`, `m.` or `amp.`, with the
tracking parameters that shares add (`?utm_source=fb`, Facebook's `fbclid`, Zalo's `zarsrc`),
with a `#comment` fragment. `clean_url` removes what is not part of the article's address; `url_key`
also canonicalizes the rest (w3lib: sorted query, one percent-encoding, lowercase host, and
no trailing slash), so two links to one article have one key and an incremental crawl never
fetches a stored one again.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Parameters that say who shared a link or which ad it came from, never which article it is.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset(
    {
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "_ga",  # Google Analytics cross-domain
        "_gl",
        "msclkid",  # Microsoft Ads
        "ttclid",  # TikTok
        "twclid",  # X (Twitter)
        "igshid",  # Instagram
        "mc_cid",  # Mailchimp
        "mc_eid",
        "zarsrc",  # Zalo
        "gidzl",
    }
)


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def clean_url(url: str, hosts: Sequence[str] = ()) -> str:
    """`url` without tracking parameters and fragment; on one of a site's `hosts` (the first is
    its main host), moved to `https://` on the main host, unless it names a port of its own
    (a server elsewhere than the site's). The rest is kept as written."""
    parts = urlsplit(url.strip())
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and not is_tracking(unquote_plus(pair.partition("=")[0]))
    ]
    scheme, netloc = parts.scheme, parts.netloc
    if hosts and on_hosts(parts.hostname, hosts) and parts.port in (None, 80, 443):
        scheme, netloc = "https", hosts[0]
    return urlunsplit((scheme, netloc, parts.path, "&".join(kept), ""))


# Hosts a paper serves the same paths on for phones and for Google's AMP viewer.
MOBILE_PREFIXES = ("m.", "amp.")


def on_hosts(hostname: str | None, hosts: Sequence[str]) -> bool:
    """Whether `hostname` is one of a site's `hosts`, or its mobile or AMP host (`m.`,
    `amp.`): a paper links its own articles there, and they are the same articles."""
    if not hostname:
        return False
    if hostname in hosts:
        return True
    return any(hostname.startswith(p) and hostname[len(p) :] in hosts for p in MOBILE_PREFIXES)


def url_key(url: str, hosts: Sequence[str] = ()) -> str:
    """The key two links to the same article share: the canonical form of their clean URL,
    its path without a trailing slash (`/a/b/` is `/a/b`: servers redirect one to the other)."""
    from w3lib.url import canonicalize_url  # it loads urllib.request: only crawls need it

    parts = urlsplit(clean_url(url, hosts))
    if len(parts.path) > 1 and parts.path.endswith("/"):
        parts = parts._replace(path=parts.path.rstrip("/") or "/")
    return canonicalize_url(urlunsplit(parts))


def http_url(value: str, name: str = "url") -> str:
    """`value` if it is an absolute http(s) URL; else a one-line `ValueError` naming `name`.

    A bare host (`127.0.0.1:8000`, `baothaibinh.com.vn/x`) or a word is a mistake to say,
    not a relative link to guess at.
    """
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name}={value} is not an http(s) URL (like https://example.vn/path)")
    return value.strip()
