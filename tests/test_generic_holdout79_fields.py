"""Rules the generic extractor learnt for dates, bylines, headlines, leads, categories and
pictures from the seventy-ninth holdout set's craft-village pages on forums, newsletters,
podcast hosts, galleries and wikis."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://langnghe.example.vn/tin/gom-phu-lang-vao-mua-nung"
TITLE = "Gốm Phù Lãng vào mùa nung cuối năm"
TEXT = (
    "Các lò gốm ở Phù Lãng đốt liên tục 36 giờ mỗi mẻ, nung khoảng 1.200 sản phẩm một lần.",
    "Giá chum sành loại 50 lít năm nay lên 850.000 đồng, tăng 12% so với cùng kỳ.",
    "Làng dự kiến đón 4.000 lượt khách trải nghiệm trong tháng Chạp.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_sound_technician_s_credit_under_the_maker_s_is_no_author() -> None:
    """An episode's credits, one under the other after a `<br>`: `Thực hiện: …` the maker,
    `Kỹ thuật âm thanh: …` the sound technician, no author, whose label is no part of the
    maker's name."""
    credits = "<p>Thực hiện: Lê Thu Hà<br>Kỹ thuật âm thanh: Phạm Quốc Bảo</p>"
    record = ARTICLE.under_headline("", credits)
    assert (record["byline"], record["authors"]) == ("Lê Thu Hà", ["Lê Thu Hà"])


def test_a_forum_trail_closing_with_topic_files_the_thread_under_its_board() -> None:
    """A forum's trail ends with `Chủ đề` unlinked after the board's link (`Trang chủ > Nghề
    gốm > Gốm Phù Lãng > Chủ đề`): the kind of page shown, and the board the section."""
    trail = (
        "<div id='breadcrumb'><a href='index.php'>Trang chủ</a> &gt; "
        "<a href='index.php?3'>Nghề gốm</a> &gt; <a href='list.php?9'>Gốm Phù Lãng</a> &gt; "
        "Chủ đề</div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    record = ARTICLE.record(f"{trail}<div class='message'><h1>{TITLE}</h1>{text}</div>")
    assert record["category"] == "Gốm Phù Lãng"


def test_a_bold_paragraph_in_the_row_under_a_newsletter_s_headline_is_the_lead() -> None:
    """An e-mail's web version sets each block in a layout row of its own: the headline alone
    in its cell, the bold paragraph in the row under it (its dateline stripped), the picture
    and its caption cell after, then the text: the bold paragraph is the lead."""
    letter = InventedArticle("https://mailer.example.com/e/7qk2d9", TITLE, NOW)

    def row(block: str) -> str:
        return f"<tr><td style='padding:0 24px'>{block}</td></tr>"

    lead = "Các lò gốm Phù Lãng vừa nhận 40 đơn hàng chum sành cho dịp Tết, gấp đôi năm ngoái."
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    rows = (
        row(f"<h1>{TITLE}</h1>")
        + row(f"<p><strong>BẮC NINH – {lead}</strong></p>")
        + row("<img src='https://mailer.example.com/anh/lo-gom.jpg' width='552' alt=''>")
        + row("Thợ Phù Lãng đắp chum, sáng 2/12. Ảnh: Lê Hà")
        + row(text + "<p style='text-align:right'><strong>Bài: Lê Hà</strong></p>")
        + row(
            "<h3>Tin ngắn</h3><p>• <strong>Chợ gốm</strong> họp từ 10 đến 14/12, 80 gian hàng.</p>"
        )
    )
    record = letter.record(f"<table class='content'>{rows}</table>")
    assert (record["summary"], record["body"]) == (lead, "\n\n".join(TEXT))


def test_an_album_s_thumbnails_titled_beside_their_links_are_its_pictures() -> None:
    """A photographer's album: after its description, thumbnails each linked alone to the
    photo's own page, its title printed beside the link in no link: the album's pictures, the
    titles their captions (a teaser's title would link to its article)."""
    album = InventedArticle("https://anh.example.com/p5123/lo-gom-phu-lang", TITLE, NOW, TEXT)

    def thumb(name: str, title: str) -> str:
        return (
            f"<div class='thumb'><a href='/p5123/h{name}'><img src='/anh/{name}.jpg' alt=''></a>"
            f"<div class='thumb-title'>{title}</div></div>"
        )

    thumbs = thumb("lo-1", "Xếp chum vào lò, sáng 1/12") + thumb("lo-2", "Mở lò sau 36 giờ")
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='gallery'><h1>{TITLE}</h1><div class='caption'>{text}</div>"
        f"<div class='thumbs'>{thumbs}</div></div>"
    )
    assert album.record(page)["images"] == [
        album.picture("lo-1", "Xếp chum vào lò, sáng 1/12"),
        album.picture("lo-2", "Mở lò sau 36 giờ"),
    ]


