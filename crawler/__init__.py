"""The Scrapy project and the `tinbao` command: fetching, scheduling, monitoring, the CLI.

The top layer: it may import `pipelines` and `parsers`, and nothing imports it. It owns every
network request and every process (crawls, mirrors, Datasette); it does not parse HTML itself
nor write SQL.
"""
