"""The generic extractor's rules, one trap at a time, and its figures on the real pages."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from parsers import generic
from parsers.extract import extract
from parsers.generic import container
from parsers.generic.dates import url_date
from parsers.generic.heading import strip_site_name
from parsers.page import Page
from pipelines.normalize import extract_record, record_from_html

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")  # when the test pages were fetched
URL = "https://tin.example.vn/bai-viet-1234567.html"


pytestmark = pytest.mark.usefixtures("far_clock")  # months before the pages were fetched


def page(body: str, head: str = "", url: str = "https://tin.example.vn/bai-viet-1234567.html"):
    return Page(f"<html><head>{head}</head><body>{body}</body></html>", url, NOW)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tuoitre.vn/chien-su-20260307075519174.htm", date(2026, 3, 7)),
        ("https://nld.com.vn/nhung-sai-sot-196260307071308923.htm", date(2026, 3, 7)),
        ("https://baochinhphu.vn/chinh-sach-102260228093004191.htm", date(2026, 2, 28)),
        ("https://x.vn/2024/05/12/mot-bai/", date(2024, 5, 12)),
        ("https://vietnamnet.vn/co-phieu-flc-2495349.html", None),
        ("https://x.vn/bai-viet-20261399887766554.htm", None),
    ],
)
def test_url_dates(url: str, expected: date | None) -> None:
    assert url_date(url, NOW) == expected


def test_dates_are_read_against_the_fetch_time_not_the_machine_clock() -> None:
    """Published in 2026 and fetched in 2026, read on a machine whose clock says 2025."""
    stamped = "https://tuoitre.vn/chien-su-20260307075519174.htm"
    assert url_date(stamped, NOW) == date(2026, 3, 7)
    assert url_date(stamped, datetime.fromisoformat("2026-03-05T00:00:00+07:00")) is None
    body = "<h1>Tiêu đề</h1><span class='date'>07/03/2026 07:55</span><p>Nội dung.</p>"
    assert generic.published(page(body, url=stamped)) == "07/03/2026 07:55"
    meta = '<meta property="article:published_time" content="2026-03-07T07:55:19+07:00">'
    assert generic.published(page("<h1>Tiêu đề</h1>", meta)) == "2026-03-07T07:55:19+07:00"
    html = f"<html><head>{meta}</head><body>{body}</body></html>"
    record = extract_record(html, stamped, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "07/03/2026 07:55",  # the line as printed; the machine date adds its seconds
        "2026-03-07T07:55:19+07:00",
    )


def test_site_name_is_stripped_only_when_it_names_the_site() -> None:
    p = page("", '<meta property="og:site_name" content="Báo Thái Bình">')
    assert strip_site_name(p, "Khai mạc hội chợ - Báo Thái Bình") == "Khai mạc hội chợ"
    assert strip_site_name(p, "Giai đoạn 2023 - 2024 | VnExpress") == "Giai đoạn 2023 - 2024"


def test_visible_h1_wins_over_a_retitled_og_title() -> None:
    p = page(
        '<header><h1 class="logo">Báo Mẫu</h1></header><h1>Quy định mới về thuế hộ kinh doanh</h1>',
        '<meta property="og:title" content="Quy định thuế mới">',
    )
    assert generic.headline(p) == "Quy định mới về thuế hộ kinh doanh"


def test_header_today_and_related_dates_are_ignored() -> None:
    # The "today" widget sits right above the headline, as near it as the article's own date
    # line and in no other zone: only its class tells it apart.
    p = page(
        '<div class="today">Thứ 4, 03/07/2024, 03:15</div>'
        "<h1>Tiêu đề bài viết</h1><div class='meta'><span class='date'> - 25/09/2020 10:13</span>"
        "</div><div class='related'><span class='date'>24/09/2020 08:00</span></div>",
        url="https://tin.example.vn/tieu-de-bai-viet-123.html",
    )
    assert generic.published(p) == "25/09/2020 10:13"
    # Without a date line of its own, the article's only visible date is in the related list:
    # nothing is taken, rather than a date that is not this article's.
    p = page(
        "<h1>Tiêu đề bài viết</h1><div class='related'><span class='date'>24/09/2020 08:00</span>"
        "</div>",
        url="https://tin.example.vn/tieu-de-bai-viet-123.html",
    )
    assert generic.published(p) is None


def test_date_only_json_ld_takes_the_visible_time() -> None:
    p = page(
        "<h1>Tiêu đề</h1><span class='pubdate'>08/01/2026 - 18:21</span>",
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-08"}'
        "</script>",
    )
    assert generic.published(p) == "08/01/2026 - 18:21"


LD_2110 = (
    '<script type="application/ld+json">{"@type":"NewsArticle",'
    '"datePublished":"2026-01-06T21:10:00+07:00"}</script>'
)


def test_visible_line_is_the_raw_string_when_it_agrees_with_the_machine_date() -> None:
    body = "<h1>Tiêu đề</h1><span class='date'>Thứ Ba,  06/01/2026 - 21:10</span><p>Nội dung.</p>"
    assert generic.published(page(body, LD_2110)) == "Thứ Ba, 06/01/2026 - 21:10"
    record = extract_record(f"<html><head>{LD_2110}</head><body>{body}</body></html>", URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "Thứ Ba, 06/01/2026 - 21:10",
        "2026-01-06T21:10:00+07:00",
    )
    # another offset, the same instant
    utc = '<meta property="article:published_time" content="2026-01-06T14:10:00Z">'
    assert generic.published(page(body, utc)) == "Thứ Ba, 06/01/2026 - 21:10"
    # both without a time, the same day
    day = '<meta property="article:published_time" content="2026-01-06">'
    assert generic.published(page("<h1>Tiêu đề</h1><p>06/01/2026</p>", day)) == "06/01/2026"


def test_visible_line_wins_when_the_machine_date_disagrees() -> None:
    # another minute: the reader's line wins, and the disagreement is reported
    other = "<h1>Tiêu đề</h1><span class='date'>06/01/2026 - 21:15</span><p>Nội dung.</p>"
    assert generic.published(page(other, LD_2110)) == "06/01/2026 - 21:15"
    assert generic.published_conflict(page(other, LD_2110)) == (
        "machine '2026-01-06T21:10:00+07:00', visible '06/01/2026 - 21:15'"
    )
    ex = extract(f"<html><head>{LD_2110}</head><body>{other}</body></html>", URL, fetched_at=NOW)
    assert ex.conflicts == [
        "published: machine '2026-01-06T21:10:00+07:00', visible '06/01/2026 - 21:15'"
    ]
    record = extract_record(f"<html><head>{LD_2110}</head><body>{other}</body></html>", URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "06/01/2026 - 21:15",
        "2026-01-06T21:15:00+07:00",
    )
    # a wrong +08:00 offset on a Vietnamese WordPress
    wp = '<meta property="article:published_time" content="2021-07-26T07:05:00+08:00">'
    line = "<h1>Tiêu đề</h1><time>26 Tháng Bảy, 2021 lúc 7:05 sáng</time>"
    assert generic.published(page(line, wp, url="https://x.vn/a.html")) == (
        "26 Tháng Bảy, 2021 lúc 7:05 sáng"
    )


FOREIGN = "https://news.example.de/politik/stadtrat-tagt-123.html"
FOREIGN_FETCH = datetime.fromisoformat("2026-03-08T12:00:00+01:00")


def foreign_record(head: str, body: str) -> dict:
    html = f"<html lang='de'><head>{head}</head><body>{body}</body></html>"
    return extract_record(html, FOREIGN, FOREIGN_FETCH)


def test_a_foreign_page_keeps_its_own_offset_and_never_gets_vietnam_time() -> None:
    h1 = "<h1>Stadtrat beschließt neuen Haushalt</h1>"
    # a machine date with its offset: the same instant, written in the page's own zone
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "%s"}'
    record = foreign_record(ld % "2026-03-06T09:00:00+01:00" + "</script>", h1)
    assert record["published_at"] == "2026-03-06T09:00:00+01:00"
    # a printed time without an offset takes the one the page's update stamp states
    update = '<meta property="og:updated_time" content="2026-03-06T18:30:00+01:00">'
    line = h1 + "<p class='meta'>Stand: 06.03.2026, 20:44</p>"
    record = foreign_record(update, line)
    assert (record["published_raw"], record["published_at"]) == (
        "Stand: 06.03.2026, 20:44",
        "2026-03-06T20:44:00+01:00",
    )
    # a page that states no offset anywhere: the time as printed, without one
    assert foreign_record("", line)["published_at"] == "2026-03-06T20:44:00"
    # a printed time that names its zone keeps it, whatever the page's machine dates state
    for zone, offset in (("JST", "+09:00"), ("EST", "-05:00"), ("GMT", "+00:00")):
        named = h1 + f"<p class='meta'>Stand: 06.03.2026, 20:44 {zone}</p>"
        assert foreign_record(update, named)["published_at"] == f"2026-03-06T20:44:00{offset}"
    # the same line on a Vietnamese page is Vietnam time
    vietnamese = extract_record(
        "<html lang='vi'><body><h1>Hội đồng họp phiên cuối năm</h1>"
        "<p class='meta'>06.03.2026, 20:44</p></body></html>",
        URL,
        NOW,
    )
    assert vietnamese["published_at"] == "2026-03-06T20:44:00+07:00"


def test_machine_dates_in_the_shapes_templates_write_them() -> None:
    h1 = "<h1>Stadtrat beschließt neuen Haushalt</h1>"
    # the `datetime` of the publish line's <time> element (its text in words no parser reads)
    stamped = h1 + (
        "<div class='entry-meta'><time class='entry-date published'"
        " datetime='2026-03-06T12:13:17+01:00'>6. März 2026</time></div>"
        "<aside class='sidebar'><time datetime='2026-03-07T08:00:00+01:00'>7. März</time></aside>"
    )
    assert foreign_record("", stamped)["published_at"] == "2026-03-06T12:13:17+01:00"
    # JSON-LD wrapped in CDATA comments, and a NewsArticle inside a WebPage's mainEntity
    ld = '<script type="application/ld+json">%s</script>'
    cdata = (
        '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2026-03-06T12:00:00+01:00"}\n//]]>'
    )
    assert foreign_record(ld % cdata, h1)["published_at"] == "2026-03-06T12:00:00+01:00"
    nested = (
        '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle",'
        ' "datePublished": "2026-03-06T20:44:00+0100"}}'
    )
    assert foreign_record(ld % nested, h1)["published_at"] == "2026-03-06T20:44:00+01:00"
    # the publish-time meta tag written with colons throughout
    colons = '<meta name="article:published:time" content="2026-03-06T15:48:15+00:00">'
    assert foreign_record(colons, h1)["published_at"] == "2026-03-06T15:48:15+00:00"


def test_machine_string_is_kept_when_no_usable_visible_line() -> None:
    # no visible date line at all
    assert generic.published(page("<h1>Tiêu đề</h1>", LD_2110)) == "2026-01-06T21:10:00+07:00"
    # a line without a time stands in only for a machine date without one
    assert generic.published(page("<h1>Tiêu đề</h1><p>06/01/2026</p>", LD_2110)) == (
        "2026-01-06T21:10:00+07:00"
    )


def test_machine_seconds_complete_the_visible_minute() -> None:
    body = "<h1>Tiêu đề</h1><span class='date'>06/01/2026 - 21:10</span><p>Nội dung.</p>"
    seconds = '<meta property="article:published_time" content="2026-01-06T21:10:41+07:00">'
    html = f"<html><head>{seconds}</head><body>{body}</body></html>"
    record = extract_record(html, URL, NOW)
    assert (record["published_raw"], record["published_at"]) == (
        "06/01/2026 - 21:10",
        "2026-01-06T21:10:41+07:00",
    )
    assert generic.published_conflict(page(body, seconds)) is None


def test_nukeviet_edit_time_is_not_the_publish_time() -> None:
    p = page(
        '<h1>Tiêu đề</h1><meta itemprop="datePublished" content="2024-04-10T09:00:00+07:00">',
        '<meta name="generator" content="NukeViet v4.5">'
        '<meta property="article:published_time" content="2024-04-04+0704:18:00">',
    )
    assert generic.published(p) == "2024-04-04+0704:18:00"


def test_update_line_is_the_modified_time() -> None:
    p = page("<h1>Tiêu đề</h1><p>Đăng 08/01/2026 18:21</p><p>Cập nhật: 08/01/2026 20:05</p>")
    assert generic.published(p) == "Đăng 08/01/2026 18:21"
    assert generic.modified(p) == "Cập nhật: 08/01/2026 20:05"


def test_views_near_the_headline_not_in_most_read() -> None:
    p = page(
        "<h1>Tiêu đề</h1><div>Ngày 14-09-2016 Lượt xem: 128</div>"
        "<div class='most-read'><span>9.999 lượt xem</span></div>"
    )
    assert generic.views(p) == "Lượt xem: 128"
    assert generic.views(page("<h1>Tiêu đề</h1><div class='sidebar'>5 lượt xem</div>")) is None


def test_template_comments_put_no_distance_between_the_headline_and_its_count() -> None:
    slots = "<!-- ad slot -->" * 400
    p = page(f"<h1>Tiêu đề</h1>{slots}<div class='info'>Lượt xem: 128</div><p>Nội dung.</p>")
    assert generic.views(p) == "Lượt xem: 128"


def test_views_raw_keeps_the_unit_after_the_count() -> None:
    """`views_raw` is the line as printed: `Đã xem: 3.015 lần` keeps its closing `lần`."""
    p = page("<h1>Tiêu đề</h1><div class='info'>Đã xem: 3.015 lần</div><p>Nội dung.</p>")
    assert generic.views(p) == "Đã xem: 3.015 lần"
    p = page("<h1>Tiêu đề</h1><div class='info'>Lượt xem: 128 lượt</div>")
    assert generic.views(p) == "Lượt xem: 128 lượt"


def test_a_negative_count_is_kept_as_printed_with_its_sign() -> None:
    """A counter gone wrong (`-5 lượt xem`) is kept raw, to be refused as a count, not lost; a
    dash after a date is no sign."""
    p = page("<h1>Tiêu đề</h1><div class='info'>-5 lượt xem</div><p>Nội dung.</p>")
    assert generic.views(p) == "-5 lượt xem"
    p = page("<h1>Tiêu đề</h1><div class='info'>Lượt xem: −12</div><p>Nội dung.</p>")
    assert generic.views(p) == "Lượt xem: −12"
    p = page("<h1>Tiêu đề</h1><div class='info'>22/09-5 lượt xem</div><p>Nội dung.</p>")
    assert generic.views(p) is None


def test_eye_icon_with_a_bare_number() -> None:
    p = page('<h1>Tiêu đề</h1><div class="info"><i class="fa fa-eye"></i> 1.204</div>')
    assert generic.views(p) == "1.204"
    # a theme's own icon class naming views, the number in the next span
    p = page(
        '<article><header><h1>Tiêu đề</h1><div class="mag-post-views">'
        '<i class="mag-icon-views"></i><span class="mag-nr-views-88">2.048</span></div>'
        "</header><p>Nội dung.</p></article>"
    )
    assert generic.views(p) == "2.048"
    # the number inside the element its class names, after an icon that is no eye (Jannah)
    p = page(
        '<article><h1>Tiêu đề</h1><div class="post-meta"><span class="meta-views">'
        '<span class="tie-icon-fire"></span> 3.517 </span><span class="meta-reading-time">'
        '<span class="tie-icon-bookmark"></span> 2 phút đọc</span></div><p>Nội dung.</p></article>'
    )
    assert generic.views(p) == "3.517"


def test_outlets_in_meta_author_are_not_bylines() -> None:
    p = page("<h1>Tiêu đề</h1>", '<meta name="author" content="TUOI TRE ONLINE">')
    assert generic.byline(p) is None
    p = page(
        "<h1>Tiêu đề</h1>",
        '<meta name="author" content="VCCorp.vn">'
        '<meta property="article:author" content="Dương Ngọc">',
    )
    assert generic.byline(p) == "Dương Ngọc"
    # the author tag repeated: the outlet first, then the writer
    p = page(
        "<h1>Tiêu đề</h1>",
        '<meta name="author" content="Báo Mẫu"><meta name="author" content="Lê Minh">',
    )
    assert generic.byline(p) == "Lê Minh"
    # an analytics tag naming the writer where the others name the outlet
    p = page(
        "<h1>Tiêu đề</h1>",
        '<meta property="article:author" content="https://www.facebook.com/baomau">'
        '<meta name="author" content="Báo Mẫu">'
        '<meta name="cXenseParse:author" content="Trần Hà">',
    )
    assert generic.byline(p) == "Trần Hà"


AUTHOR_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "author": %s}</script>'


def test_byline_checked_against_the_people_the_metadata_names() -> None:
    two = '[{"@type": "Person", "name": "Lê Minh"}, {"@type": "Person", "name": "Trần Hà"}]'
    # the box shows the first of two authors: JSON-LD names both
    p = page("<h1>Tiêu đề</h1><div class='author'>Lê Minh</div>", AUTHOR_LD % two)
    assert generic.byline(p) == "Lê Minh - Trần Hà"
    # the name with a job title glued to it; a pen name the metadata does not know stands
    one = '{"@type": "Person", "name": "Lê Minh"}'
    p = page("<h1>Tiêu đề</h1><div class='author'>Lê MinhPhóng viên</div>", AUTHOR_LD % one)
    assert generic.byline(p) == "Lê Minh"
    p = page("<h1>Tiêu đề</h1><div class='author'>Hải Yến</div>", AUTHOR_LD % one)
    assert generic.byline(p) == "Hải Yến"
    # author links gathered across the page (a related article's author too)
    p = page(
        "<h1>Tiêu đề</h1><a href='/tac-gia/le-minh'>Lê Minh</a>"
        "<div class='other'><a href='/tac-gia/vu-an'>Vũ An</a></div>",
        '<meta name="author" content="Lê Minh">',
    )
    assert generic.byline(p) == "Lê Minh"
    # the same people: the byline as printed; a source credit stands as printed
    p = page("<h1>Tiêu đề</h1><div class='author'>Lê Minh, Trần Hà</div>", AUTHOR_LD % two)
    assert generic.byline(p) == "Lê Minh, Trần Hà"
    p = page("<h1>Tiêu đề</h1><div class='author'>Theo TTXVN</div>", AUTHOR_LD % two)
    assert generic.byline(p) == "Theo TTXVN"


def test_bylines_on_pages_in_other_languages() -> None:
    h1 = "<h1>Stadtrat beschließt neuen Haushalt</h1>"
    # an author address in `meta author`: the name the page prints for it
    mail = '<meta name="author" content="d.beispiel@zeitung.example">'
    shown = h1 + "<div class='meta'><span>Dieter Beispiel</span></div>"
    assert foreign_record(mail, shown)["authors"] == ["Dieter Beispiel"]
    other = h1 + "<div class='meta'><span>Doris Muster</span></div>"
    assert foreign_record(mail, other)["authors"] == []
    # a name after a label saying author, and a link to an author's page
    label = h1 + "<ul><li><strong>Autorin/Autor</strong> Roman Beispiel</li></ul>"
    assert foreign_record("", label)["authors"] == ["Roman Beispiel"]
    hidden = h1 + "<div class='meta'><p>Author of the article:</p><img alt='Agency'></div>"
    assert foreign_record("", hidden)["authors"] == []
    link = h1 + "<p>von <a href='/autoren/name/max-muster'>Max Muster</a></p>"
    assert foreign_record("", link)["authors"] == ["Max Muster"]


def test_a_by_line_near_the_headline_names_the_writers() -> None:
    """`Von X, Frankfurt`, `By X and Y` under the headline: the writers, without the place; a
    teaser of another article far down the page prints its own `von` line, which is not the
    article's, and neither is a line naming someone the metadata does not."""
    h1 = "<h1>Stadtrat beschließt neuen Haushalt</h1>"
    shown = h1 + "<div class='meta'><p>Von Dieter Beispiel, Frankfurt</p></div>"
    assert foreign_record("", shown)["authors"] == ["Dieter Beispiel"]
    two = h1 + "<div class='meta'><span>By Jane Roe and John Doe</span></div>"
    assert foreign_record("", two)["authors"] == ["Jane Roe", "John Doe"]
    filler = "".join(f"<div><p>Absatz {i} des Artikels.</p></div>" for i in range(100))
    teaser = h1 + filler + "<div class='item'><p>von <span>Doris Muster</span></p></div>"
    assert foreign_record("", teaser)["authors"] == []
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": %s}</script>'
    other = ld % '{"@type": "Person", "name": "Marta Beispiel"}'
    assert foreign_record(other, shown)["authors"] == ["Marta Beispiel"]


