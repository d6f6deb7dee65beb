"""Ingest speed: records per second through the real StoragePipeline, against plain sqlite-utils.

Run: `python bench/ingest.py [--records 20000]`. Three passes through `StoragePipeline`
(batched, `TINBAO_DB_BATCH` records per transaction): a first crawl (all new), a re-crawl of the
same records (view counts change, nothing else), and a first crawl that also keeps ~40 KB of HTML
per page. The peer is `sqlite_utils` `Table.upsert_all` of the same rows in batches of the same
size into a bare table: no revisions, view counts, search index or HTML. Rates are given per
second of wall time and per second of this process's CPU time: on a shared machine the first
mostly measures the others' load.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import scrapy  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from crawler import settings  # noqa: E402
from parsers.record import LIST_KEYS, RECORD_KEYS  # noqa: E402
from pipelines import db as store  # noqa: E402
from pipelines.db.index import (  # noqa: E402
    EXACT_INDEX,
    FOLDED_INDEX,
    SEARCH_FIELDS,
    index_row,
    insert_sql,
)
from pipelines.storage import StoragePipeline  # noqa: E402

WORDS = (
    "của và các có được cho với những trong người là một không này đã đến tỉnh huyện xã "
    "Thái Bình Đảng bộ đại hội nhân dân kinh tế phát triển sản xuất nông nghiệp lúa xuân "
    "cán bộ đồng chí hội nghị triển khai nhiệm vụ năm 2024 công tác văn hóa du lịch hòa "
    "hoà bình lũ lụt mưa bão giao thông đường cầu học sinh trường giáo dục y tế bệnh viện "
    "doanh nghiệp đầu tư dự án khu công nghiệp thủy sản biển Tiền Hải Vũ Thư Quỳnh Phụ"
)
SYLLABLES = WORDS.split()


class Spider(scrapy.Spider):
    name = "bench"


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(SYLLABLES, k=words)).capitalize() + "."


CRAWL_START = datetime(2025, 1, 1, 8, tzinfo=timezone(timedelta(hours=7)))


def make_records(n: int, seed: int = 1, start: int = 0, dates: str = "crawl") -> list[dict]:
    """Plausible records: ~150-word bodies, lists, dates, views; URLs numbered from `start`.

    `dates="crawl"`: publish times rise with the URL number, 7 minutes apart from 2025, as a
    crawl meets new articles; `"random"`: any day of 2024, which scatters the date indexes'
    writes over the whole table (the stored rows of the scaling run are dated so).
    """
    rng = random.Random(seed)
    records = []
    for i in range(start, start + n):
        published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+07:00"
        if dates == "crawl":
            published = (CRAWL_START + timedelta(minutes=7 * i)).isoformat()
        record = dict.fromkeys(RECORD_KEYS)
        record.update(
            url=f"https://baothaibinh.com.vn/tin-tuc/12/{100000 + i}/bai-{i}",
            site=rng.choice(["baothaibinh", "baonamdinh", "baohaiphong"]),
            headline=text(rng, 12),
            summary=text(rng, 30),
            body="\n\n".join(text(rng, 50) for _ in range(3)),
            published_at=published,
            published_raw="01/05/2024 08:00",
            views=rng.randint(0, 50000),
            views_raw="1,234 lượt xem",
            byline="Minh Anh",
            authors=["Minh Anh"],
            category="Thời sự",
            tags=["Đại hội", "Thái Bình"],
            images=[{"url": "https://media.example.vn/a.jpg", "caption": "Ảnh"}],
            fetched_at="2024-05-01T10:00:00+07:00",
            layout="2020",
        )
        records.append(record)
    return records


class Timed:
    """Wall and CPU seconds of this process between entering and leaving the block."""

    # Of them, the wall and CPU seconds a pipeline's close spent merging the search indexes.
    merging: Timed | None = None

    def __enter__(self) -> Timed:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def through_pipeline(path: Path, items: list[dict], batch: int, **settings) -> Timed:
    """Wall and CPU seconds to push `items` through a StoragePipeline, open to close, and those
    of them its close spent merging the search indexes (`merging`)."""
    crawler = get_crawler(Spider, {"TINBAO_DB": str(path), "TINBAO_DB_BATCH": batch, **settings})
    crawler.spider = Spider()
    crawler.stats.open_spider()
    pipeline = StoragePipeline.from_crawler(crawler)
    merge, merging = store.merge_search_indexes, Timed()

    def timed_merge(db: Database) -> int:
        with merging:
            return merge(db)

    store.merge_search_indexes = timed_merge
    try:
        with Timed() as timed:
            pipeline.open_spider()
            for item in items:
                pipeline.process_item(item)
            pipeline.close_spider()
            pipeline.spider_closed(crawler.spider, "finished")
    finally:
        store.merge_search_indexes = merge
    timed.merging = merging if hasattr(merging, "cpu") else None
    return timed


def plain_sqlite_utils(path: Path, records: list[dict], batch: int) -> Timed:
    """Wall and CPU seconds for the peer: upsert_all of the same rows, `batch` per call, into
    a bare table."""
    rows = [
        {k: json.dumps(v, ensure_ascii=False) if k in LIST_KEYS else v for k, v in r.items()}
        for r in records
    ]
    db = Database(path)
    db.enable_wal()
    with Timed() as timed:
        for i in range(0, len(rows), batch):
            db["articles"].upsert_all(rows[i : i + batch], pk="url")
    db.close()
    return timed


def spread(values: list[float], fmt: str = ",.0f") -> str:
    """Median and min–max of `values`."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:{fmt}} ({low:{fmt}}–{high:{fmt}})"


