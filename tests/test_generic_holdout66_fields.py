"""Rules the generic extractor learnt for addresses, dates and categories from the sixty-sixth
holdout set's sport and school sports pages on podcast hosts, creators' stores, video hosts,
documentation generators and project wikis."""

from __future__ import annotations

from datetime import datetime

from parsers.urls import clean_url, url_key
from parsers.vietnamese.names import is_organisation
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
TITLE = "Đội U13 phường Trường Thi vô địch giải bóng đá mùa đông 2026"
TEXT = (
    "Giải bóng đá thiếu niên mùa đông 2026 khép lại chiều 5/12 với 16 đội tham dự.",
    "Đội U13 phường Trường Thi thắng 3–1 trong trận chung kết trước 1.200 khán giả.",
    "Ban tổ chức trao 15 triệu đồng tiền thưởng cho đội vô địch và 8 triệu đồng cho đội nhì.",
)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def _article(url: str) -> InventedArticle:
    return InventedArticle(url, TITLE, NOW, TEXT)


def test_a_hash_route_is_part_of_the_article_s_address() -> None:
    """A documentation generator rendered in the browser routes its pages after `#/` (Docsify's
    `…/#/tin/giai-mua-dong`): the route is the page the reader opened, kept in the record's
    address and its key, where a fragment naming a place in a page is not."""
    docs = "https://clbbongda.example.github.io/tai-lieu/"
    url = f"{docs}#/tin/giai-mua-dong"
    record = _article(url).record(f"<section id='main'><h1>{TITLE}</h1>{PARAGRAPHS}</section>")
    assert record["url"] == url
    assert clean_url(f"{docs}?utm_source=zalo#!/tin/giai-mua-dong") == (
        f"{docs}#!/tin/giai-mua-dong"
    )
    assert clean_url(f"{docs}bai-viet.html#binh-luan") == f"{docs}bai-viet.html"
    assert url_key(url) != url_key(f"{docs}#/tin/lich-thi-dau")


def test_a_react_on_rails_component_s_props_give_the_hour_of_a_printed_day() -> None:
    """A creator's post printing `December 6, 2026` without an hour, its time in the props React
    on Rails renders into a JSON script (`<script type="application/json"
    class="js-react-on-rails-component">`, Gumroad's): that time, the same day, is the
    publish time, as a Next.js page's `__NEXT_DATA__` gives it."""
    props = (
        "<script type='application/json' class='js-react-on-rails-component'"
        " data-component-name='PostPage'>"
        f'{{"post":{{"id":"a1","name":"{TITLE}","published_at":"2026-12-06T05:12:00Z"}}}}'
        "</script>"
    )
    page = (
        f"{props}<main><article><header><h1>{TITLE}</h1><time>December 6, 2026</time></header>"
        f"<div class='rich-text'>{PARAGRAPHS}</div></article></main>"
    )
    record = _article("https://hlvnam.example.com/p/u13-vo-dich").record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-06T12:12:00+07:00",
        "2026-12-06T05:12:00Z",
    )


def test_an_english_category_field_names_the_section() -> None:
    """A video host's details table `<td>Category</td><td><a>Sport</a></td>` under the
    description: the English label is the field's, as `Chuyên mục` is, and its value the
    section, as printed."""
    details = (
        "<table class='video-detail-list'><tbody><tr><td>Category</td>"
        "<td><a href='/category/sport/'>Sport</a></td></tr><tr><td>Sensitivity</td>"
        "<td>Normal</td></tr></tbody></table>"
    )
    page = (
        f"<div class='video-container'><h1 id='video-title'>{TITLE}</h1>"
        f"<div id='video-description'>{PARAGRAPHS}</div>{details}</div>"
    )
    record = _article("https://video.example.com/video/Ab12Cd34/").record(page)
    assert record["category"] == "Sport"


def test_a_trail_down_to_a_project_s_wiki_names_no_section() -> None:
    """A forge's wiki page under the trail `Nhóm › Dự án › Wiki › <page>`, the last crumb before
    the page linked to the wiki's home (GitLab's `/-/wikis/home`): the wiki is the project's
    software, no section the page is filed under."""
    trail = (
        "<nav class='breadcrumbs'><ul><li><a href='/clb-bong-da'>CLB bóng đá</a></li>"
        "<li><a href='/clb-bong-da/giai-dau'>Giải đấu</a></li>"
        "<li><a href='/clb-bong-da/giai-dau/-/wikis/home'>Wiki</a></li>"
        f"<li><a href='/clb-bong-da/giai-dau/-/wikis/Bao-cao/U13'>{TITLE}</a></li></ul></nav>"
    )
    page = (
        f"{trail}<main><h1 class='wiki-page-title'>{TITLE}</h1>"
        f"<div class='js-wiki-page-content md'>{PARAGRAPHS}</div></main>"
    )
    record = _article("https://gitlab.example.com/clb-bong-da/giai-dau/-/wikis/Bao-cao/U13").record(
        page
    )
    assert record["category"] is None