def test_the_outlet_is_never_an_author_however_the_page_names_it() -> None:
    h1 = "<h1>Stadtrat beschließt neuen Haushalt</h1>"
    site = '<meta property="og:site_name" content="Stadtblatt">'
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": %s}</script>'
    # an author JSON-LD types as an organisation, whatever its name
    desk = '{"@type": "NewsMediaOrganization", "name": "Redaktion Stadtblatt Online"}'
    assert foreign_record(site + ld % desk, h1)["authors"] == []
    # a person entry that is the site's own name, split off a partner agency
    shared = '{"@type": "Person", "name": "Stadtblatt et AFP"}'
    assert foreign_record(site + ld % shared, h1)["authors"] == []
    # the outlet's signature in `meta author`: no city or country taken for a person
    signature = '<meta name="author" content="stadtblatt.example, Frankfurt, Germany">'
    url = "https://www.stadtblatt.example/politik/haushalt-123.html"
    html = f"<html lang='de'><head>{signature}</head><body>{h1}</body></html>"
    assert extract_record(html, url, FOREIGN_FETCH)["authors"] == []


def test_a_box_showing_one_author_is_completed_by_the_author_links() -> None:
    head = '<meta property="article:author" content="Marta Beispiel">'
    box = (
        "<h1>Stadtrat beschließt neuen Haushalt</h1>"
        "<address itemprop='author'><a rel='author' href='mailto:ida@x.example'>Ida Muster</a>"
        "</address><address><a rel='author' href='mailto:marta@x.example'>Marta Beispiel</a>"
        "</address>"
    )
    assert foreign_record(head, box)["authors"] == ["Ida Muster", "Marta Beispiel"]


