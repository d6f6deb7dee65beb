"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the thirty-third holdout set's copies and re-presentations of articles (an aggregator's
import, an exchange reprint, an AMP cache copy, a social network's post, an app's share page, a
newsstand's text view, language editions, a photo service, a PDF landing page, a channel's copy
and a research institute's translation)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
EDITION_URL = "https://baobiengioi.example.vn/zh/jingji/kouan-jinchukou-52801.html"
VIETNAMESE_URL = "https://baobiengioi.example.vn/kinh-te/cua-khau-xuat-nhap-khau-52790.html"
EDITION_TITLE = "边境口岸前11个月进出口额同比增长"
EDITION_TEXT = (
    "今年以来，口岸延长通关时间至每天二十二时，并在旺季实行周末通关，货车通关更加顺畅。",
    "出口商品主要为新鲜水果、木薯淀粉和橡胶；进口商品以机械设备、化肥和电子零部件为主。",
    "口岸管理委员会表示，明年将继续推动跨境经济合作区建设，争取进出口额再创新高。",
)


def edition_page(alternate: str) -> dict:
    """A paper's Chinese edition on its Vietnamese template: `lang="zh-CN"` and `alternate`
    in the head, the Vietnamese date line and views beside a link to the Vietnamese version."""
    text = "".join(f"<p>{p}</p>" for p in EDITION_TEXT)
    page = (
        f"<html lang='zh-CN'><head><title>{EDITION_TITLE} - 边境报</title>{alternate}</head>"
        f"<body><article class='detail'><h1 class='detail-title'>{EDITION_TITLE}</h1>"
        "<div class='detail-meta'><span class='detail-time'>Thứ Sáu, 05/12/2026 - 09:30</span>"
        "<span class='detail-view'>Lượt xem: 356</span>"
        f"<a class='detail-vi' href='{VIETNAMESE_URL}'>Xem bản tiếng Việt (04/12/2026 16:20)</a>"
        f"</div><div class='detail-content'>{text}</div></article></body></html>"
    )
    return extract_record(page, EDITION_URL, NOW)


def test_an_edition_linking_its_vietnamese_version_is_read_as_the_paper_s_template() -> None:
    """A Chinese (or Jrai, English) edition of a paper on a `.vn` host, whose head names its
    Vietnamese version (`<link rel="alternate" hreflang="vi">`), prints the Vietnamese
    template's date line: it is read as a Vietnamese page's, in the paper's local time."""
    alternate = f"<link rel='alternate' hreflang='vi' href='{VIETNAMESE_URL}'>"
    assert edition_page(alternate)["published_at"] == "2026-12-05T09:30:00+07:00"


def test_the_link_to_the_article_in_another_language_makes_no_teaser_of_the_views() -> None:
    """`Lượt xem: 356` beside `Xem bản tiếng Việt (04/12/2026 16:20)`, a link to an address
    the head names as this article's version in another language: the count is the article's
    own, not that of an item listed beside it."""
    alternate = f"<link rel='alternate' hreflang='vi' href='{VIETNAMESE_URL}'>"
    record = edition_page(alternate)
    assert (record["views"], record["views_raw"]) == (356, "Lượt xem: 356")


AMP_URL = (
    "https://baotinh-example-vn.cdn.ampproject.org/c/s/baotinh.example.vn/xa-hoi/tap-huan/amp/"
)
AMP_PICTURES = "https://baotinh-example-vn.cdn.ampproject.org/i/s/baotinh.example.vn/uploads/"
AMP_TITLE = "Hơn 300 ngư dân được tập huấn sơ cấp cứu trên biển"
AMP_TEXT = (
    "Tại lớp học, các y sĩ hướng dẫn ngư dân cách hô hấp nhân tạo, cầm máu và cố định xương gãy.",
    "Mỗi chuyến biển kéo dài 10 đến 15 ngày, cách bờ hàng trăm hải lý nên phải tự xử lý khi nạn.",
    "Kết thúc lớp học, ban tổ chức trao 60 túi sơ cấp cứu cho các tổ đoàn kết trên biển.",
)


