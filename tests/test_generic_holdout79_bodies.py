"""Rules the generic extractor learnt for bodies from the seventy-ninth holdout set's
craft-village pages on forums and help-authoring tools' handbooks."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://diendan.langnghe.example.vn/read.php?7,5120"
TITLE = "Xưởng mộc Đồng Kỵ nhận đơn sập gụ cho dịp Tết"
FIRST = "Xưởng em vừa giao xong 12 bộ sập gụ cho khách ở Hải Phòng, mỗi bộ nặng khoảng 300 kg."
SECOND = "Giá gỗ gụ tháng này lên 42 triệu đồng/m³, tăng 8% so với đầu năm nên đơn mới báo giá lại."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def _post(closing: str) -> str:
    """A forum's first post: the poster's profile link over it, `closing` after its text."""
    return (
        f"<div class='message'><h1>{TITLE}</h1>"
        "<div class='message-author'><a href='profile.php?7,311'>Trần Văn Hùng</a></div>"
        f"<div class='message-body'>{FIRST}<br /><br />{SECOND}<br />{closing}</div></div>"
    )


def test_a_poster_s_signature_on_his_only_post_is_no_text() -> None:
    """A post's block classed as a signature opening with the name its poster's profile link
    prints, then his workshop and phone after a dash: his standing signature, though he posts
    once in the thread: no text, and no byline naming his workshop as a person (the profile
    link names the poster)."""
    signature = "<div class='signature'>Trần Văn Hùng – Xưởng mộc Hùng Phát, Bắc Ninh</div>"
    record = ARTICLE.record(_post(signature))
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join((FIRST, SECOND)),
        "Trần Văn Hùng",
        ["Trần Văn Hùng"],
    )


def test_brackets_left_where_a_post_s_button_was_are_no_text() -> None:
    """`[<a class="icon-comment-add">Trích dẫn</a>]` under a post: its icon link is page
    furniture, and the brackets left alone are no line of text."""
    options = (
        "<div class='message-options'>"
        "[<a href='posting.php?7' class='icon-comment-add'>Trích dẫn</a>]</div>"
    )
    body = ARTICLE.record(_post(options))["body"]
    assert body == "\n\n".join((FIRST, SECOND))


def test_a_block_classed_as_a_tip_around_paragraphs_is_no_text() -> None:
    """A help-authoring tool's `<div class="tip">` holding two paragraphs, the first opened by
    its `Mẹo:` label: a box set apart beside the text, as a `<p class="tip">` is."""
    handbook = InventedArticle(
        "https://camnang.example.vn/ocop/Content/Chuong3/3-2-ho-so.htm", TITLE, NOW, (FIRST, SECOND)
    )
    tip = (
        "<div class='tip'><p><span class='autonumber'><span>Mẹo: </span></span>"
        "Nên chụp ảnh xưởng và sản phẩm để đưa vào hồ sơ.</p>"
        "<p>Ảnh rõ nét giúp hội đồng chấm phần câu chuyện sản phẩm.</p></div>"
    )
    body = handbook.record(handbook.between(tip))["body"]
    assert body == "\n\n".join((FIRST, SECOND))
