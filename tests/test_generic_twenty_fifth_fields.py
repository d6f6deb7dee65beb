"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-fifth holdout set's families (a vehicle inspection centre on Flask, a department of
construction on a Viettel portal, an environment company on FastAPI, a vocational college on
Laminas, a coast guard command on Razor Pages, a consumer association on Grails, a post office on
PrimeFaces, a project board on ColdFusion, a wildlife rescue centre on Slim, a planning institute
on NestJS, a children's shelter on Sinatra and a children's house on Koa)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://trungtamvanhoa.example.vn/tin-tuc/lop-hat-dan-ca-mua-dong-a3391.html"
TITLE = "Mở lớp hát dân ca cho thiếu nhi trong dịp nghỉ đông"
FIRST = "Lớp học diễn ra vào các buổi chiều thứ Bảy, mỗi buổi kéo dài chừng hai tiếng đồng hồ."
SECOND = "Các em được nghệ nhân trong vùng dạy những làn điệu quen thuộc của quê hương mình."
THIRD = "Cuối khóa, trung tâm tổ chức một buổi biểu diễn nhỏ để phụ huynh đến xem."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def views_beside(count: str) -> tuple[int | None, str | None]:
    """The views and their raw text when `count` sits in its own span beside the publish line."""
    meta = (
        "<div class='thong-tin'><span class='ngay'>09:10 ngày 03/12/2026</span>"
        f" <span class='dem'>{count}</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    return record["views"], record["views_raw"]


def test_the_times_the_page_was_opened_under_their_label_are_the_views() -> None:
    """`Truy cập: 1.207` beside the publish line: the times the article was opened."""
    assert views_beside("Truy cập: 1.207") == (1207, "Truy cập: 1.207")


def test_a_sites_total_opened_is_no_view_count() -> None:
    """`Tổng truy cập: 412.096` beside the publish line: the site's total, not the article's."""
    assert views_beside("Tổng truy cập: 412.096") == (None, None)


def after_text(block: str) -> dict:
    """The record of the article with `block` right after its text's box."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div>{block}</article>"
    )


def test_a_keywords_list_without_links_gives_its_items_as_the_tags() -> None:
    """`<ul class="keywords"><li>dân ca</li>…</ul>` after the text, no item a link: a site
    printing its keywords with no page for each; the items are the tags."""
    keywords = "<ul class='keywords'><li>dân ca</li><li>thiếu nhi</li><li>nghỉ đông</li></ul>"
    assert after_text(keywords)["tags"] == ["dân ca", "thiếu nhi", "nghỉ đông"]


def test_a_title_naming_the_site_as_its_banner_prints_it_is_no_headline() -> None:
    """`<title>` is the site's name alone, which the banner prints as text in capitals beside
    the logo (`<div class="banner-text"><div>TRUNG TÂM …</div></div>`): the site's name; the
    headline is the `<h1>`."""
    site = "Trung tâm Văn hóa tỉnh Bình Hòa"
    banner = (
        "<div class='banner'><a href='/'><img src='/anh/logo.png' alt='Biểu trưng'></a>"
        "<div class='banner-text'><div class='dong-hai'>TRUNG TÂM VĂN HÓA TỈNH BÌNH HÒA</div>"
        "</div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    body = f"{banner}<div class='chinh'><h1>{TITLE}</h1><div class='noi-dung'>{text}</div></div>"
    page = f"<html lang='vi'><head><title>{site}</title></head><body>{body}</body></html>"
    assert extract_record(page, URL, NOW)["headline"] == TITLE


def signed(line: str) -> tuple[str | None, list[str]]:
    """The byline and authors when `line` signs the text in bold, right-aligned, under its last
    paragraph."""
    record = ARTICLE.under_headline("", f"<p style='text-align:right'><strong>{line}</strong></p>")
    return record["byline"], record["authors"]


def test_a_club_after_a_dash_is_no_author() -> None:
    """`Thầy giáo … - Câu lạc bộ Đàn tranh`: the club the teacher writes for leaves the display;
    the author is the name."""
    expected = ("Thầy giáo Lê Quang Vinh", ["Lê Quang Vinh"])
    assert signed("Thầy giáo Lê Quang Vinh - Câu lạc bộ Đàn tranh") == expected


def test_a_sisters_title_in_short_is_no_part_of_her_name() -> None:
    """`Nt. Anna Phạm Thị Huệ` (nữ tu, a sister): the title stays in the display; her baptismal
    name is part of how she is named."""
    expected = ("Nt. Anna Phạm Thị Huệ", ["Anna Phạm Thị Huệ"])
    assert signed("Nt. Anna Phạm Thị Huệ") == expected


def test_a_vets_title_is_no_part_of_the_name() -> None:
    """`Bác sĩ thú y Hồ Văn Khánh` (a vet): the title stays in the display, the author is the
    name."""
    assert signed("Bác sĩ thú y Hồ Văn Khánh") == ("Bác sĩ thú y Hồ Văn Khánh", ["Hồ Văn Khánh"])
