"""Pure HTML → article fields: site profiles, the generic extractor, the record schema.

No Scrapy, no SQL, no network, no clock (the fetch time is passed in). It may import only
`parsers.vietnamese`, the language foundation below it; `pipelines` and `crawler` import it.
"""
