"""Rules the generic extractor learnt for dates, bylines, headlines, categories and tags from the
sixty-fourth holdout set's procedures, civic notices, obituaries and readers' letters on wikis,
podcast hosts, site builders, mailing list archives, feedback forums and newsletters."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://phuongbinhan.example.vn/tin-tuc/lich-thu-gom-rac-moi"
TITLE = "Phường Bình An đổi giờ thu gom rác sinh hoạt từ tuần sau"
TEXT = (
    "Từ ngày 14/12/2026, xe thu gom rác qua các tuyến đường chính lúc 19 giờ thay vì 17 giờ.",
    "Tổ dân phố sẽ nhắc các hộ để rác trước cửa đúng giờ, buộc kín túi và phân loại rác.",
    "Hộ kinh doanh có lượng rác lớn liên hệ trực tiếp với đơn vị thu gom để có lịch riêng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_length_classed_beside_the_day_is_no_hour() -> None:
    """A podcast's episode line prints the day and, after a dot, the episode's length
    (`<span class="ep-duration">21:05</span>`): minutes and seconds, no hour of the day."""
    meta = (
        "<p class='ep-info'><span class='ep-date'>Thứ Tư, 2 tháng 12 2026</span> · "
        "<span class='ep-duration'>21:05</span></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T00:00:00+07:00",
        "Thứ Tư, 2 tháng 12 2026",
    )


def test_a_reading_time_printed_flush_after_the_day_is_no_part_of_its_year() -> None:
    """`<span class="date">01/12/2026</span><span class="post-reading-time">3 phút đọc</span>`:
    the spans touch, and their text runs `01/12/20263 phút đọc`; the reading time is cut off."""
    meta = (
        "<div class='post-info'><span class='post-date'>01/12/2026</span>"
        "<span class='post-reading-time'>3 phút đọc</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T00:00:00+07:00",
        "01/12/2026",
    )


def test_a_labelled_writer_set_apart_by_a_bar_is_no_label_of_the_day() -> None:
    """`Tác giả: Đỗ Thị Lan | 01.12.2026 | Tin phường`: the writer's field is another item of
    the line, its colon no date label."""
    meta = (
        "<div class='blog-meta'><span class='blog-author'>Tác giả: Đỗ Thị Lan</span> "
        "<span>|</span> <span class='blog-date'>01.12.2026</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T00:00:00+07:00",
        "01.12.2026",
    )


def test_a_category_link_opening_the_date_line_is_no_label() -> None:
    """A site builder prints the category link and the day in one box over the headline
    (`<a>Thông báo</a><span>01/12/2026</span>`): the link is another item."""
    meta = (
        "<div class='post__meta'><a class='post__category' href='/blog/thong-bao'>Thông báo</a>"
        "<span class='post__date'>01/12/2026</span></div>"
    )
    page = (
        f"<article>{meta}<h1>{TITLE}</h1><div class='post__content'>"
        + "".join(f"<p>{p}</p>" for p in TEXT)
        + "</div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T00:00:00+07:00",
        "01/12/2026",
    )


MAIL_URL = "https://lists.khupho3.example.vn/arc/cu-dan-kp3/2026-12/msg00012.html"
MAIL_SUBJECT = "Lịch phun thuốc diệt muỗi trong khu phố tuần này"
MAIL_HEADER = (
    "<ul class='headers'><li><b>From</b>: Lâm Thị Ngọc &lt;ngoc.kp3 AT gmail.com&gt;</li>"
    "<li><b>To</b>: cu-dan-kp3 AT lists.khupho3.example.vn</li>"
    "<li><b>Date</b>: Wed, 2 Dec 2026 19:40:05 +0700</li></ul>"
)


def _mail(subject: str) -> dict:
    """A message of a mail archive: its subject as `<h1>`, its header, its text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<h1>{subject}</h1>{MAIL_HEADER}<hr><div class='msg'>{text}</div>"
    return InventedArticle(MAIL_URL, subject, NOW, TEXT).record(page)


def test_a_mailing_list_s_tag_is_no_part_of_the_subject() -> None:
    """A list's software puts its name before every subject (`[cu-dan-kp3] Lịch …`): the
    headline is the subject without it."""
    record = _mail(f"[cu-dan-kp3] {MAIL_SUBJECT}")
    assert record["headline"] == MAIL_SUBJECT


