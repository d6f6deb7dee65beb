"""Values at the edges of what a page can say: a view count of zero, below zero or with two
decimal points; a day that no calendar has (`31/02`, `29/02` of a common year, `25:61`); a
headline of five thousand characters; a body of nothing but `&nbsp;`; five hundred images, the
same image twice; an image whose caption is the headline.  Article A (`105870`) carries each.
A value that cannot be read is NULL with its raw text kept and a reason logged with the URL; a
record is never cut, padded or invented.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.harness import (
    ARTICLES,
    LIVE,
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


def with_views(text: str) -> str:
    return PAGE.replace(
        '<span class="views">642 lượt xem</span>', f'<span class="views">{text}</span>'
    )


def test_a_view_count_of_zero_is_zero_not_null(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(with_views("0 lượt xem")))
    expect_rows(db, ARTICLES, {A: {"views": 0, "views_raw": "0 lượt xem"}})


def test_a_negative_view_count_is_null_with_its_raw_text(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(with_views("-5 lượt xem")))
    expect_rows(db, ARTICLES, {A: {"views": None, "views_raw": "-5 lượt xem"}})
    assert f"{LIVE}{A}" in run.stderr


def test_a_view_count_with_two_decimal_points_is_null_with_its_raw_text(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(with_views("1.2.3 lượt xem")))
    expect_rows(db, ARTICLES, {A: {"views": None, "views_raw": "1.2.3 lượt xem"}})
    assert f"{LIVE}{A}" in run.stderr


def test_a_view_count_grouped_in_millions_is_read_whole(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(with_views("1.234.567 lượt xem")))
    expect_rows(db, ARTICLES, {A: {"views": 1234567, "views_raw": "1.234.567 lượt xem"}})


def dated(raw: str) -> str:
    return PAGE.replace("Thứ 5, 22/09/2022 | 14:20:06", raw)


def test_the_thirty_first_of_february_is_null_with_its_raw_text(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(dated("Thứ 5, 31/02/2022 | 14:20:06")))
    changed = {"published_at": None, "published_raw": "Thứ 5, 31/02/2022 | 14:20:06"}
    expect_rows(db, ARTICLES, {A: changed})
    assert f"{LIVE}{A}" in run.stderr


def test_the_twenty_ninth_of_february_of_a_common_year_is_null(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(dated("Thứ 4, 29/02/2023 | 14:20:06")))
    changed = {"published_at": None, "published_raw": "Thứ 4, 29/02/2023 | 14:20:06"}
    expect_rows(db, ARTICLES, {A: changed})


def test_the_twenty_ninth_of_february_of_a_leap_year_is_read(tmp_path: Path) -> None:
    site, run, db = crawl_faults(tmp_path, served(dated("Thứ 5, 29/02/2024 | 14:20:06")))
    changed = {
        "published_at": "2024-02-29T14:20:06+07:00",
        "published_raw": "Thứ 5, 29/02/2024 | 14:20:06",
    }
    expect_rows(db, ARTICLES, {A: changed})


def test_a_clock_of_twenty_five_past_sixty_one_is_never_a_time(tmp_path: Path) -> None:
    """`25:61` cannot be read as a time: the stored value is NULL (or the day alone, never a
    time rolled over into the next day)."""
    site, run, db = crawl_faults(tmp_path, served(dated("Thứ 5, 22/09/2022 | 25:61:06")))
    row = stored(db)[A]
    assert row["published_raw"] == "Thứ 5, 22/09/2022 | 25:61:06"
    assert row["published_at"] in (None, "2022-09-22T00:00:00+07:00")
    assert "2022-09-23" not in str(row["published_at"])


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
