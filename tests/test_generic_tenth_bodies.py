"""Rules the generic extractor learnt from the tenth holdout set's families (a magazine's
classic frameset, a sector paper's series, a blog on a documentation generator, page builders):
headline, lead and body."""

from __future__ import annotations

from parsers.extract import extract
from tests.test_generic_ninth_bodies import FIRST, NOW, SECOND, THIRD, TITLE, URL, html


def test_a_frameset_page_is_read_from_its_noframes_content() -> None:
    """A classic frameset page has no `<body>`: its `<noframes>` markup is what a reader
    without the frames is shown, and the only text the page holds."""
    page = (
        "<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01 Frameset//EN'><html><head>"
        f"<title>{TITLE}</title></head><frameset cols='180,*'>"
        "<frame name='menu' src='menu.asp'><frame name='main' src='tin.asp?id=12'>"
        f"<noframes><body><h1>{TITLE}</h1><div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p></div></body></noframes></frameset></html>"
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.headline == TITLE
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_a_title_classed_element_is_the_headline_when_the_title_names_only_the_site() -> None:
    """An old table layout's `<title>` is the magazine's name typed without tones (`TAP CHI
    …`), and the page has no `<h1>`: the element classed as the title (`span.tieude`) is the
    headline, not the site's name."""
    page = html(
        "<table><tr><td class='noi-dung'><span class='tieude'><b>"
        f"{TITLE}</b></span><br><br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></td></tr></table>",
        head="<title>TAP CHI NONG THON MOI</title>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.headline == TITLE
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_links_typed_line_by_line_under_a_bare_box_title_are_no_text() -> None:
    """`<b>Các bài khác:</b><br>- <a>…</a> (10/11/2025)<br>…` closing a table cell: a list of
    other articles typed with line breaks, no list markup; its lines are no text."""
    others = (
        "<br><b>Các bài khác:</b><br>"
        "- <a href='/tin.asp?id=11'>Vùng chè Tân Cương vào vụ thu hoạch</a> (10/11/2025)<br>"
        "- <a href='/tin.asp?id=10'>Nông dân học làm phân vi sinh</a> (28/10/2025)<br>"
    )
    page = html(
        f"<table><tr><td class='noi-dung'><h1>{TITLE}</h1><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p>{others}</td></tr></table>"
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_description_a_site_generator_made_of_the_first_paragraph_is_no_lead() -> None:
    """A blog made with a site generator that writes a post's description from its opening
    (`<meta name="generator" content="Docusaurus …">`): a description equal to the plain first
    paragraph is the generator's excerpt, the paragraph is body. A news CMS printing its sapo
    again as the first paragraph keeps it as the lead."""
    text = f"<article><h1>{TITLE}</h1><div class='markdown'><p>{FIRST}</p><p>{SECOND}</p>"
    text += f"<h2>Bao tiêu sản phẩm</h2><p>{THIRD}</p></div></article>"
    described = f"<meta name='description' content='{FIRST}'>"
    generated = extract(
        html(text, described + "<meta name='generator' content='Docusaurus v3.6.3'>"),
        URL,
        fetched_at=NOW,
    )
    assert generated.summary is None
    assert generated.paragraphs == [FIRST, SECOND, "Bao tiêu sản phẩm", THIRD]
    printed = extract(html(text, described), URL, fetched_at=NOW)
    assert printed.summary == FIRST
    assert printed.paragraphs == [SECOND, "Bao tiêu sản phẩm", THIRD]


def test_a_description_that_is_the_headline_under_another_kicker_is_no_lead() -> None:
    """A series part's description puts the series' name where the headline has the part's
    number (`Vùng chè hữu cơ: Bao tiêu …` for `Bài 2: Bao tiêu …`): a title, not a lead; the
    bold opening paragraph is."""
    part = "Bao tiêu đầu ra cho chè hữu cơ"
    page = html(
        f"<article><h1>Bài 2: {part}</h1><div class='noi-dung'><p><strong>{FIRST}</strong></p>"
        f"<p>{SECOND}</p><p>{THIRD}</p></div></article>",
        f"<meta name='description' content='Vùng chè hữu cơ Tân Cương: {part}'>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary == FIRST
    assert result.paragraphs == [SECOND, THIRD]


def test_the_next_parts_title_closing_a_series_part_is_no_text() -> None:
    """`Bài 3: …` closing the text of a page titled `Bài 2: …`: the series announces its next
    part; a line numbered otherwise stays."""
    text = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
    closing = "<p><em>Bài 3: Chè hữu cơ có vào được thị trường châu Âu?</em></p>"
    head = "<meta property='og:title' content='Bài 2: Bao tiêu đầu ra cho chè hữu cơ'>"
    body = f"<article><h1>Bài 2: Bao tiêu đầu ra cho chè hữu cơ</h1><div>{text}{closing}</div>"
    assert extract(html(body, head), URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]
    earlier = closing.replace("Bài 3", "Bài 1")
    body = body.replace(closing, earlier)
    assert extract(html(body, head), URL, fetched_at=NOW).paragraphs[-1] == (
        "Bài 1: Chè hữu cơ có vào được thị trường châu Âu?"
    )


def test_an_opening_paragraph_all_in_italics_is_the_lead_when_none_is_printed_apart() -> None:
    """With no lead printed apart and no description, an opening paragraph all in italics is
    the lead, as one all in bold is: a magazine's `<span class="trichdan"><i>…</i></span>`
    typed into a table cell, or an italic `<p>`."""
    lead = (
        "Từ những nương chè cằn đất, vùng Tân Cương đang có những vườn chè hữu cơ đầu tiên, "
        "giữ được hương cốm non mà người uống chè lâu năm vẫn nhớ."
    )
    typed = html(
        f"<table><tr><td><h1>{TITLE}</h1></td></tr><tr><td class='noi-dung'>"
        f"<span class='trichdan'><i>{lead}</i>"
        f"</span><br><br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></td></tr></table>"
    )
    paragraph = html(
        f"<article><h1>{TITLE}</h1><div><p><em>{lead}</em></p><p>{FIRST}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p></div></article>"
    )
    for page in (typed, paragraph):
        result = extract(page, URL, fetched_at=NOW)
        assert result.summary == lead
        assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_an_event_named_after_the_school_in_the_title_is_the_headline() -> None:
    """`Trường … - Hội thi kể chuyện` on a school's site: `Hội thi` is a contest the school
    holds, not an association's name to strip off the title like the school's, so the
    `<h1>` that opens with it is the headline."""
    school = "Trường Tiểu học Hòa Bình"
    headline = "Hội thi kể chuyện “Bác Hồ kính yêu”"
    page = html(
        f"<div class='logo'><a href='/'>{school}</a></div><div role='main'><h1>{headline}</h1>"
        f"<div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></div>",
        f"<title>{school} - Hội thi kể chuyện</title>",
    )
    assert extract(page, URL, fetched_at=NOW).headline == headline


def test_a_text_in_a_site_builders_deeply_wrapped_sections_is_read_whole() -> None:
    """A site builder (the new Google Sites) lays each section of the page out in six or seven
    layers of `<div>`s around its text block, a picture section between two text sections: the
    text carries on in the later section of the same kind."""

    def section(inner: str) -> str:
        layers = ("mYVX", "LS81", "hJDw", "JNdk", "oKdM", "jXK9")
        opened = "".join(f"<div class='{name}'>" for name in layers)
        return f"<section class='yaqO'>{opened}{inner}{'</div>' * len(layers)}</section>"

    text = "<div class='tyJC baZp'>{}</div>"
    page = html(
        f"<div role='main'>{section(f'<h1>{TITLE}</h1>')}"
        + section(text.format(f"<p><span>{FIRST}</span></p><p><span>{SECOND}</span></p>"))
        + section("<div class='t3iY'><img src='https://anh.example.vn/che-1=w1280'></div>")
        + section(text.format(f"<p><span>{THIRD}</span></p>"))
        + "</div>"
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


LANDING_HEAD = (
    "<title>Chè Tân Cương chính gốc - Đặt hàng ngay</title>"
    "<meta property='og:type' content='website'>"
    "<meta name='description' content='Chè Tân Cương chính gốc, giao tận nhà. Đặt ngay hôm nay.'>"
)
LANDING = html(
    "<div class='ladi-section'><div class='ladi-element'><h3 class='ladi-headline'>"
    f"{TITLE}</h3></div><div class='ladi-element'><div class='ladi-paragraph'>{FIRST}</div>"
    f"</div><div class='ladi-element'><div class='ladi-paragraph'>{SECOND}</div></div>"
    f"<div class='ladi-element'><div class='ladi-paragraph'>{THIRD}</div></div></div>"
    "<div class='ladi-section'><div class='ladi-element'><h3 class='ladi-headline'>ƯU ĐÃI THÁNG 11"
    "</h3></div></div>",
    LANDING_HEAD,
)


def test_a_headline_classed_heading_is_the_headline_under_a_landing_pages_pitch() -> None:
    """A page builder's news page: the metadata describes the website (`og:type` `website`)
    under the shop's pitch, which the page prints nowhere, and no `<h1>`: the first heading
    classed as a headline is the article's."""
    assert extract(LANDING, URL, fetched_at=NOW).headline == TITLE


def test_a_description_of_the_website_under_titles_that_are_not_the_headline_is_no_lead() -> None:
    """The same page's description is the site's pitch (`… giao tận nhà. Đặt ngay hôm nay.`),
    written for titles none of which is the headline: no lead; the text starts with its first
    paragraph."""
    result = extract(LANDING, URL, fetched_at=NOW)
    assert result.summary is None
    assert result.paragraphs == [FIRST, SECOND, THIRD]