def test_a_capitalised_kicker_in_brackets_stays_in_the_headline() -> None:
    """`[Video] …` is the outlet's kicker, no list's name."""
    record = _mail(f"[Video] {MAIL_SUBJECT}")
    assert record["headline"] == f"[Video] {MAIL_SUBJECT}"


def test_an_e_mail_s_date_header_is_the_value_and_its_sender_the_byline() -> None:
    """MHonArc's header list: `Date: Wed, 2 Dec 2026 19:40:05 +0700` is the publish line, the
    field's name no label of it; `From: Lâm Thị Ngọc <… AT gmail.com>` is the writer."""
    record = _mail(MAIL_SUBJECT)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T19:40:05+07:00",
        "Wed, 2 Dec 2026 19:40:05 +0700",
    )
    assert (record["byline"], record["authors"]) == ("Lâm Thị Ngọc", ["Lâm Thị Ngọc"])


def test_a_views_field_classed_as_label_and_value_is_the_value() -> None:
    """A no-code builder prints each field as a label and a value, each in a classed `<div>`
    (`<div class="field-label">Lượt xem</div><div class="field-value">415</div>`): the count
    is the value as printed, as a `<dd>` under its `<dt>` is."""
    meta = (
        "<div class='fields'><div class='field'><div class='field-label'>Ngày đăng</div>"
        "<div class='field-value'>01/12/2026 08:10</div></div><div class='field'>"
        "<div class='field-label'>Lượt xem</div><div class='field-value'>415</div></div></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["views"], record["views_raw"]) == (415, "415")


def test_a_back_link_over_the_headline_names_the_section() -> None:
    """`<a href="/thong-bao">← Thông báo</a>` just over the record's block: the arrow leads
    back to the section the article is filed under."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='details'><div class='back'><a href='/thong-bao'>← Thông báo</a></div>"
        f"<div class='item'><h1>{TITLE}</h1><div class='field-body'>{text}</div></div></div>"
    )
    assert ARTICLE.record(page)["category"] == "Thông báo"


def test_a_back_link_to_all_posts_names_no_section() -> None:
    """`<a href="/blog">← Tất cả bài viết</a>` over the headline leads back to the index of
    every post: no section."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div class='post'><div class='back'><a href='/blog'>← Tất cả bài viết</a></div>"
        f"<div class='item'><h1>{TITLE}</h1><div class='post-body'>{text}</div></div></div>"
    )
    assert ARTICLE.record(page)["category"] is None


def test_the_link_after_trong_in_a_post_s_footer_is_the_category() -> None:
    """A blog host's post footer, `Đăng lúc 07:40 SA trong <a>Góp ý</a>` (Movable Type's
    `Posted at … in`): the category the post is filed in."""
    footer = (
        "<div class='entry-footer'><p><span class='post-footers'>Đăng lúc 07:40 SA trong "
        "<a href='/blog/gop_y/'>Góp ý</a></span> | <a href='/blog/2026/12/rac.html'>Liên kết"
        "</a></p></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<h2 class='date-header'>01 tháng 12, 2026</h2><div class='entry'>"
        f"<h3 class='entry-header'>{TITLE}</h3><div class='entry-content'>{text}</div>"
        f"{footer}</div>"
    )
    assert ARTICLE.record(page)["category"] == "Góp ý"


def test_a_member_s_name_classed_so_beside_the_post_time_is_the_byline() -> None:
    """A feedback forum prints who shared the idea under it: `<span class="uvUserName">Hà Thị
    Mai</span> đã chia sẻ ý kiến này · <time datetime="…">1 tháng 12, 2026</time>`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<article class='idea'><h1>{TITLE}</h1><div class='typeset'>{text}</div>"
        "<div class='idea-meta'><span class='uvUserName'>Hà Thị Mai</span> đã chia sẻ ý kiến "
        "này · <time datetime='2026-12-01T03:20:00Z'>1 tháng 12, 2026</time></div></article>"
    )
    record = ARTICLE.record(page)
    assert (record["published_at"], record["byline"], record["authors"]) == (
        "2026-12-01T10:20:00+07:00",
        "Hà Thị Mai",
        ["Hà Thị Mai"],
    )


WIKI_URL = "https://thutuc-xaanbinh.example.vn/ho-tich:dang-ky-ket-hon"


def _wiki_page(after_text: str) -> dict:
    """A wiki's page: its title, its text, then `after_text` (tags, tools, page info)."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div id='main-content'><div id='page-title'>{TITLE}</div>"
        f"<div id='page-content'><p><em>Ngày đăng: 01/12/2026 08:00</em></p>{text}</div>"
        f"{after_text}</div>"
    )
    return InventedArticle(WIKI_URL, TITLE, NOW, TEXT).record(page)


