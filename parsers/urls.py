"""Article URLs: the clean URL a record is stored under, and the key URLs are compared by.

Sites link one article in many spellings: on an old host, `www.`, `m.` or `amp.`, with the
tracking parameters that shares add (`?utm_source=fb`, Facebook's `fbclid`, Zalo's `zarsrc`),
with the visitor's session (`;jsessionid=…`, `?PHPSESSID=…`, `?sess_id=` with a random token),
with a `#comment` fragment, with its Vietnamese slug percent-encoded from decomposed text (NFD,
as macOS writes it).
`clean_url` removes what is not part of the article's address; `url_key` also canonicalizes
the rest (w3lib: sorted query, one percent-encoding, lowercase host, no trailing slash, and a
`+` in the path read as the space it was meant for), so two links to one article have one key
and an incremental crawl never fetches a stored one again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import quote, unquote_plus, unquote_to_bytes, urljoin, urlsplit, urlunsplit

from parsers import patterns

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
        # The visitor's session (PHP, Java, ASP.NET, ColdFusion), never which article it is.
        "phpsessid",
        "jsessionid",
        "sessionid",
        "session_id",
        "cfid",
        "cftoken",
    }
)
# Parameters that ask for another view of the same article (the print layout), never another
# article: `?print=1` kept would make its page a second record of the article.
VIEW_PARAMS = frozenset({"print"})
# Any other parameter named for a session (`sess_id`, `zsessionid`, `BBSESSION`) is the
# visitor's when its value is a token no person writes: 16 letters and digits or more, both
# mixed in (PHP's sessions are 26 to 32, Java's 32, ASP.NET's 24). A council's `session=15`, a
# year or a slug stays: one of them may be all that tells two articles apart. `sid` and
# `token` are left alone, since a story's id or a draft's preview may go by those names.
SESSION_NAME = patterns.compile(r"sess", re.I)
SESSION_TOKEN = patterns.compile(r"(?=[0-9A-Za-z]*[0-9])(?=[0-9A-Za-z]*[A-Za-z])[0-9A-Za-z]{16,}")
# Java's session, as a path parameter (`/a/b.html;jsessionid=…`).
SESSION_IN_PATH = patterns.compile(r";jsessionid=[^/?#]*", re.I)
ESCAPE_RUN = patterns.compile(r"(?:%[0-9A-Fa-f]{2})+")
# The dot that ends a fully qualified host (`baothaibinh.com.vn.`, before any port): the same
# host as without it.
# A fragment routing a single-page app (Docsify's `#/guide/page`, AngularJS' `#!/page`): the
# document the reader opened, where any other fragment names a place within it.
HASH_ROUTE = patterns.compile(r"^!?/")

# The path of a site's page listing a tag's articles (`/tag/robusta`, `/tu-khoa/ca-phe`,
# `/tin/the/bat-xat`: `thẻ`, the Vietnamese for a tag; Quintype's `/topic/tom-hum`, a paper's
# `/topics/word/…`; WriteFreely's `/blog/tag:xetxu`, the name after a colon).
# A tag's page by its path (`/tag/…`), or a listing filtered by tag or topic in its query (a
# blog's `?tag=…`, a social network's `?topicId=12`, a creator's posts filtered by one tag,
# `?filters[tag]=…` with its brackets encoded or not). A forum's thread by its number under
# `/topics/` (UBB.threads' `/topics/47990/tin-nhan-gia-vneid`) is a topic of talk, no tag.
TAG_PATH = patterns.compile(
    r"/(?:tags?|the|tu-?khoa|hash-?tags?|keywords?)[/:][^/?#\s]|/topics?[/:](?!\d+/)[^/?#\s]"
    r"|[?&](?:filters?(?:\[|%5B))?(?:tags?|topic_?id)(?:\]|%5D)?=\w",
    re.I,
)
ROOT_DOT = patterns.compile(r"\.(?=(?::\d*)?$)")
# Where a CMS serves an article's AMP copy on the article's host: its path under `/amp/`, or
# followed by `/amp`.
AMP_PATH = patterns.compile(r"^/amp(?=/)|/amp/?$")
TAB_OR_NEWLINE = patterns.compile(r"[\t\n\r]")
SCHEME = patterns.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
C0_OR_SPACE = "".join(map(chr, range(0x21)))
WEB_SCHEMES = ("http", "https")
# The full stops IDNA maps to `.` in a host name (ideographic, fullwidth, halfwidth).
IDNA_FULL_STOPS = str.maketrans(dict.fromkeys("\u3002\uff0e\uff61", "."))


def names_no_article(name: str, value: str = "") -> bool:
    """Whether a query parameter says who shared a link, whose session it is or which view of
    the article to show: never which article it is."""
    if SESSION_NAME.search(name) and SESSION_TOKEN.fullmatch(value):
        return True
    name = name.lower()
    return name in TRACKING_PARAMS or name in VIEW_PARAMS or name.startswith(TRACKING_PREFIXES)


def composed_path(path: str) -> str:
    """`path` as written, unless its letters (raw or percent-encoded UTF-8) are decomposed:
    then percent-encoded from the composed (NFC) text, so both spellings are one address."""
    text = ESCAPE_RUN.sub(_letters_of, path)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return path
    return "".join(ch if ch.isascii() else quote(ch) for ch in unicodedata.normalize("NFC", text))


def _letters_of(escapes: re.Match[str]) -> str:
    """A run of percent escapes as the letters it encodes, its ASCII ones left escaped (a `%2F`
    is no `/`); the run as it is when it is no UTF-8."""
    try:
        text = unquote_to_bytes(escapes.group()).decode("utf-8")
    except UnicodeDecodeError:
        return escapes.group()
    return "".join(f"%{ord(ch):02X}" if ch.isascii() else ch for ch in text)


def clean_url(url: str, hosts: Sequence[str] = ()) -> str:
    """`url` without tracking, session or print-view parameters and fragment (a hash route
    kept: `HASH_ROUTE`), its letters composed; on one of a site's `hosts` (the first is its
    main host), moved to `https://` on the main host, unless it names a port of its own (a
    server elsewhere than the site's). The rest is kept as written."""
    parts = urlsplit(url.strip())
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and not names_no_article(*map(unquote_plus, pair.partition("=")[::2]))
    ]
    scheme, netloc = parts.scheme, ROOT_DOT.sub("", parts.netloc)
    if hosts and on_hosts(parts.hostname, hosts) and parts.port in (None, 80, 443):
        scheme, netloc = "https", hosts[0]
    path = composed_path(SESSION_IN_PATH.sub("", parts.path))
    route = parts.fragment if HASH_ROUTE.match(parts.fragment) else ""
    return urlunsplit((scheme, netloc, path, "&".join(kept), route))


