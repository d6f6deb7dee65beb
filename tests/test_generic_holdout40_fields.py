"""Rules the generic extractor learnt for headlines, leads and categories from the fortieth
holdout set's other renderings of a provincial article (a mobile site's header bar, an app's
webview page, a Facebook Instant Article, a partner feed's one item saved as the page)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
TITLE = "Đường ven biển qua ba xã hoàn thành trước Tết"
TEXT = (
    "Tuyến đường ven biển dài 14 km nối ba xã phía đông đã thông xe sau 18 tháng thi công.",
    "Người dân ven biển cho biết việc đi lại, chở hải sản lên chợ đầu mối đã thuận tiện hơn nhiều.",
    "Chủ đầu tư cam kết hoàn thiện hệ thống chiếu sáng và cây xanh trước ngày 31/12 năm nay.",
)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_mobile_header_bar_s_title_is_the_section_the_headline_is_printed_under() -> None:
    """A jQuery Mobile page's header bar holds an `<h1>` linking the section (`<div
    data-role="header"><h1><a href="/xa-hoi/">Xã hội</a></h1>`) over a page whose headline is
    an `<h2 class="title">`: the bar names the section the reader is in."""
    url = "https://m.baobien.example.vn/xa-hoi/duong-ven-bien-1.html"
    article = InventedArticle(url, TITLE, NOW)
    page = (
        "<div data-role='page'><div data-role='header'><a href='#menu'>Menu</a>"
        "<h1><a href='/xa-hoi/'>Xã hội</a></h1><a href='/'>Báo Biển</a></div>"
        f"<div role='main' class='ui-content'><h2 class='title'>{TITLE}</h2>"
        f"<div class='content'>{PARAGRAPHS}</div></div></div>"
    )
    record = article.record(page)
    assert (record["headline"], record["category"]) == (TITLE, "Xã hội")


def test_a_chip_linking_the_site_s_own_app_above_the_headline_is_its_section() -> None:
    """An app's webview page links its section chip into the app, by the site's name as the
    scheme (`<a class="wv-chip" href="baobien://zone/12">Kinh tế</a>` over the `<h1>`), not by
    an address of the site: the section, as a link to the section's page would be."""
    url = "https://baobien.example.vn/webview/article/2187?platform=android"
    article = InventedArticle(url, TITLE, NOW)
    page = (
        f"<a class='wv-chip' href='baobien://zone/12'>Kinh tế</a><h1>{TITLE}</h1>"
        f"<div class='wv-body'>{PARAGRAPHS}</div>"
    )
    assert article.record(page)["category"] == "Kinh tế"


def test_an_instant_article_s_kicker_is_its_section() -> None:
    """A Facebook Instant Article's header holds its kicker (`<h3 class="op-kicker">Xã hội</h3>`)
    under the `<h1>`: the markup's element for the section over the headline."""
    article = InventedArticle("https://ia.baobien.example.vn/a/226514", TITLE, NOW)
    page = (
        f"<article><header><h1>{TITLE}</h1><h3 class='op-kicker'>Xã hội</h3></header>"
        f"{PARAGRAPHS}</article>"
    )
    assert article.record(page)["category"] == "Xã hội"


FEED = (
    "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'"
    " xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
    "<title>Báo Biển - Giao thông</title><link>https://baobien.example.vn/giao-thong/</link>"
    "<item><title>{title}</title><category>Giao thông</category>"
    "<description><![CDATA[{lead}]]></description>"
    "<content:encoded><![CDATA[{text}]]></content:encoded></item></channel></rss>"
)
LEAD = "Sáng 5/12, tuyến đường ven biển qua ba xã phía đông chính thức thông xe kỹ thuật."


def test_a_feed_s_one_item_gives_its_title_category_and_description() -> None:
    """One RSS item saved as the page: the item's `<title>` is the headline (not the channel's
    `Báo Biển - Giao thông`), its `<category>` the section and its `<description>`, wrapped in
    CDATA as a feed wraps it, the lead."""
    article = InventedArticle("https://baobien.example.vn/rss/doi-tac/2187.rss", TITLE, NOW)
    page = FEED.format(title=TITLE, lead=LEAD, text=PARAGRAPHS)
    record = extract_record(page, article.url, article.now)  # the feed is the page, no HTML
    assert (record["headline"], record["category"], record["summary"]) == (
        TITLE,
        "Giao thông",
        LEAD,
    )
