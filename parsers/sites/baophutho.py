"""Báo Phú Thọ (baophutho.vn): articles `/<slug>-<id>.htm`.

Title `h1.pTitle`, lead `p.pHead` opening with `PTO- `, body `#dcontent` with `figure`/
`figcaption` images and a right-aligned byline as its last paragraph; the publish time is in
`div.pt-post-detail__time` as `Thứ sáu, 14/06/2024 10:15 (GMT+7)`.

Traps: the header's `.pt-header__date` is the current day; JSON-LD can carry the date without
the time; ad slots sit inside `#dcontent`; sidebar and related lists carry their own dates. No
view count is shown.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baophutho",
    name="Báo Phú Thọ",
    province="Phú Thọ",
    merged_province="Phú Thọ",
    hosts=("baophutho.vn", "www.baophutho.vn"),
    article_url=r"^/[a-z0-9-]+-(?P<id>\d{5,})\.htm$",
    family="baophutho",
    listings=("/kinh-te",),
    next_page=".pt-pagination a.next",
    listing_item=".pt-list .pt-story",
    listing_date=".pt-story__time",
    floors={"published_at": 0.9, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2024",
            fields={},
        ),
    ),
)
