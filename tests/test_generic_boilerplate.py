"""What the site prints inside an article's text and a reader skips: ad labels, reading-time
lines, calls to subscribe, source lines, jump lists, the text of a picture's frame. Each rule on
a page in English (read through trafilatura) and, where Vietnamese sites print the same, on a
Vietnamese page (read by paragraph scoring)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from parsers.generic import container
from parsers.page import Page
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
]
VN_URL = "https://tin.example.vn/xa-hoi/cau-moi-bai-viet-7654321.html"
VN = [
    "Sáng 5/3, tỉnh tổ chức lễ khánh thành cây cầu mới bắc qua sông, nối hai xã vùng sâu"
    " vốn chỉ đi lại bằng đò, với tổng vốn đầu tư hơn 40 tỷ đồng từ ngân sách tỉnh.",
    "Theo ban quản lý dự án, cầu dài 120 mét, rộng 7 mét, cho phép xe tải dưới 10 tấn qua lại,"
    " được thi công trong 14 tháng, sớm hơn kế hoạch hai tháng.",
    "Người dân hai xã cho biết từ nay học sinh không còn phải đi đò đến trường, việc chở nông"
    " sản ra chợ huyện cũng nhanh hơn và rẻ hơn trước rất nhiều.",
]


def english_body(inside: str) -> list[str]:
    html = (
        "<html lang='en'><head><title>Night ferry to run all year</title></head><body>"
        "<div class='page'><article><h1>Night ferry to run all year</h1>"
        f"<div class='story'>{inside}</div></article></div></body></html>"
    )
    return extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n")


def vietnamese_body(inside: str) -> list[str]:
    html = (
        "<html lang='vi'><head><title>Khánh thành cầu mới nối hai xã</title></head><body>"
        "<div class='wrap'><h1>Khánh thành cầu mới nối hai xã</h1>"
        f"<div class='noidung'>{inside}</div></div></body></html>"
    )
    return extract_record(html, VN_URL, NOW)["body"].split("\n\n")


def between(paragraphs: list[str], line: str) -> str:
    """The line set between the first and the second paragraph, and after the last."""
    first, *rest = (f"<p>{p}</p>" for p in paragraphs)
    return first + line + "".join(rest) + line


@pytest.mark.parametrize(
    "line",
    [
        "<p>Advertisement</p>",
        "<p>ADVERTISEMENT</p>",
        "<div>- Anzeige -</div>",
        "<p>Story continues below advertisement</p>",
        "<p>Scroll to continue with content</p>",
        "<p>Lesedauer: 4 Minuten</p>",
        "<p>5 min read</p>",
        "<p>Reading time: 3 minutes</p>",
        "<p>Listen to this article · 4 min</p>",
        "<div>Artikel anhören</div>",
        "<p>Updated May 4, 2026 3:15 PM EDT</p>",
        "<div>Stand: 12.05.2026, 14:30 Uhr</div>",
        "<p>Link zum YouTube-Inhalt</p>",
        "<p>View this post on Instagram</p>",
        "<p>Share | Copy link</p>",
        "<p>© Harbour Press Agency</p>",
        "<p>(Source: Reuters)</p>",
        "<p>Sign up for our free morning newsletter here.</p>",
        "<p><strong>Follow us on WhatsApp</strong> for the news of the day.</p>",
        "<p>Follow Harbour News on Instagram, Facebook and YouTube.</p>",
        "<p>Related: <a href='/2026/02/ferry-fares'>Ferry fares rise for the second time</a></p>",
        "<p>[Related coverage: <a href='/2026/01/pier'>The old pier reopens</a>]</p>",
        "<p>SEE MORE: <a href='/2026/01/pier'>The old pier reopens</a></p>",
        "<p>More: <a href='/2026/01/pier'>The old pier reopens</a></p>",
        "<p>DON'T MISS</p>",
        "<p>You may also like...</p>",
        "<p>Lees ook: <a href='/2026/01/pier'>De oude pier gaat weer open</a></p>",
        "<p>Czytaj też: <a href='/2026/01/pier'>Stare molo znów otwarte</a></p>",
        "<p>Leia também: <a href='/2026/01/pier'>O velho cais reabre</a></p>",
        "<p>Oppdatert fredag 12. mai 2026 kl. 14.30</p>",
        "<p>Güncelleme: 12 Mayıs 2026 Salı 14:30</p>",
        "<p>Publicado em 12 de maio de 2026 às 14h30</p>",
        "<p><a href='/2026/02/ferry-fares'>Ferry fares rise for the second time this year</a>"
        " [VIDEO] | <a href='/2026/01/pier'>The old pier reopens after a year of works</a>"
        " [PICTURES] | <a href='/2026/01/crew'>Night crew asks for a second boat</a></p>",
        "<p>The night ferry leaving the old pier on its first crossing of the winter. (credit:"
        " Harbour Press/Jane Roe)</p>",
        "<p>Deck hands of the night crew at the quay [Photo: Harbour Board]</p>",
    ],
)
def test_site_lines_inside_the_text_are_not_body(line: str) -> None:
    """An ad slot's label, the reading time, a player's label, a publish or update line, an
    embed's stand-in, a share bar, a copyright line, a call to subscribe and a source line: the
    site's lines, printed in every article, wherever they stand in the text."""
    assert english_body(between(HARBOUR, line)) == HARBOUR


