"""Bylines: people, display text and source credits."""

from __future__ import annotations

import pytest

from parsers.vietnamese.names import Byline, clean_byline, is_organisation


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Bài và ảnh: Minh Hằng", "Minh Hằng", ("Minh Hằng",), None),
        ("Bài và ảnh: TRÀ MY", "TRÀ MY", ("TRÀ MY",), None),
        ("Bài và ảnh Nguyễn Hương", "Nguyễn Hương", ("Nguyễn Hương",), None),
        ("Bài, ảnh: Hà Linh", "Hà Linh", ("Hà Linh",), None),
        ("Tin, ảnh: P.Y", "P.Y", ("P.Y",), None),
        ("Tin, ảnh: B.NG", "B.NG", ("B.NG",), None),
        ("Tin và ảnh: Lê Nam", "Lê Nam", ("Lê Nam",), None),
        ("TIN VÀ ẢNH: LÊ NAM", "LÊ NAM", ("LÊ NAM",), None),
        ("Tin: Lan Anh.", "Lan Anh", ("Lan Anh",), None),
        ("Bài: Minh Hằng", "Minh Hằng", ("Minh Hằng",), None),
        ("Ảnh: Thu Hà", None, (), None),  # a photographer is not an author
        ("Tác giả: Nguyễn Văn An", "Nguyễn Văn An", ("Nguyễn Văn An",), None),
        ("tác giả: nguyễn văn an", "nguyễn văn an", ("nguyễn văn an",), None),
        ("Bài: Minh Hằng - Ảnh: Thu Hà", "Minh Hằng", ("Minh Hằng",), None),
        ("H.V.", "H.V.", ("H.V.",), None),
        ("K. Miên", "K. Miên", ("K. Miên",), None),
        ("Nguyễn Thị Hoa (CTV)", "Nguyễn Thị Hoa (CTV)", ("Nguyễn Thị Hoa",), None),
        ("Minh Anh (PV) - Lê Hà", "Minh Anh (PV) - Lê Hà", ("Minh Anh", "Lê Hà"), None),
        ("Theo Minh Anh (Báo Tin tức/TTXVN)", "Minh Anh", ("Minh Anh",), "Báo Tin tức/TTXVN"),
        ("Theo Báo Đắk Lắk", None, (), "Báo Đắk Lắk"),
        ("By Paul Fitzgerald", "Paul Fitzgerald", ("Paul Fitzgerald",), None),
        ("von Laura Esslinger", "Laura Esslinger", ("Laura Esslinger",), None),
        ("Von: KARL MEIER", "KARL MEIER", ("KARL MEIER",), None),
        ("By Anna Berg and Tom Hale", "Anna Berg and Tom Hale", ("Anna Berg", "Tom Hale"), None),
        ("Lena Roth und Jonas Wolf", "Lena Roth und Jonas Wolf", ("Lena Roth", "Jonas Wolf"), None),
        ("(Image: Max Paul via Getty Images)", None, (), None),  # a photo credit
        ("Foto: Max Paul", None, (), None),
        ("Di Linh", "Di Linh", ("Di Linh",), None),
        ("Hà Thu (tổng hợp)", "Hà Thu", ("Hà Thu",), None),
        ("Hà Thu (Tổng hợp).", "Hà Thu", ("Hà Thu",), None),
        ("Theo Hồ Hương", "Hồ Hương", ("Hồ Hương",), None),
        ("NHẬT XUÂN - NGHI VŨ", "NHẬT XUÂN - NGHI VŨ", ("NHẬT XUÂN", "NGHI VŨ"), None),
        ("MINH ANH - THU HÀ", "MINH ANH - THU HÀ", ("MINH ANH", "THU HÀ"), None),
        ("VĂN HÀO - TRẦN HỮU", "VĂN HÀO - TRẦN HỮU", ("VĂN HÀO", "TRẦN HỮU"), None),
        (
            "HOÀI THƯƠNG – DIỄM HƯỜNG – QUỐC HUY",
            "HOÀI THƯƠNG – DIỄM HƯỜNG – QUỐC HUY",
            ("HOÀI THƯƠNG", "DIỄM HƯỜNG", "QUỐC HUY"),
            None,
        ),
        ("Minh Anh, Thu Hà", "Minh Anh, Thu Hà", ("Minh Anh", "Thu Hà"), None),
        ("Minh Anh và Thu Hà", "Minh Anh và Thu Hà", ("Minh Anh", "Thu Hà"), None),
        ("Theo TTXVN", None, (), "TTXVN"),
        ("TTXVN", None, (), "TTXVN"),
        ("theo ttxvn", None, (), "ttxvn"),
        ("Theo VnExpress", None, (), "VnExpress"),
        ("(Theo Dân trí)", None, (), "Dân trí"),
        ("Theo Trí Thức Trẻ", None, (), "Trí Thức Trẻ"),
        ("Nguồn: Người lao động", None, (), "Người lao động"),
        ("Nguồn tin: Sở Y tế Thái Bình", None, (), "Sở Y tế Thái Bình"),
        ("Nguồn: qdnd.vn", None, (), "qdnd.vn"),
        (
            "Bài và ảnh: HOÀNG HOA\nNguồn: Người lao động",
            "HOÀNG HOA",
            ("HOÀNG HOA",),
            "Người lao động",
        ),
        ("Tất Đạt (Theo TTXVN)", "Tất Đạt", ("Tất Đạt",), "TTXVN"),
        # a Korean byline's job title after the name: reporter, correspondent
        ("김민수 기자", "김민수 기자", ("김민수",), None),
        ("이서연 특파원, 박지훈 기자", "이서연 특파원, 박지훈 기자", ("이서연", "박지훈"), None),
        ("Tất Đạt - TTXVN", "Tất Đạt", ("Tất Đạt",), "TTXVN"),
        ("Thanh Vân/TTXVN", "Thanh Vân", ("Thanh Vân",), "TTXVN"),
        ("Minh Hằng (Báo Thái Bình)", "Minh Hằng", ("Minh Hằng",), "Báo Thái Bình"),
        ("Hồng Hạnh - Chinhphu.vn", "Hồng Hạnh", ("Hồng Hạnh",), "Chinhphu.vn"),
        ("Lan Anh (Theo VOV)", "Lan Anh", ("Lan Anh",), "VOV"),
        ("PV", "PV", (), None),
        ("CTV", "CTV", (), None),
        ("BTV", "BTV", (), None),
        ("Nhóm PV", "Nhóm PV", (), None),
        ("Nhóm phóng viên", "Nhóm phóng viên", (), None),
        ("PV Thời sự", "PV Thời sự", (), None),
        ("PV - TTXVN", "PV", (), "TTXVN"),
        ("Minh Hằng - PV", "Minh Hằng - PV", ("Minh Hằng",), None),
        ("Hoàng Quỳnh (CTV)", "Hoàng Quỳnh (CTV)", ("Hoàng Quỳnh",), None),
        ("Khánh Phương (CTV).", "Khánh Phương (CTV)", ("Khánh Phương",), None),
        (
            "Lan Anh (PV) và Minh Hà (CTV)",
            "Lan Anh (PV) và Minh Hà (CTV)",
            ("Lan Anh", "Minh Hà"),
            None,
        ),
        (
            "Nguyễn An (Hà Nội) - Minh Anh",
            "Nguyễn An (Hà Nội) - Minh Anh",
            ("Nguyễn An", "Minh Anh"),
            None,
        ),
        ("PV (Theo TTXVN)", "PV", (), "TTXVN"),
        ("Minh Anh (Theo VOV) - TTXVN", "Minh Anh", ("Minh Anh",), "VOV"),
        ("Minh Anh. Nguồn: TTXVN.", "Minh Anh", ("Minh Anh",), "TTXVN"),
        ("Tất Đạt (Theo Lao Động)", "Tất Đạt", ("Tất Đạt",), "Lao Động"),
        ("TTXVN - Minh Anh", "Minh Anh", ("Minh Anh",), "TTXVN"),
        ("Theo TTXVN - Minh Anh", "Minh Anh", ("Minh Anh",), "TTXVN"),
        ("Thu (Theo VOV) Hà", "Thu Hà", ("Thu Hà",), "VOV"),
        ("Lan Anh (tổng hợp) - Minh Hà", "Lan Anh - Minh Hà", ("Lan Anh", "Minh Hà"), None),
        ("Thu Hà - Tổng hợp", "Thu Hà", ("Thu Hà",), None),
        ("Minh Anh ()", "Minh Anh", ("Minh Anh",), None),
        ("(CTV)", "CTV", (), None),
        ("Minh Anh.", "Minh Anh", ("Minh Anh",), None),
        ("- Minh Anh", "Minh Anh", ("Minh Anh",), None),
        ("Minh Anh - “Lan Hương”", "Minh Anh - Lan Hương", ("Minh Anh", "Lan Hương"), None),
        ("Minh Anh, , Lan Hương", "Minh Anh, Lan Hương", ("Minh Anh", "Lan Hương"), None),
        ("Ánh Dương", "Ánh Dương", ("Ánh Dương",), None),
        ("Bảo Anh", "Bảo Anh", ("Bảo Anh",), None),
        ("bởi Thu Huyền", "Thu Huyền", ("Thu Huyền",), None),  # a theme's `by`, translated
        ("Bởi: Lê Hoa", "Lê Hoa", ("Lê Hoa",), None),
        ("  Thu\u00a0Hà \u200b", "Thu Hà", ("Thu Hà",), None),
        (None, None, (), None),
        ("", None, (), None),
        ("Tác giả:", None, (), None),
    ],
)
def test_clean_byline(
    raw: str | None, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


def test_byline_is_frozen() -> None:
    byline = clean_byline("Minh Hằng")
    with pytest.raises(AttributeError):
        byline.display = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "name",
    [
        "TUOI TRE ONLINE",
        "Tuổi Trẻ Online",
        "Tuổi Trẻ",
        "baotuoitre",
        "Dân Trí",
        "dantri.com.vn",
        "VCCorp.vn",
        "baochinhphu.vn",
        "Chinhphu.vn",
        "Báo Thái Bình",
        "BÁO THÁI BÌNH",
        "Ban biên tập",
        "Tạp chí Cộng sản",
        "TTXVN",
        "TTXVN/Vietnam+",
        "VnExpress",
        "Người Lao Động",
        "Thanh Niên",
        "Nhân Dân",
        "QĐND",
        "CAND",
        "Vietnamplus",
        "Đài Truyền hình Việt Nam",
        "Cổng thông tin điện tử tỉnh",
        "(TTXVN)",
        "Bao Nhan Dan",
        "Thanhnien vn",
        "Dantri com",
        "Vnexpress net",
        "LaodongOnline",
        "tinmau.de",  # the site's host as an author
        "Mau-news.at",
        "dpa",  # news agencies and editorial desks in other languages
        "Deutsche Presse-Agentur",
        "Agence Mauve",
        "Redaktion Stadtblatt",
        "sb-redaktion",
        "La rédaction",
        "Hội Nông dân xã",  # an association, not an event it holds
    ],
)
def test_is_organisation(name: str) -> None:
    assert is_organisation(name)


