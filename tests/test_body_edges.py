"""The first and the last paragraph of the text: where the body starts and where it ends.

Pages in the shapes the generic extractor meets on sites nobody wrote a profile for: a short
closing sentence in another script or quote style, a paragraph the main-content reader leaves
out at either end, a subtitle under the headline.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T12:00:00+07:00")


def body(html: str, url: str) -> list[str]:
    return (extract_record(html, url, NOW)["body"] or "").split("\n\n")


def article(lang: str, title: str, paragraphs: list[str]) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        f"<div class='page'><article><h1>{title}</h1><div class='story'>{inner}</div>"
        "</article></div></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "title", "paragraphs"),
    [
        (
            "da",
            "Ny bager åbner på torvet",
            [
                "Den gamle bager på torvet har fået nye ejere, og fra mandag kan kunderne igen"
                " købe rugbrød og wienerbrød i den lille butik ved springvandet.",
                "De nye ejere har begge arbejdet i byens største bageri i mange år, og de vil"
                " bage det meste af brødet efter de gamle opskrifter fra huset.",
                "»Vi glæder os til at møde alle de faste kunder igen.«",
            ],
        ),
        (
            "hi",
            "शहर में नया पुस्तकालय खुला",
            [
                "शहर के पुराने बाज़ार में सोमवार को नया पुस्तकालय खुला, जिसमें बच्चों के लिए"
                " अलग कमरा और पढ़ने के लिए बड़ा हॉल बनाया गया है।",
                "नगर निगम ने बताया कि पुस्तकालय सुबह आठ बजे से रात आठ बजे तक खुला रहेगा और"
                " सदस्यता शुल्क बहुत कम रखा गया है।",
                "अधिकारियों ने कहा कि अगले साल दो और पुस्तकालय खोले जाएंगे।",
            ],
        ),
        (
            "ja",
            "市立図書館が新館を開く",
            [
                "市立図書館は8日、駅前に新館を開いた。児童書の部屋と自習室を備え、開館初日から"
                "多くの家族連れでにぎわった。蔵書は約十万冊で、来年までに倍に増やす計画だ。",
                "館長は「誰でも気軽に立ち寄れる場所にしたい」と話した。【北浜市・山田花子】",
            ],
        ),
    ],
    ids=["danish-quote", "danda", "reporter-sign-off"],
)
def test_a_short_last_sentence_closed_in_another_script_is_body(
    lang: str, title: str, paragraphs: list[str]
) -> None:
    """A last sentence inside `»…«`, closed by a danda `।`, or followed by the reporter's
    `【place・name】` sign-off closes a sentence: it is no loose line to peel off the end."""
    assert body(article(lang, title, paragraphs), "https://news.example.org/2026/03/a") == (
        paragraphs
    )


FERRY = [
    "The <a href='/topic/harbour'>harbour board</a> has ordered two electric ferries for the"
    " <a href='/topic/island-line'>island line</a>.",
    "The new boats will carry three hundred passengers each and charge at the quay while people"
    " get on and off, which the board says will cut the line's fuel bill by half within a year.",
    "Crews will train on the first boat through the winter, and the old diesel ferries will be"
    " sold once both new ones are in service, most likely to an operator on the northern lakes.",
    "Timetables stay as they are until then, the board said, and fares will not rise this year"
    " or next, whatever the final cost of the boats and of the new charging points.",
]


def ferry_page(blocks: list[str]) -> str:
    return (
        "<html lang='en'><head><title>Harbour orders two electric ferries</title></head><body>"
        "<main><article><h1>Harbour orders two electric ferries</h1>"
        + "".join(blocks)
        + "</article><aside class='most-read'><p>Storm closes the coast road</p></aside></main>"
        "</body></html>"
    )


def text_block(*paragraphs: str) -> str:
    return "<div class='text-block'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def test_short_linked_paragraphs_at_either_end_of_the_text_are_body() -> None:
    """A short opening sentence that links two topics, and a last section whose short
    paragraphs link a source, are built like every other paragraph of the text: they are body,
    and so is the last section's heading."""
    html = ferry_page(
        [
            text_block(FERRY[0]),
            text_block(FERRY[1]),
            text_block(FERRY[2]),
            text_block(FERRY[3]),
            "<div class='subheadline'><h2>Who runs the line?</h2></div>",
            text_block(
                "The line is run by the harbour board.",
                "It has five members, including <a href='/people/chair'>its chair Ana Lopes</a>,"
                " whose term began in May.",
            ),
        ]
    )
    plain = [re.sub(r"<[^>]+>", "", p) for p in FERRY]
    assert body(html, "https://news.example.com/2026/03/ferries") == [
        *plain,
        "Who runs the line?",
        "The line is run by the harbour board.",
        "It has five members, including its chair Ana Lopes, whose term began in May.",
    ]


