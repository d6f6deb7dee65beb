"""Boxes and lines in the text that a reader skips on pages outside Vietnam: a list of the
site's channels, a line asking to click for another text; and a word's reading printed over
it, read as the page prints it. Each on invented pages, read as a page without a profile
is."""

from __future__ import annotations

from pipelines.normalize import extract_record
from tests.test_generic_fundus32 import NOW, TEXT, URL


def page(blocks: list[str], lang: str = "en") -> str:
    """An article page whose text is `blocks`: a line is a paragraph of its own, markup is
    set as it is."""
    typed = "".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    return (
        f"<html lang='{lang}'><head><title>Harbour dredging</title></head><body><main><article>"
        "<h1>Eastern channel to be dredged after ships run aground</h1>"
        f"<div class='story'>{typed}</div></article></main></body></html>"
    )


def body(html: str) -> list[str]:
    return extract_record(html, URL, NOW)["body"].split("\n\n")


CHANNELS = (
    "<ul><li>The harbour's news on your phone? Get our new app for <a"
    " href='https://play.google.com/store/apps/details?id=org.example.news'>Android</a> and <a"
    " href='https://apps.apple.com/app/harbour-news/id1'>iOS</a>.</li>"
    "<li>Find us on <a href='https://www.instagram.com/harbournews/'>Instagram</a> and <a"
    " href='https://www.facebook.com/harbournews'>Facebook</a> too.</li>"
    "<li>The day's stories in one mail each evening: <a"
    " href='https://news.example.org/newsletter/evening'>our evening letter</a>.</li></ul>"
)


def test_a_list_of_the_sites_channels_among_the_text_stays_out() -> None:
    """A list among the text whose every item links only to the site's channels, its app in
    the stores, its accounts on social networks, its newsletter, is the site's promotion of
    them, whatever its words, not a list of the text."""
    assert body(page([*TEXT[:4], CHANNELS, *TEXT[4:]])) == TEXT


def test_a_list_of_apps_in_the_text_stays_in() -> None:
    """A list of the text whose items link to one kind of channel only (apps in a store) is
    what the text tells of, not the site's channels."""
    apps = [
        "Tide Tables, which the pilots use: <a href='https://apps.apple.com/app/tides/id2'>"
        "in the store</a>",
        "Harbour Watch, for the berths: <a href='https://apps.apple.com/app/watch/id3'>"
        "in the store</a>",
    ]
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in apps) + "</ul>"
    got = body(page([*TEXT[:4], listed, *TEXT[4:]]))
    assert got == [
        *TEXT[:4],
        "Tide Tables, which the pilots use: in the store",
        "Harbour Watch, for the berths: in the store",
        *TEXT[4:],
    ]


def test_a_line_asking_to_click_for_another_text_stays_out() -> None:
    """`Click here to read …` with its link to another page points the reader elsewhere, as a
    `Read also` line does; it is no paragraph of the text."""
    pointer = (
        "Click <a href='https://news.example.org/2025/12/storm-report'>here</a> to read the"
        " report on the storm that filled the channel."
    )
    assert body(page([*TEXT[:3], pointer, *TEXT[3:]])) == TEXT


JAPANESE = [
    "港湾局は来月から東側の航路をしゅんせつすると発表した。冬の嵐の後に砂がたまり、貨物船が二隻座礁したためだ。",
    "作業は六週間かかる見通しで、満潮時には航路を開けておくという。大型船は西側の航路を使うことになる。",
    "漁業者は、しゅんせつした砂を沖合まで運ぶよう求めている。北岸の貝の養殖場に砂が積もるのを防ぐためだ。",
    "説明会は木曜日の夜に港湾事務所で開かれ、議事録は翌週に局のウェブサイトで公開される予定だ。",
]


def test_a_words_reading_is_read_in_the_brackets_the_page_gives() -> None:
    """A reading printed over a word (`<ruby>`) with the brackets the page gives for showing it
    beside the word (`<rp>`) is read so, `浚渫（しゅんせつ）`, as the page prints it where ruby
    is not shown; the brackets are not lost, nor the reading."""
    ruby = "<ruby><rb>浚渫</rb><rp>（</rp><rt>しゅんせつ</rt><rp>）</rp></ruby>"
    first = JAPANESE[0].replace("しゅんせつ", ruby, 1)
    got = body(page([first, *JAPANESE[1:]], lang="ja"))
    assert got == [JAPANESE[0].replace("しゅんせつ", "浚渫（しゅんせつ）", 1), *JAPANESE[1:]]
