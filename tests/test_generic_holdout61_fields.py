"""Rules the generic extractor learnt for headlines, dates, bylines, categories and tags from the
sixty-first holdout set's transport, traffic and public works pages on participation platforms,
an intranet, a shop's blog, community, school and podcast sites, newsletters and a changelog."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://giaothong.example.vn/tin/cam-bien-tai-trong-cau-yeu"
TITLE = "Cắm biển hạn chế tải trọng 9 cầu yếu trên tuyến huyện"
TEXT = (
    "Sở Xây dựng vừa hoàn thành kiểm định 52 cầu trên các tuyến đường huyện của tỉnh.",
    "Chín cầu xuống cấp phải cắm biển hạn chế tải trọng từ 8 đến 13 tấn trước ngày 15/12/2026.",
    "Kinh phí sửa chữa các cầu yếu ước tính 64 tỷ đồng, bố trí trong kế hoạch vốn năm 2027.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_by_before_a_login_in_an_author_box_names_nobody() -> None:
    """A shop's blog prints the posting account under the day (`<div class="blog__author">bởi
    admin</div>`): `bởi` before one word in lower case is a login, nobody."""
    meta = "<div class='blog__date'>04/12/2026</div><div class='blog__author'>bởi quantri</div>"
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_posted_by_line_leaves_the_division_on_its_next_line() -> None:
    """`Đăng bởi <a>Lê Văn Khải</a><br><span>Phòng Quản lý chất lượng công trình</span>` in an
    intranet's news info: the division under the name is no part of the byline."""
    meta = (
        "<div class='news-info'><div class='news-poster'>Đăng bởi <a href='/people/view.php?id=7'>"
        "Lê Văn Khải</a><br><span class='dept'>Phòng Quản lý chất lượng công trình</span></div>"
        "<div class='news-meta'><span class='news-date'>04/12/2026 10:20</span></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Lê Văn Khải", ["Lê Văn Khải"])


PODCAST_URL = "https://congtrinh.example.vn/31"
PODCAST_TITLE = "Tiếng nói công trình - Tập 31: Làm lại cầu treo bản Mờ"
HEADING = "Làm lại cầu treo bản Mờ: vì sao phải chờ mùa khô"


def _episode(meta: str) -> dict:
    """A podcast host's episode page: the show's `<h1>` in the site's `<header>`, the episode's
    own `<header>` with its number, its title in an `<h2>` and `meta`, then its notes."""
    page = (
        "<header class='site-header'><h1 class='site-title'><a href='/'>Tiếng nói công trình"
        "</a></h1></header><div class='episode'><header class='episode-header'>"
        f"<p class='episode-number'>Tập 31</p><h2 class='episode-title'>{HEADING}</h2>{meta}"
        f"</header><div class='episode-description'>{PARAGRAPHS}</div></div>"
    )
    article = InventedArticle(PODCAST_URL, PODCAST_TITLE, NOW, TEXT)
    return article.record(page)


def test_an_episode_s_heading_the_title_cuts_at_its_colon_is_the_headline() -> None:
    """The `<title>` files the episode under its number and cuts its title at its colon (`Show
    - Tập 31: Làm lại cầu treo bản Mờ`); the episode's header prints it whole in an `<h2>`
    classed as its title, under the show's `<h1>`: the headline."""
    assert _episode("")["headline"] == HEADING


def test_an_episode_s_header_holds_its_date() -> None:
    """The episode's own `<header>` (`episode-header`) heads the article, not the site: the day
    in it (an English one with an ordinal, `December 3rd, 2026`, no hour) is the episode's."""
    meta = (
        "<div class='episode-meta'><span class='episode-date'>December 3rd, 2026</span> | "
        "<span class='episode-duration'>28 mins 40 secs</span></div>"
    )
    record = _episode(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "December 3rd, 2026",
    )


def test_a_machine_midnight_in_a_template_s_zone_is_the_printed_day() -> None:
    """`<time datetime="2026-12-02T00:00:00-05:00">Thứ Tư, 02/12/2026</time>`: a school
    platform stores the day as midnight in its template's zone; the day printed without an hour
    is midnight in Việt Nam, not noon."""
    meta = (
        "<div class='date'><time datetime='2026-12-02T00:00:00-05:00'>Thứ Tư, 02/12/2026</time>"
        "</div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Thứ Tư, 02/12/2026",
    )


def test_a_summary_classed_after_a_school_platform_s_prefix_is_the_lead() -> None:
    """`<div class="fsSummary">` under the headline: the lead, its class word `Summary` in camel
    case after the `fs` prefix a school platform gives its classes (`fsTitle`, `fsBody`)."""
    lead = "Sáng 2/12, chín cầu yếu trên tuyến huyện đã được cắm biển hạn chế tải trọng mới."
    record = ARTICLE.under_headline(f"<div class='fsSummary'>{lead}</div>")
    assert record["summary"] == lead


def test_a_poster_s_credit_and_its_comma_are_no_part_of_the_date_line() -> None:
    """`<span>Đăng bởi Trần Văn Lộc</span>, <span>03 Th12 2026</span>` in a post's byline line:
    who posted, then the day; the raw is the day."""
    meta = (
        "<div class='post-byline'><span class='author'>Đăng bởi Trần Văn Lộc</span>, "
        "<span class='date'>03 Th12 2026</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "03 Th12 2026",
    )


def test_links_classed_as_tags_after_a_category_label_are_the_tags() -> None:
    """`Danh mục: <a class="tag">Cầu yếu</a>, <a class="tag">Tải trọng</a>` under the text: a
    label over several links each classed as a tag names the tags, not one section."""
    after = (
        "<div class='post-categories'>Danh mục: <a href='/tin?category=cau-yeu' class='tag'>"
        "Cầu yếu</a>, <a href='/tin?category=tai-trong' class='tag'>Tải trọng</a></div>"
    )
    assert ARTICLE.under_headline("", after_text=after)["tags"] == ["Cầu yếu", "Tải trọng"]


def test_a_changelog_s_label_links_over_its_title_are_the_tags() -> None:
    """`<div class="labels"><a class="label">Mới</a><a class="label">Cải tiến</a></div>` in a
    changelog entry's header, over its title: the entry's labels, its tags."""
    header = (
        "<div class='entry-header'><div class='published-date'>3 tháng 12 năm 2026</div>"
        "<div class='labels'><a class='label' href='/changelog?labels=moi'>Mới</a>"
        "<a class='label' href='/changelog?labels=sua-loi'>Sửa lỗi</a></div>"
        f"<h1 class='title'>{TITLE}</h1></div>"
    )
    page = f"<div class='entry'>{header}<div class='entry-content'>{PARAGRAPHS}</div></div>"
    assert ARTICLE.record(page)["tags"] == ["Mới", "Sửa lỗi"]


SPACE_URL = "https://congdong.example.vn/c/hoi-dap-tuyen-xe/tuyen-so-9-doi-diem-dung"


def test_the_lone_link_over_the_post_to_the_folder_it_sits_in_is_the_category() -> None:
    """`<div class="space-header"><a href="/c/hoi-dap-tuyen-xe/">Hỏi đáp tuyến xe</a></div>`
    over the `<article>` at `/c/hoi-dap-tuyen-xe/<post>`: the community space the post is filed
    in, though a member's name and time stand between it and the title."""
    page = (
        "<main><div class='space-header'><a class='space-header__title' "
        "href='/c/hoi-dap-tuyen-xe/'>Hỏi đáp tuyến xe</a></div><article class='post'>"
        "<div class='post__header'><div class='author'><a href='/u/81f2'>Lê Thị Mai</a>"
        "<span title='Thứ Năm, 3 tháng 12, 2026 lúc 15:30'>3 ngày trước</span></div>"
        f"<h1 class='post__title'>{TITLE}</h1></div><div class='post__body'>{PARAGRAPHS}</div>"
        "</article></main>"
    )
    article = InventedArticle(SPACE_URL, TITLE, NOW, TEXT)
    assert article.record(page)["category"] == "Hỏi đáp tuyến xe"


PROCESS_URL = "https://thamgia.example.vn/processes/nut-giao-ba-la/f/12/posts/64"


def _process_post(author: str) -> dict:
    """A participation platform's blog post: the process's menu with its current component, the
    `<title>` naming the component beside the process, the post's `author` box."""
    page = (
        "<main><nav class='process-nav'><a href='/processes/nut-giao-ba-la'>Giới thiệu</a> "
        "<a href='/processes/nut-giao-ba-la/f/11/'>Góp ý</a> <a class='is-active' "
        "href='/processes/nut-giao-ba-la/f/12/'>Tin tức quy trình</a></nav>"
        f"<div class='heading'><h1>{TITLE}</h1>{author}</div>"
        f"<div class='editor-content'>{PARAGRAPHS}</div></main>"
    )
    article = InventedArticle(
        PROCESS_URL, "Tin tức quy trình - Nút giao Ba La - Tham gia", NOW, TEXT
    )
    head = f"<meta property='og:title' content='{TITLE}'>"
    return article.record(page, head)


def test_the_current_menu_item_the_title_names_over_the_post_s_folder_is_the_category() -> None:
    """The process's menu marks `Tin tức quy trình` current (`is-active`), at the folder the
    post's address sits in, and the `<title>` names it beside the process: the category."""
    assert _process_post("")["category"] == "Tin tức quy trình"


def test_a_city_department_as_the_post_s_author_is_the_byline_with_nobody() -> None:
    """`<span class="author__name">Sở Giao thông vận tải thành phố</span>` beside a verified
    badge (`✔`): the department posting signs it, the display with no person; the badge is no
    name."""
    author = (
        "<div class='author'><div class='author__name-container'><span class='author__name'>"
        "Sở Giao thông vận tải thành phố</span> <span class='author__badge'>&#10004;</span></div>"
        "<span class='author__date'>03/12/2026 09:15</span></div>"
    )
    record = _process_post(author)
    assert (record["byline"], record["authors"]) == ("Sở Giao thông vận tải thành phố", [])


def test_a_show_s_blurb_as_the_description_is_no_lead() -> None:
    """`<meta name="description" content="Podcast về cầu đường … của Sở Xây dựng tỉnh.">` on
    an episode whose notes open plainly: the show describing itself on every episode, though
    its words are the text's."""
    head = (
        "<meta name='description' content='Podcast hằng tuần về cầu đường, tải trọng và kế hoạch"
        " vốn của Sở Xây dựng tỉnh.'>"
    )
    assert ARTICLE.under_headline("", head=head)["summary"] is None


def test_a_podcast_host_s_name_is_the_byline() -> None:
    """Fireside's hosts section under the episode (`<span class="host-name">Ngô Văn Hải</span>`
    beside the host's picture): the host makes the episode, its byline."""
    hosts = (
        "<div class='episode-hosts'><h4>Người dẫn</h4><ul><li><img src='/hosts/avatar.jpg' "
        "alt=''> <span class='host-name'>Ngô Văn Hải</span></li></ul></div>"
    )
    record = ARTICLE.under_headline(hosts)
    assert (record["byline"], record["authors"]) == ("Ngô Văn Hải", ["Ngô Văn Hải"])