def html_page() -> str:
    return "<html><body>" + ("<p>" + text(random.Random(2), 80) + "</p>") * 100 + "</body></html>"


def throughput(n: int, repeats: int, batch: int, dates: str) -> None:
    """First crawl, re-crawl, first crawl with HTML and the peer, interleaved, fresh files."""
    records = make_records(n, dates=dates)
    recrawl = [
        {**r, "views": r["views"] + 7, "fetched_at": "2024-05-02T10:00:00+07:00"} for r in records
    ]
    page = html_page()
    with_html = [{**r, "html": page + r["url"]} for r in records]
    passes = ("first", "again", "html", "peer")
    wall: dict[str, list[float]] = {key: [] for key in passes}
    cpu: dict[str, list[float]] = {key: [] for key in passes}
    sizes: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = make_records(500, seed=9)
        through_pipeline(Path(tmp) / "warm.db", warm, batch, TINBAO_STORE_HTML=False)
        plain_sqlite_utils(Path(tmp) / "warm-peer.db", warm, batch)
        for r in range(repeats):
            run = Path(tmp) / str(r)
            run.mkdir()
            first = through_pipeline(run / "a.db", records, batch, TINBAO_STORE_HTML=False)
            sizes.append((run / "a.db").stat().st_size / n / 1024)
            again = through_pipeline(run / "a.db", recrawl, batch, TINBAO_STORE_HTML=False)
            html = through_pipeline(run / "b.db", with_html, batch)
            peer = plain_sqlite_utils(run / "peer.db", records, batch)
            for key, timed in zip(passes, (first, again, html, peer), strict=True):
                wall[key].append(n / timed.wall)
                cpu[key].append(n / timed.cpu)
    print(f"records: {n:,} (~{sum(len(r['body']) for r in records) // n} chars of body each)")
    print(
        f"batch: {batch} records per transaction; {repeats} interleaved repeats, median (min–max)"
    )
    print(f"{'records per second of':46} {'wall time':>24} {'CPU time':>24}")
    kb = len(page) // 1000
    labels = {
        "first": "StoragePipeline, first crawl",
        "again": "StoragePipeline, re-crawl (upserts)",
        "html": f"StoragePipeline, first crawl + HTML ({kb} KB/page)",
        "peer": "sqlite-utils upsert_all (bare peer)",
    }
    for key, label in labels.items():
        print(f"{label:46} {spread(wall[key]):>24} {spread(cpu[key]):>24}")
    ratios = {
        name: [a / b for a, b in zip(rates["first"], rates["peer"], strict=True)]
        for name, rates in (("wall", wall), ("CPU", cpu))
    }
    print(
        f"{'pipeline/peer, first crawl':46} {spread(ratios['wall'], '.2f'):>24} "
        f"{spread(ratios['CPU'], '.2f'):>24}"
    )
    print(f"{'database size without HTML':46} {spread(sizes, '.2f'):>24} KiB/article")


