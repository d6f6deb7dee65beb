"""Site profiles are well-formed, and layouts are chosen by fetch date confirmed by markup."""

from __future__ import annotations

import json
from datetime import date, datetime
from urllib.parse import urlsplit

import pytest
import time_machine

from parsers.extract import _matching_layout, extract
from parsers.page import Page
from parsers.profile import Layout
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
def test_article_pattern_matches_whole_paths_only(key: str) -> None:
    profile = PROFILES[key]
    assert profile.article_url.startswith("^") and profile.article_url.endswith("$")
    paths = [
        urlsplit(json.loads(path.read_text(encoding="utf-8"))["url"]).path
        for path in (FIXTURES / "sites" / key).glob("**/page.json")
    ]
    assert paths and all(profile.is_article(path) for path in paths)
    assert not any(profile.is_article(path + "/etc/passwd") for path in paths)
    assert not any(profile.is_article("/etc/passwd/../.." + path) for path in paths)


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


def test_a_papers_mobile_or_amp_host_has_its_profile() -> None:
    assert profile_for("m.baothaibinh.com.vn").key == "baothaibinh"
    assert profile_for("AMP.baothaibinh.com.vn:443").key == "baothaibinh"
    assert profile_for("mm.baothaibinh.com.vn") is None
    assert profile_for("m.example.org") is None


def test_unknown_selector_field_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^layout 'x': unknown fields \['date', 'headlin'\]$"):
        Layout(name="x", fields={"headline": "h1", "headlin": "h1", "date": ".d"})


def test_article_id_is_the_id_group_of_an_article_path() -> None:
    profile = PROFILES["baothaibinh"]
    assert profile.article_id("/tin-tuc/12/102296/bao-dam-an-toan") == "102296"
    assert profile.article_id("/tin-tuc/12/thoi-su") is None
    no_group = profile._replace(article_url=r"^/tin-tuc/\d+/\d+/[^/]+$")
    assert no_group.is_article("/tin-tuc/12/102296/bao-dam-an-toan")
    assert no_group.article_id("/tin-tuc/12/102296/bao-dam-an-toan") is None


# Three designs of one site: two dated (listed out of order on purpose) and the current one.
OLD = Layout(name="2015", fields={"body": ".old-body"}, valid_until=date(2018, 12, 31))
MIDDLE = Layout(name="2019", fields={"body": ".mid-body"}, valid_until=date(2022, 6, 30))
CURRENT = Layout(name="2022", fields={"headline": "h1.new", "body": ".new-body"})
THREE = PROFILES["baothaibinh"]._replace(layouts=(MIDDLE, CURRENT, OLD))


@pytest.mark.parametrize(
    ("fetched", "order"),
    [
        (date(2016, 1, 1), ["2015", "2022", "2019"]),
        (date(2018, 12, 31), ["2015", "2022", "2019"]),
        (date(2019, 1, 1), ["2019", "2022", "2015"]),
        (date(2022, 7, 1), ["2022", "2019", "2015"]),
        (None, ["2022", "2019", "2015"]),
    ],
)
def test_layouts_for_orders_by_fetch_date_then_newest_first(
    fetched: date | None, order: list[str]
) -> None:
    assert [layout.name for layout in THREE.layouts_for(fetched)] == order


def test_without_a_current_layout_the_latest_dated_one_is_preferred() -> None:
    ended = CURRENT._replace(valid_until=date(2024, 12, 31))
    dated_only = THREE._replace(layouts=(MIDDLE, ended, OLD))
    newest_first = ["2022", "2019", "2015"]
    assert [layout.name for layout in dated_only.layouts_for(None)] == newest_first
    assert [layout.name for layout in dated_only.layouts_for(date(2030, 1, 1))] == newest_first


def page_with(container: str) -> Page:
    html = f'<html><body><h1 class="new">Tiêu đề</h1><div class="{container}"><p>x</p></div>'
    return Page(html + "</body></html>", "https://baothaibinh.com.vn/tin-tuc/1/2/a", FETCHED)


