"""The registry of provincial papers: every province in both eras, the 2025 merger as enacted,
the hand-made profiles flagged, and the accent-insensitive province filter of `tinbao sites`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from parsers import registry
from parsers.sites import all_profiles
from tests.conftest import PROFILED

# The merger of 1 July 2025 as the issue lists it: unchanged, and new ← absorbed.
UNCHANGED = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
]
MERGED = {
    "Tuyên Quang": ["Hà Giang"],
    "Lào Cai": ["Yên Bái"],
    "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Giang"],
    "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"],
    "Ninh Bình": ["Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"],
    "Quảng Ngãi": ["Kon Tum"],
    "Gia Lai": ["Bình Định"],
    "Khánh Hòa": ["Ninh Thuận"],
    "Lâm Đồng": ["Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Phú Yên"],
    "TP. Hồ Chí Minh": ["Bình Dương", "Bà Rịa – Vũng Tàu"],
    "Đồng Nai": ["Bình Phước"],
    "Tây Ninh": ["Long An"],
    "Cần Thơ": ["Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Tiền Giang"],
    "Cà Mau": ["Bạc Liêu"],
    "An Giang": ["Kiên Giang"],
}


def _rows(era: str) -> list[registry.Entry]:
    return [e for e in registry.entries() if e.era == era]


def test_63_provinces_before_the_merger_and_34_since() -> None:
    before, since = _rows(registry.BEFORE), _rows(registry.SINCE)
    assert (len(before), len(since)) == (63, 34)
    assert len({e.province for e in before}) == 63
    assert len({e.province for e in since}) == 34
    assert len(registry.entries()) == 97


def test_each_province_before_maps_to_exactly_one_current_province_as_enacted() -> None:
    expected = {name: name for name in UNCHANGED}
    for new, absorbed in MERGED.items():
        expected[new] = new
        expected.update({old: new for old in absorbed})
    assert len(expected) == 63
    assert {e.province: e.current_province for e in _rows(registry.BEFORE)} == expected
    assert sorted(e.province for e in _rows(registry.SINCE)) == sorted(UNCHANGED + list(MERGED))


def test_a_current_province_is_served_by_the_paper_of_its_own_name() -> None:
    before = {e.province: e.paper.key for e in _rows(registry.BEFORE)}
    assert {e.province: e.paper.key for e in _rows(registry.SINCE)} == {
        name: before[name] for name in UNCHANGED + list(MERGED)
    }


def test_every_paper_has_a_row_and_hosts_belong_to_one_paper() -> None:
    used = {e.paper.key for e in registry.entries()}
    assert used == set(registry.papers())
    hosts = [h for p in registry.papers().values() for h in p.all_hosts]
    assert len(hosts) == len(set(hosts))
    assert all(p.hosts and p.name.startswith("Báo ") for p in registry.papers().values())


def test_the_twelve_profiled_sites_are_flagged_and_only_they_are_verified() -> None:
    flagged = sorted(k for k, p in registry.papers().items() if p.profile is not None)
    assert flagged == PROFILED == sorted(all_profiles())
    assert sorted(k for k, p in registry.papers().items() if p.verified) == PROFILED


@pytest.mark.parametrize("key", PROFILED)
def test_a_profiled_papers_hosts_are_its_profiles(key: str) -> None:
    paper = registry.papers()[key]
    assert set(paper.hosts + paper.archive_hosts) <= set(all_profiles()[key].hosts)
    assert paper.hosts[0] == all_profiles()[key].hosts[0]


@pytest.mark.parametrize("key", PROFILED)
def test_a_profiled_papers_provinces_are_its_profiles(key: str) -> None:
    profile = all_profiles()[key]
    rows = [e for e in registry.entries() if e.paper.key == key and e.era == registry.BEFORE]
    assert [(e.province, e.current_province) for e in rows] == [
        (profile.province, profile.merged_province)
    ]


def test_paper_for_host_with_or_without_www() -> None:
    assert registry.paper_for("www.baohungyen.vn").key == "baohungyen"
    assert registry.paper_for("travinh.baovinhlong.vn").key == "baotravinh"
    assert registry.paper_for("baotravinh.vn:443").key == "baotravinh"
    assert registry.paper_for("vnexpress.net") is None


def test_paper_for_a_papers_mobile_or_amp_host() -> None:
    assert registry.paper_for("m.baohungyen.vn").key == "baohungyen"
    assert registry.paper_for("amp.baotravinh.vn").key == "baotravinh"
    assert registry.paper_for("m.vnexpress.net") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thai binh", [("Thái Bình", "before-2025")]),
        ("THÁI BÌNH", [("Thái Bình", "before-2025")]),
        (
            "hung yen",
            [("Hưng Yên", "before-2025"), ("Thái Bình", "before-2025"), ("Hưng Yên", "2025")],
        ),
        ("thua thien hue", [("Huế", "before-2025"), ("Huế", "2025")]),
        (
            "ho chi minh",
            [
                ("Bình Dương", "before-2025"),
                ("Bà Rịa – Vũng Tàu", "before-2025"),
                ("TP. Hồ Chí Minh", "before-2025"),
                ("TP. Hồ Chí Minh", "2025"),
            ],
        ),
        ("ba ria vung tau", [("Bà Rịa – Vũng Tàu", "before-2025")]),
        ("dak nong", [("Đắk Nông", "before-2025")]),
        ("nam dinh", [("Nam Định", "before-2025")]),
        ("binh d", []),  # whole words only: not Bình Định, Bình Dương
    ],
)
def test_find_ignores_accents_and_case(query: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.province, e.era) for e in registry.find(query)] == expected


def test_sites_command_lists_every_row_and_filters_by_province() -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["sites", "--json", "--db", "absent.db"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 97
    assert sorted({r["key"] for r in rows if r["profile"]}) == PROFILED
    thai_binh = runner.invoke(cli, ["sites", "--province", "thai binh", "--db", "absent.db"])
    assert thai_binh.exit_code == 0
    lines = thai_binh.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["key", "era"], ["baothaibinh", "before-2025"]]
    hung_yen = runner.invoke(
        cli, ["sites", "--province", "Hưng Yên", "--json", "--db", "absent.db"]
    )
    assert [
        (r["key"], r["era"], r["province"]) for r in map(json.loads, hung_yen.stdout.splitlines())
    ] == [
        ("baohungyen", "before-2025", "Hưng Yên"),
        ("baothaibinh", "before-2025", "Thái Bình"),
        ("baohungyen", "2025", "Hưng Yên"),
    ]
    unknown = runner.invoke(cli, ["sites", "--province", "atlantis", "--db", "absent.db"])
    assert unknown.exit_code == 1
    assert unknown.stderr == "Error: no province matches 'atlantis'\n"
