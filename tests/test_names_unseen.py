"""Blind tables of bylines and view counts, in forms the tests beside the code lack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.vietnamese.counts import parse_count
from parsers.vietnamese.names import Byline, clean_byline
from tests.test_counts import test_parse_count, test_parse_count_rejects
from tests.test_names import test_clean_byline

TABLES = Path(__file__).parent / "fixtures" / "names"
BylineRow = tuple[str, str | None, tuple[str, ...], str | None]
CountRow = tuple[str, int | None]


def _load(name: str) -> tuple[list[BylineRow], list[CountRow]]:
    """A table's bylines [raw, display, people, source] and counts [raw, the count or null]."""
    table = json.loads((TABLES / name).read_text(encoding="utf-8"))
    bylines = [
        (raw, display, tuple(people), source) for raw, display, people, source in table["bylines"]
    ]
    return bylines, [(raw, expected) for raw, expected in table["counts"]]


BYLINES, COUNTS = _load("unseen.json")
BYLINES2, COUNTS2 = _load("unseen2.json")
BYLINES3, COUNTS3 = _load("unseen3.json")
BYLINES4, COUNTS4 = _load("unseen4.json")
BYLINES5, COUNTS5 = _load("unseen5.json")
BYLINES6, COUNTS6 = _load("unseen6.json")
BYLINES7, COUNTS7 = _load("unseen7.json")
BYLINES8, COUNTS8 = _load("unseen8.json")
BYLINES9, COUNTS9 = _load("unseen9.json")
BYLINES10, COUNTS10 = _load("unseen10.json")
BYLINES11, COUNTS11 = _load("unseen11.json")
BYLINES12, COUNTS12 = _load("unseen12.json")
BYLINES13, COUNTS13 = _load("unseen13.json")
BYLINES14, COUNTS14 = _load("unseen14.json")
BYLINES15, COUNTS15 = _load("unseen15.json")
BYLINES16, COUNTS16 = _load("unseen16.json")
BYLINES17, COUNTS17 = _load("unseen17.json")
BYLINES18, COUNTS18 = _load("unseen18.json")
BYLINES19, COUNTS19 = _load("unseen19.json")
BYLINES20, COUNTS20 = _load("unseen20.json")

# Rows the code does not read yet, by index in the table.
BYLINES_NOT_YET: set[int] = set()
COUNTS_NOT_YET: set[int] = set()
BYLINES2_NOT_YET: set[int] = {170}
COUNTS2_NOT_YET: set[int] = set()
BYLINES3_NOT_YET: set[int] = set()
COUNTS3_NOT_YET: set[int] = set()
BYLINES4_NOT_YET: set[int] = {38}
COUNTS4_NOT_YET: set[int] = set()
BYLINES5_NOT_YET: set[int] = {163}
COUNTS5_NOT_YET: set[int] = set()
BYLINES6_NOT_YET: set[int] = {86}
COUNTS6_NOT_YET: set[int] = set()
BYLINES7_NOT_YET: set[int] = {85, 140, 159, 167}
COUNTS7_NOT_YET: set[int] = set()
BYLINES8_NOT_YET: set[int] = {20}
COUNTS8_NOT_YET: set[int] = set()
BYLINES9_NOT_YET: set[int] = set()
COUNTS9_NOT_YET: set[int] = set()
BYLINES10_NOT_YET: set[int] = set()
COUNTS10_NOT_YET: set[int] = set()
BYLINES11_NOT_YET: set[int] = set()
COUNTS11_NOT_YET: set[int] = set()
BYLINES12_NOT_YET: set[int] = {97}
COUNTS12_NOT_YET: set[int] = set()
BYLINES13_NOT_YET: set[int] = set()
COUNTS13_NOT_YET: set[int] = set()
BYLINES14_NOT_YET: set[int] = set()
COUNTS14_NOT_YET: set[int] = set()
BYLINES15_NOT_YET: set[int] = set()
COUNTS15_NOT_YET: set[int] = set()
BYLINES16_NOT_YET: set[int] = set()
COUNTS16_NOT_YET: set[int] = set()
BYLINES17_NOT_YET: set[int] = {65}
COUNTS17_NOT_YET: set[int] = set()
BYLINES18_NOT_YET: set[int] = set()
COUNTS18_NOT_YET: set[int] = set()
BYLINES19_NOT_YET: set[int] = set()
COUNTS19_NOT_YET: set[int] = set()
BYLINES20_NOT_YET: set[int] = set()
COUNTS20_NOT_YET: set[int] = set()