def test_a_subtitle_under_the_title_repeated_over_the_text_is_not_body() -> None:
    """The title printed again over the text, and the heading right under it, are the title
    and its subtitle: neither opens the text (a section heading under a reading-time line does,
    see tests/test_generic.py)."""
    html = (
        "<html lang='vi'><body><h1>Giá lúa tăng mạnh ở miền Tây</h1><div class='detail-content'>"
        "<h2>Giá lúa tăng mạnh ở miền Tây</h2>"
        "<h3>Thương lái tranh mua, nông dân có vụ lãi nhất trong năm năm qua</h3>"
        "<p>Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.</p>"
        "<p>Thương lái vẫn mua đều.</p></div></body></html>"
    )
    assert body(html, "https://tin.example.vn/gia-lua-123.html") == [
        "Giá lúa tuần này tăng 300 đồng mỗi kg so với tuần trước, nông dân phấn khởi.",
        "Thương lái vẫn mua đều.",
    ]


def test_a_note_about_the_author_typed_after_two_line_breaks_in_the_last_paragraph() -> None:
    """`…last sentence.<br><br><em>Jane Roe is …</em>` in one `<p>`: the last sentence ends
    the text, and the note under it, about the author the metadata names, is not body."""
    first, second, third = (f"<p>{p}</p>" for p in FERRY[1:])
    last = (
        "<p>Whether the island wants faster boats or cheaper ones is a question for its voters.<br>"
        "<br><em>Jane Roe is a transport writer and lives on the island with her family.</em></p>"
    )
    html = ferry_page([f"<div class='text'>{first}{second}{third}{last}</div>"]).replace(
        "<head>",
        "<head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}}</script>',
    )
    assert body(html, "https://news.example.com/2026/03/ferries")[-2:] == [
        re.sub(r"<[^>]+>", "", FERRY[3]),
        "Whether the island wants faster boats or cheaper ones is a question for its voters.",
    ]


HOI_NGHI = [
    "Sáng 5/3, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2025.",
    "Theo báo cáo, trong năm qua trên địa bàn tỉnh xảy ra 12 đợt mưa lớn, gây thiệt hại"
    " khoảng 150 tỷ đồng.",
    "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các địa phương chủ động phương án.",
    "Hội nghị cũng khen thưởng 20 tập thể, cá nhân có thành tích xuất sắc.",
]
SAPO = "Năm 2025, thiên tai gây thiệt hại khoảng 150 tỷ đồng, giảm 30% so với năm trước."
RELATED_BOX = (
    "<div class='box-tinlienquan'><h3>Tin liên quan</h3><ul>"
    "<li><a href='/mua-lu-1.html'>Mưa lũ gây sạt lở nhiều tuyến đường</a></li>"
    "<li><a href='/mua-lu-2.html'>Tỉnh hỗ trợ người dân vùng lũ</a></li></ul></div>"
)


def vn_page(inside: str) -> str:
    return (
        "<html lang='vi'><head><title>Tổng kết phòng chống thiên tai</title></head><body>"
        "<div class='header'>Báo Tỉnh Ví Dụ</div><div class='main'>"
        f"<h1>Tổng kết phòng chống thiên tai</h1>{inside}</div>"
        "<div class='footer'>Giấy phép số 12/GP-BTTTT</div></body></html>"
    )


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize("kind", ["detail-content", "noidung-bai"])
def test_text_carried_on_after_a_related_box_in_a_second_block_of_the_same_kind(kind: str) -> None:
    """`Tin liên quan` between two blocks of the text, each `<div class=…>` of the same kind:
    the text goes on after the box, whether the block's class is a known one or not."""
    html = vn_page(
        f"<div class='{kind}'>{paragraphs(*HOI_NGHI[:2])}</div>{RELATED_BOX}"
        f"<div class='{kind}'>{paragraphs(*HOI_NGHI[2:])}</div>"
    )
    assert body(html, "https://baotinh.example.vn/hoi-nghi-123.html") == HOI_NGHI