def test_an_amp_featured_picture_between_the_header_and_the_text_is_the_article_s() -> None:
    """The AMP Reader template's featured image (`<figure><amp-img …><figcaption>`) between
    the header and the text: AMP's picture element is read like an `<img>`, with its caption;
    the author's small avatar in the header is none."""
    text = "".join(f"<p>{p}</p>" for p in AMP_TEXT)
    page = (
        f"<html lang='vi'><head><title>{AMP_TITLE}</title></head><body>"
        f"<article class='amp-wp-article'><header><h1>{AMP_TITLE}</h1>"
        f"<div class='amp-wp-meta'><amp-img src='{AMP_PICTURES}avatar.png' width='24' height='24'"
        " alt='Hồ Thị Lan'></amp-img><span class='author'>Hồ Thị Lan</span></div></header>"
        f"<figure class='amp-wp-article-featured-image'><amp-img width='1200' height='800' "
        f"src='{AMP_PICTURES}tap-huan.jpg'></amp-img><figcaption>Ngư dân tập ép tim ngoài lồng"
        f" ngực.</figcaption></figure><div class='amp-wp-article-content'>{text}</div>"
        "</article></body></html>"
    )
    record = extract_record(page, AMP_URL, NOW)
    assert record["images"] == [
        {"url": f"{AMP_PICTURES}tap-huan.jpg", "caption": "Ngư dân tập ép tim ngoài lồng ngực."}
    ]


STAND_URL = "https://sapbao.example.vn/bao-tinh/20261205/trang-5/bai/281943"
STAND_TITLE = "Khu kinh tế thu hút thêm ba dự án công nghiệp phụ trợ"
STAND_TEXT = (
    "Ba dự án mới gồm nhà máy cấu kiện thép, nhà máy gạch không nung và trung tâm kho vận lạnh.",
    "Nhà đầu tư chọn khu kinh tế vì có cảng nước sâu, nguồn điện ổn định và quỹ đất sạch.",
    "Năm tới, khu kinh tế đặt mục tiêu thu hút ít nhất tám dự án mới cho ngành công nghiệp.",
)


def newsstand_page() -> dict:
    """A newsstand's text view of a printed article: the vendor's upload the evening before in
    `article:published_time`, the issue bar with its reads, and the page line over the headline
    (`Trang 5 · Kinh tế · Thứ Sáu, 05/12/2026`, the issue's day without a clock)."""
    text = "".join(f"<p>{p}</p>" for p in STAND_TEXT)
    page = (
        f"<html lang='vi'><head><title>Báo Tỉnh - 05/12/2026 - Trang 5 | Sạp Báo</title>"
        "<meta property='article:published_time' content='2026-12-04T23:10:00+07:00'></head>"
        "<body><div class='issue-bar'><span class='issue-no'>Số 6.812</span>"
        "<span class='issue-reads'>1.204 lượt đọc số báo này</span></div>"
        "<main class='text-article'><div class='article-location'><span class='page-no'>Trang 5"
        "</span> · <span class='page-section'>Kinh tế</span> · <time class='issue-date'>Thứ Sáu,"
        f" 05/12/2026</time></div><h1 class='article-title'>{STAND_TITLE}</h1>"
        f"<div class='article-text'>{text}</div></main></body></html>"
    )
    return extract_record(page, STAND_URL, NOW)


def test_a_printed_day_wins_over_a_machine_time_on_another_day() -> None:
    """The issue's day printed alone by the headline (`Thứ Sáu, 05/12/2026`) against an
    `article:published_time` of 23:10 the evening before (the vendor's upload): the machine
    time is another moment, so the printed day is the publish day, at 00:00."""
    record = newsstand_page()
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T00:00:00+07:00",
        "Thứ Sáu, 05/12/2026",
    )


def test_the_reads_of_an_issue_are_no_views() -> None:
    """`1.204 lượt đọc số báo này` counts the readers of the paper's issue, not of the
    article: no views where only it is printed."""
    record = newsstand_page()
    assert (record["views"], record["views_raw"]) == (None, None)


