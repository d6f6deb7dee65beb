"""Search and canned-query latency on a large synthetic database.

Run: `python bench/search.py [--rows 1000000]`. The database (Vietnamese-ish articles whose
words follow a Zipf law, ~0.5% of them about `Đại hội Đảng bộ`, some spelled without
diacritics) is generated once and cached in the temp directory; rows are bulk-inserted and the
search index is built afterwards. Prints the median of repeated runs of `pipelines.db.search`
for a few queries, with and without site and date filters (and how many of the hits spell every
query word exactly, which should come first), and of each Datasette canned query, run on the
same kind of connection. Times are medians of the repeats with their spread, in wall time and
in CPU time.

`--unmerged N` searches a copy with N batches of 1,000 more generated articles, each its own
commit, whose search index segments are left unmerged (what a crawl's searches read before its
batches are merged); the segments of each level are printed first.

`--same-as REV` times nothing: it runs every query above (and the `search_folded` canned query)
with the search code of git revision REV too, and says whether the hits are the same, in the
same order. For a REV before a schema step its search reads, `--then-db PATH` names a copy of
the database at REV's schema (made before this checkout upgraded it) for REV's code to read.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
import unicodedata
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from parsers.record import RECORD_KEYS  # noqa: E402
from parsers.vietnamese.dates import LOCAL_TZ  # noqa: E402
from parsers.vietnamese.text import canonical_tones, fold  # noqa: E402
from pipelines import db as store  # noqa: E402
from pipelines.db import fulltext  # noqa: E402
from pipelines.db.canned import QUERIES  # noqa: E402
from pipelines.db.index import EXACT_INDEX, FOLDED_INDEX  # noqa: E402

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph"]
ONSETS += ["qu", "r", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "ai", "am", "an", "ang", "anh", "ao", "ay", "e", "em", "en", "i", "inh", "o"]
RHYMES += ["oa", "oi", "om", "on", "ong", "u", "ui", "um", "un", "ung", "uy", "ương", "ươi"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # none, huyền, sắc, hỏi, ngã, nặng
GROWING = "https://baothaibinh.vn/tin-tuc/0"  # the article with a view-count history
SITES = ["baothaibinh", "baonamdinh", "baohaiphong", "baothanhhoa", "baonghean", "baocantho"]
QUERIES_TO_TIME = [
    ("folded phrase", "dai hoi dang bo", {}),
    ("exact phrase", "Đại hội Đảng bộ", {}),
    ("old/new tones", "hoà bình", {}),
    ("2 commonest words", None, {}),
    ("rare word", "Quỳnh Phụ", {}),
    ("hostile syntax", '"đại hội" NEAR (-đảng*', {}),
    ("with filters", "dai hoi", {"site": "baothaibinh", "since": "2024-06-01"}),
]


def filtered_queries(db) -> list[tuple[str, str, dict]]:
    """Filters of a site, of one month and both: the month before the newest article's, since
    the generated dates end on the day the database was made."""
    newest = db.execute("SELECT max(published_at) FROM articles").fetchone()[0]
    end = date.fromisoformat(newest[:8] + "01") - timedelta(days=1)
    month = {"since": end.replace(day=1).isoformat(), "until": end.isoformat()}
    hours = {"since": f"{month['since']}T12:00:00+07:00", "until": f"{end}T08:00:00+07:00"}
    return [
        ("site", "dai hoi", {"site": "baothaibinh"}),
        ("month", "dai hoi", month),
        ("site + month", "dai hoi", {"site": "baothaibinh", **month}),
        ("hours", "dai hoi", hours),
        ("site + month", "hoà bình", {"site": "baothaibinh", **month}),
    ]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Distinct syllables (of the 3,888 onset × rhyme × tone combinations)."""
    words: set[str] = set()
    while len(words) < size:
        rhyme = rng.choice(RHYMES)
        word = rng.choice(ONSETS) + rhyme[0] + rng.choice(TONES) + rhyme[1:]
        words.add(unicodedata.normalize("NFC", word))
    return sorted(words)