def test_a_first_paragraph_printed_over_the_picture_before_the_text_block() -> None:
    """The sapo, then the first paragraph on its own over the cover picture, then the block
    with the rest of the text: the first paragraph is the text's, the sapo is not."""
    html = vn_page(
        f"<div class='sapo'>{SAPO}</div><p>{HOI_NGHI[0]}</p>"
        "<figure><img src='/anh/hoi-nghi.jpg' width='800'><figcaption>Quang cảnh hội nghị."
        f"</figcaption></figure><div class='detail-content'>{paragraphs(*HOI_NGHI[1:])}</div>"
    )
    record = extract_record(html, "https://baotinh.example.vn/hoi-nghi-123.html", NOW)
    assert record["summary"] == SAPO
    assert record["body"].split("\n\n") == HOI_NGHI


@pytest.mark.parametrize(
    "said",
    [
        "“Chúng tôi sẽ tiếp tục hỗ trợ bà con khắc phục hậu quả,” ông Trần Văn Minh cho biết",
        "“Chúng tôi sẽ tiếp tục hỗ trợ bà con khắc phục hậu quả”, ông Trần Văn Minh cho biết",
    ],
    ids=["comma-inside", "comma-after"],
)
def test_a_closing_quotation_with_who_said_it_and_no_full_stop_is_body(said: str) -> None:
    """The last paragraph quotes someone and names them after the quotation, with no full stop
    after the name: it closes a sentence all the same (a title in quotes does not)."""
    html = vn_page(f"<div class='detail-content'>{paragraphs(*HOI_NGHI, said)}</div>")
    assert body(html, "https://baotinh.example.vn/hoi-nghi-123.html") == [*HOI_NGHI, said]


def test_a_quoted_title_under_the_text_is_still_no_body() -> None:
    html = vn_page(
        f"<div class='detail-content'>{paragraphs(*HOI_NGHI, '“Mùa lũ” - phóng sự ảnh')}</div>"
    )
    assert body(html, "https://baotinh.example.vn/hoi-nghi-123.html") == HOI_NGHI


def test_the_headline_as_the_page_shows_it_does_not_open_the_text() -> None:
    """The publisher's shorter title is the headline; the longer one the page shows in its
    `<h1>`, read again at the top of the text, is no paragraph of it either."""
    html = (
        ferry_page([text_block(p) for p in FERRY])
        .replace("<head>", "<head><meta property='og:title' content='Harbour orders two ferries'>")
        .replace(
            "<h1>Harbour orders two electric ferries</h1>",
            "<h1>Harbour board orders two electric ferries for the island line</h1>",
        )
    )
    record = extract_record(html, "https://news.example.com/2026/03/ferries", NOW)
    assert record["headline"] == "Harbour orders two ferries"
    assert record["body"].split("\n\n") == [re.sub(r"<[^>]+>", "", p) for p in FERRY]


def test_the_lines_under_a_lead_printed_over_the_text_are_not_body() -> None:
    """The lead printed again over the text, then the author's name, the date and the place on
    lines of their own: those lines close no sentence and are the article's meta lines, as they
    would be above the lead. The lead stays where it is (a description often copies the first
    paragraph, which is body)."""
    lead = (
        "The harbour board has ordered two electric ferries for the island line, to be"
        " delivered before next winter."
    )
    html = (
        "<html lang='en'><head><title>Harbour orders two electric ferries</title>"
        f"<meta name='description' content='{lead} | Harbour News'></head><body><main><article>"
        "<h1>Harbour orders two electric ferries</h1><div class='text'>"
        f"<p>{lead}</p><p>Jane Roe</p><p>8 March 2026 • Updated: 8 March 2026</p><p>Dover</p>"
        + "".join(f"<p>{p}</p>" for p in FERRY[1:])
        + "</div></article></main></body></html>"
    )
    assert body(html, "https://news.example.org/2026/03/ferries") == [lead, *FERRY[1:]]


RAINFALL = [
    "Heavy rain fell across the valley overnight, and the weather office said the rivers would"
    " stay high until the weekend, when a drier wind is expected from the north.",
    "Schools in the lower villages opened late, and the ferry to the island ran once an hour"
    " instead of every twenty minutes while the crews checked the landing stages.",
    "The totals measured at each station up to six in the morning were:",
]
STATIONS = [
    "North Ridge: 84 mm",
    "Mill Lane: 77 mm",
    "Old Quay: 61 mm",
    "Fenwick Bridge: 58 mm",
    "Airfield: 40 mm",
]


def test_a_list_of_lines_that_close_no_sentence_at_the_end_of_the_text_is_body() -> None:
    """Five lines or more that close no sentence at the end of the text (figures by place,
    typed line by line) are more than the name, place, date and credit a text may end with:
    they are the text's own list, and they stay."""
    html = ferry_page([text_block(*RAINFALL, *STATIONS)])
    assert body(html, "https://news.example.com/2026/03/rain") == [*RAINFALL, *STATIONS]


