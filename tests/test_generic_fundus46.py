"""Where the article's text starts and ends on pages in other languages, written from the
families of fundus's second half of publishers (a later round): the article's header set
inside the text, and the pointers to the site's other pages around it. Each on invented pages,
read as a page without a profile is."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_fundus_bodies import HAFEN, HAFEN_URL, HARBOUR, NOW, body, paragraphs

LEAD = (
    "Die Nachtfähre fährt künftig das ganze Jahr. Was ändert sich für die Fahrgäste, und was"
    " kostet die Verlängerung die Stadt?"
)


def text(inside: str, author: str = "Anna Berg") -> list[str]:
    """The body read from a page whose metadata names `author`, its summary the lead."""
    html = (
        "<html lang='de'><head><title>Nachtfähre</title>"
        f"<meta name='author' content='{author}'>"
        f"<meta name='description' content='{LEAD}'></head><body>"
        "<div class='page'><main><h1>Nachtfähre fährt das ganze Jahr</h1>"
        f"<div class='story'>{inside}</div></main></div></body></html>"
    )
    return extract_record(html, HAFEN_URL, NOW)["body"].split("\n\n")


def lines(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_the_header_over_an_author_line_is_not_body() -> None:
    """A kicker and a second wording of the title over the line naming the page's author
    (`FAQ` / `Nachtfähre: Was ändert sich?` / `von Anna Berg`) are the article's header set
    inside the text: the text opens under the author's line."""
    header = ["FAQ", "Hafen und Fähre:Was ändert sich für die Fahrgäste?", "von Anna Berg"]
    assert text(lines([*header, LEAD, *HAFEN])) == [LEAD, *HAFEN]


def test_lines_over_a_line_naming_someone_else_stay_body() -> None:
    """A line `von …` naming no author of the page is no author's line: the question over it
    is the text's."""
    opening = ["Wer zahlt für die Nachtfähre?", "von Heinrich Kahn"]
    assert text(lines([*opening, *HAFEN])) == [*opening, *HAFEN]


def test_the_opening_pictures_caption_and_source_are_not_body() -> None:
    """A line under the lead with a source line under it (`Die Fähre am alten Anleger.` /
    `Quelle: AFP`) is the opening picture's caption and credit, left when the picture went."""
    caption = ["Die Nachtfähre am alten Anleger kurz vor der Abfahrt.", "Quelle: AFP"]
    assert text(lines([LEAD, *caption, *HAFEN])) == [LEAD, *HAFEN]


def test_a_source_line_under_a_later_paragraph_stays_body() -> None:
    """Farther into the text, a source line names where a paragraph's figures come from."""
    figures = "Im Winter fuhren im Schnitt 412 Fahrgäste pro Nacht mit der Fähre."
    source = "Quelle: Hafenverwaltung"
    assert text(lines([*HAFEN[:3], figures, source, HAFEN[3]])) == [
        *HAFEN[:3],
        figures,
        source,
        HAFEN[3],
    ]


def test_a_pointer_to_the_live_blog_and_its_teaser_do_not_close_the_text() -> None:
    """A line pointing to the site's live blog, closed by a colon, and the live blog's teaser
    under it are the site's card of another page: the text ends before them."""
    pointer = [
        "Mehr zur Lage am Hafen lesen Sie in unserem Liveblog:",
        "Seit dem Sturm ist der Fährverkehr gestört. Aktuelle Entwicklungen im Liveblog.",
    ]
    assert text(lines([*HAFEN, *pointer])) == HAFEN


def test_a_live_pages_line_over_its_updates_is_not_body() -> None:
    """`Follow along with the latest updates below.` among the first paragraphs tells how the
    page reads, not what happened."""
    updates = [
        *HARBOUR,
        "Passengers on the first boat of the week said the crossing had been calm and quick.",
        "The operator said a second boat could join the route before the summer holidays.",
    ]
    line = "<p>Follow along with the latest updates below.</p>"
    assert body(paragraphs(updates, 0, line)) == updates


PELABUHAN = [
    "Otoritas pelabuhan memutuskan pada hari Senin bahwa kapal feri malam akan berlayar sepanjang"
    " tahun, setelah uji coba musim hujan mengangkut hampir dua kali lipat penumpang.",
    "Harga tiket tidak akan naik sampai akhir tahun, kata juru bicara otoritas, dan kapal terakhir"
    " akan berangkat dari dermaga lama pada pukul setengah satu malam setiap hari.",
    "Para pekerja pelabuhan menyambut keputusan itu, tetapi meminta awak kedua karena kapal sering"
    " terlambat pada hari Jumat malam sejak uji coba dimulai pada bulan Desember.",
]


def authors(box_class: str) -> list[str]:
    html = (
        "<html lang='id'><head><title>Kapal feri malam</title></head><body><section><div>"
        "<div class='post-header'><h1>Kapal feri malam berlayar sepanjang tahun</h1>"
        f"<div class='info'><div class='{box_class}'>Dewi Lestari</div>"
        "<span class='datetime'> 20/1/2026 18:30</span></div></div>"
        f"<div class='article'>{lines(PELABUHAN)}</div></div></section></body></html>"
    )
    url = "https://berita.example.id/ekonomi/851796/kapal-feri-malam"
    return extract_record(html, url, NOW)["authors"]


