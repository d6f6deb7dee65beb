"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-second holdout set's families (a merged paper's archive on Magnolia, a health department
on OpenCms, a youth union on dotCMS, a hydro-meteorological station on ExpressionEngine, a
religious affairs department on Jahia, an ethnic-language desk on Crafter CMS, an archives
centre on Pelican, a craft village association on Bludit, a wholesale market on CakePHP, a
justice department on Squiz Matrix, a railway company on SolidStart and a heritage centre on
Zola)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://baotinh.example.vn/xa-hoi/cho-phien-vung-cao-a7342.html"
TITLE = "Chợ phiên vùng cao đông khách dịp cuối năm"
FIRST = "Từ sáng sớm, bà con các bản đã gùi hàng xuống chợ, phần lớn là rau rừng và gạo nương."
SECOND = "Ban quản lý chợ bố trí thêm một khu riêng cho người bán thổ cẩm và đồ đan lát."
THIRD = "Khách dưới xuôi lên chủ yếu mua mật ong, măng khô và thảo quả làm quà Tết."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def after_text(block: str) -> dict:
    """The record of the article with `block` right after its text's box."""
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div>{block}</article>"
    )


def test_a_credit_line_after_the_text_names_its_writer_first() -> None:
    """`Name · Ảnh: … · Phát thanh viên …: …` under the text credits each contributor with a
    role, in no bold and no signature's class: the writer is the name before the others'."""
    record = after_text(
        "<p class='credits'>Hà Linh · Ảnh: Lò Văn Sơn · Phát thanh viên tiếng Thái: Lò Thị Mai</p>"
    )
    assert (record["byline"], record["authors"]) == ("Hà Linh", ["Hà Linh"])


def test_roles_in_brackets_after_the_names_credit_the_writer_alone() -> None:
    """`Name (bài), Name (ảnh)` opening a post's footer: the writer is the author, the role note
    leaves the display, and the photographer is none."""
    footer = (
        "<footer class='post-foot'><p class='post-foot__credits'>Vi Thị Hằng (bài), Sầm Văn Tú"
        " (ảnh)</p><ul><li><a href='/chu-de/cho-phien/'>chợ phiên</a></li></ul></footer>"
    )
    record = after_text(footer)
    assert (record["byline"], record["authors"]) == ("Vi Thị Hằng", ["Vi Thị Hằng"])


def test_a_post_after_a_dash_in_the_author_box_leaves_the_byline() -> None:
    """A box too long for a name alone: the title stays in the display, the writer's post
    after the dash leaves it."""
    box = (
        "<div class='detail-author'><p><strong>ThS. Nông Thị Thanh Hoa - Phó Giám đốc Trung"
        " tâm Khuyến nông tỉnh</strong></p></div>"
    )
    record = after_text(box)
    expected = ("ThS. Nông Thị Thanh Hoa", ["Nông Thị Thanh Hoa"])
    assert (record["byline"], record["authors"]) == expected


def test_a_department_whose_name_holds_a_comma_signs_alone() -> None:
    """A department signing the text under it in a signature's box, its name going on in lower
    case after a comma: the display, naming nobody."""
    record = after_text("<div class='tin__signature'><p>Phòng Kiểm tra, xử lý văn bản</p></div>")
    assert (record["byline"], record["authors"]) == ("Phòng Kiểm tra, xử lý văn bản", [])


def test_a_totals_label_is_kept_whole_with_the_count() -> None:
    """`Tổng lượt xem: 2.305` (the total's label) beside the publish line: the count, its label
    whole in `views_raw`."""
    meta = (
        "<div class='tin__info'><span>Đăng lúc 07:20 ngày 03/12/2026</span>"
        " <span class='tin__hits'>Tổng lượt xem: 2.305</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["views"], record["views_raw"]) == (2305, "Tổng lượt xem: 2.305")
