"""A category (listing) page answered where an article was asked for is refused by what makes it
a listing, its repeated teasers of other articles, with or without a sidebar; an article with
related stories beside its own text is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.pageworker import read_page

URL = "https://tinmiennui.vn/kinh-te/hop-tac-xa-che-mo-rong-vung-nguyen-lieu-4711.html"
FETCHED = datetime(2025, 3, 20, 3, 0, tzinfo=UTC)
TEASERS = [
    (
        "/kinh-te/lang-nghe-may-tre-dan-nhan-don-hang-xuat-khau-4702.html",
        "Làng nghề mây tre đan nhận đơn hàng xuất khẩu đầu năm",
        "Hơn 40 hộ trong làng đã ký hợp đồng giao hàng cho đối tác châu Âu tới giữa năm.",
        "12/03/2025 08:30",
    ),
    (
        "/kinh-te/cho-phien-vung-cao-dong-khach-mua-xuan-4698.html",
        "Chợ phiên vùng cao đông khách những ngày đầu xuân",
        "Các gian hàng thổ cẩm và nông sản bán hết sớm hơn mọi năm vì lượng khách tăng.",
        "10/03/2025 16:05",
    ),
    (
        "/kinh-te/nong-dan-chuyen-sang-trong-ca-phe-dac-san-4690.html",
        "Nông dân chuyển sang trồng cà phê đặc sản trên đất dốc",
        "Giống mới cho năng suất thấp hơn nhưng bán được giá gấp đôi cà phê thường.",
        "07/03/2025 07:15",
    ),
]


def page(main: str, head: str = "") -> bytes:
    """A page of the invented site: its menu, `main`, and a footer; no sidebar."""
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Tin miền núi</title>"
        f"{head}</head><body><ul class='menu'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/kinh-te'>Kinh tế</a></li><li><a href='/xa-hoi'>Xã hội</a></li></ul>"
        f"<div class='content'>{main}</div><div class='footer'><p>Tin miền núi, cơ quan ngôn "
        "luận của hội nhà báo huyện. Địa chỉ: số 2 đường Suối Đá.</p></div></body></html>"
    ).encode()


def cards(dated: bool, teasers: list[tuple[str, str, str, str]] = TEASERS) -> str:
    """The teasers of other articles, each a card: a picture, a linked title, a teaser line,
    and its time under it when `dated`."""
    return "".join(
        f"<div class='card'><img src='/anh/{n}.jpg' alt=''><h3><a href='{href}'>{title}</a>"
        f"</h3><p class='teaser'>{teaser}</p>"
        + (f"<span class='when'>{when}</span>" if dated else "")
        + "</div>"
        for n, (href, title, teaser, when) in enumerate(teasers)
    )


def most_read() -> str:
    """A sidebar box titled `Đọc nhiều` alone: other articles' titles, each with its views and
    date, the first one the listing's own teaser."""
    items = [
        *TEASERS[:1],
        (
            "/xa-hoi/truong-ban-tru-don-hoc-sinh-tro-lai-sau-tet-4688.html",
            "Trường bán trú đón học sinh trở lại sau kỳ nghỉ Tết",
            "",
            "05/03/2025",
        ),
        (
            "/xa-hoi/duong-lien-xa-duoc-trai-nhua-truoc-mua-mua-4671.html",
            "Đường liên xã được trải nhựa xong trước mùa mưa",
            "",
            "01/03/2025",
        ),
    ]
    lines = "".join(
        f"<li><a href='{href}'>{title}</a><span class='views'>{9 - n},1{n}0 lượt xem</span> "
        f"<span class='date'>{when[:10]}</span></li>"
        for n, (href, title, _, when) in enumerate(items)
    )
    return (
        f"<div class='side'><div class='most-read'><h3>Đọc nhiều</h3><ul>{lines}</ul></div></div>"
    )


def drop(html: bytes) -> str | None:
    return read_page(html, "text/html; charset=utf-8", URL, FETCHED).drop


def test_a_category_page_of_teasers_without_a_sidebar_is_a_listing() -> None:
    """The section's name over three cards of other articles, no sidebar and no date under any
    card: the page's "text" is their teasers."""
    assert drop(page(f"<h1>Kinh tế</h1><div class='cards'>{cards(dated=False)}</div>")) == (
        "listing_page"
    )


