"""Rules the generic extractor learnt for bodies from the seventy-third holdout set's
performing-arts and book pages on podcast hosts."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://podcast.example.vn/shows/sach-va-nguoi/tap-21"
TITLE = "Tập 21: Nhà thơ trẻ và tập thơ in bằng tiền gây quỹ"
TEXT = (
    "Tập thơ đầu tay của Lò Thị Mai được in 2.000 bản nhờ 318 người góp tiền trong 45 ngày.",
    "Trong tập này, chị kể về những bài thơ viết trên xe khách giữa Điện Biên và Hà Nội.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_bold_label_over_a_line_of_chapters_goes_with_it() -> None:
    """Show notes close with `<p><strong>Mốc thời gian:</strong></p>` over the chapters typed on
    one line (`00:00 Giới thiệu · 04:10 … · 19:30 …`): the label announces the recording's
    index and leaves the text with it."""
    notes = "".join(f"<p>{p}</p>" for p in TEXT) + (
        "<p><strong>Mốc thời gian:</strong></p>"
        "<p>00:00 Giới thiệu · 04:10 Những bài thơ trên xe khách · 19:30 Gây quỹ in sách</p>"
    )
    page = f"<article><h1>{TITLE}</h1><div class='episode-notes'>{notes}</div></article>"
    assert ARTICLE.record(page)["body"] == "\n\n".join(TEXT)