def test_a_hash_routed_page_s_description_is_the_app_s() -> None:
    """A page behind a hash route (`…/#/tin/giai-mua-dong`) is one route of a single-page app:
    the head's description (`Tài liệu của câu lạc bộ`) is the app's, the same for every route,
    no lead of the article."""
    head = "<meta name='description' content='Tài liệu của câu lạc bộ bóng đá Trường Thi'>"
    page = f"<section id='main' class='markdown-section'><h1>{TITLE}</h1>{PARAGRAPHS}</section>"
    url = "https://clbbongda.example.github.io/tai-lieu/#/tin/giai-mua-dong"
    record = _article(url).record(page, head)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))


def test_a_post_labelled_day_in_a_line_of_its_own_keeps_its_label() -> None:
    """A portfolio's text module prints the credit and the day each in a `<div>` line of its
    own (`<div>Ảnh và bài: …</div><div>Đăng ngày 01/12/2026</div>`): the date line is the
    labelled line, not the module's two lines run together."""
    module = (
        "<div class='rich-text module-text'><div><span>Ảnh và bài: Trần Minh Thư</span></div>"
        "<div><span>Đăng ngày 01/12/2026</span></div></div>"
    )
    text = f"<div class='text'>{PARAGRAPHS}</div>"
    page = f"<main><header><h1>{TITLE}</h1></header>{module}{text}</main>"
    record = _article("https://thu.example.com/u13-vo-dich").record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T00:00:00+07:00",
        "Đăng ngày 01/12/2026",
    )


def test_an_english_clock_in_utc_on_its_day_is_read_with_the_day() -> None:
    """A video host's `First published at 00:42 UTC on December 6th, 2026.`: the clock before
    `on` and the day is the day's hour, in UTC (07:42 in Việt Nam); the line, a sentence, is
    the raw to its full stop."""
    line = "First published at 00:42 UTC on December 6th, 2026."
    page = (
        f"<div class='video-container'><h1 id='video-title'>{TITLE}</h1>"
        f"<div class='video-publish-date'>{line}</div>"
        f"<div id='video-description'>{PARAGRAPHS}</div></div>"
    )
    record = _article("https://video.example.com/video/Ab12Cd34/").record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-06T07:42:00+07:00",
        line,
    )


def test_a_teaser_picture_s_caption_is_no_lead() -> None:
    """An intranet's `<div class="blog-article-teaser-image"><img><div class="image-caption">…`
    beside the headline: the block is the teaser picture, its caption no teaser of the text."""
    teaser = (
        "<div class='blog-article-teaser-image'><img src='/web/senders/a1/image?size=xl' alt=''>"
        "<div class='image-caption'>Đội U13 phường Trường Thi nhận cúp vô địch chiều 5/12.</div>"
        "</div>"
    )
    page = (
        f"<div class='blog-article'><h1 class='blog-article-title'>{TITLE}</h1>{teaser}"
        f"<div class='rte-html-container'>{PARAGRAPHS}</div></div>"
    )
    record = _article("https://truong.example.app/pages/doan/apps/blog/tin/view/1").record(page)
    assert record["summary"] is None


def test_a_subtitle_printing_the_publish_line_is_no_deck() -> None:
    """A published doc's subtitle under the title names the council and the day (`Thông báo của
    Ban tổ chức giải — Ngày 6 tháng 12 năm 2026`): the page's publish line, no lead."""
    subtitle = "Thông báo của Ban tổ chức giải bóng đá — Ngày 6 tháng 12 năm 2026"
    page = (
        f"<div class='kr-page'><h1 class='kr-page-title'>{TITLE}</h1>"
        f"<div class='kr-page-subtitle'>{subtitle}</div>"
        f"<div class='kr-canvas'>{PARAGRAPHS}</div></div>"
    )
    record = _article("https://coda.example.io/@clb/tin/u13_su1").record(page)
    assert (record["summary"], record["published_at"]) == (None, "2026-12-06T00:00:00+07:00")


def test_a_line_an_editor_s_class_aligns_right_signs_the_text() -> None:
    """A doc editor types its lines as `<div>`s and names a right-aligned one by a class of its
    own prefix (`<div class="ed-line ed-align-right">`): the council alone on that line closing
    the text signs it, as the same line aligned right by `style` does."""
    lines = "".join(f"<div class='ed-line'>{p}</div>" for p in TEXT)
    signed = "<div class='ed-line ed-align-right'><b>Hội đồng thi đấu</b></div>"
    page = f"<main><h1>{TITLE}</h1><div class='ed-canvas'>{lines}{signed}</div></main>"
    record = _article("https://tailieu.example.io/clb/u13-vo-dich").record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Hội đồng thi đấu",
        [],
        "\n\n".join(TEXT),
    )


def test_a_board_after_a_dash_signs_the_text_and_names_nobody() -> None:
    """A page closing with a dash and a board named by `Ban` and its field in lower case (`— Ban
    trọng tài Giải bóng đá Trường Thi`), where a person's words are each capitalised: the board
    signs the text, the byline with no authors."""
    signed = "<p>— Ban trọng tài Giải bóng đá Trường Thi</p>"
    page = f"<main><h1>{TITLE}</h1><div class='wiki'>{PARAGRAPHS}{signed}</div></main>"
    record = _article("https://wiki.example.org/clb/u13-vo-dich").record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Ban trọng tài Giải bóng đá Trường Thi",
        [],
        "\n\n".join(TEXT),
    )