def resolve_href(base: str, href: str) -> str:
    """`href` resolved against `base` as a browser resolves it (the URL Standard), where
    `urljoin` keeps what a browser never asks for: tabs and line breaks are removed and control
    characters and spaces trimmed; in an http(s) address a backslash before the query is a
    slash (`\\tin-tuc\\15\\…`); and `.` and `..` segments are removed from an absolute address
    too (`urljoin` removes them from relative ones only); the host is read as a host name
    (see `_host_read`)."""
    href = TAB_OR_NEWLINE.sub("", href).strip(C0_OR_SPACE)
    scheme = SCHEME.match(href)
    if scheme is None or scheme[1].lower() in WEB_SCHEMES:
        end = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
        href = href[:end].replace("\\", "/") + href[end:]
    parts = urlsplit(urljoin(base, href))
    if parts.scheme.lower() in WEB_SCHEMES and "/." in parts.path:
        parts = parts._replace(path=urlsplit(urljoin("http://host/", parts.path)).path)
    if parts.scheme.lower() in WEB_SCHEMES:
        parts = parts._replace(netloc=_host_read(parts.netloc))
    return urlunsplit(parts)


def _host_read(netloc: str) -> str:
    """`netloc` with its host as a browser reads it, where a host written with a percent sign
    or a full stop of another script names no host to urllib: percent-decoded
    (`baothaibinh%2Ecom.vn`), its ideographic or fullwidth full stops `.` (`báo。vn`), lower
    case. Any other host is left as written."""
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):  # an IPv6 address
        return netloc
    host, colon, port = hostport.partition(":")
    if "%" not in host and host == host.translate(IDNA_FULL_STOPS):
        return netloc
    host = unquote_to_bytes(host).decode("utf-8", "replace").translate(IDNA_FULL_STOPS).lower()
    return f"{userinfo}{at}{host}{colon}{port}"