def test_a_section_classed_in_the_line_over_the_headline_is_the_category() -> None:
    """`<span class="page-section">Kinh tế</span>` between the page's number and the issue's day
    in the line over the headline, no breadcrumb on the page: the section is the category."""
    assert newsstand_page()["category"] == "Kinh tế"


SET_URL = "https://anh.thongtan.example.vn/bo-anh/BA2612041.html"
SET_TITLE = "Diêm dân vào vụ muối cuối năm"
SET_PICTURES = "https://anh.thongtan.example.vn/preview/2026/12/04/"
SET_TEXT = (
    "Những ngày đầu tháng 12, hàng trăm diêm dân tranh thủ cào muối từ 4 giờ sáng khi nắng lên.",
    "Cánh đồng muối rộng khoảng 110 ha, mỗi ngày cho 70 đến 90 tấn muối hạt cho thị trường.",
    "Địa phương đang cùng doanh nghiệp xây dựng thương hiệu muối, kết hợp tour tham quan.",
)


def photo_set_page() -> dict:
    """A photo service's set: `Bộ ảnh:` before the title in both titles and printed as a label
    over the `<h1>`, a facts list with the shooting and release days, three description
    paragraphs and the previews after them."""
    text = "".join(f"<p>{p}</p>" for p in SET_TEXT)
    figures = "".join(
        f"<figure class='photo-item'><a href='/anh/VNA_{n}.html'><img src='{SET_PICTURES}VNA_{n}"
        f".jpg' width='1200' height='800' alt=''></a><figcaption>{caption} Ảnh: Phan Anh – TTXVN"
        f" phát</figcaption><div class='meta'><span>Mã ảnh: VNA_{n}</span> <a class='buy' "
        f"href='/gio-hang/them/VNA_{n}'>Mua ảnh</a></div></figure>"
        for n, caption in (
            (5612340, "Diêm dân cào muối lúc bình minh."),
            (5612341, "Muối được gánh vào kho."),
        )
    )
    page = (
        f"<html lang='vi'><head><title>Bộ ảnh: {SET_TITLE} - Ảnh Thông tấn</title>"
        "<meta property='og:site_name' content='Ảnh Thông tấn'>"
        f"<meta property='og:title' content='Bộ ảnh: {SET_TITLE}'><meta name='description' "
        f"content='Bộ ảnh 8 ảnh: {SET_TITLE}. Ảnh: Phan Anh - TTXVN phát.'></head><body>"
        f"<section class='ps-set'><p class='ps-label'>BỘ ẢNH · 8 ảnh</p><h1>{SET_TITLE}</h1>"
        "<dl class='ps-info'><dt>Ngày chụp</dt><dd>03/12/2026 06:10</dd><dt>Ngày phát</dt>"
        f"<dd>04/12/2026 16:45</dd></dl><div class='ps-desc'>{text}</div>"
        f"<div class='ps-photos'>{figures}</div></section></body></html>"
    )
    return extract_record(page, SET_URL, NOW)


def test_a_kicker_the_page_prints_as_a_label_over_the_headline_is_no_part_of_it() -> None:
    """`Bộ ảnh: ` opens both titles, and the page prints it apart, as the label over the `<h1>`
    (`BỘ ẢNH · 8 ảnh`): the page's kind, not the headline's words."""
    assert photo_set_page()["headline"] == SET_TITLE


def test_a_shooting_day_is_no_publish_time() -> None:
    """`<dt>Ngày chụp</dt><dd>03/12/2026 06:10</dd>` over `<dt>Ngày phát</dt><dd>04/12/2026 …`:
    the day the photos were taken is no publish time; the release is."""
    record = photo_set_page()
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T16:45:00+07:00",
        "04/12/2026 16:45",
    )


def test_a_description_of_the_title_and_a_photo_credit_is_no_lead() -> None:
    """`Bộ ảnh 8 ảnh: <headline>. Ảnh: …` describes the set by its kind, its title and its
    photographer: no lead, where the page prints none."""
    assert photo_set_page()["summary"] is None


