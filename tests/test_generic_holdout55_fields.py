"""Rules the generic extractor learnt for dates, bylines, tags and categories from the
fifty-fifth holdout set's learning platforms, wikis and blogs (Chamilo, Canvas LMS, Sakai,
Mahara, BookStack, Confluence, Wiki.js, PmWiki, LiveJournal, Micro.blog, an OpenCart shop's
blog, Blot)."""

from __future__ import annotations

from tests.invented import InventedArticle
from tests.test_generic_holdout55_bodies import ARTICLE, NOW, TEXT, TITLE


def test_an_edit_line_linking_the_page_history_is_the_update() -> None:
    """A wiki's page metadata in one list item: the creator, the publish day and the last
    edit as a link to the page's history of versions (`sửa đổi lần cuối bởi … vào …`). The
    link is the page's own edit line, not another article's title: the item is the page's
    facts, its publish line the publish time and its edit the modified time."""
    meta = (
        "<ul class='page-metadata'><li>Tạo bởi <a href='/display/~lan'>Trần Thị Lan</a>, "
        "<span class='created'>đăng ngày 04/12/2026 lúc 14:30</span>, <a class='last-modified' "
        "href='/pages/diffpagesbyversion.action?pageId=4892'>sửa đổi lần cuối bởi bbt.congkhai "
        "vào 05/12/2026 09:10</a></li></ul>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T14:30:00+07:00",
        "đăng ngày 04/12/2026 lúc 14:30",
        "2026-12-05T09:10:00+07:00",
    )


def test_a_wiki_s_page_group_over_the_headline_is_the_category() -> None:
    """A wiki prints the page's group as a link with a trail's mark after it over the `<h1>`
    (PmWiki's `<div class="pagegroup"><a>Giáo dục</a> /</div>`): the section the page is
    filed under."""
    group = "<div class='pagegroup'><a href='/pmwiki.php/GiaoDuc'>Giáo dục</a> /</div>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div id='wikititle'>{group}<h1>{TITLE}</h1></div><div id='wikitext'>{text}</div>"
    assert ARTICLE.record(page)["category"] == "Giáo dục"


def test_a_headline_classed_as_set_with_the_breadcrumb_is_no_crumb() -> None:
    """An `<h1>` whose class says it is set with the breadcrumb (`pagetitle with-breadcrumbs`)
    holds the headline's own link: the trail is the breadcrumb's list (`ol#breadcrumbs`), its
    last crumb the section."""
    trail = (
        "<ol id='breadcrumbs'><li><a href='/display/TCCB'>Tổ chức cán bộ</a></li>"
        "<li><a href='/display/TCCB/Tuyen+dung'>Tuyển dụng</a></li></ol>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div id='main'>{trail}<h1 class='pagetitle with-breadcrumbs'><a "
        f"href='/display/TCCB/Ket+qua'>{TITLE}</a></h1><div id='main-content'>{text}</div></div>"
    )
    assert ARTICLE.record(page)["category"] == "Tuyển dụng"


SAKAI_URL = "https://tuyensinh.example.edu.vn/portal/site/tuyensinh/tool/a1b2/main"
SAKAI = InventedArticle(SAKAI_URL, "Điểm chuẩn năm 2026 của Trường Đại học Mẫu", NOW, TEXT)


def _sakai_page(summary: str) -> str:
    """A learning platform's announcement: the site hierarchy (the site's link, the tool's
    name) in the header, the headline in an `<h3>`, the item's summary table and the text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        "<header class='Mrphs-topHeader'><div class='Mrphs-siteHierarchy'><span><a "
        "href='/portal/site/tuyensinh'>Cổng tuyển sinh</a></span> <span>/</span> "
        "<span class='Mrphs-hierarchy--toolName'>Thông báo tuyển sinh</span></div></header>"
        f"<main id='content'><h3>{SAKAI.title}</h3>{summary}<div class='message'>{text}</div>"
        "</main>"
    )


def test_a_learning_platform_s_site_hierarchy_names_the_tool_as_section() -> None:
    """Sakai's site hierarchy (`Mrphs-siteHierarchy`: the site's link, a `/`, the tool's name)
    is the page's trail wherever it sits: its closing crumb, the tool, is the category."""
    summary = "<table><tr><th>Ngày</th><td>05/12/2026 08:00 SA</td></tr></table>"
    head = "<title>Cổng tuyển sinh : Thông báo tuyển sinh</title>"
    assert SAKAI.record(_sakai_page(summary), head)["category"] == "Thông báo tuyển sinh"


