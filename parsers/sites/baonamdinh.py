"""Báo Nam Định (baonamdinh.com.vn): articles `/channel/<cat>/<yyyymm>/<slug>-<id>/`.

The lead is not a separate block: it is the first `<p>` of `#content` (often in bold), so the
summary is that paragraph and the body reader drops it from the text. Images sit in
`table.image.center` with the caption in the second row; the byline is the right-aligned last
paragraph (`style="text-align: right;"` or the older `align="right"`).

Traps: the header's `.header-time` is the current date, and `.date span` also appears in the
sidebar lists (both outside the article, where the generic reader does not look either); an ad
slot can sit between paragraphs. No view count is shown.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baonamdinh",
    name="Báo Nam Định",
    province="Nam Định",
    merged_province="Ninh Bình",
    hosts=("baonamdinh.com.vn", "www.baonamdinh.com.vn"),
    article_url=r"^/channel/\d+/\d{6}/[a-z0-9-]+-(?P<id>\d{6,})/?$",
    family="baonamdinh",
    listings=("/channel/5085/",),
    next_page=".paging a.next",
    listing_item=".list-news .item-news",
    listing_date=".date",
    floors={"published_at": 0.9, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2020",
            fields={
                "body": "#content",
            },
            absent=("modified",),  # no update line on its article pages
            drop=(".adv-center",),
        ),
    ),
)
