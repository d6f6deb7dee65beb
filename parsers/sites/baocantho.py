"""Báo Cần Thơ (baocantho.com.vn): the `.pubdate` / `#newscontents .content-fck` family.

Traps: the JSON-LD `datePublished` carries the date only (`2026-01-08`) while `span.pubdate`
prints `08/01/2026 - 18:21`, so the visible line is read; the lead is the bold first paragraph of
the body, opening with `(CTO) - `; the headline ends in `&nbsp;` and a photo-icon span; ad slots
(`div.AMN_res_…`) and the `Đọc thêm` box sit between body paragraphs; the byline is the
right-aligned last paragraph (`Tin, ảnh: P.Y`); related lists carry their own `.pubdate` dates.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baocantho",
    name="Báo Cần Thơ",
    province="Cần Thơ",
    merged_province="Cần Thơ",
    hosts=("baocantho.com.vn", "www.baocantho.com.vn"),
    article_url=r"^/[a-z0-9-]+-a(?P<id>\d+)\.html$",
    family="pubdate-content-fck",
    feeds=("/rss/cate/thoi-su/",),
    listings=("/thoi-su/",),
    next_page=".pagination a.next",
    listing_item=".news-list .news-item",
    listing_date=".pubdate",
    floors={"published_at": 0.9, "byline": 0.6, "body": 0.95},
    shows_views=False,
    layouts=(Layout(name="2026", absent=("modified",)),),  # no update line on its pages
)