def test_a_wiki_heading_linking_a_search_for_its_own_words_is_the_headline() -> None:
    """A wiki engine prints the page's `<h1>` in its header block beside the logo and the
    menu, linked to a search for the page's own name (its backlinks); the `<title>` puts the
    wiki's name before it with a colon: the heading is the headline, not the whole title."""
    wiki = InventedArticle("https://wiki.example.org/cgi-bin/wiki.pl/Gom_Phu_Lang", TITLE, NOW)
    search = "https://wiki.example.org/cgi-bin/wiki.pl?search=%22" + TITLE.replace(" ", "+") + "%22"
    header = (
        "<div class='header'><a class='logo' href='/'><img src='/logo.png' alt='[Trang Chính]'></a>"
        "<span class='gotobar'><a href='/'>Trang Chính</a> <a href='/RecentChanges'>Thay đổi</a>"
        f"</span><h1><a rel='nofollow' href='{search}'>{TITLE}</a></h1></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    html = wiki.html(f"{header}<div class='content browse'>{text}</div>")
    html = html.replace(f"<title>{TITLE}</title>", f"<title>Wiki Kinh Bắc: {TITLE}</title>")
    assert extract_record(html, wiki.url, NOW)["headline"] == TITLE


def _wiki_page(after_text: str = "", between: str = "") -> dict:
    """A wiki page's record: its heading, its text holding `between` after the first
    paragraph, its comments link, and `after_text` in the footer under them."""
    first, *rest = TEXT
    text = f"<p>{first}</p>{between}" + "".join(f"<p>{p}</p>" for p in rest)
    page = (
        f"<h1>{TITLE}</h1><div class='content browse'>{text}</div>"
        "<div class='comment'><p><a href='/Binh_luan'>Bình luận về trang này</a></p></div>"
        f"<div class='footer'><hr /><a href='/'>Trang Chính</a>{after_text}</div>"
    )
    return ARTICLE.record(page)


def test_a_day_in_an_italic_line_under_a_picture_is_its_caption_s() -> None:
    """`<p><a class="image"><img></a></p><p><em>…, ngày 29/11/2026.</em></p>`: the italic
    paragraph under the picture is its caption, and its day when the picture was taken, no
    publish time."""
    picture = (
        "<p><a class='image' href='/Lo_gom'><img class='upload' src='/anh/lo-gom.jpg' alt=''></a>"
        "</p><p><em>Lò gốm ở thôn Phù Lãng, ngày 29/11/2026.</em></p>"
    )
    record = _wiki_page(between=picture)
    assert (record["published_at"], record["published_raw"]) == (None, None)


def test_a_wiki_footer_s_last_edit_followed_by_its_time_is_the_only_date() -> None:
    """Oddmuse's footer `Sửa lần cuối 2026-12-02 01:14 UTC bởi <account> (khác biệt)`: the
    page's last edit, its time right after the words, the only date a reader sees: the publish
    time (UTC read as such), the account and diff link no part of the line."""
    footer = (
        "<span class='time'><br /> Sửa lần cuối 2026-12-02 01:14 UTC bởi "
        "<a class='author' href='/NguyenHoa'>NguyenHoa</a> <a class='diff' href='?diff=2'>"
        "(khác biệt)</a></span>"
    )
    record = _wiki_page(after_text=footer)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-02T08:14:00+07:00",
        "Sửa lần cuối 2026-12-02 01:14 UTC",
        None,
    )