@pytest.mark.parametrize(
    "name",
    [
        "Minh Hằng",
        "Nguyễn Văn An",
        "Bảo Anh",
        "P.Y",
        "Hồ Hương",
        "TRÀ MY",
        "Ngọc Đài",
        "Thanh Nét",
        "K.Miên",
        "T.Hà",
        "",
        "Hội thi kể chuyện",  # an event, not an association
        "Hội nghị cán bộ",
    ],
)
def test_is_not_organisation(name: str) -> None:
    assert not is_organisation(name)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Văn Ngọc/VOV-Tây Bắc", "Văn Ngọc", ("Văn Ngọc",), "VOV-Tây Bắc"),
        ("PV/VOV-Tây Bắc", "PV", (), "VOV-Tây Bắc"),
        ("Minh Hà/TTXVN-Hà Nội", "Minh Hà", ("Minh Hà",), "TTXVN-Hà Nội"),
    ],
)
def test_an_outlets_regional_desk_is_a_source(
    raw: str, display: str, people: tuple[str, ...], source: str
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)
    assert not is_organisation("Nguyễn Văn-An")


@pytest.mark.parametrize(
    ("raw", "display", "people"),
    [
        ("Lê Hùng - Thanh Bình (thực hiện)", "Lê Hùng - Thanh Bình", ("Lê Hùng", "Thanh Bình")),
        ("Minh Anh (ghi)", "Minh Anh", ("Minh Anh",)),
        ("Thu Hà (Thực hiện)", "Thu Hà", ("Thu Hà",)),
        ("Hoàng Quỳnh (CTV)", "Hoàng Quỳnh (CTV)", ("Hoàng Quỳnh",)),
    ],
)
def test_a_role_in_brackets_after_the_names_is_no_part_of_them(
    raw: str, display: str, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(display, people, None)


def test_a_photographer_on_the_line_after_the_names_is_no_author() -> None:
    """`Bài: Hoàng Long<br>Ảnh: Trần Huấn` read as one line of text."""
    assert clean_byline("Bài: Hoàng Long Ảnh: Trần Huấn") == Byline(
        "Hoàng Long", ("Hoàng Long",), None
    )
    assert clean_byline("Bài và ảnh: Minh Hằng") == Byline("Minh Hằng", ("Minh Hằng",), None)


def test_nội_dung_labels_an_e_magazines_writers() -> None:
    assert clean_byline("Nội dung: Lò Thị Hằng - Vi Hoàn") == Byline(
        "Lò Thị Hằng - Vi Hoàn", ("Lò Thị Hằng", "Vi Hoàn"), None
    )


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("Quỳnh Anh 03/11/2025 14:05", "Quỳnh Anh"),
        ("Quỳnh Anh - Chủ nhật, 03/11/2025", "Quỳnh Anh"),
        ("Quỳnh Anh · 845 lượt xem", "Quỳnh Anh"),
        ("Quỳnh Anh 20 phút trước", "Quỳnh Anh"),
        ("Quỳnh Anh09:15", "Quỳnh Anh"),
    ],
)
def test_a_time_or_count_after_the_names_is_no_part_of_them(raw: str, display: str) -> None:
    assert clean_byline(raw) == Byline(display, (display,), None)


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("PV Hải Nam", ("Hải Nam",)),
        ("CTV Diệu Linh - PV Hải Nam", ("Diệu Linh", "Hải Nam")),
        ("PV Kinh tế", ()),
        ("BTV Ban Thời sự", ()),
        ("Nhóm tác giả", ()),
        ("Ban Văn hóa", ()),
    ],
)
def test_a_name_after_a_reporters_abbreviation_is_the_person(
    raw: str, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(raw, people, None)


@pytest.mark.parametrize(
    ("raw", "person"),
    [
        ("Trung tá Vũ Đình Khải", "Vũ Đình Khải"),
        ("THIẾU ÚY LÊ VĂN TƯ", "LÊ VĂN TƯ"),
        ("Nhà báo Phan Quang", "Phan Quang"),
        ("Luật sư Hà Thị Bích", "Hà Thị Bích"),
        ("BS.CKI Lâm Văn Sáu", "Lâm Văn Sáu"),
    ],
)
def test_a_rank_or_calling_before_the_name_is_no_part_of_the_person(raw: str, person: str) -> None:
    assert clean_byline(raw) == Byline(raw, (person,), None)


@pytest.mark.parametrize(
    "raw",
    ["Ban biên tập", "BBT Cổng TTĐT", "Văn phòng HĐND - UBND huyện", "Administrator", "quantri"],
)
def test_a_desk_office_or_account_signing_alone_is_shown_and_names_nobody(raw: str) -> None:
    assert clean_byline(raw) == Byline(raw, (), None)


@pytest.mark.parametrize(
    ("raw", "display", "people"),
    [
        ("Lò Văn Pấng (Trường PTDTBT Tiểu học Nậm Ty)", "Lò Văn Pấng", ("Lò Văn Pấng",)),
        ("Kha Thị Nhung - Trung tâm Văn hóa huyện", "Kha Thị Nhung", ("Kha Thị Nhung",)),
    ],
)
def test_an_office_after_the_name_is_no_source(
    raw: str, display: str, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(display, people, None)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Đồ hoạ: Văn Khánh", None, (), None),
        ("Thiết kế: Ngân Hà", None, (), None),
        ("Bài: Tú Uyên - Trình bày: Ngân Hà", "Tú Uyên", ("Tú Uyên",), None),
        ("Văn Khánh (biên tập)", None, (), None),
        ("Ảnh: Gia Huy/VNA", None, (), None),
        ("Text by Ngoc Mai | Photos by Duc Thanh", "Ngoc Mai", ("Ngoc Mai",), None),
        ("Clip, ảnh: Gia Huy", "Gia Huy", ("Gia Huy",), None),  # the maker of a video page
    ],
)
def test_designers_editors_and_photographers_are_no_authors(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Người đăng: Hồ Diệp", "Hồ Diệp"),
        ("Tổng hợp: Vân Khánh", "Vân Khánh"),
        ("Lược dịch: Vân Khánh", "Vân Khánh"),
        ("Vân Khánh (lược dịch)", "Vân Khánh"),
        ("Bài/ảnh: Hồ Diệp", "Hồ Diệp"),
        ("Nội dung và ảnh: Hồ Diệp", "Hồ Diệp"),
        ("Posted by Ngoc Mai", "Ngoc Mai"),
        ("Gửi bởi: vankhanh88", "vankhanh88"),
        ("Đăng bởi @vankhanh", "@vankhanh"),
    ],
)
def test_writers_translators_compilers_and_posters_labels_are_stripped(raw: str, name: str) -> None:
    assert clean_byline(raw) == Byline(name, (name,), None)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Theo Báo Tin tức/TTXVN", None, (), "Báo Tin tức/TTXVN"),
        ("Hải Ninh/VTV3", "Hải Ninh", ("Hải Ninh",), "VTV3"),
        ("Theo Cổng TTĐT huyện Mường Tè", None, (), "Cổng TTĐT huyện Mường Tè"),
        ("Hải Ninh (tổng hợp từ VOV, VTV)", "Hải Ninh", ("Hải Ninh",), "VOV, VTV"),
    ],
)
def test_outlets_credited_are_the_source(
    raw: str, display: str | None, people: tuple[str, ...], source: str
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


def test_a_dash_spaced_on_one_side_splits_names_and_is_shown_spaced() -> None:
    assert clean_byline("Hải Ninh- Gia Huy -Tú Uyên") == Byline(
        "Hải Ninh - Gia Huy - Tú Uyên", ("Hải Ninh", "Gia Huy", "Tú Uyên"), None
    )
    assert clean_byline("Nguyễn Văn-An").people == ("Nguyễn Văn-An",)


@pytest.mark.parametrize(
    ("raw", "person"),
    [
        ("Thiếu úy QNCN Đào Văn Kiên", "Đào Văn Kiên"),
        ("Thượng tá, TS. Hà Minh Quân", "Hà Minh Quân"),
        ("Dược sĩ Trịnh Thu Vân", "Trịnh Thu Vân"),
        ("Thầy giáo Phan Đình Lộc", "Phan Đình Lộc"),
        ("NCS Đỗ Hải Yến", "Đỗ Hải Yến"),
    ],
)
def test_ranks_degrees_and_callings_before_the_name_are_no_part_of_the_person(
    raw: str, person: str
) -> None:
    assert clean_byline(raw) == Byline(raw, (person,), None)


@pytest.mark.parametrize(
    ("raw", "display", "people"),
    [
        ("Kỹ thuật: Hồ Văn Sang", None, ()),
        ("Dẫn chương trình: Mỹ Linh - Âm thanh: Quốc Thái", None, ()),
        (
            "Tin: Kim Oanh | Đọc: Mỹ Linh | Chịu trách nhiệm: Vũ Trọng Đạt",
            "Kim Oanh",
            ("Kim Oanh",),
        ),
        ("Nguồn ảnh: Reuters", None, ()),
    ],
)
def test_a_broadcasts_technicians_presenters_and_readers_are_no_authors(
    raw: str, display: str | None, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(display, people, None)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Kịch bản: Lệ Quyên", "Lệ Quyên"),
        ("Biên dịch: Lệ Quyên", "Lệ Quyên"),
        ("Người thực hiện: Lệ Quyên", "Lệ Quyên"),
        ("Bài viết của Lệ Quyên", "Lệ Quyên"),
        ("Ghi chép của Lệ Quyên", "Lệ Quyên"),
        ("Lệ Quyên biên dịch", "Lệ Quyên"),
    ],
)
def test_script_writers_translators_and_writers_of_labels_are_the_authors(
    raw: str, name: str
) -> None:
    assert clean_byline(raw) == Byline(name, (name,), None)


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("Ban Thư ký tòa soạn", "Ban Thư ký tòa soạn"),
        ("webmaster", "webmaster"),
        ("Sở GD&ĐT tỉnh", "Sở GD&ĐT tỉnh"),
        ("BTV Ban Văn hóa - Thể thao", "BTV Ban Văn hóa - Thể thao"),
    ],
)
def test_desks_and_offices_with_joined_words_name_nobody(raw: str, display: str) -> None:
    assert clean_byline(raw) == Byline(display, (), None)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Thanh Niên điện tử", None, (), "Thanh Niên điện tử"),
        ("Hồng Phúc (VTV Cần Thơ)", "Hồng Phúc", ("Hồng Phúc",), "VTV Cần Thơ"),
        ("Theo The Daily Telegraph", None, (), "The Daily Telegraph"),
        ("Theo Sở Văn hóa và Thể thao", None, (), "Sở Văn hóa và Thể thao"),
        ("Hồng Phúc lược dịch từ Kyodo", "Hồng Phúc", ("Hồng Phúc",), "Kyodo"),
        ("Trang TTĐT Phòng GD&ĐT", None, (), "Trang TTĐT Phòng GD&ĐT"),
    ],
)
def test_outlets_and_offices_credited_are_the_source(
    raw: str, display: str | None, people: tuple[str, ...], source: str
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "source"),
    [
        ("Hồng Phúc (hongphuc@baocantho.vn)", None),
        ("Hồng Phúc <hong.phuc@gmail.com> - TTXVN", "TTXVN"),
        ("Hồng Phúc - ĐT: 0983.456.789", None),
        ("Hồng Phúc (0983 456 789)", None),
        ("Hồng Phúc · 👁️ 2.300", None),
        ("🖊 Hồng Phúc", None),
    ],
)
def test_a_writers_address_phone_count_and_pictographs_are_no_part_of_the_byline(
    raw: str, source: str | None
) -> None:
    assert clean_byline(raw) == Byline("Hồng Phúc", ("Hồng Phúc",), source)


