"""A stored article met again by a full re-crawl after the site changed it in ways that lose
something: the text cut to its first paragraph behind a subscription notice, the date line
gone from the template, the article moved to a new address with a `301` and its canonical.

A page that says less than the stored record never overwrites it; an article that moved is
still one record.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.harness import ARTICLES, LIVE, expect_rows, revisions, stored
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A
from tests.faults.test_scheduled_runs import content, two_runs

HEADLINE = "Thêm 38 sản phẩm đạt chuẩn OCOP cấp tỉnh"


def test_a_text_cut_behind_a_subscription_notice_never_overwrites_the_article(
    tmp_path: Path,
) -> None:
    """By the second run the site shows the first paragraph and "Đăng ký để đọc tiếp"."""
    cut = re.sub(
        r"(<p>Trong số 38 sản phẩm.*?</p>).*?(</div>)",
        r"\1<p class='paywall'>Bạn cần đăng ký tài khoản để đọc tiếp toàn bộ bài viết.</p>\2",
        PAGE,
        count=1,
        flags=re.S,
    )
    assert cut != PAGE
    _, again, db, before = two_runs(tmp_path, {A: Fault(body=cut.encode("utf-8"))})
    assert content(stored(db))[A] == content(before)[A]
    assert revisions(db) == []
    assert f"{LIVE}{A}" in again.stderr  # the update not applied is named


def test_a_date_line_gone_from_the_template_keeps_the_stored_date(tmp_path: Path) -> None:
    """By the second run the template prints no date: the stored date is not lost."""
    undated = re.sub(r'<span class="date">[^<]*</span>', "", PAGE, count=1)
    assert undated != PAGE
    _, _, db, before = two_runs(tmp_path, {A: Fault(body=undated.encode("utf-8"))})
    row = stored(db)[A]
    assert (row["published_at"], row["published_raw"]) == (
        before[A]["published_at"],
        before[A]["published_raw"],
    )
    expect_rows(db, ARTICLES)


def test_an_article_moved_to_a_new_path_between_runs_is_one_record(tmp_path: Path) -> None:
    """By the second run A answers `301` to a new address on the same host, which serves the
    same article with its canonical naming the new address."""
    new = A.replace("/tin-tuc/15/", "/kinh-te/", 1) + ".html"
    moved_page = PAGE.replace(f"{LIVE}{A}", f"{LIVE}{new}").encode("utf-8")
    change = {
        A: Fault(status=301, headers={"Location": new}, body=b""),
        new: Fault(body=moved_page),
    }
    _, again, db, _ = two_runs(tmp_path, change)
    rows = stored(db)
    assert [path for path, row in rows.items() if row["headline"] == HEADLINE] in ([A], [new])
    assert len(rows) == len(ARTICLES)