def test_credited_figures_after_the_text_are_the_article_s_pictures() -> None:
    """The set's previews after its description, each a figure of one picture linked to its
    larger view, a caption crediting the photographer and the photo's code and buy link: the
    article's pictures, with their captions."""
    assert photo_set_page()["images"] == [
        {
            "url": f"{SET_PICTURES}VNA_5612340.jpg",
            "caption": "Diêm dân cào muối lúc bình minh. Ảnh: Phan Anh – TTXVN phát",
        },
        {
            "url": f"{SET_PICTURES}VNA_5612341.jpg",
            "caption": "Muối được gánh vào kho. Ảnh: Phan Anh – TTXVN phát",
        },
    ]


POST_URL = "https://ketnoi.example.vn/doanthanhnienxa/posts/7261904418827735"
POST_TITLE = "Ngày hội hiến máu tình nguyện của xã năm 2026 thu được 412 đơn vị máu"
POST_LINES = (
    "Sáng 5/12, tại Nhà văn hóa xã, Đoàn Thanh niên tổ chức ngày hội hiến máu lần thứ ba.",
    "Ngay từ 6 giờ 30, hơn 500 đoàn viên và người dân đã có mặt để đăng ký, khám sàng lọc.",
    "Ban tổ chức tiếp nhận 412 đơn vị máu, vượt 62 đơn vị so với kế hoạch đề ra.",
)


POST_MEDIA = "https://cdn.ketnoi.example.vn/media/2026/12/05/p7261904418827735_"


def post_page(closing: str = "", media: str = "") -> dict:
    """A page's public post on a social network, logged out: the titles name the page on the
    network, its text is `<br><br>` lines under a bold first line, `closing` its last lines;
    `media` the block after the text."""
    page_name = "Đoàn Thanh niên xã Quảng Phú"
    lines = "<br><br>".join(POST_LINES) + closing
    page = (
        f"<html lang='vi'><head><title>{page_name} | Kết Nối</title>"
        "<meta property='og:site_name' content='Kết Nối'>"
        f"<meta property='og:title' content='{page_name} trên Kết Nối'></head><body>"
        f"<main><article class='post'><div class='post-meta'><a href='/doanthanhnienxa'>"
        f"{page_name}</a> <a class='post-time' href='{POST_URL}'>5 tháng 12 lúc 08:20</a></div>"
        f"<div class='post-content'><strong>{POST_TITLE}</strong><br><br>{lines}</div>"
        f"{media}</article></main></body></html>"
    )
    return extract_record(page, POST_URL, NOW)


def test_a_role_line_opened_by_a_pictograph_is_the_byline() -> None:
    """`✍️ Tin, ảnh: Lê Thị Mỹ Duyên` closing a post: the pictograph decorates the label, the
    writer signs the post (not the page that posts it)."""
    record = post_page("<br><br>✍️ Tin, ảnh: Lê Thị Mỹ Duyên")
    assert (record["byline"], record["authors"]) == ("Lê Thị Mỹ Duyên", ["Lê Thị Mỹ Duyên"])


def test_a_line_of_hashtag_links_among_a_post_s_lines_gives_the_tags() -> None:
    """`<a href="/hashtag/hienmau">#hienmau</a> …` alone on the post's last line: the tags,
    without their marks."""
    tags = " ".join(f"<a href='/hashtag/{t}'>#{t}</a>" for t in ("hienmau", "QuangPhu"))
    assert post_page(f"<br><br>{tags}")["tags"] == ["hienmau", "QuangPhu"]


def test_a_grid_of_linked_pictures_after_a_post_gives_its_pictures() -> None:
    """The post's grid after its text, each picture linked to its own page and a `+3` over the
    last: the post's pictures, their `alt` (the network's guesses) no caption."""
    media = (
        f"<div class='post-media'><a href='/photo/7261904418827735/1'><img src='{POST_MEDIA}1.jpg'"
        " alt='Có thể là hình ảnh về 6 người'></a><a href='/photo/7261904418827735/2'><img "
        f"src='{POST_MEDIA}2.jpg' alt='Có thể là hình ảnh về đám đông'><span>+3</span></a></div>"
    )
    assert post_page(media=media)["images"] == [
        {"url": f"{POST_MEDIA}1.jpg", "caption": None},
        {"url": f"{POST_MEDIA}2.jpg", "caption": None},
    ]


