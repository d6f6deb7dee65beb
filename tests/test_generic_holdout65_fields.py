"""Rules the generic extractor learnt for headlines, dates, views, bylines, summaries, categories
and tags from the sixty-fifth holdout set's court, police and public-order pages on help
centres, minimalist blogs, e-mail campaigns' web versions, wikis and podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hotro.tuphap.example.vn/article/212-cap-phieu-ly-lich-tu-phap-qua-mang"
TITLE = "Cấp phiếu lý lịch tư pháp qua mạng: hồ sơ, lệ phí và thời hạn trả kết quả"
TEXT = (
    "Người dân có thể nộp hồ sơ đề nghị cấp phiếu lý lịch tư pháp trực tuyến tại Cổng dịch vụ "
    "công của tỉnh, không phải đến trụ sở Sở Tư pháp.",
    "Lệ phí là 200.000 đồng một phiếu; sinh viên, người có công được giảm 50% lệ phí.",
    "Kết quả được trả trong 10 ngày làm việc, qua bưu điện hoặc tại bộ phận một cửa.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_service_word_by_the_views_is_no_site_counter() -> None:
    """`1.532 lượt xem` in the article's footer beside a tag `nộp phạt trực tuyến`: `trực tuyến`
    without a count beside it names an online service, not who is on the site now."""
    after = (
        "<div class='article__stats'><span class='article__views'>1.532 lượt xem</span> · <span>"
        "41 người thấy hữu ích</span></div><div class='article__tags'><span>Thẻ:</span> <a href="
        "'/vi/search?tag=nop-phat'>nộp phạt trực tuyến</a></div>"
    )
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='article__body'>{PARAGRAPHS}</div>"
        f"<footer class='article__footer'>{after}</footer></article>"
    )
    assert (record["views"], record["views_raw"]) == (1532, "1.532 lượt xem")


def test_a_site_counter_still_counts_who_is_online() -> None:
    """`Đang trực tuyến: 27` beside `Lượt truy cập: 1.245.678` in a sidebar box: the site's
    counter, no views of the article."""
    counter = (
        "<aside><div class='thongke'><p>Đang trực tuyến: 27</p><p>Lượt truy cập: 1.245.678</p>"
        "</div></aside>"
    )
    record = ARTICLE.record(
        f"<div><article><h1>{TITLE}</h1><div class='body'>{PARAGRAPHS}</div></article>"
        f"{counter}</div>"
    )
    assert record["views"] is None


def test_hashtag_links_to_tag_colon_pages_are_the_tags() -> None:
    """A minimalist blog links each hashtag to its tag's page with a colon (`<a href="/blog/
    tag:xetxu" class="hashtag"><span>#</span><span>xetxu</span></a>`): the tags, without `#`."""
    tags = " ".join(
        f"<a href='/phongxu/tag:{tag}' class='hashtag'><span>#</span><span class='p-category'>"
        f"{tag}</span></a>"
        for tag in ("xetxu", "luadao")
    )
    record = ARTICLE.record(
        f"<article><h2 id='title'>{TITLE}</h2><div class='e-content'>{PARAGRAPHS}"
        f"<p>{tags}</p></div></article>"
    )
    assert record["tags"] == ["xetxu", "luadao"]


