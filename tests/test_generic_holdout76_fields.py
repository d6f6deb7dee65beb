"""Rules the generic extractor learnt for dates, bylines, leads and pictures from the
seventy-sixth holdout set's urban planning, housing and construction pages on Q&A sites, help
centres, wikis, landing pages, galleries and outliners."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hoidap.thanhpho.example.vn/questions/2214/phi-su-dung-via-he.html"
TITLE = "Phí sử dụng tạm thời vỉa hè để kinh doanh tính thế nào?"
TEXT = (
    "Nhà tôi mặt tiền đường rộng 16 m, vỉa hè rộng 4,5 m, muốn dùng 1,5 m để bày hàng buổi tối.",
    "Phường cho biết từ ngày 1/1/2027 sẽ thu phí 40.000 đồng mỗi m² mỗi tháng, vậy có đúng không?",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_gravatar_classed_picture_is_no_picture_of_the_article() -> None:
    """A Q&A site prints the asker's picture beside his name in the question's info line under
    its text (`<img class="gravatar" src="/users/1187/photo/view.html?s=32">`), the answers
    under it reusing the text's class: a member's avatar, as Gravatar names it, no picture of
    the article."""
    meta = (
        "<div class='post-info'><img class='gravatar' src='/users/2214/photo/view.html?s=32'"
        " alt=''><span class='post-user'><a href='/users/2214/ngocanh_bt.html'>ngocanh_bt</a>"
        " <span class='reputation'>148</span></span> · asked <span class='post-date'>Dec 04,"
        " 2026 at 07:15 PM</span></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    tags = "<div class='question-tags'><a class='tag' href='/topics/via-he.html'>vỉa hè</a></div>"
    content = f"<div class='post-content'><div class='post-body'>{text}</div>{tags}{meta}</div>"
    title = f"<h1 class='question-title'>{TITLE}</h1>"
    answer = (
        "<div class='answer'><div class='post-content'><div class='post-body'>Phí tính theo diện"
        " tích đăng ký và theo tháng, không chia theo giờ bày hàng.</div></div></div>"
    )
    question = f"{title}<div class='question-container'>{content}</div>"
    page = f"<div class='question-page'>{question}</div><div class='answers'>{answer}</div>"
    assert ARTICLE.record(page)["images"] == []


def test_a_kicker_in_capitals_before_the_publish_line_is_no_writer() -> None:
    """A landing page prints the kind of post in capitals before its publish line (`<p>TIN DỰ
    ÁN · <span>Đăng lúc 09:00 SA, 30/11/2026</span></p>`): a kicker, no writer, as its first
    word is no family name; the desk in bold closing the text signs it, naming no person."""
    page = InventedArticle(
        "https://nhaoxahoi-binhminh.lpages.co/dot-2/",
        "Nhà ở xã hội Bình Minh nhận hồ sơ đợt 2 cho 280 căn hộ",
        NOW,
        TEXT,
    )
    meta = (
        "<p style='font-size:13px'>TIN DỰ ÁN · <span class='lp-post-meta'>Đăng lúc 09:00 SA,"
        " 30/11/2026</span></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    signed = "<div><p style='text-align:right'><strong>Phòng Kinh doanh dự án</strong></p></div>"
    hero = f"<section class='hero'><div>{meta}</div><h1>{page.title}</h1></section>"
    record = page.record(f"{hero}<section class='content'><div>{text}</div>{signed}</section>")
    assert (record["published_at"], record["byline"], record["authors"]) == (
        "2026-11-30T09:00:00+07:00",
        "Phòng Kinh doanh dự án",
        [],
    )


def test_an_inspectorate_signing_is_a_desk_naming_nobody() -> None:
    """A handbook page closes with `Biên soạn: Thanh tra Sở Xây dựng`: the department's
    inspectorate wrote it, a body as a `Sở` or a `Phòng` is, the byline with no author."""
    line = "<p style='text-align:right'><em>Biên soạn: Thanh tra Sở Xây dựng</em></p>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<article><h1>{TITLE}</h1><div class='s-content'>{text}{line}</div></article>"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("Thanh tra Sở Xây dựng", [])


WIKI = InventedArticle(
    "https://wiki.xaphuhoa.example.vn/GPMB/Duong_vanh_dai_3/",
    "Phương án bồi thường đường vành đai 3 qua xã Phú Hòa",
    NOW,
    TEXT,
)
WIKI_FOOTER = (
    "<footer class='pagefooter'><nav id='pageinfo'>"
    "<div class='pagedate'>Sửa lần cuối <time datetime='2026-12-04T09:15:22Z'>Fri 04 Dec 2026"
    " 04:15:22 PM +07</time></div>"
    "<div class='pagedate'>Tạo lúc <time datetime='2026-11-30T03:02:47Z'>Mon 30 Nov 2026"
    " 10:02:47 AM +07</time></div></nav></footer>"
)


def _wiki_record() -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<div class='pageheader'><h1>{WIKI.title}</h1></div><div id='pagebody'>{text}</div>"
    return WIKI.record(page + WIKI_FOOTER)


def test_a_creation_line_beside_the_page_s_update_in_its_footer_is_the_publish_time() -> None:
    """A wiki's footer prints the page's last edit first and its creation under it, two lines of
    one class (`<div class="pagedate">Sửa lần cuối …</div><div class="pagedate">Tạo lúc …
    </div>`): the creation is the publish time, the edit the update."""
    record = _wiki_record()
    assert (record["published_at"], record["modified_at"]) == (
        "2026-11-30T10:02:47+07:00",
        "2026-12-04T16:15:22+07:00",
    )


def test_an_offset_alone_after_the_clock_stays_in_the_raw_line() -> None:
    """`Mon 30 Nov 2026 10:02:47 AM +07`: Việt Nam's offset printed alone after the clock, as
    `GMT+7` is, restates the zone and is part of the line as printed."""
    assert _wiki_record()["published_raw"] == "Mon 30 Nov 2026 10:02:47 AM +07"


def test_a_gallery_album_is_published_when_its_info_row_says_it_was_created() -> None:
    """A photo gallery's album prints the photos' taken range under its title in words (`23 Th11
    2026 - 30 Th11 2026`: a period, no publish time), each photo's day taken in a span titled
    `Ngày chụp` (an event's day), and the album's creation in its info sidebar's table (`<td>Ngày
    tạo</td><td><span>02/12/2026 15:20</span></td>`): the album is published when it was made."""
    album = InventedArticle(
        "https://anh.phuongtanan.example.vn/gallery/trattu/q7Lm3Xa",
        "Lập lại trật tự vỉa hè phố Hàng Bông",
        NOW,
        TEXT,
    )
    photos = "".join(
        f"<a class='photo' href='/gallery/trattu/q7Lm3Xa/{n}'><img src='/uploads/thumb/{n}.jpeg'"
        f" alt='Photo thumbnail'><div class='overlay'><h1>Hàng Bông, ảnh {n}</h1><a><span"
        f" title='Ngày chụp'>{day} Th11 2026</span></a></div></a>"
        for n, day in ((1, 23), (2, 29))
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    header = (
        f"<div class='album-header'><h1 class='album-header__title'>{album.title}</h1>"
        "<span class='album-header__range'>23 Th11 2026 - 30 Th11 2026</span>"
        f"<div class='album-header__description'>{text}</div></div>"
    )
    sidebar = (
        "<div class='sidebar'><table><tbody><tr><td>Tiêu đề</td><td><span>Hàng Bông</span></td>"
        "</tr><tr><td>Ngày tạo</td><td><span>02/12/2026 15:20</span></td></tr></tbody></table>"
        "</div>"
    )
    page = f"<div class='content'>{header}<div class='photos'>{photos}</div></div>{sidebar}"
    record = album.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T15:20:00+07:00",
        "02/12/2026 15:20",
    )
