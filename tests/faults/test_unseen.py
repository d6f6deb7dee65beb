"""Pages the crawl meets on sites nobody wrote for: decomposed text, a publish time after the
fetch, an article with no text, a server's error page answered with status 200."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.faults.harness import ARTICLES, LIVE, crawl_stats, dropped, expect_rows
from tests.faults.server import Fault
from tests.faults.test_pages import PAGE, A, crawl_faults


def test_a_decomposed_page_is_stored_composed(tmp_path: Path) -> None:
    """An editor that stores NFD: every tone a combining character, in UTF-8."""
    page = unicodedata.normalize("NFD", PAGE)
    assert page != PAGE
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, ARTICLES)


def test_a_publish_time_after_the_fetch_is_kept_raw_never_moved(tmp_path: Path) -> None:
    page = PAGE.replace("22/09/2022 | 14:20:06", "22/09/2099 | 14:20:06")
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    changed = {"published_at": None, "published_raw": "Thứ 5, 22/09/2099 | 14:20:06"}
    expect_rows(db, ARTICLES, {A: changed})
    assert f"{LIVE}{A}: future publish time 'Thứ 5, 22/09/2099 | 14:20:06'" in run.stderr


def test_an_article_with_no_text_is_not_stored(tmp_path: Path) -> None:
    page = re.sub(r'(<div class="fr-view[^"]*">).*?(</div>)', r"\1\2", PAGE, count=1, flags=re.S)
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "missing body"


def test_an_error_page_served_with_200_is_not_stored(tmp_path: Path) -> None:
    """The site's template around `404` and `Không tìm thấy trang…` instead of the article:
    dropped and counted (fetched again by a later run), never stored as an article."""
    start = PAGE.index(">", PAGE.index("<body")) + 1
    end = PAGE.index("</body>")
    error = (
        "<div class='error'><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu. Trang có thể đã "
        "bị xóa hoặc đường dẫn không đúng.</p><a href='/'>Về trang chủ</a></div>"
    )
    page = PAGE[:start] + error + PAGE[end:]
    run, db = crawl_faults(tmp_path, {A: Fault(body=page.encode("utf-8"))})
    expect_rows(db, set(ARTICLES) - {A})
    assert dropped(db)[A] == "error page"
    assert crawl_stats(db)["tinbao/dropped/error_page"] == 1
    assert f"{LIVE}{A}: not stored, error page" in run.stderr
