"""A paper that puts articles behind a login: the article answered `200` with the site's login
page; the article redirected (`302`) to `/dang-nhap?redirect=…`, which answers the login page;
the article page with its headline and date but, in place of its text, a box asking members to
log in (`Bài viết dành cho thành viên…`). For four articles, or for every one.

docs/reliability.md's promises: nothing wrong is stored (a login page is no article, and never
an article's text), never silent (a run that could read no article never says OK or exits 0),
and a page not stored is fetched again by the next run, which stores it once it is readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, article_path, crawl, expect_rows, integrity
from tests.faults.harness import stored as stored_rows
from tests.faults.server import Fault, serving

LOGIN_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Báo Thái Bình</title></head>
<body><div class="header"><div class="logo"><a href="/">Báo Thái Bình</a></div></div>
<div class="container"><div class="login-box">
<h1>Đăng nhập tài khoản</h1>
<p>Vui lòng đăng nhập để đọc toàn bộ bài viết. Bạn đọc chưa có tài khoản có thể đăng ký miễn
phí trong vài bước đơn giản để tiếp tục theo dõi tin tức mới nhất của tỉnh nhà mỗi ngày.</p>
<form method="post" action="/dang-nhap">
<label>Email hoặc số điện thoại</label><input name="email">
<label>Mật khẩu</label><input type="password" name="password">
<button type="submit">Đăng nhập</button></form>
<p><a href="/quen-mat-khau">Quên mật khẩu?</a> · <a href="/dang-ky">Đăng ký tài khoản mới</a></p>
</div></div>
<div class="footer">© Báo Thái Bình. Cơ quan của Đảng bộ tỉnh Thái Bình.</div></body></html>
""".encode()

MEMBERS_BOX = """<div class="fr-view info"><div class="member-only">
<p>Bài viết dành cho thành viên. Vui lòng đăng nhập để đọc tiếp nội dung bài viết này.</p>
<form method="post" action="/dang-nhap"><label>Email</label><input name="email">
<label>Mật khẩu</label><input type="password" name="password">
<button type="submit">Đăng nhập</button></form>
<p>Chưa có tài khoản? <a href="/dang-ky">Đăng ký ngay</a> để đọc không giới hạn.</p>
</div></div>""".encode()

WALLED = [article_path(name) for name in ("105870", "109512", "109874", "101877")]


def members_only(page: bytes) -> bytes:
    """The article's page with its text replaced by the login box (headline, date kept)."""
    return re.sub(
        rb'<div class="fr-view info">.*?</div>\s*</div>',
        MEMBERS_BOX + b"</div>",
        page,
        count=1,
        flags=re.S,
    )


def login_target(path: str) -> str:
    return f"/dang-nhap?redirect={path}"


def login_redirect(path: str) -> Fault:
    return Fault(status=302, headers={"Location": login_target(path)}, body=b"")


FORMS = {
    "login-page": lambda path: Fault(body=LOGIN_PAGE),
    "redirect-to-login": login_redirect,
    "members-box": lambda path: Fault(edit=members_only),
}


def no_login_stored(db: Path) -> None:
    """No row is the login page or holds its words."""
    for path, row in stored_rows(db).items():
        assert not path.startswith("/dang-nhap"), path
        text = f"{row['headline']} {row['body']}"
        assert "Đăng nhập" not in text and "đăng nhập" not in text, (path, row["headline"])


def walled(form: str, paths: Iterable[str]) -> dict[str, Fault]:
    """The faults putting `paths` behind the login in `form`, the login page served for all."""
    faults = {path: FORMS[form](path) for path in paths}
    return faults | {login_target(path): Fault(body=LOGIN_PAGE) for path in ARTICLES}


@pytest.mark.parametrize("form", FORMS)
def test_articles_behind_a_login_are_not_stored_and_stored_once_open(tmp_path: Path, form) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, walled(form, WALLED)) as site:
        first = crawl(site, db)
        assert "Traceback" not in first.stderr, first.stderr
        no_login_stored(db)
        expect_rows(db, set(ARTICLES) - set(WALLED))
        for path in WALLED:
            assert any(path in line for line in first.stderr.splitlines()), (path, first.stderr)
        site.server.faults = {}
        second = crawl(site, db)
    assert second.returncode == 0, second.output
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


@pytest.mark.parametrize("form", FORMS)
def test_a_site_behind_a_login_for_every_article_is_never_ok(tmp_path: Path, form) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, walled(form, ARTICLES)) as site:
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (4, 5), run.output
    assert " OK" not in run.stdout, run.stdout
    assert stored_rows(db) == {}