def test_a_kicker_in_capitals_is_not_a_byline_where_box_and_metadata_agree() -> None:
    text = "".join(
        f"<p>Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für {y} beschlossen.</p>"
        for y in (2026, 2027, 2028)
    )
    body = "<h1>Stadtrat beschließt neuen Haushalt</h1><div class='byline'>By Vera Beispiel</div>"
    page_body = body + f"<article><p>HAUSHALT IN DER KRISE</p>{text}</article>"
    meta = '<meta name="author" content="Vera Beispiel">'
    assert foreign_record(meta, page_body)["authors"] == ["Vera Beispiel"]
    # an account name in the metadata proves nothing: the line in capitals stands
    account = '<meta name="author" content="Stadtblatt D">'
    box = "<h1>Stadtrat beschließt neuen Haushalt</h1><div class='byline'>Stadtblatt D</div>"
    named = box + f"<article><p>VERA BEISPIEL</p>{text}</article>"
    assert foreign_record(account, named)["authors"] == ["VERA BEISPIEL"]


def test_metadata_authors_in_their_several_shapes() -> None:
    named = '[{"@type": "Person", "givenName": "Anna Maria", "familyName": "Berg"}]'
    assert generic.byline(page("<h1>Tiêu đề</h1>", AUTHOR_LD % named)) == "Anna Maria Berg"
    listed = '{"@type": "Person", "name": "Lê Minh, Trần Hà and Vũ An"}'
    assert generic.byline(page("<h1>Tiêu đề</h1>", AUTHOR_LD % listed)) == (
        "Lê Minh - Trần Hà - Vũ An"
    )
    # a name followed by a description and the site's host: only the name
    described = '{"@type": "Person", "name": "Lê Minh, giảng viên Trường Đại học Luật, Mau.lt"}'
    assert generic.byline(page("<h1>Tiêu đề</h1>", AUTHOR_LD % described)) == "Lê Minh"
    # a box printing its name twice (a copy for screen readers)
    p = page("<h1>Tiêu đề</h1><div class='author'><span>Lê Minh</span> <span>Lê Minh</span></div>")
    assert generic.byline(p) == "Lê Minh"
    # an author link reading only `Author`, a photo credit in the author box
    p = page(
        "<h1>Tiêu đề</h1><a rel='author' href='/u/1'>Author</a>",
        '<meta name="author" content="Lê Minh">',
    )
    assert generic.byline(p) == "Lê Minh"
    p = page(
        "<h1>Tiêu đề</h1><div class='author'>(Ảnh: Vũ An)</div>",
        '<meta name="author" content="Lê Minh">',
    )
    assert generic.byline(p) == "Lê Minh"


def test_logo_h1_is_not_the_headline_when_the_title_names_the_article() -> None:
    p = page(
        "<table><tr><td><h1>BÁO MẪU ĐIỆN TỬ</h1></td></tr><tr><td>"
        "<span class='Title'>Khánh thành cầu treo bản Nà Khoang</span></td></tr></table>",
        "<title>Khánh thành cầu treo bản Nà Khoang</title>",
    )
    assert generic.headline(p) == "Khánh thành cầu treo bản Nà Khoang"
    # an article headline that opens like an organisation is still a headline
    p = page("<h1>Bộ Y tế họp báo về dịch sốt xuất huyết</h1>")
    assert generic.headline(p) == "Bộ Y tế họp báo về dịch sốt xuất huyết"
    # a storm (`bão`) and insurance (`bảo hiểm`) are not newspapers (`báo`)
    p = page("<h1>Bão số 3 đổ bộ Quảng Ninh</h1>")
    assert generic.headline(p) == "Bão số 3 đổ bộ Quảng Ninh"
    p = page("<h1>Bảo hiểm xã hội tăng lương hưu</h1>")
    assert generic.headline(p) == "Bảo hiểm xã hội tăng lương hưu"


def test_headline_spelled_as_the_metadata_when_the_element_says_the_same_words() -> None:
    # two spans glue their words; og:title spells the headline with its separator
    p = page(
        "<h1><span>Lễ hội Đền Hùng</span><span>Hàng vạn du khách về Phú Thọ</span></h1>",
        '<meta property="og:title" content="Lễ hội Đền Hùng: Hàng vạn du khách về Phú Thọ">',
    )
    assert generic.headline(p) == "Lễ hội Đền Hùng: Hàng vạn du khách về Phú Thọ"
    # a section kicker printed inside the element, which the title leaves out
    p = page(
        "<h1><span class='kicker'>Thể thao</span> Việt Nam thắng Thái Lan ở chung kết</h1>",
        "<title>Việt Nam thắng Thái Lan ở chung kết | Báo Mẫu</title>"
        '<meta property="og:site_name" content="Báo Mẫu">',
    )
    assert generic.headline(p) == "Việt Nam thắng Thái Lan ở chung kết"
    # quotes as the page prints them, not as the social card types them
    p = page(
        "<h1>Vì sao “giá ảo” vẫn tồn tại</h1>",
        '<meta property="og:title" content="Vì sao &quot;giá ảo&quot; vẫn tồn tại">',
    )
    assert generic.headline(p) == "Vì sao “giá ảo” vẫn tồn tại"


def test_a_kicker_in_front_of_the_headline_counts_when_two_titles_print_it() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s"}</script>'
    kicker = "Mùa lũ: Nước sông Hồng lên nhanh"
    both = f'<meta property="og:title" content="{kicker}">' + ld % kicker
    assert generic.headline(page("<h1>Nước sông Hồng lên nhanh</h1>", both)) == kicker
    # one title alone may be a retitled card: the visible headline stands
    alone = f'<meta property="og:title" content="{kicker}">'
    assert generic.headline(page("<h1>Nước sông Hồng lên nhanh</h1>", alone)) == (
        "Nước sông Hồng lên nhanh"
    )


