"""Where the article's text starts and ends on pages in other languages, written from the
families of fundus's first half of publishers: what the newsroom prints into the text besides
the article (a call for readers' tips, a quote set apart with its speaker, a picture's caption
typed as a line in bold). Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
HARBOUR_URL = "https://news.example.com/2026/03/harbour-ferry"
HARBOUR = [
    "The harbour board agreed on Monday to run the night ferry all year round, after a winter"
    " trial carried almost twice as many passengers as the operator had hoped for.",
    "Tickets will keep their price until the autumn, a spokesman for the board said, and the"
    " last boat will leave the old pier at half past midnight on every day of the week.",
    "Dock workers welcomed the decision but asked for a second crew, saying that the boat"
    " had been running late on most Friday nights since the trial began in December.",
    "The board will look at the figures again in October, when the first winter timetable"
    " is due to be printed and the operator has to order fuel for the cold months.",
]
HAFEN_URL = "https://nachrichten.example.de/2026/03/nachtfaehre"
HAFEN = [
    "Die Hafenverwaltung hat am Montag beschlossen, die Nachtfähre das ganze Jahr über fahren"
    " zu lassen, nachdem im Winter fast doppelt so viele Fahrgäste mitfuhren wie erwartet.",
    "Die Fahrkarten sollen bis zum Herbst nicht teurer werden, sagte ein Sprecher, und das"
    " letzte Boot verlässt den alten Anleger an jedem Tag der Woche um halb eins.",
    "Die Hafenarbeiter begrüßten den Beschluss, verlangten aber eine zweite Besatzung, weil"
    " das Boot seit Dezember an den meisten Freitagabenden verspätet gewesen sei.",
    "Im Oktober will die Verwaltung die Zahlen erneut prüfen, wenn der erste Winterfahrplan"
    " gedruckt wird und der Betreiber den Treibstoff für die kalten Monate bestellen muss.",
]


def body(inside: str, url: str = HARBOUR_URL, lang: str = "en") -> list[str]:
    html = (
        f"<html lang='{lang}'><head><title>Night ferry</title></head><body>"
        "<div class='page'><article><h1>Night ferry to run all year</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )
    return extract_record(html, url, NOW)["body"].split("\n\n")


def paragraphs(texts: list[str], after: int, line: str) -> str:
    """The texts as paragraphs, with `line` after the one at index `after`."""
    return "".join(f"<p>{t}</p>" + (line if i == after else "") for i, t in enumerate(texts))


@pytest.mark.parametrize(
    ("line", "texts", "url", "lang"),
    [
        (
            "<blockquote><p>Sie arbeiten bei einem Fährbetrieb und haben Hinweise zu diesem"
            " Thema? Schreiben Sie unserem Reporter vertraulich über Signal:"
            " <a href='https://signal.example/#anleger'>hafen.42</a></p></blockquote>",
            HAFEN,
            HAFEN_URL,
            "de",
        ),
        (
            "<p><em>Do you have information about the ferry trial? Contact our newsroom"
            " securely: <a href='mailto:tips@news.example.com'>tips@news.example.com</a>"
            "</em></p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
        (
            "<p>Got a tip about the harbour? Message us on WhatsApp or send it through"
            " SecureDrop.</p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
        (
            "<p>Are you taking the night ferry this week? Get in touch at"
            " <a href='mailto:newsdesk@news.example.com'>newsdesk@news.example.com</a></p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
    ],
)
def test_a_call_for_readers_tips_is_not_body(line: str, texts: list, url: str, lang: str) -> None:
    """A call for readers' tips with the way to reach the newsroom (`Haben Sie Hinweise? …
    über Signal`, `Got a tip? Message us …`, `Are you …? Get in touch at news@…`) is the
    newsroom's, wherever it stands in the text: a paragraph the text goes on after."""
    assert body(paragraphs(texts, 1, line), url, lang) == texts


def test_an_appeal_for_witnesses_in_the_text_stays_body() -> None:
    """The police's call for witnesses is news, not the newsroom's call: it names no way to
    reach the paper."""
    appeal = (
        "Haben Sie Hinweise zum Verbleib des Bootes? Die Polizei bittet Zeugen, sich unter der"
        " Nummer 0361 7443 zu melden."
    )
    assert body(paragraphs(HAFEN, 1, f"<p>{appeal}</p>"), HAFEN_URL, "de") == [
        *HAFEN[:2],
        appeal,
        *HAFEN[2:],
    ]


QUOTE = "<blockquote><p>“We will keep the boat running every night of the year.”</p></blockquote>"


@pytest.mark.parametrize(
    "display",
    [
        f"{QUOTE}<p class='speaker'>Jane Roe, harbour master</p>",
        "<blockquote><p>“We will keep the boat running every night of the year.”</p>"
        "<p>— Jane Roe, harbour master</p></blockquote>",
        f"<div class='quote-box'><div class='inner'>{QUOTE}<p>Jane Roe, harbour master</p>"
        "</div></div>",
    ],
)
def test_a_quote_displayed_over_the_text_with_its_speaker_is_not_body(display: str) -> None:
    """A quote set over the text with its speaker's name under it, before the first
    paragraph, displays one line of the article: the text opens with its first paragraph."""
    assert body(display + paragraphs(HARBOUR, -1, "")) == HARBOUR


def test_a_quote_inside_the_text_with_its_speaker_stays_body() -> None:
    """A quote between paragraphs, credited under it, is a quoted passage of the text."""
    quote = "“We will keep the boat running every night of the year.”"
    line = f"<blockquote><p>{quote}</p></blockquote><p>Jane Roe, harbour master</p>"
    assert body(paragraphs(HARBOUR, 1, line)) == [
        *HARBOUR[:2],
        quote,
        "Jane Roe, harbour master",
        *HARBOUR[2:],
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "<p>Sources:</p>",
        "<p>Fuentes:</p>",
        "<p>Quellen :</p>",
    ],
)
def test_a_label_announcing_what_no_longer_follows_does_not_close_the_text(closing: str) -> None:
    """A label ending in a colon under the last paragraph (`Sources:`, `Quellen :`) announces a
    list or a widget the text does not hold: the text ends with its last paragraph."""
    assert body(paragraphs(HARBOUR, -1, "") + closing) == HARBOUR


def test_a_sentence_announcing_what_follows_closes_the_text() -> None:
    """A sentence ending in a colon may announce quoted posts or pictures: the writer's."""
    closing = "Passengers on the first night boat were quick to share their pictures:"
    assert body(paragraphs(HARBOUR, -1, "") + f"<p>{closing}</p>") == [*HARBOUR, closing]


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>Watch our film of the first night crossing:</em></p>",
        "<p><i>More on the harbour's plans in our live coverage:</i></p>",
    ],
)
def test_an_editors_note_in_italics_announcing_an_embed_does_not_close_the_text(note: str) -> None:
    """A line in italics ending in a colon under the last paragraph is the editors' note over a
    video or another article's card, which the text does not hold: not its closing line."""
    player = "<div class='player' data-video='8812'></div>"
    assert body(paragraphs(HARBOUR, -1, "") + note + player) == HARBOUR


def test_a_line_announcing_a_list_in_the_text_stays_body() -> None:
    """A line over the list it announces is the text's own."""
    intro = "The night boat will stop at five piers:"
    piers = ["the old pier", "the ferry terminal", "the fish market", "the shipyard", "the locks"]
    items = "".join(f"<li>{pier}</li>" for pier in piers)
    assert body(paragraphs(HARBOUR, -1, "") + f"<p>{intro}</p><ul>{items}</ul>") == [
        *HARBOUR,
        intro,
        *piers,
    ]


@pytest.mark.parametrize(
    ("closing", "texts", "url", "lang"),
    [
        ("<p>For more stories like this, check our news page.</p>", HARBOUR, HARBOUR_URL, "en"),
        (
            "<p>Get real-time updates on the timetable on the <a href='/ferry'>ferry page</a>.</p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
        (
            "<p>Dieser Artikel ist zuerst bei „Hafenblatt“ erschienen.</p>",
            HAFEN,
            HAFEN_URL,
            "de",
        ),
        ("<p>Folgst du schon dem Hafenblatt auf Whatsapp?</p>", HAFEN, HAFEN_URL, "de"),
        (
            "<p><em>Night Crossings: A Ferryman's Life, by Jane Roe, is out now (Harbour Press,"
            " £18.99)</em></p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
        (
            "<p>Jane Roe's Night Crossings (Harbour Press, $24) is published on 3 April.</p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
        (
            "<p>Get Harbour Monthly delivered to your door: 12 issues for £11.99.</p>",
            HARBOUR,
            HARBOUR_URL,
            "en",
        ),
    ],
)
def test_the_sites_closing_notes_are_not_body(
    closing: str, texts: list, url: str, lang: str
) -> None:
    """Under the text, a pointer to more of the site (`For more stories like this …`), where
    the article first appeared (`Dieser Artikel ist zuerst bei X erschienen`), a call to
    follow the site in the familiar form (`Folgst du schon X auf WhatsApp?`) and the notice of
    a book an interview or review is about, with its publisher and price (`X, by Y, is out now
    (Publisher, £25)`) and an offer of the print edition (`12 issues for £11.99`) are the
    site's."""
    assert body(paragraphs(texts, -1, "") + closing, url, lang) == texts


@pytest.mark.parametrize(
    "note",
    [
        "Start your week with the Harbour Briefing, read by everyone who works on the water."
        " Sign up for the free weekly newsletter.",
        "Follow @HarbourDesk on Twitter to keep up with the latest timetables from around the"
        " bay. Sailings may be cancelled at short notice, fares are subject to change without"
        " notice and season tickets may not be used on the night boats, the late ferries or"
        " on any of the summer excursions.",
    ],
)
def test_the_sites_appeals_over_the_text_are_not_body(note: str) -> None:
    """Over the text, a call to sign up for a newsletter however many words name it (`the free
    weekly newsletter`) and a call to follow the site's account by its handle (`Follow @X on
    Twitter`), even with the small print after it, are the site's."""
    assert body(f"<p>{note}</p>" + paragraphs(HARBOUR, -1, "")) == HARBOUR


def test_a_closing_sentence_with_a_price_stays_body() -> None:
    """A last sentence of the text that gives a price in brackets, with no publisher before
    it, is the text's own."""
    closing = "Season tickets for the night ferry are available from the pier office (£40)."
    assert body(paragraphs(HARBOUR, -1, "") + f"<p>{closing}</p>") == [*HARBOUR, closing]


def test_the_label_an_article_names_for_screen_readers_is_not_body() -> None:
    """`<article aria-labelledby="x">` names its label: a hidden heading over the text
    (`<h6 id="x">Article</h6>`) says what the box is to a screen reader, it is no line of it."""
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'>"
        "<h1>Night ferry to run all year</h1><article aria-labelledby='article-label'>"
        "<h6 id='article-label'>Article</h6><div class='story'>"
        f"{paragraphs(HARBOUR, -1, '')}</div></article></div></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == HARBOUR


def test_a_box_labelled_by_its_heading_keeps_it() -> None:
    """A box labelled by one of its headings keeps it, a line of the text: only an article's
    label goes."""
    heading = "A second crew"
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><article>"
        "<h1>Night ferry to run all year</h1><div class='story' aria-labelledby='crew'>"
        f"{paragraphs(HARBOUR[:2], -1, '')}<h2 id='crew'>{heading}</h2>"
        f"{paragraphs(HARBOUR[2:], -1, '')}</div></article></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == [
        *HARBOUR[:2],
        heading,
        *HARBOUR[2:],
    ]


def test_the_outlet_and_its_writers_under_the_text_are_not_body() -> None:
    """A line under the text naming the outlet's short name and its writers in brackets
    (`HBR (Jane Roe, John Doe)`) credits the report, as an editor's initials do."""
    assert body(paragraphs(HARBOUR, -1, "") + "<p>HBR (Jane Roe, John Doe)</p>") == HARBOUR


def test_a_closing_sentence_naming_an_outlet_stays_body() -> None:
    """A sentence that names an agency by its short name is the text's own."""
    closing = "NASA (the space agency) will lend the board its weather data."
    assert body(paragraphs(HARBOUR, -1, "") + f"<p>{closing}</p>") == [*HARBOUR, closing]


def test_the_og_title_printed_over_the_text_is_not_body() -> None:
    """A teaser over the text prints the og:title, its kicker run into it (`Nach dem Winter
    Nachtfähre fährt das ganze Jahr` for `Nach dem Winter: Nachtfähre …`) under a headline
    worded otherwise: it is the title again, not the text's first line."""
    html = (
        "<html lang='de'><head><title>Nachtfähre</title>"
        "<meta property='og:title' content='Nach dem Winter: Nachtfähre fährt das ganze Jahr'>"
        "</head><body><h1>Hafen lässt die Nachtfähre künftig das ganze Jahr über fahren</h1>"
        "<p class='byline'>Von Jane Roe, 8. März 2026</p><article><div class='story'>"
        "<h2><span>Nach dem Winter </span><div>Nachtfähre fährt das ganze Jahr</div></h2>"
        f"{paragraphs(HAFEN, -1, '')}</div></article></body></html>"
    )
    assert extract_record(html, HAFEN_URL, NOW)["body"].split("\n\n") == HAFEN


def test_a_reader_poll_in_the_text_is_not_body() -> None:
    """A reader poll between paragraphs (a question over radio buttons, each choice in its
    label) asks the reader: neither its question nor its choices are lines of the text."""
    choices = ["The night boat.", "The morning boat.", "I walk round the harbour."]
    poll = (
        "<div><div><p>Which ferry would you take home after a late shift?</p></div>"
        + "".join(
            f"<label><input type='radio' name='answer' id='c{i}'><label for='c{i}'>{choice}"
            "</label></label>"
            for i, choice in enumerate(choices)
        )
        + "</div>"
    )
    assert body(paragraphs(HARBOUR, 1, poll)) == HARBOUR


def test_a_box_of_the_sites_popular_articles_is_not_body() -> None:
    """A box of the site's most read articles between paragraphs (`popular-articles`, a title
    and a swipe hint over cards of other articles) is the site's, not a line of the text."""
    cards = "".join(
        f"<li><div class='card'><h3 class='title'><a href='https://news.example.com/{slug}'>"
        f"{title}</a></h3><p class='card-byline'>By Jane Roe</p></div></li>"
        for slug, title in [
            ("2026/02/tram", "The city's last tram line will close at the end of the summer"),
            ("2026/02/bridge", "Why the old swing bridge has to be lifted by hand every night"),
            ("2026/01/market", "Fishmongers ask the council to open the market hall on Sundays"),
        ]
    )
    popular = (
        "<section class='popular-articles'><div class='title-row'><h2>Popular</h2>"
        "<span class='swipe-msg'>Swipe →</span></div>"
        f"<ol class='list'>{cards}</ol></section>"
    )
    assert body(paragraphs(HARBOUR, 1, popular)) == HARBOUR


def test_a_box_whose_role_says_it_complements_the_text_is_not_body() -> None:
    """A box of facts the page's ARIA role names `complementary` (what `<aside>` is), in a
    custom element of the site's design system, is set beside the text, not a part of it."""
    facts = (
        "<harbour-facts role='complementary' aria-label='Facts about the night ferry'>"
        "<h3>Facts about the night ferry</h3>"
        "<p>The night ferry first ran in 1962 and carried mostly dock workers on shift.</p>"
        "<p>It was stopped in 1998, when the tunnel under the harbour opened to traffic.</p>"
        "<p>Source: the harbour board's yearly report</p></harbour-facts>"
    )
    assert body(paragraphs(HARBOUR, 2, facts)) == HARBOUR


def test_a_box_named_in_camel_case_as_an_infobox_is_not_body() -> None:
    """A box of key points over the text that its test id names in camel case (`InfoBox`, the
    `infobox` a class in lower case names) is the template's box, not the text's opening."""
    points = "".join(
        f"<li><p>{point}</p></li>"
        for point in [
            "The night ferry will run all year round from the spring.",
            "Tickets keep their price until the autumn.",
        ]
    )
    box = f"<div data-testid='InfoBox'><h3>In short</h3><ul>{points}</ul></div>"
    assert body(box + paragraphs(HARBOUR, -1, "")) == HARBOUR


def test_a_text_split_around_an_ad_and_related_links_is_read_whole() -> None:
    """A page that splits its text into blocks built alike (`article-body`) around an ad and a
    box of links to other articles: the text goes on in the next block, to its last paragraph."""
    related = (
        "<div class='more-links'><span>More on the harbour</span><ul>"
        "<li><a href='https://news.example.com/2026/02/tram'>The last tram line closes</a></li>"
        "<li><a href='https://news.example.com/2026/02/bridge'>The swing bridge is lifted by"
        " hand</a></li></ul></div>"
    )
    split = (
        f"<div class='article-body'>{paragraphs(HARBOUR[:2], -1, '')}</div>"
        "<div class='row'><div class='ad-slot'><div class='advert'></div></div></div>"
        f"<div class='row'>{related}</div>"
        f"<div class='article-body last'>{paragraphs(HARBOUR[2:], -1, '')}</div>"
    )
    assert body(split) == HARBOUR


def test_the_opening_of_a_text_split_off_by_a_box_of_links_is_read() -> None:
    """A builder that puts every block in a widget (`article-widget`), the text's opening
    paragraphs in one and the rest in another after a box of links: the text opens with the
    first widget's paragraphs."""
    texts = HARBOUR + [t.replace("board", "council") for t in HARBOUR]
    related = (
        "<ul><li><a href='https://news.example.com/2026/02/tram'>The last tram line closes</a>"
        "</li><li><a href='https://news.example.com/2026/02/bridge'>The swing bridge is lifted"
        " by hand</a></li></ul>"
    )
    split = "".join(
        f"<div class='article-widget'><div class='wrap'>{inside}</div></div>"
        for inside in (
            f"<div class='text'>{paragraphs(texts[:2], -1, '')}</div>",
            related,
            f"<div class='text'>{paragraphs(texts[2:], -1, '')}</div>",
        )
    )
    assert body(split) == texts


def test_a_caption_repeating_its_pictures_alt_text_is_not_body() -> None:
    """A picture's box between paragraphs with its caption typed as a paragraph, not in a
    `<figure>`: the line that says what the picture's alt text says is the caption."""
    caption = "Passengers board the night ferry at the old pier on its first trial run"
    picture = (
        "<div class='picture-box'><div class='media'><img src='https://news.example.com/ferry.jpg'"
        f" alt='{caption}'></div><div class='info'><p class='info-text'>{caption}</p></div></div>"
    )
    assert body(paragraphs(HARBOUR, 1, picture)) == HARBOUR


def test_a_paragraph_saying_what_a_picture_above_the_text_says_stays_body() -> None:
    """A picture whose alt text is the opening sentence, over the text: the sentence is the
    text's, the box holds the other paragraphs too."""
    picture = f"<img src='https://news.example.com/ferry.jpg' alt='{HARBOUR[0]}'>"
    assert body(picture + paragraphs(HARBOUR, -1, "")) == HARBOUR


def test_an_opening_paragraph_set_with_a_drop_cap_is_body() -> None:
    """A paragraph whose class draws its first letter large (`has-dropcap`, with a modifier
    naming the style, `has-dropcap__lead-heading`) opens the text: it is not a lead printed
    apart, which the body would then leave out."""
    inside = f"<p class='has-dropcap has-dropcap__lead-heading'>{HARBOUR[0]}</p>" + "".join(
        f"<p class='paywall'>{t}</p>" for t in HARBOUR[1:]
    )
    assert body(inside) == HARBOUR


def test_a_paragraph_with_a_link_in_a_block_of_its_own_is_read() -> None:
    """A page that wraps each paragraph in blocks of its own keeps a short one holding a link
    to another article in the middle of the text as it keeps the others."""
    linked = HARBOUR[1].replace(
        "a spokesman for the board", "<a href='/board'>a spokesman for the board</a>"
    )
    inside = "".join(
        f"<div class='text-block'><div class='inner'><p>{text}</p></div></div>"
        for text in [HARBOUR[0], linked, *HARBOUR[2:]]
    )
    assert body(inside) == HARBOUR


def test_a_line_typed_with_breaks_keeps_its_link_in_place() -> None:
    """Text typed as lines between `<br>`s in a block that holds an ad's slot too, its first
    line opening with a place and a link to a topic page (`CUA LO: <a>Harbour board</a>'s
    night ferry …`): the link and the words around it are one paragraph, not three."""
    opening = (
        "CUA LO: <a href='https://news.example.com/topic/harbour-board'>Harbour board</a>'s"
        " night ferry will run all year round, after a winter trial carried almost twice as"
        " many passengers as the operator had hoped for."
    )
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'>"
        "<h1>Night ferry to run all year</h1><div class='text clearfix'>"
        + "<br/>".join([opening, HARBOUR[1], "<div class='slot'><div id='ad-1'></div></div>"])
        + "<br/>".join(HARBOUR[2:])
        + "</div></div></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == [
        "CUA LO: Harbour board's night ferry will run all year round, after a winter trial"
        " carried almost twice as many passengers as the operator had hoped for.",
        *HARBOUR[1:],
    ]


def test_tooltips_under_the_text_are_not_body_on_a_page_typing_its_text_in_divs() -> None:
    """A page typing its text in `<div>`s, whose only `<p>`s are a widget's (a tooltip under
    each topic to follow, each saying what following does): the widget is furniture by its
    names, though its lines are most of the page's `<p>`s."""
    tip = (
        "<li class='item js-tooltip'><button>{}</button><div class='js-tooltip-content'>"
        "<p>Follow a topic to read all of its articles together on your own page. Members"
        " only.</p></div></li>"
    )
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body><div class='page'>"
        "<h1>Night ferry to run all year</h1><div id='entry'>"
        + "".join(f"<div class='block'>{t}</div>" for t in HARBOUR)
        + "<div class='topics'><p class='hdg'>Follow a topic</p><ul>"
        + "".join(tip.format(topic) for topic in ("Harbour", "Ferries", "Transport"))
        + "</ul></div></div></div></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == HARBOUR


@pytest.mark.parametrize(
    "control",
    [
        "<div class='actions'><button>Load the map</button></div>",
        "<input id='load-map' type='checkbox'><label for='load-map'>Load the map</label>",
    ],
)
def test_a_box_asking_consent_to_load_another_sites_content_is_not_body(control: str) -> None:
    """A box standing in the text for a map from another site until the reader agrees to load
    it: its notice (asking for consent, naming the privacy settings) is not the article's."""
    box = (
        "<div class='external'><div class='inner'><div class='label'>A map of the route</div>"
        "<p>A map drawn by another site belongs here. Loading it sends your address to that"
        " site, and we keep your choice in your privacy settings.</p>"
        f"{control}</div></div>"
    )
    assert body(paragraphs(HARBOUR, 1, box)) == HARBOUR


def test_subheadings_a_long_text_block_sets_between_its_paragraphs_are_body() -> None:
    """Headings set between the paragraphs of a long-text block (`longText` in
    `bodyContent`), which trafilatura reads without its headings, are the text's subheadings
    and stay in place."""
    text = (
        f"<p>{HARBOUR[0]}</p> <h2>A second crew</h2> <p>{HARBOUR[1]}</p><p>{HARBOUR[2]}</p>"
        f" <h2>Figures in October</h2> <p>{HARBOUR[3]}</p>"
    )
    html = (
        "<html lang='en'><head><title>Night ferry</title></head><body>"
        "<h1>Night ferry to run all year</h1><div id='bodyContent'><div class='col'>"
        f"<div class='group'><div class='longText'>{text}</div></div></div></div></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == [
        HARBOUR[0],
        "A second crew",
        HARBOUR[1],
        HARBOUR[2],
        "Figures in October",
        HARBOUR[3],
    ]


def test_a_subheading_whose_anchor_id_has_a_contents_prefix_is_body() -> None:
    """A subheading whose id is its own words behind a table of contents' prefix
    (`nav_second_crew__0`) is the text's: the prefix names no component of the page."""
    heading = "<h3 class='subheading' id='nav_second_crew__0'>A second crew</h3>"
    assert body(paragraphs(HARBOUR, 1, heading)) == [*HARBOUR[:2], "A second crew", *HARBOUR[2:]]


def test_a_heading_whose_id_names_a_box_by_one_of_its_words_is_not_body() -> None:
    """A heading whose id repeats one word of its text beside a furniture word
    (`related-stories` on `More stories`) names a box, not the text's subheading."""
    heading = "<h3 id='related-stories'>More stories</h3>"
    assert body(paragraphs(HARBOUR, 1, heading)) == HARBOUR


@pytest.mark.parametrize(
    "stamp", ["18.04.2026 | 0:21 min", "18.04.2026 | 12:05", "2026-04-18 | 1:02:30"]
)
def test_a_recordings_teaser_closed_by_its_day_and_running_time_is_not_body(stamp: str) -> None:
    """A video's box between the paragraphs, its picture over a line of teaser that the day it
    was aired and its running time close after a bar: the player's words, not a paragraph of
    the text, though the line reads as one."""
    box = (
        "<div class='player'><div><picture><img src='/media/faehre-nacht.jpg' alt='Die Fähre"
        " am Anleger'></picture></div></div><p>Wie sicher ist die Nachtfähre im Winter? Ein"
        f" Besuch an Bord mit der Besatzung. {stamp}</p>"
    )
    assert body(paragraphs(HAFEN, 1, box), HAFEN_URL, "de") == HAFEN


def _keyword(name: str, path: str = "topics/word") -> str:
    return f"<a class='kw' href='/{path}/{name.lower()}.html'>{name}</a>"


def test_short_lines_of_keyword_links_are_body() -> None:
    """Short lines of a list in the text whose words the site links to their topic pages
    (`North: <a href="/topics/word/eastport.html">Eastport</a>, …`), one of them to a region's
    page in the same style: trafilatura takes each for a box of links and leaves it out, but
    they are the text's own list, no pointer to another article."""
    piers = (
        "<p>The ferry will call at these piers:</p>"
        f"<p>North: {_keyword('Eastport')}, {_keyword('Millbay')}</p>"
        f"<p>{_keyword('South', 'area')}: {_keyword('Kingsgate')}, {_keyword('Rowe')}</p>"
    )
    assert body(paragraphs(HARBOUR, 1, piers)) == [
        *HARBOUR[:2],
        "The ferry will call at these piers:",
        "North: Eastport, Millbay",
        "South: Kingsgate, Rowe",
        *HARBOUR[2:],
    ]


def test_short_lines_of_links_to_other_articles_stay_out_of_the_body() -> None:
    """The same lines linking to articles, no tag's page: pointers elsewhere."""
    piers = (
        "<p>The ferry will call at these piers:</p>"
        "<p>North: <a href='/2026/03/eastport'>Eastport</a>, <a href='/2026/03/millbay'>Millbay"
        "</a></p>"
    )
    assert body(paragraphs(HARBOUR, 1, piers)) == [
        *HARBOUR[:2],
        "The ferry will call at these piers:",
        *HARBOUR[2:],
    ]


FERRY_MORE = [
    "The operator said the winter trial had shown that nurses, cooks and cleaners finishing"
    " late shifts in the old town made up most of the passengers after ten in the evening.",
    "A survey on board found that two in three of them had driven across the bridge before"
    " the trial, and that most would keep taking the boat if it ran on time.",
    "Residents of the pier streets asked for quieter engines, and the board agreed to test a"
    " battery-powered boat on the night crossing next spring before buying a second one.",
    "The council's transport committee will hear the operator's report in November, when it"
    " also decides whether the first morning boat should leave half an hour earlier.",
]


def _paywalled(teaser_class: str, teaser: str = "") -> str:
    """The text in blocks of one class, its first two shown in a box of their own (or
    `teaser` in that box over the text)."""
    texts = [*HARBOUR, *FERRY_MORE]
    blocks = [f"<div class='story-block'><p class='story-text'>{t}</p></div>" for t in texts]
    shown = teaser or "".join(blocks[:2])
    rest = blocks if teaser else blocks[2:]
    return f"<div class='metered'><div class='{teaser_class}'>{shown}</div>{''.join(rest)}</div>"


def test_the_opening_paragraphs_a_paywall_previews_in_a_box_of_their_own_are_body() -> None:
    """A paywall's preview box holding the text's first paragraphs, built as the rest of the
    text inside it (`<div class="teaser-content"><div class="story-block"><p>…`): the text's
    opening, though the box's class reads as another article's teaser."""
    assert body(_paywalled("teaser-content")) == [*HARBOUR, *FERRY_MORE]


def test_a_teaser_box_holding_other_blocks_over_the_text_stays_out() -> None:
    """A teaser box over the text whose lines are built otherwise (another article's title
    and summary) is no preview of the text's opening."""
    teaser = (
        "<h3>Bus lanes open</h3><p class='summary'>The city opened its first two bus lanes"
        " along the river on Monday, a week earlier than the council had planned.</p>"
    )
    assert body(_paywalled("teaser-content", teaser)) == [*HARBOUR, *FERRY_MORE]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Schrijf je in voor onze nieuwsbrief en mis geen nieuws over de haven.", "nl"),
        ("Volg ons op Facebook en Instagram.", "nl"),
        ("Meld deg på vårt nyhetsbrev.", "no"),
        ("Følg oss på Facebook.", "no"),
        ("Tilmeld dig vores nyhedsbrev.", "da"),
        ("Prenumerera på vårt nyhetsbrev.", "sv"),
        ("Assine a nossa newsletter e receba as principais notícias.", "pt"),
        ("Siga-nos no Facebook e no Instagram.", "pt"),
        ("Únete a nuestro canal de WhatsApp.", "es"),
    ],
)
def test_a_call_to_subscribe_or_follow_in_another_language_is_not_body(
    line: str, lang: str
) -> None:
    """A call to sign up for the newsletter or to follow the site on a network, in Dutch, the
    Scandinavian languages, Portuguese and Spanish as in English or German: the site's line,
    wherever it stands."""
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>"), lang=lang) == HARBOUR
    assert body(paragraphs(HARBOUR, -1, f"<p>{line}</p>"), lang=lang) == HARBOUR


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Laden Sie unsere App herunter.", "de"),
        ("Téléchargez notre application pour suivre l'actualité.", "fr"),
        ("Descarga nuestra app.", "es"),
        ("Scarica la nostra app.", "it"),
        ("Baixe a nossa aplicação.", "pt"),
    ],
)
def test_a_call_to_install_the_sites_app_in_another_language_is_not_body(
    line: str, lang: str
) -> None:
    """A call to install the site's own app (`Laden Sie unsere App herunter`) is the site's
    line, as `Download our app` is."""
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>"), lang=lang) == HARBOUR


def test_an_app_the_text_tells_of_stays_body() -> None:
    """A sentence telling the reader to install someone else's app is the text's."""
    line = "Laden Sie die App des Hafenamts herunter, um die Abfahrtszeiten zu sehen."
    assert body(paragraphs(HAFEN, 1, f"<p>{line}</p>"), HAFEN_URL, "de") == [
        *HAFEN[:2],
        line,
        *HAFEN[2:],
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Share this article with your friends.", "en"),
        ("Teilen Sie diesen Artikel.", "de"),
        ("Partagez cet article sur les réseaux sociaux !", "fr"),
        ("Comparte este artículo.", "es"),
        ("Condividi questo articolo su Facebook", "it"),
        ("Del denne artikkelen", "no"),
    ],
)
def test_a_call_to_share_the_article_is_not_body(line: str, lang: str) -> None:
    """A call to share the article, alone on its line, is the site's share prompt."""
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>"), lang=lang) == HARBOUR
    assert body(paragraphs(HARBOUR, -1, f"<p>{line}</p>"), lang=lang) == HARBOUR


def test_a_sentence_opening_with_share_stays_body() -> None:
    """A sentence about sharing that goes on past the article is the text's."""
    line = "Share this article's figures with the board? The operator refused, citing privacy."
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>")) == [*HARBOUR[:2], line, *HARBOUR[2:]]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Subscribe to continue reading.", "en"),
        ("Abonnez-vous pour lire la suite.", "fr"),
        ("Suscríbete para seguir leyendo.", "es"),
        ("Jetzt abonnieren und weiterlesen.", "de"),
        ("Abbonati per continuare a leggere.", "it"),
        ("Already a subscriber? Log in.", "en"),
        ("Sie sind bereits Abonnent? Hier einloggen.", "de"),
        ("Déjà abonné ? Connectez-vous.", "fr"),
    ],
)
def test_a_paywalls_line_in_another_language_is_not_body(line: str, lang: str) -> None:
    """A paywall's call to subscribe to read on, or to log in for subscribers, is the site's
    terms wherever the template sets it, as `Đăng nhập để đọc tiếp` is."""
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>"), lang=lang) == HARBOUR


@pytest.mark.parametrize("line", ["Print this article", "Email this story to a friend."])
def test_a_call_to_print_or_send_the_article_is_not_body(line: str) -> None:
    """A call to print or send the article, alone on its line, is the site's, as a call to
    share it is."""
    assert body(paragraphs(HARBOUR, 1, f"<p>{line}</p>")) == HARBOUR
