"""Rules the generic extractor learnt from the sixth holdout set's families (Joomla K2, a block
theme WordPress with Jetpack, Odoo, XenForo, Wix, react-helmet, a TV station, a legal Q&A page,
a print edition, an ASP.NET Web Forms commune portal)."""

from __future__ import annotations

import json
from datetime import datetime

from parsers.vietnamese.names import clean_byline
from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
HEADLINE = "<h1>Nông dân thu hoạch vải sớm được giá</h1>"
FIRST = "Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước."
SECOND = "Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại."
THIRD = "Các hợp tác xã đã ký hợp đồng tiêu thụ với doanh nghiệp chế biến trong tỉnh năm nay."
TEXT = f"<div class='content'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>"


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def test_pv_with_a_colon_is_a_role_label() -> None:
    byline = clean_byline("PV: Quang Vinh - Thu Hằng")
    assert (byline.display, byline.people) == ("Quang Vinh - Thu Hằng", ("Quang Vinh", "Thu Hằng"))


def test_an_editors_or_approvers_credit_beside_the_authors_names_no_author() -> None:
    assert clean_byline("Tác giả: Hoàng Minh | Biên tập: Thu Trang").people == ("Hoàng Minh",)
    assert clean_byline("Người viết: Lê Lâm Người duyệt: Trần Hải").people == ("Lê Lâm",)
    assert clean_byline("Biên tập: Thu Trang").people == ()


def test_metadata_listing_the_editor_as_an_author_does_not_make_them_one() -> None:
    ld = {"@type": "NewsArticle", "author": [{"name": "Hoàng Minh"}, {"name": "Thu Trang"}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    meta = (
        "<div class='meta'><span>Tác giả: </span><a href='/tac-gia/hoang-minh'>Hoàng Minh</a>"
        "<span> | </span><span>Biên tập: </span><span>Thu Trang</span></div>"
    )
    record = extract_record(html(HEADLINE + meta + TEXT, head), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Hoàng Minh", ["Hoàng Minh"])


def test_a_người_viết_line_in_a_table_cell_after_the_text_is_the_byline() -> None:
    credits = (
        "<table><tr><td align='right'>Người viết: <span>Nguyễn Văn Lâm</span><br>"
        "Người duyệt: <span>Trần Đức Hải</span></td></tr></table>"
    )
    record = extract_record(html(HEADLINE + TEXT + credits), URL, NOW)
    assert (record["byline"], record["authors"]) == ("Nguyễn Văn Lâm", ["Nguyễn Văn Lâm"])