def test_outside_vietnamese_pages_the_publishers_title_beats_a_display_variant() -> None:
    url = "https://news.example.com/2026/03/07/river-homes"
    visible = "<h1>Council to review reports of flooding damage to river homes</h1>"
    card = '<meta property="og:title" content="%s">'
    # the social title is the visible headline with words left out: the publisher's title
    shorter = page(visible, card % "Council to review flooding damage to homes", url)
    assert generic.headline(shorter) == "Council to review flooding damage to homes"
    # a card worded otherwise is a variant: the visible headline stands
    reworded = page(visible, card % "River homes flooded again, council says", url)
    assert generic.headline(reworded) == (
        "Council to review reports of flooding damage to river homes"
    )
    # a word dropped from inside a hyphenated one counts; a possessive is a word of its own
    kicker = page(
        "<h1>Vice-captain Smith: We can still win the league</h1>",
        card % "Captain Smith: We can still win",
        url,
    )
    assert generic.headline(kicker) == "Captain Smith: We can still win"
    owner = page(
        "<h1>Court hears Israel’s aid duties in Gaza</h1>", card % "Court hears Israel aid", url
    )
    assert generic.headline(owner) == "Court hears Israel’s aid duties in Gaza"
    # three metadata titles say one thing, the element spells it otherwise
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s"}</script>'
    agreed = "Johannesburg traders wait for new market stalls"
    three = card % agreed + ld % agreed + f"<title>{agreed}</title>"
    local = "<h1>Joburg traders wait for new market stalls</h1>"
    assert generic.headline(page(local, three, url)) == agreed
    two = card % agreed + f"<title>{agreed}</title>"
    assert generic.headline(page(local, two, url)) == "Joburg traders wait for new market stalls"
    # on a Vietnamese page the visible headline stands whatever the metadata says
    vietnamese = page(
        "<h1>Cổ phiếu ngân hàng dẫn dắt thị trường</h1>", card % "Cổ phiếu ngân hàng dẫn dắt"
    )
    assert generic.headline(vietnamese) == "Cổ phiếu ngân hàng dẫn dắt thị trường"


def test_a_live_pages_standing_title_is_its_headline() -> None:
    """The `<h1>` of a live page names its latest entry; the publisher's title for the page is
    the metadata title without the live label."""
    url = "https://news.example.com/2026/03/07/storm-live"
    card = '<meta property="og:title" content="%s">'
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s"}</script>'
    latest = "Storm Ada LIVE: Trains cancelled as winds reach 90mph"
    standing = "Storm Ada brings gales and floods to the coast"
    assert generic.headline(page(f"<h1>{latest}</h1>", card % standing, url)) == standing
    # the social title follows the entry; JSON-LD keeps the page's title
    entry = "Wahl-Ticker: Stadtrat zählt die Briefwahl noch aus"
    ticker = "Kommunalwahl im Stadtblatt-Ticker vom 3. bis 9. März"
    head = card % entry + ld % ticker + f"<title>{entry} | Stadtblatt</title>"
    url = "https://www.stadtblatt.example/politik/wahl-ticker-123.html"
    assert generic.headline(page(f"<h1>{entry}</h1>", head, url)) == ticker
    # `live` inside a sentence labels nothing
    deals = "Spring deals are live, with headphones at half price"
    p = page(f"<h1>{deals}</h1>", card % "Half-price headphones lead spring sales", url)
    assert generic.headline(p) == deals


def test_a_topic_word_heading_is_not_the_headline() -> None:
    """An `<h1>` holding one word of the title (a topic label) gives way to the element that
    prints the whole title."""
    p = page(
        "<h1>Quảng Ninh</h1><div class='detail'><h1>Mưa lớn ở Quảng Ninh, nhiều tuyến đường ngập"
        "</h1></div>",
        "<title>Mưa lớn ở Quảng Ninh, nhiều tuyến đường ngập - Báo Mẫu</title>"
        '<meta property="og:site_name" content="Báo Mẫu">',
    )
    assert generic.headline(p) == "Mưa lớn ở Quảng Ninh, nhiều tuyến đường ngập"


def test_a_section_name_in_the_h1_is_not_the_headline() -> None:
    """Category pages' `<h1>` kept on the article page: the title names the section and the
    article, and the heading after the `<h1>` prints the article's part."""
    title = "Nước sông Hồng lên nhanh sau mưa lớn"
    body = f"<h1 class='cate'><a href='/thoi-su'>Thời sự</a></h1><h2 class='title'>{title}</h2>"
    p = page(body, f'<meta property="og:title" content="Thời sự - {title}">')
    assert generic.headline(p) == title
    p = page(body, f"<title>{title} | Thời sự</title>")
    assert generic.headline(p) == title
    # an `<h1>` that is most of the title stays the headline
    p = page(
        f"<h1>{title}</h1><h2 class='title'>Mưa lớn</h2>",
        f'<meta property="og:title" content="{title} - Mưa lớn">',
    )
    assert generic.headline(p) == title


def test_metadata_titles_without_a_headline_element() -> None:
    # JSON-LD's headline with HTML entities, as some CMSs write it
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s"}</script>'
    p = page("<p>Nội dung.</p>", ld % "Ra mắt sách &quot;Đất rừng phương Nam&quot;")
    assert generic.headline(p) == 'Ra mắt sách "Đất rừng phương Nam"'
    # og:title with an affix the site-name check does not know, JSON-LD without it
    p = page(
        "<p>Nội dung.</p>",
        '<meta property="og:title" content="Giá lúa tăng mạnh-Kinh tếㅣBáo Mẫu">'
        + ld % "Giá lúa tăng mạnh",
    )
    assert generic.headline(p) == "Giá lúa tăng mạnh"
    # og:title cut after a word; <title> has the whole headline
    p = page(
        "<p>Nội dung.</p>",
        '<meta property="og:title" content="Hội chợ nông sản mở cửa và">'
        "<title>Hội chợ nông sản mở cửa và đón khách</title>",
    )
    assert generic.headline(p) == "Hội chợ nông sản mở cửa và đón khách"
    # …but not when the longer one goes on with a separator and the site's name
    p = page(
        "<p>Nội dung.</p>",
        '<meta property="og:title" content="Hội chợ nông sản mở cửa">'
        "<title>Hội chợ nông sản mở cửa | tin.example.vn | Kinh tế</title>",
    )
    assert generic.headline(p) == "Hội chợ nông sản mở cửa"


def test_a_headline_meta_tag_is_a_metadata_title() -> None:
    # schema.org microdata's `<meta itemprop="headline">` beside an og:title with an affix
    p = page(
        "<p>Nội dung.</p>",
        '<meta property="og:title" content="Giá lúa tăng mạnh-Kinh tếㅣBáo Mẫu">'
        '<meta itemprop="headline" content="Giá lúa tăng mạnh">',
    )
    assert generic.headline(p) == "Giá lúa tăng mạnh"
    # an affix after a spaced separator is an affix too
    p = page(
        "<p>Nội dung.</p>",
        '<meta property="og:title" content="Giá lúa tăng mạnh - Tin mới nhất">'
        '<meta name="headline" content="Giá lúa tăng mạnh">',
    )
    assert generic.headline(p) == "Giá lúa tăng mạnh"


def test_the_pages_own_section_name_is_not_part_of_the_headline() -> None:
    title = "Nước sông Hồng lên nhanh sau mưa lớn"
    crumbs = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/thoi-su'>Thời sự</a></li></ul>"
    )
    # two titles put the section in front; the breadcrumb names it: the `<h1>` is the headline
    both = (
        f'<meta property="og:title" content="Thời sự - {title}">'
        f"<title>Thời sự - {title} | Báo Mẫu</title>"
        '<meta property="og:site_name" content="Báo Mẫu">'
    )
    assert generic.headline(page(f"{crumbs}<h1>{title}</h1>", both)) == title
    # no headline element: the title after the site name and the `article:section`
    after = (
        f'<meta property="og:title" content="{title} | Thời sự | Báo Mẫu">'
        '<meta property="og:site_name" content="Báo Mẫu">'
        '<meta property="article:section" content="Thời sự">'
    )
    assert generic.headline(page("<p>Nội dung.</p>", after)) == title
    # a section the headline element prints itself stays
    shown = f'<meta property="og:title" content="Thời sự: {title}">'
    assert generic.headline(page(f"{crumbs}<h1>Thời sự: {title}</h1>", shown)) == (
        f"Thời sự: {title}"
    )
    capitals = page(f"{crumbs}<h1>THỜI SỰ: {title}</h1>", shown)
    assert generic.headline(capitals) == f"THỜI SỰ: {title}"
    # a kicker that names no section of the page stays, as before
    kicker = f"Mùa lũ: {title}"
    two = f'<meta property="og:title" content="{kicker}"><title>{kicker}</title>'
    assert generic.headline(page(f"{crumbs}<h1>{title}</h1>", two)) == kicker


def test_a_stamp_in_front_of_the_lead_is_not_the_summary() -> None:
    lead = (
        "<h1>Tiêu đề</h1><div class='hometext'><span>Hà Giang</span>"
        "Ngày 5/10, huyện Vị Xuyên tổng kết."
    )
    assert generic.summary(page(lead + "</div>")) == "Ngày 5/10, huyện Vị Xuyên tổng kết."
    dash = "<h1>Tiêu đề</h1><p class='sapo'><b>HÀ NỘI</b> - Sáng nay, thành phố khai mạc.</p>"
    assert generic.summary(page(dash)) == "Sáng nay, thành phố khai mạc."
    subject = "<h1>Tiêu đề</h1><p class='sapo'><b>Hà Nội</b> có thêm 3 tuyến buýt điện mới.</p>"
    assert generic.summary(page(subject)) == "Hà Nội có thêm 3 tuyến buýt điện mới."