COACH = [
    "The club's youth coach takes over the first team until the end of the season, after the"
    " board parted with the head coach on Tuesday following a fourth defeat in a row.",
    "He said the squad knew where it stood: \u201cI will hold every player to his honour, so that"
    " we fight to the final whistle.\u201d The fans, he added, had stood by the team all year.",
    "Some of the youth players he has trained for years may get their first games in the last"
    " weeks, and the board will decide on next season's coach after the final match.",
]


def pull_quote_page(quote: str) -> str:
    return ferry_page(
        [
            "<div class='article-text'>"
            f"<p>{COACH[0]}</p>"
            f"<blockquote class='pull'><p>{quote}</p><div class='who'>Youth coach Tom Berger</div>"
            "</blockquote>"
            f"<p>{COACH[1]}</p><p>{COACH[2]}</p></div>"
        ]
    )


def test_a_pull_quote_the_text_prints_again_is_not_body() -> None:
    """A quote set apart in the text, with the speaker's name under it, whose words a paragraph
    prints again is a pull quote: the reader meets them once, in their paragraph."""
    html = pull_quote_page(
        "\u201cI will hold every player to his honour, so that we fight to the final whistle.\u201d"
    )
    assert body(html, "https://news.example.com/2026/03/coach") == COACH


def test_a_quote_set_apart_that_the_text_does_not_repeat_stays() -> None:
    """A quoted passage whose words are nowhere else in the text is part of it, name and all."""
    quote = "We have trained these players since they were ten, and they are ready for this."
    html = pull_quote_page(quote)
    assert body(html, "https://news.example.com/2026/03/coach") == [
        COACH[0],
        quote,
        "Youth coach Tom Berger",
        *COACH[1:],
    ]


def test_the_text_of_a_page_its_scripts_build_is_read_from_their_data() -> None:
    """A page that prints no text and builds it in the browser carries the article's HTML as
    a string in the data its scripts start from: the text is read from there, without the
    slots the scripts fill in (`$$ADSLOT$$`), and not from a shorter string beside it."""
    article_html = (
        "<p class='editor-p'>" + FERRY[1] + "</p>$$ADSLOT$$<h3>When the boats arrive</h3>"
        "<p class='editor-p'>" + FERRY[2] + "</p><p class='editor-p'>" + FERRY[3] + "</p>"
    )
    state = {
        "article": {"id": 12, "teaser": "<p>" + FERRY[3] + "</p>", "content": article_html},
        "page": {"section": "transport"},
    }
    data = json.dumps(state).replace("<", "\\u003c").replace(">", "\\u003e")
    html = (
        "<html lang='en'><head><title>Harbour orders two electric ferries</title>"
        f"<script>window.__STATE__ = {data};</script></head>"
        "<body><div id='app'><h1>Harbour orders two electric ferries</h1></div></body></html>"
    )
    assert body(html, "https://news.example.com/2026/03/ferries") == [
        FERRY[1],
        "When the boats arrive",
        FERRY[2],
        FERRY[3],
    ]


def test_paragraphs_under_the_text_built_another_way_are_not_body() -> None:
    """The page builds its text's paragraphs alike; paragraphs after the last of them that it
    builds another way (inside a box of their own) are no part of the text, whatever they say."""
    text = "".join(f"<p>{p}</p>" for p in [*RAINFALL[:2], *COACH])
    box = (
        "<div class='series'><div class='series-inner'>"
        "<p>This report is part of a series on the towns along the river, with a new part every"
        " Sunday morning until the end of the summer.</p>"
        "<p>All parts of the series stay free to read for everyone who signs up with an email"
        " address on our website.</p></div></div>"
    )
    html = ferry_page([f"<div class='article-body'>{text}{box}</div>"])
    assert body(html, "https://news.example.com/2026/03/river") == [*RAINFALL[:2], *COACH]


def test_a_second_half_of_the_text_built_anew_stays() -> None:
    """Paragraphs after the usual ones that the page builds another way, but that make half
    the text or more, are its second part (set anew after an ad or a picture), not a box."""
    first = "".join(f"<p>{p}</p>" for p in [*RAINFALL[:2], *COACH[:2]])
    second = "".join(f"<p>{p}</p>" for p in [COACH[2], *FERRY[1:]])
    html = ferry_page(
        [
            f"<div class='article-body'>{first}<div class='part-two'><div class='inner'>"
            f"{second}</div></div></div>"
        ]
    )
    assert body(html, "https://news.example.com/2026/03/river") == [
        *RAINFALL[:2],
        *COACH,
        *FERRY[1:],
    ]
