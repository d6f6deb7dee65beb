"""Refuse records that are not articles, or not readable ones: counted drops, never stored.

A record needs a headline and a body, and a web server's directory listing (a mirror served by
`python -m http.server`), error page (`404 - Không tìm thấy trang` sent with status 200) or
maintenance page (`Hệ thống đang bảo trì`) is no article, nor is the check page a CDN or
firewall shows a crawler instead of the page (`Just a moment...`, `Đang kiểm tra trình
duyệt`), nor a login page or a box asking members to log in for the text, nor a category
page answered at an article's address (its teasers for a text).
Beyond that, sanity limits catch pages
that parsed into something that is not an article as a reader sees it: a headline that
swallowed the page (every closing tag missing), a "body" that is the site's navigation (a
layout buried in thousands of nested elements), or text still in a legacy font encoding or
misdecoded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from parsers.vietnamese.encoding import legacy_encoding, misdecoded
from parsers.vietnamese.text import fold

REQUIRED = ("headline", "body")
# Headlines of the index pages web servers generate: Python's http.server, Apache, nginx.
DIRECTORY_LISTING = re.compile(r"^(?:Directory listing for|Index of) /")
# A server's error page answered with status 200: a status code for a headline (`404`, `Lỗi
# 500`, `404 - Không tìm thấy trang`), or a headline or short text saying the page is not there
# (matched on folded text). A bare number opening a headline (`400 - 500 học sinh …`) is only a
# status code when the text under it is an error page's few words too.
STATUS_HEADLINE = re.compile(r"^(?:(?:loi|error|http)\s*[45]\d\d\b.*|[45]\d\d)$")
STATUS_THEN_TEXT = re.compile(r"^[45]\d\d\s*[-–:|.]")
STATUS_THEN_ERROR = re.compile(
    r"^[45]\d\d\s*[-–:|.]\s*(?:khong\s*tim\s*thay|khong\s*ton\s*tai|(?:page\s*)?not\s*found"
    r"|forbidden|(?:internal\s*)?server\s*error|service\s*unavailable|loi\b|error\b)"
)
NOT_FOUND = re.compile(
    r"khong\s*tim\s*thay\s*(?:trang|bai\s*viet|noi\s*dung|duong\s*dan|tin\s*bai)"
    r"|(?:trang|bai\s*viet|noi\s*dung|duong\s*dan|tin\s*bai)(?:\s*(?:ban|quy\s*vi)\s*"
    r"(?:yeu\s*cau|tim(?:\s*kiem)?|truy\s*cap))?\s*(?:nay\s*)?(?:khong\s*ton\s*tai|da\s*bi\s*xoa)"
    r"|\bpage\s*not\s*found\b"
)
# A notice in the article's place: a headline that names no subject ("Thông báo", "Lỗi"), or
# a script's redirect stub ("Đang chuyển hướng…"), above a short text.
NOTICE_HEADLINE = re.compile(
    r"^(?:thong\s*bao(?:\s*loi)?|loi|error|notice|(?:dang\s*)?chuyen\s*huong|redirecting)\W*$"
)
# A check a CDN or the site's firewall shows before the page (matched on folded text): "Just a
# moment...", "Checking your browser", "Đang kiểm tra trình duyệt", "Vui lòng chờ trong giây
# lát". Only on a short text: an article about such checks says more.
BOT_CHECK = re.compile(
    r"(?:kiem\s*tra|xac\s*minh)\s*trinh\s*duyet|vui\s*long\s*(?:cho|doi)\s*trong\s*giay\s*lat"
    r"|just\s*a\s*moment|checking\s*(?:your\s*browser|if\s*the\s*site\s*connection)"
    r"|enable\s*javascript\s*and\s*cookies|verify(?:ing)?\s*(?:that\s*)?you\s*are\s*(?:a\s*)?human"
    r"|attention\s*required"
)
# A login wall in the article's place (matched on folded text): a short text asking the reader
# to log in to read on ("Vui lòng đăng nhập để đọc…", "Log in to continue"), or the site's login
# page, its headline the form's title alone (`Đăng nhập tài khoản`). A notice telling people to
# log in elsewhere (`Người dân cần đăng nhập VNeID để nộp hồ sơ`) is an article.
LOGIN_WALL = re.compile(
    r"dang\s*nhap\s*de\s*(?:doc|xem|tiep\s*tuc)|(?:log|sign)\s*in\s*to\s*(?:read|continue|view)"
)
LOGIN_TITLE = re.compile(r"(?:dang\s*nhap(?:\s*tai\s*khoan)?|(?:log|sign)\s*in)\s*")
# A maintenance page in the article's place: its headline says so (matched on folded text:
# "Hệ thống đang bảo trì", "Website đang nâng cấp", "under maintenance") over a short text.
# The article's own template with such a note for its text is a suspect update instead.
MAINTENANCE = re.compile(
    r"(?:he\s*thong|website|trang\s*web)\s*dang\s*(?:duoc\s*)?(?:bao\s*tri|nang\s*cap)"
    r"|\bunder\s*maintenance\b|\bmaintenance\s*mode\b"
)
# A category page answered at an article's address (a template's fallback): no date of its own,
# and a "body" of other articles' teasers, each a headline closed by its publish time.
TEASER = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}(?:\s*\d{1,2}:\d{2})?\s*$")
MAX_TEASER = 200  # characters: a headline and its time
MIN_TEASERS = 3
# A listing with no teaser to show says so in their place (folded): `Không có tin bài nào trong
# ngày 17/05/2024`, `Chưa có bài viết nào`, `Không có tin tức nào`, or names the day it has
# none for: `Chưa có bài viết trong ngày 02/05/2024`.
NO_TEASERS = re.compile(
    r"^(?:khong|chua)\s*co\s*(?:tin(?:\s*(?:bai|tuc))?|bai(?:\s*viet)?)\s*(?:nao|trong\s*ngay)\b"
)
MAX_ERROR_TEXT = 300  # characters: an error page's whole text; articles say more
MAX_ERROR_TITLE = 40  # characters: `Không tìm thấy trang`, `Page not found`; headlines say more
MAX_HEADLINE = 300  # characters; real headlines stay under 200
MAX_BODY_LINK_SHARE = 0.5  # share of the body's text inside links: more is navigation


def missing_required(record: Mapping[str, Any]) -> list[str]:
    """Required fields a record lacks: a crawl drops it, `tinbao reparse` keeps the stored row."""
    return [name for name in REQUIRED if not record.get(name)]


def drop_reason(record: Mapping[str, Any]) -> str | None:
    """Why a record must not be stored (a `tinbao/dropped/<reason>` key), or None."""
    if DIRECTORY_LISTING.match(record.get("headline") or ""):
        return "directory_listing"
    missing = missing_required(record)
    if missing:
        return "missing_" + "_and_".join(missing)
    if len(record["headline"]) > MAX_HEADLINE:
        return "headline_too_long"
    if _error_page(record["headline"], record["body"]):
        return "error_page"
    if len(record["body"]) <= MAX_ERROR_TEXT and BOT_CHECK.search(
        fold(record["headline"] + " " + record["body"])
    ):
        return "bot_check_page"
    if len(record["body"]) <= MAX_ERROR_TEXT and (
        LOGIN_WALL.search(fold(record["body"])) or LOGIN_TITLE.fullmatch(fold(record["headline"]))
    ):
        return "login_page"
    if record.get("body_link_share", 0.0) > MAX_BODY_LINK_SHARE:
        return "body_mostly_links"
    if _listing(record):
        return "listing_page"
    for text in (record["headline"], record["body"]):
        legacy = legacy_encoding(text)
        if legacy:
            return f"legacy_{legacy.lower()}_text"
        if misdecoded(text):
            return "misdecoded_text"
    return None


MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def bot_check_markup(html: str) -> bool:
    """Whether a page no decoding reads as Vietnamese is a check page in another language (a
    CDN's English `Just a moment...`): the same words on a short text, read from the markup,
    since such a page gives no record to judge."""
    text = " ".join(MARKUP.sub(" ", html).split())
    return len(text) <= 2 * MAX_ERROR_TEXT and bool(BOT_CHECK.search(fold(text)))


def _listing(record: Mapping[str, Any]) -> bool:
    """A page whose body the extractor read from other articles' teasers, with no publish time
    of its own (`parsers.generic.listing`); a short body saying there is no teaser to show; or
    a page with no publish time whose body holds `MIN_TEASERS` lines or more that end in a
    date: other articles' headlines with theirs, as a category page lists them. An article
    with a list of related stories under it has a date of its own."""
    if record.get("listing"):
        return True
    if len(record["body"]) <= MAX_ERROR_TEXT and NO_TEASERS.match(fold(record["body"])):
        return True  # its day or section is the date it prints
    if record.get("published_at") or record.get("published_raw"):
        return False
    lines = (line.strip() for line in record["body"].split("\n"))
    return sum(1 for line in lines if len(line) <= MAX_TEASER and TEASER.search(line)) >= (
        MIN_TEASERS
    )


def _error_page(headline: str, body: str) -> bool:
    title = fold(headline).strip()
    if STATUS_HEADLINE.match(title) or STATUS_THEN_ERROR.match(title):
        return True
    if NOTICE_HEADLINE.match(title) and len(body) <= MAX_ERROR_TEXT:
        return True
    if len(body) <= MAX_ERROR_TEXT and MAINTENANCE.search(title):
        return True
    if len(body) > MAX_ERROR_TEXT:  # an article may say a page or post is gone: it says more
        return len(title) <= MAX_ERROR_TITLE and bool(NOT_FOUND.search(title))
    return bool(STATUS_THEN_TEXT.match(title) or NOT_FOUND.search(title + " " + fold(body)))


class ValidatePipeline:
    """Drop records `drop_reason` refuses; count each reason in `tinbao/dropped/<reason>`.

    A record whose page reader judged it already (`crawler.pageworker.read_page`) carries the
    answer as `drop_reason`, taken out here, so the engine does not judge it again."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        # Scrapy is imported here, not at the top: the crawl's page reader (`read_page`, also
        # in the extraction workers) loads this module for `drop_reason` and not Scrapy.
        from scrapy.exceptions import DropItem

        # Judged where the page was read, when it was (the key is taken out of the record).
        reason = item.pop("drop_reason") if "drop_reason" in item else drop_reason(item)
        if reason:
            self.stats.inc_value(f"tinbao/dropped/{reason}")
            self.stats.inc_value("tinbao/dropped")
            raise DropItem(f"{item['url']}: not stored, {reason.replace('_', ' ')}")
        return item