BODY_TEXT = "<p>Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự.</p>"


def body_of(inner: str) -> list[str]:
    record = extract_record(
        f"<html lang='vi'><body><h1>Tiêu đề</h1><div class='detail-content'>{BODY_TEXT}"
        f"{inner}</div></body></html>",
        URL,
        NOW,
    )
    return (record["body"] or "").split("\n\n")


def test_pointers_to_other_articles_are_not_body() -> None:
    assert body_of(
        "<p><a href='/a.html'>Tân Lập hoàn thành 12 công trình dân sinh</a></p>"
        "<p>&gt;&gt; Xem thêm: <a href='/b.html'>Giá cà phê hôm nay</a></p>"
        "<p><a href='javascript:history.back()'>[Quay lại]</a></p>"
    ) == ["Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự."]


@pytest.mark.parametrize(
    "box",
    [
        "<div><div class='t'>Các tin khác</div><ul><li><a href='/x'>Tin A</a></li></ul></div>",
        "<h3>Tin liên quan</h3><ul><li><a href='/x'>Tin A</a></li></ul>",
        "<div><h3>Bạn có thể quan tâm</h3><ul><li><a href='/x'>Tin A</a></li></ul></div>",
        "<div><b>Dòng sự kiện:</b> <a href='/x'>Tin A</a> <a href='/y'>Tin B</a></div>",
        "<div><p>Tủ sách pháp luật</p><a href='/x'>Luật Đất đai năm 2024</a></div>",
    ],
)
def test_boxes_known_by_their_title_are_not_body(box: str) -> None:
    assert body_of(box) == ["Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự."]


def test_footer_lines_date_lines_and_view_counts_are_not_body() -> None:
    assert body_of(
        "<p>01/06/2024 | 09:15</p><p>Lượt xem: 2.931</p>"
        "<p>Giấy phép số 212/GP-BTTTT cấp ngày 12/5/2021.</p><p>Tổng Biên tập: Hoàng Văn Lợi.</p>"
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
    ) == ["Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự."]


def test_closing_credit_is_the_source_and_a_photographer_is_not_an_author() -> None:
    html = (
        "<html lang='vi'><body><h1>Tiêu đề</h1><div class='detail-content'>"
        f"{BODY_TEXT}<p><strong>Nguyễn Thị Hoa (CTV)</strong></p><p><em>Ảnh: Misso</em></p>"
        "</div></body></html>"
    )
    record = record_from_html(html, URL, NOW)
    assert (record["body"], record["byline"], record["authors"]) == (
        "Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự.",
        "Nguyễn Thị Hoa (CTV)",
        ["Nguyễn Thị Hoa"],
    )
    credit = html.replace("<p><strong>Nguyễn Thị Hoa (CTV)</strong></p>", "<p>Theo Báo Đắk Lắk</p>")
    record = record_from_html(credit, URL, NOW)
    assert (record["byline"], record["source"]) == (None, "Báo Đắk Lắk")


def test_text_typed_with_double_br_splits_into_paragraphs_and_captions() -> None:
    assert body_of(
        "<blockquote class='postcontent'>Dòng thứ nhất của bài.<br><br>"
        "<img src='/a.jpg'><br><i>Chú thích ảnh.</i><br><br>Dòng cuối.</blockquote>"
    ) == [
        "Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự.",
        "Dòng thứ nhất của bài.",
        "Dòng cuối.",
    ]


def test_lines_that_close_no_sentence_at_either_end_are_not_body() -> None:
    """A section label, a title again and a reading time above the text, a promotion and a
    contact line under it: none closes a sentence. A section heading that opens the text stays,
    and so does a short last sentence."""
    record = extract_record(
        "<html lang='vi'><body><h1>Giá lúa tăng mạnh</h1><div class='detail-content'>"
        "<p>Kinh tế</p><p>Giá lúa tăng mạnh ở miền Tây</p><p>Đọc trong 3 phút</p>"
        "<h2>Nông dân phấn khởi</h2>"
        "<p>Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.</p>"
        "<p>Thương lái vẫn mua đều.</p>"
        "<p>Tải ứng dụng để đọc báo mọi lúc</p><p>Đường dây nóng 0912 345 678</p>"
        "</div></body></html>",
        URL,
        NOW,
    )
    assert record["body"].split("\n\n") == [
        "Nông dân phấn khởi",
        "Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.",
        "Thương lái vẫn mua đều.",
    ]


def test_notices_under_the_text_are_not_body() -> None:
    """A copyright line and a newsroom address close sentences but are the site's."""
    assert body_of(
        "<p>Thương lái vẫn mua đều.</p><p>Giá phân bón cũng giảm nhẹ.</p>"
        "<p>© 2026 Công ty Truyền thông Ví Dụ. Giữ mọi quyền.</p>"
        "<p>Góp ý bài viết xin gửi về toasoan@vidu.vn.</p>"
    ) == [
        "Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự.",
        "Thương lái vẫn mua đều.",
        "Giá phân bón cũng giảm nhẹ.",
    ]


def test_loose_lines_around_the_text_of_a_page_in_an_unknown_layout() -> None:
    html = (
        "<html lang='en'><head><title>Rates fall for the third month</title></head><body>"
        "<div class='page'><article><p>Markets</p><h1>Rates fall for the third month</h1>"
        "<p>By Jane Doe, Chicago</p><p>4 min read</p>"
        "<p>Mortgage rates fell for the third month in a row, the lenders' association said on"
        " Tuesday, as inflation cooled faster than economists had expected in the spring.</p>"
        "<p>Buyers who waited through the winter are returning, agents in three states said, and"
        " the number of homes on the market rose by a tenth against the same month last year.</p>"
        "<p>Sign up for our morning newsletter</p></article></div></body></html>"
    )
    record = extract_record(html, "https://news.example.com/2026/03/rates-fall", NOW)
    assert record["body"].split("\n\n") == [
        "Mortgage rates fell for the third month in a row, the lenders' association said on"
        " Tuesday, as inflation cooled faster than economists had expected in the spring.",
        "Buyers who waited through the winter are returning, agents in three states said, and"
        " the number of homes on the market rose by a tenth against the same month last year.",
    ]


def test_read_also_boxes_in_other_languages_are_not_body() -> None:
    """A `Lesen Sie auch` box whose titles lost their links, and a `Zum Artikel:` pointer line,
    on a page of unknown layout."""
    html = (
        "<html lang='de'><head><title>Stadtrat beschließt neuen Radweg</title></head><body>"
        "<article><h1>Stadtrat beschließt neuen Radweg</h1>"
        "<p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs"
        " entlang des Flussufers beschlossen, der im kommenden Frühjahr begonnen werden soll.</p>"
        "<p>Lesen Sie auch</p><p>Baustelle am Markt dauert länger</p>"
        "<p>Busse fahren ab Montag nach neuem Plan</p>"
        "<p>Die Kosten von rund vier Millionen Euro trägt zum größten Teil das Land, teilte die"
        " Verwaltung mit; den Rest zahlt die Stadt aus den Rücklagen des vergangenen Jahres.</p>"
        "<p>Zum Artikel: Wie sicher sind unsere Radwege?</p>"
        "<p>Anwohner hatten den Radweg seit Jahren gefordert, weil die Straße am Ufer schmal ist"
        " und abends kaum beleuchtet wird, sagte die Sprecherin der Bürgerinitiative.</p>"
        "</article></body></html>"
    )
    record = extract_record(html, "https://zeitung.example.de/lokal/radweg-123", NOW)
    assert record["body"].split("\n\n") == [
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs"
        " entlang des Flussufers beschlossen, der im kommenden Frühjahr begonnen werden soll.",
        "Die Kosten von rund vier Millionen Euro trägt zum größten Teil das Land, teilte die"
        " Verwaltung mit; den Rest zahlt die Stadt aus den Rücklagen des vergangenen Jahres.",
        "Anwohner hatten den Radweg seit Jahren gefordert, weil die Straße am Ufer schmal ist"
        " und abends kaum beleuchtet wird, sagte die Sprecherin der Bürgerinitiative.",
    ]


@pytest.mark.parametrize(
    "credit",
    ["Ảnh minh họa.", "Foto: Jana Beispiel", "Image: Sam Doe/Example News", "AFP via Getty Images"],
)
def test_photo_credits_with_no_picture_left_are_not_body(credit: str) -> None:
    assert body_of(f"<p>{credit}</p><p>Đoạn thứ hai của bài viết.</p>") == [
        "Đoạn văn thứ nhất của bài viết, đủ dài để là văn xuôi thật sự.",
        "Đoạn thứ hai của bài viết.",
    ]


def test_the_headline_under_another_kicker_does_not_open_the_body() -> None:
    """The body repeats the headline as a heading, with a kicker where the headline has its own
    opening words; a heading that opens the text with other words stays."""
    text = "<p>Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.</p>"
    for heading, kept in [
        ("<h2>Nông sản : Giá lúa tăng mạnh ở các tỉnh miền Tây</h2>", []),
        ("<h2>Giá lúa tăng mạnh ở các tỉnh miền Tây</h2>", []),
        ("<h2>Nông dân phấn khởi</h2>", ["Nông dân phấn khởi"]),
    ]:
        record = extract_record(
            "<html lang='vi'><body><h1>Tin vui: Giá lúa tăng mạnh ở các tỉnh miền Tây</h1>"
            f"<div class='detail-content'>{heading}{text}</div></body></html>",
            URL,
            NOW,
        )
        assert record["body"].split("\n\n") == [
            *kept,
            "Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.",
        ]


