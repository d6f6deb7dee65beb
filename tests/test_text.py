"""Text cleaning and matching keys."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.vietnamese.text import (
    _FOLD_TABLE,
    canonical_tones,
    clean_text,
    compose,
    fold,
    fold_rule_table,
    strip_dateline,
)

NFD_HOA = unicodedata.normalize("NFD", "Hòa Bình")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("   \n\t ", None),
        ("\u200b\ufeff", None),
        ("  Hà   Nội \n", "Hà Nội"),
        ("Hà\u00a0Nội", "Hà Nội"),
        ("Hà&nbsp;Nội", "Hà Nội"),
        ("Hà&nbsp;&nbsp; Nội", "Hà Nội"),
        ("Đà\u200bNẵng", "ĐàNẵng"),
        ("Quảng\u200c Ninh\u200d", "Quảng Ninh"),
        ("\ufeffThái Bình", "Thái Bình"),
        ("Ca\u034fn Th\u033cơ", "Can Thơ"),
        (NFD_HOA, "Hòa Bình"),
        ("m\u00f4\u0323t", "một"),
        ("Ngh\u1ec7\u00a0An\r\n  2024", "Nghệ An 2024"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_clean_text(raw: str | None, expected: str | None) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Gia đình 👨\u200d👩\u200d👧 vui", "Gia đình 👨\u200d👩\u200d👧 vui"),
        ("Tim ❤\ufe0f\u200d🔥 đỏ", "Tim ❤\ufe0f\u200d🔥 đỏ"),
        ("Lửa\u200d🔥 cháy🔥\u200d", "Lửa🔥 cháy🔥"),
        ("🔥\u200d\u200dấm", "🔥ấm"),
    ],
)
def test_a_joiner_inside_an_emoji_sequence_is_kept(raw: str, expected: str) -> None:
    """The joiners of 👨‍👩‍👧 make one picture of three; a joiner beside a letter is junk."""
    assert clean_text(raw) == expected


def test_clean_text_output_is_nfc() -> None:
    cleaned = clean_text(NFD_HOA + " Thu\u0309y")
    assert cleaned == "Hòa Bình Thủy"
    assert unicodedata.is_normalized("NFC", cleaned)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà", "hoa"),
        ("hòa", "hoa"),
        ("Đại hội", "dai hoi"),
        ("dai hoi", "dai hoi"),
        ("ĐẠI HỘI", "dai hoi"),
        ("đường", "duong"),
        ("Nguyễn Thị Minh Khai", "nguyen thi minh khai"),
        (NFD_HOA, "hoa binh"),
        ("Thuỷ – Thủy", "thuy – thuy"),
        ("Ưu tiên ơn", "uu tien on"),
        ("Hà\u00a0Nội", "ha noi"),
        ("abc 123", "abc 123"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hội nghị APEC – Ἀθῆναι", "hoi nghi apec – αθηναι"),
        ("Đoàn đến Seoul (서울)", "doan den seoul (서울)"),
        ("ＡＢＣ Ế", "abc e"),  # full-width ASCII (a CJK input method) is ASCII
        ("１４ｈ２０，Ｔｈứ Ｈａｉ", "14h20,thu hai"),
    ],
)
def test_fold_beyond_vietnamese_letters(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fold_keeps_the_length_of_nfc_text(text: str) -> None:
    """Regex spans found on the folded copy index the text (dates, bylines)."""
    nfc = unicodedata.normalize("NFC", text)
    assert len(fold(nfc)) == len(nfc)
    assert fold(fold(nfc)) == fold(nfc)


def test_fold_tone_placements_alike() -> None:
    assert fold("Nguyễn Hoà Bình") == fold("Nguyễn Hòa Bình") == fold("NGUYEN HOA BINH")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà", "hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("HOÀ", "HÒA"),
        ("thuỷ", "thủy"),
        ("uỷ ban", "ủy ban"),
        ("Uỷ ban", "Ủy ban"),
        ("hoá", "hóa"),
        ("văn hoá", "văn hóa"),
        ("khoẻ", "khỏe"),
        ("Thuý", "Thúy"),
        ("hoạ sĩ", "họa sĩ"),
        ("loã", "lõa"),
        ("khoẻ mạnh, hoà bình", "khỏe mạnh, hòa bình"),
        # Already new-style, or the tone belongs on the second vowel in both styles.
        ("hòa", "hòa"),
        ("hoàng", "hoàng"),
        ("quý", "quý"),
        ("Quỳnh", "Quỳnh"),
        ("khuỷu", "khuỷu"),
        ("thuyền", "thuyền"),
        ("toán", "toán"),
    ],
)
def test_canonical_tones(raw: str, expected: str) -> None:
    assert canonical_tones(raw) == expected


def test_canonical_tones_nfd_input() -> None:
    assert canonical_tones(unicodedata.normalize("NFD", "Hoà")) == "Hòa"


def test_compose_recomposes_combining_tone_marks() -> None:
    """windows-1258 and some editors write tones as combining characters (`đọc` as `đo` +
    U+0323); a page with a few stray ones has just those letters recomposed."""
    decomposed = unicodedata.normalize("NFD", "Số lần đọc: 1.234 — Mù Cang Chải")
    assert compose(decomposed) == "Số lần đọc: 1.234 — Mù Cang Chải"
    stray = "<p>Đây là m\u00f4\u0323t bài, a\u0301 và <b>x</b></p>"
    assert compose(stray) == "<p>Đây là một bài, á và <b>x</b></p>"
    assert compose("plain ascii") == "plain ascii"
    assert compose("Đã là NFC") == "Đã là NFC"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aăâeêioôơuưyđAĂÂĐ ,.<>/" + "àáảãạằắẳẵặầấẩẫậềếểễệ" + "ọốồổỗộờớởỡợụứừửữự"))
def test_compose_equals_nfc_on_decomposed_vietnamese(text: str) -> None:
    assert compose(unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("VOV.VN - Sau gần 30 giờ khắc phục", "Sau gần 30 giờ khắc phục"),
        ("VTV.vn - Chiều nay, mưa lớn", "Chiều nay, mưa lớn"),
        ("TTO - Sáng nay", "Sáng nay"),
        ("VN-Index tăng mạnh", "VN-Index tăng mạnh"),
        ("VOV.VN-Index", "VOV.VN-Index"),
    ],
)
def test_strip_dateline_takes_an_outlet_host_stamp(lead: str, expected: str) -> None:
    assert strip_dateline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("HUẾ - Sáng 3/12, trường khai giảng", "Sáng 3/12, trường khai giảng"),
        ("HÀ NỘI - Chiều nay, mưa lớn", "Chiều nay, mưa lớn"),
        ("BÌNH DƯƠNG – Vườn rau của trường", "Vườn rau của trường"),
        ("TP HỒ CHÍ MINH - Ngày 2/12, thành phố họp", "Ngày 2/12, thành phố họp"),
        ("TP.HCM - Sáng 4/12, nắng nóng", "Sáng 4/12, nắng nóng"),
        ("TP. HỒ CHÍ MINH – Giá vàng giảm", "Giá vàng giảm"),
        ("TP.HCM-Index tăng", "TP.HCM-Index tăng"),
        ("HÀ NỘI-Index tăng", "HÀ NỘI-Index tăng"),
        ("ASEAN và Nhật Bản ký hiệp định", "ASEAN và Nhật Bản ký hiệp định"),
    ],
)
def test_strip_dateline_takes_a_place_in_capitals(lead: str, expected: str) -> None:
    """A place printed in capitals before a spaced dash opens many leads, diacritics and
    all; a capitalised word glued to the dash, or with no dash, is the text's own."""
    assert strip_dateline(lead) == expected


def test_the_written_fold_table_is_the_rule() -> None:
    """`fold_table.py` is the rule written out; after changing the rule or Python's Unicode
    version, `python -m parsers.vietnamese.text` writes it again."""
    assert fold_rule_table() == _FOLD_TABLE
