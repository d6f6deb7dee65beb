"""Values at the edges of what a page can say: a view count of zero, below zero or with two
decimal points; a day that no calendar has (`31/02`, `29/02` of a common year, `25:61`); a
headline of five thousand characters; a body of nothing but `&nbsp;`; five hundred images, the
same image twice; an image whose caption is the headline.  Article A (`105870`) carries each
headline, body and image probe in a crawl of its own; the view counts and days are each printed
in an article of their own, so one crawl serves all of them, every other value the plain page's.
A value that cannot be read is NULL with its raw text kept and a reason logged with the URL; a
record is never cut, padded or invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import (
    ARTICLES,
    LIVE,
    Run,
    article_path,
    crawl_faults,
    dropped,
    expect_rows,
    expected_records,
    stored,
)
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A

HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"
RECORD = expected_records()[A]
IMAGE = RECORD["images"][0]
FIRST_IMAGE_P = PAGE[PAGE.index('<p style="text-align: center;"><img') :]
FIRST_IMAGE_P = FIRST_IMAGE_P[: FIRST_IMAGE_P.index("</p>") + 4]
CAPTION_P = (
    '<p style="text-align: center;"><em>Các sản phẩm OCOP được trưng bày, giới thiệu tại hội '
    "chợ.</em></p>"
)


def served(page: str) -> dict[str, Fault]:
    return {A: Fault(body=page.encode("utf-8"))}


# name: (article id, the view count printed in place of its own, the count a reader reads)
VIEWS: dict[str, tuple[str, str, int | None]] = {
    "zero": ("105870", "0 lượt xem", 0),
    "negative": ("101877", "-5 lượt xem", None),
    "two_decimal_points": ("103907", "1.2.3 lượt xem", None),
    "grouped_in_millions": ("109512", "1.234.567 lượt xem", 1234567),
}
# name: (article id, the publish line printed in place of its own, the time a reader reads)
DATES: dict[str, tuple[str, str, str | None]] = {
    "thirty_first_of_february": ("104560", "Thứ 5, 31/02/2022 | 14:20:06", None),
    "leap_day_of_a_common_year": ("108990", "Thứ 4, 29/02/2023 | 14:20:06", None),
    "leap_day_of_a_leap_year": (
        "109874",
        "Thứ 5, 29/02/2024 | 14:20:06",
        "2024-02-29T14:20:06+07:00",
    ),
    "twenty_five_past_sixty_one": ("109901", "Thứ 5, 22/09/2022 | 25:61:06", None),
}
CLOCK = article_path(DATES["twenty_five_past_sixty_one"][0])


def printed(old: str, new: str) -> Callable[[bytes], bytes]:
    """An edit printing `new` where the article printed `old` (once on its page)."""

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        assert text.count(old) == 1, old
        return text.replace(old, new).encode("utf-8")

    return edit


@dataclass
class Edged:
    """One crawl of the mirror with each value of VIEWS and DATES printed in its own article."""

    run: Run
    db: Path
    rows: dict[str, dict]

    def every_row_exact(self) -> None:
        """Every article stored with its page's values, but the values edited in: those as a
        reader reads them (the clock of 25:61 as the probe of it allows)."""
        changed = {
            article_path(ident): {"views": views, "views_raw": raw}
            for ident, raw, views in VIEWS.values()
        }
        changed |= {
            article_path(ident): {"published_at": at, "published_raw": raw}
            for ident, raw, at in DATES.values()
        }
        changed[CLOCK]["published_at"] = self.rows[CLOCK]["published_at"]
        expect_rows(self.db, ARTICLES, changed)


@pytest.fixture(scope="module")
def edged(tmp_path_factory: pytest.TempPathFactory) -> Edged:
    faults = {}
    for ident, raw, _ in VIEWS.values():
        own = expected_records()[article_path(ident)]["views_raw"]
        edit = printed(f'<span class="views">{own}</span>', f'<span class="views">{raw}</span>')
        faults[article_path(ident)] = Fault(edit=edit)
    for ident, raw, _ in DATES.values():
        own = expected_records()[article_path(ident)]["published_raw"]
        faults[article_path(ident)] = Fault(edit=printed(own, raw))
    site, run, db = crawl_faults(tmp_path_factory.mktemp("edge_values"), faults)
    assert all(site.server.served.get(path) for path in faults), site.server.served
    return Edged(run, db, stored(db))


def views_read(edged: Edged, name: str) -> str:
    """The path of VIEWS[name]'s article, whose row holds the count read and the raw text."""
    ident, raw, views = VIEWS[name]
    path = article_path(ident)
    assert (edged.rows[path]["views"], edged.rows[path]["views_raw"]) == (views, raw)
    edged.every_row_exact()
    return path


def test_a_view_count_of_zero_is_zero_not_null(edged: Edged) -> None:
    views_read(edged, "zero")


def test_a_negative_view_count_is_null_with_its_raw_text(edged: Edged) -> None:
    path = views_read(edged, "negative")
    assert f"{LIVE}{path}: unreadable view count '-5 lượt xem'" in edged.run.stderr