def test_a_printed_time_a_unix_time_in_its_class_renders_is_utc() -> None:
    """Wikidot prints `sửa lần cuối: 03 Dec 2026 01:45` in a span classed `odate
    time_1796262300`: the server prints that Unix time in UTC (a script would show the reader's
    own clock), so the update is 08:45 in Việt Nam."""
    info = (
        "<div id='page-info'>lần sửa trang: 3, sửa lần cuối: <span class='odate time_1796262300"
        " format_%25d%20%25b%20%25Y%20%25H%3A%25M'>03 Dec 2026 01:45</span></div>"
    )
    assert _wiki_page(info)["modified_at"] == "2026-12-03T08:45:00+07:00"


def test_a_tags_button_among_a_wiki_s_tools_is_no_label() -> None:
    """Wikidot's tools under the page (`<a href="javascript:;">Thẻ</a>` beside `Sửa`, `Lịch
    sử`): the button opens the tags' editor; the tags are the page's tag links."""
    after = (
        "<div class='page-tags'><span><a href='/system:page-tags/tag/ho-tich'>ho-tich</a>"
        "<a href='/system:page-tags/tag/ket-hon'>ket-hon</a></span></div>"
        "<div class='page-options-bottom'><a href='javascript:;' id='edit-button'>Sửa</a>"
        "<a href='javascript:;' id='tags-button'>Thẻ</a>"
        "<a href='/forum/t-1/ho-tich:dang-ky-ket-hon'>Thảo luận (1)</a>"
        "<a href='javascript:;' id='history-button'>Lịch sử</a></div>"
    )
    assert _wiki_page(after)["tags"] == ["ho-tich", "ket-hon"]


TWIKI_URL = (
    "https://thutuc.sotuphap-angiang.example.vn/twiki/bin/view/HoTich/KetHonCoYeuToNuocNgoai"
)
LEAD = (
    "Từ ngày 1/12/2026, hồ sơ đăng ký kết hôn có yếu tố nước ngoài được nộp tại UBND xã, phường"
    " nơi một bên cư trú thay vì UBND cấp huyện."
)


def _twiki(facts: str = "", trail: str = "", info: str = "") -> dict:
    """A TWiki topic: `trail` over it, its `<h1>`, a bold first paragraph and the text typed
    between empty `<p />` tags, an alert quotation, `facts` under the text and `info` under
    the topic."""
    text = "<p />".join(TEXT)
    page = (
        f"<div class='patternTop'>{trail}</div><div class='patternTopic'><h1>{TITLE}</h1>"
        f"<p /><strong>{LEAD}</strong><p />{text}<p /><blockquote class='twikiAlert'><strong>Hỗ"
        " trợ:</strong> Gọi đường dây nóng 0296 3852 000 trong giờ hành chính, trước ngày"
        f" 31/12/2026.</blockquote><p />{facts}</div>{info}"
    )
    return InventedArticle(TWIKI_URL, TITLE, NOW, TEXT).record(page)


def test_a_bold_first_paragraph_between_empty_p_tags_is_the_lead_not_a_later_quotation() -> None:
    """TWiki types its paragraphs between empty `<p />` tags, unwrapped: the text has begun
    with the bold first paragraph, and an alert quotation after it is no lead."""
    record = _twiki()
    assert (record["summary"], record["body"]) == (LEAD, "\n\n".join(TEXT))