def test_a_description_cut_between_two_words_of_the_first_paragraph_is_no_lead() -> None:
    """The description is the opening paragraph cut short between two words, with no mark
    (`… đề nghị cấp phiếu lý lịch tư pháp`): a help centre's excerpt, no lead; the paragraph
    stays the text's first."""
    head = f"<meta name='description' content='{TEXT[0][:70].rsplit(' ', 1)[0]}'>"
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1>{PARAGRAPHS}</article>", head)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_the_active_item_of_a_sidebar_s_category_list_is_the_category() -> None:
    """A help centre's sidebar lists its categories under `Danh mục`, the article's marked
    (`<li class="active"><a href="/category/15-ly-lich-tu-phap">Lý lịch tư pháp</a>`): the
    category, where no breadcrumb says it."""
    sidebar = (
        "<aside id='sidebar'><h3>Danh mục</h3><ul class='nav nav-list'><li><a href='/category/"
        "12-chung-thuc'>Chứng thực</a></li><li class='active'><a href='/category/15-ly-lich-tu-"
        "phap'>Lý lịch tư pháp <i class='icon-arrow'></i></a></li></ul></aside>"
    )
    record = ARTICLE.record(
        f"<section id='main'><article><h1>{TITLE}</h1>{PARAGRAPHS}</article></section>{sidebar}"
    )
    assert record["category"] == "Lý lịch tư pháp"


STEEM_HEAD = (
    "<div class='PostFull__time_author_category vcard'><span class='updated'><span title="
    "'4/12/2026, 20:30:06'>2 ngày trước</span></span> bởi <span class='author'><strong><a href="
    "'/@tuphap.hp'>tuphap.hp</a></strong> <span class='Reputation'>(58)</span></span> trong "
    "<a href='/trending/vietnam'>#vietnam</a></div>"
)


def _steem_post(signature: str = "", head: str = STEEM_HEAD) -> str:
    """A blockchain blog's post: the headline, the details line with the time, the account and
    its community, the text and `signature` under a rule."""
    return (
        f"<div class='PostFull hentry'><div class='PostFull__header'><h1 class='entry-title'>"
        f"{TITLE}</h1>{head}</div><div class='PostFull__body entry-content'><div class="
        f"'MarkdownViewer'>{PARAGRAPHS}<hr>{signature}</div></div></div>"
    )


def test_runs_with_no_capital_in_a_post_s_details_name_nobody() -> None:
    """The details line classed as the author's (`vcard`) prints `bởi`, the account, its
    reputation `(58)`, `trong` and `#vietnam` each in a run of its own: none names a person,
    so no byline."""
    record = ARTICLE.record(_steem_post())
    assert (record["byline"], record["authors"]) == (None, [])


def test_an_italic_name_over_an_italic_role_under_a_rule_signs_the_post() -> None:
    """`<em>Hoàng Anh Tuấn</em><br><em>Tổ trưởng …</em>` closing the post under a rule: the
    writer's signature, the role no part of the byline nor of the text."""
    signature = (
        "<p><em>Hoàng Anh Tuấn</em><br><em>Tổ trưởng tổ bảo vệ an ninh, trật tự số 4</em></p>"
    )
    record = ARTICLE.record(_steem_post(signature))
    assert (record["byline"], record["authors"], record["body"]) == (
        "Hoàng Anh Tuấn",
        ["Hoàng Anh Tuấn"],
        "\n\n".join(TEXT),
    )


def test_the_link_after_trong_in_a_post_s_details_is_the_category() -> None:
    """`… bởi tuphap.hp (58) trong <a href="/trending/vietnam">#vietnam</a>` by the post's time:
    the community the post is filed in, without the hashtag's mark."""
    assert ARTICLE.record(_steem_post())["category"] == "vietnam"


def test_an_excerpt_closed_by_the_poster_s_account_is_no_lead() -> None:
    """The description is the first paragraph cut with an ellipsis and the poster's account
    after it (`… không phải đến… by tuphap.hp`): an excerpt, no lead."""
    cut = TEXT[0][:80].rsplit(" ", 1)[0]
    head = f"<meta name='description' content='{cut}… by tuphap.hp'>"
    record = ARTICLE.record(_steem_post(), head)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_a_campaign_s_signature_cell_signs_the_text() -> None:
    """A campaign's web version signs its story in a cell of its own, right-aligned, the name in
    bold over the title (`<td align="right"><strong>LS. Trần Quốc Bảo</strong><br><span>Phó
    Chủ nhiệm …</span></td>`): the byline keeps the calling, the name leaves it; the title is
    no part of it, nor of the text."""
    rows = "".join(f"<tr><td class='gr-text'><p style='margin:0'>{p}</p></td></tr>" for p in TEXT)
    page = (
        f"<table class='wrapper'><tr><td><h1>{TITLE}</h1></td></tr>{rows}<tr><td align='right'>"
        "<strong>LS. Trần Quốc Bảo</strong><br><span>Phó Chủ nhiệm Đoàn Luật sư</span></td></tr>"
        "</table>"
    )
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "LS. Trần Quốc Bảo",
        ["Trần Quốc Bảo"],
        "\n\n".join(TEXT),
    )