def _params(rows: list, not_yet: set[int]) -> list:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if i in not_yet else row
        for i, row in enumerate(rows)
    ]


def test_tables_are_large_and_distinct() -> None:
    assert len(BYLINES) >= 150 and len(BYLINES2) >= 150 and len(BYLINES3) >= 180
    assert len(COUNTS) >= 60 and len(COUNTS2) >= 50 and len(COUNTS3) >= 50
    assert len(BYLINES4) >= 150 and len(COUNTS4) >= 40
    assert len(BYLINES5) >= 150 and len(COUNTS5) >= 40
    assert len(BYLINES6) >= 150 and len(COUNTS6) >= 40
    assert len(BYLINES7) >= 150 and len(COUNTS7) >= 40
    assert len(BYLINES8) >= 150 and len(COUNTS8) >= 40
    assert len(BYLINES9) >= 120 and len(COUNTS9) >= 30
    assert len(BYLINES10) >= 120 and len(COUNTS10) >= 40
    assert len(BYLINES11) >= 120 and len(COUNTS11) >= 40
    assert len(BYLINES12) >= 120 and len(COUNTS12) >= 40
    assert len(BYLINES13) >= 120 and len(COUNTS13) >= 40
    assert len(BYLINES14) >= 120 and len(COUNTS14) >= 40
    assert len(BYLINES15) >= 120 and len(COUNTS15) >= 40
    assert len(BYLINES16) >= 120 and len(COUNTS16) >= 40
    assert len(BYLINES17) >= 120 and len(COUNTS17) >= 40
    assert len(BYLINES18) >= 120 and len(COUNTS18) >= 40
    assert len(BYLINES19) >= 100 and len(COUNTS19) >= 30
    assert len(BYLINES20) >= 100 and len(COUNTS20) >= 30
    all_bylines = [
        raw
        for table in (
            BYLINES,
            BYLINES2,
            BYLINES3,
            BYLINES4,
            BYLINES5,
            BYLINES6,
            BYLINES7,
            BYLINES8,
            BYLINES9,
            BYLINES10,
            BYLINES11,
            BYLINES12,
            BYLINES13,
            BYLINES14,
            BYLINES15,
            BYLINES16,
            BYLINES17,
            BYLINES18,
            BYLINES19,
            BYLINES20,
        )
        for raw, *_ in table
    ]
    all_counts = [
        raw
        for table in (
            COUNTS,
            COUNTS2,
            COUNTS3,
            COUNTS4,
            COUNTS5,
            COUNTS6,
            COUNTS7,
            COUNTS8,
            COUNTS9,
            COUNTS10,
            COUNTS11,
            COUNTS12,
            COUNTS13,
            COUNTS14,
            COUNTS15,
            COUNTS16,
            COUNTS17,
            COUNTS18,
            COUNTS19,
            COUNTS20,
        )
        for raw, _ in table
    ]
    assert len(set(all_bylines)) == len(all_bylines)
    assert len(set(all_counts)) == len(all_counts)
    seen_bylines = {case[0] for case in _cases(test_clean_byline)}
    seen_counts = {case[0] for case in _cases(test_parse_count)}
    seen_counts |= {case for case in _cases(test_parse_count_rejects)}
    assert not [raw for raw in all_bylines if raw in seen_bylines]
    assert not [raw for raw in all_counts if raw in seen_counts]


