"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-first holdout set's families (an industrial zones authority on ProcessWire, a lottery
company on Contentful, a radio station's desk on Textpattern, a veterinary office on CodeIgniter,
a maritime administration on Neos, a bar association on SPIP, a Google cache copy of a XOOPS
page, a help site on MkDocs Material, a Sangha board on Backdrop, a ferry company on Sulu, a
market surveillance office on CMS Made Simple and an irrigation company on Storyblok)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/xa-hoi/mua-lua-dong-xuan-a6120.html"
TITLE = "Nông dân vùng trũng xuống giống lúa đông xuân sớm một tuần"
FIRST = "Các cánh đồng ven sông đã được bơm cạn nước và làm đất xong từ cuối tháng trước."
SECOND = "Hợp tác xã cấp giống lúa chịu mặn cho các hộ ở ba ấp gần cửa cống nhất."
THIRD = "Cán bộ khuyến nông hướng dẫn bà con gieo sạ theo hàng để tiết kiệm giống và phân bón."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def signed(signature: str) -> dict:
    """The record of the article signed with `signature`, right-aligned after its text."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    sign = f"<p style='text-align:right'><b>{signature}</b></p>"
    return ARTICLE.record(f"<article><h1>{TITLE}</h1><div>{text}{sign}</div></article>")


def credited(line: str) -> dict:
    """The record of the article with the credit line `line` under its headline."""
    return ARTICLE.under_headline(f"<p class='credit'>{line}</p>")


def test_a_video_makers_credit_after_the_writers_label_is_no_author() -> None:
    record = credited("Thực hiện: Lâm Ngọc Yến | Ảnh, video: Kha Văn Tín")
    assert (record["byline"], record["authors"]) == ("Lâm Ngọc Yến", ["Lâm Ngọc Yến"])


def test_a_unit_serving_a_region_after_the_name_is_no_second_writer() -> None:
    """A merged province's units serve a `khu vực` (region): `… và Thú y khu vực Mường Nhé` is
    the rest of the unit's name after its `và`, no person."""
    record = signed("Đ.T.Lan - Trạm Trồng trọt và Bảo vệ thực vật khu vực Mường Nhé")
    assert (record["byline"], record["authors"]) == ("Đ.T.Lan", ["Đ.T.Lan"])


def test_a_lawyers_abbreviated_title_is_shown_and_no_part_of_the_name() -> None:
    record = ARTICLE.under_headline("<span class='author'>Ls. Võ Thị Diệu</span>")
    assert (record["byline"], record["authors"]) == ("Ls. Võ Thị Diệu", ["Võ Thị Diệu"])


def test_a_department_in_the_author_box_signs_with_no_person() -> None:
    meta = (
        "<p><span class='date'>04/12/2026 21:40</span>"
        " <span class='author'>Phòng Kỹ thuật vận hành</span></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Phòng Kỹ thuật vận hành", [])


def test_a_custom_element_named_for_the_author_is_an_author_box() -> None:
    """Angular's `<app-author-card>`: the element's name says what it holds, as a class would;
    the unit in an inline element of its own under the name is no part of it."""
    chip = (
        "<app-author-card><img src='/anh/mac-dinh.png' alt=''><div>"
        "<span class='card__name'>Mai Thảo Vy</span>"
        "<span class='card__unit'>Phòng Kế hoạch - Kỹ thuật</span></div></app-author-card>"
    )
    record = ARTICLE.under_headline(chip)
    assert (record["byline"], record["authors"]) == ("Mai Thảo Vy", ["Mai Thảo Vy"])


