"""Báo Thanh Hóa (baothanhhoa.vn): articles `/<section>/<slug>-<id>.htm`.

The markup family is shared with Báo Hà Tĩnh's 2020 design: `.date_news`, a `.sapo_detail` lead
opening with `(Baothanhhoa.vn) - `, the body in `#main-detail` as `p.pBody` paragraphs,
`p.pCaption` captions under the image paragraph and the author in `p.pAuthor`.

Traps: the header's `.header-date` is the current date; `.drelated` (related links) and an ad slot
sit inside `#main-detail`; the sidebar and "Tin cùng chuyên mục" carry their own dates. No view
count is shown.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baothanhhoa",
    name="Báo Thanh Hóa",
    province="Thanh Hóa",
    merged_province="Thanh Hóa",
    hosts=("baothanhhoa.vn", "www.baothanhhoa.vn"),
    article_url=r"^/[a-z0-9-]+/[a-z0-9-]+-(?P<id>\d{5,})\.htm$",
    family="main-detail-pbody",
    feeds=("/rss/thoi-su.rss",),
    listings=("/thoi-su",),
    next_page=".paging a.next",
    archive="/tin-theo-ngay/%Y-%m-%d",
    listing_item=".list-story .story",
    listing_date=".story-date",
    floors={"published_at": 0.9, "byline": 0.7, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2020",
            fields={},
        ),
    ),
)