@pytest.mark.parametrize(
    ("raw", "display", "people"),
    [
        ("Hồng Phúc-Lệ Quyên", "Hồng Phúc - Lệ Quyên", ("Hồng Phúc", "Lệ Quyên")),
        ("Hồng Phúc + Lệ Quyên", "Hồng Phúc + Lệ Quyên", ("Hồng Phúc", "Lệ Quyên")),
        ("Hồng Phúc ;Lệ Quyên", "Hồng Phúc; Lệ Quyên", ("Hồng Phúc", "Lệ Quyên")),
        ("Trần Thị Kim-Oanh", "Trần Thị Kim-Oanh", ("Trần Thị Kim-Oanh",)),
        ("Hồng Phúc (Bà Rịa-Vũng Tàu)", "Hồng Phúc (Bà Rịa-Vũng Tàu)", ("Hồng Phúc",)),
    ],
)
def test_names_joined_by_a_bare_hyphen_or_a_plus_are_split_and_shown_spaced(
    raw: str, display: str, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(display, people, None)


def test_the_place_a_writer_files_from_is_shown_and_names_nobody() -> None:
    assert clean_byline("Hồng Phúc, từ New York") == Byline(
        "Hồng Phúc, từ New York", ("Hồng Phúc",), None
    )


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Lê Hoa cùng Minh Anh", ("Lê Hoa", "Minh Anh")),
        ("Lê Hoa cùng nhóm CTV", ("Lê Hoa",)),
        ("Nguyễn Cung Thông", ("Nguyễn Cung Thông",)),  # `Cung` is a name
        ("Lê Hoa [PV]", ("Lê Hoa",)),
    ],
)
def test_cùng_joins_names_and_a_note_in_square_brackets_is_no_part_of_them(
    raw: str, people: tuple[str, ...]
) -> None:
    assert clean_byline(raw) == Byline(raw, people, None)


@pytest.mark.parametrize(
    ("raw", "person"),
    [
        ("Giáo sư Đinh Quang Hải", "Đinh Quang Hải"),
        ("Phó giáo sư Đinh Quang Hải", "Đinh Quang Hải"),
        ("Tiến sĩ Vương Thị Loan", "Vương Thị Loan"),
        ("Thạc sĩ Vương Thị Loan", "Vương Thị Loan"),
        ("Bs. Vương Thị Loan", "Vương Thị Loan"),
    ],
)
def test_degrees_in_words_and_bs_in_title_case_are_no_part_of_the_person(
    raw: str, person: str
) -> None:
    assert clean_byline(raw) == Byline(raw, (person,), None)


@pytest.mark.parametrize(
    "raw",
    [
        "Đinh Quang Hải (Chánh Văn phòng Huyện ủy)",
        "Đinh Quang Hải - Phó Trưởng ban Dân vận",
        "Đinh Quang Hải, Trưởng khoa Ngoại",
        "Đinh Quang Hải (Trưởng trạm Y tế xã)",
    ],
)
def test_a_heads_post_after_the_name_leaves_the_display(raw: str) -> None:
    assert clean_byline(raw) == Byline("Đinh Quang Hải", ("Đinh Quang Hải",), None)


