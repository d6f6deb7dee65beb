"""Rules the generic extractor learnt for dates, views, bylines, leads and categories from the
thirtieth holdout set's genres (a live report, an interview, a photo story, an Emagazine, a
decree news item, an obituary, a match report, a legal advice column, a price bulletin, an event
calendar item, an expert column and a video article)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://congdoan.example.vn/su-kien/dai-hoi-cong-doan-ngay-thu-hai-4821"
TITLE = "Ngày làm việc thứ hai Đại hội Công đoàn tỉnh"
FIRST = "Đại hội biểu quyết thông qua Nghị quyết với toàn bộ đại biểu có mặt tán thành."
SECOND = "Ban Kiểm phiếu công bố danh sách Ban Chấp hành khóa mới gồm 39 đồng chí trúng cử."
THIRD = "Các đại biểu có mặt tại hội trường từ sớm, làm thủ tục nhận tài liệu phiên thứ hai."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_live_report_s_label_leaves_its_writers() -> None:
    """`Tường thuật: A – B` under a live report (its writers' label, as `Lược thuật:` is a
    summary's): the label is no part of the display nor of the first name."""
    assert ARTICLE.signed("<p>Tường thuật: Hoàng Yến – Đức Thắng</p>") == (
        "Hoàng Yến – Đức Thắng",
        ["Hoàng Yến", "Đức Thắng"],
    )


def test_a_scoreboard_s_kick_off_over_the_headline_gives_way_to_the_confirmed_line() -> None:
    """A match report's scoreboard over the headline prints the kick-off (`15:30 · 04/12/2026`);
    under the headline, after the writer, the article's line (`18:20, 04/12/2026`) says the
    instant of its `article:published_time`: the two records agree, and the kick-off is the
    match's time."""
    board = (
        "<div class='scoreboard'><div class='teams'>U19 Ninh Bình 3 – 1 U19 Thanh Hóa</div>"
        "<div class='info'>15:30 · 04/12/2026 · Sân vận động tỉnh · Khán giả: 2.800</div>"
        "</div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        f"<div class='container'>{board}<article><h1>{TITLE}</h1><div class='meta'><span "
        "class='author'>Tác giả: Tường Vy</span> <time class='published'>18:20, 04/12/2026"
        f"</time></div><div class='news-body'>{text}</div></article></div>"
    )
    head = "<meta property='article:published_time' content='2026-12-04T18:20:00+07:00'>"
    record = ARTICLE.record(page, head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T18:20:00+07:00",
        "18:20, 04/12/2026",
    )


def test_a_thread_s_earlier_post_over_the_headline_gives_way_to_the_post_shown() -> None:
    """A thread page shows the earlier post over the one it is about, each with its own field
    `<dt>Đăng lúc</dt><dd>…</dd>`: both lines are labelled as posts', and the one under the
    headline says the instant of the `article:published_time`, so it is the article's."""

    def posted(when: str) -> str:
        return f"<dl class='stats'><dt class='sr-only'>Đăng lúc</dt><dd>{when}</dd></dl>"

    earlier = f"<div class='ancestor'><p>{THIRD}</p>{posted('03/12/2026 17:05')}</div>"
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND))
    page = (
        f"<div class='thread'>{earlier}<article><h1>{TITLE}</h1>{posted('04/12/2026 06:45')}"
        f"<div class='content'>{text}</div></article></div>"
    )
    head = "<meta property='article:published_time' content='2026-12-04T06:45:00+07:00'>"
    record = ARTICLE.record(page, head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T06:45:00+07:00",
        "04/12/2026 06:45",
    )


def test_a_lead_box_holding_the_sapo_and_a_chapter_list_gives_the_sapo() -> None:
    """`<section class="intro"><div class="sapo">…</div><div class="toc">Các chương: …</div>
    </section>` (an Emagazine's): both are classed as a lead, and the box holding the sapo
    holds the chapter list too; the sapo inside it is the lead."""
    sapo = "Hai mươi năm sau vụ hoa đầu tiên, những triền đá của cao nguyên đã đổi khác nhiều."
    chapters = "".join(f"<a href='#chuong-{i}'>Chương {i}</a> · " for i in range(1, 4))
    intro = (
        f"<section class='emag-intro'><div class='emag-sapo'>{sapo}</div><div class='emag-toc'>"
        f"<span>Các chương:</span> {chapters}</div></section>"
    )
    text = "".join(f"<section class='chapter'><p>{p}</p></section>" for p in (FIRST, SECOND))
    page = f"<div class='post'><h1>{TITLE}</h1>{intro}{text}</div>"
    assert ARTICLE.record(page)["summary"] == sapo


def test_a_section_link_in_the_bar_over_an_emagazine_is_its_category() -> None:
    """A bar over the page of the logo and one link classed as the section, to a category's
    page (`<a class="emag-section" href="/blog/category/emagazine/">Emagazine</a>`), a hidden
    menu drawer after it and no trail: the section the article is filed under."""
    bar = (
        "<div class='emag-topbar'><a class='emag-logo' href='/'><img src='/logo.png' alt=''></a>"
        "<a class='emag-section' href='/blog/category/emagazine/'>Emagazine</a>"
        "<button class='menu-toggle'>☰</button></div><nav class='drawer' hidden><ul>"
        "<li><a href='/blog/category/1'>Thời sự</a></li><li><a href='/blog/category/2'>Kinh tế"
        "</a></li></ul></nav>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = f"{bar}<div class='post'><section class='cover'><h1>{TITLE}</h1></section>{text}</div>"
    assert ARTICLE.record(page)["category"] == "Emagazine"


def test_a_columnist_s_card_over_the_headline_names_the_writer() -> None:
    """A columnist's card right over the headline, a photo beside her name in bold and her post
    in a run of its own (`<strong>BSCKII Lê Thị Thu Hằng</strong><span>Phó Giám đốc …</span>`),
    a blog's author box under the text naming the office that posted it: the card names the
    writer, her degree in the display and no part of her name."""
    card = (
        "<div class='columnist'><img src='/anh/avatar-bs.jpg' alt='BSCKII Lê Thị Thu Hằng'>"
        "<div class='columnist__info'><strong>BSCKII Lê Thị Thu Hằng</strong>"
        "<span>Phó Giám đốc Bệnh viện, nguyên Trưởng khoa Nhi</span></div></div>"
    )
    box = (
        "<div class='author-info'><img class='avatar' src='/anh/ctxh.png' alt=''><h4>Đăng bởi "
        "<a href='/author/ctxh'>Phòng Công tác xã hội</a></h4><p>Phòng Công tác xã hội phụ "
        "trách truyền thông của bệnh viện.</p></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = f"<article>{card}<h1>{TITLE}</h1><div class='post-body'>{text}</div>{box}</article>"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == ("BSCKII Lê Thị Thu Hằng", ["Lê Thị Thu Hằng"])