def _cases(test: object) -> list:
    """The rows a parametrized test of the first tables runs."""
    return [
        value
        for mark in getattr(test, "pytestmark", [])
        if mark.name == "parametrize"
        for value in mark.args[1]
    ]


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    _params(BYLINES, BYLINES_NOT_YET)
    + _params(BYLINES2, BYLINES2_NOT_YET)
    + _params(BYLINES3, BYLINES3_NOT_YET)
    + _params(BYLINES4, BYLINES4_NOT_YET)
    + _params(BYLINES5, BYLINES5_NOT_YET)
    + _params(BYLINES6, BYLINES6_NOT_YET)
    + _params(BYLINES7, BYLINES7_NOT_YET)
    + _params(BYLINES8, BYLINES8_NOT_YET)
    + _params(BYLINES9, BYLINES9_NOT_YET)
    + _params(BYLINES10, BYLINES10_NOT_YET)
    + _params(BYLINES11, BYLINES11_NOT_YET)
    + _params(BYLINES12, BYLINES12_NOT_YET)
    + _params(BYLINES13, BYLINES13_NOT_YET)
    + _params(BYLINES14, BYLINES14_NOT_YET)
    + _params(BYLINES15, BYLINES15_NOT_YET)
    + _params(BYLINES16, BYLINES16_NOT_YET)
    + _params(BYLINES17, BYLINES17_NOT_YET)
    + _params(BYLINES18, BYLINES18_NOT_YET)
    + _params(BYLINES19, BYLINES19_NOT_YET)
    + _params(BYLINES20, BYLINES20_NOT_YET),
    ids=[f"{i}: {row[0]!a}" for i, row in enumerate(BYLINES)]
    + [f"2/{i}: {row[0]!a}" for i, row in enumerate(BYLINES2)]
    + [f"3/{i}: {row[0]!a}" for i, row in enumerate(BYLINES3)]
    + [f"4/{i}: {row[0]!a}" for i, row in enumerate(BYLINES4)]
    + [f"5/{i}: {row[0]!a}" for i, row in enumerate(BYLINES5)]
    + [f"6/{i}: {row[0]!a}" for i, row in enumerate(BYLINES6)]
    + [f"7/{i}: {row[0]!a}" for i, row in enumerate(BYLINES7)]
    + [f"8/{i}: {row[0]!a}" for i, row in enumerate(BYLINES8)]
    + [f"9/{i}: {row[0]!a}" for i, row in enumerate(BYLINES9)]
    + [f"10/{i}: {row[0]!a}" for i, row in enumerate(BYLINES10)]
    + [f"11/{i}: {row[0]!a}" for i, row in enumerate(BYLINES11)]
    + [f"12/{i}: {row[0]!a}" for i, row in enumerate(BYLINES12)]
    + [f"13/{i}: {row[0]!a}" for i, row in enumerate(BYLINES13)]
    + [f"14/{i}: {row[0]!a}" for i, row in enumerate(BYLINES14)]
    + [f"15/{i}: {row[0]!a}" for i, row in enumerate(BYLINES15)]
    + [f"16/{i}: {row[0]!a}" for i, row in enumerate(BYLINES16)]
    + [f"17/{i}: {row[0]!a}" for i, row in enumerate(BYLINES17)]
    + [f"18/{i}: {row[0]!a}" for i, row in enumerate(BYLINES18)]
    + [f"19/{i}: {row[0]!a}" for i, row in enumerate(BYLINES19)]
    + [f"20/{i}: {row[0]!a}" for i, row in enumerate(BYLINES20)],
)
def test_unseen_byline(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    _params(COUNTS, COUNTS_NOT_YET)
    + _params(COUNTS2, COUNTS2_NOT_YET)
    + _params(COUNTS3, COUNTS3_NOT_YET)
    + _params(COUNTS4, COUNTS4_NOT_YET)
    + _params(COUNTS5, COUNTS5_NOT_YET)
    + _params(COUNTS6, COUNTS6_NOT_YET)
    + _params(COUNTS7, COUNTS7_NOT_YET)
    + _params(COUNTS8, COUNTS8_NOT_YET)
    + _params(COUNTS9, COUNTS9_NOT_YET)
    + _params(COUNTS10, COUNTS10_NOT_YET)
    + _params(COUNTS11, COUNTS11_NOT_YET)
    + _params(COUNTS12, COUNTS12_NOT_YET)
    + _params(COUNTS13, COUNTS13_NOT_YET)
    + _params(COUNTS14, COUNTS14_NOT_YET)
    + _params(COUNTS15, COUNTS15_NOT_YET)
    + _params(COUNTS16, COUNTS16_NOT_YET)
    + _params(COUNTS17, COUNTS17_NOT_YET)
    + _params(COUNTS18, COUNTS18_NOT_YET)
    + _params(COUNTS19, COUNTS19_NOT_YET)
    + _params(COUNTS20, COUNTS20_NOT_YET),
    ids=[f"{i}: {row[0]!a}" for i, row in enumerate(COUNTS)]
    + [f"2/{i}: {row[0]!a}" for i, row in enumerate(COUNTS2)]
    + [f"3/{i}: {row[0]!a}" for i, row in enumerate(COUNTS3)]
    + [f"4/{i}: {row[0]!a}" for i, row in enumerate(COUNTS4)]
    + [f"5/{i}: {row[0]!a}" for i, row in enumerate(COUNTS5)]
    + [f"6/{i}: {row[0]!a}" for i, row in enumerate(COUNTS6)]
    + [f"7/{i}: {row[0]!a}" for i, row in enumerate(COUNTS7)]
    + [f"8/{i}: {row[0]!a}" for i, row in enumerate(COUNTS8)]
    + [f"9/{i}: {row[0]!a}" for i, row in enumerate(COUNTS9)]
    + [f"10/{i}: {row[0]!a}" for i, row in enumerate(COUNTS10)]
    + [f"11/{i}: {row[0]!a}" for i, row in enumerate(COUNTS11)]
    + [f"12/{i}: {row[0]!a}" for i, row in enumerate(COUNTS12)]
    + [f"13/{i}: {row[0]!a}" for i, row in enumerate(COUNTS13)]
    + [f"14/{i}: {row[0]!a}" for i, row in enumerate(COUNTS14)]
    + [f"15/{i}: {row[0]!a}" for i, row in enumerate(COUNTS15)]
    + [f"16/{i}: {row[0]!a}" for i, row in enumerate(COUNTS16)]
    + [f"17/{i}: {row[0]!a}" for i, row in enumerate(COUNTS17)]
    + [f"18/{i}: {row[0]!a}" for i, row in enumerate(COUNTS18)]
    + [f"19/{i}: {row[0]!a}" for i, row in enumerate(COUNTS19)]
    + [f"20/{i}: {row[0]!a}" for i, row in enumerate(COUNTS20)],
)
def test_unseen_count(raw: str, expected: int | None) -> None:
    count = parse_count(raw)
    assert count == expected
    assert count is None or type(count) is int


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Người cập nhật: Hoàng Thu Vân", "Hoàng Thu Vân", ("Hoàng Thu Vân",), None),
        ("Chuyển ngữ: Lam Giang", "Lam Giang", ("Lam Giang",), None),
        ("Tuyển chọn và giới thiệu: Bích Thủy", "Bích Thủy", ("Bích Thủy",), None),
        ("Người viết: Đặng Hòa | Người đăng: Trịnh Vũ", "Đặng Hòa", ("Đặng Hòa",), None),
        ("Người đăng: bientap01 | Người viết: Đặng Hòa", "Đặng Hòa", ("Đặng Hòa",), None),
        ("Author: Linh Chi; Editing: Quoc Anh", "Linh Chi", ("Linh Chi",), None),
        ("Story and photos: Minh Chau", "Minh Chau", ("Minh Chau",), None),
        ("Thực hiện: Gia Bảo | Dựng: Hữu Tài | Flycam: Đức Long", "Gia Bảo", ("Gia Bảo",), None),
        ("Lê Kim Thoa | Chức vụ: Giáo viên", "Lê Kim Thoa", ("Lê Kim Thoa",), None),
        ("Theo Báo Kon Tum, bài của Y Dưk", "Y Dưk", ("Y Dưk",), "Báo Kon Tum"),
        ("Nguồn: Báo Gia Lai - Tin: Hồng Thi", "Hồng Thi", ("Hồng Thi",), "Báo Gia Lai"),
        ("Trích từ Tạp chí Sông Hương", None, (), "Tạp chí Sông Hương"),
        (
            "Đăng lại từ Báo Điện Biên Phủ - Bài: Quang Hưng",
            "Quang Hưng",
            ("Quang Hưng",),
            "Báo Điện Biên Phủ",
        ),
        ("TIN TỔNG HỢP", None, (), None),
        ("Tác giả: Vô danh", None, (), None),
        ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (đã ký) Đỗ Văn Tài", "Đỗ Văn Tài", ("Đỗ Văn Tài",), None),
        ("TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH Lò Văn Sơn", "Lò Văn Sơn", ("Lò Văn Sơn",), None),
        ("Q. Anh", "Q. Anh", ("Q. Anh",), None),
        ("Đinh Văn Lực (thường gọi là Lực Đen)", "Đinh Văn Lực", ("Đinh Văn Lực",), None),
        ("Mai Xuân Hòa (“Hòa Râu”)", "Mai Xuân Hòa", ("Mai Xuân Hòa",), None),
        ("Bảo Trâm ✍️ Báo Hà Tĩnh", "Bảo Trâm", ("Bảo Trâm",), "Báo Hà Tĩnh"),
        ("Phạm Thu Hiền - Trường TH Nguyễn Trãi", "Phạm Thu Hiền", ("Phạm Thu Hiền",), None),
    ],
)
def test_eighth_table_rules(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    """The rules the eighth table asked for, on bylines of their own: portals' fields and
    posters, English fields, credits naming no author, sources after `Nguồn:` and `từ`,
    statements naming nobody, officials' signatures, nicknames, a pen between a name and its
    outlet and a primary school after a name."""
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt đọc: 3 vạn 5", 35000),  # a digit after `vạn` is its next place
        ("Lượt xem 2.345 — cập nhật lúc 08:00", 2345),  # an em dash ends the views' part
        ("Lượt xem 2.345 — 06/12/2025", 2345),
    ],
)
def test_eighth_table_count_rules(raw: str, expected: int | None) -> None:
    """The count rules the eighth table asked for, on lines of their own."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # titles and callings before a name: in the display, no part of the person
        ("Chuẩn uý Đỗ Minh Trí", "Chuẩn uý Đỗ Minh Trí", ("Đỗ Minh Trí",), None),
        ("Đạo diễn Trần Thu Vân", "Đạo diễn Trần Thu Vân", ("Trần Thu Vân",), None),
        ("Nhà sử học Lê Văn Toàn", "Nhà sử học Lê Văn Toàn", ("Lê Văn Toàn",), None),
        ("Nhà nghiên cứu Mai Hòa", "Nhà nghiên cứu Mai Hòa", ("Mai Hòa",), None),
        ("Nhà báo lão thành Vũ Hải", "Nhà báo lão thành Vũ Hải", ("Vũ Hải",), None),
        ("Cựu chiến binh Hà Văn Lộc", "Cựu chiến binh Hà Văn Lộc", ("Hà Văn Lộc",), None),
        ("Ni cô Thích Nữ Tâm Nhã", "Ni cô Thích Nữ Tâm Nhã", ("Thích Nữ Tâm Nhã",), None),
        ("Lương y Trần Thị Lụa", "Lương y Trần Thị Lụa", ("Trần Thị Lụa",), None),
        ("Bà Nguyễn Thị Sen", "Bà Nguyễn Thị Sen", ("Nguyễn Thị Sen",), None),
        ("Ông Ba Phải", "Ông Ba Phải", ("Ông Ba Phải",), None),  # a pen name of two words
        ("Thượng úy, PV Đào Minh", "Thượng úy, PV Đào Minh", ("Đào Minh",), None),
        # a compiler's `(t/h)`, like `(tổng hợp)`
        ("Minh Thư (T/H)", "Minh Thư", ("Minh Thư",), None),
        # an illustrator, a voice and a data designer: no authors
        ("Bài: Lê Tâm - Minh họa: Quang Đạt", "Lê Tâm", ("Lê Tâm",), None),
        ("Lồng tiếng: Bảo Ngọc", None, (), None),
        ("Kịch bản: Hà Phương | Giọng đọc: Minh Tú", "Hà Phương", ("Hà Phương",), None),
        ("Infographic: Thảo Nhi", None, (), None),
        ("Đồ họa & minh họa: Tú Anh", None, (), None),
        # `Theo:` with a colon, and `Theo` after a bar naming an outlet with `&` in it
        ("(Theo: Tiền Phong)", None, (), "Tiền Phong"),
        ("Hoài An | Theo Tin tức & Sự kiện", "Hoài An", ("Hoài An",), "Tin tức & Sự kiện"),
        # a pen name explained after a colon
        ("Lê Nhân (bút danh: Gió Bấc)", "Lê Nhân", ("Lê Nhân",), None),
        # the language translated from is no source
        ("Thu Trang dịch từ tiếng Pháp", "Thu Trang", ("Thu Trang",), None),
        # reporters and contributors before an outlet: the team signs, the outlet is credited
        ("PV - CTV Báo Quảng Ngãi", "PV - CTV", (), "Báo Quảng Ngãi"),
    ],
)
def test_tenth_table_rules(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    """The rules the tenth table asked for, on bylines of their own: titles and callings,
    a compiler's abbreviation, credits naming no author, sources after `Theo:` and after a bar,
    a pen name's explanation, a translation's language and a team before its outlet."""
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt xem: 3 nghìn rưỡi", 3500),  # `rưỡi`: a half of the unit more
        ("5 triệu rưỡi lượt xem", 5500000),
        ("Lượt xem: 98'765", 98765),  # an apostrophe between groups of three
        ("Lượt xem: ≈ 4.500", 4500),  # about, as `~`
        ("Có 789 người xem", 789),
        ("Lượt xem video: 5.678", 5678),
        ("Lượt xem: 5.678 (+34)", 5678),  # a gain since the last visit, in brackets
        ("👁 5.678 · 3 phút đọc", 5678),  # a reading time beside the views
        ("Lượt đọc: 5.678 • 12 phút đọc", 5678),
        ("Lượt xem: 2,5K – 3K", None),  # a range, no single count
        ("4.000 ~ 5.000 lượt xem", None),
        ("Lượt xem: 5.678 - 2 phút đọc", 5678),  # a reading time after a dash: no range
        ("Lượt xem: 5.678 | Bình luận: 3 - 4", 5678),  # a range in another count's part
    ],
)
def test_tenth_table_count_rules(raw: str, expected: int | None) -> None:
    """The count rules the tenth table asked for, on lines of their own."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # ranks and callings before a name: in the display, no part of the person
        ("Phó Đô đốc Trần Quang Hải", "Phó Đô đốc Trần Quang Hải", ("Trần Quang Hải",), None),
        ("Kiến trúc sư Đỗ Thu Trà", "Kiến trúc sư Đỗ Thu Trà", ("Đỗ Thu Trà",), None),
        ("Nhiếp ảnh gia Vũ Khôi", "Nhiếp ảnh gia Vũ Khôi", ("Vũ Khôi",), None),
        ("Bác sĩ nội trú Hồ Văn Kiên", "Bác sĩ nội trú Hồ Văn Kiên", ("Hồ Văn Kiên",), None),
        # a field in lower case after a title, then the name
        ("Tiến sĩ vật lý Lâm Gia Bảo", "Tiến sĩ vật lý Lâm Gia Bảo", ("Lâm Gia Bảo",), None),
        ("Kỹ sư cầu đường Mai Hữu Tín", "Kỹ sư cầu đường Mai Hữu Tín", ("Mai Hữu Tín",), None),
        # … while a job, a class or a place after the title names nobody
        ("Kỹ sư phần mềm", "Kỹ sư phần mềm", (), None),
        ("Học sinh lớp Chuyên Văn", "Học sinh lớp Chuyên Văn", (), None),
        ("Bác sĩ tại Đà Nẵng", "Bác sĩ tại Đà Nẵng", (), None),
        # a team after a reporter's abbreviation
        ("PV Nhóm Phóng sự", "PV Nhóm Phóng sự", (), None),
        # a photographer's credit after `+`, and joined to a designer's
        ("Nhóm CTV + Ảnh: Lê Dũng", "Nhóm CTV", (), None),
        ("Đồ họa và ảnh: Hà Vi", None, (), None),
        ("Thiết kế, ảnh: Hà Vi", None, (), None),
        # an interviewer's label names the writer
        ("Phỏng vấn: Lý Thu", "Lý Thu", ("Lý Thu",), None),
        # a designer's role in brackets, as a photographer's
        ("Kim Oanh (bài), Hà Vi (đồ họa)", "Kim Oanh", ("Kim Oanh",), None),
        # a foreign name's suffix keeps its full stop
        ("Robert King Sr.", "Robert King Sr.", ("Robert King Sr.",), None),
        # the seventh table's calling that is also a post, before a name: a title
        ("Giáo viên Lò Thị Sen", "Giáo viên Lò Thị Sen", ("Lò Thị Sen",), None),
        ("Giáo viên Trường TH Kim Đồng", None, (), None),  # … a post alone names nobody
        # … and its writer's associates after the name
        ("Đỗ Hữu Nghĩa và cộng sự", "Đỗ Hữu Nghĩa và cộng sự", ("Đỗ Hữu Nghĩa",), None),
    ],
)
def test_eleventh_table_rules(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    """The rules the eleventh table asked for, on bylines of their own: ranks and callings, a
    title's field, a team after a reporter, credits naming no author, an interviewer and a
    foreign name's suffix; and two the seventh table asked for: a calling that is also a post
    before a name, and a writer's associates."""
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt xem: 2 tỷ 5", 2500000000),  # one digit after `tỷ`: its next place
        ("Lượt xem trang: 4.321", 4321),  # the page's views
        ("Lượt xem » 4.321", 4321),  # a guillemet pointing at the count
        ("Lượt đọc: 4.321 / Lượt tải: 12", 4321),  # another count after a spaced solidus
        ("Lượt xem: 4.8 / 5", None),  # … not a rating's scale
        ("Lượt xem: 4.321 ★ 4,8", 4321),  # a rating's star after the views
    ],
)
def test_eleventh_table_count_rules(raw: str, expected: int | None) -> None:
    """The count rules the eleventh table asked for, on lines of their own."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # titles and callings: a nurse, a coach, an expert before a field, a pharmacist
        # specialist, `Ts.` in lower case
        ("Điều dưỡng viên Hà Thu", "Điều dưỡng viên Hà Thu", ("Hà Thu",), None),
        ("HLV Mai Đức Chung", "HLV Mai Đức Chung", ("Mai Đức Chung",), None),
        ("Huấn luyện viên Lê Huỳnh Đức", "Huấn luyện viên Lê Huỳnh Đức", ("Lê Huỳnh Đức",), None),
        ("Chuyên gia tài chính Lý Minh", "Chuyên gia tài chính Lý Minh", ("Lý Minh",), None),
        ("DSCKII Phan Thu", "DSCKII Phan Thu", ("Phan Thu",), None),
        ("Ts. Đỗ Long", "Ts. Đỗ Long", ("Đỗ Long",), None),
        # a literary page's genres name the writer, with a colon or `của`
        ("Thơ của Lưu Quang Vũ", "Lưu Quang Vũ", ("Lưu Quang Vũ",), None),
        ("Truyện: Ngô Thảo", "Ngô Thảo", ("Ngô Thảo",), None),
        ("Ký sự: Bùi Lan", "Bùi Lan", ("Bùi Lan",), None),
        # a photojournalist's label, an editor-in-chief in brackets: no author
        ("PV ảnh: Nhật Minh", None, (), None),
        ("Lý Hà (chủ biên)", None, (), None),
        # a poster's `Đăng bởi:` before the writer's label: the writer is the author
        ("Đăng bởi: bbt | Tác giả: Thu Hà", "Thu Hà", ("Thu Hà",), None),
        # a team of reporters before its outlet or a desk: the outlet credited, nobody named
        ("Nhóm phóng viên Báo Cà Mau", "Nhóm phóng viên", (), "Báo Cà Mau"),
        ("Tổ PV Ban Văn nghệ", "Tổ PV Ban Văn nghệ", (), None),
        # a bullet before an outlet sets it apart as a middle dot does
        ("Lan Chi • Tiền Phong", "Lan Chi", ("Lan Chi",), "Tiền Phong"),
        # agencies and broadcasters by their initials
        ("Léa Martin (RFI)", "Léa Martin", ("Léa Martin",), "RFI"),
        ("Park Min-ji, phóng viên KBS", "Park Min-ji", ("Park Min-ji",), "KBS"),
        ("Thu Hà (PV Báo Yên Bái)", "Thu Hà", ("Thu Hà",), "Báo Yên Bái"),
        # a school by its level's initials, a former head's post, a birth year: who the writer is
        ("Lê An, THCS Lê Lợi", "Lê An", ("Lê An",), None),
        ("Vũ Nam – nguyên Trưởng phòng Văn hóa huyện", "Vũ Nam", ("Vũ Nam",), None),
        ("Hà Vy (SN 1995, Huế)", "Hà Vy (Huế)", ("Hà Vy",), None),
        # … a post and a place in one bracket keep the place
        ("Lê Ba (giáo viên hưu trí, Huế)", "Lê Ba (Huế)", ("Lê Ba",), None),
        # the language a translation was made from credits nothing
        ("Người dịch: Mai Hoa (từ bản tiếng Nga)", "Mai Hoa", ("Mai Hoa",), None),
    ],
)
def test_twelfth_table_rules(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    """The rules the twelfth table asked for, on bylines of their own."""
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt xem: 3 nghìn 25", 3250),  # two digits after the word: its next two places
        ("Đã có 2.345 lượt đọc", 2345),  # has had
        ("2.345 người đã đọc tin này", 2345),  # this article
        ("Lượt xem: 2.345 | Thời gian đọc: 4 phút", 2345),  # a reading time's label
        ("Lượt xem: 7 trăm", 700),  # hundreds
        ("Đã có 5 bình luận", None),  # … not another count
    ],
)
def test_twelfth_table_count_rules(raw: str, expected: int | None) -> None:
    """The count rules the twelfth table asked for, on lines of their own."""
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # more of a literary page's genres name the writer, with a colon or `của`
        ("Truyện ký: Võ Hằng", "Võ Hằng", ("Võ Hằng",), None),
        ("Tạp bút: Lý Sinh", "Lý Sinh", ("Lý Sinh",), None),
        ("Tiểu phẩm của Bảo Khôi", "Bảo Khôi", ("Bảo Khôi",), None),
        # a video editor after the writer is no author
        ("Bài: Thu Lan | Dựng clip: Hoài Nam", "Thu Lan", ("Thu Lan",), None),
        # the writer's `(viết)` beside a photographer's `(ảnh)`; `(Việt)` is a name
        ("Hồ Nga (viết), Lê Tú (ảnh)", "Hồ Nga", ("Hồ Nga",), None),
        ("Lê Hoàng Việt (Việt)", "Lê Hoàng Việt (Việt)", ("Lê Hoàng Việt",), None),
        # a known outlet's edition after `Theo`; a person's name stays a person
        ("Theo Thanh Niên Tuần san", None, (), "Thanh Niên Tuần san"),
        ("Theo Hồ Quang Lợi", "Hồ Quang Lợi", ("Hồ Quang Lợi",), None),
        # guillemets around the outlet are typography, as quotes are
        ("Theo «Lao Động»", None, (), "Lao Động"),
        # Malaysia's and Indonesia's national agencies
        ("Ahmad Faiz (Bernama)", "Ahmad Faiz", ("Ahmad Faiz",), "Bernama"),
        ("Dewi Lestari - Antara", "Dewi Lestari", ("Dewi Lestari",), "Antara"),
        # a team of interns or volunteers after the writer stays in the display, naming nobody
        ("Lê Na và nhóm tình nguyện viên", "Lê Na và nhóm tình nguyện viên", ("Lê Na",), None),
        # an agency's code after a writer, a comma and a reporter's post written out (the seventh
        # table's expected miss); after a dash and `PV` a code is a second reporter's initials
        ("Anna Lee, phóng viên UPI", "Anna Lee", ("Anna Lee",), "UPI"),
        ("Lê Hoa - PV NTH", "Lê Hoa - PV NTH", ("Lê Hoa", "NTH"), None),
    ],
)
def test_thirteenth_table_rules(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    """The rules the thirteenth table asked for, on bylines of their own."""
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lượt nghe: 1.502 | Lượt tải: 30", 1502),  # a radio item's listens beside downloads
        ("Đang truy cập: 12 | Lượt nghe: 1.502", 1502),  # … beside those listening now
        ("1.502 lượt phát", 1502),  # plays of the page's media
        ("Lượt xem hôm nay: 15 | Tổng: 1.502", 1502),  # the total beside a day's views
        ("Lượt xem tháng này: 210 | Tổng lượt xem: 1.502", 1502),
        ("Đang truy cập: 12 | Tổng: 1.502", None),  # … not beside those on the site now
        ("Đang có 8 người xem | Lượt xem: 1.502", 1502),  # those watching now, in words
        ("Tin có 1.502 lượt đọc", 1502),  # has
        ("Lượt xem: 2 ngàn 3 trăm", 2300),  # the hundreds after a thousand's word
        ("Lượt xem: 2 triệu 3 trăm", None),  # … not after a million's: no next place
        ("Lượt xem: 1.502 ▲ 8%", 1502),  # a trend after the count
        ("Lượt xem: xấp xỉ 1.500", 1500),  # about
        ("Lượt đọc: 1.502 người", 1502),  # the count's unit
        ("Lượt xem: 1.502 / 7 bình luận", 1502),  # another count after a spaced solidus
        ("Lượt xem: 1.502 — đang cập nhật", 1502),  # words with no number in a part of their own
        ("Đang xem — 12", None),  # … not those on the page now
    ],
)
def test_thirteenth_table_count_rules(raw: str, expected: int | None) -> None:
    """The count rules the thirteenth table asked for, on lines of their own."""
    assert parse_count(raw) == expected
