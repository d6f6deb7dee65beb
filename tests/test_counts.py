"""View counts as printed by Vietnamese news sites."""

from __future__ import annotations

import pytest

from parsers.vietnamese.counts import parse_count


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9,330", 9330),
        ("9.330", 9330),
        ("9,330 lượt xem", 9330),
        ("9.330 lượt xem", 9330),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("128", 128),
        ("0", 0),
        ("  128\u00a0", 128),
        ("Lượt xem: 128", 128),
        ("Lượt xem: 1.204", 1204),
        ("Lượt xem: 2.931", 2931),
        ("Số lượt xem: 16.302", 16302),
        ("Số lần xem: 169", 169),
        ("Đã xem: 1.204", 1204),
        ("Đã xem:&nbsp;56", 56),
        ("lượt đọc 55", 55),
        ("Lượt đọc: 7", 7),
        ("LƯỢT XEM: 2.500", 2500),
        ("1200 views", 1200),
        ("Views: 3,001", 3001),
        ("(128)", 128),
        ("| 45 lượt xem", 45),
        ("1,2K", 1200),
        ("1.2k", 1200),
        ("1K", 1000),
        ("15K lượt xem", 15000),
        ("1K+ lượt xem", 1000),
        ("1,25K", 1250),
        ("1,2 nghìn", 1200),
        ("1,2 ngàn", 1200),
        ("3 nghìn lượt xem", 3000),
        ("2 triệu", 2000000),
        ("1,5 triệu lượt xem", 1500000),
        ("1,5 tr", 1500000),
        ("1.5 tỷ", 1500000000),
        ("1.234K", 1234000),
        ("Lượt xem: 128.", 128),
        ("9,330, ", 9330),
        ("Lượt xem: 1.204.", 1204),
    ],
)
def test_parse_count(raw: str, expected: int) -> None:
    count = parse_count(raw)
    assert count == expected
    assert type(count) is int  # stored in an INTEGER column and printed as JSON: never 1200.0


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "abc",
        "lượt xem",
        "Lượt xem:",
        "1,23,4",
        "1.2.3",
        "12,5",
        "1.234,5",
        "1,2345",
        "-5",
        "-5 lượt xem",
        "2 3",
        "Bình luận 12",
        "12/05/2024",
        "Aa 396 | 23/09/2026 Thích 2368",
        "1,2,3K",
    ],
)
def test_parse_count_rejects(raw: str | None) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(("raw", "expected"), [("Số lần đọc: 1.234", 1234), ("Lần đọc: 87", 87)])
def test_parse_count_reads_times_read(raw: str, expected: int) -> None:
    """`Số lần đọc` (times read) is the view counter of older layouts."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt truy cập: 2\u00a0345", 2345),
        ("2 345 lượt xem", 2345),
        ("Lượt xem: 12\u202f345\u202f678", 12345678),
    ],
)
def test_thousands_split_by_spaces_are_one_count(raw: str, expected: int) -> None:
    """A space, no-break or thin space between groups of three digits groups thousands."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["12 34", "1 2345", "2 345 678 9"])
def test_spaced_digits_that_are_no_thousands_are_no_count(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt đọc: 2.310 | Bình luận: 4", 2310),
        ("Thích 8 · 642 lượt xem", 642),
        ("05/03/2025 - 1.877 lượt xem", 1877),
        ("Lượt xem: 3.450 (tuần này: 210)", 3450),
    ],
)
def test_the_views_are_read_from_their_part_of_a_line_of_counts(raw: str, expected: int) -> None:
    """Comments, likes, a date or a count in brackets beside the views are no part of them."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["Bình luận: 4 | Thích 8", "Lượt xem: 7 | Lượt đọc: 9"])
def test_a_line_of_counts_without_one_view_count_is_no_count(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("4 N", 4000), ("2,5N lượt xem", 2500), ("2 tỉ", 2 * 10**9), ("3B", 3 * 10**9)],
)
def test_short_multipliers_of_thousands_and_billions(raw: str, expected: int) -> None:
    """`N` (nghìn) as social widgets print it, `tỉ` spelled with i, `B` on English pages."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["Lượt xem: 12.345.678.901", "98765432109876 views"])