def test_a_drafter_s_field_in_a_topic_form_is_the_byline() -> None:
    """The topic form's `<td>Người soạn</td><td>Lê Thị Hạnh</td>`: who drafted the topic, as
    a `Người viết` field is the writer."""
    form = (
        "<table class='twikiFormTable'><tr><td>Ngày đăng</td><td>01/12/2026 09:00</td></tr>"
        "<tr><td>Người soạn</td><td>Lê Thị Hạnh</td></tr></table>"
    )
    record = _twiki(facts=form)
    assert (record["byline"], record["authors"]) == ("Lê Thị Hạnh", ["Lê Thị Hạnh"])


def test_a_topic_revision_line_in_gmt_is_the_update() -> None:
    """`Topic revision: r3 - 03 Dec 2026 - 01:05:20 GMT - PhongHoTich`: the page's last edit,
    printed in GMT (08:05:20 in Việt Nam)."""
    info = (
        "<div class='patternRevInfo'>Topic revision: r3 - 03 Dec 2026 - 01:05:20 GMT - "
        "<a href='/twiki/bin/view/Main/PhongHoTich'>PhongHoTich</a></div>"
    )
    form = (
        "<table class='twikiFormTable'><tr><td>Ngày đăng</td><td>01/12/2026 09:00</td></tr></table>"
    )
    record = _twiki(facts=form, info=info)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-01T09:00:00+07:00",
        "2026-12-03T08:05:20+07:00",
    )


def test_a_wiki_s_trail_of_page_names_names_no_section() -> None:
    """TWiki's home path `Sở Tư pháp > HoTich > KetHon > …`: WikiWords linked to the pages
    they name are the wiki's parent pages, no section of the site."""
    trail = (
        "<span class='patternHomePath'><a href='/twiki/bin/view/Main/WebHome'>Sở Tư pháp</a>"
        "<span class='twikiSeparator'>&gt;</span><a href='/twiki/bin/view/HoTich/WebHome'>"
        "HoTich</a><span class='twikiSeparator'>&gt;</span><a href='/twiki/bin/view/HoTich/"
        "KetHon'>KetHon</a><span class='twikiSeparator'>&gt;</span><a href='/twiki/bin/view/"
        "HoTich/KetHonCoYeuToNuocNgoai'>KetHonCoYeuToNuocNgoai</a></span>"
    )
    assert _twiki(trail=trail)["category"] is None


NOTION_URL = "https://chqs-xaphuocan.example.vn/thong-bao/lich-tap-huan-dan-quan"


def _notion(description: str = "") -> dict:
    """A Notion-backed site's page: the title over an `<article class="notion-root
    has-footer">` of properties (a date, a person, a `Tags` multi-select) and the text."""

    def prop(name: str, value: str) -> str:
        return (
            "<div class='notion-page__property'><div class='notion-page__property-name-wrapper'>"
            f"<div class='notion-page__property-name'><span>{name}</span></div></div>"
            f"<div class='notion-property'>{value}</div></div>"
        )

    properties = (
        prop("Ngày đăng", "<span class='date'>December 1, 2026 9:30 AM</span>")
        + prop("Người đăng", "<span class='individual-with-image'>Lò Văn Sáng</span>")
        + prop(
            "Tags",
            "<span class='notion-pill'>Dân quân</span><span class='notion-pill'>Thông báo</span>",
        )
    )
    text = "".join(f"<p class='notion-text'>{p}</p>" for p in TEXT)
    head = f"<meta name='description' content='{description}'>" if description else ""
    page = (
        f"<div class='notion-header'><h1 class='notion-header__title'>{TITLE}</h1></div>"
        "<article class='notion-root max-width has-footer'><div class='notion-page__properties'>"
        f"{properties}</div>{text}</article>"
    )
    return InventedArticle(NOTION_URL, TITLE, NOW, TEXT).record(page, head)


def test_a_has_footer_modifier_names_no_zone() -> None:
    """`<article class="notion-root has-footer">`: the word says the article has a footer, not
    that it is one; its properties are the article's date and writer."""
    record = _notion()
    assert (record["published_at"], record["published_raw"], record["byline"]) == (
        "2026-12-01T09:30:00+07:00",
        "December 1, 2026 9:30 AM",
        "Lò Văn Sáng",
    )