def test_a_listing_whose_first_teaser_gives_the_time_is_a_listing() -> None:
    """Each card dated under its teaser line: the first card's title and time read as the
    page's headline and publish time are that article's, not the page's."""
    main = f"<div class='cards'>{cards(dated=True)}</div>"
    assert drop(page(main)) == "listing_page"


def test_an_article_with_related_stories_beside_its_text_is_kept() -> None:
    """An article with no printed time, its own text, and the same three cards under it."""
    text = "".join(
        f"<p>{line}</p>"
        for line in (
            "Hợp tác xã chè Suối Đá vừa ký thêm hợp đồng thuê đất với 60 hộ dân trong xã để mở "
            "rộng vùng nguyên liệu lên gần 90 ha trong năm nay.",
            "Theo ban giám đốc, mỗi hộ được trả tiền thuê theo năm và được ưu tiên nhận vào làm "
            "công nhân hái chè, sao chè tại xưởng của hợp tác xã.",
            "Sản phẩm chè búp của hợp tác xã đã được công nhận đạt chuẩn ba sao và đang được "
            "bán ở nhiều cửa hàng đặc sản trong tỉnh.",
        )
    )
    main = (
        "<h1>Hợp tác xã chè mở rộng vùng nguyên liệu</h1>"
        f"<div class='article-body'>{text}</div>"
        f"<div class='cards'>{cards(dated=True)}</div>"
    )
    assert drop(page(main)) is None


def test_an_empty_day_of_an_archive_is_a_listing() -> None:
    """A listing with no teaser says so in their place (`Không có tin bài nào…`): no article."""
    main = "<h1>Tin ngày 17/03/2025</h1><p>Không có tin bài nào trong ngày 17/03/2025.</p>"
    assert drop(page(main)) == "listing_page"


def test_a_day_of_an_archive_saying_it_has_no_article_that_day_is_a_listing() -> None:
    """The same page saying which day it has no article for (`Chưa có bài viết trong ngày …`),
    no `nào`: no article either."""
    main = "<h1>Kinh tế</h1><p>Chưa có bài viết trong ngày 18/03/2025.</p>"
    assert drop(page(main)) == "listing_page"


def test_a_day_of_an_archive_listing_one_teaser_is_a_listing() -> None:
    """A day archive (`Tin ngày …`) that lists one article, and a `Đọc nhiều` box beside it:
    its body is that one teaser's line, and the heading names the day, no article."""
    main = (
        f"<h1>Tin ngày 12/03/2025</h1><div class='cards'>{cards(True, TEASERS[:1])}</div>"
        f"{most_read()}"
    )
    assert drop(page(main)) == "listing_page"


def test_a_section_page_listing_one_teaser_is_a_listing() -> None:
    """A section's last page with one card left: its heading is the section's name, the words
    of the menu's link to the section, no article's."""
    main = f"<h1>Kinh tế</h1><div class='cards'>{cards(True, TEASERS[1:2])}</div>{most_read()}"
    assert drop(page(main)) == "listing_page"


def test_a_short_article_linked_to_itself_and_to_another_is_kept() -> None:
    """A short article with no printed time, its headline also a link in the `Đọc nhiều` box
    (to its own address), one line of text and a link to another article under it: its
    heading is its own, so it is an article."""
    own = (
        URL.removeprefix("https://tinmiennui.vn"),
        "Hợp tác xã chè mở rộng vùng nguyên liệu",
        "",
        "",
    )
    box = most_read().replace(TEASERS[0][0], own[0]).replace(TEASERS[0][1], own[1])
    main = (
        f"<h1>{own[1]}</h1><div class='article-body'><p>Hợp tác xã chè Suối Đá vừa ký thêm hợp "
        "đồng thuê đất với 60 hộ dân để mở rộng vùng nguyên liệu lên gần 90 ha.</p>"
        f"<p>Xem thêm: <a href='{TEASERS[2][0]}'>{TEASERS[2][1]}</a></p></div>{box}"
    )
    assert drop(page(main)) is None
