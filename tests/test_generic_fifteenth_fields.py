"""Rules the generic extractor learnt for dates, views and bylines from the fifteenth holdout
set's families (the elderly people's paper, an overseas magazine on an old table template, a
ward's static site, an ethnic affairs magazine on Newspack, a fact-check desk, a province's
disaster-prevention portal)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record, record_from_html
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2025-12-03T10:00:00+07:00")
URL = "https://tindongbang.example.vn/doi-song/cho-phien-cuoi-nam-tren-song-4412.html"
TITLE = "Chợ phiên cuối năm trên sông nhộn nhịp thuyền bè từ sáng sớm"
HEADLINE = f"<h1>{TITLE}</h1>"
FIRST = "Từ bốn giờ sáng, hàng trăm thuyền chở trái cây đã neo kín một khúc sông."
SECOND = "Người bán và người mua trả giá qua mạn thuyền, tiếng gọi nhau vang cả bến."
THIRD = "Ban quản lý chợ cho biết năm nay số thuyền về họp đông hơn năm trước."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


ARTICLE = InventedArticle(URL, TITLE, NOW)
html = ARTICLE.html


def test_a_count_labelled_already_read_keeps_its_whole_label() -> None:
    meta = (
        "<div class='info'><span class='date'>06:40 - 02/12/2025</span> "
        "<span class='read'>Đã đọc: 3.118</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["views"], record["views_raw"]) == (3118, "Đã đọc: 3.118")


def test_an_edit_line_beside_the_post_line_is_the_modified_time() -> None:
    meta = (
        "<div class='news-date'><span>Ngày đăng: 29/11/2025 21:10</span> "
        "<span>Ngày sửa: 30/11/2025 07:45</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["published_at"] == "2025-11-29T21:10:00+07:00"
    assert record["modified_at"] == "2025-11-30T07:45:00+07:00"


def test_an_edit_day_in_a_time_element_is_the_modified_day() -> None:
    meta = (
        "<ul class='post-metadata'><li>Đăng ngày <time datetime='2025-11-25'>25/11/2025</time>"
        "</li><li>Sửa ngày <time datetime='2025-11-27'>27/11/2025</time></li></ul>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["published_at"] == "2025-11-25T00:00:00+07:00"
    assert record["modified_at"] == "2025-11-27T00:00:00+07:00"


def test_a_newsroom_team_signing_alone_is_the_byline_and_no_person() -> None:
    meta = (
        "<div class='meta'><span class='author'>Tổ Bạn đọc</span> "
        "<span class='date'>Thứ Ba, 2/12/2025 - 08:15</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Tổ Bạn đọc", [])


def test_an_office_signing_under_a_source_line_is_the_byline_kept_whole() -> None:
    meta = "<div class='info'><span class='date'>Ngày đăng: 02/12/2025 09:40</span></div>"
    foot = (
        "<p><em>Nguồn: Trạm Thủy văn Cầu Đá</em></p>"
        "<p style='text-align:right'><strong>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</strong></p>"
    )
    text = TEXT.replace("</div>", foot + "</div>")
    record = record_from_html(html(HEADLINE + meta + text), URL, NOW)
    assert (record["byline"], record["authors"]) == ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", [])
    assert record["source"] == "Trạm Thủy văn Cầu Đá"
    assert record["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_a_compiler_s_line_closing_the_text_is_the_byline() -> None:
    meta = "<div class='meta'><span class='date'>02/12/2025 07:30</span></div>"
    text = TEXT.replace("</div>", "<p><strong>Tổng hợp: Hoàng Minh Châu</strong></p></div>")
    record = extract_record(html(HEADLINE + meta + text), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hoàng Minh Châu", ["Hoàng Minh Châu"])
    assert record["body"] == f"{FIRST}\n\n{SECOND}\n\n{THIRD}"


def test_co_authors_each_in_a_box_of_their_own_on_one_line_are_the_byline_as_printed() -> None:
    meta = (
        "<div class='entry-meta'><span class='byline'><span>Bởi</span> "
        "<span class='author vcard'><a href='/author/minhkhoi/'>Minh Khôi</a></span>, "
        "<span class='author vcard'><a href='/author/thanhtam/'>Thanh Tâm</a></span> và "
        "<span class='author vcard'><a href='/author/hsiu/'>H'Siu</a></span></span> "
        "<time class='entry-date published' datetime='2025-12-02T06:30:00+07:00'>"
        "02/12/2025</time></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT), URL, NOW)
    assert record["byline"] == "Minh Khôi, Thanh Tâm và H'Siu"
    assert record["authors"] == ["Minh Khôi", "Thanh Tâm", "H'Siu"]