FETCHED = datetime(2020, 5, 1, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("container", "fetched", "chosen"),
    [
        ("mid-body", FETCHED, "2019"),  # the fetch date's layout, confirmed by its body
        ("new-body", FETCHED, "2022"),  # a newer design seen early: the markup decides
        ("old-body", FETCHED, "2015"),  # an archive page in the old design
        ("mid-body", datetime(2026, 1, 1, tzinfo=LOCAL_TZ), "2019"),
        ("unknown", FETCHED, "2019"),  # nothing matches: the fetch date's layout
        ("unknown", datetime(2026, 1, 1, tzinfo=LOCAL_TZ), "2022"),
    ],
)
def test_the_layout_is_the_first_by_fetch_date_whose_markup_matches(
    container: str, fetched: datetime, chosen: str
) -> None:
    assert _matching_layout(page_with(container), THREE, fetched).name == chosen


def test_a_page_served_from_another_host_is_not_taken_for_the_site_it_names() -> None:
    # Its canonical URL is only a claim: the page is read as a generic one, under its own URL.
    html = (NINH_BINH_2021 / "page.html").read_text(encoding="utf-8")
    case = json.loads((NINH_BINH_2021 / "page.json").read_text(encoding="utf-8"))
    fetched = datetime.fromisoformat(case["fetched_at"])
    mirrored = extract(html, "http://127.0.0.1:8080/yen-khanh.html", fetched_at=fetched)
    assert (mirrored.site, mirrored.layout) == ("generic", "generic")
    assert mirrored.url == "http://127.0.0.1:8080/yen-khanh.html"
    assert (mirrored.canonical_refused, mirrored.canonical_reason) == (case["url"], "another site")
    assert mirrored.site_article_id is None


def test_the_request_host_names_the_site_whatever_the_canonical_says() -> None:
    html = (NINH_BINH_2021 / "page.html").read_text(encoding="utf-8")
    case = json.loads((NINH_BINH_2021 / "page.json").read_text(encoding="utf-8"))
    moved = html.replace(case["url"], "https://example.org/syndicated/yen-khanh.html")
    result = extract(moved, case["url"], fetched_at=datetime.fromisoformat(case["fetched_at"]))
    assert (result.site, result.layout) == ("baoninhbinh", "2019")


BAO_THAI_BINH = FIXTURES / "sites/baothaibinh/tin-tuc/12/102296"


def test_a_field_a_layout_never_shows_is_not_read_generically() -> None:
    # Báo Thái Bình shows no update line: an update time in the page's metadata is not taken.
    path = next(BAO_THAI_BINH.glob("*/page.html"))
    stamp = '<meta property="article:modified_time" content="2020-09-26T09:00:00+07:00">'
    html = path.read_text(encoding="utf-8").replace("<head>", "<head>" + stamp, 1)
    url = "https://baothaibinh.com.vn/tin-tuc/12/102296/x"
    fetched_at = datetime(2024, 5, 1, tzinfo=LOCAL_TZ)
    assert extract(html, url, fetched_at=fetched_at).modified_raw is None
    generic = extract(html, url, fetched_at=fetched_at, use_profile=False)
    assert generic.modified_raw == "2020-09-26T09:00:00+07:00"


def test_an_update_the_publish_line_prints_is_read_against_the_fetch_time() -> None:
    # The selected publish line printing its update after it, read on a machine whose clock is
    # before both: the update is the page's, against the time the page was fetched.
    path = next(BAO_THAI_BINH.glob("*/page.html"))
    line = "Thứ 6, 25/09/2020 | 10:13:43"
    html = path.read_text(encoding="utf-8").replace(
        line + "</span>", line + " | Cập nhật: 26/09/2020 09:00</span>", 1
    )
    url = "https://baothaibinh.com.vn/tin-tuc/12/102296/x"
    fetched_at = datetime(2024, 5, 1, tzinfo=LOCAL_TZ)
    with time_machine.travel(datetime(2019, 6, 1, tzinfo=LOCAL_TZ), tick=False):
        result = extract(html, url, fetched_at=fetched_at)
    assert result.modified_raw == "Cập nhật: 26/09/2020 09:00"


def test_a_field_cannot_be_both_selected_and_absent() -> None:
    with pytest.raises(ValueError, match=r"both selected and absent: \['modified'\]"):
        Layout(fields={"modified": ".updated"}, absent=("modified",))
    with pytest.raises(ValueError, match=r"unknown fields \['updated'\]"):
        Layout(absent=("updated",))