def real_cases(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "vn-real").glob("*.json"))


def test_real_pages(shared_dir: Path) -> None:
    """Headline, publish minute, views and authors on every real national page (bench: all)."""
    misses = []
    for path in real_cases(shared_dir):
        data = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_text(encoding="utf-8")
        record = extract_record(html, data["url"], NOW)
        want = data["expected"]
        got_time = (
            record["published_at"] and record["published_at"][:16] + record["published_at"][19:]
        )
        checks = {
            "headline": record["headline"] == want["headline"],
            "published": got_time == want["published_at"],
            "views": record["views"] == want["views"],
            "authors": record["authors"] == want["authors"],
        }
        misses += [f"{path.stem}:{name}" for name, ok in checks.items() if not ok]
    assert misses == []


def test_the_headline_repeated_at_the_top_of_the_body_is_dropped_however_spelled() -> None:
    """The body repeats the `<h1>` as printed (`Mùa lũ Nước sông…`, the kicker in a span); the
    headline is the metadata's spelling (`Mùa lũ: Nước sông…`)."""
    prose = "Nước sông Hồng tại Hà Nội lên nhanh trong đêm qua, nhiều bãi giữa bị ngập sâu. "
    html = (
        '<html lang="vi"><head><meta property="og:title" content="Mùa lũ: Nước sông Hồng lên'
        ' nhanh"></head><body><h1><span>Mùa lũ</span> Nước sông Hồng lên nhanh</h1>'
        "<div class='detail-content'><p><span>Mùa lũ</span> Nước sông Hồng lên nhanh</p>"
        f"<p>{prose * 2}</p><p>{prose}Người dân đã di chuyển tài sản lên cao.</p></div>"
        "</body></html>"
    )
    record = extract_record(html, URL, NOW)
    assert record["headline"] == "Mùa lũ: Nước sông Hồng lên nhanh"
    assert record["body"].split("\n\n")[0] == (prose * 2).strip()


BRIDGE = [
    "The council voted on Tuesday night to close the old bridge to cars from June, after"
    " engineers found that two of its steel supports had rusted far more than expected.",
    "Buses will cross on a temporary lane while the deck is rebuilt, a spokeswoman said,"
    " and cyclists and people on foot can use the bridge throughout the works.",
    "The repairs are expected to cost about twelve million dollars and to take two years,"
    " most of it paid by the state from its fund for ageing roads and bridges.",
]
BRIDGE_URL = "https://news.example.com/2026/03/bridge-closes"


def english_page(inside: str) -> str:
    return (
        "<html lang='en'><head><title>Old bridge to close to cars in June</title></head><body>"
        "<div class='page'><article><h1>Old bridge to close to cars in June</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        "<div class='c-recommendations'><p>Residents say the town hall has ignored their"
        " complaints about traffic for years, and they now plan to march on Saturday.</p></div>",
        "<div data-component='NewsletterSignup'><p>Get our morning briefing in your inbox,"
        " with the five stories you need to know before work, every weekday.</p></div>",
        "<div id='AdSlot-3'><p>Advertisers choose the place of their message on the page and"
        " pay for each reader who sees it, the agency explained in a statement.</p></div>",
        "<div role='complementary' class='author-bio'><p>Jane Doe covers transport and city"
        " hall for the paper, and has reported from the county for eleven years.</p></div>",
        "<div class='box box--factbox'><h3>The bridge in numbers</h3><p>It was opened in 1931,"
        " carries about forty thousand cars a day and is the oldest of the river's crossings.</p>"
        "</div>",
        "<div class='ai-article-summary'><h2>In short</h2><ul><li>The old bridge closes to cars"
        " from June while its deck is rebuilt.</li><li>Buses keep a lane.</li></ul></div>",
        "<blockquote class='pullquote'><p>We simply could not wait another winter, the chief"
        " engineer told the council before the vote on Tuesday night.</p></blockquote>",
        "<div class='carousel-module'><h3>Traffic chaos on the ring road after the crash</h3>"
        "<h3>New timetable for the number nine bus from next week</h3></div>",
    ],
)
def test_furniture_named_by_its_markup_is_not_body(box: str) -> None:
    """Boxes a reader sees as the site's, not the article's, known by a word of their class,
    id, role or label: a recommendation list, a newsletter prompt, an ad slot, an author's bio,
    a fact box, a summary box, a pull quote repeating the text, a carousel of other articles.
    Their text reads as prose, so only the markup gives them away."""
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(first + second + box + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


def test_a_dateline_in_its_own_element_is_not_body() -> None:
    """`<span class="article__location">Berlin.</span>` in front of the first paragraph."""
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(
        "<span class='article__location'>Springfield.</span>" + first + second + third
    )
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Ferry fares rise for the second time this year",
        "Also read: What the new bridge will look like",
        "Read more: Council election results in full",
        "FUNDA OLUNYE UDABA LAPHA: Ferry fares rise for the second time this year",
        ">> All dates of the works <a href='/2026/03/bridge-dates'>at a glance</a>",
        "<a href='/2026/02/ferry-fares'>Ferry fares rise for the second time this year</a>",
    ],
)
def test_read_more_lines_are_not_body(line: str) -> None:
    """Pointers to other articles inside the text: a `Read more` line, a line opened by an arrow
    that holds a link, or a paragraph that is one link (on pages of unknown layout too, where
    the links must survive to be seen)."""
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(first + f"<p>{line}</p>" + second + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer John Doe in Boston contributed to this report.",
        "(jd)",
        "(ab/dpa)",
    ],
)
def test_closing_credits_under_the_text_are_not_body(line: str) -> None:
    """A newswire's note on who contributed, an editor's initials in parentheses."""
    html = english_page("".join(f"<p>{p}</p>" for p in BRIDGE) + f"<p>{line}</p>")
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


MORE_BRIDGE = [
    *BRIDGE,
    "Shop owners on the east bank fear that fewer drivers will stop by, and the chamber of"
    " commerce has asked the council to waive their parking fees while the works last.",
    "The old bridge opened in 1931 and carried about nine thousand cars a day last year,"
    " twice the number it was built for, according to the figures the engineers gave.",
]


@pytest.mark.parametrize(
    "notes",
    [
        ["This article was first published on the Riverside Gazette's website."],
        ["Dieser Artikel ist eine Übersetzung aus dem Englischen."],
        ["Il vous reste 61.5% de cet article à lire. La suite est réservée aux abonnés."],
        ["Familjen har godkänt namn- och bildpubliceringen."],
        ["For more stories like this one, sign up for our weekday newsletters."],
        [
            "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns mit einer Spende.",
            "Seit vierzig Jahren berichten wir aus der Region, ohne Konzern im Rücken.",
        ],
    ],
)
def test_notes_under_the_text_are_not_body(notes: list[str]) -> None:
    """Plain-prose notes that close the text (where it first appeared, a translation notice,
    a paywall message, a standing editorial notice, a newsletter or donation appeal, and the
    rest of the appeal after it) are the site's, not the article's."""
    html = english_page("".join(f"<p>{p}</p>" for p in MORE_BRIDGE + notes))
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == MORE_BRIDGE


def test_a_translation_note_over_the_text_is_not_body_and_a_note_mid_text_is() -> None:
    """The same words are a note only where notes stand: a translation notice over the text, or
    among its first paragraphs, is dropped; an appeal with most of the article after it is left
    alone (it is no closing note)."""
    over = "Dies ist eine maschinelle Übersetzung eines Artikels unserer Kollegen in London."
    html = english_page("".join(f"<p>{p}</p>" for p in [over, *MORE_BRIDGE]))
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == MORE_BRIDGE
    html = english_page("".join(f"<p>{p}</p>" for p in [MORE_BRIDGE[0], over, *MORE_BRIDGE[1:]]))
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == MORE_BRIDGE
    middle = [*MORE_BRIDGE[:2], "Did you enjoy this story so far? Read on.", *MORE_BRIDGE[2:]]
    html = english_page("".join(f"<p>{p}</p>" for p in middle))
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == middle


def test_a_sign_off_after_the_last_sentence_keeps_the_paragraph() -> None:
    """`… from its fund for ageing roads and bridges. RG`: the publication's end mark after a
    closed sentence; the paragraph is article text, not a loose line."""
    signed = [*BRIDGE[:2], BRIDGE[2] + " RG"]
    html = english_page("".join(f"<p>{p}</p>" for p in signed))
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == signed


