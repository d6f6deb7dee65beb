"""Rules the generic extractor learnt from the eleventh holdout set's families (a Laravel and
Inertia e-magazine, a ward portal on DotNetNuke, a legal paper on WordPress, a bank's newsroom
on Adobe Experience Manager, a broadcaster's live text): headline, lead and body."""

from __future__ import annotations

from parsers.extract import extract
from parsers.generic.container import body_container
from parsers.page import Page
from tests.test_generic_ninth_bodies import FIRST, LEAD, NOW, SECOND, THIRD, TITLE, URL, html


def test_a_block_marked_not_prose_inside_the_text_is_no_text() -> None:
    """Tailwind's typography plugin styles the text (`prose`) and marks a block inside it that
    is not the text `not-prose` (a promotion box for the site's price table): its lines are
    no paragraphs of the article."""
    promotion = (
        "<div class='not-prose border rounded p-3'><p class='font-semibold'>Bảng giá chè "
        "trực tuyến</p><p>Cập nhật liên tục giá chè búp tại các vùng trồng.</p>"
        "<a href='/bang-gia/che'>Xem bảng giá</a></div>"
    )
    page = html(
        f"<main><h1>{TITLE}</h1><div class='prose max-w-none'><p>{FIRST}</p><p>{SECOND}</p>"
        f"{promotion}<p>{THIRD}</p></div></main>"
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_lead_classed_in_camel_case_is_the_lead() -> None:
    """A CMS writing its class names in camel case (`edn_articleSummary`, `newsLead`) names the
    lead's block as plainly as `article-summary`: its paragraph is the lead, not the text's
    first paragraph, and the site's description of itself is no lead."""
    page = html(
        f"<div class='newsDetail'><h1 class='newsTitle'>{TITLE}</h1>"
        f"<div class='cms_articleSummary'><p>{LEAD}</p></div>"
        f"<div class='cms_articleContent'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></div>",
        head="<meta name='description' content='Cổng thông tin điện tử xã Tân Cương'>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary == LEAD
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_a_bold_opening_paragraph_is_the_lead_over_a_description_the_page_never_prints() -> None:
    """The text opens with a paragraph all in bold, closed as a sentence (a WordPress paper's
    lead typed into the post), while the description is a shorter line for search engines
    that the page prints nowhere: the reader's lead is the bold paragraph, not the text's
    first paragraph. Without the bold paragraph the description stays the lead."""
    text = (
        f"<article><h1>{TITLE}</h1><div class='content-inner'><p><strong>{LEAD}</strong></p>"
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></article>"
    )
    described = "Hợp tác xã chè mở rộng vùng hữu cơ."
    head = f"<meta name='description' content='{described}'>"
    result = extract(html(text, head), URL, fetched_at=NOW)
    assert result.summary == LEAD
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    plain = html(text.replace(f"<p><strong>{LEAD}</strong></p>", ""), head)
    assert extract(plain, URL, fetched_at=NOW).summary == described


def test_a_description_opening_with_the_name_the_title_prints_beside_the_headline_is_no_lead() -> (
    None
):
    """`<title>` is og:title's headline and ` | Ngân hàng Mẫu` after it: that part names the
    site, though no list of outlets knows it. A description opening with it (`Ngân hàng Mẫu -
    đồng hành cùng khách hàng.`, a newsroom's slogan on every page) is the site speaking of
    itself, no lead; a press release that prints none has none."""
    page = html(
        f"<main><h1>{TITLE}</h1><div class='text'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
        "</div></main>",
        head=(
            f"<title>{TITLE} | Ngân hàng Mẫu</title><meta property='og:title' content='{TITLE}'>"
            "<meta name='description' content='Ngân hàng Mẫu - đồng hành cùng hợp tác xã.'>"
        ),
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary is None
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_sections_after_the_text_opening_with_a_bold_label_are_no_text() -> None:
    """A newsroom built of components lays the text out as sections of one kind, and the
    press contact and the company's profile as sections of the same kind after it, each a
    short box opening with a bold label closed by a colon (`Thông tin liên hệ báo chí:`, `Về
    Ngân hàng Mẫu:`): the site's boxes on every release, not the text carried on."""

    def section(inner: str, kind: str = "text") -> str:
        return f"<div class='{kind}'><div class='cmp-text'>{inner}</div></div>"

    page = html(
        f"<main><div class='title'><h1>{TITLE}</h1></div>"
        + section("<p>Ngày đăng: 02/12/2025</p>", "text cmp-news-meta")
        + section(f"<p>{FIRST}</p><p>{SECOND}</p>")
        + section(f"<p>{THIRD}</p>")
        + section(
            "<p><b>Thông tin liên hệ báo chí:</b></p>"
            "<p>Ban Truyền thông Ngân hàng Mẫu - Email: truyenthong@nganhangmau.example.vn</p>",
            "text cmp-press-contact",
        )
        + section(
            "<p><b>Về Ngân hàng Mẫu:</b> Thành lập năm 1992, ngân hàng có hơn 300 chi nhánh "
            "và phòng giao dịch tại 34 tỉnh, thành phố.</p>",
            "text cmp-about",
        )
        + "</main>"
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_live_blog_postings_headline_is_a_metadata_title() -> None:
    """schema.org's LiveBlogPosting is an article (a BlogPosting): its `headline`, the `<h1>`'s
    words without the `TRỰC TIẾP:` label the social title and `<title>` put in front, is one
    of the page's titles, and with it the visible headline stands."""
    live = f"TRỰC TIẾP: {TITLE}"
    ld = (
        '{"@context":"https://schema.org","@type":"LiveBlogPosting",'
        f'"headline":"{TITLE}","datePublished":"2025-12-02T07:45:00+07:00"}}'
    )
    page = html(
        f"<main><span class='badge-live'>● TRỰC TIẾP</span><h1>{TITLE}</h1>"
        f"<div class='noi-dung'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></main>",
        head=(
            f"<title>{live}</title><meta property='og:title' content='{live}'>"
            f"<script type='application/ld+json'>{ld}</script>"
        ),
    )
    assert extract(page, URL, fetched_at=NOW).headline == TITLE


def live(entries: list[tuple[str, str]]) -> str:
    """A live page: the headline, then a feed of entries, each a `<time>` (when given) and a
    block of text."""
    feed = "".join(
        f"<div class='entry' id='e{n}'>"
        + (f"<time datetime='2025-12-02T{at}:00+07:00'>{at}</time>" if at else "")
        + f"<div class='entry__text'>{text}</div></div>"
        for n, (at, text) in enumerate(entries)
    )
    return html(f"<main><h1>{TITLE}</h1><div class='feed'>{feed}</div></main>")


def test_a_feed_of_entries_each_holding_a_paragraph_is_the_text() -> None:
    """A live page's entries each hold a time and one paragraph in a block of their own: no
    element holds more than one paragraph, but the feed of like entries around them is the
    text, not its first entry's block."""
    entries = [("11:45", f"<p>{FIRST}</p>"), ("10:20", f"<p>{SECOND}</p>")]
    page = Page(live([*entries, ("08:00", f"<p>{THIRD}</p>")]), URL, NOW)
    assert body_container(page).get("class") == "feed"


def test_a_live_entrys_time_opens_its_paragraph() -> None:
    """An entry's `<time>` before its text is read with it, as one paragraph (`10:20 Tranh
    luận …`); an entry holding only a video is none, its time included."""
    video = (
        "<div class='video'><iframe src='https://tv.example.vn/embed/video/phien-hop.mp4'>"
        "</iframe><div class='video-note'>Video: Phiên họp buổi sáng (2:48)</div></div>"
    )
    page = live(
        [
            ("11:45", f"<p>{FIRST}</p>"),
            ("10:20", f"<p>{SECOND}</p>"),
            ("09:30", video),
            ("08:00", f"<p>{THIRD}</p>"),
        ]
    )
    assert extract(page, URL, fetched_at=NOW).paragraphs == [
        f"11:45 {FIRST}",
        f"10:20 {SECOND}",
        f"08:00 {THIRD}",
    ]
