"""The article record: every field, its type and meaning, in one place.

`EXTRACT_FIELDS` is the stable output of `tinbao extract` (keys and order). `DB_FIELDS` are the
extra columns the database keeps beside them. README, Datasette metadata and the storage schema
are all derived from or checked against these tables.
"""

from __future__ import annotations

from typing import NamedTuple


class Field(NamedTuple):
    name: str
    type: str  # SQLite column type: TEXT, INTEGER; JSON lists are stored as TEXT
    doc: str


EXTRACT_FIELDS: tuple[Field, ...] = (
    Field(
        "url",
        "TEXT",
        "Canonical article URL: main host, no tracking parameters or fragment (primary key).",
    ),
    Field("site", "TEXT", "Site key (`tinbao sites`), e.g. `baothaibinh`, or `generic`."),
    Field("headline", "TEXT", "Article headline, NFC, whitespace collapsed."),
    Field("summary", "TEXT", "Lead (sapo) without its dateline prefix such as `(BTB) - `."),
    Field(
        "published_at",
        "TEXT",
        "Publish time, ISO 8601: `+07:00` on Vietnamese pages, elsewhere the offset the page"
        " states (none if it states none, never `+07:00` invented); a date printed without a"
        " time is stored at `00:00` (`published_raw` shows that it had none); NULL if unreadable.",
    ),
    Field("published_raw", "TEXT", "The publish-time string exactly as the page prints it."),
    Field("modified_at", "TEXT", "Last-update time (ISO 8601) when the page shows one."),
    Field("views", "INTEGER", "View count shown on the page at fetch time; NULL if none shown."),
    Field("views_raw", "TEXT", "The view-count string as printed, e.g. `9,330 lượt xem`."),
    Field("byline", "TEXT", "Author line as shown, without `Bài và ảnh:` prefixes or credits."),
    Field("authors", "TEXT", "JSON list of person names read from the byline."),
    Field("body", "TEXT", "Body paragraphs joined by a blank line; no lead, captions or byline."),
    Field(
        "category",
        "TEXT",
        "Section the page files the article under, e.g. `Thời sự`: the breadcrumb's last"
        " section, else the section link or `Chuyên mục:` label shown with the headline; NULL if"
        " the page names none (a menu names none).",
    ),
    Field(
        "tags",
        "TEXT",
        "JSON list of keyword tags shown on the page: a tag box, or a box labelled `Từ khóa:`,"
        " `Chủ đề:`, `Nhãn:` or `Tags:`.",
    ),
    Field("images", "TEXT", "JSON list of `{url, caption}` for images in the article."),
)

DB_FIELDS: tuple[Field, ...] = (
    Field("source", "TEXT", "Agency or outlet credit (`TTXVN`), separate from people."),
    Field("site_article_id", "TEXT", "The site's own article id, read from the URL."),
    Field("modified_raw", "TEXT", "The last-update string as printed."),
    Field("fetched_at", "TEXT", "When the page was fetched (ISO 8601, +07:00)."),
    Field("layout", "TEXT", "Which profile layout, or `generic`, produced the record."),
)

EXTRACT_KEYS: tuple[str, ...] = tuple(f.name for f in EXTRACT_FIELDS)
RECORD_KEYS: tuple[str, ...] = EXTRACT_KEYS + tuple(f.name for f in DB_FIELDS)
LIST_KEYS: frozenset[str] = frozenset({"authors", "tags", "images"})