def test_a_tags_property_s_pills_beside_its_wrapped_name_are_the_tags() -> None:
    """Notion wraps a property's name twice (`<div class="…name-wrapper"><div class="…name">
    <span>Tags</span></div></div>`) before the value's pills: the label is the outermost box
    holding it alone, and the pills beside it are the tags."""
    assert _notion()["tags"] == ["Dân quân", "Thông báo"]


def test_a_portal_s_description_of_itself_is_no_lead() -> None:
    """`Trang thông tin của UBND phường Bình An.` on every page: the site says what it is, not
    what the article tells, though it names the ward the headline does."""
    record = _notion(description="Trang thông tin của UBND phường Bình An.")
    assert record["summary"] is None


def test_a_link_reading_as_a_label_labels_no_links_before_it() -> None:
    """A mail archive's `Xem theo: <a>ngày</a> | <a>chủ đề</a>` (browse by date or by thread):
    the link `chủ đề` reads as the tags' label, but a label's values follow it."""
    nav = (
        "<p><strong>Xem theo</strong>: <a href='mail2.html'>ngày</a> | "
        "<a href='thrd2.html'>chủ đề</a></p>"
    )
    assert ARTICLE.under_headline(nav)["tags"] == []


def test_a_wrapped_tags_label_before_links_opens_a_box_of_them() -> None:
    """A translating proxy wraps every text in `<font>`s (`<span><font><font>Thẻ:</font></font>
    </span> <a>…</a> <a>…</a>`): the label opens a box of tag links, all of them its values, not
    a field whose one value stands beside it."""
    tags = (
        "<div class='article-tags'><span><font><font>Thẻ:</font></font></span> "
        "<a href='/tags/moi-truong'><font><font>Môi trường</font></font></a> "
        "<a href='/tags/rac-thai'><font><font>Rác thải</font></font></a></div>"
    )
    assert ARTICLE.under_headline("", after_text=tags)["tags"] == ["Môi trường", "Rác thải"]


def test_a_cover_picture_s_caption_under_the_headline_names_who_is_pictured() -> None:
    """An obituary's cover block under the headline, its caption `Cụ ông Lê Văn Khánh (1938 -
    2026)`: a titled name printed alone on the line after the headline, but the caption of the
    picture beside it, naming the man pictured; no one signs the notice."""
    cover = (
        "<div class='post-cover'><div class='image'><img src='/uploads/cu-ong-khanh.jpg' "
        "alt='Cụ ông Lê Văn Khánh'></div><div class='post-cover-caption'>Cụ ông Lê Văn Khánh "
        "(1938 - 2026)</div></div>"
    )
    record = ARTICLE.under_headline(cover)
    assert (record["byline"], record["authors"]) == (None, [])


BLOG_URL = "https://nhatkyphuong.example.vn/2026/12/lich-thu-gom-rac-moi.html"


def _blog_post(footer: str) -> dict:
    """A blog's post under its date header printing the day alone (`<h2 class="date-header">`),
    `footer` in the entry's footer under the text."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div id='main'><h2 class='date-header'>01 tháng 12, 2026</h2><div class='entry'>"
        f"<h3 class='entry-header'>{TITLE}</h3><div class='entry-body'>{text}</div>"
        f"<div class='entry-footer'><p>{footer}</p></div></div></div>"
    )
    return InventedArticle(BLOG_URL, TITLE, NOW, TEXT).record(page)


def test_a_post_s_clock_in_its_footer_is_the_hour_of_the_header_s_day() -> None:
    """`Đăng lúc 08:40 CH trong <a>Tin phường</a>` in the entry's footer: the hour of the day
    the header prints, which is the raw kept."""
    record = _blog_post("Đăng lúc 08:40 CH trong <a href='/tin-phuong/'>Tin phường</a>")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-01T20:40:00+07:00",
        "01 tháng 12, 2026",
    )


def test_a_clock_without_the_post_s_label_is_no_hour_of_the_day() -> None:
    """`Bình luận lúc 08:40 CH`: a clock, but labelled as something else; the day stays at
    midnight."""
    record = _blog_post("Bình luận lúc 08:40 CH")
    assert record["published_at"] == "2026-12-01T00:00:00+07:00"
