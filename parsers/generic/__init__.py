"""The generic extractor: how Vietnamese news pages are built, without a site profile.

Each function takes a `Page` and returns one raw field, or None. Profiles fall back to these for
any field they give no selector for, and unknown hosts use them for everything.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from parsers.page import Page, text_of

HEADLINE_SELECTORS = ("h1.title-detail", "h1.detail-title", "h1.article__title", "h1")
SUMMARY_SELECTORS = (
    ".sapo",
    ".desc",
    ".detail-sapo",
    ".article__sapo",
    "p.description",
    ".chapeau",
    ".lead",
    ".pHead",
    ".sapo_detail",
    ".singular-sapo",
)
BODY_SELECTORS = (
    "[itemprop=articleBody]",
    ".news_content",
    "#newscontents .content-fck",
    ".content-fck",
    ".detail-content",
    ".article__body",
    "article.fck_detail",
    "#content-detail",
    ".content-detail",
    "#main-detail",
    ".entry",
    "#dcontent",
    ".singular-content",
    ".fck",
    "article",
)
BOILERPLATE = (
    ".related",
    ".related-news",
    ".detail-related",
    ".tinlienquan",
    ".share",
    ".social",
    ".tags",
    ".tag",
    ".block_tag",
    ".comment",
    "#comment",
    ".ads",
    ".advertisement",
    ".banner",
    "[id^=adsWeb_]",
    ".box-adv",
)
DATE_SELECTORS = (
    ".date",
    ".pubdate",
    ".post-time",
    ".time",
    "span.date",
    ".date_news",
    ".datetime",
    "time",
)
VIEW_LABEL = re.compile(r"lượt\s*xem|lượt\s*đọc|đã\s*xem", re.I)
SITE_SUFFIX = re.compile(r"\s*[|\-–—]\s*[^|\-–—]{2,40}$")


def headline(page: Page) -> str | None:
    for css in HEADLINE_SELECTORS:
        text = page.first_text(css)
        if text:
            return text
    title = page.meta.get("og:title") or page.article_ld.get("headline")
    if title:
        return title
    return _strip_site_name(page.first_text("title"))


def _strip_site_name(title: str | None) -> str | None:
    return SITE_SUFFIX.sub("", title) if title else None


def summary(page: Page) -> str | None:
    for css in SUMMARY_SELECTORS:
        text = page.first_text(css)
        if text:
            return text
    return page.meta.get("og:description") or page.meta.get("description")


def published(page: Page) -> str | None:
    return (
        _ld_string(page, "datePublished")
        or page.meta.get("article:published_time")
        or page.meta.get("pubdate")
        or page.meta.get("datepublished")
        or _visible_date(page)
    )


def modified(page: Page) -> str | None:
    return _ld_string(page, "dateModified") or page.meta.get("article:modified_time")


def views(page: Page) -> str | None:
    for el in page.root.iter("span", "div", "p", "li", "em"):
        text = text_of(el)
        if len(text) < 40 and VIEW_LABEL.search(text) and re.search(r"\d", text):
            return text
    return None


def byline(page: Page) -> str | None:
    for css in (".author", ".pAuthor", ".detail-author", ".byline", "[itemprop=author]"):
        text = page.first_text(css)
        if text:
            return text
    return None


def category(page: Page) -> str | None:
    crumbs = [text_of(a) for a in page.select(".breadcrumb a, .breadcrumbs a")]
    crumbs = [c for c in crumbs if c and c.lower() not in ("trang chủ", "home")]
    if crumbs:
        return crumbs[-1]
    return page.meta.get("article:section")


def tags(page: Page) -> list[str]:
    return [text for el in page.select(".tags a, .tag a, a.tag_item") if (text := text_of(el))]


def body_container(page: Page) -> _Element | None:
    for css in BODY_SELECTORS:
        found = page.select(css)
        if found:
            return max(found, key=lambda el: len(text_of(el)))
    return page.root.find(".//body")


def _ld_string(page: Page, key: str) -> str | None:
    value = page.article_ld.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _visible_date(page: Page) -> str | None:
    for css in DATE_SELECTORS:
        text = page.first_text(css)
        if text and re.search(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}", text):
            return text
    return None