def test_ban_opening_an_adverb_or_a_verb_names_no_board() -> None:
    """`Ban đầu` (at first), `Ban hành` (issue) open sentences and clauses: no board."""
    assert not is_organisation("Ban đầu các đội")
    assert not is_organisation("Ban hành quy chế")
    assert not is_organisation("Ban Mai")
    assert is_organisation("Ban trọng tài giải")


def test_a_plain_name_over_its_post_after_a_line_break_signs_the_text() -> None:
    """A newsletter closing with the sender's name typed plain, a calling before it, and his
    post under it after a line break (`<p>Võ sư Lê Văn Tâm<br><span>Chủ nhiệm CLB …</span>
    </p>`), no bold nor alignment: his signature, the calling kept in the display, the post
    neither byline nor text."""
    cells = "".join(f"<tr><td class='mail-text'><p>{p}</p></td></tr>" for p in TEXT)
    signed = (
        "<tr><td class='mail-text'><p>Võ sư Lê Văn Tâm<br><span style='color:#777'>Chủ nhiệm"
        " CLB Karate Hòa Bình</span></p></td></tr>"
    )
    page = f"<table role='presentation'><tr><td><h1>{TITLE}</h1></td></tr>{cells}{signed}</table>"
    record = _article("https://thu.example.com/emails/a1b2c3").record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Võ sư Lê Văn Tâm",
        ["Lê Văn Tâm"],
        "\n\n".join(TEXT),
    )


def test_a_board_closing_the_publish_line_after_a_dot_signs_it() -> None:
    """A docs page's italic first line prints the day and, after a middle dot, the board that
    posted it (`Đăng ngày 6 tháng 12 năm 2026 · Ban điều hành giải`): the board is the byline,
    naming nobody."""
    line = "<p><em>Đăng ngày 6 tháng 12 năm 2026 · Ban điều hành giải</em></p>"
    page = (
        f"<section id='main' class='markdown-section'><h1>{TITLE}</h1>{line}{PARAGRAPHS}</section>"
    )
    record = _article("https://clbbongda.example.github.io/tai-lieu/tin.html").record(page)
    assert (record["byline"], record["authors"], record["published_at"]) == (
        "Ban điều hành giải",
        [],
        "2026-12-06T00:00:00+07:00",
    )


def test_a_quote_after_a_dash_crediting_an_outlet_is_text() -> None:
    """A last paragraph opening with a dash is a quote when it credits an outlet (`– Cố lên các
    con! phụ huynh hô vang, theo Thanh Niên Online.`): the text, no desk signing it."""
    quote = "– Cố lên các con! phụ huynh hô vang, theo Thanh Niên Online."
    page = f"<main><h1>{TITLE}</h1><div class='wiki'>{PARAGRAPHS}<p>{quote}</p></div></main>"
    record = _article("https://wiki.example.org/clb/u13-vo-dich").record(page)
    assert (record["byline"], record["body"]) == (None, "\n\n".join((*TEXT, quote)))


def test_a_picture_in_a_link_classed_as_having_no_icon_is_the_article_s() -> None:
    """A project wiki links each picture of the text to its own file with a class saying the
    link has no attachment icon (`<a class="no-attachment-icon">`): the picture is the
    article's, where a box its class calls an icon's holds none."""
    upload = "/clb/giai-dau/-/wikis/uploads/5e1f/trao-cup-u13.jpg"
    figure = (
        f"<p><a class='no-attachment-icon gfm' href='{upload}'><img src='{upload}'"
        " alt='trao-cup-u13' class='lazy'></a></p>"
    )
    page = (
        f"<main><h1 class='wiki-page-title'>{TITLE}</h1><div class='wiki-page-content md'>"
        f"<p>{TEXT[0]}</p>{figure}<p>{TEXT[1]}</p><p>{TEXT[2]}</p></div></main>"
    )
    record = _article("https://gitlab.example.com/clb/giai-dau/-/wikis/U13").record(page)
    assert record["images"] == [
        {"url": f"https://gitlab.example.com{upload}", "caption": None},
    ]


def test_a_sign_off_takes_the_calling_a_link_over_the_headline_prints() -> None:
    """A creator's post signed `— Trần Minh` under a header linking the creator's page as `HLV
    Trần Minh`: one person, the byline his name with the calling the header prints, the name
    alone his author's."""
    header = "<header class='profile-header'><a href='/' class='user'>HLV Trần Minh</a></header>"
    page = (
        f"{header}<main><article><h1>{TITLE}</h1><div class='rich-text'>{PARAGRAPHS}"
        "<p>— Trần Minh</p></div></article></main>"
    )
    record = _article("https://hlvtranminh.example.com/p/u13-vo-dich").record(page)
    assert (record["byline"], record["authors"]) == ("HLV Trần Minh", ["Trần Minh"])