@pytest.mark.parametrize(
    "line",
    [
        "<p>Quảng cáo</p>",
        "<div>QUẢNG CÁO</div>",
        "<p>Thời gian đọc: 3 phút</p>",
        "<p>Nghe đọc bài viết</p>",
        "<p>Cập nhật lúc 08:30 ngày 12/5/2026 (GMT+7)</p>",
        "<p>Đăng ký nhận bản tin mỗi sáng của chúng tôi tại đây.</p>",
        "<p><em>Theo dõi báo trên Google News để đọc tin nhanh nhất.</em></p>",
        "<div class='box-app'><p>📲 Tải ứng dụng Tin Miền Núi để nhận thông báo tin mới.</p></div>",
        "<p>Mời độc giả đọc thêm các bài về giao thông tại chuyên mục"
        " <a href='/giao-thong'>Giao thông</a>.</p>",
        "<aside class='post--newsletter--x1'><h4>Bản tin cuối tuần</h4><p>Mỗi sáng Chủ nhật,"
        " những câu chuyện đẹp nhất của tuần gửi đến bạn.</p><a href='/nhan'>Nhận miễn phí</a>"
        "</aside>",
        "<div class='box-newsletter'><p>Mỗi sáng Chủ nhật, những câu chuyện đẹp nhất của tuần"
        " gửi đến bạn.</p></div>",
    ],
)
def test_site_lines_inside_vietnamese_text_are_not_body(line: str) -> None:
    assert vietnamese_body(between(VN, line)) == VN


def test_an_instruction_to_install_an_app_stays_body() -> None:
    """A step of an article's instructions names an app but calls for no news."""
    step = "Tải ứng dụng VNeID về điện thoại, đăng nhập bằng số định danh và mật khẩu đã cấp."
    assert vietnamese_body(between(VN, f"<p>{step}</p>")) == [VN[0], step, *VN[1:], step]


@pytest.mark.parametrize("title", ["<p><strong>Đọc nhanh</strong></p>", "<h4>Tóm tắt:</h4>"])
def test_a_box_of_key_points_over_the_text_is_not_body(title: str) -> None:
    """The list under `Đọc nhanh` repeats the article in short; the list of a paragraph is text."""
    points = "<ul><li>Cầu dài 120 mét.</li><li>Xe dưới 10 tấn được qua.</li></ul>"
    box = f"<div class='box-tomtat'>{title}{points}</div>"
    assert vietnamese_body(box + "".join(f"<p>{p}</p>" for p in VN)) == VN
    listed = f"<p>{VN[1]}</p>{points}"
    assert vietnamese_body(f"<p>{VN[0]}</p>{listed}<p>{VN[2]}</p>") == [
        VN[0],
        VN[1],
        "Cầu dài 120 mét.",
        "Xe dưới 10 tấn được qua.",
        VN[2],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The advertisement ran in four papers before the vote.",
        "Reading time has fallen among teenagers, the survey found.",
        "Updated figures published in 2024 show a fall in crossings.",
        "Share prices of the ferry operator rose by four per cent.",
        "Rebels told their followers on Telegram to subscribe to a new channel.",
        "Fans follow the crew on Instagram, where the captain posts a photo every night.",
        "Related costs will be met by the council: fuel, moorings and the crew's wages.",
        "More than 200 people: that was the count on the first night of the trial.",
        "Người dân theo dõi trận đấu trên kênh YouTube của đài tỉnh.",
    ],
)
def test_sentences_about_ads_reading_or_channels_are_body(sentence: str) -> None:
    """The words alone do not make a site line: a sentence of the article that names them
    stays."""
    paragraphs = [HARBOUR[0], sentence, *HARBOUR[1:]]
    assert english_body("".join(f"<p>{p}</p>" for p in paragraphs)) == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe contributed reporting from Dover.",
        "Get the latest news right in your inbox. Sign up for Harbour News newsletters.",
        "Like this story? Share it with a friend!",
        "If you enjoyed this article, we have an offer for you: join Harbour Plus.",
        "Jane Roe's book about ferries, Night Crossings, is out now. Follow us on Twitter"
        " @harbournews or Facebook.",
        "Tell us what YOU think...",
        "Join the conversation: what should the night ferry cost?",
    ],
)
def test_the_sites_closing_lines_are_not_body(line: str) -> None:
    """Under the text: who else reported, a newsletter box, an appeal to share or to pay."""
    body = "".join(f"<p>{p}</p>" for p in HARBOUR) + f"<p>{line}</p>"
    assert english_body(body) == HARBOUR


