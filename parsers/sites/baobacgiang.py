"""Báo Bắc Giang điện tử (baobacgiang.com.vn): articles `/bg/<section>/<id>/<slug>.html`.

An ASP.NET page: the date in `p.datetimes-detail-articlecontent`, a `Lượt xem: N` counter beside
it, the lead in `p.alead` opening with `BGĐT - `, the body in `div.ArticleContent.BaoBacGiang8`
with `table.image` captions (second row) and a right-aligned byline as its last paragraph.

Traps: the header date is the current day; the "Đọc nhiều nhất" sidebar prints other articles'
view counts; a "Tin liên quan" box can sit inside the body.
"""

from parsers.profile import Layout, SiteProfile

PROFILE = SiteProfile(
    key="baobacgiang",
    name="Báo Bắc Giang",
    province="Bắc Giang",
    merged_province="Bắc Ninh",
    hosts=("baobacgiang.com.vn", "www.baobacgiang.com.vn"),
    article_url=r"^/bg/[a-z0-9-]+/(?P<id>\d{5,})/[a-z0-9-]+\.html$",
    family="baobacgiang",
    listings=("/bg/kinh-te/",),
    next_page=".pager a.next",
    listing_item=".list-articles .list-item",
    listing_date=".list-date",
    floors={"published_at": 0.9, "views": 0.9, "byline": 0.6, "body": 0.95},
    layouts=(
        Layout(
            name="2020",
            fields={},
            absent=("modified",),  # no update line on its article pages
        ),
    ),
)
