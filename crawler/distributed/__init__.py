"""Distributed crawling: scrapy-redis workers on any number of machines, one SQLite writer.

Workers (`tinbao worker`) run the site spiders with scrapy-redis's scheduler and dupefilter, so
the request queue and the requests already scheduled live in Redis; `tinbao enqueue` seeds the
start requests; workers push normalized records with their HTML to a Redis list, and one
writer (`tinbao ingest`) stores them through the same database code as a local crawl. All key
names are in `keys`; docs/distributed.md says what is guaranteed.
"""