def sentences(rng: random.Random) -> list[str]:
    """The generated articles' sentences: words of `vocabulary`, drawn by a Zipf law (a few
    words are in nearly every article, most are rare)."""
    vocab = vocabulary(rng)
    cum_weights = list(accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    return [
        " ".join(rng.choices(vocab, cum_weights=cum_weights, k=rng.randint(8, 20))).capitalize()
        + "."
        for _ in range(40000)
    ]


def article(rng: random.Random, said: list[str], i: int, now: datetime) -> dict:
    """Generated article number `i`, published in the year before `now`."""
    day = (now - timedelta(hours=rng.randint(1, 365 * 24))).isoformat()
    body = rng.choices(said, k=8)
    if rng.random() < 0.008:
        body.insert(rng.randint(0, 8), rng.choice(SPECIALS))
    if rng.random() < 0.0005:
        body.append("Huyện Quỳnh Phụ gieo cấy lúa xuân.")
    return dict(
        url=f"https://{SITES[i % len(SITES)]}.vn/tin-tuc/{i}",
        site=SITES[i % len(SITES)],
        headline=rng.choice(said)[:90],
        summary=rng.choice(said),
        body="\n\n".join(body),
        published_at=day,
        views=rng.randint(0, 100000),
        category=rng.choice(["Thời sự", "Kinh tế", "Văn hóa", "Xã hội"]),
        fetched_at=day,
    )


SPECIALS = [
    "Đại hội Đảng bộ tỉnh thành công.",
    "Dai hoi dang bo xa.",
    "Xã Thái Hoà giữ vững hoà bình.",
    "Hòa bình là khát vọng.",
]


def generate(path: Path, rows: int) -> None:
    """Bulk-load `rows` synthetic articles, then build the search index."""
    rng = random.Random(7)
    said = sentences(rng)
    db = store.open_db(path)
    db.execute("PRAGMA synchronous = OFF")
    columns = ", ".join(store.ARTICLE_COLUMNS)
    marks = ", ".join("?" * len(store.ARTICLE_COLUMNS))
    sql = f"INSERT INTO articles ({columns}) VALUES ({marks})"
    now = datetime.now(LOCAL_TZ).replace(minute=0, second=0, microsecond=0)
    began = time.perf_counter()
    batch = []
    for i in range(rows):
        values = dict.fromkeys(store.ARTICLE_COLUMNS)
        values.update(article(rng, said, i, now))
        day = values["published_at"]
        values.update(first_seen_at=day, last_seen_at=day)
        batch.append(tuple(values.values()))
        if len(batch) == 20000:
            with store.transaction(db):
                db.conn.executemany(sql, batch)
            batch = []
    with store.transaction(db):
        db.conn.executemany(sql, batch)
        db.conn.executemany(
            "INSERT INTO view_counts (url, observed_at, views) VALUES (?, ?, ?)",
            [
                ("https://baothaibinh.vn/tin-tuc/0", f"2024-05-{d:02d}T10:00:00+07:00", 100 * d)
                for d in range(1, 29)
            ],
        )
    loaded = time.perf_counter()
    store.rebuild_search_index(db)
    db.execute("ANALYZE")
    db.close()
    done = time.perf_counter()
    print(f"generated {rows:,} rows: insert {loaded - began:.0f} s, index {done - loaded:.0f} s")


def unmerged_copy(path: Path, batches: int) -> Path:
    """A copy of the database at `path` with `batches` batches of 1,000 more generated articles,
    each stored in its own commit as a crawl's batch is, and left unmerged (at most 31: FTS5
    merges a level's 32nd segment with the others): what a crawl's searches read before its
    batches' segments are merged. Made once and kept beside `path`."""
    copy = path.with_name(f"{path.stem}-unmerged-{batches}.db")
    if copy.exists():
        return copy
    partial = copy.with_suffix(".partial")
    shutil.copyfile(path, partial)
    db = store.open_db(partial)
    rng = random.Random(11)
    said = sentences(random.Random(7))
    now = datetime.now(LOCAL_TZ).replace(minute=0, second=0, microsecond=0)
    top = db.execute("SELECT max(rowid) FROM articles").fetchone()[0]
    for b in range(batches):
        records = []
        for i in range(top + b * 1000, top + (b + 1) * 1000):
            records.append({**dict.fromkeys(RECORD_KEYS), **article(rng, said, i, now)})
        with store.transaction(db):
            store.upsert_articles(db, records, observed_at=store.now_iso())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(copy)
    return copy


def exact_hits(db, query: str, hits: list[dict]) -> str:
    """Which hits spell every query word exactly (tone placement aside), e.g. `EEEE.`."""

    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", canonical_tones(text).lower()))

    wanted = words(query)
    if all(fold(w) == w for w in wanted):
        return "(no diacritics: bm25 order)"
    marks = []
    for hit in hits:
        row = db.execute(
            "SELECT headline, summary, body FROM articles WHERE url = ?", [hit["url"]]
        ).fetchone()
        marks.append("E" if wanted <= words(" ".join(t for t in row if t)) else ".")
    return "".join(marks)


def median_ms(fn, repeats: int) -> str:
    """Median milliseconds of `repeats` runs after one to warm the page cache, with the fastest
    and slowest: wall time, then this process's CPU time (steadier on a shared machine)."""
    fn()
    wall, cpu = [], []
    for _ in range(repeats):
        began, began_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return "  ".join(
        f"{statistics.median(t):6.1f} ms ({min(t):.1f}–{max(t):.1f})".ljust(24) for t in (wall, cpu)
    )


def same_as(path: Path, rev: str, then_path: Path | None = None) -> bool:
    """Whether every timed search and the `search_folded` canned query give the same hits, in
    the same order, with this checkout's search code and with that of git revision `rev`.

    `then_path` is a copy of the database at `rev`'s schema, for a revision before a schema
    step its search reads; it is opened as it is, never upgraded."""
    show = ["git", "show", f"{rev}:pipelines/db/fulltext.py"]
    source = subprocess.run(show, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    then = sys.modules["fulltext_then"] = types.ModuleType("fulltext_then")  # for dataclasses
    exec(compile(source, f"{rev}:pipelines/db/fulltext.py", "exec"), then.__dict__)
    now_db = store.open_db(path)
    then_db = store.open_db(path) if then_path is None else Database(then_path)
    then.register_functions(then_db.conn)  # the canned query's `tinbao_search` as it was
    commonest = " ".join(vocabulary(random.Random(7))[:2])
    queries = [(label, text or commonest, f) for label, text, f in QUERIES_TO_TIME]
    alike = True
    for label, query, filters in queries + filtered_queries(now_db):
        for limit in (20, 50):
            now = [h["url"] for h in fulltext.search(now_db, query, limit=limit, **filters)]
            was = [h["url"] for h in then.search(then_db, query, limit=limit, **filters)]
            alike &= now == was
            print(f"  {label:17} {query!r:26} limit {limit}: {'same' if now == was else 'DIFFER'}")
    sql, params = QUERIES["search_folded"]["sql"], {"q": "dai hoi dang bo"}
    now, was = (d.execute(sql, params).fetchall() for d in (now_db, then_db))
    alike &= now == was
    print(f"  canned search_folded: {'same' if now == was else 'DIFFER'} ({len(now)} rows)")
    return alike


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "tinbao-bench")
    parser.add_argument(
        "--unmerged",
        type=int,
        default=0,
        metavar="N",
        help="search a copy with N batches of 1,000 more articles whose segments are unmerged",
    )
    parser.add_argument("--same-as", metavar="REV", help="compare hits with git revision REV")
    parser.add_argument(
        "--then-db",
        type=Path,
        metavar="PATH",
        help="with --same-as: REV's code reads PATH, a copy of the database at REV's schema",
    )
    args = parser.parse_args()
    path = args.cache / f"search-{args.rows}.db"
    if not path.exists():
        args.cache.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        generate(partial, args.rows)
        partial.rename(path)
    if args.unmerged:
        path = unmerged_copy(path, args.unmerged)
    if args.same_as:
        print(f"hits of this checkout and of {args.same_as}, {path}:")
        sys.exit(0 if same_as(path, args.same_as, args.then_db) else 1)
    db = store.open_db(path)
    size = path.stat().st_size / 1e9
    print(f"database: {path} ({db['articles'].count:,} articles, {size:.1f} GB)")
    levels = {index: store.search_levels(db, index) for index in (FOLDED_INDEX, EXACT_INDEX)}
    print("search index segments by level, level 0 first: " + str(levels))
    print("search (pipelines.db.search, limit 20), median wall, CPU; hits in order, E = exact:")
    commonest = " ".join(vocabulary(random.Random(7))[:2])  # in nearly every article
    for label, text, filters in QUERIES_TO_TIME:
        query = text or commonest
        hits = store.search(db, query, **filters)
        ms = median_ms(lambda q=query, f=filters: store.search(db, q, **f), args.repeats)
        print(f"  {label:17} {query!r:26} {ms}  {exact_hits(db, query, hits):20}")
    print("search with filters, median wall, CPU:")
    for label, query, filters in filtered_queries(db):
        ms = median_ms(lambda q=query, f=filters: store.search(db, q, **f), args.repeats)
        shown = ", ".join(f"{k}={v}" for k, v in filters.items())
        print(f"  {label:13} {query!r:11} {ms}  {shown}")
    print("canned queries (as Datasette runs them), median wall, CPU:")
    params = {"q": "dai hoi dang bo", "url": GROWING}
    for name, canned in QUERIES.items():
        sql = canned["sql"]
        used = {k: v for k, v in params.items() if f":{k}" in sql}
        rows = len(db.execute(sql, used).fetchall())
        ms = median_ms(lambda s=sql, u=used: db.execute(s, u).fetchall(), args.repeats)
        print(f"  {name:27} {ms}  ({rows} rows)")
    db.close()


if __name__ == "__main__":
    main()
