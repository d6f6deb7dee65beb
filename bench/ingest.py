"""Ingest speed: records per second through the real StoragePipeline, against plain sqlite-utils.

Run: `python bench/ingest.py [--records 20000]`. Three passes through `StoragePipeline`
(batched, `TINBAO_DB_BATCH=100`): a first crawl (all new), a re-crawl of the same records (view
counts change, nothing else), and a first crawl that also keeps ~40 KB of HTML per page. The peer
is `sqlite_utils` `Table.upsert_all` of the same rows in batches of 100 into a bare table: no
revisions, view counts, search index or HTML.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import scrapy  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from parsers.record import LIST_KEYS, RECORD_KEYS  # noqa: E402
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


def make_records(n: int, seed: int = 1) -> list[dict]:
    """Plausible records: ~150-word bodies, lists, dates, views."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        record = dict.fromkeys(RECORD_KEYS)
        record.update(
            url=f"https://baothaibinh.com.vn/tin-tuc/12/{100000 + i}/bai-{i}",
            site=rng.choice(["baothaibinh", "baonamdinh", "baohaiphong"]),
            headline=text(rng, 12),
            summary=text(rng, 30),
            body="\n\n".join(text(rng, 50) for _ in range(3)),
            published_at=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+07:00",
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


def through_pipeline(path: Path, items: list[dict], **settings) -> float:
    """Seconds to push `items` through a StoragePipeline, open to close."""
    crawler = get_crawler(Spider, {"TINBAO_DB": str(path), "TINBAO_DB_BATCH": 100, **settings})
    crawler.spider = Spider()
    crawler.stats.open_spider()
    pipeline = StoragePipeline.from_crawler(crawler)
    began = time.perf_counter()
    pipeline.open_spider()
    for item in items:
        pipeline.process_item(item)
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, "finished")
    return time.perf_counter() - began


def plain_sqlite_utils(path: Path, records: list[dict]) -> float:
    """Seconds for the peer: upsert_all of the same rows, 100 per call, into a bare table."""
    rows = [
        {k: json.dumps(v, ensure_ascii=False) if k in LIST_KEYS else v for k, v in r.items()}
        for r in records
    ]
    db = Database(path)
    db.enable_wal()
    began = time.perf_counter()
    for i in range(0, len(rows), 100):
        db["articles"].upsert_all(rows[i : i + 100], pk="url")
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    n = parser.parse_args().records
    records = make_records(n)
    recrawl = [
        {**r, "views": r["views"] + 7, "fetched_at": "2024-05-02T10:00:00+07:00"} for r in records
    ]
    page = "<html><body>" + ("<p>" + text(random.Random(2), 80) + "</p>") * 100 + "</body></html>"
    with_html = [{**r, "html": page + r["url"]} for r in records]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        first = through_pipeline(tmp_path / "a.db", records, TINBAO_STORE_HTML=False)
        again = through_pipeline(tmp_path / "a.db", recrawl, TINBAO_STORE_HTML=False)
        html = through_pipeline(tmp_path / "b.db", with_html)
        peer = plain_sqlite_utils(tmp_path / "peer.db", records)
    print(f"records: {n:,} (~{sum(len(r['body']) for r in records) // n} chars of body each)")
    print(f"StoragePipeline, first crawl:        {n / first:9,.0f} records/s")
    print(f"StoragePipeline, re-crawl (upserts): {n / again:9,.0f} records/s")
    kb = len(page) // 1000
    print(f"StoragePipeline, first crawl + HTML: {n / html:9,.0f} records/s ({kb} KB/page)")
    print(f"sqlite-utils upsert_all (bare peer): {n / peer:9,.0f} records/s")
    print(f"pipeline/peer throughput, 1st crawl: {peer / first:8.2f}")


if __name__ == "__main__":
    main()