def test_a_summary_table_s_field_row_and_the_poster_s_login() -> None:
    """The item's summary table: the row under the `Ngày` row is a labelled field (`Nhóm |
    Toàn bộ trang`), no name printed alone; the poster's field names the office posting the
    item, the login the platform prints after it in brackets left out."""
    summary = (
        "<table class='itemSummary'><tr><th>Người đăng</th><td>Phòng Đào tạo (daotao)</td></tr>"
        "<tr><th>Ngày</th><td>05/12/2026 08:00 SA</td></tr>"
        "<tr><th>Nhóm</th><td>Toàn bộ trang</td></tr></table>"
    )
    record = SAKAI.record(_sakai_page(summary))
    assert (record["byline"], record["authors"]) == ("Phòng Đào tạo", [])


def test_a_wiki_s_last_edit_card_beside_the_text_gives_the_update_day() -> None:
    """A wiki's card in the column beside the article credits the last edit (`Chỉnh sửa lần
    cuối bởi`, the account, the day alone in small print classed `caption`): a day with no
    words captions nothing, and the card is the page's update line, at midnight."""
    card = (
        "<div class='page-col-sd'><div class='v-card'><div class='overline'>Chỉnh sửa lần cuối "
        "bởi</div><div class='body-2'>bbt.xaphuoc</div><div class='caption'>04/12/2026</div>"
        "</div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    content = (
        f"<div class='page-col-content'><div class='v-card page-header'><h1>{TITLE}</h1></div>"
        f"<div class='contents'><p><em>Đăng ngày 02/12/2026 07:30</em></p>{text}</div></div>"
    )
    record = ARTICLE.record(f"<main><div class='layout row'>{card}{content}</div></main>")
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T07:30:00+07:00",
        "2026-12-04T00:00:00+07:00",
    )


def test_a_knowledge_base_s_entity_meta_in_the_sidebar_gives_the_page_s_facts() -> None:
    """A knowledge base prints the page's facts in its left sidebar (BookStack's entity meta):
    a line classed `created` saying so (`Tạo lúc …`) with the creator's profile link after
    `bởi`, a line classed `updated` by an account, a tag box, and recent activity with days.
    The column is the article's facts: the creation is the publish time and its creator the
    byline, the classed update the modified time (not the activity's days), the tags its."""
    sidebar = (
        "<div id='sidebar' class='tri-layout-left-contents'><section class='entity-meta'>"
        "<div><span class='created'>Tạo lúc 03/12/2026 10:15</span> bởi <a "
        "href='/user/pham-quang-huy'>ThS. Phạm Quang Huy</a></div><div><span class='updated'>"
        "Cập nhật lúc 05/12/2026 16:40</span> bởi <a href='/user/admin'>admin</a></div></section>"
        "<section><h5>Thẻ</h5><div class='tag-box'><div class='tag-item'><a href='/search?term="
        "%5Bsgk%5D'>sách giáo khoa</a></div><div class='tag-item'><a href='/search?term=%5Bl12"
        "%5D'>lớp 12</a></div></div></section><section><h5>Hoạt động gần đây</h5><p>admin cập "
        'nhật trang "Lịch kiểm tra" · 05/12/2026 18:02</p></section></div>'
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='tri-layout-left'>{sidebar}</div><div class='tri-layout-middle'><main "
        f"class='content-wrap'><div class='page-content'><h1>{TITLE}</h1>{text}</div></main></div>"
    )
    record = ARTICLE.record(page)
    assert {key: record[key] for key in ("published_at", "modified_at", "byline", "tags")} == {
        "published_at": "2026-12-03T10:15:00+07:00",
        "modified_at": "2026-12-05T16:40:00+07:00",
        "byline": "ThS. Phạm Quang Huy",
        "tags": ["sách giáo khoa", "lớp 12"],
    }