def fill(path: Path, upto: int, pool: list[dict]) -> None:
    """Grow the database to `upto` stored articles by direct inserts, indexed as they go.

    Rows are copies of `pool` records with new URLs (one view count each, as a crawl leaves
    them), written straight into `articles`, `view_counts` and both search indexes without the
    pipeline, 20,000 per transaction, with a page cache large enough to hold the indexes; each
    pool record's index rows are computed once.
    """
    db = store.open_db(path)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1000000")
    have, top = db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM articles").fetchone()
    columns = ", ".join(store.ARTICLE_COLUMNS)
    marks = ", ".join("?" * len(store.ARTICLE_COLUMNS))
    texts = [tuple(r[k] for k in SEARCH_FIELDS) for r in pool]
    forms = {
        index: [index_row(index, 0, t)[1:] for t in texts] for index in (FOLDED_INDEX, EXACT_INDEX)
    }
    for start in range(have, upto, 20000):
        rows, views = [], []
        searched: dict[str, list[tuple]] = {index: [] for index in forms}
        for i in range(start, min(upto, start + 20000)):
            record = pool[i % len(pool)]
            url = f"https://baonamdinh.vn/stored/{i}"
            values = {**record, "url": url, "first_seen_at": record["fetched_at"]}
            values["last_seen_at"] = record["fetched_at"]
            for key in LIST_KEYS:
                values[key] = json.dumps(values[key], ensure_ascii=False)
            top += 1
            rows.append((top, *(values[c] for c in store.ARTICLE_COLUMNS)))
            views.append((url, record["fetched_at"], record["views"], record["views_raw"]))
            for index, form in forms.items():
                searched[index].append((top, *form[i % len(pool)]))
        with store.transaction(db):
            db.conn.executemany(
                f"INSERT INTO articles (rowid, {columns}) VALUES (?, {marks})", rows
            )
            db.conn.executemany("INSERT INTO view_counts VALUES (?, ?, ?, ?)", views)
            for index, values in searched.items():
                db.conn.executemany(insert_sql(index), values)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


FILL_RECIPE = 1  # bump when `fill` or its pool changes: cached databases are then made anew


def stored_rows(cache: Path, level: int, pool: list[dict]) -> Path:
    """A database holding `level` stored rows, made once by `fill` and kept under `cache`.

    It starts from a copy of the largest cached one with no more rows (100k, 500k and 1M rows
    cost one fill to a million), made by this schema or an older one, which `open_db` migrates.
    """
    path = cache / f"ingest-r{FILL_RECIPE}-s{store.SCHEMA_VERSION}-{level}.db"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    made = []
    for candidate in cache.glob(f"ingest-r{FILL_RECIPE}-s*-*.db"):
        schema, rows = (int(part) for part in candidate.stem.split("-s")[1].split("-"))
        if schema <= store.SCHEMA_VERSION and rows <= level:
            made.append((rows, schema, candidate))
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    if made:
        shutil.copyfile(max(made)[2], partial)
    began = time.perf_counter()
    fill(partial, level, pool)
    partial.rename(path)
    print(f"  (made {path.name} in {time.perf_counter() - began:.0f} s)", flush=True)
    return path


