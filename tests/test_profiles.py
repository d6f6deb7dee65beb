"""Site profiles are well-formed, and layouts are chosen by fetch date confirmed by markup."""

from __future__ import annotations

import json
from datetime import date, datetime
from urllib.parse import urlsplit

import pytest

from parsers.extract import extract
from parsers.sites import all_profiles, profile_for
from parsers.vietnamese.dates import LOCAL_TZ
from tests.conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("far_clock")
PROFILES = all_profiles()
NINH_BINH_2021 = (
    FIXTURES
    / "sites/baoninhbinh/yen-khanh-thu-hoach-xong-95-dien-tich-lua-xuan-202106210710254.html"
)


@pytest.mark.parametrize("key", sorted(PROFILES))
def test_profile_is_well_formed(key: str) -> None:
    profile = PROFILES[key]
    assert profile.key == key
    assert profile_for(profile.hosts[0]) is profile
    assert "id" in profile.article_pattern.groupindex
    assert profile.feeds or profile.sitemaps or profile.listings
    assert not any(profile.is_article(path) for path in profile.listings)
    assert all(0 < floor <= 1 for floor in profile.floors.values())


@pytest.mark.parametrize("key", sorted(PROFILES))
def test_every_layout_has_a_fixture_page(key: str) -> None:
    used = set()
    for path in (FIXTURES / "sites" / key).glob("**/page.json"):
        case = json.loads(path.read_text(encoding="utf-8"))
        html = (path.parent / "page.html").read_text(encoding="utf-8")
        used.add(
            extract(html, case["url"], fetched_at=datetime.fromisoformat(case["fetched_at"])).layout
        )
    assert used == {layout.name for layout in PROFILES[key].layouts}


def test_fetch_date_orders_the_layouts() -> None:
    profile = PROFILES["baoninhbinh"]
    names = lambda fetched: [layout.name for layout in profile.layouts_for(fetched)]  # noqa: E731
    assert names(date(2021, 6, 21)) == ["2019", "2023"]
    assert names(date(2023, 6, 30)) == ["2019", "2023"]
    assert names(date(2023, 7, 1)) == ["2023", "2019"]
    assert names(None) == ["2023", "2019"]


def test_an_old_design_page_fetched_today_uses_the_old_layout() -> None:
    case = json.loads((NINH_BINH_2021 / "page.json").read_text(encoding="utf-8"))
    html = (NINH_BINH_2021 / "page.html").read_text(encoding="utf-8")
    result = extract(html, case["url"], fetched_at=datetime(2026, 11, 1, tzinfo=LOCAL_TZ))
    assert result.layout == "2019"
    assert result.byline_raw == "Bài, ảnh: Đức Lam"


def test_unknown_host_has_no_profile() -> None:
    assert profile_for("example.org") is None
    assert profile_for(urlsplit("https://www.baothaibinh.com.vn/x").hostname).key == "baothaibinh"
