"""Rules the generic extractor learnt for dates and bylines from the thirty-fourth holdout set's
pages as the JavaScript-era front ends render them (Quasar's typography classes, a signature
with the writer's workplace in brackets under the text)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T09:00:00+07:00")
URL = "https://baotinh.example.vn/y-te/kham-mat-mien-phi-post318402.html"
TITLE = "Khám mắt miễn phí cho hơn 600 người cao tuổi vùng cao"
TEXT = (
    "Trong hai ngày cuối tuần, đoàn y, bác sĩ đã khám, đo thị lực và cấp kính cho người dân.",
    "Hơn 80 người mắc đục thủy tinh thể được hẹn mổ miễn phí tại bệnh viện trong tháng tới.",
    "Chương trình sẽ tiếp tục đến bốn xã vùng cao còn lại trong quý đầu năm sau.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PUBDATE = "<meta name='pubdate' content='2026-12-05T08:31:12Z'>"


def test_a_date_line_in_the_type_scale_s_caption_class_is_the_publish_line() -> None:
    """`<div class="text-caption article-time">05/12/2026, 6:05 CH</div>` under the headline
    (Quasar's, Vuetify's small print, set on the date line as on the counts beside it) with
    no picture in its box: the publish line, not a picture's caption, and it wins over a
    `pubdate` meta at the item's creation."""
    meta = (
        "<div class='row text-grey-7'><div class='text-caption article-time'>05/12/2026, 6:05 CH"
        "</div><div class='text-caption'>Lượt xem: 412</div></div>"
    )
    record = ARTICLE.under_headline(meta, head=PUBDATE)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T18:05:00+07:00",
        "05/12/2026, 6:05 CH",
    )


def test_a_date_in_the_type_scale_s_caption_class_beside_a_picture_stays_a_caption() -> None:
    """The same small print under a picture in its box (`<div><img><div class="text-caption">
    Ảnh chụp ngày 03/12/2026</div></div>`) over the text is the picture's caption: the publish
    time stays the `pubdate` meta's."""
    meta = (
        "<div class='figure'><img src='/anh/doan-kham.jpg' width='800'><div class='text-caption'>"
        "Đoàn khám tại xã Thượng Lâm, ảnh chụp 03/12/2026 09:10</div></div>"
    )
    record = ARTICLE.under_headline(meta, head=PUBDATE)
    assert record["published_at"] == "2026-12-05T15:31:12+07:00"


def test_a_signature_s_workplace_in_brackets_leaves_the_byline() -> None:
    """`BS. Hoàng Minh Tú (Bệnh viện Đa khoa tỉnh)` in bold, right-aligned by a utility class,
    after the text: the writer, with the title kept in the display; the hospital in brackets
    is where they work, no part of the byline."""
    line = (
        "<div class='text-right text-weight-bold'>BS. Lò Văn Khiêm (Bệnh viện Đa khoa huyện)</div>"
    )
    assert ARTICLE.signed(line) == ("BS. Lò Văn Khiêm", ["Lò Văn Khiêm"])