@pytest.mark.parametrize(
    "box",
    [
        "<div class='player'><img src='/img/pier.jpg' alt=''><figcaption><p>Scenes from the night"
        " crossing</p></figcaption></div>",
        "<div class='toast-popup'><p>The link to this article was copied</p></div>",
        "<div class='not-prose gallery-box'><h3>Night ferry: the first winter in pictures</h3>"
        "<figure><img src='/img/deck.jpg' alt=''></figure></div>",
        "<div data-module-id='CarouselModule'><h3>Night ferry: the first winter in pictures</h3>"
        "<div class='slide'><img src='/img/bow.jpg' alt=''></div></div>",
    ],
)
def test_the_text_of_pictures_players_and_popups_in_the_text_is_not_body(box: str) -> None:
    """A picture frame's text (a video's title, a caption outside any figure), a pop-up's
    message, a gallery marked as no prose or named a carousel by its component: none of it is
    the article's, though it sits between its paragraphs."""
    first, *rest = (f"<p>{p}</p>" for p in HARBOUR)
    assert english_body(first + box + "".join(rest)) == HARBOUR


def test_the_page_read_for_its_text_keeps_a_figures_pictures_without_its_words() -> None:
    """A video's title and length around its still, a caption box beside a picture: words of
    the frame, not of the text."""
    figure = (
        "<figure class='video'><p class='video-title'><span>Harbour live</span> The night"
        " crossing in pictures</p><div class='still'><a href='/video/night-crossing'><img"
        " src='/img/ferry.jpg' alt=''><span class='length'>4:12</span></a></div></figure>"
        "<div class='photo-box'><img src='/img/crew.jpg' alt=''><div class='caption'><p>Deck"
        " hands of the night crew</p></div></div>"
    )
    page = Page(
        f"<html><body><article><p>{HARBOUR[0]}</p>{figure}</article></body></html>",
        HARBOUR_URL,
        NOW,
    )
    read = container._without_furniture(page)
    assert "/img/ferry.jpg" in read and "/img/crew.jpg" in read and HARBOUR[0] in read
    assert "Harbour live" not in read and "night crossing" not in read and "4:12" not in read
    assert "Deck hands" not in read


def test_a_table_in_a_figure_stays_body() -> None:
    """A table of figures set in a `<figure>` (block editors do) is text of the article."""
    table = (
        "<figure class='wp-block-table'><table><tr><td>Month</td><td>Passengers</td></tr>"
        "<tr><td>January</td><td>4,210</td></tr></table><figcaption>Night crossings</figcaption>"
        "</figure>"
    )
    first, *rest = (f"<p>{p}</p>" for p in HARBOUR)
    assert english_body(first + table + "".join(rest)) == [
        HARBOUR[0],
        "Month | Passengers",
        "January | 4,210",
        *HARBOUR[1:],
    ]


@pytest.mark.parametrize("title", ["Most read", "Das könnte Sie auch interessieren", "Top stories"])
def test_a_box_of_other_articles_known_by_its_title_in_other_languages(title: str) -> None:
    """The title of a list of other articles, and the list under it, in the text."""
    box = (
        f"<h3>{title}</h3><p><a href='/2026/02/ferry-fares'>Ferry fares rise for the second time"
        "</a></p><p><a href='/2026/01/pier'>The old pier reopens after a year of works</a></p>"
    )
    first, *rest = (f"<p>{p}</p>" for p in HARBOUR)
    assert english_body(first + box + "".join(rest)) == HARBOUR