def scaling(levels: list[int], n: int, repeats: int, batch: int, dates: str, cache: Path) -> None:
    """New and re-crawled records/s with `levels` rows already stored, against an empty file.

    At each level, passes into the grown database alternate with passes into a fresh one, so
    each ratio compares runs made side by side; the grown database keeps what was added, and
    its search indexes are first merged as a crawl's close leaves them (`settle`).
    Ratios are given by wall time and by CPU time, which a loaded machine disturbs less, of the
    passes without the search indexes' merge at their close, whose CPU time is given apart; and
    as the ratio of the passes' summed CPU time, merges included: a merge done in one pass is
    all of that pass's cost, which the median of pairs leaves out.
    """
    pool = make_records(5000, seed=3, dates="random")
    print(f"scaling: {n:,} records per pass, {repeats} pairs per level, median (min–max)")
    print(
        f"  {'stored rows':>11}  {'new rec/s':>17}  {'re-crawl rec/s':>17}  "
        f"{'new/empty wall':>16}  {'re-crawl wall':>16}  {'new/empty CPU':>16}  "
        f"{'re-crawl CPU':>16}  {'merge CPU ms':>18}  {'new CPU, sums':>13}  {'re-crawl, sums':>14}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        grown = Path(tmp) / "grown.db"
        start = 0
        for level in levels:
            began = time.perf_counter()
            shutil.copyfile(stored_rows(cache, level, pool), grown)
            for suffix in ("-wal", "-shm"):
                Path(f"{grown}{suffix}").unlink(missing_ok=True)
            filled = time.perf_counter() - began
            settled = settle(grown)
            runs: dict[str, list[Timed]] = {"new": [], "again": [], "new0": [], "again0": []}
            for r in range(repeats):
                records = make_records(n, seed=10 + r, start=start, dates=dates)
                start += n
                recrawl = [{**x, "views": x["views"] + 1} for x in records]
                empty = Path(tmp) / f"empty-{level}-{r}.db"
                for target, suffix in ((grown, ""), (empty, "0")):
                    runs["new" + suffix].append(
                        through_pipeline(target, records, batch, TINBAO_STORE_HTML=False)
                    )
                    runs["again" + suffix].append(
                        through_pipeline(target, recrawl, batch, TINBAO_STORE_HTML=False)
                    )
                empty.unlink()
            row = [f"  {level:>11,}"]
            for key in ("new", "again"):
                row.append(f"{spread([n / t.wall for t in runs[key]]):>17}")
            for clock in ("wall", "cpu"):
                for key in ("new", "again"):
                    pairs = zip(runs[key + "0"], runs[key], strict=True)
                    ratios = [unmerged(e, clock) / unmerged(g, clock) for e, g in pairs]
                    row.append(f"{spread(ratios, '.2f'):>16}")
            merges = [merged(t, "cpu") * 1000 for t in runs["new"] + runs["again"]]
            row.append(f"{spread(merges, ',.1f'):>18}")
            for key, width in (("new", 13), ("again", 14)):
                summed = sum(t.cpu for t in runs[key + "0"]) / sum(t.cpu for t in runs[key])
                row.append(f"{summed:>{width}.2f}")
            print(
                "  ".join(row) + f"  (copied in {filled:.0f} s, merged in {settled:.1f} s of CPU)",
                flush=True,
            )


def settle(path: Path) -> float:
    """Migrate the copied database if an older schema made it, and merge its search indexes as
    a crawl's close leaves them (`merge_search_indexes`); the CPU seconds the merge took.

    `fill` writes each index's segments without merging them (dozens at level 0 and at level 1
    at a million rows), which no crawl leaves behind: the first pass's merge steps then merged
    them, at several times a pass's own cost, and that pass's ratio measured the fill.
    """
    db = store.open_db(path)
    try:
        with Timed() as timed:
            store.merge_search_indexes(db)
    finally:
        db.close()
    return timed.cpu


def merged(timed: Timed, clock: str) -> float:
    """A pass's wall or CPU seconds spent merging the search indexes at its close."""
    return getattr(timed.merging, clock) if timed.merging else 0.0


def unmerged(timed: Timed, clock: str) -> float:
    """A pass's wall or CPU seconds without the merge at its close."""
    return getattr(timed, clock) - merged(timed, clock)


def codecs(pages: list[Path], repeats: int) -> None:
    """Compress and decompress real-sized pages with each codec: ms/page and size kept."""
    import zlib

    contenders = {f"zlib-{level}": level for level in (6, 3, 1)}
    try:
        import zstandard
    except ImportError:
        zstandard = None
        print("(zstandard not installed: zstd rows skipped)")
    htmls = [p.read_bytes() for p in pages]
    codecs_ = {
        name: (lambda b, lv=level: zlib.compress(b, lv), zlib.decompress)
        for name, level in contenders.items()
    }
    if zstandard is not None:
        for level in (3, 1):
            compressor = zstandard.ZstdCompressor(level=level)
            codecs_[f"zstd-{level}"] = (
                compressor.compress,
                zstandard.ZstdDecompressor().decompress,
            )
    times: dict[str, list[float]] = {name: [] for name in codecs_}
    reads: dict[str, list[float]] = {name: [] for name in codecs_}
    sizes = {name: sum(len(pack(h)) for h in htmls) for name, (pack, _) in codecs_.items()}
    for r in range(repeats):
        for name in codecs_ if r % 2 == 0 else reversed(codecs_):
            pack, unpack = codecs_[name]
            began = time.process_time()
            packed = [pack(h) for h in htmls]
            middle = time.process_time()
            for blob in packed:
                unpack(blob)
            done = time.process_time()
            times[name].append((middle - began) * 1000 / len(htmls))
            reads[name].append((done - middle) * 1000 / len(htmls))
    raw = sum(map(len, htmls))
    print(
        f"HTML codecs, {len(htmls)} pages ({raw // len(htmls) // 1024} KiB each), median (min-max):"
    )
    for name in codecs_:
        print(
            f"  {name:7} compress {spread(times[name], '.2f')} ms/page, "
            f"decompress {spread(reads[name], '.2f')} ms/page, "
            f"{sizes[name] / len(htmls) / 1024:5.1f} KiB/page ({sizes[name] / raw:.1%})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--batch", type=int, default=settings.TINBAO_DB_BATCH, help="records per transaction"
    )
    parser.add_argument(
        "--scale", action="store_true", help="also the scaling run (rows already stored)"
    )
    parser.add_argument("--max-rows", type=int, default=1_000_000, help="largest scaling level")
    parser.add_argument(
        "--dates",
        choices=("crawl", "random"),
        default="crawl",
        help="publish times of the records written: rising as a crawl meets them (default), "
        "or any day of 2024",
    )
    parser.add_argument("--scale-records", type=int, default=2000, help="records per pass")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "tinbao-bench",
        help="where the scaling run keeps its filled databases between runs",
    )
    parser.add_argument(
        "--codecs",
        type=Path,
        metavar="DIR",
        help="also time HTML compression (CPU time) on the pages under DIR, e.g. "
        "../shared/corpus/vn-real or tests/fixtures",
    )
    args = parser.parse_args()
    if args.codecs:
        pages = sorted(p for p in args.codecs.glob("**/*.html") if p.is_file())
        if pages:
            codecs(pages, args.repeats)
        else:
            print(f"no HTML pages under {args.codecs}: codecs skipped")
    if args.records:
        throughput(args.records, args.repeats, args.batch, args.dates)
    if args.scale:
        levels = [x for x in (0, 100_000, 500_000, 1_000_000) if x < args.max_rows]
        scaling(
            [*levels, args.max_rows],
            args.scale_records,
            args.repeats,
            args.batch,
            args.dates,
            args.cache,
        )


if __name__ == "__main__":
    main()
