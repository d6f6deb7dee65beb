"""Rules the generic extractor learnt for dates, bylines, tags and categories from the
fifty-fifth holdout set's learning platforms, wikis and blogs (Chamilo, Canvas LMS, Sakai,
Mahara, BookStack, Confluence, Wiki.js, PmWiki, LiveJournal, Micro.blog, an OpenCart shop's
blog, Blot)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://congkhai.sogd.example.vn/display/TCCB/Ket+qua+tuyen+dung+2026"
TITLE = "Kết quả tuyển dụng giáo viên năm 2026: 380 thí sinh trúng tuyển"
TEXT = (
    "Sở Giáo dục và Đào tạo vừa phê duyệt kết quả tuyển dụng giáo viên năm 2026 của tỉnh.",
    "Kỳ tuyển dụng có 1.120 thí sinh dự vòng hai, gồm phỏng vấn và thực hành giảng dạy.",
    "Thí sinh trúng tuyển hoàn thiện hồ sơ tại đơn vị được phân công trong thời hạn 30 ngày.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_an_edit_line_linking_the_page_history_is_the_update() -> None:
    """A wiki's page metadata in one list item: the creator, the publish day and the last
    edit as a link to the page's history of versions (`sửa đổi lần cuối bởi … vào …`). The
    link is the page's own edit line, not another article's title: the item is the page's
    facts, its publish line the publish time and its edit the modified time."""
    meta = (
        "<ul class='page-metadata'><li>Tạo bởi <a href='/display/~lan'>Trần Thị Lan</a>, "
        "<span class='created'>đăng ngày 04/12/2026 lúc 14:30</span>, <a class='last-modified' "
        "href='/pages/diffpagesbyversion.action?pageId=4892'>sửa đổi lần cuối bởi bbt.congkhai "
        "vào 05/12/2026 09:10</a></li></ul>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T14:30:00+07:00",
        "đăng ngày 04/12/2026 lúc 14:30",
        "2026-12-05T09:10:00+07:00",
    )