@pytest.mark.parametrize(
    "raw",
    [
        "Vương Thị Loan (*)",
        "Tác giả: Vương Thị Loan(**)",
        "Vương Thị Loan!",
        "Vương Thị Loan…",
        "Vương Thị Loan ⭐",
        "Vương Thị Loan 👏👏",
        "BY Vương Thị Loan",
        "Vương Thị Loan 310 views",
    ],
)
def test_footnote_marks_trailing_marks_pictographs_and_view_counts_are_dropped(raw: str) -> None:
    assert clean_byline(raw) == Byline("Vương Thị Loan", ("Vương Thị Loan",), None)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        ("Theo Báo Hà Giang (Lò Thị Mai)", "Lò Thị Mai", ("Lò Thị Mai",), "Báo Hà Giang"),
        (
            "Theo VOV (Lò Thị Mai, Đinh Quang Hải)",
            "Lò Thị Mai, Đinh Quang Hải",
            ("Lò Thị Mai", "Đinh Quang Hải"),
            "VOV",
        ),
        ("Theo http://example.vn/tin-1.html", None, (), "http://example.vn/tin-1.html"),
    ],
)
def test_an_outlet_credited_with_its_writer_in_brackets_and_an_address_after_theo(
    raw: str, display: str | None, people: tuple[str, ...], source: str
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # a writer's label joined by `+` or `-`, naming more media, or a genre's
        ("Bài + clip: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Tin - ảnh: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Bài viết, ảnh: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Tin, ảnh và clip: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Bút ký: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Tùy bút của Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Bài đăng bởi: Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("Words and pictures by Dao Thu", "Dao Thu", ("Dao Thu",), None),
        # `P.V`, reporters' abbreviations joined by a hyphen, an abbreviation's stop before a name
        ("P.V/Báo Yên Bái", "P.V", (), "Báo Yên Bái"),
        ("CTV-PV", "CTV-PV", (), None),
        ("BTV. Đào Thu", "BTV. Đào Thu", ("Đào Thu",), None),
        # a date opening the line, an English date or a phone after the names
        ("CN, 30/11/2025 - 21:05 · Đào Thu", "Đào Thu", ("Đào Thu",), None),
        ("By Dao Thu · 30 Nov 2025", "Dao Thu", ("Dao Thu",), None),
        ("Đào Thu - ĐT: +84 263 3822 333", "Đào Thu", ("Đào Thu",), None),
        # a number or a code after the names; a channel's number and a unit's stay
        ("Đào Thu 0457", "Đào Thu", ("Đào Thu",), None),
        ("Đào Thu #17", "Đào Thu", ("Đào Thu",), None),
        ("Đào Thu - Mã CTV: 88", "Đào Thu", ("Đào Thu",), None),
        ("Đào Thu (Mã: 88)", "Đào Thu", ("Đào Thu",), None),
        ("Đào Thu (2)", "Đào Thu", ("Đào Thu",), None),
        ("VOV 2", None, (), "VOV 2"),
    ],
)
def test_labels_abbreviations_dates_and_codes_of_the_fourth_table(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "display", "people", "source"),
    [
        # title chains, honours and a cleric's title before the name
        ("ThS.BSNT. Hà Văn Tư", "ThS.BSNT. Hà Văn Tư", ("Hà Văn Tư",), None),
        ("Thượng úy, Th.S Kha Minh", "Thượng úy, Th.S Kha Minh", ("Kha Minh",), None),
        ("Anh hùng Lao động Võ Tân", "Anh hùng Lao động Võ Tân", ("Võ Tân",), None),
        ("Hòa thượng Thích Trí An", "Hòa thượng Thích Trí An", ("Thích Trí An",), None),
        # a writer's action in brackets or in lower case after the name; a post as a phrase
        ("Kha Minh (chuyển ngữ)", "Kha Minh", ("Kha Minh",), None),
        ("Kha Minh biên soạn", "Kha Minh", ("Kha Minh",), None),
        ("Kha Minh (cộng tác viên tại Huế)", "Kha Minh", ("Kha Minh",), None),
        ("Kha Minh (Biên tập: Võ Tân)", "Kha Minh", ("Kha Minh",), None),
        (
            "Bài viết: Kha Minh - Dịch giả: Võ Tân",
            "Kha Minh - Võ Tân",
            ("Kha Minh", "Võ Tân"),
            None,
        ),
        ("Biên tập viên: Võ Tân", None, (), None),
        ("Translated by Kha Minh", "Kha Minh", ("Kha Minh",), None),
        # look-alike, styled and invisible characters; a line wrapped in brackets
        ("Kh\u0430 Minh", "Kha Minh", ("Kha Minh",), None),
        ("\uff2b\uff48\uff41 Minh", "Kha Minh", ("Kha Minh",), None),
        ("\u202aKha Minh\u202c\u200f", "Kha Minh", ("Kha Minh",), None),
        ("«Kha Minh, Võ Tân»", "Kha Minh, Võ Tân", ("Kha Minh", "Võ Tân"), None),
        # accounts and statements that name nobody
        ("Gửi bởi: Khách", "Khách", (), None),
        ("admin2", "admin2", (), None),
        ("Tác giả: Chưa rõ", None, (), None),
        ("Nguồn: Sưu tầm", None, (), None),
        # a border post after the name, an agency's Vietnamese name
        ("Đại úy Võ Tân, Đồn Biên phòng Cửa khẩu", "Đại úy Võ Tân", ("Võ Tân",), None),
        ("Kha Minh (Tân Hoa Xã)", "Kha Minh", ("Kha Minh",), "Tân Hoa Xã"),
    ],
)
def test_titles_actions_lookalikes_and_accounts_of_the_fifth_table(
    raw: str, display: str | None, people: tuple[str, ...], source: str | None
) -> None:
    assert clean_byline(raw) == Byline(display, people, source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Hoàng Yến, with reporting by Đức Minh",
            Byline("Hoàng Yến, Đức Minh", ("Hoàng Yến", "Đức Minh"), None),
        ),
        (
            "Hoàng Yến (theo Kyodo) - Đức Minh (theo Yonhap)",
            Byline("Hoàng Yến - Đức Minh", ("Hoàng Yến", "Đức Minh"), "Kyodo, Yonhap"),
        ),
        (
            "Hoàng Yến (theo Kyodo) - Đức Minh (theo Kyodo)",
            Byline("Hoàng Yến - Đức Minh", ("Hoàng Yến", "Đức Minh"), "Kyodo"),
        ),
    ],
)
def test_a_second_reporter_and_each_writers_own_source(raw: str, expected: Byline) -> None:
    """`with reporting by` opens a second reporter's name; each writer's own `(theo …)` is a
    source of the text, the two joined (once when they are the same)."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a trainee's abbreviation before a name is a role, alone it names nobody
        ("TTV Bảo Ngọc", Byline("TTV Bảo Ngọc", ("Bảo Ngọc",), None)),
        ("TTV - PV", Byline("TTV - PV", (), None)),
        # a clock written with `h` after the name
        ("Bảo Ngọc - 7h45", Byline("Bảo Ngọc", ("Bảo Ngọc",), None)),
        # an e-mail address spelt out against harvesters
        ("Bảo Ngọc - baongoc(at)baoyenbai.vn", Byline("Bảo Ngọc", ("Bảo Ngọc",), None)),
        # a commune's youth union signs as a body
        ("Đoàn Thanh niên phường", Byline("Đoàn Thanh niên phường", (), None)),
        # design credits joined in one label name no author
        ("Trình bày & thiết kế: Kim Chi", Byline(None, (), None)),
        # a video maker's label joined by a hyphen
        ("Clip - ảnh: Gia Huy", Byline("Gia Huy", ("Gia Huy",), None)),
    ],
)
def test_trainees_h_clocks_spelt_addresses_unions_and_joined_credits(
    raw: str, expected: Byline
) -> None:
    """`TTV` is a reporter's abbreviation as `CTV` is; `7h45` is a clock; `(at)` an e-mail's
    `@`; `Đoàn Thanh niên` a body; joined design credits and `Clip - ảnh:` labels."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Video: Gia Huy | Bài: Bảo Ngọc", Byline("Bảo Ngọc", ("Bảo Ngọc",), None)),
        ("Ảnh, video: Gia Huy - Tác giả: Bảo Ngọc", Byline("Bảo Ngọc", ("Bảo Ngọc",), None)),
        ("Video: Gia Huy", Byline("Gia Huy", ("Gia Huy",), None)),
    ],
)
def test_a_video_maker_before_a_writers_label(raw: str, expected: Byline) -> None:
    """A video's maker opening the line names the author only when no writer's label follows."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cầu mới nối hai xã. (Bảo Ngọc)", Byline("Bảo Ngọc", ("Bảo Ngọc",), None)),
        ("Ảnh tư liệu. (Gia Huy)", Byline("Gia Huy", ("Gia Huy",), None)),
        ("Bảo Ngọc. (TTXVN)", Byline("Bảo Ngọc", ("Bảo Ngọc",), "TTXVN")),
    ],
)
def test_a_name_in_brackets_after_a_captions_sentence(raw: str, expected: Byline) -> None:
    """A caption's sentence closed by a full stop before a bracketed name is no name; a name
    before a bracketed outlet stays."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Bảo Ngọc/Báo Cà Mau - Gia Huy/TTXVN",
            Byline("Bảo Ngọc - Gia Huy", ("Bảo Ngọc", "Gia Huy"), "Báo Cà Mau, TTXVN"),
        ),
        ("Bảo Ngọc/Báo Cà Mau - Cà Mau", Byline("Bảo Ngọc", ("Bảo Ngọc",), "Báo Cà Mau")),
    ],
)
def test_two_writers_each_with_an_outlet_after_a_solidus(raw: str, expected: Byline) -> None:
    """A name and an outlet after a solidus following a dash are a second writer's, not the
    first outlet's words going on."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # clerical, monastic and lower military titles, callings and their short forms
        ("Sư thầy Thích Tâm Hòa", Byline("Sư thầy Thích Tâm Hòa", ("Thích Tâm Hòa",), None)),
        ("Cư sĩ Minh Đạo", Byline("Cư sĩ Minh Đạo", ("Minh Đạo",), None)),
        ("ĐĐ. Thích Quang Nhật", Byline("ĐĐ. Thích Quang Nhật", ("Thích Quang Nhật",), None)),
        ("Hạ sĩ Lò Văn Quý", Byline("Hạ sĩ Lò Văn Quý", ("Lò Văn Quý",), None)),
        ("Đ/c Triệu Văn Sơn", Byline("Đ/c Triệu Văn Sơn", ("Triệu Văn Sơn",), None)),
        ("Sinh viên Lưu Bảo Ngân", Byline("Sinh viên Lưu Bảo Ngân", ("Lưu Bảo Ngân",), None)),
        ("SV. Lưu Bảo Ngân", Byline("SV. Lưu Bảo Ngân", ("Lưu Bảo Ngân",), None)),
        ("Học sinh Trường THCS Quang Trung", Byline("Học sinh Trường THCS Quang Trung", (), None)),
        ("Bút danh Sương Mai", Byline("Sương Mai", ("Sương Mai",), None)),
        # a parish, a pagoda or a school after the name says who the writer is
        (
            "Lm. Phaolô Vũ Đình (Giáo xứ Phú Nhai)",
            Byline("Lm. Phaolô Vũ Đình", ("Phaolô Vũ Đình",), None),
        ),
        ("Kha Ngọc Anh, Trường ĐH Cần Thơ", Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), None)),
        # a class, a home town or a village's post after the name
        (
            "Kha Ngọc Anh (lớp 7B, Trường THCS Quang Trung)",
            Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), None),
        ),
        ("Kha Ngọc Anh, lớp 7B", Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), None)),
        ("Kha Ngọc Anh (quê Hà Tĩnh)", Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), None)),
        (
            "Kha Ngọc Anh, Quế Lâm",
            Byline("Kha Ngọc Anh, Quế Lâm", ("Kha Ngọc Anh", "Quế Lâm"), None),
        ),
        ("Kha Văn Lộc (Trưởng bản Nà Sải)", Byline("Kha Văn Lộc", ("Kha Văn Lộc",), None)),
        # a place in brackets keeps its comma; a merged province's outlet keeps `và` and its comma
        (
            "Kha Ngọc Anh (xã Ea Kar, Đắk Lắk)",
            Byline("Kha Ngọc Anh (xã Ea Kar, Đắk Lắk)", ("Kha Ngọc Anh",), None),
        ),
        (
            "Kha Ngọc Anh - Báo và Phát thanh, Truyền hình Quảng Ngãi",
            Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), "Báo và Phát thanh, Truyền hình Quảng Ngãi"),
        ),
        ("Báo và PT-TH Điện Biên", Byline(None, (), "Báo và PT-TH Điện Biên")),
        # a reporter's role before an outlet credits it; after a name it is the writer's post
        ("Phóng viên Báo Yên Bái", Byline("Phóng viên", (), "Báo Yên Bái")),
        (
            "Kha Ngọc Anh, phóng viên Reuters tại Bangkok",
            Byline("Kha Ngọc Anh", ("Kha Ngọc Anh",), "Reuters"),
        ),
        # groups that name nobody, and a group's label before the names
        ("Nhóm Biên tập Tin tức", Byline("Nhóm Biên tập Tin tức", (), None)),
        ("Nhóm học sinh lớp 9A", Byline("Nhóm học sinh lớp 9A", (), None)),
        ("Nhóm tác giả: Mai Lan, Vũ Hà", Byline("Mai Lan, Vũ Hà", ("Mai Lan", "Vũ Hà"), None)),
    ],
)
def test_titles_posts_groups_and_merged_outlets(raw: str, expected: Byline) -> None:
    """Titles and callings before a name stay shown and are no part of the person; posts,
    classes, home towns and religious bodies after it leave the display; a merged province's
    outlet is one source."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a publish time before `bởi` and the poster
        ("Gửi ngày 02/03/2024 lúc 14:10 bởi Trịnh Hà", Byline("Trịnh Hà", ("Trịnh Hà",), None)),
        ("Viết lúc 9h20 bởi Quách Tĩnh", Byline("Quách Tĩnh", ("Quách Tĩnh",), None)),
        # a video's maker after a photographer: no author, as after a writer
        ("Ảnh: Kiều Trang | Clip: Mạc Dũng", Byline(None, (), None)),
        # a poster beside a source's field uploaded the source's text
        ("Nguồn: Sở Y tế | Người đăng: Phan Yến", Byline(None, (), "Sở Y tế")),
        # a reprint's own label beside its source
        ("Tin đăng lại - Nguồn: Báo Hòa Bình", Byline(None, (), "Báo Hòa Bình")),
        # a compiled-from label naming its source before the colon
        ("Dịch từ Reuters: Quang Khải", Byline("Quang Khải", ("Quang Khải",), "Reuters")),
        ("Tổng hợp theo AFP: Diệp Chi", Byline("Diệp Chi", ("Diệp Chi",), "AFP")),
        # a resident correspondent's label with the place posted to
        ("PV thường trú tại Cà Mau: Tô Vân", Byline("Tô Vân", ("Tô Vân",), None)),
        ("Phóng viên thường trú: Lục Ngân", Byline("Lục Ngân", ("Lục Ngân",), None)),
    ],
)
def test_portal_lines_reprints_and_labels_naming_more_than_a_role(
    raw: str, expected: Byline
) -> None:
    """Portals and reprints print a time, a source or a place inside the label before the
    names: the label goes, its source is credited, a poster or video maker beside a credit is
    no author."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a reader's place and age in one bracket: the place stays, the age leaves
        ("Đào Hữu (Phú Thọ, 71 tuổi)", Byline("Đào Hữu (Phú Thọ)", ("Đào Hữu",), None)),
        ("Mai Sương (Cần Thơ, 45 tuổi)", Byline("Mai Sương (Cần Thơ)", ("Mai Sương",), None)),
        # the writer's team or desk in brackets
        ("Kiều Lan (nhóm phóng viên Xã hội)", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Kiều Lan (Ban Văn hóa)", Byline("Kiều Lan", ("Kiều Lan",), None)),
        # a team's headcount, in any case
        ("NHÓM PHÓNG VIÊN (5 NGƯỜI)", Byline("NHÓM PHÓNG VIÊN", (), None)),
        # a bracket of names stays whole
        ("Kiều Lan (Lý Tâm, Hồ Nhi)", Byline("Kiều Lan (Lý Tâm, Hồ Nhi)", ("Kiều Lan",), None)),
    ],
)
def test_descriptions_teams_and_headcounts_in_brackets_after_a_name(
    raw: str, expected: Byline
) -> None:
    """A bracket after a name says where the writer is (kept) and who the writer is (dropped,
    part by part); a team, a desk or a headcount in it names nobody and leaves the display."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a photographer named by the craft, an editor-in-chief: no author beside a writer
        ("Bài: Kiều Lan; Chụp ảnh: Hồ Nhi", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Nhiếp ảnh: Hồ Nhi - Bài: Kiều Lan", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Chủ biên: Lý Tâm", Byline(None, (), None)),
        # a photo story's maker, the words beside the pictures, a reporters' team: writers
        ("Phóng sự ảnh: Lý Tâm - Hồ Nhi", Byline("Lý Tâm - Hồ Nhi", ("Lý Tâm", "Hồ Nhi"), None)),
        ("Lời: Kiều Lan | Ảnh: Hồ Nhi", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Tổ phóng viên: Lý Tâm, Hồ Nhi", Byline("Lý Tâm, Hồ Nhi", ("Lý Tâm", "Hồ Nhi"), None)),
        # a pen name explained, a recorded account, an author's years: no part of the display
        ("Gió Nam (bút danh của Lý Tâm)", Byline("Gió Nam", ("Gió Nam",), None)),
        ("Kiều Lan (ghi theo lời kể của ông Hồ Nhi)", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Hồ Nhi ghi theo lời kể", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Lý Tâm (1920 – 1988)", Byline("Lý Tâm", ("Lý Tâm",), None)),
        # a university by its initials after the name: who the writer is
        ("TS. Hồ Nhi (ĐH Cần Thơ)", Byline("TS. Hồ Nhi", ("Hồ Nhi",), None)),
        ("Kiều Lan - ĐHQG TP.HCM", Byline("Kiều Lan", ("Kiều Lan",), None)),
        # a police rank with its force; a political commissar's post after the name
        ("Thượng tá CAND Hồ Nhi", Byline("Thượng tá CAND Hồ Nhi", ("Hồ Nhi",), None)),
        (
            "Thiếu tá Kiều Lan, Chính ủy Trung đoàn 9",
            Byline("Thiếu tá Kiều Lan", ("Kiều Lan",), None),
        ),
    ],
)
def test_credits_by_craft_pen_names_lifespans_and_police_ranks(raw: str, expected: Byline) -> None:
    """A credit naming a photographer's craft or an editor-in-chief names no author; a photo
    story's maker, the words beside the pictures and a reporters' team do. What a bracket says
    of the writer (a pen name, a recorded account, the years lived) leaves the display, as a
    post after the name does; a police rank keeps its force in the display."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a place named by its kind after a comma is where the writer is; a name is a person
        ("Kiều Lan, TP.HCM", Byline("Kiều Lan, TP.HCM", ("Kiều Lan",), None)),
        ("Kiều Lan, xã Tân Phú", Byline("Kiều Lan, xã Tân Phú", ("Kiều Lan",), None)),
        ("Kiều Lan, Quân Hồ", Byline("Kiều Lan, Quân Hồ", ("Kiều Lan", "Quân Hồ"), None)),
        # `Ban` and a word in lower case after a reporter's abbreviation is a desk; `Ban Mai` a name
        ("PV Ban Dân tộc", Byline("PV Ban Dân tộc", (), None)),
        ("PV Ban Mai", Byline("PV Ban Mai", ("Ban Mai",), None)),
        # a calling before a child's rank by birth is a nickname; before a full name, a calling
        ("Chú Tư Lùn", Byline("Chú Tư Lùn", ("Chú Tư Lùn",), None)),
        ("Chị Kiều Thị Lan", Byline("Chị Kiều Thị Lan", ("Kiều Thị Lan",), None)),
        # a bracket saying only who the writer is (a job and a school) leaves the display
        ("Hồ Nhi (kỹ sư, Trường THPT Lê Lợi)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_places_desks_nicknames_and_who_the_writer_is(raw: str, expected: Byline) -> None:
    """A place after a comma is told from a second writer by the word naming its kind; a desk
    after `PV` from a name by a word in lower case; a calling before a rank by birth opens a
    nickname. A bracket holding only who the writer is leaves the display."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a lecturer, a doctoral student and a parish's lay head are callings before the name
        ("Giảng viên Hồ Nhi", Byline("Giảng viên Hồ Nhi", ("Hồ Nhi",), None)),
        ("Nghiên cứu sinh Kiều Lan", Byline("Nghiên cứu sinh Kiều Lan", ("Kiều Lan",), None)),
        (
            "Chánh trương Phêrô Hồ Nhi",
            Byline("Chánh trương Phêrô Hồ Nhi", ("Phêrô Hồ Nhi",), None),
        ),
        # a screenwriter, a ghost writer, a script's commentary and `Bài viết do` name the writer
        ("Biên kịch: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Người chấp bút: Kiều Lan", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Kịch bản và lời bình: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Bài viết do Kiều Lan thực hiện", Byline("Kiều Lan", ("Kiều Lan",), None)),
        # a developer, a photographer named as the pictures' author, an editor's assistant and
        # a presenter are no authors
        ("Bài: Hồ Nhi; Lập trình: Kiều Lan", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Tác giả ảnh: Hồ Nhi", Byline(None, (), None)),
        ("Trợ lý biên tập: Hồ Nhi", Byline(None, (), None)),
        ("Người dẫn: Hồ Nhi", Byline(None, (), None)),
        # English writers' labels
        ("Text & photos: Kiều Lan", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Byline: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Contributor: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Guest post by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Opinion by Kiều Lan", Byline("Kiều Lan", ("Kiều Lan",), None)),
        ("Interview by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # a template's field, a script's `undefined` and `(trống)` name nobody
        ("{{author}}", Byline(None, (), None)),
        ("Tác giả: undefined", Byline(None, (), None)),
        ("Tác giả: (trống)", Byline(None, (), None)),
        # a small square or a spaced tilde sets the outlet apart
        ("Hồ Nhi ▪ Báo Cà Mau", Byline("Hồ Nhi", ("Hồ Nhi",), "Báo Cà Mau")),
        ("Kiều Lan ~ Báo Hậu Giang", Byline("Kiều Lan", ("Kiều Lan",), "Báo Hậu Giang")),
        # agencies and papers of other countries; a reporter's post credits its paper alone
        ("Anna Kowalska (PAP)", Byline("Anna Kowalska", ("Anna Kowalska",), "PAP")),
        ("Theo Mainichi Shimbun", Byline(None, (), "Mainichi Shimbun")),
        (
            "Yuki Sato, phóng viên Mainichi Shimbun tại Hà Nội",
            Byline("Yuki Sato", ("Yuki Sato",), "Mainichi Shimbun"),
        ),
        # a team's name goes on after `&` before one word; a full name after it is a writer
        ("Tổ Ảnh & Video", Byline("Tổ Ảnh & Video", (), None)),
        ("Tổ Dữ liệu & Hồ Nhi", Byline("Tổ Dữ liệu & Hồ Nhi", ("Hồ Nhi",), None)),
        # a role at a named body in brackets says who the writer is; a place stays
        ("Hồ Nhi (cựu sinh viên ĐH Huế)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi (xã Tân Phú)", Byline("Hồ Nhi (xã Tân Phú)", ("Hồ Nhi",), None)),
        # an eth opening a word is `Đ`; inside an Icelandic name it stays
        ("Ðinh Hồ Nhi", Byline("Đinh Hồ Nhi", ("Đinh Hồ Nhi",), None)),
        ("Guðrún Helga", Byline("Guðrún Helga", ("Guðrún Helga",), None)),
        # German quotes around a name are typography
        ("„Hồ Nhi“", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_callings_credits_labels_and_outlets_of_the_fifteenth_table(
    raw: str, expected: Byline
) -> None:
    """The rules the fifteenth table asked for, on bylines of their own: callings before a
    name, writers' and other makers' credits, English labels, placeholders, the marks before an
    outlet, foreign outlets, a team's name, a role at a body, look-alike letters and quotes."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a calling in lower case before a name in title case is no part of the person, after
        # `&`, `và` or a comma and alone
        ("Hồ Nhi & bà Kiều Lan", Byline("Hồ Nhi & bà Kiều Lan", ("Hồ Nhi", "Kiều Lan"), None)),
        ("Hồ Nhi và anh Kiều Lâm", Byline("Hồ Nhi và anh Kiều Lâm", ("Hồ Nhi", "Kiều Lâm"), None)),
        ("Hồ Nhi, chị Kiều Lan", Byline("Hồ Nhi, chị Kiều Lan", ("Hồ Nhi", "Kiều Lan"), None)),
        ("ông Hồ Nhân", Byline("ông Hồ Nhân", ("Hồ Nhân",), None)),
        # then the line's opening `Ông` or `Bà` before two words is a calling too
        (
            "Ông Hồ Nhân & bà Kiều Lan",
            Byline("Ông Hồ Nhân & bà Kiều Lan", ("Hồ Nhân", "Kiều Lan"), None),
        ),
        (
            "Bà Kiều Lan và ông Hồ Nhân",
            Byline("Bà Kiều Lan và ông Hồ Nhân", ("Kiều Lan", "Hồ Nhân"), None),
        ),
        # alone, or beside a writer named without a calling, it may open a pen name
        ("Ông Giáo Làng", Byline("Ông Giáo Làng", ("Ông Giáo Làng",), None)),
        (
            "Ông Giáo Làng & Kiều Lan",
            Byline("Ông Giáo Làng & Kiều Lan", ("Ông Giáo Làng", "Kiều Lan"), None),
        ),
        # before one word, or before words in lower case, the calling stays with them
        ("Hồ Nhi & anh Lâm", Byline("Hồ Nhi & anh Lâm", ("Hồ Nhi", "anh Lâm"), None)),
        ("bà kiều lan", Byline("bà kiều lan", ("bà kiều lan",), None)),
    ],
)
def test_a_calling_in_lower_case_before_a_writers_name(raw: str, expected: Byline) -> None:
    """Callings as running text writes them (`bà`, `anh`, `chị`): no name opens in lower case,
    and a line calling a later writer so capitalises its first calling only as its opening."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the photo desk signs as a newsroom's team does; `Ban Anh` without the mark is a name
        ("Ban Ảnh - Báo Cà Mau", Byline("Ban Ảnh", (), "Báo Cà Mau")),
        ("PV Ban Ảnh", Byline("PV Ban Ảnh", (), None)),
        ("Ban Anh", Byline("Ban Anh", ("Ban Anh",), None)),
        # a province's bare name after the writer's post or unit is where that is
        (
            "Hồ Nhi, giáo viên Trường THPT Lê Lợi, Cà Mau",
            Byline("Hồ Nhi, Cà Mau", ("Hồ Nhi",), None),
        ),
        ("Hồ Nhi, Trường THPT Lê Lợi, Hải Dương", Byline("Hồ Nhi, Hải Dương", ("Hồ Nhi",), None)),
        # … a name there, and a province's name right after a writer, is a second writer
        (
            "Hồ Nhi, giáo viên Trường THPT Lê Lợi, Kiều Lan",
            Byline("Hồ Nhi, Kiều Lan", ("Hồ Nhi", "Kiều Lan"), None),
        ),
        ("Hồ Nhi, Hải Dương", Byline("Hồ Nhi, Hải Dương", ("Hồ Nhi", "Hải Dương"), None)),
    ],
)
def test_the_photo_desk_and_a_province_after_the_writers_post(raw: str, expected: Byline) -> None:
    """`Ban Ảnh` is a desk, told from the name `Ban Anh` by its mark; a province named bare after
    the writer's post or unit is the place of that post, elsewhere a name like any other."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a video's editors and camera operators name no author, joined in one label too
        ("Dựng hình: Lê Tú", Byline(None, (), None)),
        ("Biên tập video: Lê Tú", Byline(None, (), None)),
        ("Quay phim & dựng phim: Lê Tú", Byline(None, (), None)),
        ("Bài: Hồ Nhi; Quay phim, dựng phim: Lê Tú", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # an interviewer who wrote it up, quick notes and English reporters' labels name writers
        ("Phỏng vấn và ghi: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Ghi nhanh: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Reported by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Written and edited by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_a_videos_editors_and_an_interviews_writer(raw: str, expected: Byline) -> None:
    """Who made the video is credited beside the writer, never as one; who interviewed and
    wrote, noted or reported is the writer."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # agencies and broadcasters after a name, in brackets or after a solidus
        ("Hồ Nhi (PTI)", Byline("Hồ Nhi", ("Hồ Nhi",), "PTI")),
        ("Hồ Nhi (Prensa Latina)", Byline("Hồ Nhi", ("Hồ Nhi",), "Prensa Latina")),
        ("Hồ Nhi / CGTN", Byline("Hồ Nhi", ("Hồ Nhi",), "CGTN")),
        # two outlets after `Theo`, credited together; a writer after one is a person
        ("Theo AFP, Kyodo", Byline(None, (), "AFP, Kyodo")),
        ("Theo TTXVN, Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), "TTXVN")),
        # a triangular bullet before the outlet, as a bullet
        ("Hồ Nhi ‣ Báo Cà Mau", Byline("Hồ Nhi", ("Hồ Nhi",), "Báo Cà Mau")),
        # a rendering from a named outlet credits it, as a translation does
        ("Hồ Nhi (chuyển ngữ từ Le Figaro)", Byline("Hồ Nhi", ("Hồ Nhi",), "Le Figaro")),
        # a features desk names nobody
        ("Ban Chuyên đề - Báo Cà Mau", Byline("Ban Chuyên đề", (), "Báo Cà Mau")),
    ],
)
def test_agencies_joined_outlets_and_a_features_desk(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the writer's people and a student's school say who the writer is
        ("Hồ Nhi (dân tộc Tày)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi, sinh viên Học viện Báo chí", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # … and before the name the calling stays in the display
        ("Sinh viên Hồ Nhi", Byline("Sinh viên Hồ Nhi", ("Hồ Nhi",), None)),
        # tortoise-shell and double angle brackets around the whole line
        ("〔Hồ Nhi〕", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("《Hồ Nhi》", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # a script's empty values and a template's field name nobody
        ("Tác giả: NULL", Byline(None, (), None)),
        ("Người viết: %writer%", Byline(None, (), None)),
        ("[object Object]", Byline(None, (), None)),
    ],
)
def test_who_the_writer_is_brackets_and_empty_values(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # callings before the name: a singer, a diplomat, a midwife, a friar, a lay Buddhist
        ("Ca sĩ Hồ Nhi", Byline("Ca sĩ Hồ Nhi", ("Hồ Nhi",), None)),
        ("Nhà ngoại giao Hồ Nhi", Byline("Nhà ngoại giao Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hộ sinh Hồ Nhi", Byline("Hộ sinh Hồ Nhi", ("Hồ Nhi",), None)),
        ("Tu sĩ Giuse Hồ Nhi", Byline("Tu sĩ Giuse Hồ Nhi", ("Giuse Hồ Nhi",), None)),
        ("Phật tử Diệu Hạnh", Byline("Phật tử Diệu Hạnh", ("Diệu Hạnh",), None)),
        # writers' labels: a Spanish theme's, a film's commentary, text and graphics, a video
        # written and cut, an original article
        ("Texto: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Lời bình: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Bài & đồ họa: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Viết và dựng: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Bài viết gốc của Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # credits naming no author, alone and after a writer
        ("Sản xuất: Hồ Nhi", Byline(None, (), None)),
        ("Ghi âm: Hồ Nhi", Byline(None, (), None)),
        ("Trợ lý nghiên cứu: Hồ Nhi", Byline(None, (), None)),
        ("Produced by Hồ Nhi", Byline(None, (), None)),
        ("Fact-checked by Hồ Nhi", Byline(None, (), None)),
        ("Bài: Lê Na | Cố vấn nội dung: Hồ Nhi", Byline("Lê Na", ("Lê Na",), None)),
        ("Bài: Lê Na · Chịu trách nhiệm xuất bản: Hồ Nhi", Byline("Lê Na", ("Lê Na",), None)),
        # placeholders
        ("Tác giả: None", Byline(None, (), None)),
        ("By ${writer}", Byline(None, (), None)),
        ("Tác giả: Chưa xác định", Byline(None, (), None)),
        # markup, entities, emphasis and blank look-alikes around and inside the name
        ("<b>Hồ Nhi</b>", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("H&#7891; Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("**Hồ Nhi**", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("~Hồ Nhi~", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ\u2800Nhi\U000e0020", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # an angle pointing to the outlet; agencies in their own scripts; an outlet whose name
        # ends in digits
        ("Hồ Nhi ❯ Báo Cà Mau", Byline("Hồ Nhi", ("Hồ Nhi",), "Báo Cà Mau")),
        ("Hồ Nhi (Lusa)", Byline("Hồ Nhi", ("Hồ Nhi",), "Lusa")),
        ("李明 / 新华社", Byline("李明", ("李明",), "新华社")),
        ("Hồ Nhi – Kênh14", Byline("Hồ Nhi", ("Hồ Nhi",), "Kênh14")),
        # a source quoted, and a translator's own role before another credit
        ("Trích nguồn: Báo Cà Mau", Byline(None, (), "Báo Cà Mau")),
        ("Hồ Nhi dịch – Bài gốc: Reuters", Byline("Hồ Nhi", ("Hồ Nhi",), "Reuters")),
        # a hospital by its initials after the name says who the writer is
        ("BS Hồ Nhi (BV Chợ Rẫy)", Byline("BS Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_callings_credits_markup_and_outlets_of_the_seventeenth_table(
    raw: str, expected: Byline
) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # callings before the name: a referee, an athlete, a chess player, a chef, a pilot, a
        # flight attendant, a technician, a fisherman, a farmer, a village head, a pianist, a
        # deacon before a baptismal name, a preacher and a Chăm Brahmin priest
        ("Trọng tài Hồ Nhi", Byline("Trọng tài Hồ Nhi", ("Hồ Nhi",), None)),
        ("Vận động viên Hồ Nhi", Byline("Vận động viên Hồ Nhi", ("Hồ Nhi",), None)),
        ("Kỳ thủ Hồ Nhi", Byline("Kỳ thủ Hồ Nhi", ("Hồ Nhi",), None)),
        ("Đầu bếp Hồ Nhi", Byline("Đầu bếp Hồ Nhi", ("Hồ Nhi",), None)),
        ("Phi công Hồ Nhi", Byline("Phi công Hồ Nhi", ("Hồ Nhi",), None)),
        ("Tiếp viên hàng không Hồ Nhi", Byline("Tiếp viên hàng không Hồ Nhi", ("Hồ Nhi",), None)),
        ("Kỹ thuật viên Hồ Nhi", Byline("Kỹ thuật viên Hồ Nhi", ("Hồ Nhi",), None)),
        ("Ngư dân Hồ Nhi", Byline("Ngư dân Hồ Nhi", ("Hồ Nhi",), None)),
        ("Nông dân Hồ Nhi", Byline("Nông dân Hồ Nhi", ("Hồ Nhi",), None)),
        ("Trưởng bản Hồ Nhi", Byline("Trưởng bản Hồ Nhi", ("Hồ Nhi",), None)),
        ("Nghệ sĩ violin Hồ Nhi", Byline("Nghệ sĩ violin Hồ Nhi", ("Hồ Nhi",), None)),
        ("Chấp sự Giuse Hồ Nhi", Byline("Chấp sự Giuse Hồ Nhi", ("Giuse Hồ Nhi",), None)),
        ("Truyền đạo Hồ Nhi", Byline("Truyền đạo Hồ Nhi", ("Hồ Nhi",), None)),
        ("Cả sư Hồ Nhi", Byline("Cả sư Hồ Nhi", ("Hồ Nhi",), None)),
        # writers' labels of other editions: Norwegian, Czech, Turkish, Indonesian, Hungarian,
        # Finnish, Ukrainian, Chinese, Danish and Dutch
        ("Tekst: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Autor: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Yazan: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Penulis: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Oleh Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Írta: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Kirjoittaja: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Автор: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("撰文：王芳", Byline("王芳", ("王芳",), None)),
        ("Skrevet af Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Door Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # credits that name no author: post-production, a coordinator, a fact-checker, technical
        # support; beside a writer they leave the writer alone
        ("Hậu kỳ: Hồ Nhi", Byline(None, (), None)),
        ("Điều phối: Hồ Nhi", Byline(None, (), None)),
        ("Kiểm chứng thông tin: Hồ Nhi", Byline(None, (), None)),
        ("Hỗ trợ kỹ thuật: Hồ Nhi", Byline(None, (), None)),
        ("Bài: Thu Hà | Hậu kỳ: Hồ Nhi", Byline("Thu Hà", ("Thu Hà",), None)),
    ],
)
def test_more_callings_foreign_writers_labels_and_credits(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a Chinese reporter's title before the name, a Taiwanese page's `文／` (text)
        ("记者 王芳", Byline("记者 王芳", ("王芳",), None)),
        ("文/王芳", Byline("王芳", ("王芳",), None)),
        # a collector who names herself, English by-words, a writer of the text and its graphics,
        # a script's writer who staged it too
        ("Sưu tầm: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Reviewed by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Reporting and writing by Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Bài và infographics: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Kịch bản & dàn dựng: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # a proofreader who edited too names no author; beside a writer, the writer stays
        ("Hiệu đính & biên tập: Hồ Nhi", Byline(None, (), None)),
        ("Bài: Thu Hà | Hiệu đính và biên tập: Hồ Nhi", Byline("Thu Hà", ("Thu Hà",), None)),
        # placeholders a template or a script left
        ("Tác giả: TBA", Byline(None, (), None)),
        ("Tác giả: nan", Byline(None, (), None)),
        ("Người viết: 0", Byline(None, (), None)),
        ("Tác giả: FALSE", Byline(None, (), None)),
        ("By [Tên tác giả]", Byline(None, (), None)),
        ("Tác giả: <%= post.author %>", Byline(None, (), None)),
        # BBCode and Markdown around each name; a name struck through was corrected
        ("[i]Hồ Nhi[/i] và [b]Thu Hà[/b]", Byline("Hồ Nhi và Thu Hà", ("Hồ Nhi", "Thu Hà"), None)),
        ("*Hồ Nhi* và **Thu Hà**", Byline("Hồ Nhi và Thu Hà", ("Hồ Nhi", "Thu Hà"), None)),
        ("~~Thu Hà~~ Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # Croatian, Mexican, Bulgarian and Egyptian agencies after a writer
        ("Hồ Nhi (HINA)", Byline("Hồ Nhi", ("Hồ Nhi",), "HINA")),
        ("Hồ Nhi (Notimex)", Byline("Hồ Nhi", ("Hồ Nhi",), "Notimex")),
        ("Hồ Nhi (BTA)", Byline("Hồ Nhi", ("Hồ Nhi",), "BTA")),
        ("Hồ Nhi (MENA)", Byline("Hồ Nhi", ("Hồ Nhi",), "MENA")),
        # a bullet's look-alikes between a writer and an outlet
        ("Hồ Nhi ⋅ VOV", Byline("Hồ Nhi", ("Hồ Nhi",), "VOV")),
        ("Hồ Nhi ‧ VOV", Byline("Hồ Nhi", ("Hồ Nhi",), "VOV")),
        # a social profile's followers and its follow button after the name
        ("Hồ Nhi · 3,4K followers", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi • 2,5K người theo dõi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi • Theo dõi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_cjk_labels_placeholders_markup_and_agencies(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a photographer, a designer, an actor, a goalkeeper and a commentator by calling
        ("Nhà nhiếp ảnh Hồ Nhi", Byline("Nhà nhiếp ảnh Hồ Nhi", ("Hồ Nhi",), None)),
        ("Nhà thiết kế Hồ Nhi", Byline("Nhà thiết kế Hồ Nhi", ("Hồ Nhi",), None)),
        ("Diễn viên Hồ Nhi", Byline("Diễn viên Hồ Nhi", ("Hồ Nhi",), None)),
        ("Thủ môn Hồ Nhi", Byline("Thủ môn Hồ Nhi", ("Hồ Nhi",), None)),
        ("Bình luận viên Hồ Nhi", Byline("Bình luận viên Hồ Nhi", ("Hồ Nhi",), None)),
        # a woman's rank by birth after `Bà` is a nickname, as after `Cô`
        ("Bà Năm Sa Đéc", Byline("Bà Năm Sa Đéc", ("Bà Năm Sa Đéc",), None)),
        # the writer who designed the page too; written-by in other editions' languages
        ("Bài và thiết kế: Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Geschrieben von Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Scritto da Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Écrit par Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Escrito por Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Skrivet av Hồ Nhi", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("文・写真：王芳", Byline("王芳", ("王芳",), None)),
        # credits naming no author: a photographer in English, a production's director, a
        # score, subtitles
        ("Photography by Hồ Nhi", Byline(None, (), None)),
        ("Chỉ đạo sản xuất: Hồ Nhi", Byline(None, (), None)),
        ("Âm nhạc: Hồ Nhi", Byline(None, (), None)),
        ("Phụ đề: Hồ Nhi", Byline(None, (), None)),
        # right-pointing marks before an outlet, and three more agencies
        ("Hồ Nhi ⟫ VOV", Byline("Hồ Nhi", ("Hồ Nhi",), "VOV")),
        ("Hồ Nhi ▸ VOV", Byline("Hồ Nhi", ("Hồ Nhi",), "VOV")),
        ("Hồ Nhi (GNA)", Byline("Hồ Nhi", ("Hồ Nhi",), "GNA")),
        ("Hồ Nhi – Kazinform", Byline("Hồ Nhi", ("Hồ Nhi",), "Kazinform")),
        ("Hồ Nhi (RÚV)", Byline("Hồ Nhi", ("Hồ Nhi",), "RÚV")),
        # the people the writer belongs to, a former pupil's or student's school, a school after
        # a student's year: who the writer is, no place
        ("Hồ Nhi (người Xơ Đăng)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi, cựu học sinh Trường THPT Lê Quý Đôn", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi, cựu sinh viên Đại học Huế", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi (sinh viên năm 4, ĐH Y)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # Hội An is a town, kept beside a description as a place is
        ("Hồ Nhi (hướng dẫn viên, Hội An)", Byline("Hồ Nhi (Hội An)", ("Hồ Nhi",), None)),
        # an occasion and its year in brackets is no place
        ("Hồ Nhi (Tết 2028)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
    ],
)
def test_callings_writers_labels_credits_and_descriptions(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a social handle after `@` in brackets, its words joined by dots, is the writer's login
        ("Hồ Nhi (@honhi.news)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        ("Hồ Nhi (@ho.nhi99)", Byline("Hồ Nhi", ("Hồ Nhi",), None)),
        # … but without the `@` a dotted name may be a site credited as the source
        ("Hồ Nhi (honhi.news)", Byline("Hồ Nhi", ("Hồ Nhi",), "honhi.news")),
    ],
)
def test_dotted_handle_after_at(raw: str, expected: Byline) -> None:
    assert clean_byline(raw) == expected
