"""Báo Thái Nguyên (baothainguyen.vn): the `/{cat}/{YYYYMM}/{slug}/` family.

Articles live under `/<section>[/<sub>]/<YYYYMM>/<slug>/`, so the site's id is the slug. Traps:
the publish line prints the time first (`08:15, 13/01/2026`) in `span.date_up`, with no
machine-readable date on the page; the header shows the current date; a view count
(`Lượt xem: 1.234`) appears on some articles only; the byline is the right-aligned last paragraph
(`Bài và ảnh: X`).
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baothainguyen",
    name="Báo Thái Nguyên",
    province="Thái Nguyên",
    merged_province="Thái Nguyên",
    hosts=("baothainguyen.vn", "www.baothainguyen.vn"),
    article_url=r"^/(?:[a-z0-9-]+/)+\d{6}/(?P<id>[a-z0-9-]+)/?$",
    family="yyyymm-slug",
    listings=("/kinh-te/",),
    next_page=".paging a.next",
    listing_item=".item-news",
    listing_date=".time",
    floors={"published_at": 0.95, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(Layout(name="2026", absent=("modified",)),),  # no update line on its pages
)
