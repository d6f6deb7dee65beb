"""Sitemaps written with the extensions search engines read: `<image:image>` entries naming the
article's pictures (on the paper's own host and on its image host), `<video:video>` entries
with a thumbnail, a file and a player, `<xhtml:link rel="alternate" hreflang=…>` naming the
article's English and mobile versions, and `<news:news>` entries.

Sitemap scenarios crawl Báo Điện Biên Phủ, a registry paper found through robots.txt and its
sitemap index. README: articles are found through the site's feeds, sitemaps and listings; no
spider follows a link off its site; links refused off the site are a warning each. A picture,
a video file or a player named inside a `<url>` entry is no page of the sitemap: the crawl asks
for the entry's `<loc>` only, so every article is stored once, no picture or video is
requested, and nothing is refused or warned about.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.crawling import crawl as registry_crawl
from tests.crawling import expected_pages
from tests.faults.test_discovery_files import LIVE_DBP, NEWEST, dbp_copy
from tests.faults.test_discovery_pages import stored_urls

NAMESPACES = (
    ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
    ' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"'
    ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
)
CDN = "https://cdn.baodienbienphu.info.vn"


def extras(n: int) -> str:
    """What a CMS writes after an entry's `<loc>`: pictures, a video, language versions, news."""
    return (
        f"<image:image><image:loc>{LIVE_DBP}/uploads/2024/05/anh-{n}.jpg</image:loc>"
        f"<image:caption>Ảnh {n}</image:caption></image:image>"
        f"<image:image><image:loc>{CDN}/2024/05/anh-{n}-lon.jpg</image:loc></image:image>"
        f"<video:video><video:thumbnail_loc>{LIVE_DBP}/uploads/2024/05/video-{n}.jpg"
        "</video:thumbnail_loc><video:title>Video</video:title>"
        f"<video:content_loc>{LIVE_DBP}/media/video-{n}.mp4</video:content_loc>"
        f"<video:player_loc>{LIVE_DBP}/player/{n}</video:player_loc></video:video>"
        f'<xhtml:link rel="alternate" hreflang="en" href="{LIVE_DBP}/en/news-{n}.htm"/>'
        f'<xhtml:link rel="alternate" media="only screen and (max-width: 640px)"'
        f' href="https://m.baodienbienphu.info.vn/tin-{n}.htm"/>'
        "<news:news><news:publication><news:name>Báo Điện Biên Phủ</news:name>"
        "<news:language>vi</news:language></news:publication>"
        "<news:publication_date>2024-05-17T07:40:00+07:00</news:publication_date>"
        f"<news:title>Tin {n}</news:title></news:news>"
    )


def with_extensions(text: str) -> str:
    """The sitemap with the extension namespaces declared and every entry extended."""
    text = text.replace('sitemap/0.9"', 'sitemap/0.9"' + NAMESPACES, 1)
    count = iter(range(1, 1000))
    return re.sub(r"</loc>", lambda m: f"</loc>{extras(next(count))}", text)


def test_pictures_videos_and_language_versions_in_a_sitemap_are_not_requested(
    tmp_path: Path,
) -> None:
    root = dbp_copy(tmp_path)
    newest = root / NEWEST.strip("/")
    newest.write_text(with_extensions(newest.read_text(encoding="utf-8")), encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-3000:]
    assert stored_urls(db) == set(expected_pages("baodienbienphu")), stored_urls(db)
    asked = [hit for hit in run.hits if re.search(r"/uploads/|/media/|/player/|/en/", hit)]
    assert asked == [], asked
    assert "cdn.baodienbienphu" not in run.log, run.log[-3000:]
    assert "m.baodienbienphu" not in run.log, run.log[-3000:]


def test_a_sitemap_of_pictures_alone_adds_no_request(tmp_path: Path) -> None:
    """An image sitemap (`<url>` entries whose `<loc>` is the article and whose pictures are
    many), listed in the index beside the others, as WordPress SEO plugins write one."""
    root = dbp_copy(tmp_path)
    newest = root / NEWEST.strip("/")
    text = newest.read_text(encoding="utf-8").replace(
        'sitemap/0.9"', 'sitemap/0.9"' + NAMESPACES, 1
    )
    pictures = "".join(
        f"<image:image><image:loc>{LIVE_DBP}/uploads/2024/05/p{i}.jpg</image:loc></image:image>"
        for i in range(200)
    )
    newest.write_text(text.replace("</loc>", "</loc>" + pictures), encoding="utf-8")
    db = tmp_path / "news.db"
    run = registry_crawl("baodienbienphu", db, root=root)
    assert run.returncode == 0, run.log[-3000:]
    assert stored_urls(db) == set(expected_pages("baodienbienphu"))
    assert not [hit for hit in run.hits if "/uploads/" in hit]
