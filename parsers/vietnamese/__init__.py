"""Vietnamese-language foundation: dates, counts, names, text folding and tones.

Pure functions that both the parsers and the pipelines stand on. Nothing here imports Scrapy,
SQL, or any other tinbao package.
"""
