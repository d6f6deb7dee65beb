"""The database named through a symbolic link that changes under a crawl: `news.db -> a.db`
pointed at `b.db` (`ln -sfn b.db news.db`, as a release switch or a restored backup is made
live), and `a.db` renamed to `a-old.db` (an archive), the link left pointing at nothing.

docs/scheduling.md: the crawl lock is per database file, whatever path names it (the link is
resolved first); docs/reliability.md: the storage pipeline checks before each batch that the
path still names the file it opened, and a renamed file keeps what the run committed, with no
`-wal` or `-shm` left at its old path. So a run never writes a file it holds no lock on (the
link's new target, which the next cron run locks and writes): `b.db` is as it was. What the
run committed is in `a.db`, whole without any side file; if the run goes on, every article is
there, and if it stops, it says so without calling those records lost. The renamed target
keeps them under its new name, and nothing of it stays at `a.db`. Each time the next run,
through the link, stores every article in the file the link names then.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from crawler.exitcodes import ExitCode
from pipelines import db as store
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    article_path,
    crawl,
    crawl_from_terminal,
    expect_rows,
    integrity,
    stored,
    wait_for_stored,
)
from tests.faults.server import Fault, serving

HELD = article_path("105870")  # held back by the server until the link has changed
SIDE_FILES = ("-wal", "-shm", "-journal")


def change_link_during_a_crawl(folder: Path, change) -> tuple[subprocess.Popen, str, str]:
    """A crawl through `folder/news.db -> a.db` that has stored every article but HELD, the
    link or its target changed by `change(folder)`, then HELD let through."""
    link = folder / "news.db"
    link.symlink_to("a.db")
    hold = Fault(stall=60)
    with serving(MIRROR, {HELD: hold}) as site:
        process = crawl_from_terminal(site, link)
        wait_for_stored(link, len(ARTICLES) - 1, process)
        assert HELD in site.paths()
        change(folder)
        hold.release()
        out, err = process.communicate(timeout=120)
    return process, out, err


def point_link_at(folder: Path, target: str) -> None:
    """`ln -sfn TARGET news.db` done atomically: a new link renamed over the old one."""
    (folder / "news.db.new").symlink_to(target)
    os.replace(folder / "news.db.new", folder / "news.db")


def alone(db: Path, folder: Path) -> dict[str, dict]:
    """The rows `db` holds by itself, copied without any side file beside it."""
    folder.mkdir(exist_ok=True)
    copy = folder / "alone.db"
    shutil.copyfile(db, copy)
    return stored(copy)


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if " ERROR: " in line]


def test_a_link_pointed_at_another_database_mid_crawl_leaves_that_database_alone(
    tmp_path: Path,
) -> None:
    other = tmp_path / "b.db"
    store.open_db(other).close()
    process, out, err = change_link_during_a_crawl(tmp_path, lambda f: point_link_at(f, "b.db"))
    assert "Traceback" not in err, err
    first = tmp_path / "a.db"
    assert integrity(first) == "ok"
    assert integrity(other) == "ok"
    assert stored(other) == {}
    for suffix in SIDE_FILES:
        assert not Path(f"{other}{suffix}").exists(), suffix
    held = {path for path in ARTICLES if path != HELD}
    if process.returncode == 0:
        assert out.startswith("baothaibinh: OK"), out
        warned = [line for line in err.splitlines() if " WARNING: " in line and str(first) in line]
        assert len(warned) == 1, err
        expect_rows(first, ARTICLES)
    else:
        assert process.returncode == ExitCode.SITE_FAILED, out + err
        assert any(str(first) in line for line in errors(err)), err
        assert not any("deleted" in line or "not in it" in line for line in errors(err)), err
        expect_rows(first, held)
    assert sorted(alone(first, tmp_path / "copy")) == sorted(stored(first))
    with serving(MIRROR) as site:
        again = crawl(site, tmp_path / "news.db")
    assert again.returncode == 0, again.output
    expect_rows(other, ARTICLES)


def test_a_linked_database_renamed_mid_crawl_keeps_what_it_held_and_nothing_stays_behind(
    tmp_path: Path,
) -> None:
    process, out, err = change_link_during_a_crawl(
        tmp_path, lambda f: os.rename(f / "a.db", f / "a-old.db")
    )
    assert "Traceback" not in err, err
    assert process.returncode == ExitCode.SITE_FAILED, out + err
    assert out.startswith("baothaibinh: FAILED: "), out
    assert errors(err), err
    assert not any("deleted" in line for line in errors(err)), err
    archive = tmp_path / "a-old.db"
    assert integrity(archive) == "ok"
    held = {path for path in ARTICLES if path != HELD}
    assert sorted(alone(archive, tmp_path / "copy")) == sorted(held)
    for suffix in SIDE_FILES:
        assert not (tmp_path / f"a.db{suffix}").exists(), suffix
        assert not (tmp_path / f"news.db{suffix}").exists(), suffix
    assert not (tmp_path / "a.db").exists()
    with serving(MIRROR) as site:
        again = crawl(site, tmp_path / "news.db")
    assert again.returncode == 0, again.output
    expect_rows(tmp_path / "a.db", ARTICLES)
    expect_rows(archive, held)
