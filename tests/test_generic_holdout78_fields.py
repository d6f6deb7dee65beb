"""Rules the generic extractor learnt for dates, views, leads, sections and pictures from the
seventy-eighth holdout set's health insurance, hospital, clinic and pharmacy pages on help desks,
wikis, photo hosts, link aggregators, static blogs, site builders and landing pages."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://yteanphu.example.vn/bai-viet/tiem-vac-xin-cum-cho-nguoi-cao-tuoi"
TITLE = "Trạm y tế An Phú tiêm 420 liều vắc xin cúm cho người cao tuổi"
TEXT = (
    "Trạm Y tế phường An Phú đã tiêm 420 liều vắc xin cúm cho người từ 60 tuổi trở lên.",
    "Mỗi liều có giá 285.000 đồng, người có thẻ BHYT được giảm 20% theo chương trình của phường.",
    "Trạm mở thêm buổi tiêm chiều thứ Bảy đến hết ngày 20/12/2026.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in TEXT)


def test_an_entry_s_meta_aside_under_its_text_is_the_article_s() -> None:
    """A link aggregator prints the poster, the `<time>` and the board under the thread's text in
    `<aside class="meta entry__meta">` inside the `<article>`: the thread's own facts, as its
    `<footer>` there would be, not a sidebar; the board after `trong` is its section."""
    page = (
        f"<article class='entry'><header><h1>{TITLE}</h1></header>"
        f"<div class='content'>{_paragraphs()}</div>"
        "<aside class='meta entry__meta'><a class='user-inline' href='/u/bs_lan'>bs_lan</a>, "
        "<time title='2026-12-02T20:05:41+07:00' datetime='2026-12-02T13:05:41+00:00'>"
        "4 ngày trước</time> trong <a class='magazine-inline' href='/m/suckhoe'>suckhoe</a>"
        "</aside></article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["category"]) == (
        "2026-12-02T20:05:41+07:00",
        "suckhoe",
    )


def test_a_value_beside_a_title_classed_label_is_the_views_as_printed() -> None:
    """A help desk's details box prints each fact as `<div class="title">Lượt xem:</div><div
    class="value">1284</div>`: the value cell is the count as printed, without the label."""
    details = (
        "<div class='params'><div class='row'><div class='title'>Lượt xem:</div>"
        "<div class='value'>1284</div></div></div>"
    )
    record = ARTICLE.under_headline(details)
    assert (record["views"], record["views_raw"]) == (1284, "1284")


def test_a_post_description_under_the_headline_is_the_lead() -> None:
    """A static blog theme prints the post's description under the `<h1>` as `<p
    class="post-desc">`: the lead, and not a paragraph of the text."""
    lead = "Trạm y tế tổng kết đợt tiêm vắc xin cúm mùa trước khi trời trở lạnh."
    record = ARTICLE.under_headline(f"<p class='post-desc fw-light'>{lead}</p>")
    assert (record["summary"], record["body"]) == (lead, "\n\n".join(TEXT))


def test_a_picture_in_a_popup_link_to_its_own_file_is_the_article_s() -> None:
    """`<a class="popup img-link" href="/anh/….webp"><img …></a>` in the post's header: the
    popup is the picture shown large, no window of the site's; the picture and its
    `<figcaption>` are the article's."""
    caption = "Quầy tiêm tách riêng từ tháng 10/2026. Ảnh: Phan Ngọc Lan"
    figure = (
        "<div><a href='/anh/quay-tiem.webp' class='popup img-link'>"
        "<img src='/anh/quay-tiem.webp' alt='Quầy tiêm'></a>"
        f"<figcaption class='text-center'>{caption}</figcaption></div>"
    )
    record = ARTICLE.under_headline(figure)
    assert record["images"] == [
        {"url": "https://yteanphu.example.vn/anh/quay-tiem.webp", "caption": caption}
    ]


def test_a_post_footer_div_in_the_article_holds_its_section() -> None:
    """A site builder's blog post closes with `<div class="post-footer">` holding its category
    link, its tags and its counts inside the `<article>`: the post's footer, not the site's,
    and its category link names the section."""
    footer = (
        "<div class='post-footer'><div class='post-categories'>"
        "<a href='/blog/categories/tiem-chung'>Tiêm chủng</a></div></div>"
    )
    text = f"<div class='post-content'>{_paragraphs()}</div>"
    page = f"<article><h1>{TITLE}</h1>{text}{footer}</article>"
    assert ARTICLE.record(page)["category"] == "Tiêm chủng"


def test_an_update_in_a_post_footer_div_is_the_update() -> None:
    """A forum's first post prints `Sửa lần cuối vào 03/12/2026, 08:15 bởi …` in its `<div
    class="post-footer">` inside the `<article>`: the post's update, not the site's footer."""
    page = (
        f"<article><h1>{TITLE}</h1><div class='post'><div class='post-date'>02/12/2026, 16:40"
        f"</div><div class='post-message'>{_paragraphs()}<div class='post-footer'>Sửa lần cuối"
        " vào 03/12/2026, 08:15 bởi Nguyễn Thị Hồng</div></div></div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-02T16:40:00+07:00",
        "2026-12-03T08:15:00+07:00",
    )


def test_the_one_category_link_of_a_post_meta_box_names_the_section() -> None:
    """A static blog prints `<div class="post-meta"><i class="fa-folder-open"></i><a
    href="/categories/nha-thuoc/">Nhà thuốc</a></div>` under the text: the post's folder."""
    meta = (
        "<div class='post-meta'><i class='far fa-folder-open'></i>"
        "<a href='/categories/nha-thuoc/'>Nhà thuốc</a></div>"
    )
    assert ARTICLE.under_headline("", meta)["category"] == "Nhà thuốc"


def test_a_wiki_s_one_listed_category_is_the_section() -> None:
    """A wiki lists the page's categories under the text (`<div id="categoryList"><ul><li><a
    href="/_category/Tiêm chủng">…`): one listed is the section the page is filed in."""
    listing = (
        "<div id='categoryList'><ul><li><a href='/_category/Tiêm chủng'>Tiêm chủng</a></li>"
        "</ul></div>"
    )
    page = f"<div id='content'><h1>{TITLE}</h1>{_paragraphs()}</div>{listing}"
    assert ARTICLE.record(page)["category"] == "Tiêm chủng"


def test_the_shared_picture_in_a_viewer_over_the_page_is_the_article_s() -> None:
    """A photo host shows the photo in a viewer over the page's content, beside the arrows to
    the previous and next photos (links with no words): the picture the page shares
    (`og:image`) is the article's, no caption printed apart from its title."""
    shared = "https://yteanphu.example.vn/images/2026/12/03/tiem-cum.jpg"
    viewer = (
        f"<div class='image-viewer'><div><img src='{shared}' alt='tiem-cum.jpg'></div>"
        "<div class='arrows'><a href='/image/a.1'></a><a href='/image/b.2'></a></div></div>"
    )
    text = f"<div class='desc'>{_paragraphs()}</div>"
    content = f"<div class='content-width'><h1>{TITLE}</h1>{text}</div>"
    head = f"<meta property='og:image' content='{shared}'>"
    assert ARTICLE.record(viewer + content, head)["images"] == [{"url": shared, "caption": None}]


def test_the_album_after_trong_album_is_the_section() -> None:
    """A photo host prints the uploader and `trong album <a href="/album/…">Tiêm chủng mở rộng
    2026</a>` over the photo's title: the album the photo is filed in, its year and all."""
    header = (
        "<div class='header-content'><a href='/ttyt_anphu'>ttyt_anphu</a> "
        "<span><span class='icon'></span> trong album "
        "<a href='/album/tiem-chung-mo-rong-2026.a7Ld'>Tiêm chủng mở rộng 2026</a></span></div>"
    )
    page = f"{header}<h1>{TITLE}</h1><div class='description-text'>{_paragraphs()}</div>"
    assert ARTICLE.record(page)["category"] == "Tiêm chủng mở rộng 2026"


def test_an_update_line_in_the_footer_under_a_rule_after_the_text_is_its_only_date() -> None:
    """A documentation theme closes `<main>` with a rule and its `<footer>`'s `Cập nhật lần cuối:
    02/12/2026 lúc 16:20.`: the text's own footer, the page's only date (the publish time)."""
    page = (
        f"<div class='main-content'><main><h1>{TITLE}</h1>{_paragraphs()}</main><hr>"
        "<footer><p>Bảo hiểm xã hội tỉnh · Tổng đài 1900 9068</p>"
        "<p>Cập nhật lần cuối: 02/12/2026 lúc 16:20.</p></footer></div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-02T16:20:00+07:00",
        "Cập nhật lần cuối: 02/12/2026 lúc 16:20.",
        None,
    )


def test_a_line_over_the_headline_of_a_landing_page_is_no_section() -> None:
    """A landing page at its site's root address prints an eyebrow over its `<h1>` (`<div
    class="lp-eyebrow">THÁNG HÀNH ĐỘNG</div>`) and links only to its form's anchor and a phone
    number: a page filed in no section of its site, the line the campaign's."""
    landing = InventedArticle("https://tiemcum.yteanphu.example.vn/", TITLE, NOW, TEXT)
    page = (
        "<section><div class='lp-eyebrow'><p>THÁNG HÀNH ĐỘNG PHÒNG CHỐNG UNG THƯ</p></div>"
        f"<div class='lp-heading'><h1>{TITLE}</h1></div><a href='#dang-ky'>Đăng ký</a></section>"
        f"<section><div class='lp-text'>{_paragraphs()}</div>"
        "<p>Tổng đài: <a href='tel:02563811026'>0256 3811 026</a></p></section>"
    )
    assert landing.record(page)["category"] is None


def test_a_description_closing_with_a_call_to_act_is_no_lead() -> None:
    """`600 suất khám miễn phí cho phụ nữ 40-69 tuổi. Đăng ký ngay.` in a landing page's metas
    is the campaign's advert for the page, printed nowhere: no lead."""
    head = "<meta name='description' content='420 liều vắc xin cúm miễn phí. Đăng ký ngay.'>"
    page = f"<article><h1>{TITLE}</h1><div class='body'>{_paragraphs()}</div></article>"
    assert ARTICLE.record(page, head)["summary"] is None


def test_a_web_page_s_description_printed_nowhere_is_no_lead() -> None:
    """A handbook's page built with a documentation theme types itself a `WebPage` in its
    JSON-LD, with the description of its metas, which the page prints nowhere: the page's
    blurb for search engines, no lead of its text."""
    described = "Mức đóng, thời hạn thẻ và nơi đăng ký tiêm vắc xin cúm cho người cao tuổi."
    head = (
        f"<meta name='description' content='{described}'>"
        "<script type='application/ld+json'>"
        f'{{"@context":"https://schema.org","@type":"WebPage","description":"{described}"}}'
        "</script>"
    )
    page = f"<main><h1>{TITLE}</h1>{_paragraphs()}</main>"
    assert ARTICLE.record(page, head)["summary"] is None
