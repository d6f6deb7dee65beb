"""Rules the generic extractor learnt for tags from the forty-sixth holdout set's sports,
culture-entertainment and travel pages (match reports, reviews with show times and prices,
festival programmes, travel and heritage pieces)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://dulich.baodienbien.example.vn/entry/712/muong-phang-mua-hoa-ban"
TITLE = "Mường Phăng mùa hoa ban"
TEXT = (
    "Những ngày này, hoa ban nở trắng các sườn đồi quanh xã Mường Phăng, hút du khách tìm về.",
    "Từ trung tâm tỉnh, du khách đi khoảng 35 km theo đường tỉnh lộ, mất chừng một giờ ô tô.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_link_to_a_place_on_the_page_after_the_tags_is_no_tag() -> None:
    """An entry's footer line `Tags: <a>…</a>, <a>…</a> | <a href="/entry/712/…#comm">3 bình
    luận</a>`: the last link leads to the comments on the page itself (its own address with
    a fragment), no tag's page."""
    footer = (
        "<div class='entryfooter'>Tags: <a href='/tag/hoa_ban' rel='tag'>hoa ban</a>, "
        "<a href='/tag/dien_bien' rel='tag'>Điện Biên</a> | "
        "<a href='/entry/712/muong-phang-mua-hoa-ban#comm'>3 bình luận</a></div>"
    )
    assert ARTICLE.under_headline("", after_text=footer)["tags"] == ["hoa ban", "Điện Biên"]
