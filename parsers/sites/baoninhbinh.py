"""Báo Ninh Bình (baoninhbinh.org.vn): articles `/<slug>-<15 digits>.html`.

Both designs keep `h1.header-title` and the body in `#content_detail`. Until 2023 the date reads
`Thứ Hai, 21/06/2021, 07:10` in `.date-time`, the lead is `.sapo` and the byline is the
right-aligned last paragraph of the body. The current design puts the time first
(`08:30, 12/05/2024`) in `.publish-time`, the author in `.article-author` above the body, and
captions in `figcaption`.

Traps: the header's current date (`.today`, later `.header-today`); date-only JSON-LD while the
visible line has the time; "Đọc thêm" boxes inside the body. No view count is shown.
"""

from datetime import date

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baoninhbinh",
    name="Báo Ninh Bình",
    province="Ninh Bình",
    merged_province="Ninh Bình",
    hosts=("baoninhbinh.org.vn", "www.baoninhbinh.org.vn"),
    article_url=r"^/[a-z0-9-]+-(?P<id>\d{15})\.html$",
    family="baoninhbinh",
    listings=("/kinh-te/",),
    next_page=".pagination a.next",
    listing_item=".list-story .story",
    listing_date=".story-time",
    floors={"published_at": 0.9, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2019",
            fields={},
            absent=("modified",),  # no update line on its article pages
            valid_until=date(2023, 6, 30),
        ),
        Layout(
            name="2023",
            fields={
                "headline": "article.article-detail h1.header-title",
            },
            absent=("modified",),  # no update line on its article pages
        ),
    ),
)
