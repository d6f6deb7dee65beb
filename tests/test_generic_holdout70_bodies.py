"""Rules the generic extractor learnt for bodies, pictures and captions from the seventieth
holdout set's national-defence and home-front pages on a photo host."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://anhphongsu.example.vn/Phong-su/Don-dong-doi-ve-dat-me"
TITLE = "Đón 9 hài cốt liệt sĩ về đất mẹ"
TEXT = (
    "Sáng 28/11/2026, tỉnh tiếp nhận 9 hài cốt liệt sĩ quy tập trong mùa khô 2025-2026.",
    "Lễ truy điệu được tổ chức lúc 14 giờ cùng ngày tại nghĩa trang liệt sĩ của tỉnh.",
    "Tôi theo đoàn từ cửa khẩu về đến nghĩa trang, nơi các gia đình đã chờ từ sáng sớm.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
CAPTIONS = ("Đội quy tập bàn giao hài cốt tại cửa khẩu.", "Linh cữu qua cổng nghĩa trang.")


def _gallery(description: str) -> str:
    """A photo host's gallery: the cover block (the headline, the day, the description and a
    row of buttons) then the journal of pictures, each captioned, with its buy and share
    buttons."""
    items = "".join(
        f"<div class='journal-item'><div class='image'><img src='/anh/{n}.jpg' alt=''></div>"
        f"<div class='image-caption'>{caption}</div><div class='image-actions'><button>Mua"
        "</button><button>Chia sẻ</button></div></div>"
        for n, caption in enumerate(CAPTIONS, 1)
    )
    return (
        f"<div class='gallery-cover'><h1>{TITLE}</h1><div class='cover-info'>28/11/2026</div>"
        f"<div class='cover-description'>{description}</div><div class='cover-actions'>"
        "<button>Tải xuống tất cả</button><button>Mua ảnh</button></div></div>"
        f"<div class='gallery-journal'>{items}</div>"
    )


def test_a_dash_and_a_name_closing_a_text_typed_in_br_parts_sign_it() -> None:
    """A gallery's description typed in `<br><br>` parts closing with `— Lê Quang Hưng`: the
    photographer signs it, no part of the text."""
    description = "<br><br>".join((*TEXT, "— Lê Quang Hưng"))
    record = ARTICLE.record(_gallery(description))
    assert (record["byline"], record["authors"], record["body"]) == (
        "Lê Quang Hưng",
        ["Lê Quang Hưng"],
        "\n\n".join(TEXT),
    )


def test_a_gallery_after_the_text_s_row_of_buttons_is_the_article_s() -> None:
    """After the description a row of buttons (`Tải xuống tất cả`, `Mua ảnh`) and the block
    closing: the journal of captioned pictures after it is the article's, its buy and share
    buttons no words besides the captions."""
    record = ARTICLE.record(_gallery("<br><br>".join(TEXT)))
    assert record["images"] == [
        ARTICLE.picture(str(n), caption) for n, caption in enumerate(CAPTIONS, 1)
    ]


def test_a_programme_s_airing_hours_under_its_credits_are_no_text() -> None:
    """A broadcast's description typed in `<br>` parts: its credits (`Thực hiện:` the writer,
    `Biên tập:` and `Kỹ thuật:` on the lines under it), then `Chương trình phát sóng lúc 19 giờ
    thứ Sáu hằng tuần …`: the airing hours are the programme's note, no text, and the writer
    signs it."""
    parts = (
        *TEXT,
        "Thực hiện: Phan Thị Lụa<br>Biên tập: Võ Đình Khải<br>Kỹ thuật: Lê Văn Tú",
        "Chương trình phát sóng lúc 19 giờ thứ Sáu hằng tuần trên kênh phát thanh của tỉnh.",
    )
    page = f"<h1>{TITLE}</h1><div class='description'><p>{'<br><br>'.join(parts)}</p></div>"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"], record["body"]) == (
        "Phan Thị Lụa",
        ["Phan Thị Lụa"],
        "\n\n".join(TEXT),
    )