def test_an_uncaptioned_linked_figure_after_the_text_is_no_credited_picture() -> None:
    """A figure after the text with no caption (another article's card, its picture linked):
    no photographer is credited, so no picture is read from it."""
    media = (
        f"<div class='more'><figure><a href='/bai-khac.html'><img src='{POST_MEDIA}9.jpg'></a>"
        "</figure><p>Xem thêm các bài viết khác của trang</p></div>"
    )
    assert post_page(media=media)["images"] == []


def test_a_post_s_bold_first_line_over_its_br_lines_is_the_headline() -> None:
    """A network's page for a club's post: its titles name the club (`CLB Cờ tướng phường An
    Khê trên Mạng Phố`), and the post is one `<div>` whose lines part at `<br><br>`, the first
    a bold line: the post's title, the headline, and no part of its text."""
    title = "Giải cờ tướng mở rộng mùa đông thu hút 64 kỳ thủ"
    lines = (
        "Chiều 6/12, câu lạc bộ tổ chức giải cờ tướng mở rộng tại nhà văn hóa khu phố 3.",
        "Kỳ thủ nhỏ tuổi nhất năm nay mới học lớp 5, lớn tuổi nhất đã ngoài tám mươi.",
        "Ban tổ chức trao 12 giải thưởng và hẹn gặp lại các kỳ thủ vào mùa hè năm sau.",
    )
    post = f"<strong>{title}</strong><br><br>" + "<br><br>".join(lines)
    page = (
        "<html lang='vi'><head><title>CLB Cờ tướng phường An Khê | Mạng Phố</title><meta "
        "property='og:title' content='CLB Cờ tướng phường An Khê trên Mạng Phố'></head><body>"
        "<main><article><div class='post-header'><a href='/clbcotuong'>CLB Cờ tướng phường An "
        f"Khê</a></div><div class='post-content'>{post}</div></article></main></body></html>"
    )
    record = extract_record(page, "https://mangpho.example.vn/clbcotuong/posts/881", NOW)
    assert (record["headline"], record["body"]) == (title, "\n\n".join(lines))


def test_a_tool_page_s_own_title_gives_way_to_the_article_s_heading_beside_it() -> None:
    """A paper's print view (`<title>Bản in bài viết - Báo Lạng Sơn</title>`, its `<h1>` the
    same words over a card of print buttons) holds the article in a block beside the card, its
    own title an `<h2>` over the text: the titles name no article, so that heading, in a block
    apart from the `<h1>`, is the headline, and the line under it the publish time."""
    title = "Lạng Sơn mở thêm hai luồng thông quan xe chở nông sản qua cửa khẩu Tân Thanh"
    text = (
        "Từ ngày 1/12/2026, cửa khẩu Tân Thanh mở thêm hai luồng thông quan dành riêng cho xe chở"
        " nông sản, nâng số xe qua cửa khẩu mỗi ngày lên khoảng 1.200 xe.",
        "Ban Quản lý cửa khẩu cho biết thời gian làm thủ tục mỗi xe giảm từ 40 phút xuống còn"
        " khoảng 25 phút nhờ khai báo điện tử trước khi xe đến bãi.",
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in text)
    page = (
        "<html lang='vi'><head><title>Bản in bài viết - Báo Lạng Sơn</title></head><body>"
        "<h1 class='tool-title'>Bản in bài viết</h1><div class='tool-grid'>"
        "<div class='tool-card'><a class='btn' href='javascript:window.print()'>In bài</a>"
        "<p class='tool-note'>Khổ giấy A4, lề 2 cm.</p></div>"
        f"<div class='print-article'><h2 class='print-article-title'>{title}</h2>"
        "<div class='print-article-meta'><span>Đăng ngày: 02/12/2026 07:30</span></div>"
        f"{paragraphs}</div></div></body></html>"
    )
    url = "https://baolangson.example.vn/ban-in/bai-viet/77120"
    record = extract_record(page, url, NOW)
    assert (record["headline"], record["published_raw"], record["body"]) == (
        title,
        "Đăng ngày: 02/12/2026 07:30",
        "\n\n".join(text),
    )