def test_a_list_of_other_articles_in_the_text_is_not_body_with_its_heading() -> None:
    """A list whose every item ends in a link to another article (a kicker in bold, then the
    title), under a heading that names no box word; a list of steps that only mention a link
    is article text."""
    teasers = (
        "<h3>Our picks for you this week</h3><ul>"
        "<li><strong>Harbour: </strong><a href='/2026/03/ferry'>Ferry fares rise again</a></li>"
        "<li><strong>Schools: </strong><a href='/2026/03/term'>New term starts later</a></li>"
        "</ul>"
    )
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(first + second + teasers + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE
    steps = (
        "<ul><li>Check the <a href='/timetable'>new timetable</a> before you travel.</li>"
        "<li>Leave ten minutes early while the temporary lane is in use.</li></ul>"
    )
    html = english_page(first + second + steps + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == [
        *BRIDGE[:2],
        "Check the new timetable before you travel.",
        "Leave ten minutes early while the temporary lane is in use.",
        BRIDGE[2],
    ]


def test_a_line_about_the_author_under_the_text_is_not_body() -> None:
    """`Jane Roe is a transport reporter …` under the article, where the metadata names Jane Roe
    as its author; the same line about someone the page does not credit is article text."""
    bio = "Jane Roe is a transport reporter at the Gazette and has covered the city's roads."
    meta = "<meta name='author' content='Jane Roe'>"
    text = "".join(f"<p>{p}</p>" for p in [*MORE_BRIDGE, bio])
    credited = english_page(text).replace("<head>", f"<head>{meta}")
    assert extract_record(credited, BRIDGE_URL, NOW)["body"].split("\n\n") == MORE_BRIDGE
    uncredited = english_page(text)
    assert extract_record(uncredited, BRIDGE_URL, NOW)["body"].split("\n\n") == [
        *MORE_BRIDGE,
        bio,
    ]


@pytest.mark.parametrize(
    "wrap",
    [
        "<div class='text paywalled'><p>{}</p></div>",  # the text behind a paywall
        "<p class='paywall'>{}</p>",
        "<div class='sidebar-grid__content'><p>{}</p></div>",  # a layout's column
    ],
)
def test_article_text_whose_markup_names_a_furniture_word_is_body(wrap: str) -> None:
    """Words that name furniture on one site name the article's paragraphs or columns on
    another: when the elements so named hold most of the page's prose together, the words say
    nothing; and a box so named that holds most of the text alone is the article itself."""
    for inside in (
        "".join(wrap.format(p) for p in BRIDGE),
        "<div class='share-container'>" + "".join(f"<p>{p}</p>" for p in BRIDGE) + "</div>",
    ):
        assert extract_record(english_page(inside), BRIDGE_URL, NOW)["body"].split("\n\n") == (
            BRIDGE
        )


def test_a_utility_class_for_one_medium_names_no_furniture() -> None:
    """`print:hidden` styles a paragraph for printing; it does not make it furniture."""
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(first + f"<div class='my-6 print:hidden'>{second}</div>" + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


@pytest.mark.parametrize(
    "box",
    [
        "<div style='border: 1px solid #ccc; padding: 8px'><p>Readers can send their questions"
        " about the works to the council by post or by email until the end of the month.</p></div>",
        "<div class='article-bottom'><p>Readers can send their questions about the works to the"
        " council by post or by email until the end of the month.</p></div>",
    ],
)
def test_boxes_set_apart_from_the_text_are_not_body(box: str) -> None:
    """A bordered box and a page-bottom block inside the text of a page of unknown layout."""
    first, second, third = (f"<p>{p}</p>" for p in BRIDGE)
    html = english_page(first + second + box + third)
    assert extract_record(html, BRIDGE_URL, NOW)["body"].split("\n\n") == BRIDGE


def test_a_text_cut_short_is_read_again_in_full() -> None:
    """The careful reading drops what it doubts; when that leaves less than half of the prose
    of the page's best paragraph block, the page is read again keeping more."""
    page = Page(english_page("".join(f"<p>{p}</p>" for p in BRIDGE)), BRIDGE_URL, NOW)
    assert container.cut_short(page, BRIDGE[0])
    assert not container.cut_short(page, " ".join(BRIDGE[:2]))
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIDGE)
    in_sidebar = f"<html><body><div class='sidebar-grid'><div><div>{paragraphs}</div></div></div>"
    page = Page(in_sidebar, BRIDGE_URL, NOW)  # no block outside furniture: the whole page
    assert container.cut_short(page, BRIDGE[0])
    assert not container.cut_short(page, " ".join(BRIDGE[:2]))


def test_a_text_is_measured_against_its_block_not_the_whole_page() -> None:
    """A page whose other paragraphs (notes, each in a box of its own) hold more prose than the
    text: a reading of the text's block in full is not cut short, though it holds less than
    half the page's prose; one of its paragraphs is."""
    story = "".join(f"<p>{p}</p>" for p in BRIDGE)
    notes = "".join(f"<div><p>{p.replace('bridge', 'ferry')}</p></div>" for p in BRIDGE * 2)
    html = english_page(story).replace("</article>", f"</article><div class='notes'>{notes}</div>")
    page = Page(html, BRIDGE_URL, NOW)
    assert not container.cut_short(page, " ".join(BRIDGE[:2]))
    assert container.cut_short(page, BRIDGE[0])


def test_a_first_paragraph_the_description_copies_is_body() -> None:
    """Pages outside Vietnam often describe themselves with their first paragraph: it is both
    the summary and the body's first paragraph."""
    html = english_page("".join(f"<p>{p}</p>" for p in BRIDGE)).replace(
        "</title>", f"</title><meta name='description' content='{BRIDGE[0]}'>"
    )
    record = extract_record(html, BRIDGE_URL, NOW)
    assert record["summary"] == BRIDGE[0]
    assert record["body"].split("\n\n") == BRIDGE


def _record(body: str, head: str = "", url: str = URL) -> dict:
    return extract_record(f"<html><head>{head}</head><body>{body}</body></html>", url, NOW)


PARAGRAPHS = [
    "Đoạn thứ nhất của bài viết kể về vụ thu hoạch hồi năm nay ở các thôn vùng cao.",
    "Đoạn thứ hai nói thêm về giá bán và những khó khăn của người trồng hồi.",
]
TEXT = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)


def test_a_print_toolbar_in_the_body_is_neither_body_nor_picture_and_hides_no_byline() -> None:
    """`In bài này | Gửi cho bạn bè | Về đầu trang` under the byline: the byline still closes
    the text, and the print button's icon is no picture of the article."""
    tools = (
        '<div class="congcu"><a href="javascript:window.print()"><img src="/i/print.gif">'
        " In bài này</a> | <a href='/gui'>Gửi cho bạn bè</a> | Cỡ chữ: <a>A+</a> <a>A-</a></div>"
    )
    record = _record(
        f"<h1>Gặp người giữ rừng</h1><div class='noidung'>{tools}{TEXT}"
        '<p align="right"><b>Lê Hùng - Thanh Bình (thực hiện)</b></p>'
        "<div><a href='javascript:print()'>In bài này</a> | <a href='#top'>Về đầu trang</a>"
        "</div></div>"
    )
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert (record["byline"], record["authors"]) == (
        "Lê Hùng - Thanh Bình",
        ["Lê Hùng", "Thanh Bình"],
    )
    assert record["images"] == []


def test_embedded_social_posts_are_not_body() -> None:
    """A tweet, a Facebook post and an AMP tweet quoted in the text: someone else's words."""
    tweet = (
        '<blockquote class="twitter-tweet"><p>Pleased to sign the plan today.</p>&mdash; '
        "Minister (@min) <a href='https://twitter.com/min/status/1'>August 13, 2024</a>"
        "</blockquote>"
    )
    facebook = (
        '<div class="fb-post" data-href="https://www.facebook.com/p/1"><blockquote '
        'class="fb-xfbml-parse-ignore"><p>Mời cả nhà ghé đường hoa tối nay!</p>Đăng bởi '
        "<a href='https://www.facebook.com/p'>Đường hoa</a> vào Thứ Bảy, 25 tháng 1, 2025"
        "</blockquote></div>"
    )
    amp = (
        '<amp-twitter data-tweetid="2"><blockquote placeholder class="twitter-tweet">'
        "<p>Tuyến đường đã thông xe lúc 12h trưa nay.</p></blockquote></amp-twitter>"
    )
    record = _record(f"<h1>Tiêu đề bài</h1><div class='content'>{TEXT}{tweet}{facebook}{amp}</div>")
    assert record["body"].split("\n\n") == PARAGRAPHS


def test_an_amp_picture_and_its_caption_are_no_body_text() -> None:
    record = _record(
        "<h1>Tiêu đề bài</h1><div class='amp-body'>"
        "<p>Đoạn thứ nhất của bài viết kể về vụ thu hoạch hồi năm nay ở các thôn vùng cao.</p>"
        '<figure><amp-img src="https://tin.example.vn/a.jpg" width="800" height="533">'
        "</amp-img><figcaption>Máy xúc dọn đất đá trên đường.</figcaption></figure>"
        "<p>Đoạn thứ hai nói thêm về giá bán và những khó khăn của người trồng hồi.</p></div>"
    )
    assert "Máy xúc" not in record["body"]
    assert record["images"] == [
        {"url": "https://tin.example.vn/a.jpg", "caption": "Máy xúc dọn đất đá trên đường."}
    ]


def test_layout_staff_under_a_longform_are_neither_body_nor_authors() -> None:
    """`Thực hiện:` names the writers; `Ảnh:` and `Trình bày:` the photographer and the
    designer, credited on their own lines after them."""
    record = _record(
        f"<h1>Mùa nước nổi</h1><article class='entry'>{TEXT}<div class='credit'>"
        "<p>Thực hiện: Thu Hà - Minh Anh</p><p>Ảnh: Quang Vinh</p><p>Trình bày: Hải Yến</p>"
        "</div></article>"
    )
    assert (record["byline"], record["authors"]) == ("Thu Hà - Minh Anh", ["Thu Hà", "Minh Anh"])
    assert record["body"].split("\n\n")[-1] == (
        "Đoạn thứ hai nói thêm về giá bán và những khó khăn của người trồng hồi."
    )


def test_publish_time_from_an_apps_server_data() -> None:
    """A Next.js page shows only `2 giờ trước`; its exact time is in `__NEXT_DATA__`, beside
    related articles with their own times: the object titled as the headline gives it."""
    data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "related": [{"title": "Bài khác", "publishedAt": "2026-03-05T01:00:00Z"}],
                    "article": {
                        "title": "Thí điểm làn đường riêng cho xe buýt",
                        "createdAt": "2026-03-06T16:15:00.000Z",
                        "publishedAt": "2026-03-07T01:15:00.000Z",
                    },
                }
            }
        }
    )
    record = _record(
        "<h1>Thí điểm làn đường riêng cho xe buýt</h1><span class='time'>2 giờ trước</span>"
        f"<div class='body'>{TEXT}</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
    )
    assert (record["published_raw"], record["published_at"]) == (
        "2026-03-07T01:15:00.000Z",
        "2026-03-07T08:15:00+07:00",
    )


