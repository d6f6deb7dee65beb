"""Rules the generic extractor learnt for bodies, bylines under the text, pictures and captions
from the fifty-ninth holdout set's science, technology, real estate and planning pages on help
centres, forums, wikis, documentation builders and site builders."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://ioc.example.vn/posts/2026/camera-ai-giao-thong.html"
TITLE = "Trung tâm điều hành mở rộng camera AI giám sát giao thông"
FIRST = "Trung tâm điều hành đô thị thông minh vừa đưa thêm 380 camera AI vào vận hành."
SECOND = "Hệ thống tự động phát hiện vi phạm và gửi hình ảnh về trung tâm trong vòng 30 giây."
THIRD = "Năm 2027, trung tâm dự kiến kết nối thêm dữ liệu từ các bãi đỗ xe công cộng."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_documentation_site_s_pilcrow_is_no_part_of_a_caption() -> None:
    """Sphinx closes a figure's caption with a link to it (`<figcaption><p><span
    class="caption-text">…</span><a class="headerlink" href="#id1">¶</a></p></figcaption>`):
    the caption as printed, without the mark."""
    figure = (
        "<figure><img src='/anh/phong-dieu-hanh.jpg' alt=''><figcaption><p><span "
        "class='caption-text'>Phòng điều hành của trung tâm. Ảnh: Trung tâm IOC</span>"
        "<a class='headerlink' href='#id1'>¶</a></p></figcaption></figure>"
    )
    images = ARTICLE.record(ARTICLE.between(figure))["images"]
    assert images == [
        ARTICLE.picture("phong-dieu-hanh", "Phòng điều hành của trung tâm. Ảnh: Trung tâm IOC")
    ]


def test_a_bold_last_line_with_a_long_unit_after_a_dash_signs_the_post() -> None:
    """A forum post typed in `<br>` lines closes with its writer in bold, a rank before the
    name and the unit's full name after a dash (`<b>Đại úy Nguyễn Đức Mạnh - Phòng An ninh
    mạng và phòng chống tội phạm sử dụng công nghệ cao, Công an tỉnh</b>`): the signature, the
    unit no part of it, however long its name runs."""
    signed = (
        "<b>Đại úy Nguyễn Đức Mạnh - Phòng An ninh mạng và phòng chống tội phạm sử dụng công "
        "nghệ cao, Công an tỉnh Nghệ An</b>"
    )
    post = "<br><br>".join((FIRST, SECOND, THIRD, signed))
    inner = f"<div class='post'><div class='inner'>{post}</div></div>"
    page = f"<article><h1>{TITLE}</h1>{inner}</article>"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Đại úy Nguyễn Đức Mạnh",
        ["Nguyễn Đức Mạnh"],
        "\n\n".join((FIRST, SECOND, THIRD)),
    )


def test_a_see_also_line_with_a_note_in_brackets_after_its_link_is_no_text() -> None:
    """`Xem thêm: <a>Hướng dẫn kê khai số liệu</a> (hạn nộp số liệu: 31/01/2027).` in a quote
    among the paragraphs: a pointer to another page, the note in brackets about that page; no
    line of the text."""
    box = (
        "<blockquote class='quote'><p>Xem thêm: <a href='/huong-dan-ke-khai.html'>Hướng dẫn kê "
        "khai số liệu</a> (hạn nộp số liệu năm 2026: 31/01/2027).</p></blockquote>"
    )
    body = ARTICLE.record(ARTICLE.between(box))["body"]
    assert body == "\n\n".join((FIRST, SECOND, THIRD))
