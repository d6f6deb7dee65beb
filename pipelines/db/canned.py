"""Canned queries: named SQL that Datasette offers beside its tables (`tinbao serve`).

They call `tinbao_search` and `tinbao_snippet` (see `fulltext.register_functions`), so search in
Datasette ranks like `tinbao search`.
"""

from __future__ import annotations

from typing import Any

_SEVEN_DAYS_AGO = "strftime('%Y-%m-%dT%H:%M:%S+07:00', 'now', '+7 hours', '-7 days')"

QUERIES: dict[str, dict[str, Any]] = {
    "search_folded": {
        "title": "Search, with or without diacritics",
        "description": "Finds `Đại hội Đảng bộ` from `dai hoi dang bo` (đ folds to d); "
        "exact spellings rank first.",
        # `tinbao_search` runs the same ranking as `tinbao search`: a JSON list of rowids.
        "sql": "SELECT a.headline, a.site, a.published_at, a.views, "
        "tinbao_snippet(coalesce(a.summary, '') || ' ' || coalesce(a.body, ''), :q) AS snippet, "
        "a.url FROM json_each(tinbao_search(:q, 50)) AS hit "
        "JOIN articles a ON a.rowid = hit.value ORDER BY hit.key",
    },
    "most_viewed_7_days": {
        "title": "Most viewed articles published in the last 7 days",
        "sql": "SELECT headline, site, published_at, views, url FROM articles "
        f"WHERE published_at >= {_SEVEN_DAYS_AGO} AND views IS NOT NULL "
        "ORDER BY views DESC LIMIT 50",
    },
    "articles_per_site_per_day": {
        "title": "Articles per site per day (last 30 days)",
        "sql": "SELECT site, substr(published_at, 1, 10) AS day, count(*) AS articles "
        "FROM articles WHERE published_at >= "
        "strftime('%Y-%m-%d', 'now', '+7 hours', '-30 days') "
        "GROUP BY site, day ORDER BY day DESC, site",
    },
    "view_growth": {
        "title": "View-count growth of one article",
        "description": "Every observation of the article's view count, and the gain since the "
        "one before.",
        # By the instant, not the text: a time written by another program at another offset
        # (`…Z`) sorts wrongly among the crawl's `+07:00` ones as text.
        "sql": "SELECT observed_at, views, "
        "views - lag(views) OVER (ORDER BY julianday(observed_at), observed_at) AS gained "
        "FROM view_counts WHERE url = :url ORDER BY julianday(observed_at), observed_at",
    },
}
