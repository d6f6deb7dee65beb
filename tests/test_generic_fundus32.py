"""Body boundaries found where the generic extractor missed on fundus pages (the publishers of
its first half): a source cited inside a sentence of the text, and where a paragraph put back
under a subheading goes. Each on invented pages, read as a page without a profile is."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-04-02T00:00:00+07:00")
URL = "https://news.example.org/2026/04/harbour-dredging"
TEXT = [
    "The port authority will start dredging the eastern channel next month, after two cargo"
    " ships ran aground on the silt bank that has grown there since the winter storms.",
    "Pilots have been guiding the larger vessels through the western channel instead, which"
    " has added almost an hour to every crossing and kept some ferries waiting at sea.",
    "The authority expects the work to take six weeks and says the channel will stay open at"
    " high tide, although ships drawing more than nine metres will have to wait for it.",
    "Fishermen from the old quay have asked for the spoil to be taken further out to sea, so"
    " that it does not settle again on the mussel beds along the northern shore.",
    "A public meeting on the plans will be held in the harbour office on Thursday evening, and"
    " the minutes will be published on the authority's website the following week.",
]


def page(blocks: list[str]) -> str:
    """An article page that wraps each paragraph and heading of its text in blocks of its own
    (`<div data-component="text-block"><div><p>…</p></div></div>`)."""
    wrapped = "".join(
        f"<div data-component='{'subheadline' if b.startswith('<h2') else 'text'}-block'"
        f" class='blk'><div class='inner'>{b}</div></div>"
        for b in blocks
    )
    return (
        "<html lang='en'><head><title>Harbour dredging</title></head><body><main>"
        "<article><h1>Eastern channel to be dredged after ships run aground</h1>"
        f"<div class='story'>{wrapped}</div></article></main></body></html>"
    )


def body(html: str) -> list[str]:
    return extract_record(html, URL, NOW)["body"].split("\n\n")


CITED = (
    "It also <a href='https://ports.example.com/rules/channels.htm'>publishes the depth of"
    " every channel it keeps open for shipping</a>."
)
CITED_TEXT = "It also publishes the depth of every channel it keeps open for shipping."


def test_a_link_carrying_on_a_sentence_between_two_paragraphs_is_text() -> None:
    """A short paragraph in a block of its own whose link carries on the sentence its own words
    open is a source the text cites: it stays between the paragraphs around it, where a
    paragraph that is a link to another article stays out."""
    pointer = (
        "<a href='https://news.example.org/2026/03/ferry-timetable'>Ferry timetable changes"
        " for the spring season</a>"
    )
    blocks = [f"<p>{t}</p>" for t in TEXT]
    html = page([*blocks[:2], f"<p>{CITED}</p>", blocks[2], f"<p>{pointer}</p>", *blocks[3:]])
    assert body(html) == [*TEXT[:2], CITED_TEXT, *TEXT[2:]]


def test_a_document_link_carrying_on_a_sentence_is_text() -> None:
    """A link to a document file that carries on a sentence of its line (`According to the
    authority, <a href="….pdf">the silt bank …</a>.`) is the text citing its source, not a file
    offered for download."""
    cited = (
        "According to the authority, <a href='https://ports.example.com/survey-2026.pdf'>the"
        " silt bank has grown by a metre</a>."
    )
    blocks = [f"<p>{t}</p>" for t in TEXT]
    html = page([*blocks[:2], f"<p>{cited}</p>", *blocks[2:]])
    assert body(html) == [
        *TEXT[:2],
        "According to the authority, the silt bank has grown by a metre.",
        *TEXT[2:],
    ]


def test_a_paragraph_put_back_under_a_kept_subheading_stays_under_it() -> None:
    """A paragraph put back between two paragraphs of the text goes after the subheading
    trafilatura kept above it, as the page prints it, not before that subheading."""
    heading = "What happens to the silt?"
    short = (
        "The spoil <a href='https://ports.example.com/rules/spoil.htm'>goes out by barge</a>."
        " It is tipped well offshore."
    )
    blocks = [f"<p>{t}</p>" for t in TEXT]
    html = page([*blocks[:2], f"<h2>{heading}</h2>", f"<p>{short}</p>", *blocks[2:]])
    assert body(html) == [
        *TEXT[:2],
        heading,
        "The spoil goes out by barge. It is tipped well offshore.",
        *TEXT[2:],
    ]


def test_a_subheading_classed_as_a_widget_title_between_two_paragraphs_is_text() -> None:
    """A heading right between two paragraphs of the text is its subheading even when its own
    class names how the theme styles it with a furniture word (`<h2 class="widget-title">`);
    a box's title set so (`Read more`) stays out."""
    html = (
        "<html lang='en'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1><div class='story'>"
        f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p><h2 class='widget-title bold'>CHANNEL REOPENS</h2>"
        f"<p>{TEXT[2]}</p><p>{TEXT[3]}</p><h2 class='widget-title bold'>Read more</h2>"
        f"<p>{TEXT[4]}</p></div></article></main></body></html>"
    )
    assert body(html) == [*TEXT[:2], "CHANNEL REOPENS", *TEXT[2:]]


def test_a_subheading_between_two_blocks_of_paragraphs_is_text() -> None:
    """A subheading set between two blocks of the text's paragraphs (`<div class="group"><p>…
    </p></div><h2>…</h2><div class="group"><p>…`), the block above closing with a paragraph
    and the one below opening with one, stays in the text where it stands."""
    heading = "Who pays for the work"

    def group(texts: list[str]) -> str:
        return "<div class='group'>" + "".join(f"<p>{t}</p>" for t in texts) + "</div>"

    html = (
        "<html lang='en'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1><div class='body'>"
        f"{group(TEXT[:2])}<h2 class='body-subtitle'><a id='headline0'></a>{heading}</h2>"
        f"{group(TEXT[2:])}</div></article></main></body></html>"
    )
    assert body(html) == [*TEXT[:2], heading, *TEXT[2:]]


def test_a_paragraph_cut_at_an_empty_element_is_read_whole_and_once() -> None:
    """A paragraph whose label the page closes with an empty element (`<p><b>1925-40:</b>
    <b></b>“Howard Jones …”</p>`, a spacer `<p> </p>` before it) is read whole, once: not as
    its label alone, nor as the label over the whole paragraph."""
    lines = [
        ("1925-40:", "“Howard Jones, head coach from 1925 to 1940.” Plaque displayed 1955."),
        ("July 30 to August 14, 1932:", "“A great athlete of her day.” Plaque displayed."),
    ]
    labelled = "".join(f"<p> </p><p><b>{label}</b> <b></b>{rest} </p>" for label, rest in lines)
    html = (
        "<html lang='en'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1><div class='story'>"
        f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p>{labelled}<p>{TEXT[2]}</p><p>{TEXT[3]}</p>"
        "</div></article></main></body></html>"
    )
    assert body(html) == [*TEXT[:2], *(f"{label} {rest}" for label, rest in lines), *TEXT[2:4]]
