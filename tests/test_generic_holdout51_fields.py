"""Rules the generic extractor learnt for categories, bylines and tags from the fifty-first
holdout set's crime, courts, accidents and rescue news (police, border guard and commune sites,
papers' desks and a community network on small and uncommon products)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://congan.phuong.example.vn/?file=tin-tuc&module=blog&page=viewpost&post=truy-na"
TITLE = "Thông báo truy nã đối tượng trốn khỏi nơi cư trú"
TEXT = (
    "Công an phường thông báo để Nhân dân biết, phát hiện và phối hợp bắt giữ đối tượng.",
    "Ai phát hiện đối tượng đề nghị báo ngay cho cơ quan công an nơi gần nhất để xử lý.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_category_named_by_a_query_parameter_in_the_post_s_line_is_its_section() -> None:
    """A flat-file blog's `Đăng ngày <span>04-12-2026, 10:00</span> trong mục <a
    href="?…&page=viewcategory&category=thong-bao">Thông báo</a>` under the headline: the link
    to the category's page, named by the address's `category` parameter, is the section."""
    line = (
        "<p class='blog_post_info'>Đăng ngày <span class='blog_post_date'>04-12-2026, 10:00"
        "</span> trong mục <a href='?file=tin-tuc&amp;module=blog&amp;page=viewcategory&amp;"
        "category=thong-bao'>Thông báo</a></p>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["category"], record["published_at"]) == (
        "Thông báo",
        "2026-12-04T10:00:00+07:00",
    )


STATION = InventedArticle(
    "https://bienphong.example.vn/?Tin-tuc&realblog_id=57",
    "Cứu 6 ngư dân trên tàu cá bị hỏng máy giữa biển",
    NOW,
    TEXT,
)


def test_a_locator_line_over_the_content_is_a_trail_closing_with_the_section() -> None:
    """A template's `<div class="tpl_locator">Bạn đang ở: <a>Trang chủ</a> &gt; <span>Tin
    tức</span></div>` over the content, outside the entry's block: a breadcrumb trail by its
    class, its unlinked closing crumb the page's section."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div id='main'><div class='tpl_locator'>Bạn đang ở: <a href='./?Trang-chu'>Trang chủ"
        "</a> &gt; <span>Tin tức</span></div><div id='content'><div class='entry'>"
        f"<h1>{STATION.title}</h1><p class='date'>05/12/2026</p><div class='body'>{text}</div>"
        "</div></div></div>"
    )
    assert STATION.record(page)["category"] == "Tin tức"


NETWORK = InventedArticle(
    "https://antoan.example.vn/display/4f2c9a1e-1766-4d5b-93b2-6f3e0d7a8c21",
    "Cảnh báo thủ đoạn giả danh công an gọi điện cài ứng dụng giả",
    NOW,
    (
        "Chỉ trong tuần đầu tháng 12, trên địa bàn phường đã có 4 người bị lừa mất tiền tỷ.",
        "Các đối tượng gọi từ số lạ, xưng là cán bộ công an và gửi đường dẫn cài ứng dụng giả.",
    ),
)


def _network_post(header: str, after_text: str = "") -> dict:
    """A community network's post: `header` (the poster, the time) over the block holding the
    post's title and text, `after_text` under the text."""
    text = "".join(f"<p>{p}</p>" for p in NETWORK.text)
    post = (
        f"<div class='wall-item-container'><div class='media'>{header}</div>"
        f"<div class='wall-item-content'><span class='wall-item-title'><h3>{NETWORK.title}</h3>"
        f"</span><div class='wall-item-body'>{text}</div>{after_text}</div></div>"
    )
    return NETWORK.record(f"<main><section id='content'>{post}</section></main>")


def test_the_poster_s_name_linked_to_her_profile_over_the_post_is_its_writer() -> None:
    """`<h4><a href="/profile/letungca">Lê Thanh Tùng</a></h4>` and the time in a network post's
    header, over the block of its title and text: the poster, a person, wrote the post."""
    header = (
        "<a href='https://antoan.example.vn/profile/letungca'><img src='/photo/contact/thumb/"
        "letungca' alt='Lê Thanh Tùng'></a><h4><a href='https://antoan.example.vn/profile/"
        "letungca' title='Lê Thanh Tùng'><span>Lê Thanh Tùng</span></a></h4>"
        "<small><a class='time' title='04/12/2026 09:15'>2 ngày trước</a></small>"
    )
    record = _network_post(header)
    assert (record["byline"], record["authors"]) == ("Lê Thanh Tùng", ["Lê Thanh Tùng"])


def test_a_login_linked_to_its_profile_over_the_post_names_nobody() -> None:
    """The same header naming the poster by a login (`letungca`): an account, no person."""
    header = "<h4><a href='https://antoan.example.vn/profile/letungca'>letungca</a></h4>"
    assert _network_post(header)["byline"] is None


def test_links_filed_under_luu_trong_are_the_tags() -> None:
    """`<span>Lưu trong: <a>lừa đảo</a> <a>VNeID</a></span>` under a network post's text: the
    words its poster files the post under (Friendica's `Filed under:`), its tags."""
    filed = (
        "<div class='categorytags'><span class='filed'>Lưu trong: <a href='https://antoan."
        "example.vn/profile/letungca?category=l%E1%BB%ABa+%C4%91%E1%BA%A3o'>lừa đảo</a> "
        "<a href='https://antoan.example.vn/profile/letungca?category=VNeID'>VNeID</a></span>"
        "</div>"
    )
    assert _network_post("", after_text=filed)["tags"] == ["lừa đảo", "VNeID"]
