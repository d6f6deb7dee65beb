"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
fifty-eighth holdout set's coverage of ethnic-minority regions, religion and festivals on
newsletters, wikis, forums, community and federated blogs, a press room, a project tracker's
news, a church platform, a portfolio builder and a headless CMS."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baochi.vanhoa.example.vn/le-hoi-cong-chieng-tay-nguyen-2026"
TITLE = "Lễ hội cồng chiêng Tây Nguyên đón hơn 20.000 lượt khách"
FIRST = "Trong hai ngày cuối tuần, hơn 40 đội cồng chiêng của các buôn làng đã về quảng trường."
SECOND = "Ban Tổ chức cho biết lễ hội năm nay đón hơn 20.000 lượt người dân và du khách."
THIRD = "Nhiều nghệ nhân cao tuổi đã truyền dạy cách chỉnh chiêng cho lớp trẻ ngay tại lễ hội."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
CDN = "https://cdn.images.example.com/4f1c2a9e-77d0-4b5e-9c31-0a8d6e2f3b71/-/preview"


def test_a_picture_linked_to_its_cdn_s_larger_rendition_is_the_article_s() -> None:
    """A press room's figure links its picture to the image CDN's larger rendition, an address
    with no extension on the host serving the picture (`…/-/preview/2000x2000/`): the
    picture's full size, not a badge linking to another site."""
    figure = (
        f"<figure><a href='{CDN}/2000x2000/'><img src='{CDN}/1200x1200/' alt=''></a>"
        "<figcaption>Đội cồng chiêng buôn Ako Dhông biểu diễn.</figcaption></figure>"
    )
    images = ARTICLE.record(ARTICLE.between(figure))["images"]
    assert images == [
        {"url": f"{CDN}/1200x1200/", "caption": "Đội cồng chiêng buôn Ako Dhông biểu diễn."}
    ]


def test_a_figure_s_caption_classed_block_is_its_caption() -> None:
    """A portfolio builder's `<figure><img><div class="caption">…</div></figure>`, no
    `<figcaption>`: the classed block is the picture's caption, and no line of the text."""
    figure = (
        "<figure><img src='/anh/cho-phien.jpg' alt=''>"
        "<div class='caption'>Phiên chợ họp từ tờ mờ sáng. Ảnh: Nguyễn Hải</div></figure>"
    )
    record = ARTICLE.record(ARTICLE.between(figure))
    assert record["images"] == [
        ARTICLE.picture("cho-phien", "Phiên chợ họp từ tờ mờ sáng. Ảnh: Nguyễn Hải")
    ]
    assert record["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_italic_first_line_over_the_post_s_facts_is_the_lead() -> None:
    """A tracker's news under its `<h2>`: `<p><em>…</em><br><span class="author">Thêm bởi …
    </span></p>`: the italic line over the `<br>` is the lead, the facts under it no part of it
    and neither of them text."""
    lead = "Tỉnh vừa phê duyệt danh sách các hộ đồng bào được hỗ trợ cồng chiêng trong năm nay."
    header = (
        f"<h2>{TITLE}</h2><p><em>{lead}</em><br><span class='author'>Thêm bởi "
        "<a href='/users/3'>Y Kiêng</a></span></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    record = ARTICLE.record(f"<div id='content'>{header}<div class='wiki'>{text}</div></div>")
    assert (record["summary"], record["body"]) == (lead, "\n\n".join((FIRST, SECOND, THIRD)))


def test_a_layout_table_s_cell_of_paragraphs_gives_each_paragraph() -> None:
    """A newsletter's text block, `<table class="mcnTextBlock"><tr><td><p>…</p><p>…</p></td>
    </tr></table>`, among the text: a layout table of one cell holding paragraphs, each read as
    a paragraph, not the row's one line."""
    more = "Đêm nghệ thuật khép lại lễ hội với màn trình diễn của hơn 300 nghệ nhân cồng chiêng."
    block = f"<table class='mcnTextBlock'><tr><td><p>{more}</p><p>{THIRD}</p></td></tr></table>"
    text = f"<p>{FIRST}</p><p>{SECOND}</p>{block}"
    body = ARTICLE.record(f"<article><h1>{TITLE}</h1><div class='body'>{text}</div></article>")
    assert body["body"] == "\n\n".join((FIRST, SECOND, more, THIRD))
