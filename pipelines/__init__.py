"""Scrapy item pipelines: normalization, validation, storage, and the database package `db/`.

The middle layer: it imports `parsers` (to extract and to name the record's fields) and never
`crawler`. All SQL lives in `pipelines/db/`.
"""
