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