def test_a_view_count_with_two_decimal_points_is_null_with_its_raw_text(edged: Edged) -> None:
    path = views_read(edged, "two_decimal_points")
    assert f"{LIVE}{path}: unreadable view count '1.2.3 lượt xem'" in edged.run.stderr


def test_a_view_count_grouped_in_millions_is_read_whole(edged: Edged) -> None:
    views_read(edged, "grouped_in_millions")


def date_read(edged: Edged, name: str) -> str:
    """The path of DATES[name]'s article, whose row holds the time read and the raw line."""
    ident, raw, at = DATES[name]
    path = article_path(ident)
    row = edged.rows[path]
    assert (row["published_at"], row["published_raw"]) == (at, raw)
    edged.every_row_exact()
    return path


def test_the_thirty_first_of_february_is_null_with_its_raw_text(edged: Edged) -> None:
    path = date_read(edged, "thirty_first_of_february")
    line = f"{LIVE}{path}: unreadable publish time 'Thứ 5, 31/02/2022 | 14:20:06'"
    assert line in edged.run.stderr


def test_the_twenty_ninth_of_february_of_a_common_year_is_null(edged: Edged) -> None:
    date_read(edged, "leap_day_of_a_common_year")


def test_the_twenty_ninth_of_february_of_a_leap_year_is_read(edged: Edged) -> None:
    date_read(edged, "leap_day_of_a_leap_year")


def test_a_clock_of_twenty_five_past_sixty_one_is_never_a_time(edged: Edged) -> None:
    """`25:61` cannot be read as a time: the stored value is NULL (or the day alone, never a
    time rolled over into the next day)."""
    row = edged.rows[CLOCK]
    assert row["published_raw"] == "Thứ 5, 22/09/2022 | 25:61:06"
    assert row["published_at"] in (None, "2022-09-22T00:00:00+07:00")
    assert "2022-09-23" not in str(row["published_at"])
    edged.every_row_exact()


def test_a_headline_of_five_thousand_characters_is_never_cut(tmp_path: Path) -> None:
    """Stored whole, or dropped with its reason: never shortened into another headline."""
    long = (HEADLINE + " ") * 124 + "x" * (5000 - 41 * 124)
    long = long[:5000]
    page = PAGE.replace(f">{HEADLINE}</h1>", f">{long}</h1>").replace(
        f'content="{HEADLINE}"', f'content="{long}"'
    )
    site, run, db = crawl_faults(tmp_path, served(page))
    rows = stored(db)
    if A in rows:
        assert rows[A]["headline"] == long.strip()
    else:
        assert A in dropped(db)
        assert f"{LIVE}{A}" in run.stderr


def test_a_body_of_nothing_but_nbsp_is_not_stored(tmp_path: Path) -> None:
    page = re.sub(
        r'(<div class="fr-view[^"]*">).*?(</div>)',
        r"\1<p>&nbsp;</p><p>&nbsp;&nbsp;</p><p> &#160; </p>\2",
        PAGE,
        count=1,
        flags=re.S,
    )
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "missing body"


def test_five_hundred_images_are_all_kept_in_order(tmp_path: Path) -> None:
    urls = [
        f"https://media.baothaibinh.com.vn/upload/news/9_2022/anh_{n:03}.jpg" for n in range(500)
    ]
    figures = "".join(f'<p><img src="{url}" alt=""></p>' for url in urls)
    page = PAGE.replace(FIRST_IMAGE_P, FIRST_IMAGE_P + figures, 1)
    site, run, db = crawl_faults(tmp_path, served(page))
    row = stored(db)[A]
    assert [image["url"] for image in row["images"]] == [IMAGE["url"], *urls]
    expect_rows(db, set(ARTICLES) - {A} | {A}, {A: {"images": row["images"]}})
    assert row["body"] == RECORD["body"]


def test_the_same_image_twice_is_one_image(tmp_path: Path) -> None:
    page = PAGE.replace(FIRST_IMAGE_P, FIRST_IMAGE_P + FIRST_IMAGE_P, 1)
    site, run, db = crawl_faults(tmp_path, served(page))
    expect_rows(db, ARTICLES)


def test_an_image_whose_caption_is_the_headline_adds_no_text(tmp_path: Path) -> None:
    """An `alt` and a caption repeating the headline: the image is kept, the body does not
    gain the headline."""
    figure = (
        f'<figure><img src="https://media.baothaibinh.com.vn/upload/news/9_2022/x.jpg" '
        f'alt="{HEADLINE}"><figcaption>{HEADLINE}</figcaption></figure>'
    )
    page = PAGE.replace(CAPTION_P, CAPTION_P + figure, 1)
    assert page != PAGE
    site, run, db = crawl_faults(tmp_path, served(page))
    row = stored(db)[A]
    assert row["body"] == RECORD["body"]
    assert row["headline"] == HEADLINE
    assert [image["url"] for image in row["images"]] == [
        IMAGE["url"],
        "https://media.baothaibinh.com.vn/upload/news/9_2022/x.jpg",
    ]
