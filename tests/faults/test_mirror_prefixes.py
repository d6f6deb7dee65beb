"""A mirror served under a path of its host, `-a base_url=http://127.0.0.1:PORT/bao/thai-binh`
(a mirror behind a reverse proxy that serves several papers, one folder each), with and without
the closing slash.

README: `base_url=URL` crawls a mirror whose pages keep the live host's absolute links, the
spider mapping them onto `base_url`, the records keeping the live URL; spider arguments are
checked before anything is fetched, a bad value being one `error:` line and exit 2. So a
`base_url` with a path either maps the live site's pages under that path (every request there,
every article stored exactly under its live URL), or is refused in one line before any request:
never a crawl of the proxy's own root, which serves no such paper.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.faults.harness import ARTICLES, MIRROR, crawl, expect_rows, integrity
from tests.faults.server import serving

PREFIX = "/bao/thai-binh"


@pytest.fixture(scope="module")
def proxy_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A web root holding the mirror under PREFIX, and a page of its own at the root."""
    root = tmp_path_factory.mktemp("proxy") / "www"
    shutil.copytree(MIRROR, root / PREFIX.strip("/"))
    (root / "page.html").write_text("<html><body>Trang chủ máy chủ</body></html>")
    return root


@pytest.mark.parametrize("end", ["", "/"])
def test_a_mirror_under_a_path_is_crawled_there_or_refused_before_any_request(
    tmp_path: Path, proxy_root: Path, end: str
) -> None:
    db = tmp_path / "news.db"
    with serving(proxy_root) as site:
        site.base_url = site.base_url + PREFIX + end
        run = crawl(site, db)
    assert "Traceback" not in run.stderr, run.stderr
    asked = [path for path in site.paths() if path != "/robots.txt"]
    if run.returncode == 2:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        assert any("base_url" in line for line in lines), run.stderr
        assert site.hits == [], site.paths()
        return
    assert run.returncode == 0, run.output
    assert asked and all(path.startswith(PREFIX + "/") for path in asked), asked
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"