def test_a_name_its_class_calls_the_authors_beside_the_time_is_the_byline() -> None:
    """A name in an element classed as the author's right before the publish time, in the line
    under the headline, is the writer's, in any language."""
    assert authors("author-2") == ["Dewi Lestari"]


def test_a_name_in_another_box_beside_the_time_is_no_byline() -> None:
    """Without the author's class, a name beside the time may be anyone's (a photographer's,
    an editor's): no writer is read from it."""
    assert authors("editor-note") == []


def test_a_label_naming_the_site_does_not_close_the_text() -> None:
    """`Mehr Themen auf nachrichten.example.de:` under the last paragraph titles the site's box
    of other articles, which the text does not hold."""
    assert text(lines([*HAFEN, "Mehr Themen auf nachrichten.example.de:"])) == HAFEN


def test_a_label_naming_another_place_closes_the_text() -> None:
    """A line announcing what the writer quotes next from somewhere else is the writer's."""
    closing = "Die Lage am Anleger auf Helgoland:"
    assert text(lines([*HAFEN, closing])) == [*HAFEN, closing]


MINATO = [
    "港湾局は13日、夜行フェリーを通年で運航すると発表した。冬の試験運航で乗客が見込みの"
    "ほぼ2倍に達したためで、運賃は秋まで据え置く。",
    "運航会社は2隻目の投入も検討している。港湾局は10月に改めて利用状況を確認し、冬の時刻表を"
    "まとめる見通しだ。",
    "新しい局長には運航会社の山川一郎取締役が就く。山川氏は海運会社を経て同社に入り、"
    "営業本部長などを務めた。",
]


def japanese(inside: str) -> list[str]:
    html = (
        "<html lang='ja'><head><title>夜行フェリー</title></head><body><article>"
        f"<h1>夜行フェリー、通年運航へ</h1><div class='body'>{inside}</div></article></body></html>"
    )
    url = "https://shinbun.example.jp/article/minato-ferry"
    return extract_record(html, url, NOW)["body"].split("\n\n")


def test_career_notes_under_a_story_of_appointments_are_not_body() -> None:
    """The career notes under the text, each opening with a name and its reading in kana
    (`山川 一郎氏（やまかわ・いちろう）92年…入社`), with the line in brackets under each, are the
    profiles of the people it names, no part of its text."""
    notes = (
        "<p><strong>山川　一郎氏（やまかわ・いちろう）</strong>92年（平4年）海運会社入社、"
        "15年運航会社取締役、21年常務取締役営業本部長。</p><p>（4月1日就任）</p>"
        "<p><strong>森　正樹氏（もり・まさき）</strong>88年（昭63年）港湾局入局。"
        "20年港湾局次長。</p><p>（4月1日就任。前局長は顧問に）</p>"
    )
    assert japanese(lines(MINATO) + notes) == MINATO


def test_a_closing_paragraph_opening_with_a_name_and_its_reading_stays_body() -> None:
    """A paragraph of the text giving a name's reading (`川口 花子（かわぐち・はなこ）さんは…`)
    tells the story."""
    closing = "川口 花子（かわぐち・はなこ）さんは「毎晩の便があれば助かる」と話した。"
    assert japanese(lines([*MINATO, closing])) == [*MINATO, closing]


def pictured(caption: str, description: str = LEAD) -> list[str]:
    """The body of a page that declares a picture with `caption` in JSON-LD and prints the
    caption under it, in a box of its own."""
    picture = (
        "<div class='media'><script type='application/ld+json'>"
        f'{{"@type": "ImageObject", "contentUrl": "https://nachrichten.example.de/faehre.jpg",'
        f' "description": "{caption}"}}</script>'
        "<img src='/faehre.jpg' alt='Die Fähre'><div class='media-info'>"
        f"<p class='info'>{caption}</p></div></div>"
    )
    html = (
        "<html lang='de'><head><title>Nachtfähre</title>"
        f"<meta name='description' content='{description}'></head><body>"
        "<div class='page'><main><h1>Nachtfähre fährt das ganze Jahr</h1>"
        f"<div class='story'>{lines(HAFEN[:2])}{picture}{lines(HAFEN[2:])}</div></main></div>"
        "</body></html>"
    )
    return extract_record(html, HAFEN_URL, NOW)["body"].split("\n\n")


def test_a_caption_the_page_declares_for_a_picture_is_not_body() -> None:
    """A line printing the caption the page's JSON-LD gives a picture (`ImageObject`) is that
    picture's caption, however the page's markup sets it."""
    assert pictured("„Nachts fahren wir immer“: Fahrgäste am alten Anleger") == HAFEN


def test_a_pictures_description_repeating_the_pages_stays_body() -> None:
    """A picture described with the page's own description: the line printing it is the lead."""
    lead = "Die Nachtfähre fährt künftig das ganze Jahr, auch in den kalten Monaten."
    assert lead in pictured(lead, description=lead)