def test_a_wiki_page_s_creator_field_is_the_byline_without_his_post() -> None:
    """A wiki's info panel under the page: `Người tạo` beside `Thiếu tá Võ Văn Dũng, Phó Trưởng
    Công an xã`: the creator wrote it, his rank kept in the display, his post after the comma
    no part of it."""
    panel = (
        "<div class='item-info'><div class='item-info__row'><span class='item-info__label'>Người "
        "tạo</span> <span class='item-info__value'>Thiếu tá Võ Văn Dũng, Phó Trưởng Công an xã"
        "</span></div><div class='item-info__row'><span class='item-info__label'>Ngày tạo</span>"
        " <span class='item-info__value'>01/12/2026 09:10</span></div></div>"
    )
    record = ARTICLE.record(
        f"<main><div class='item-content'><h1>{TITLE}</h1><div class='ProseMirror'>"
        f"{PARAGRAPHS}</div>{panel}</div></main>"
    )
    assert (record["byline"], record["authors"]) == ("Thiếu tá Võ Văn Dũng", ["Võ Văn Dũng"])


def test_a_blog_named_after_its_owner_is_hers() -> None:
    """A blog's sidebar names its owner (`<h1 id="blog_owner">Trịnh Thanh Vân</h1>`), and the
    blog is named after her (`og:site_name`): she wrote the post, her name both the site's and
    the byline."""
    page = (
        "<header id='sidebar'><hgroup><h1 id='blog_owner'><a href='/'>Trịnh Thanh Vân</a></h1>"
        "<h2 id='blog_tagline'>Luật sư, Đoàn Luật sư thành phố.</h2></hgroup></header><section "
        f"id='river'><article class='post'><h2><a href='{URL}'>{TITLE}</a></h2>{PARAGRAPHS}"
        "</article></section>"
    )
    head = "<meta property='og:site_name' content='Trịnh Thanh Vân'>"
    record = ARTICLE.record(page, head)
    assert (record["byline"], record["authors"]) == ("Trịnh Thanh Vân", ["Trịnh Thanh Vân"])


def _episode(meta: str) -> dict:
    """A podcast host's episode: its release day over the title, its text, then `meta`."""
    page = (
        "<div class='episode'><div class='episode-day'>Nov 30, 2026</div><div class='episode-"
        f"title'><a href='{URL}'>{TITLE}</a></div><div class='episode-notes'>{PARAGRAPHS}</div>"
        f"<div class='episode-meta'><span>{meta}</span></div></div>"
    )
    return ARTICLE.record(page)


def test_an_english_posted_at_clock_is_the_hour_of_the_release_day() -> None:
    """`posted at 7:45pm +07` in an episode's meta under its release day `Nov 30, 2026`: the
    hour of that day, which is the raw kept, as after a Vietnamese `Đăng lúc`."""
    record = _episode("posted at 7:45pm +07")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-11-30T19:45:00+07:00",
        "Nov 30, 2026",
    )


def test_a_posted_at_clock_in_another_zone_is_no_hour_of_the_day() -> None:
    """`posted at 7:45pm -05`: the clock of another zone, whose day may not be the one printed;
    the day stays at midnight."""
    assert _episode("posted at 7:45pm -05")["published_at"] == "2026-11-30T00:00:00+07:00"