def test_a_readers_comment_on_the_articles_day_gives_no_time() -> None:
    """The article prints its day alone; a reader's comment under `Ý kiến bạn đọc` prints that
    day with its time: the comment's, not the article's."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    comments = (
        "<div class='y-kien'><h2>Ý kiến bạn đọc</h2><div class='y-kien__mot'>"
        "<p><span>3 Tháng Mười Hai 2026, 21:05</span>, bởi <b>Thanh Tùng</b></p>"
        "<p>Mong huyện sớm nạo vét thêm kênh nội đồng.</p></div></div>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><p class='ngay'>Thứ năm 3 Tháng Mười Hai 2026</p>"
        f"<div class='noi-dung'>{text}</div>{comments}</article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "Thứ năm 3 Tháng Mười Hai 2026",
    )


def test_a_comments_title_after_an_empty_anchor_still_titles_the_box() -> None:
    """The box's first child with text is its title (an empty anchor before it prints nothing),
    with a count of comments after the words; a reader's time under it is no publish time."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    comments = (
        "<section><a id='binh-luan'> </a><h3>Bình luận (2)</h3>"
        "<div><p><span>3 Tháng Mười Hai 2026, 20:40</span> Hữu Phước</p>"
        "<p>Đường làng sạch đẹp hơn hẳn.</p></div></section>"
    )
    page = (
        f"<article><h1>{TITLE}</h1><p class='ngay'>Thứ năm 3 Tháng Mười Hai 2026</p>"
        f"<div class='noi-dung'>{text}</div>{comments}</article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-03T00:00:00+07:00",
        "Thứ năm 3 Tháng Mười Hai 2026",
    )


def test_a_theme_label_over_one_link_is_the_category_and_no_tag() -> None:
    """XOOPS prints the topic the story is filed under beside its poster and time."""
    meta = (
        "<div class='itemInfo'><span class='itemTopic'>Chủ đề: "
        "<a href='/modules/news/index.php?storytopic=7'>Tin nông nghiệp</a></span> "
        "<span class='itemPostDate'>12/05/2013 9:40</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["category"], record["tags"]) == ("Tin nông nghiệp", [])


def test_a_box_of_tags_over_the_headline_lists_the_tags() -> None:
    """MkDocs Material prints the post's tags over its title: several links, where a kicker is
    one label."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    tags = (
        "<nav class='doc-tags'><a href='/tags/#lua'>Lúa</a> "
        "<a href='/tags/#giong-chiu-man'>Giống chịu mặn</a></nav>"
    )
    record = ARTICLE.record(f"<article>{tags}<h1>{TITLE}</h1>{text}</article>")
    assert record["tags"] == ["Lúa", "Giống chịu mặn"]


def post_with_column(column: str, closing: str = "") -> dict:
    """A blog post whose facts sit in a sidebar before the text's column (MkDocs Material's
    blog): `column` inside the sidebar, `closing` at the end of the `<article>`."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    back = "<nav><a href='../'>Quay lại</a></nav>"
    side = f"<div class='md-sidebar md-sidebar--primary'>{back}{column}</div>"
    article = f"<div class='md-content'><article><h1>{TITLE}</h1>{text}{closing}</article></div>"
    return ARTICLE.record(f"<main>{side}{article}</main>")


COLUMN = (
    "<div class='post-authors'><span class='post-author'><img src='/anh/tac-gia.png' "
    "alt='Lê Hồng Nhung'></span><span><strong>Lê Hồng Nhung</strong><br>Kỹ sư thủy nông</span>"
    "</div><ul class='post-meta'><li><time>2 tháng 12, 2026</time></li>"
    "<li>trong <a href='../category/tin/'>Tin vận hành</a></li></ul>"
)


def test_a_post_column_of_facts_in_a_sidebar_gives_the_time_and_the_author() -> None:
    """The sidebar before the text holds the author's box and one `<time>`, no list of other
    posts: the post's own facts. The writer's job under the name is no part of it."""
    record = post_with_column(COLUMN)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "2 tháng 12, 2026",
    )
    assert (record["byline"], record["authors"]) == ("Lê Hồng Nhung", ["Lê Hồng Nhung"])


def test_an_aside_closing_the_article_without_links_gives_the_update() -> None:
    closing = "<aside class='source-file'><span>Cập nhật lần cuối: 4 tháng 12, 2026</span></aside>"
    record = post_with_column(COLUMN, closing)
    assert record["modified_at"] == "2026-12-04T00:00:00+07:00"
