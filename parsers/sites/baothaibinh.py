"""Báo Thái Bình (baothaibinh.com.vn): Froala-edited articles under `/tin-tuc/<cat>/<id>/<slug>`.

Traps: the header's `.today` shows the *current* date; related and most-read lists carry their
own dates and view counts; the byline is the right-aligned last paragraph of the body.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baothaibinh",
    name="Báo Thái Bình",
    province="Thái Bình",
    merged_province="Hưng Yên",
    hosts=("baothaibinh.com.vn", "www.baothaibinh.com.vn"),
    article_url=r"^/tin-tuc/\d+/(?P<id>\d+)/[^/]+$",
    family="baothaibinh",
    feeds=("/rss/home.rss",),
    listings=("/tin-tuc/12/thoi-su", "/tin-tuc/15/kinh-te"),
    next_page=".pagination a.next",
    archive="/xem-tin-theo-ngay/%d-%m-%Y",
    listing_item=".list-news .item",
    listing_date=".time",
    floors={"published_at": 0.9, "views": 0.9, "byline": 0.6, "body": 0.95},
    layouts=(
        Layout(
            name="2020",
            fields={
                "published": ".detail .meta .date",
                "body": ".detail .news_content .fr-view",
            },
            absent=("modified",),  # no update line on its article pages
        ),
    ),
)
