"""The machine's time zone under every date the command line prints or filters by: `history`
and `stats` (text and `--json`), `search` and `export` bounds given as days or as times without
an offset, `extract --fetched-at` anchoring a relative publish line, and a crawl's `--since`, under
`TZ=UTC`, `America/Los_Angeles`, `Pacific/Kiritimati` (+14:00) and `Asia/Kathmandu` (+05:45).

A user on a server kept in UTC, or on a laptop abroad, expects the same answers as in Vietnam:
the docs give every stored and printed time Vietnam's offset and read bounds without one in
Vietnamese time, so the zone of the process changes nothing.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.faults.harness import MIRROR, article_path, crawl, crawl_faults, integrity, stored
from tests.faults.server import Fault, serving

A = article_path("105870")  # edited to 22/09/2022 00:00:00 (+07:00), 17:00 UTC the day before
B = article_path("104560")  # edited to 23/09/2022 23:30:00 (+07:00), 16:30 UTC that day
PAGE_A = (MIRROR / A.strip("/") / "page.html").read_text(encoding="utf-8")
PAGE_B = (MIRROR / B.strip("/") / "page.html").read_text(encoding="utf-8")
WORD = "Thoòng"  # a name written into A alone
HOME = "Asia/Ho_Chi_Minh"


def edited_a() -> bytes:
    page = PAGE_A.replace("Thứ 5, 22/09/2022 | 14:20:06", "Thứ 5, 22/09/2022 | 00:00:00")
    page = page.replace(
        '<div class="fr-view info">',
        f'<div class="fr-view info"><p>Ông Hầu Văn {WORD} phát biểu tại buổi lễ.</p>',
        1,
    )
    return page.encode("utf-8")


def edited_b() -> bytes:
    return PAGE_B.replace("Thứ 3, 12/04/2022 | 07:48:19", "Thứ 6, 23/09/2022 | 23:30:00").encode(
        "utf-8"
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    faults = {A: Fault(body=edited_a()), B: Fault(body=edited_b())}
    _, _, db = crawl_faults(tmp_path_factory.mktemp("zones"), faults)
    rows = stored(db)
    assert rows[A]["published_at"] == "2022-09-22T00:00:00+07:00"
    assert rows[B]["published_at"] == "2022-09-23T23:30:00+07:00"
    return db


def tinbao(zone: str, *words: str, stdin: bytes | None = None) -> str:
    """`tinbao WORDS…` under `TZ=zone`; it must succeed; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *words],
        cwd=ROOT,
        capture_output=True,
        input=stdin,
        timeout=60,
        env={**os.environ, "TZ": zone},
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    return done.stdout.decode("utf-8")


@functools.cache
def in_vietnam(*words: str) -> str:
    """`tinbao WORDS…` under Vietnam's own zone, once: what the other zones must print."""
    return tinbao(HOME, *words)


def urls(text: str) -> list[str]:
    return [json.loads(line)["url"].split(".vn", 1)[1] for line in text.splitlines()]


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati"])
def test_history_prints_the_same_runs_in_any_zone(db: Path, zone: str) -> None:
    for words in (("history",), ("history", "--json")):
        assert tinbao(zone, *words, "--db", str(db)) == in_vietnam(*words, "--db", str(db))


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Asia/Kathmandu"])
def test_stats_prints_the_same_dates_in_any_zone(db: Path, zone: str) -> None:
    for words in (("stats",), ("stats", "--json")):
        assert tinbao(zone, *words, "--db", str(db)) == in_vietnam(*words, "--db", str(db))


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati"])
def test_search_days_are_vietnamese_days_in_any_zone(db: Path, zone: str) -> None:
    """A at 00:00 on the 22nd is of the 22nd, whatever the zone the search runs in."""
    base = ("search", WORD, "--json", "--db", str(db))
    assert urls(tinbao(zone, *base)) == [A]
    assert urls(tinbao(zone, *base, "--since", "2022-09-22", "--until", "2022-09-22")) == [A]
    assert urls(tinbao(zone, *base, "--until", "2022-09-21")) == []
    assert urls(tinbao(zone, *base, "--since", "2022-09-23")) == []


def test_export_times_without_an_offset_are_vietnamese_times_under_utc(db: Path) -> None:
    zone = "UTC"
    base = ("export", "--format", "jsonl", "--db", str(db))
    day = tinbao(zone, *base, "--since", "2022-09-22T00:00:00", "--until", "2022-09-23T23:30:00")
    assert sorted(urls(day)) == sorted([A, B])
    before = tinbao(zone, *base, "--since", "2022-09-21T12:00:00", "--until", "2022-09-21T23:59:59")
    assert urls(before) == []


def relative_page() -> bytes:
    """Article A whose publish line says it appeared two hours before it was fetched."""
    return PAGE_A.replace("Thứ 5, 22/09/2022 | 14:20:06", "2 giờ trước").encode("utf-8")


@pytest.mark.parametrize(
    ("fetched", "published"),
    [
        ("2024-05-01T08:00:00", "2024-05-01T06:00:00+07:00"),
        ("2024-05-01", "2024-04-30T22:00:00+07:00"),
    ],
)
def test_extract_anchors_a_relative_date_in_vietnamese_time_under_utc_and_los_angeles(
    fetched: str, published: str
) -> None:
    """`--fetched-at` without an offset is +07:00 (its --help), a bare day its midnight."""
    for zone in ("UTC", "America/Los_Angeles"):
        out = tinbao(
            zone,
            "extract",
            "--url",
            "https://baothaibinh.com.vn" + A,
            "--fetched-at",
            fetched,
            "-",
            stdin=relative_page(),
        )
        record = json.loads(out)
        assert (record["published_at"], record["published_raw"]) == (published, "2 giờ trước")


def test_a_crawl_since_a_day_keeps_its_first_minute_in_kiritimati(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fourteen hours ahead of UTC, the 22nd begins long before Vietnam's: A, at Vietnam's first
    minute of the day, is still on or after `--since 2022-09-22`."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    db = tmp_path / "news.db"
    with serving(MIRROR, {A: Fault(body=edited_a())}) as site:
        run = crawl(site, db, "--since", "2022-09-22")
    assert run.returncode == 0, run.output
    assert integrity(db) == "ok"
    rows = stored(db)
    assert A in rows
    assert all(row["published_at"] >= "2022-09-22T00:00:00+07:00" for row in rows.values())