LIBRARY_JA = [
    "市立図書館は8日、駅前に新館を開いた。児童書の部屋と自習室を備え、開館初日から多くの"
    "家族連れでにぎわった。",
    "館長は2026年3月8日の式典で「誰でも気軽に立ち寄れる場所にしたい」と話した。",
    "蔵書は約十万冊で、来年までに倍に増やす計画だという。",
]
LIBRARY_KO = [
    "시립도서관이 8일 역 앞에 새 건물을 열었다. 어린이 열람실과 자습실을 갖췄고 첫날부터"
    " 가족 단위 방문객으로 붐볐다.",
    "관장은 2026년 3월 8일 개관식에서 누구나 편하게 들를 수 있는 곳으로 만들겠다고 말했다.",
    "장서는 약 10만 권으로, 내년까지 두 배로 늘릴 계획이다.",
]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "line"),
    [
        ("ja", LIBRARY_JA, "2026年3月8日 10時05分 (3月8日 11時40分更新)"),
        ("ko", LIBRARY_KO, "입력 2026.03.08 10:05 수정 2026.03.08 11:40"),
        ("ko", LIBRARY_KO, "2026년 3월 8일 오전 10:05"),
    ],
    ids=["japanese", "korean-labels", "korean-units"],
)
def test_a_date_line_in_chinese_japanese_or_korean_is_not_body(
    lang: str, paragraphs: list[str], line: str
) -> None:
    """The publish and update line written with the date's units (`年月日`, `년월일`) or its
    labels (`입력`, `수정`) is the article's meta line, above the text or between its
    paragraphs; a sentence that holds a date is text."""
    first, *rest = (f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html lang='{lang}'><head><title>図書館</title></head><body><div class='page'><article>"
        f"<h1>図書館</h1><div class='story'><p>{line}</p>{first}<p>{line}</p>{''.join(rest)}"
        "</div></article></div></body></html>"
    )
    assert extract_record(html, HARBOUR_URL, NOW)["body"].split("\n\n") == paragraphs


def test_a_sentence_with_links_to_other_articles_is_body() -> None:
    """Links in a sentence of the text (a past report, a topic page) leave it a sentence."""
    linked = (
        "The board first <a href='/2025/11/ferry-trial'>tried the night ferry last winter</a>,"
        " and the <a href='/topic/harbour-board'>harbour board's members</a> voted for it."
    )
    paragraphs = [HARBOUR[0], linked, *HARBOUR[1:]]
    got = english_body("".join(f"<p>{p}</p>" for p in paragraphs))
    assert got == [HARBOUR[0], re.sub(r"<[^>]+>", "", linked), *HARBOUR[1:]]


@pytest.mark.parametrize("hidden", ["sr-only", "screen-reader-text", "u-visually-hidden", "go-vh"])
def test_text_for_screen_readers_only_is_not_read(hidden: str) -> None:
    """A link's `(opens in a new window)` for screen readers: the sighted reader never sees it,
    and the sentence reads on without it."""
    linked = (
        "The board published <a href='https://board.example.org/report' target='_blank'>its"
        f" report<span class='{hidden}'> (opens in a new window)</span></a> on Monday, and the"
        " operator answered it point by point within the week."
    )
    paragraphs = [HARBOUR[0], linked, *HARBOUR[1:]]
    got = english_body("".join(f"<p>{p}</p>" for p in paragraphs))
    assert got == [
        HARBOUR[0],
        "The board published its report on Monday, and the operator answered it point by point"
        " within the week.",
        *HARBOUR[1:],
    ]


def test_a_bold_line_under_a_picture_without_caption_is_its_caption() -> None:
    """`<figure><img></figure><p><strong>The old pier at dusk.</strong></p>`: the caption typed
    as a line of the text; a bold subheading, with no full stop, stays body."""
    first, *rest = (f"<p>{p}</p>" for p in HARBOUR)
    picture = "<figure><img src='/img/pier.jpg' alt=''></figure>"
    caption = "<p><strong>The old pier at dusk.</strong></p>"
    html = (
        "<html lang='en'><head><title>Night ferry to run all year</title></head><body>"
        "<div class='page'><article><h1>Night ferry to run all year</h1><div class='story'>"
        f"{first}{picture}{caption}{''.join(rest)}</div></article></div></body></html>"
    )
    record = extract_record(html, HARBOUR_URL, NOW)
    assert record["body"].split("\n\n") == HARBOUR
    assert [(i["url"], i["caption"]) for i in record["images"]] == [
        ("https://news.example.com/img/pier.jpg", "The old pier at dusk.")
    ]
    heading = "<p><strong>A second crew</strong></p>"
    assert english_body(first + picture + heading + "".join(rest)) == [
        HARBOUR[0],
        "A second crew",
        *HARBOUR[1:],
    ]