def test_times_read_is_a_view_count() -> None:
    p = page(f"<h1>Tiêu đề</h1><div>{TEXT}</div><div class='solandoc'>Số lần đọc: 1.234</div>")
    assert generic.views(p) == "Số lần đọc: 1.234"


def test_a_name_after_a_break_closing_the_last_paragraph_is_the_byline() -> None:
    """`…lao động địa phương.<br><strong>Minh Anh</strong>`: the paragraph stays body."""
    last = "Nhà máy sẽ tạo việc làm cho hơn 300 lao động địa phương."
    record = _record(
        f"<h1>Tiêu đề bài</h1><div class='news-content'>{TEXT}"
        f"<p>{last}<br><strong>Minh Anh</strong></p></div>"
    )
    assert record["body"].split("\n\n")[-1] == last
    assert (record["byline"], record["authors"]) == ("Minh Anh", ["Minh Anh"])


def test_a_reader_poll_in_the_body_is_no_body() -> None:
    poll = (
        "<div class='box'><p>Bạn đánh giá thế nào về tiềm năng điện gió của tỉnh?</p><ul>"
        "<li><label><input type='radio' name='p'> Rất lớn</label></li>"
        "<li><label><input type='radio' name='p'> Chưa rõ</label></li></ul>"
        "<p><a href='/binh-chon/kq/88'>Xem kết quả</a></p></div>"
    )
    record = _record(f"<h1>Tiêu đề bài</h1><div class='news-content'>{poll}{TEXT}</div>")
    assert record["body"].split("\n\n") == PARAGRAPHS


def test_the_caption_under_a_video_player_is_no_body() -> None:
    player = (
        "<p><iframe src='https://www.youtube.com/embed/aBcD1234'></iframe></p>"
        "<p style='text-align:center'><em>Video: Bản tin giá xăng dầu chiều 13/2.</em></p>"
    )
    record = _record(f"<h1>Tiêu đề bài</h1><div class='detail__content'>{player}{TEXT}</div>")
    assert "Bản tin giá xăng" not in record["body"]
    assert record["images"] == []


@pytest.mark.parametrize(
    "player",
    [
        "<video src='/v/dua-thuyen.mp4' controls></video>",
        "<iframe src='https://www.youtube.com/embed/aBcD1234'></iframe>",
        "<div class='chart' data-chart='gia-lua'></div>",
    ],
)
def test_the_figcaption_of_a_figure_without_a_picture_is_no_body(player: str) -> None:
    """`<figure><video/><figcaption>Video: …</figcaption></figure>`: the caption of a player
    (or of a chart drawn by script) is no paragraph of the text."""
    caption = "<figcaption>Video: Đua thuyền trên sông.</figcaption>"
    first, second = (f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    record = _record(
        f"<h1>Tiêu đề bài</h1><div class='news-content'>{first}"
        f"<figure class='media'>{player}{caption}</figure>{second}</div>"
    )
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert record["images"] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Cập nhật: 07/03/2026 08:00 | Đăng: 06/03/2026 06:15",
            ("Đăng: 06/03/2026 06:15", "Cập nhật: 07/03/2026 08:00"),
        ),
        (
            "Đăng: 06/03/2026 06:15 | Cập nhật: 07/03/2026 08:00",
            ("Đăng: 06/03/2026 06:15", "Cập nhật: 07/03/2026 08:00"),
        ),
        (
            "Cập nhật: 07/03/2026 08:00",
            ("Cập nhật: 07/03/2026 08:00", None),
        ),
    ],
)
def test_update_and_publish_times_on_one_line(line: str, expected: tuple) -> None:
    """An update time printed before or after the publish time is the modified time; a line
    with an update time alone is the publish time, and the page states no update."""
    p = page(f"<h1>Tiêu đề bài viết</h1><div class='info'>{line}</div><p>Nội dung bài.</p>")
    assert (generic.published(p), generic.modified(p)) == expected


def test_a_lunar_date_by_the_headline_is_not_the_publish_time() -> None:
    p = page(
        "<h1>Lễ hội đầu xuân</h1><div class='event'>Thời gian: 15/01/2026 (âm lịch)</div>"
        "<div class='date'>Thứ Năm, 26/02/2026 - 10:05</div><p>Nội dung bài.</p>"
    )
    assert generic.published(p) == "Thứ Năm, 26/02/2026 - 10:05"


FETCHED_AT_TEN = datetime.fromisoformat("2026-03-08T10:00:00+07:00")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 giờ trước", "2026-03-08T08:00:00+07:00"),
        ("Đăng 45 phút trước", "2026-03-08T09:15:00+07:00"),
        ("Hôm qua lúc 08:30", "2026-03-07T08:30:00+07:00"),
        ("3 hours ago", "2026-03-08T07:00:00+07:00"),
    ],
)
def test_a_publish_line_relative_to_the_fetch_time(line: str, expected: str) -> None:
    """With no dated line and no machine date, the line by the headline is read against the
    time the page was fetched, and kept as printed."""
    body = f"<h1>Tiêu đề bài viết</h1><div class='meta'><span>{line}</span></div><p>Nội dung.</p>"
    html = f"<html><head></head><body>{body}</body></html>"
    record = extract_record(html, URL, FETCHED_AT_TEN)
    assert (record["published_raw"], record["published_at"]) == (line, expected)


def test_a_dated_line_or_a_machine_date_wins_over_a_relative_one() -> None:
    relative = "<h1>Tiêu đề bài viết</h1><div class='meta'><span>2 giờ trước</span></div>"
    dated = relative + "<p>Nội dung.</p><div class='src'><span>07/03/2026 06:00</span></div>"
    assert generic.published(page(dated)) == "07/03/2026 06:00"
    meta = '<meta property="article:published_time" content="2026-03-07T06:00:00+07:00">'
    assert generic.published(page(relative, meta)) == "2026-03-07T06:00:00+07:00"


def test_a_relative_time_far_from_the_headline_or_a_bare_day_word_is_no_publish_line() -> None:
    paragraphs = "".join(f"<p>Đoạn {i} của bài viết.</p>" for i in range(200))
    comment = "<div class='x'><b>Bạn đọc</b> <span>5 phút trước</span></div>"
    assert generic.published(page(f"<h1>Tiêu đề bài viết</h1>{paragraphs}{comment}")) is None
    today = "<h1>Tiêu đề bài viết</h1><div class='meta'><span>Hôm nay</span></div>"
    assert generic.published(page(today)) is None


def test_a_microdata_article_gives_its_headline_and_date_whatever_the_boxes_classes() -> None:
    """A news extension types the article with microdata and prints it in boxes classed like
    the site's own (`div.header` round an `<h3>` headline, `div.footer` round the date): inside
    the typed article they are its head and foot. The date printed without a time is stored at
    00:00 with the string as printed."""
    article = (
        "<div class='item' itemscope itemtype='http://schema.org/Article'>"
        "<div class='header'><h3 itemprop='headline'>Mở rộng chợ phiên Bắc Hà</h3></div>"
        "<div class='footer'><span><time itemprop='datePublished' datetime='2025-04-03'>"
        "03/04/2025</time></span></div>"
        "<div itemprop='articleBody'><p>Chợ phiên Bắc Hà được mở rộng thêm khu bán hàng nông"
        " sản, với hơn 200 gian hàng mới cho bà con các xã vùng cao.</p></div></div>"
    )
    html = (
        "<html lang='vi'><head><title>Lào Cai: Mở rộng chợ phiên Bắc Hà - Cổng tin huyện</title>"
        f"</head><body><div class='header'><a href='/'>Cổng tin huyện</a></div>{article}"
        "<div class='footer'><p>Cập nhật 05/04/2025</p></div></body></html>"
    )
    record = extract_record(html, URL, NOW)
    assert (record["headline"], record["published_raw"], record["published_at"]) == (
        "Mở rộng chợ phiên Bắc Hà",
        "03/04/2025",
        "2025-04-03T00:00:00+07:00",
    )
    # the same boxes outside a typed article are the site's: no headline, no date from them
    untyped = html.replace(" itemscope itemtype='http://schema.org/Article'", "")
    record = extract_record(untyped.replace("itemprop='headline'", ""), URL, NOW)
    assert (record["headline"], record["published_raw"]) == (
        "Lào Cai: Mở rộng chợ phiên Bắc Hà - Cổng tin huyện",
        None,
    )
