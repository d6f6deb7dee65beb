"""Báo Nghệ An (baonghean.vn): the `.sc-longform-*` / `.b-maincontent .entry` family.

Traps: the lead (`.sc-longform-header-sapo`) opens with `(Baonghean.vn) - `; related boxes
(`.sc-related-articles`) and empty layers sit inside the `article.entry` body; images are lazy
(`data-src` over a data-URI placeholder) in `figure`/`figcaption`; the header shows the current
date; publish and update times come from JSON-LD or `article:published_time`; reprinted national
news is credited `Theo TTXVN` (a source, not a person).
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baonghean",
    name="Báo Nghệ An",
    province="Nghệ An",
    merged_province="Nghệ An",
    hosts=("baonghean.vn", "www.baonghean.vn"),
    article_url=r"^/[a-z0-9-]+-(?P<id>\d{6,})\.html$",
    family="sc-longform",
    feeds=("/rss/home.rss",),
    listings=("/kinh-te",),
    next_page=".c-pagination a.next",
    listing_item=".b-grid",
    listing_date=".b-grid__time",
    floors={"published_at": 0.95, "byline": 0.5, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2026",
            fields={},
        ),
    ),
)
