"""Rules the generic extractor learnt from the nineteenth holdout set's families (a page
builder's text columns, an association's and a women's union's pages, a document's signature,
a static blog's captions, an archive's flattened copy): lead, body and pictures."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-04T08:00:00+07:00")
URL = "https://hoinongdan.example.vn/tin-tuc/mua-vu-dong-xuan-a3104.html"
TITLE = "Nông dân xã Tân Lập xuống giống vụ đông xuân"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Sáng 3/12, hơn 400 hộ nông dân xã Tân Lập bắt đầu gieo sạ 260 ha lúa vụ đông xuân."
SECOND = "Hội Nông dân xã đã cấp 12 tấn giống lúa chịu hạn cho các hộ khó khăn trong thôn."
THIRD = "Cán bộ khuyến nông sẽ theo dõi đồng ruộng mỗi tuần để hướng dẫn bà con bón phân."
TEXT = [FIRST, SECOND, THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
record, between, picture = ARTICLE.record, ARTICLE.between, ARTICLE.picture


def test_a_message_or_spotlight_box_among_the_paragraphs_is_no_text() -> None:
    """A short block classed as a message (a page builder's `vc_message_box`) or a spotlight
    under a title of its own (`member-spotlight`) is set apart from the text, also where the
    paragraphs around it sit in text columns of their own rather than beside it."""
    message = (
        "<div class='pb_message_box pb_message_box-info'><p>Mọi ý kiến đóng góp xin gửi về "
        "văn phòng Hội Nông dân xã, điện thoại 0259 3 812 456.</p></div>"
    )
    spotlight = (
        "<div class='farmer-spotlight'><h4>Hội viên tiêu biểu</h4><p>Ông Lò Văn Sáng, thôn "
        "Bản Chiềng: 15 năm trồng lúa chịu hạn, hội viên từ năm 2010.</p></div>"
    )
    for box in (message, spotlight):
        columns = (
            f"<div class='pb_wrapper'><div class='pb_text_column'><p>{FIRST}</p><p>{SECOND}</p>"
            f"</div>{box}<div class='pb_text_column'><p>{THIRD}</p></div></div>"
        )
        for text in (between(box), f"<article>{HEADLINE}<div class='entry'>{columns}</div>"):
            assert record(text)["body"] == "\n\n".join(TEXT), (box, text)


def test_a_documents_signature_block_is_no_text() -> None:
    """A notice's signature block under its text (the signing authority's `KT.` mark and posts
    in capitals, `(Đã ký)`, the signer's name), in a block of its own or typed as the text's
    own lines, is neither text nor byline; a line opening with a district's `Q.` is text."""
    lines = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Hoàng Văn Thắng"]
    signed = "".join(f"<p><strong>{line}</strong></p>" for line in lines)
    for block in (f"<div class='sign'>{signed}</div>", signed):
        page = f"<article>{HEADLINE}<div class='body'>{PARAGRAPHS}{block}</div></article>"
        got = record(page)
        assert got["body"] == "\n\n".join(TEXT), block
        assert got["byline"] is None
    district = "Q. Bình Thạnh cũng mở lớp tập huấn cho nông dân ven đô."
    got = record(f"<article>{HEADLINE}<div class='body'>{PARAGRAPHS}<p>{district}</p></div>")
    assert got["body"] == "\n\n".join([*TEXT, district])


def test_a_caption_classed_span_beside_a_picture_in_a_paragraph_captions_it() -> None:
    """A static blog types each picture in a paragraph of its own, the linked picture and a
    span classed as its caption (`<p><a><img></a><span class="image-caption">…</span></p>`):
    the span is the caption, no line of the text; a paragraph's own words beside a picture
    stay text."""
    caption = "Ruộng lúa đông xuân ở thôn Bản Chiềng"
    figure = (
        "<p><a href='/anh/ruong-lua.jpg' class='lightbox'><img src='/anh/ruong-lua.jpg' "
        f"alt='{caption}'></a><span class='image-caption'>{caption}</span></p>"
    )
    got = record(between(figure))
    assert got["body"] == "\n\n".join(TEXT)
    assert got["images"] == [picture("ruong-lua", caption)]
    words = "Bà con ra đồng từ sáng sớm để kịp gieo sạ trước đợt rét đậm"
    got = record(between(f"<p><img src='/anh/ruong-lua.jpg' alt=''><span>{words}</span></p>"))
    assert got["body"] == "\n\n".join([FIRST, words, SECOND, THIRD])


def test_the_slogan_in_a_header_typed_as_the_pages_header_is_no_lead() -> None:
    """A blog theme puts its masthead, typed by microdata as the page's header (`WPHeader`),
    inside `<main>` with the post: its slogan marked `itemprop="description"` is the site's,
    not the post's lead."""
    slogan = "Ghi chép về ruộng đồng và người nông dân một vùng quê trung du"
    page = (
        "<main><header class='header' itemscope itemtype='http://schema.org/WPHeader'>"
        f"<p class='site-title'>Đồng quê Tân Lập</p><p itemprop='description'>{slogan}</p>"
        f"</header><article>{HEADLINE}<div class='post-body'>{PARAGRAPHS}</div></article></main>"
    )
    got = record(page)
    assert got["summary"] is None
    assert got["body"] == "\n\n".join(TEXT)


def test_a_sentence_in_bold_or_italics_right_over_the_text_is_the_lead() -> None:
    """A paragraph of prose set apart in bold or italics right before the text's container,
    by its tags, its style (an archive's flattened `<div style="font-weight:bold">`) or a
    utility class (`<p class="italic">`), is the lead, also over a description of the site;
    a plain paragraph there is not."""
    lead = "Vụ đông xuân năm nay, xã Tân Lập gieo sạ sớm hơn mười ngày để tránh hạn cuối vụ."
    head = "<meta name='description' content='Trang tin của Hội Nông dân xã Tân Lập'>"
    for over in (
        f"<div style='font-weight:bold;margin:8px 0'>{lead}</div>",
        f"<p class='mt-4 text-lg italic'>{lead}</p>",
        f"<p><em>{lead}</em></p>",
    ):
        page = f"<article>{HEADLINE}<p>03/12/2026</p>{over}<div class='x'>{PARAGRAPHS}</div>"
        got = record(page + "</article>", head)
        assert got["summary"] == lead, over
        assert got["body"] == "\n\n".join(TEXT), over
    page = f"<article>{HEADLINE}<p>{lead}</p><div class='x'>{PARAGRAPHS}</div></article>"
    assert record(page, head)["summary"] != lead


def test_a_main_column_named_for_the_sidebar_beside_it_holds_the_article() -> None:
    """A theme names its main column after the sticky sidebar beside it (`main-sticky-sidebar`)
    around the `<article>` with the `<h1>`: that column is the page's, not a sidebar, and the
    uncaptioned cover picture between the headline and the text is the article's."""
    page = (
        "<div class='wrap'><div id='main' class='site-main-sticky-sidebar'><article>"
        f"<div class='header-standard'>{HEADLINE}<span>03/12/2026 08:10</span></div>"
        "<div class='post-image'><a href='/anh/dong-lua.jpg'><img src='/anh/dong-lua-1170x780.jpg' "
        f"alt=''></a></div><div class='entry-content'>{PARAGRAPHS}</div></article></div>"
        "<aside class='site-sidebar'><h3>Tin mới</h3><a href='/b'>Một tin khác của hội</a></aside>"
        "</div>"
    )
    got = record(page)
    assert got["images"] == [picture("dong-lua-1170x780")]
    assert got["body"] == "\n\n".join(TEXT)


def test_a_wordpress_description_equal_to_the_first_paragraph_is_no_lead() -> None:
    """On a WordPress post (its `wp-content` addresses) a description equal to the plain first
    paragraph, printed nowhere but in the text, is the SEO plugin's excerpt of the post's
    opening: no lead, the paragraph is body. The excerpt a theme prints apart over the text
    is the lead."""
    head = (
        f"<meta name='description' content='{FIRST}'>"
        "<link rel='stylesheet' href='https://hoinongdan.example.vn/wp-content/themes/x/style.css'>"
    )
    page = f"<article>{HEADLINE}<div class='entry-content'>{PARAGRAPHS}</div></article>"
    got = record(page, head)
    assert got["summary"] is None
    assert got["body"] == "\n\n".join(TEXT)
    apart = f"<article>{HEADLINE}<div class='post-excerpt'>{FIRST}</div>"
    got = record(f"{apart}<div class='entry-content'>{PARAGRAPHS}</div></article>", head)
    assert got["summary"] == FIRST
    assert got["body"] == "\n\n".join([SECOND, THIRD])
