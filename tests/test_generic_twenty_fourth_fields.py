"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-fourth holdout set's families (a notary office on Razor Pages, a trade promotion centre on
templ, an inspection centre on Axum, a jurists' association on Flask, a youth volunteers'
association on Qute, a project board on Laminas, a marine reserve board on ColdFusion, a deaf
association on Mojolicious, an environment company on Express, a pharmaceutical company on APEX,
a post office on Ktor and an ornamental plants association on Sinatra)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinghe.example.vn/tin-tuc/lop-tap-huan-nghe-dan-lat-a2718.html"
TITLE = "Mở lớp tập huấn nghề đan lát cho hội viên ở các xã ven sông"
FIRST = "Lớp học kéo dài mười ngày, mỗi buổi có một nghệ nhân hướng dẫn cách chẻ nan và vào khuôn."
SECOND = "Học viên được cấp nguyên liệu miễn phí và mang sản phẩm về bán tại phiên chợ cuối tháng."
THIRD = "Hội dự kiến mở thêm hai lớp nữa trong quý tới nếu có đủ người đăng ký."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def views_beside(count: str) -> tuple[int | None, str | None]:
    """The views and their raw text when `count` sits in its own span beside the publish line."""
    meta = (
        "<div class='tin-meta'><span class='ngay'>Đăng lúc 09:10 ngày 03/12/2026</span>"
        f" <span class='so-lan'>{count}</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    return record["views"], record["views_raw"]


def test_a_count_in_brackets_after_its_label_is_the_views() -> None:
    """`Đã xem (2.614)`: the label, then the count in brackets, read with them."""
    assert views_beside("Đã xem (2.614)") == (2614, "Đã xem (2.614)")


def test_the_times_readers_viewed_it_are_the_views() -> None:
    """`3.208 lượt người xem`: the times, then who viewed it."""
    assert views_beside("3.208 lượt người xem") == (3208, "3.208 lượt người xem")


def test_the_readers_counted_closing_their_line_are_the_views() -> None:
    """`Đã có 519 người đọc` closing its line: the article's readers."""
    assert views_beside("Đã có 519 người đọc") == (519, "519 người đọc")


def after_text(block: str) -> dict:
    """The record of the article with `block` right after its text's box."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div>{block}</article>"
    )


def test_a_jurists_title_before_a_name_in_capitals_is_no_part_of_it() -> None:
    """`Luật gia ĐỖ THỊ THANH MAI` signing the text: the title stays in the display, the
    author is the name."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    signed = f"{text}<p style='text-align:right'><strong>Luật gia ĐỖ THỊ THANH MAI</strong></p>"
    record = ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{signed}</div></article>"
    )
    expected = ("Luật gia ĐỖ THỊ THANH MAI", ["ĐỖ THỊ THANH MAI"])
    assert (record["byline"], record["authors"]) == expected


def test_a_notarys_title_before_a_name_is_no_part_of_it() -> None:
    """`CCV. Lương Văn Khải` (công chứng viên, a notary) signing the text: the author is the
    name."""
    record = after_text("<p style='text-align:right'><strong>CCV. Lương Văn Khải</strong></p>")
    assert (record["byline"], record["authors"]) == ("CCV. Lương Văn Khải", ["Lương Văn Khải"])


def test_an_interpreter_credited_after_the_writer_is_no_author() -> None:
    """`Bài: … · Phiên dịch NNKH: … · Quay phim: …`: a sign-language interpreter is credited
    as the camera operator is, and neither wrote the text."""
    record = after_text(
        "<p class='credits'>Bài: Hà Thu Trang · Phiên dịch NNKH: Đinh Quốc Bảo · Quay phim:"
        " Lý Văn Tư</p>"
    )
    assert (record["byline"], record["authors"]) == ("Hà Thu Trang", ["Hà Thu Trang"])


def test_two_names_joined_by_an_ampersand_before_the_time_are_the_writers() -> None:
    """`<span>Khánh Linh & Quốc Việt (Phòng Thông tin)</span><time>…</time><span>Lượt xem…`
    opening the line under the headline: two writers, their unit in brackets no one."""
    meta = (
        "<div class='tin-meta'><span class='ten'>Khánh Linh &amp; Quốc Việt (Phòng Thông tin)"
        "</span> <time>03/12/2026 - 09:10</time> <span>Lượt xem: 210</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    expected = ("Khánh Linh & Quốc Việt", ["Khánh Linh", "Quốc Việt"])
    assert (record["byline"], record["authors"]) == expected


def test_a_sidebar_listing_the_sites_sections_under_its_label_names_no_category() -> None:
    """A side box headed `Chuyên mục` listing the site's sections, each a list item, beside the
    article: a menu; the section is the title printed over the headline."""
    menu = (
        "<div class='cot-trai'><div class='hop'><div class='hop-tieu-de'>Chuyên mục</div><ul>"
        "<li><a href='/?muc=1'>Tin của Hội</a></li><li><a href='/?muc=2'>Đào tạo nghề</a></li>"
        "<li><a href='/?muc=3'>Thị trường</a></li></ul></div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    article = (
        f"<div class='cot-giua'><div class='cat-title'>Đào tạo nghề</div>"
        f"<div class='tieu-de'><h1>{TITLE}</h1></div><div class='noi-dung'>{text}</div></div>"
    )
    assert ARTICLE.record(menu + article)["category"] == "Đào tạo nghề"


def test_the_sections_title_over_the_grid_holding_the_entry_is_the_category() -> None:
    """`<h1 class="section-title">` over a grid whose main column holds the entry's box and its
    `<h2>` title: the section's name, four levels above the headline."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    page = (
        "<div class='trang'><h1 class='section-title'>Đào tạo nghề</h1><div class='luoi'>"
        f"<div class='chinh'><div class='bai'><h2>{TITLE}</h2><div class='noi-dung'>{text}</div>"
        "</div></div></div></div>"
    )
    assert ARTICLE.record(page)["category"] == "Đào tạo nghề"


def test_related_topics_labelled_with_a_colon_are_the_tags() -> None:
    """`Chủ đề liên quan:` over topic links after the text: the tags."""
    topics = (
        "<div class='chu-de'><span>Chủ đề liên quan:</span> <a href='/chu-de/nghe-thu-cong'>"
        "Nghề thủ công</a> <a href='/chu-de/hoi-vien'>Hội viên</a></div>"
    )
    assert after_text(topics)["tags"] == ["Nghề thủ công", "Hội viên"]
