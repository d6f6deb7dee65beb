"""Báo Quảng Ninh (baoquangninh.vn, formerly baoquangninh.com.vn): the `#content-detail` /
`h1.name` family.

Traps: the header's "today" widget is a `span.date` like the article's own date line, and the
page carries no machine-readable publish time, so only that line gives it (the generic reader
leaves the `<header>` and its `.today` box out too); photos sit in `table.image` with the
caption in the second row (sometimes empty); old links still use baoquangninh.com.vn while the
canonical URL is on the new host.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baoquangninh",
    name="Báo Quảng Ninh",
    province="Quảng Ninh",
    merged_province="Quảng Ninh",
    hosts=(
        "baoquangninh.vn",
        "www.baoquangninh.vn",
        "baoquangninh.com.vn",
        "www.baoquangninh.com.vn",
    ),
    article_url=r"^/[a-z0-9-]+-(?P<id>\d{5,})\.html$",
    family="content-detail-name",
    listings=("/kinh-te",),
    next_page=".pagination a.next",
    listing_item="article.card",
    listing_date=".card-time",
    floors={"published_at": 0.95, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(Layout(name="2026", absent=("modified",)),),  # no update line on its pages
)
