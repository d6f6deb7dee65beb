"""Báo Hải Dương (baohaiduong.vn): articles `/<section>/<slug>-<id>`.

Section listings (`/chuyen-muc/<slug>/<id>`) are `ul.list-news.left.w100pt` with `li h4 a`
links. The article body is `div.fck` with centred `<em>` captions under the image paragraph and
a right-aligned byline: `Tin, ảnh: X`, capitalised names, or `Theo TTXVN` for reposted national
news, which credits a source and no person.

Traps: the header's `.current-date` is the current day; "Tin cùng chuyên mục" reuses the
`list-news` markup; ads and a related box can sit inside `div.fck`. No view count is shown.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baohaiduong",
    name="Báo Hải Dương",
    province="Hải Dương",
    merged_province="Hải Phòng",
    hosts=("baohaiduong.vn", "www.baohaiduong.vn"),
    article_url=r"^/[a-z0-9-]+/[a-z0-9-]+-(?P<id>\d{5,})$",
    family="baohaiduong",
    listings=("/chuyen-muc/thoi-su/1",),
    next_page=".pagination a.next",
    archive="/ngay/%d-%m-%Y",
    listing_item="ul.list-news.left.w100pt li",
    listing_date=".time",
    floors={"published_at": 0.9, "byline": 0.5, "body": 0.95},
    shows_views=False,
    layouts=(
        Layout(
            name="2024",
            fields={},
        ),
    ),
)