# Hosts a paper serves the same paths on for phones and for Google's AMP viewer.
MOBILE_PREFIXES = ("m.", "amp.")


def bare_host(hostname: str | None) -> str:
    """A host name as hosts are compared: lower case, without the dot that ends a fully
    qualified host (`baothaibinh.com.vn.` is the same host as without it)."""
    return (hostname or "").lower().removesuffix(".")


def on_hosts(hostname: str | None, hosts: Sequence[str]) -> bool:
    """Whether `hostname` is one of a site's `hosts`, or its mobile or AMP host (`m.`,
    `amp.`): a paper links its own articles there, and they are the same articles. A host
    written fully qualified (`….vn.`) is the same host."""
    hostname = bare_host(hostname)
    if not hostname:
        return False
    if hostname in hosts:
        return True
    return any(hostname.startswith(p) and hostname[len(p) :] in hosts for p in MOBILE_PREFIXES)


def host_and_its_site(hostname: str) -> tuple[str, ...]:
    """`hostname` (lowercase, without a port), then the host it is a copy of when it is a
    site's `www.`, mobile or AMP host: where to look a site up by a host it was given. A host
    written fully qualified (`….vn.`) is the same host."""
    host = bare_host(hostname.split(":")[0])
    copied = [host[len(p) :] for p in ("www.", *MOBILE_PREFIXES) if host.startswith(p)]
    return (host, *copied)


def url_key(url: str, hosts: Sequence[str] = ()) -> str:
    """The key two links to the same article share: the canonical form of their clean URL,
    its path without a trailing slash (`/a/b/` is `/a/b`: servers redirect one to the other)."""
    return _canonical(_unslashed(url, hosts))


def same_key(first: str, second: str, hosts: Sequence[str] = ()) -> bool:
    """Whether two links share their `url_key`. Links alike once cleaned share it without
    being canonicalized: w3lib's canonicalizer loads `urllib.request`, a third of the
    instructions of a `tinbao extract` process whose page names its own URL as canonical."""
    first, second = _unslashed(first, hosts), _unslashed(second, hosts)
    return first == second or _canonical(first) == _canonical(second)


def _canonical(url: str) -> str:
    from w3lib.url import canonicalize_url  # it loads urllib.request: only crawls need it

    return canonicalize_url(url, keep_fragments=True)  # a clean URL's only fragment is a route


def _unslashed(url: str, hosts: Sequence[str]) -> str:
    """The clean URL, its path without a trailing slash and with `+` read as a space (`%20`):
    a CMS that leaves spaces in its slugs links them either way, and no site serves two
    articles at paths that differ only there."""
    parts = urlsplit(clean_url(url, hosts))
    path = parts.path.replace("+", "%20")
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return urlunsplit(parts._replace(path=path))


def without_amp(url: str) -> str | None:
    """The address `url` would be the AMP copy of by its path (`/amp/a/b`, `/a/b/amp`), or None:
    only a check (the profile's article pattern, or the page's canonical) says it is one."""
    parts = urlsplit(url)
    path = AMP_PATH.sub("", parts.path, count=1)
    if path == parts.path or path in ("", "/"):
        return None
    return urlunsplit(parts._replace(path=path))


def http_url(value: str, name: str = "url") -> str:
    """`value` if it is an absolute http(s) URL; else a one-line `ValueError` naming `name`.

    A bare host (`127.0.0.1:8000`, `baothaibinh.com.vn/x`) or a word is a mistake to say,
    not a relative link to guess at.
    """
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name}={value} is not an http(s) URL (like https://example.vn/path)")
    return value.strip()


def mirror_url(value: str, name: str = "base_url") -> str:
    """`value` if it is an http(s) URL naming the root of a mirror; else a one-line
    `ValueError` naming `name`.

    A mirror holds the live site's paths from its root: a crawl maps each live page onto the
    mirror's scheme, host and port alone, so a path (a mirror behind a proxy under
    `/bao/thai-binh`), a query or a fragment would be dropped, and the crawl would ask the
    proxy's own root for the site's pages.
    """
    url = http_url(value, name)
    parts = urlsplit(url)
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(
            f"{name}={value}: a mirror is crawled from the root of its host, which this URL "
            f"goes past; serve the mirror at the root of a host or port of its own "
            f"(like {parts.scheme}://{parts.netloc})"
        )
    return url
