"""Báo Hà Tĩnh (baohatinh.vn): the 2026 `.article__body.zce-content-body.cms-body` family.

Traps: publish and update times are only machine-readable in `article:published_time` /
`article:modified_time`, written with a colon-less `+0700`; ad slots (`.ads_middle`,
`#adsWeb_…`, with banner images) and `.related-news` sit inside the body; the "Tin cùng chuyên
mục" teasers are `.sapo` too, ahead of `.article__sapo` in the generic order, but in a box
(`.box-same-cat`) the generic reader leaves out; the byline is a right-aligned name in capitals
at the end, or `p.pAuthor` in content carried over from the old editor (whose captions are
`p.pCaption`).
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baohatinh",
    name="Báo Hà Tĩnh",
    province="Hà Tĩnh",
    merged_province="Hà Tĩnh",
    hosts=("baohatinh.vn", "www.baohatinh.vn"),
    article_url=r"^/[a-z0-9-]+-post(?P<id>\d+)\.html$",
    family="zce-content-body",
    listings=("/xa-hoi/",),
    next_page=".pagination a.next",
    listing_item="article.story",
    listing_date=".story__time",
    floors={"published_at": 0.95, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2026",
            fields={},
        ),
    ),
)