def test_more_than_ten_billion_views_is_a_misread(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3k4 lượt xem", 3400),
        ("1tr5", 1_500_000),
        ("Hơn 2.500 lượt xem", 2500),
        ("Trên 300 lượt đọc", 300),
        ("Số người xem: 87", 87),
        ("Thích (4) Lượt xem (2.310)", 2310),
        ("2.310 lượt xem, 4 bình luận", 2310),
        ("٢٬٣١٠", 2310),
    ],
)
def test_social_multipliers_floors_and_parts_of_a_line_are_read(raw: str, expected: int) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("~2.310", 2310), ("~ 87 lượt đọc", 87), ("Khoảng 4.200 lượt xem", 4200)],
)
def test_an_approximate_count_reads_the_number_printed(raw: str, expected: int) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # another count's label glued to the views, a date after them with a space
        ("Lượt đọc:2.048Thích:7", 2048),
        ("2.048 lượt đọc 30/11/2025", 2048),
        ("30-11-2025 2.048 views", 2048),
        # a pictograph beside a count named views; alone it names no views
        ("⭐ 2.048 lượt xem", 2048),
        ("⭐ 2.048", None),
    ],
)
def test_glued_labels_dates_and_pictographs_beside_the_views(
    raw: str, expected: int | None
) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a page's downloads, reach and impressions are its count
        ("Lượt tải về: 731", 731),
        ("4.096 lượt tiếp cận", 4096),
        ("Lượt hiển thị: 3.002", 3002),
        # a lower bound reads its floor, an upper bound no count
        (">250 lượt đọc", 250),
        ("≥ 7.500 views", 7500),
        ("< 50 lượt xem", None),
        # `vạn` is ten thousand; one digit after a spelt multiplier is its next place
        ("2,4 vạn lượt đọc", 24000),
        ("3 nghìn 7 lượt xem", 3700),
        ("2 triệu 6 lượt nghe", 2600000),
    ],
)
def test_downloads_bounds_and_spelt_multipliers(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # `đã được xem … lần`, with the article named before it or not
        ("Đã được đọc 318 lần", 318),
        ("Bài đã được xem 4.207 lần", 4207),
        # a share in brackets beside the views is another number
        ("4.207 lượt đọc (35%)", 4207),
        ("(35%)", None),
        # a title or aria-label attribute pasted whole is read by its text; no other attribute
        ("title='4.207 lượt xem'", 4207),
        ('aria-label="Lượt đọc 318"', 318),
        ('data-id="318"', None),
    ],
)
def test_passive_views_shares_and_attributes(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a plus sign opening a part is the count's sign; glued after a word it is no sign
        ("Lượt đọc: +2.817", 2817),
        ("+406 lượt nghe", 406),
        ("Bài 3+406", None),
        # those on the page now beside the views name no part of them
        ("Lượt đọc: 2.817 | Đang đọc: 9", 2817),
        ("Lượt xem 406 · Đang truy cập 17", 406),
    ],
)
def test_signed_counts_and_readers_now_beside_the_views(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the hundreds and the last two digits after a thousand's word spell the whole number
        ("Lượt xem: 7 nghìn 5 trăm 08", 7508),
        ("Lượt đọc: 12 ngàn 3 trăm", 12300),
        # one digit after the hundreds is no last place: `2 trăm 5` is said for 250 as for 205
        ("Lượt xem: 7 nghìn 5 trăm 8", None),
        # another count's label after a space ends the views' part
        ("Lượt đọc 2.817 Lượt chia sẻ 9", 2817),
    ],
)
def test_thousands_spelled_with_hundreds_and_unseparated_counts(
    raw: str, expected: int | None
) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # three digits after a word of thousands are its next three places; after `vạn` none
        ("Lượt xem: 2 nghìn 508", 2508),
        ("Lượt xem: 2 triệu 350", 2350000),
        ("Lượt xem: 2 vạn 350", None),
        # a smaller word's count after a larger one's adds up; one as large as its unit does not
        ("Lượt xem: 4 vạn 2 nghìn", 42000),
        ("Lượt xem: 3 triệu 5 trăm nghìn", 3500000),
        ("Lượt xem: 1 vạn 12 nghìn", None),
        # a podcast's listens, a video's readers (`video này`) and a tooltip's sign after the count
        ("Lượt nghe podcast: 2.817", 2817),
        ("Đã có 2.817 người xem video này", 2817),
        ("Lượt xem: 2.817 ⓘ", 2817),
        ("ⓘ 2.817", None),
    ],
)
def test_counts_spelled_in_two_words_and_the_fifteenth_tables_labels(
    raw: str, expected: int | None
) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a half after a word of billions, as after millions
        ("Lượt xem: 2 tỷ rưỡi", 2_500_000_000),
        # a footnote's mark after the count, an asterisk or a bracketed superscript
        ("Lượt xem: 2.817*", 2817),
        ("Lượt đọc: 2.817 ⁽²⁾", 2817),
        # … not a sign between two digits
        ("Lượt xem: 2*817", None),
        # the platforms the views are summed over after the count
        ("Lượt xem: 2.817 trên 4 kênh", 2817),
    ],
)
def test_a_half_billion_footnote_marks_and_platforms_after_the_views(
    raw: str, expected: int | None
) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the views' labels of French, German and Japanese editions
        ("Vues : 3 456", 3456),
        ("Aufrufe: 3.456", 3456),
        ("閲覧数: 3,456", 3456),
        # Chinese `万` and Korean `만` are ten thousand, as `vạn` is
        ("阅读 3.4万", 34000),
        ("조회수 3만", 30000),
        # `chục` is ten, and tens of thousands are `vạn`s
        ("Lượt xem: 4 chục", 40),
        ("Lượt xem: 4 chục ngàn", 40000),
        # `lẻ` or `linh` after a word of thousands or millions: no tens, the rest added
        ("Lượt xem: 3 nghìn lẻ 7", 3007),
        ("Lượt xem: 2 triệu linh 8 nghìn", 2_008_000),
        ("Lượt xem: 3 nghìn lẻ 450", None),
        # a smaller word's count after billions
        ("Lượt xem: 2 tỷ 3 trăm triệu", 2_300_000_000),
        # a modifier apostrophe and a raised comma between groups; a tag character after them
        ("Lượt xem: 3ʼ456", 3456),
        ("Lượt xem: 3⸴456", 3456),
        ("Lượt xem: 3.456\U000e0020", 3456),
        # a count over a number of hours beside the total, in either order
        ("Lượt xem: 3.456 | Lượt xem trong 12 giờ: 78", 3456),
        ("Lượt xem trong 12 giờ: 78 | Tổng lượt xem: 3.456", 3456),
    ],
)
def test_other_editions_labels_tens_and_odd_units(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the views' labels of Portuguese, Spanish, Italian, Polish, Turkish, Indonesian and Thai
        # editions
        ("Visualizações: 3.456", 3456),
        ("Visualizaciones: 3.456", 3456),
        ("Visualizzazioni: 3.456", 3456),
        ("Wyświetlenia: 3 456", 3456),
        ("Görüntülenme: 3.456", 3456),
        ("Dilihat 3.456 kali", 3456),
        ("ยอดวิว 3,456", 3456),
        # other editions' words of thousands, and India's lakh and crore
        ("Просмотры: 3,4 тыс.", 3400),
        ("Aufrufe: 3,4 Tsd.", 3400),
        ("Views: 3.4 lakh", 340_000),
        ("Views: 1.2 crore", 12_000_000),
        # an unspaced middle dot between groups of three
        ("Lượt xem: 3·456", 3456),
        ("Lượt xem: 3∙456", 3456),
        # a wiki's footnote in brackets after the count
        ("Lượt xem: 3.456 [2]", 3456),
        # hundreds of thousands in digits after millions' word
        ("Lượt xem: 2 triệu 345 nghìn", 2_345_000),
        # a gain marked by a triangle or an arrow in brackets
        ("Lượt xem: 3.456 (▲45)", 3456),
        ("Lượt xem: 3.456 (↑45)", 3456),
    ],
)
def test_more_editions_labels_lakh_footnotes_and_gains(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the views' labels of Dutch, Swedish, Czech, Hungarian, Greek and Ukrainian editions, and
        # Japanese's word of times
        ("Weergaven: 3.456", 3456),
        ("Visningar: 3 456", 3456),
        ("Zobrazení: 3 456", 3456),
        ("Megtekintések: 3 456", 3456),
        ("Προβολές: 3.456", 3456),
        ("Переглядів: 3 456", 3456),
        ("閲覧 3,456 回", 3456),
        # readers who have seen it
        ("3.456 bạn đọc đã xem", 3456),
    ],
)
def test_views_labels_of_more_editions(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a news item read so many times
        ("Tin đã được đọc 3.456 lần", 3456),
        ("Tin đã được xem 3.456 lần", 3456),
    ],
)
def test_a_news_items_reads(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected
